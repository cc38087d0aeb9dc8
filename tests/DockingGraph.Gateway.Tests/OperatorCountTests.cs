using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.DockingEvents;
using DockingGraph.Gateway.Flights;
using DockingGraph.Gateway.Stations;
using Xunit.Abstractions;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// Per list, how many field/operator pairs of its filter input LL2 executes (pushed down) and how many are answered
/// locally (docking events: the mirror; space stations: the whole station table) or refused: counted from the
/// push-down tables themselves, each operator with a non-null operand.
/// </summary>
public sealed class OperatorCountTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("dockingEvents", 8, 32)]
    [InlineData("spaceStations", 4, 14)]
    [InlineData("spacecrafts", 5, 17)]
    [InlineData("spacecraftFlights", 1, 3)]
    [InlineData("astronauts", 31, 47)]
    public void PushedDownAndOtherOperatorsAreCounted(string list, int pushed, int other)
    {
        var filters = list switch
        {
            "dockingEvents" => DockingEventsPushDown.Table.Filters,
            "spaceStations" => SpaceStationsPushDown.Table.Filters,
            "spacecrafts" => SpacecraftListPushDown.Table.Filters,
            "spacecraftFlights" => SpacecraftFlightsPushDown.Table.Filters,
            _ => AstronautListPushDown.Table.Filters,
        };

        var pairs = filters.SelectMany(filter => Operations(filter.InputType).Select(operation =>
            (Pair: $"{filter.Name}.{operation.Path}", Pushed: filter.Ll2Lacks(operation.Value) is null))).ToList();

        output.WriteLine($"{list}: pushed {string.Join(' ', pairs.Where(p => p.Pushed).Select(p => p.Pair))}");
        Assert.Equal((pushed, other), (pairs.Count(p => p.Pushed), pairs.Count(p => !p.Pushed)));
    }

    private static IEnumerable<(string Path, IDictionary<string, object?> Value)> Operations(Type input)
    {
        if (typeof(LookupFilterInputGraphType).IsAssignableFrom(input)
            || typeof(NodeIdFilterInputGraphType).IsAssignableFrom(input))
        {
            return Scalar(typeof(IdOperationFilterInputGraphType))
                .Select(o => ($"id.{o.Path}", (IDictionary<string, object?>)new Dictionary<string, object?> { ["id"] = o.Value }));
        }

        return Scalar(input);
    }

    private static IEnumerable<(string Path, IDictionary<string, object?> Value)> Scalar(Type input)
    {
        object sample = input == typeof(DateTimeOperationFilterInputGraphType) ? DateTimeOffset.UnixEpoch
            : input == typeof(IntOperationFilterInputGraphType) ? 1
            : input == typeof(BooleanOperationFilterInputGraphType) ? true
            : input == typeof(StringOperationFilterInputGraphType) ? "a"
            : "1";
        var type = (GraphQL.Types.InputObjectGraphType)Activator.CreateInstance(input)!;
        return type.Fields.Select(field => (field.Name, (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            [field.Name] = field.Name is "in" or "nin" ? new List<object?> { sample } : sample,
        }));
    }
}
