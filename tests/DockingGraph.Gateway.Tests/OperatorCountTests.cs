using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.DockingEvents;
using DockingGraph.Gateway.Errors;
using DockingGraph.Gateway.Flights;
using DockingGraph.Gateway.Landings;
using DockingGraph.Gateway.Launches;
using DockingGraph.Gateway.Stations;
using GraphQL.Types;
using Xunit.Abstractions;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// Per list, how many field/operator pairs of its filter input LL2 executes (pushed down), how many are answered
/// locally (docking events: the mirror; space stations: the whole station table; the other lists: fetched, every row
/// LL2's part selects read in blocks) and how many are refused: counted from the push-down tables and their local
/// evaluations themselves, each operator with a non-null operand (an operation input's own and/or with one branch,
/// never pushed down: two more local operators per field, refused where the field cannot be evaluated here).
/// </summary>
public sealed class OperatorCountTests(ITestOutputHelper output)
{
    // A recorded launch UUID (the snapshot's first launches/ row): launch ids are UUIDs, every other id a number.
    private const string LaunchId = "013d2821-386b-4fdc-bde8-5df604552483";

    [Fact]
    public void SortPathsArePushedDownWhereLl2OrdersByThemAndEvaluatedHereOtherwise()
    {
        var events = DockingEventSorting.Sort.Paths.ToList();
        var stations = SpaceStationSorting.Sort.Paths.ToList();
        var eventsPushed = events.Count(p => DockingEventsPushDown.Table.Sorts.Any(s => s.Name == p));
        var stationsPushed = stations.Count(p => SpaceStationsPushDown.Table.Sorts.Any(s => s.Name == p));
        output.WriteLine($"dockingEvents: {eventsPushed} sort paths pushed down, {events.Count - eventsPushed} here");
        output.WriteLine(
            $"spaceStations: {stationsPushed} sort paths pushed down, {stations.Count - stationsPushed} here");

        // docking, departure; id url + location (2 + a station's 27 + its spacecraft configuration 22 + its 21
        // detailed fields) + 2 stations + 2 flights (6 scalars, spacecraft 46 + 21, landing 51 without its flight)
        // with the chaser's whole launch (150) and the target's LaunchMini (3) + 2 payloads (4). An image is 10 paths
        // (6 + its license's 4). A configuration's detailed fields are joined from LL2's configuration table.
        Assert.Equal((2, 539), (eventsPushed, events.Count - eventsPushed));
        // id name founded volume onboardCrew dockedVehicles; 7 scalars + image (10) + status and type (id, name each).
        Assert.Equal((6, 21), (stationsPushed, stations.Count - stationsPushed));
        Assert.Equal(events.Count, events.Distinct().Count());
    }

    [Theory]
    // An image is 10 paths (6 scalars + its license's 4), a country 6.
    // 23 scalars + image + status, net precision (4 each), provider (4 + type 2), pad (14 + image + country +
    // location (11 + image + country + its celestial body (9 + image + type 2))), rocket (id + LauncherConfigList's
    // 5), mission (4 + image + orbit 3 + CelestialBodyMini's 2): id lastUpdated name net pushed.
    // The launch lists' own rows also sort by flightclubUrl and padTurnaround (their blocks read detailed).
    [InlineData("launches", 4, 148)]
    // 6 scalars + landing location (10 + image + celestial body (9 + image + type 2)) + type (4) + the flight
    // without its landing (6 scalars + spacecraft 46 + 21 + launch 150): id downrangeDistance pushed.
    [InlineData("landings", 2, 274)]
    // 5 scalars (id start end pushed) + the station as SpaceStationNormal (7 scalars + image + status 2 + type 2).
    [InlineData("expeditions", 3, 23)]
    // 12 scalars + image + status (2) + configuration (id url name inUse, image, type 2, agency 4 + 2, its 21
    // detailed fields from LL2's configuration table).
    [InlineData("spacecrafts", 5, 62)]
    // 16 scalars + image + status, type (2 each) + agency (4 + 2): status is evaluated here (LL2's
    // ordering=status is not documented as the status id's order).
    [InlineData("astronauts", 10, 26)]
    // No LL2 ordering: 6 scalars + spacecraft (46 + 21) + launch (150) + landing without its flight (51), all here.
    [InlineData("spacecraftFlights", 0, 276)]
    public void RootListSortPathsArePushedDownWhereLl2OrdersByThemAndEvaluatedHereOtherwise(string list, int pushed,
        int local)
    {
        var (paths, sorts) = list switch
        {
            "launches" => (LaunchSorting.OnTheLaunchLists.Paths.ToList(), LaunchesPushDown.Table.Sorts),
            "landings" => (LandingSorting.Sort.Paths.ToList(), LandingsPushDown.Table.Sorts),
            "expeditions" => (ExpeditionSorting.Sort.Paths.ToList(), ExpeditionsPushDown.Table.Sorts),
            "spacecrafts" => (SpacecraftSorting.Sort.Paths.ToList(), SpacecraftListPushDown.Table.Sorts),
            "spacecraftFlights" => (SpacecraftFlightSorting.Sort.Paths.ToList(), SpacecraftFlightsPushDown.Table.Sorts),
            _ => (AstronautSorting.Sort.Paths.ToList(), AstronautListPushDown.Table.Sorts),
        };
        var here = paths.Count(p => sorts.All(s => s.Name != p));
        output.WriteLine($"{list}: {paths.Count - here} sort paths pushed down, {here} here");

        Assert.Equal((pushed, local), (paths.Count - here, here));
        // Every LL2 ordering field is still offered.
        Assert.All(sorts, s => Assert.Contains(s.Name, paths));
        Assert.Equal(paths.Count, paths.Distinct().Count());
    }

    [Theory]
    // Since the object fields (ObjectFilterFieldTests): an image is about 275 pairs wherever it is (its variants a
    // list filter), evaluated where the row carries it, refused where not (an AgencyMini's image, logo, socialLogo);
    // a launch's mission (with its agencies' whole AgencyFilterInput); a flight's landing (LL2's Landing: its
    // flight, first stage and payload flight refused); refused objects (a first stage's landing and previous flight,
    // a landing's payload flight, a landing row's flight's landing) expand whole inputs
    // before the refusal, hence the refused counts.
    // Since HC's list filters on every list field (ListFilterTests): all/none/some expand the item's whole input,
    // a list inside a list's items counts its any only, and a type already on the path is not expanded again. The
    // large refused counts are mostly lists the rows do not carry (a rocket's stages, a spacecraft's flights, a
    // launch's LaunchDetailed lists), whose items expand whole inputs (a flight, a launch) before the refusal.
    // Both flights' spacecraft: the one SpacecraftFilterInput over the embedded SpacecraftNormal (its
    // configuration's agency beyond AgencyMini refused); their launch: the one LaunchFilterInput, LaunchMini's
    // id, url and name evaluated, every other launch field refused (1066 → 1746 local, 312 → 4928 refused).
    // The detailed-only fields (DetailedOnlyFieldTests) add refused pairs only (pushed and local unchanged): a
    // configuration's 20 SpacecraftConfigDetailed fields (258 pairs per SpacecraftConfigFilterInput), a launch's
    // flightclubUrl and padTurnaround (26 per LaunchFilterInput) and a flight's crew (its three crew lists of
    // AstronautFlightFilterInput, 4676 per SpacecraftFlightFilterInput at a root), wherever these inputs nest (e.g.
    // spacecrafts 10463 → 17825: 6252 crew in the spacecraft's flights, 1032 configuration, 78 launch).
    // A station port's currentlyDocked (CurrentlyDockedFilterTests): evaluated over the table's
    // DockingEventDetailedSerializerForSpacestation, its chaser's configuration SpacecraftConfigDetailed: spaceStations
    // 20595 → 43569 local (633040 → 610066 refused), dockingEvents over the joined table 66608 → 108872 local.
    // An embedded launch's LaunchDetailed-only fields read from the launches by id (LaunchDetailJoin): the chaser's,
    // a flight's, a landing's flight's, a docked chaser's in the station table.
    // A configuration's 21 detailed fields joined from LL2's configuration table wherever a configuration nests
    // (272 pairs each time: spacecrafts 1292 → 1564 local), a landing's payloadFlight evaluated over the landing
    // rows (landings 10775 → 20067 local).
    [InlineData("dockingEvents", 8, 116250, 2823653)]
    [InlineData("dockingEventsWithoutTheStationTable", 8, 21258, 2918645)]
    [InlineData("spaceStations", 4, 45480, 608155)]
    // One AgencyFilterInput with every Agency field (24 more than AgencyMini's, 13 operators each: 312 refused
    // where the rows embed AgencyMini: spacecraft configurations, astronauts, launch providers).
    [InlineData("spacecrafts", 5, 1564, 81435)]
    // spacecraft: the whole SpacecraftFilterInput (id.eq pushed, the rest over SpacecraftNormal, 312 agency
    // fields refused as on spacecrafts); launch: the whole LaunchFilterInput over the embedded LaunchNormal (1072
    // refused as on launches): 77 → 1341 local, 0 → 1384 refused.
    // Its crews read over its blocks read detailed: 11053 → 15447 local.
    [InlineData("spacecraftFlights", 1, 17278, 348147)]
    [InlineData("astronauts", 41, 1397, 1994)]
    // PadFilterInput, PadLocationFilterInput, NetPrecisionFilterInput, RocketFilterInput: every field, evaluated
    // (a launch row embeds them whole; 265 → 887 local); LauncherConfigFilterInput's fields beyond
    // LauncherConfigList's and its manufacturer (760) and the provider's beyond AgencyMini's (312) are refused.
    // The launch lists' LaunchDetailed-only fields read over their blocks read detailed: 8390 → 10221 local.
    [InlineData("launches", 67, 10221, 191260)]
    // FirstStageFilterInput and LauncherFilterInput: every field, refused but LL2's eq filters; a first stage's
    // launch is the whole LaunchFilterInput now, refused but id.eq (3110 refused). spacecraftFlight is the whole
    // SpacecraftFlightFilterInput, as on spacecraftFlights (1384 refused).
    [InlineData("landings", 11, 23729, 515083)]
    // crew { some: AstronautFlightFilterInput } with the whole AstronautFilterInput: all refused but LL2's two.
    [InlineData("expeditions", 14, 1171, 650269)]
    public void PushedDownLocalAndRefusedOperatorsAreCounted(string list, int pushed, int local, int refused)
    {
        var (filters, compile) = Table(list);

        var pairs = filters.SelectMany(filter => Operations(filter.InputType,
                (list == "launches" && filter.Name == "id") || filter.Name == "launch", [])
            .Select(operation =>
            {
                var value = operation.Value;
                var kind = filter.Ll2Lacks(value) is null ? "pushed"
                    : Evaluates(compile, new Dictionary<string, object?> { [filter.Name] = value }) ? "local"
                    : "refused";
                return (Pair: $"{filter.Name}.{operation.Path}", Kind: kind);
            })).ToList();

        foreach (var group in pairs.GroupBy(p => p.Kind))
        {
            output.WriteLine($"{list} {group.Key}: {string.Join(' ', group.Select(p => p.Pair))}");
        }

        Assert.Equal((pushed, local, refused),
            (pairs.Count(p => p.Kind == "pushed"), pairs.Count(p => p.Kind == "local"),
                pairs.Count(p => p.Kind == "refused")));
    }

    [Fact]
    public void EveryListWithoutAMirrorOrAWholeTableDeclaresEveryFilterFieldLocally()
    {
        (IEnumerable<FilterField> Filters, IEnumerable<string> Local)[] tables =
        [
            (SpacecraftListPushDown.Table.Filters, SpacecraftListPushDown.Table.Local!.FieldNames),
            (SpacecraftFlightsPushDown.Table.Filters, SpacecraftFlightsPushDown.Table.Local!.FieldNames),
            (AstronautListPushDown.Table.Filters, AstronautListPushDown.Table.Local!.FieldNames),
            (LaunchesPushDown.Table.Filters, LaunchesPushDown.Table.Local!.FieldNames),
            (LandingsPushDown.Table.Filters, LandingsPushDown.Table.Local!.FieldNames),
            (ExpeditionsPushDown.Table.Filters, ExpeditionsPushDown.Table.Local!.FieldNames),
        ];
        foreach (var (filters, local) in tables)
        {
            Assert.Equal(filters.Select(f => f.Name).Order(), local.Order());
        }
    }

    private static (IReadOnlyList<FilterField> Filters, Func<IDictionary<string, object?>, object> Compile) Table(
        string list) => list switch
    {
        // With LL2's station table joined (station fields a docking event does not embed).
        "dockingEvents" => (DockingEventsPushDown.Table.Filters,
            w => DockingEvents.Mirror.LocalWhere.Compile(w, new Dictionary<int, LaunchLibrary.Dtos.SpaceStationDto>())),
        // Over the row alone: a station field beyond SpaceStationMini's (id url name) is refused.
        "dockingEventsWithoutTheStationTable" => (DockingEventsPushDown.Table.Filters,
            w => DockingEvents.Mirror.LocalWhere.Compile(w)),
        "spaceStations" => (SpaceStationsPushDown.Table.Filters, w => SpaceStationsLocal.Where.Compile(w)),
        "spacecrafts" => (SpacecraftListPushDown.Table.Filters, w => SpacecraftListPushDown.Table.Local!.Compile(w)),
        "spacecraftFlights" => (SpacecraftFlightsPushDown.Table.Filters,
            w => SpacecraftFlightsPushDown.Table.Local!.Compile(w)),
        "astronauts" => (AstronautListPushDown.Table.Filters, w => AstronautListPushDown.Table.Local!.Compile(w)),
        "launches" => (LaunchesPushDown.Table.Filters, w => LaunchesPushDown.Table.Local!.Compile(w)),
        "landings" => (LandingsPushDown.Table.Filters, w => LandingsPushDown.Table.Local!.Compile(w)),
        _ => (ExpeditionsPushDown.Table.Filters, w => ExpeditionsPushDown.Table.Local!.Compile(w)),
    };

    private static bool Evaluates(Func<IDictionary<string, object?>, object> compile,
        IDictionary<string, object?> where)
    {
        try
        {
            // As the evaluations compile it: a field joined from a reference table (a configuration's detailed
            // fields) is bound to the table the evaluation reads.
            Data.Local.LocalJoins.Bind(() => compile(where));
            return true;
        }
        catch (GatewayError e) when (e.Code == ErrorCodes.FilterNotSupported)
        {
            return false;
        }
    }

    // A type already being expanded on the way here (a station's docking locations' station, a family's parent) is
    // not expanded again, and a list inside a list's items counts its any only: each input is counted once per path,
    // not without end.
    private static IEnumerable<(string Path, IDictionary<string, object?> Value)> Operations(Type input, bool uuid,
        System.Collections.Immutable.ImmutableHashSet<Type> path, bool inList = false)
    {
        // HC's list filter: all / none / some over the item's filter, any with a Boolean.
        if (input.IsGenericType && input.GetGenericTypeDefinition() == typeof(ListFilterInputGraphType<>))
        {
            var item = input.GetGenericArguments()[0];
            var any = ("any", (IDictionary<string, object?>)new Dictionary<string, object?> { ["any"] = true });
            return inList ? [any] : new[] { "all", "none", "some" }
                .SelectMany(operation => Nest(operation, Operations(item, false, path, true)))
                .Append(any);
        }


        if (input.Namespace == typeof(IdOperationFilterInputGraphType).Namespace
            && input.Name.EndsWith("OperationFilterInputGraphType", StringComparison.Ordinal))
        {
            return Scalar(input, uuid);
        }

        if (path.Contains(input))
        {
            return [];
        }

        path = path.Add(input);

        // An object of related filters (a landing's flight: spacecraft, launch; a nested object's own fields). Its
        // and/or: one branch holding the first operator of its first field. A launch's id (a nested
        // LaunchFilterInput) is a UUID.
        bool Uuid(string field) => field == "launch" || (uuid && field == "id");
        var type = (InputObjectGraphType)Activator.CreateInstance(input)!;
        var fields = type.Fields.Where(field => !typeof(ListGraphType).IsAssignableFrom(field.Type)).ToList();
        var combinators = type.Fields.Where(field => field.Name is "and" or "or").Select(field =>
            (field.Name, (IDictionary<string, object?>)new Dictionary<string, object?>
            {
                [field.Name] = new List<object?>
                {
                    Nest(fields[0].Name, Operations(fields[0].Type!, Uuid(fields[0].Name), path, inList)).First()
                        .Value,
                },
            }));
        return combinators.Concat(
            fields.SelectMany(field => Nest(field.Name, Operations(field.Type!, Uuid(field.Name), path, inList))));
    }

    private static IEnumerable<(string Path, IDictionary<string, object?> Value)> Nest(string name,
        IEnumerable<(string Path, IDictionary<string, object?> Value)> operations) =>
        operations.Select(o => ($"{name}.{o.Path}", (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            [name] = o.Value,
        }));

    private static IEnumerable<(string Path, IDictionary<string, object?> Value)> Scalar(Type input, bool uuid)
    {
        object sample = input == typeof(DateTimeOperationFilterInputGraphType) ? DateTimeOffset.UnixEpoch
            : input == typeof(IntOperationFilterInputGraphType) ? 1
            : input == typeof(BooleanOperationFilterInputGraphType) ? true
            : input == typeof(StringOperationFilterInputGraphType) ? "a"
            : input == typeof(FloatOperationFilterInputGraphType) ? 1.5
            : input == typeof(TimeSpanOperationFilterInputGraphType) ? "PT1H"
            : input == typeof(DateOperationFilterInputGraphType) ? "1998-11-20"
            : uuid ? LaunchId : "1";
        var type = (InputObjectGraphType)Activator.CreateInstance(input)!;
        // and/or: one branch of the operator every input has (eq).
        return type.Fields.Select(field => (field.Name, (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            [field.Name] = field.Name switch
            {
                "in" or "nin" => new List<object?> { sample },
                "and" or "or" => new List<object?> { new Dictionary<string, object?> { ["eq"] = sample } },
                _ => sample,
            },
        }));
    }
}
