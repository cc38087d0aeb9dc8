using DockingGraph.Gateway.Data.PushDown;
using GraphQL.Types;

namespace DockingGraph.Gateway.Data.Sorting;

/// <summary>
/// Hot Chocolate's <c>XSortInput</c>: every field of <paramref name="sort"/>, scalars as <c>SortEnumType</c>, objects
/// as their own sort input. Fields LL2 orders by (<paramref name="pushed"/>) carry the push-down's description, the
/// others <paramref name="localDescription"/> (where they are evaluated) unless they have their own.
/// </summary>
public abstract class LocalSortInputGraphType<T> : InputObjectGraphType
{

    protected LocalSortInputGraphType(string name, LocalSort<T> sort, string? localDescription,
        IReadOnlyList<SortField>? pushed = null)
    {
        Name = name;
        foreach (var field in sort.Fields)
        {
            var description = pushed?.FirstOrDefault(s => s.Name == field.Name) is { } ll2
                ? ll2.Description
                : field.Description ?? localDescription;
            Field(field.Name, field.InputType ?? typeof(SortEnumGraphType))
                .Description(field.Lacks is null ? description : $"{description} {field.Lacks}".TrimStart());
        }
    }
}

public static class LocalSortDescriptions
{
    /// <summary>Where a list fetched within budget sorts the fields LL2 cannot order by.</summary>
    public static string OverFetchedRows(string noun) => $"Evaluated here over every {noun} the where selects (read " +
        "in blocks of 100 within Limits:MaxLl2CallsPerRequest), with the rest of the order, then by id.";
}
