using System.Globalization;
using DockingGraph.Gateway.Errors;
using DockingGraph.Gateway.Schema.Relay;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.Gateway.DockingEvents.Filtering;

/// <summary>
/// A <c>where</c> argument folded into LL2's single-valued <c>docking_events</c> parameters: date bounds keep the
/// tightest, ids must agree. Conditions that cannot all hold make <see cref="IsContradiction"/> (an empty page,
/// no upstream call); what LL2 cannot express raises FILTER_NOT_SUPPORTED.
/// </summary>
public sealed class DockingEventFilter
{
    private const string Supported = "Supported: docking { eq gt gte lt lte }, dockingLocation/flightVehicleChaser/spaceStationTarget { id { eq } }, combined with and (or with a single branch).";

    private (DateTimeOffset At, bool Inclusive)? _lower;
    private (DateTimeOffset At, bool Inclusive)? _upper;
    private readonly Dictionary<string, int> _ids = [];

    public bool IsContradiction { get; private set; }

    public static DockingEventFilter From(IDictionary<string, object?>? where)
    {
        var filter = new DockingEventFilter();
        if (where is not null)
        {
            filter.Add(where);
        }

        return filter;
    }

    /// <summary>Adds the parent's id of a nested <c>dockingEvents</c> edge (typeName: SpaceStation, DockingLocation or SpacecraftFlight).</summary>
    public DockingEventFilter Require(string typeName, int ll2Id)
    {
        RequireId(typeName, ll2Id);
        return this;
    }

    public DockingEventsQuery ApplyTo(DockingEventsQuery query) => query with
    {
        DockingGt = _lower is { Inclusive: false } gt ? gt.At : null,
        DockingGte = _lower is { Inclusive: true } gte ? gte.At : null,
        DockingLt = _upper is { Inclusive: false } lt ? lt.At : null,
        DockingLte = _upper is { Inclusive: true } lte ? lte.At : null,
        DockingLocationId = _ids.TryGetValue("DockingLocation", out var location) ? location : null,
        FlightVehicleChaserId = _ids.TryGetValue("SpacecraftFlight", out var chaser) ? chaser : null,
        SpaceStationTargetId = _ids.TryGetValue("SpaceStation", out var station) ? station : null,
    };

    private void Add(IDictionary<string, object?> where)
    {
        foreach (var (field, value) in where)
        {
            if (value is null)
            {
                continue;
            }

            switch (field)
            {
                case "and":
                    foreach (var branch in Branches(value))
                    {
                        Add(branch);
                    }

                    break;
                case "or":
                    var branches = Branches(value).ToList();
                    if (branches.Count > 1)
                    {
                        throw NotSupported($"LL2 cannot combine conditions with or ({branches.Count} branches). Send one aliased dockingEvents field per alternative. {Supported}");
                    }

                    branches.ForEach(Add);
                    break;
                case "docking":
                    AddDocking((IDictionary<string, object?>)value);
                    break;
                case "dockingLocation":
                    AddId("DockingLocation", "dockingLocation", value);
                    break;
                case "flightVehicleChaser":
                    AddId("SpacecraftFlight", "flightVehicleChaser", value);
                    break;
                case "spaceStationTarget":
                    AddId("SpaceStation", "spaceStationTarget", value);
                    break;
                default:
                    throw NotSupported($"LL2 cannot filter docking events on {field}. {Supported}");
            }
        }
    }

    private void AddDocking(IDictionary<string, object?> operations)
    {
        foreach (var (operation, value) in operations)
        {
            if (value is not DateTimeOffset at)
            {
                throw NotSupported($"docking.{operation} needs a date-time; LL2 cannot compare with null. {Supported}");
            }

            switch (operation)
            {
                case "eq":
                    Lower((at, true));
                    Upper((at, true));
                    break;
                case "gt":
                    Lower((at, false));
                    break;
                case "gte":
                    Lower((at, true));
                    break;
                case "lt":
                    Upper((at, false));
                    break;
                case "lte":
                    Upper((at, true));
                    break;
            }
        }

        IsContradiction |= _lower is { } low && _upper is { } high
            && (low.At > high.At || (low.At == high.At && !(low.Inclusive && high.Inclusive)));
    }

    private void Lower((DateTimeOffset At, bool Inclusive) bound) =>
        _lower = _lower is not { } current || bound.At > current.At || (bound.At == current.At && !bound.Inclusive) ? bound : current;

    private void Upper((DateTimeOffset At, bool Inclusive) bound) =>
        _upper = _upper is not { } current || bound.At < current.At || (bound.At == current.At && !bound.Inclusive) ? bound : current;

    private void AddId(string typeName, string field, object value)
    {
        var id = Get(value as IDictionary<string, object?>, "id") as IDictionary<string, object?>;
        if (id is null || id.Count == 0)
        {
            return;
        }

        if (Get(id, "eq") is not { } eq)
        {
            throw NotSupported($"{field}.id.eq needs an id; LL2 cannot filter on a missing {typeName}. {Supported}");
        }

        RequireId(typeName, GlobalId.ParseInt(Convert.ToString(eq, CultureInfo.InvariantCulture), typeName)!.Value);
    }

    private void RequireId(string typeName, int ll2Id)
    {
        if (_ids.TryGetValue(typeName, out var existing) && existing != ll2Id)
        {
            IsContradiction = true;
        }

        _ids[typeName] = ll2Id;
    }

    private static object? Get(IDictionary<string, object?>? values, string key) =>
        values is not null && values.TryGetValue(key, out var value) ? value : null;

    private static IEnumerable<IDictionary<string, object?>> Branches(object value) =>
        ((IEnumerable<object?>)value).OfType<IDictionary<string, object?>>();

    private static GatewayError NotSupported(string message) => new(ErrorCodes.FilterNotSupported, message);
}
