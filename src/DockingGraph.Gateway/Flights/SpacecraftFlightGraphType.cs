using DockingGraph.Gateway.Common;
using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.DockingEvents;
using DockingGraph.Gateway.DockingEvents.Mirror;
using DockingGraph.Gateway.Landings;
using DockingGraph.Gateway.Launches;
using DockingGraph.Gateway.Schema.Relay;
using DockingGraph.Gateway.Schema.Scalars;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace DockingGraph.Gateway.Flights;

public sealed class SpacecraftFlightGraphType : IntNodeGraphType<SpacecraftFlightDto, SpacecraftFlightByIdDataLoader>
{
    private static readonly Func<SpacecraftFlightDto, bool> HoldsCrew =
        Ll2Shapes.SpacecraftFlight.Holds("launch_crew", "onboard_crew", "landing_crew");

    public SpacecraftFlightGraphType()
        : base("SpacecraftFlight", "One flight of a spacecraft: its launch, destination, landing and durations.",
            f => f.Id, Ll2Shapes.SpacecraftFlight)
    {
        Field(x => x.Url, nullable: true);
        Field(x => x.Destination, nullable: true);
        Field<Iso8601DateTimeGraphType>("missionEnd").Resolve(c => c.Source.MissionEnd);
        Field<SpacecraftGraphType>("spacecraft").Resolve(c => c.Source.Spacecraft);
        Field<LaunchGraphType>("launch").Resolve(c => c.Source.Launch);
        Field<LandingGraphType>("landing").Resolve(c => c.Source.Landing);
        Field<DurationGraphType>("duration").Resolve(c => c.Source.Duration);
        Field<DurationGraphType>("turnAroundTime").Resolve(c => c.Source.TurnAroundTime);
        // The crew object is the flight itself, read from the source only when its serializer has the crew lists.
        FieldOrLoad<SpacecraftFlightCrewGraphType>("crew", f => HoldsCrew(f) ? f : null,
            "Launch, onboard and landing crew, from LL2's flight detail (one call per flight; flights are " +
            "deduplicated).",
            "launch_crew", "onboard_crew", "landing_crew");
        this.AddDockingEventsField(
            "Docking events with this flight as chaser (flight_vehicle_chaser__id pushed down; LL2 cannot filter by " +
            "target flight).",
            f => new DockingEventsField.Parent("SpacecraftFlight", f.Id));
    }

    public override IDataLoaderResult<SpacecraftFlightDto?> Lookup(IResolveFieldContext context, int key) =>
        LookupFlight(context, key);

    /// <summary>
    /// The mirror's chaser flight when it carries what the selection reads, else LL2's detail; crews always load
    /// from the detail (<see cref="SpacecraftFlightByIdDataLoader"/>).
    /// </summary>
    public static IDataLoaderResult<SpacecraftFlightDto?> LookupFlight(IResolveFieldContext context, int key) =>
        MirrorSelection.SpacecraftFlight.Suffices(context)
            ? context.RequestServices!.GetRequiredService<SpacecraftFlightLookupDataLoader>().Load(key)
            : context.RequestServices!.GetRequiredService<SpacecraftFlightByIdDataLoader>().Load(key);
}

/// <summary>The three crew lists of a flight (no recording holds crews: on the snapshot they are null).</summary>
public sealed class SpacecraftFlightCrewGraphType : ObjectGraphType<SpacecraftFlightDto>
{
    public SpacecraftFlightCrewGraphType()
    {
        Name = "SpacecraftFlightCrew";
        Field<ListGraphType<NonNullGraphType<AstronautFlightGraphType>>>("launchCrew")
            .Resolve(c => c.Source.LaunchCrew);
        Field<ListGraphType<NonNullGraphType<AstronautFlightGraphType>>>("onboardCrew")
            .Resolve(c => c.Source.OnboardCrew);
        Field<ListGraphType<NonNullGraphType<AstronautFlightGraphType>>>("landingCrew")
            .Resolve(c => c.Source.LandingCrew);
    }
}

public sealed class AstronautFlightGraphType : ObjectGraphType<AstronautFlightDto>
{
    public AstronautFlightGraphType()
    {
        Name = "AstronautFlight";
        Field(x => x.Id);
        Field<StringGraphType>("role").Resolve(c => c.Source.Role?.Role);
        Field<AstronautGraphType>("astronaut").Resolve(c => c.Source.Astronaut);
    }
}

/// <summary>
/// An astronaut as a crew seat embeds it (LL2's AstronautDetailed, <c>response_mode: list</c>; no recording holds
/// one). The flight, landing and spacewalk counts exist only on LL2's <c>astronauts/</c> serializers, which the
/// gateway does not read: there they are FIELD_NOT_EMBEDDED.
/// </summary>
public sealed class AstronautGraphType : ObjectGraphType<AstronautDto>
{
    private static readonly IReadOnlySet<string> EmbeddedFields = Ll2Shapes.Fields("AstronautDetailed");

    public AstronautGraphType()
    {
        Name = "Astronaut";
        Field(x => x.Id);
        Field(x => x.Url, nullable: true);
        Field(x => x.Name, nullable: true);
        Field<AstronautStatusGraphType>("status").Resolve(c => c.Source.Status);
        Field<AgencyGraphType>("agency").Resolve(c => c.Source.Agency);
        Field<ImageGraphType>("image").Resolve(c => c.Source.Image);
        Field<AstronautTypeGraphType>("type").Resolve(c => c.Source.Type);
        Field(x => x.InSpace, nullable: true);
        Field<DurationGraphType>("timeInSpace").Resolve(c => c.Source.TimeInSpace);
        Field<DurationGraphType>("evaTime").Resolve(c => c.Source.EvaTime);
        Field(x => x.Age, nullable: true);
        Field<CalendarDateGraphType>("dateOfBirth").Resolve(c => c.Source.DateOfBirth);
        Field<CalendarDateGraphType>("dateOfDeath").Resolve(c => c.Source.DateOfDeath);
        Field<ListGraphType<NonNullGraphType<CountryGraphType>>>("nationality").Resolve(c => c.Source.Nationality);
        Field(x => x.Bio, nullable: true);
        Field(x => x.Wiki, nullable: true);
        Field<Iso8601DateTimeGraphType>("lastFlight").Resolve(c => c.Source.LastFlight);
        Field<Iso8601DateTimeGraphType>("firstFlight").Resolve(c => c.Source.FirstFlight);
        Field<ListGraphType<NonNullGraphType<SocialMediaLinkGraphType>>>("socialMediaLinks")
            .Resolve(c => c.Source.SocialMediaLinks);
        EndpointOnly("flightsCount", a => a.FlightsCount);
        EndpointOnly("landingsCount", a => a.LandingsCount);
        EndpointOnly("spacewalksCount", a => a.SpacewalksCount);
    }

    private void EndpointOnly(string name, Func<AstronautDto, int?> select)
    {
        var ll2Field = ShortForm.SnakeCase(name);
        Field<IntGraphType>(name).Resolve(c =>
            select(c.Source) ?? (c.Source.ResponseMode is "normal" or "detailed" || EmbeddedFields.Contains(ll2Field)
                ? null
                : throw ShortForm.NotEmbedded("astronaut", ll2Field, "AstronautDetailed", "astronauts/{id}/")));
    }
}
