using System.Globalization;
using DockingGraph.Gateway.Errors;
using DockingGraph.Gateway.Schema.Relay;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.DockingEvents.Mirror;

/// <summary>
/// A docking-events <c>where</c> with Hot Chocolate's semantics, evaluated over the mirror: fields combine with AND,
/// <c>and</c>/<c>or</c> at the root, comparisons as C#'s lifted operators (what HC's expression filters compile to:
/// <c>eq: null</c> holds for a missing value, <c>neq</c>/<c>n…</c> hold for it, <c>gt</c> and the like do not), and
/// a related object filter holds only where the object is there (HC's null check).
/// </summary>
public static class LocalWhere
{
    private static readonly IReadOnlyDictionary<string, Func<object, Func<DockingEventDto, bool>>> Fields =
        new Dictionary<string, Func<object, Func<DockingEventDto, bool>>>(StringComparer.Ordinal)
        {
            ["id"] = value => Ids(value, "DockingEvent", e => e.Id),
            ["docking"] = value => Dates(value, e => e.Docking),
            ["departure"] = value => Dates(value, e => e.Departure),
            ["dockingLocation"] = value => Related(value, "DockingLocation", e => e.DockingLocation?.Id),
            ["flightVehicleChaser"] = value => Related(value, "SpacecraftFlight", e => e.FlightVehicleChaser?.Id),
            ["spaceStationTarget"] = value => Related(value, "SpaceStation", e => e.SpaceStationTarget?.Id),
        };

    /// <summary>Every filter field the push-down table declares, for the test that keeps both in step.</summary>
    public static IEnumerable<string> FieldNames => Fields.Keys;

    /// <summary>The argument as text, to bind cursors to it: conditions written alike give the same text.</summary>
    public static string Canonical(object? value) => value switch
    {
        null => "null",
        IDictionary<string, object?> fields =>
            $"{{{string.Join(',', fields.Select(pair => $"{pair.Key}:{Canonical(pair.Value)}"))}}}",
        string text => $"\"{text}\"",
        DateTimeOffset at => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        System.Collections.IEnumerable items => $"[{string.Join(',', items.Cast<object?>().Select(Canonical))}]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    public static Func<DockingEventDto, bool> Compile(IDictionary<string, object?>? where)
    {
        var tests = new List<Func<DockingEventDto, bool>>();
        foreach (var (name, value) in where ?? new Dictionary<string, object?>())
        {
            if (value is null)
            {
                continue;
            }

            var branches = (value as IEnumerable<object?>)?.OfType<IDictionary<string, object?>>().Select(Compile)
                .ToList();
            tests.Add(name switch
            {
                "and" => e => branches!.TrueForAll(branch => branch(e)),
                // HC: an empty or is no condition.
                "or" => e => branches!.Count == 0 || branches.Exists(branch => branch(e)),
                _ when Fields.TryGetValue(name, out var field) => field(value),
                _ => throw new GatewayError(ErrorCodes.FilterNotSupported, $"No docking-event filter {name}."),
            });
        }

        return e => tests.TrueForAll(test => test(e));
    }

    private static Func<DockingEventDto, bool> Dates(object value, Func<DockingEventDto, DateTimeOffset?> select)
    {
        var tests = ((IDictionary<string, object?>)value).Select(pair => Date(pair.Key, pair.Value, select)).ToList();
        return e => tests.TrueForAll(test => test(e));
    }

    private static Func<DockingEventDto, bool> Date(string operation, object? operand,
        Func<DockingEventDto, DateTimeOffset?> select)
    {
        if (operation is "in" or "nin")
        {
            var set = List(operand, operation).Select(v => (DateTimeOffset?)v).ToHashSet();
            return operation == "in" ? e => set.Contains(select(e)) : e => !set.Contains(select(e));
        }

        var at = (DateTimeOffset?)operand;
        return operation switch
        {
            "eq" => e => select(e) == at,
            "neq" => e => select(e) != at,
            "gt" => e => select(e) > at,
            "ngt" => e => !(select(e) > at),
            "gte" => e => select(e) >= at,
            "ngte" => e => !(select(e) >= at),
            "lt" => e => select(e) < at,
            "nlt" => e => !(select(e) < at),
            "lte" => e => select(e) <= at,
            "nlte" => e => !(select(e) <= at),
            _ => throw new GatewayError(ErrorCodes.FilterNotSupported, $"No date-time operator {operation}."),
        };
    }

    private static Func<DockingEventDto, bool> Related(object value, string nodeType,
        Func<DockingEventDto, int?> selectId)
    {
        if (value is not IDictionary<string, object?> fields || !fields.TryGetValue("id", out var id) || id is null)
        {
            return _ => true;
        }

        var test = Ids(id, nodeType, e => selectId(e)!.Value);
        return e => selectId(e) is not null && test(e);
    }

    private static Func<DockingEventDto, bool> Ids(object value, string nodeType, Func<DockingEventDto, int> select)
    {
        var tests = ((IDictionary<string, object?>)value).Select(pair => Id(pair.Key, pair.Value, nodeType, select))
            .ToList();
        return e => tests.TrueForAll(test => test(e));
    }

    // Ids are never null: eq null holds for nothing, neq null for everything.
    private static Func<DockingEventDto, bool> Id(string operation, object? operand, string nodeType,
        Func<DockingEventDto, int> select)
    {
        if (operation is "in" or "nin")
        {
            var set = List(operand, operation).Select(v => Parse(v, nodeType)).ToHashSet();
            return operation == "in" ? e => set.Contains(select(e)) : e => !set.Contains(select(e));
        }

        var id = operand is null ? null : Parse(operand, nodeType);
        return operation switch
        {
            "eq" => e => select(e) == id,
            "neq" => e => select(e) != id,
            _ => throw new GatewayError(ErrorCodes.FilterNotSupported, $"No id operator {operation}."),
        };
    }

    private static int? Parse(object? id, string nodeType) =>
        id is null ? null : GlobalId.ParseInt(Convert.ToString(id, CultureInfo.InvariantCulture), nodeType);

    private static IEnumerable<object?> List(object? operand, string operation) =>
        operand as IEnumerable<object?> ?? throw new GatewayError(ErrorCodes.FilterNotSupported,
            $"{operation} needs a list (null is no list of values).");
}
