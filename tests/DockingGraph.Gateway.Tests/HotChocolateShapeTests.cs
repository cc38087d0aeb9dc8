using System.Text.RegularExpressions;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// The filter and sort inputs against what Hot Chocolate 15 generates (<c>UseFiltering</c>/<c>UseSorting</c> with the
/// default conventions), read from the printed schema, including the operation inputs' own <c>and</c>/<c>or</c>
/// (<c>{ name: { or: [{ eq: "a" }, { eq: "b" }] } }</c>), lists of the same input.
/// </summary>
public sealed class HotChocolateShapeTests
{
    private static readonly string[] Comparable =
        ["eq", "neq", "in", "nin", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];

    public static TheoryData<string, string[]> OperationInputs => new()
    {
        {
            "StringOperationFilterInput",
            ["eq", "neq", "contains", "ncontains", "in", "nin", "startsWith", "nstartsWith", "endsWith", "nendsWith"]
        },
        { "IntOperationFilterInput", Comparable },
        { "DateTimeOperationFilterInput", Comparable },
        { "DateOperationFilterInput", Comparable },
        { "BooleanOperationFilterInput", ["eq", "neq"] },
        { "IdOperationFilterInput", ["eq", "neq", "in", "nin"] },
    };

    private static readonly string Sdl = SchemaTests.PrintSchema();

    [Theory]
    [MemberData(nameof(OperationInputs))]
    public void OperationInputsHaveHotChocolatesOperators(string input, string[] operators)
    {
        var fields = Fields("input", input);
        Assert.Equal(operators.Append("and").Append("or").Order(StringComparer.Ordinal),
            fields.Keys.Order(StringComparer.Ordinal));
        Assert.Equal($"[{input}!]", fields["and"]);
        Assert.Equal($"[{input}!]", fields["or"]);
    }

    [Fact]
    public void EveryListRootTakesHotChocolatesArgumentsWithAndOrFiltersAndSortEnums()
    {
        var lists = Regex.Matches(Sdl, @"^  (\w+)\(\n((?:    .*\n)+?)    where: (\w+)\): (\w+)Connection",
            RegexOptions.Multiline);
        Assert.True(lists.Count >= 8, $"{lists.Count} list roots with where found");
        foreach (Match list in lists)
        {
            var (name, arguments, filter) = (list.Groups[1].Value, list.Groups[2].Value, list.Groups[3].Value);
            foreach (var paging in new[] { "after: String", "before: String", "first: Int", "last: Int" })
            {
                Assert.Contains(paging, arguments);
            }

            var filterFields = Fields("input", filter);
            Assert.Equal($"[{filter}!]", filterFields["and"]);
            Assert.Equal($"[{filter}!]", filterFields["or"]);
            if (Regex.Match(arguments, @"order: \[(\w+)!\]") is { Success: true } order)
            {
                Assert.All(Fields("input", order.Groups[1].Value).Values,
                    type => Assert.True(type == "SortEnumType" || type.EndsWith("SortInput", StringComparison.Ordinal),
                        $"{name}: sort field of type {type}"));
            }

            var connection = Fields("type", list.Groups[4].Value + "Connection");
            Assert.Equal("PageInfo!", connection["pageInfo"]);
            Assert.Equal("Int!", connection["totalCount"]);
            Assert.True(connection.ContainsKey("edges") && connection.ContainsKey("nodes"), name);
        }
    }

    // HC's filter for each scalar output type.
    private static readonly Dictionary<string, string> OperationInputFor = new()
    {
        ["String"] = "StringOperationFilterInput", ["Int"] = "IntOperationFilterInput",
        ["Float"] = "FloatOperationFilterInput", ["DateTime"] = "DateTimeOperationFilterInput",
        ["TimeSpan"] = "TimeSpanOperationFilterInput", ["ID"] = "IdOperationFilterInput",
        ["Boolean"] = "BooleanOperationFilterInput", ["Date"] = "DateOperationFilterInput",
    };

    public static TheoryData<string, string[]> OneFilterPerType => new()
    {
        {
            "SpaceStation",
            ["id", "url", "name", "status", "description", "orbit", "type", "founded", "deorbited", "height",
                "width", "mass", "volume", "onboardCrew", "dockedVehicles", "owners", "dockingLocations",
                "activeExpeditions", "activeDockingEvents", "expeditions", "image"]
        },
        {
            "SpacecraftFlight",
            ["id", "url", "destination", "missionEnd", "spacecraft", "launch", "duration", "turnAroundTime",
                "crew", "landing"]
        },
        { "DockingLocation", ["id", "name", "spaceStation", "spacecraft", "payload", "currentlyDocked"] },
        {
            "DockingEvent",
            ["id", "url", "docking", "departure", "dockingLocation", "spaceStationTarget", "flightVehicleTarget",
                "payloadFlightTarget", "flightVehicleChaser", "spaceStationChaser", "payloadFlightChaser"]
        },
        { "PayloadFlight", ["id", "url", "destination", "amount", "payload", "launch", "landing"] },
    };

    /// <summary>
    /// Hot Chocolate generates one <c>XFilterInput</c> per type, used at the root list and wherever the type nests:
    /// its and/or, each scalar field with the operation input of its type, each object field with that type's one
    /// filter input (lookups, status and type, keep their <c>{ id }</c> input).
    /// </summary>
    [Theory]
    [MemberData(nameof(OneFilterPerType))]
    public void EachTypeHasOneFilterInputAtTheRootAndNestedWithTheTypesFields(string type, string[] fields)
    {
        var filter = type + "FilterInput";
        var input = Fields("input", filter);
        Assert.Equal(fields.Append("and").Append("or").Order(StringComparer.Ordinal),
            input.Keys.Order(StringComparer.Ordinal));
        Assert.Equal($"[{filter}!]", input["and"]);
        Assert.Equal($"[{filter}!]", input["or"]);
        Assert.DoesNotMatch($@"^input {type}s\w*FilterInput ", Sdl);
        var output = Fields("type", type);
        foreach (var field in fields)
        {
            var outputType = output[field].Trim('!', '[', ']');
            if (OperationInputFor.TryGetValue(outputType, out var operations))
            {
                Assert.True(operations == input[field], $"{filter}.{field}: {input[field]} for {output[field]}");
            }
            else if (OneFilterPerType.Any(row => (string)row[0] == outputType))
            {
                // A list: HC's ListFilterInputTypeOf… over the item type's one input.
                var expected = output[field].StartsWith('[')
                    ? $"ListFilterInputTypeOf{outputType}FilterInput"
                    : outputType + "FilterInput";
                Assert.True(expected == input[field], $"{filter}.{field}: {input[field]}");
            }
        }

    }

    [Fact]
    public void TheRootListsAndTheNestedFieldsUseTheSameFilterInputs()
    {
        Assert.Matches(new Regex(@"^  spaceStations\((?:\n    .*)*?\n    where: SpaceStationFilterInput\)",
            RegexOptions.Multiline), Sdl);
        Assert.Matches(new Regex(@"^  spacecraftFlights\((?:\n    .*)*?\n    where: SpacecraftFlightFilterInput\)",
            RegexOptions.Multiline), Sdl);
        var events = Fields("input", "DockingEventFilterInput");
        Assert.Equal("SpaceStationFilterInput", events["spaceStationTarget"]);
        Assert.Equal("SpaceStationFilterInput", events["spaceStationChaser"]);
        Assert.Equal("SpacecraftFlightFilterInput", events["flightVehicleChaser"]);
        Assert.Equal("SpacecraftFlightFilterInput", events["flightVehicleTarget"]);
        Assert.Equal("DockingLocationFilterInput", events["dockingLocation"]);
        Assert.Equal("SpaceStationFilterInput", Fields("input", "DockingLocationFilterInput")["spaceStation"]);
        Assert.Equal("SpaceStationFilterInput", Fields("input", "ExpeditionFilterInput")["spaceStation"]);
        Assert.DoesNotContain("SpaceStationsFilterInput", Sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("SpacecraftFlightsFilterInput", Sdl, StringComparison.Ordinal);
    }

    [Fact]
    public void LaunchFilterInputHasLaunchsScalarFieldsOfANormalRowAndServesTheThreeLaunchRoots()
    {
        var scalars = new Dictionary<string, string>
        {
            ["String"] = "StringOperationFilterInput", ["Int"] = "IntOperationFilterInput",
            ["Boolean"] = "BooleanOperationFilterInput", ["DateTime"] = "DateTimeOperationFilterInput",
            ["ID!"] = "IdOperationFilterInput", ["TimeSpan"] = "TimeSpanOperationFilterInput",
        };
        // Every scalar, LaunchDetailed-only ones too (offered, refused: DetailedOnlyFieldTests); ll2Id is the node
        // id's.
        var expected = Fields("type", "Launch")
            .Where(f => scalars.ContainsKey(f.Value) && f.Key is not "ll2Id")
            .ToDictionary(f => f.Key, f => scalars[f.Value]);
        var filter = Fields("input", "LaunchFilterInput");

        Assert.All(expected, f => Assert.Equal(f.Value, filter.GetValueOrDefault(f.Key)));
        Assert.Equal("LaunchStatusFilterInput", filter["status"]);
        Assert.Equal("PadFilterInput", filter["pad"]);
        Assert.Equal("IntOperationFilterInput", Fields("input", "PadFilterInput")["id"]);
        Assert.Equal("LauncherConfigFilterInput", Fields("input", "RocketFilterInput")["configuration"]);
        Assert.Equal("LaunchStatusSortInput", Fields("input", "LaunchSortInput")["status"]);
        foreach (var root in new[] { "launches", "upcomingLaunches", "previousLaunches" })
        {
            var arguments = Regex.Match(Sdl, $@"^  {root}\(
((?:    .*
)+?)    where: (\w+)\): LaunchesConnection",
                RegexOptions.Multiline);
            Assert.True(arguments.Success, $"{root} not in the schema");
            Assert.Equal("LaunchFilterInput", arguments.Groups[2].Value);
            Assert.Contains("order: [LaunchSortInput!]", arguments.Groups[1].Value);
            Assert.Equal(root == "upcomingLaunches", arguments.Groups[1].Value.Contains("hideRecentPrevious: Boolean"));
        }
    }

    public static TheoryData<string, string, string[]> SortInputs => new()
    {
        {
            // HC: the node id sorts as id (the LL2 id); every object field is a nested sort.
            "DockingEventSortInput", "DockingEvent",
            [
                "id", "url", "docking", "departure", "dockingLocation:DockingLocationSortInput",
                "spaceStationTarget:SpaceStationSortInput", "flightVehicleTarget:SpacecraftFlightSortInput",
                "payloadFlightTarget:PayloadFlightSortInput", "flightVehicleChaser:SpacecraftFlightSortInput",
                "spaceStationChaser:SpaceStationSortInput", "payloadFlightChaser:PayloadFlightSortInput",
            ]
        },
        {
            "SpaceStationSortInput", "SpaceStation",
            [
                "id", "url", "name", "image:ImageSortInput", "founded", "deorbited", "description", "orbit", "height",
                "width", "mass",
                "volume", "onboardCrew", "dockedVehicles", "status:SpaceStationStatusSortInput",
                "type:SpaceStationTypeSortInput",
            ]
        },
        {
            "DockingLocationSortInput", "DockingLocation",
            ["id", "name", "spacecraft:SpacecraftConfigSortInput", "spaceStation:SpaceStationSortInput"]
        },
        {
            "SpacecraftFlightSortInput", "SpacecraftFlight",
            [
                "id", "url", "destination", "missionEnd", "spacecraft:SpacecraftSortInput", "launch:LaunchSortInput",
                "landing:LandingSortInput", "duration", "turnAroundTime",
            ]
        },
        { "PayloadFlightSortInput", "PayloadFlight", ["id", "url", "destination", "amount"] },
        { "SpaceStationStatusSortInput", "SpaceStationStatus", ["id", "name"] },
        {
            // Every scalar a launch row carries, its status, net precision, provider (AgencyMini), rocket, mission
            // and pad.
            "LaunchSortInput", "Launch",
            [
                "id", "url", "name", "slug", "launchDesignator", "status:LaunchStatusSortInput", "lastUpdated",
                "net", "netPrecision:NetPrecisionSortInput", "windowStart", "windowEnd", "image:ImageSortInput",
                "infographic",
                "probability", "weatherConcerns", "failreason", "hashtag", "launchServiceProvider:AgencySortInput",
                "rocket:RocketSortInput", "mission:MissionSortInput", "pad:PadSortInput", "webcastLive",
                "orbitalLaunchAttemptCount", "locationLaunchAttemptCount",
                "padLaunchAttemptCount", "agencyLaunchAttemptCount", "orbitalLaunchAttemptCountYear",
                "locationLaunchAttemptCountYear", "padLaunchAttemptCountYear", "agencyLaunchAttemptCountYear",
                "flightclubUrl", "padTurnaround",
            ]
        },
        {
            // Every field but the family list; SpacecraftConfigDetailed's are offered and refused.
            "SpacecraftConfigSortInput", "SpacecraftConfig",
            [
                "id", "url", "name", "type:SpacecraftConfigTypeSortInput", "agency:AgencySortInput", "inUse",
                "image:ImageSortInput", "maidenFlight", "capability", "history", "details", "height", "diameter",
                "humanRated", "crewCapacity", "payloadCapacity", "payloadReturnCapacity", "flightLife", "wikiLink",
                "infoLink", "spacecraftFlown", "totalLaunchCount", "successfulLaunches", "failedLaunches",
                "attemptedLandings", "successfulLandings", "failedLandings", "fastestTurnaround",
            ]
        },
        { "LaunchStatusSortInput", "LaunchStatus", ["id", "name", "abbrev", "description"] },
        { "RocketSortInput", "Rocket", ["id", "configuration:LauncherConfigSortInput"] },
        // LauncherConfigList, as a launch row's rocket embeds it (families: a list).
        { "LauncherConfigSortInput", "LauncherConfig", ["id", "url", "name", "fullName", "variant"] },
        {
            "MissionSortInput", "Mission",
            ["id", "name", "type", "description", "image:ImageSortInput", "orbit:OrbitSortInput"]
        },
        { "OrbitSortInput", "Orbit", ["id", "name", "abbrev", "celestialBody:CelestialBodySortInput"] },
        { "NetPrecisionSortInput", "NetPrecision", ["id", "name", "abbrev", "description"] },
        { "AgencySortInput", "Agency", ["id", "url", "name", "abbrev", "type:AgencyTypeSortInput"] },
        {
            "PadSortInput", "Pad",
            [
                "id", "url", "active", "name", "image:ImageSortInput", "description", "infoUrl", "wikiUrl", "mapUrl",
                "latitude", "longitude", "country:CountrySortInput", "mapImage", "totalLaunchCount",
                "orbitalLaunchAttemptCount", "fastestTurnaround",
                "location:PadLocationSortInput",
            ]
        },
        {
            "PadLocationSortInput", "PadLocation",
            [
                "id", "url", "name", "celestialBody:CelestialBodySortInput", "active", "country:CountrySortInput",
                "description", "image:ImageSortInput", "mapImage",
                "longitude", "latitude", "timezoneName", "totalLaunchCount", "totalLandingCount",
            ]
        },
        {
            // One CelestialBodySortInput for pad and landing locations.
            "CelestialBodySortInput", "CelestialBody",
            [
                "id", "name", "type:CelestialBodyTypeSortInput", "diameter", "mass", "gravity", "lengthOfDay",
                "atmosphere", "image:ImageSortInput", "description", "wikiUrl",
            ]
        },
        {
            "LandingSortInput", "Landing",
            [
                "id", "url", "attempt", "success", "description", "downrangeDistance",
                "landingLocation:LandingLocationSortInput", "type:LandingTypeSortInput",
                "spacecraftFlight:SpacecraftFlightSortInput",
            ]
        },
        {
            "LandingLocationSortInput", "LandingLocation",
            [
                "id", "name", "active", "abbrev", "description", "longitude", "latitude", "image:ImageSortInput",
                "successfulLandings",
                "attemptedLandings", "failedLandings", "celestialBody:CelestialBodySortInput",
            ]
        },
        { "LandingTypeSortInput", "LandingType", ["id", "name", "abbrev", "description"] },
        {
            "ExpeditionSortInput", "Expedition",
            ["id", "url", "name", "start", "end", "spaceStation:SpaceStationSortInput"]
        },
        {
            "SpacecraftSortInput", "Spacecraft",
            [
                "id", "url", "name", "serialNumber", "isPlaceholder", "image:ImageSortInput", "inSpace",
                "timeInSpace", "timeDocked",
                "flightsCount", "missionEndsCount", "status:SpacecraftStatusSortInput", "description",
                "spacecraftConfig:SpacecraftConfigSortInput", "fastestTurnaround",
            ]
        },
        { "SpacecraftStatusSortInput", "SpacecraftStatus", ["id", "name"] },
        {
            // Not hasFlown or isHuman: LL2's astronaut rows carry neither.
            "AstronautSortInput", "Astronaut",
            [
                "id", "url", "name", "status:AstronautStatusSortInput", "agency:AgencySortInput",
                "image:ImageSortInput", "type:AstronautTypeSortInput", "inSpace", "timeInSpace", "evaTime", "age",
                "dateOfBirth",
                "dateOfDeath", "bio", "wiki", "lastFlight", "firstFlight", "flightsCount", "landingsCount",
                "spacewalksCount",
            ]
        },
        { "AstronautStatusSortInput", "AstronautStatus", ["id", "name"] },
        {
            "ImageSortInput", "Image",
            ["id", "name", "imageUrl", "thumbnailUrl", "credit", "license:ImageLicenseSortInput", "singleUse"]
        },
        { "ImageLicenseSortInput", "ImageLicense", ["id", "name", "priority", "link"] },
        {
            "CountrySortInput", "Country",
            ["id", "name", "alpha2Code", "alpha3Code", "nationalityName", "nationalityNameComposed"]
        },
        { "AstronautTypeSortInput", "AstronautType", ["id", "name"] },
    };

    [Fact]
    public void SpacecraftFlightsTakesTheOneSpacecraftFlightSortInput()
    {
        var arguments = Regex.Match(Sdl, @"^  spacecraftFlights\(\n((?:    .*\n)+?)    where: \w+\): SpacecraftFlightsConnection",
            RegexOptions.Multiline);
        Assert.True(arguments.Success, "spacecraftFlights not in the schema");
        Assert.Contains("order: [SpacecraftFlightSortInput!]", arguments.Groups[1].Value);
    }

    [Theory]
    [MemberData(nameof(SortInputs))]
    public void SortInputsCarryHotChocolatesFieldsWithIdNotLl2Id(string input, string type, string[] fields)
    {
        var sort = Fields("input", input);
        var expected = fields.Select(f => f.Split(':'))
            .ToDictionary(f => f[0], f => f.Length > 1 ? f[1] : "SortEnumType");
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal),
            sort.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.DoesNotContain("ll2Id", sort.Keys);
        // Every sort field is a field of the output type.
        Assert.All(sort.Keys, field => Assert.Contains(field, Fields("type", type).Keys));
    }

    // HC's operation input per scalar; an object field X takes XFilterInput.
    private static readonly Dictionary<string, string> ScalarFilters = new()
    {
        ["String"] = "StringOperationFilterInput", ["Int"] = "IntOperationFilterInput",
        ["Float"] = "FloatOperationFilterInput", ["Boolean"] = "BooleanOperationFilterInput",
        ["DateTime"] = "DateTimeOperationFilterInput", ["TimeSpan"] = "TimeSpanOperationFilterInput",
        ["ID"] = "IdOperationFilterInput", ["Date"] = "DateOperationFilterInput",
    };

    public static TheoryData<string, string, string[]> TypesAndTheirFilters => new()
    {
        // ll2Id is not a filter field (HC filters the Node id as id).
        { "Landing", "LandingFilterInput", ["ll2Id"] },
        { "Expedition", "ExpeditionFilterInput", [] },
        { "Spacecraft", "SpacecraftFilterInput", ["ll2Id"] },
        // Date fields take HC's DateOperationFilterInput.
        { "Astronaut", "AstronautFilterInput", [] },
        { "LandingLocation", "LandingLocationFilterInput", [] },
        { "CelestialBody", "CelestialBodyFilterInput", [] },
        { "LandingType", "LandingTypeFilterInput", [] },
        { "SpacecraftStatus", "SpacecraftStatusFilterInput", [] },
        { "AstronautStatus", "AstronautStatusFilterInput", [] },
        { "AstronautType", "AstronautTypeFilterInput", [] },
        // One input per type, with every scalar and object field, wherever the type appears.
        { "Agency", "AgencyFilterInput", [] },
        { "Pad", "PadFilterInput", [] },
        { "PadLocation", "PadLocationFilterInput", [] },
        { "Rocket", "RocketFilterInput", [] },
        { "LauncherConfig", "LauncherConfigFilterInput", [] },
        { "NetPrecision", "NetPrecisionFilterInput", [] },
        // SpacecraftConfigDetailed's fields are offered too (refused: DetailedOnlyFieldTests).
        { "SpacecraftConfig", "SpacecraftConfigFilterInput", [] },
        { "FirstStage", "FirstStageFilterInput", [] },
        { "Launcher", "LauncherFilterInput", [] },
        { "Image", "ImageFilterInput", [] },
        { "ImageLicense", "ImageLicenseFilterInput", [] },
        { "Mission", "MissionFilterInput", [] },
        { "Orbit", "OrbitFilterInput", [] },
        { "Payload", "PayloadFilterInput", [] },
        { "Program", "ProgramFilterInput", [] },
        { "SocialMedia", "SocialMediaFilterInput", [] },
    };

    [Theory]
    [MemberData(nameof(TypesAndTheirFilters))]
    public void EveryScalarAndObjectFieldOfTheTypeIsAFilterFieldWithHotChocolatesInput(string type, string filter,
        string[] left)
    {
        var filterFields = Fields("input", filter);
        Assert.Equal($"[{filter}!]", filterFields["and"]);
        Assert.Equal($"[{filter}!]", filterFields["or"]);
        var fields = Fields("type", type).Where(f => !f.Value.StartsWith('[') && !left.Contains(f.Key));
        foreach (var (name, output) in fields)
        {
            var named = output.TrimEnd('!');
            var expected = ScalarFilters.GetValueOrDefault(named, named + "FilterInput");
            Assert.True(filterFields.TryGetValue(name, out var actual), $"{filter} lacks {name} ({output})");
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void TheFilterInputsCarryEveryFilterLl2DocumentsForTheirEndpoint()
    {
        // landings/: attempt, success, the first-stage and the flight's spacecraft configuration filters.
        Assert.Equal("BooleanOperationFilterInput", Fields("input", "LandingFilterInput")["attempt"]);
        Assert.Equal("BooleanOperationFilterInput", Fields("input", "LandingFilterInput")["success"]);
        Assert.Contains("launch", Fields("input", "FirstStageFilterInput").Keys);
        Assert.Contains("launcher", Fields("input", "FirstStageFilterInput").Keys);
        Assert.Equal("LauncherConfigFilterInput", Fields("input", "LauncherFilterInput")["launcherConfig"]);
        Assert.Equal("IntOperationFilterInput", Fields("input", "LauncherFilterInput")["id"]);
        Assert.Equal("StringOperationFilterInput", Fields("input", "LauncherFilterInput")["serialNumber"]);
        Assert.Equal("SpacecraftFlightFilterInput", Fields("input", "LandingFilterInput")["spacecraftFlight"]);
        Assert.Equal("SpacecraftFilterInput", Fields("input", "SpacecraftFlightFilterInput")["spacecraft"]);
        Assert.Equal("LaunchFilterInput", Fields("input", "SpacecraftFlightFilterInput")["launch"]);
        Assert.Equal("SpacecraftConfigFilterInput", Fields("input", "SpacecraftFilterInput")["spacecraftConfig"]);
        // expeditions/: name, start/end bounds, the crew's astronaut and its agency.
        var expedition = Fields("input", "ExpeditionFilterInput");
        Assert.Equal("ListFilterInputTypeOfAstronautFlightFilterInput", expedition["crew"]);
        Assert.Equal("AstronautFilterInput", Fields("input", "AstronautFlightFilterInput")["astronaut"]);
        Assert.Equal("DateTimeOperationFilterInput", expedition["start"]);
        // astronauts/: has_flown and is_human, which are no Astronaut fields.
        var astronaut = Fields("input", "AstronautFilterInput");
        Assert.Equal("BooleanOperationFilterInput", astronaut["hasFlown"]);
        Assert.Equal("BooleanOperationFilterInput", astronaut["isHuman"]);
    }

    // The fields of one input or object type, name → type, from the printed schema.
    // LL2 filters on relations its serializers do not write (a first stage's launch, a launcher's configuration):
    // offered for the push-down, with no output field to be named after.
    private static readonly string[] Ll2OnlyRelations = ["FirstStage.launch", "Launcher.launcherConfig"];

    /// <summary>
    /// HC names a nested filter input after the field's output type, one input per type (<c>pad: Pad</c> →
    /// <c>PadFilterInput</c>, <c>crew: [AstronautFlight!]</c> →
    /// <c>ListFilterInputTypeOfAstronautFlightFilterInput</c> whose operators take <c>AstronautFlightFilterInput</c>), and every nested filter field is a field of the
    /// output type. Walked from the launches, landings, expeditions and astronauts roots, at every depth (the same
    /// check as docs/hc-names-check.py), and from spacecraftFlights (its spacecraft and launch).
    /// </summary>
    [Theory]
    [InlineData("Launch")]
    [InlineData("Landing")]
    [InlineData("Expedition")]
    [InlineData("Astronaut")]
    [InlineData("SpacecraftFlight")]
    public void NestedFilterInputsAreNamedAfterTheFieldsOutputType(string root)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var mismatches = new List<string>();
        void Walk(string output)
        {
            if (!seen.Add(output))
            {
                return;
            }

            var outputFields = Fields(Regex.IsMatch(Sdl, $@"^type {output}\b", RegexOptions.Multiline)
                ? "type" : "interface", output);
            foreach (var (field, inputType) in Fields("input", $"{output}FilterInput"))
            {
                var input = inputType.Trim('[', ']', '!');
                if (field is "and" or "or" || !input.EndsWith("FilterInput", StringComparison.Ordinal)
                    || input.EndsWith("OperationFilterInput", StringComparison.Ordinal))
                {
                    continue;
                }

                if (!outputFields.TryGetValue(field, out var fieldType))
                {
                    if (!Ll2OnlyRelations.Contains($"{output}.{field}"))
                    {
                        mismatches.Add($"{output}FilterInput.{field}: {output} has no field {field}");
                    }

                    continue;
                }

                var element = fieldType.Trim('[', ']', '!');
                var expected = fieldType.StartsWith('[')
                    ? $"ListFilterInputTypeOf{element}FilterInput"
                    : $"{element}FilterInput";
                if (input != expected)
                {
                    mismatches.Add($"{output}FilterInput.{field}: {input}, HC: {expected}");
                    continue;
                }

                if (fieldType.StartsWith('['))
                {
                    mismatches.AddRange(Fields("input", input)
                        .Where(op => op.Value.Trim('[', ']', '!')
                            != (op.Key == "any" ? "Boolean" : $"{element}FilterInput"))
                        .Select(op => $"{input}.{op.Key}: {op.Value}, HC: {element}FilterInput"));
                }

                // Walked from their own roots (the stations' and docking events' tests).
                if (element is not ("SpaceStation" or "DockingLocation" or "DockingEvent"))
                {
                    Walk(element);
                }
            }
        }

        Walk(root);

        Assert.Empty(mismatches);
    }

    [Fact]
    public void OneInputPerTypeWhereverTheTypeAppears()
    {
        Assert.Equal("AgencyFilterInput", Fields("input", "LaunchFilterInput")["launchServiceProvider"]);
        Assert.Equal("AgencyFilterInput", Fields("input", "AstronautFilterInput")["agency"]);
        Assert.Equal("AgencyFilterInput", Fields("input", "SpacecraftConfigFilterInput")["agency"]);
        Assert.Equal("LauncherConfigFilterInput", Fields("input", "RocketFilterInput")["configuration"]);
        Assert.Equal("LauncherConfigFilterInput", Fields("input", "LauncherFilterInput")["launcherConfig"]);
        Assert.Equal("AstronautFilterInput", Fields("input", "AstronautFlightFilterInput")["astronaut"]);
        // A flight: the spacecraftFlights root's input, nested in a landing and a docking event alike; its
        // spacecraft the spacecrafts root's input, its launch the launches root's (also a first stage's launch).
        Assert.Equal("SpacecraftFlightFilterInput", Fields("input", "LandingFilterInput")["spacecraftFlight"]);
        Assert.Equal("SpacecraftFlightFilterInput", Fields("input", "DockingEventFilterInput")["flightVehicleChaser"]);
        Assert.Equal("SpacecraftFlightFilterInput", Fields("input", "DockingEventFilterInput")["flightVehicleTarget"]);
        Assert.Equal("SpacecraftFilterInput", Fields("input", "SpacecraftFlightFilterInput")["spacecraft"]);
        Assert.Equal("LaunchFilterInput", Fields("input", "SpacecraftFlightFilterInput")["launch"]);
        Assert.Equal("LaunchFilterInput", Fields("input", "FirstStageFilterInput")["launch"]);
        // The union of the type's scalar fields (HC: every field), not only what AgencyMini carries.
        var agency = Fields("input", "AgencyFilterInput");
        foreach (var scalar in Fields("type", "Agency").Where(f => f.Value is "String" or "Int" or "Boolean"))
        {
            Assert.True(agency.ContainsKey(scalar.Key), $"AgencyFilterInput lacks {scalar.Key}");
        }

        foreach (var gone in new[]
                 {
                     "LaunchServiceProviderFilterInput", "LaunchNetPrecisionFilterInput", "LaunchPadFilterInput",
                     "LaunchPadLocationFilterInput", "LaunchRocketFilterInput", "LaunchLauncherConfigFilterInput",
                     "LandingFirstStageFilterInput", "LandingLauncherFilterInput", "LandingLauncherConfigFilterInput",
                     "ExpeditionCrewAstronautFilterInput", "ExpeditionCrewAgencyFilterInput",
                     "LandingLaunchFilterInput", "LandingSpacecraftFlightFilterInput", "LandingSpacecraftFilterInput",
                     "SpacecraftFlightSpacecraftFilterInput",
                 })
        {
            Assert.DoesNotMatch($@"\b{gone}\b", Sdl);
        }
    }

    // Object fields another branch adds (SpacecraftFlightCrew: the detailed-only fields of a flight).
    private static readonly string[] ObjectFieldsElsewhere = ["SpacecraftFlight.crew"];

    /// <summary>
    /// The audit of issue 12 point 3: every object field of every output type X with an XFilterInput (ll2Id and
    /// connections aside) is a field of XFilterInput, as HC's UseFiltering generates it.
    /// </summary>
    [Fact]
    public void EveryObjectFieldOfATypeWithAFilterInputIsInIt()
    {
        var scalars = ScalarFilters.Keys
            .Concat(Regex.Matches(Sdl, @"^(?:scalar|enum) (\w+)", RegexOptions.Multiline)
                .Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        var missing = Regex.Matches(Sdl, @"^type (\w+)", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value)
            .Where(type => Regex.IsMatch(Sdl, $@"^input {type}FilterInput {{", RegexOptions.Multiline))
            .SelectMany(type =>
            {
                var filter = Fields("input", type + "FilterInput");
                return Fields("type", type)
                    .Where(f => f.Key != "ll2Id"
                        && !f.Value.TrimEnd('!').EndsWith("Connection", StringComparison.Ordinal)
                        && !scalars.Contains(f.Value.Trim('!', '[', ']')) && !filter.ContainsKey(f.Key))
                    .Select(f => $"{type}.{f.Key}");
            })
            .Except(ObjectFieldsElsewhere)
            .ToList();
        Assert.Empty(missing);
    }

    private static Dictionary<string, string> Fields(string kind, string type)
    {
        var body = Regex.Match(Sdl, $@"^{kind} {type}(?: implements [\w& ]+)? {{\n(.*?)\n}}",
            RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.True(body.Success, $"{kind} {type} not in the schema");
        return Regex.Matches(body.Groups[1].Value, @"^  (\w+)(?:\([^)]*\))?: ([^\s@]+)", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
    }
}
