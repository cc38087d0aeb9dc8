using System.Globalization;
using DockingGraph.Gateway.DockingEvents.Sorting;
using DockingGraph.Gateway.Errors;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.Gateway.Stations;

/// <summary>The <c>where</c> and <c>order</c> of <c>spaceStations</c>, folded into LL2's single-valued parameters.</summary>
public sealed class SpaceStationsFilter
{
    private string? _name;
    private string? _nameContains;
    private int? _status;
    private int? _type;

    public bool IsContradiction { get; private set; }

    public static SpaceStationsFilter From(IDictionary<string, object?>? where)
    {
        var filter = new SpaceStationsFilter();
        if (where is not null)
        {
            filter.Add(where);
        }

        return filter;
    }

    public SpaceStationsQuery ApplyTo(SpaceStationsQuery query) =>
        query with { Name = _name, NameContains = _nameContains, StatusId = _status, TypeId = _type };

    public static IReadOnlyList<string> Ordering(IEnumerable<object?>? order)
    {
        var fields = (order ?? []).OfType<IDictionary<string, object?>>()
            .SelectMany(entry => entry)
            .Where(pair => pair.Value is SortEnum)
            .Select(pair => ((SortEnum)pair.Value! == SortEnum.Desc ? "-" : "") + SpaceStationSortInputGraphType.Ll2Fields[pair.Key])
            .DistinctBy(f => f.TrimStart('-'))
            .ToList();
        return fields.Count > 0 ? fields : ["id"];
    }

    private void Add(IDictionary<string, object?> where)
    {
        foreach (var (field, value) in where)
        {
            switch (field, value)
            {
                case (_, null):
                    break;
                case ("and", IEnumerable<object?> branches):
                    foreach (var branch in branches.OfType<IDictionary<string, object?>>())
                    {
                        Add(branch);
                    }

                    break;
                case ("name", IDictionary<string, object?> name):
                    _name = Merge(_name, name.TryGetValue("eq", out var eq) ? (string?)eq : null);
                    _nameContains = Merge(_nameContains, name.TryGetValue("contains", out var contains) ? (string?)contains : null);
                    break;
                case ("status", IDictionary<string, object?> status):
                    _status = Merge(_status, LookupId(status, "status"));
                    break;
                case ("type", IDictionary<string, object?> type):
                    _type = Merge(_type, LookupId(type, "type"));
                    break;
            }
        }
    }

    private T? Merge<T>(T? current, T? added)
    {
        if (current is not null && added is not null && !EqualityComparer<T>.Default.Equals(current, added))
        {
            IsContradiction = true;
        }

        return added ?? current;
    }

    private static int? LookupId(IDictionary<string, object?> lookup, string field)
    {
        if (!lookup.TryGetValue("id", out var id) || id is not IDictionary<string, object?> operations || !operations.TryGetValue("eq", out var eq) || eq is null)
        {
            return null;
        }

        return int.TryParse(Convert.ToString(eq, CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new GatewayError(ErrorCodes.InvalidId, $"{field}.id.eq takes LL2's numeric {field} id; '{eq}' is not one.");
    }
}
