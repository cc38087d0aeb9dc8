using DockingGraph.Gateway.Common;
using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.Flights;
using DockingGraph.Gateway.Launches;
using DockingGraph.Gateway.Payloads;
using DockingGraph.Gateway.Schema.Relay;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL.Types;

namespace DockingGraph.Gateway.Landings;

public sealed class LandingGraphType : IntNodeGraphType<LandingDto, LandingByIdDataLoader>
{
    public LandingGraphType()
        : base("Landing", "How a spacecraft flight came back (LL2's landings/).", l => l.Id, Ll2Shapes.Landing)
    {
        Field(x => x.Url, nullable: true);
        Field(x => x.Attempt, nullable: true);
        Field(x => x.Success, nullable: true);
        Field(x => x.Description, nullable: true);
        Field(x => x.DownrangeDistance, nullable: true);
        Field<LandingLocationGraphType>("landingLocation").Resolve(c => c.Source.LandingLocation);
        Field<LandingTypeGraphType>("type").Resolve(c => c.Source.Type);
        // A flight's embedded landing lacks its flight: read from landings/{id}/ (one call per landing).
        FieldOrLoad<SpacecraftFlightGraphType>("spacecraftFlight", FlightOf,
            "The flight that landed, as LL2's landings/ links it (the embedded copy, else the landing's detail).",
            "spacecraftflight");
        FieldOrLoad<FirstStageGraphType>("firstStage", l => l.FirstStage,
            "The booster that landed, as LL2's landings/ links it (no recorded landing is one).", "firststage");
        FieldOrLoad<PayloadFlightGraphType>("payloadFlight", l => l.PayloadFlight,
            "The payload that landed, as LL2's landings/ links it (no recorded landing is one).", "payloadflight");
    }

    // The flight LL2 writes inside a landing omits the landing: it is this one.
    private static SpacecraftFlightDto? FlightOf(LandingDto landing) =>
        landing.SpacecraftFlight is { } flight ? flight with { Landing = landing } : null;
}

public sealed class LandingLocationGraphType : ObjectGraphType<LandingLocationDto>
{
    public LandingLocationGraphType()
    {
        Name = "LandingLocation";
        Field(x => x.Id);
        Field(x => x.Name, nullable: true);
        Field(x => x.Active, nullable: true);
        Field(x => x.Abbrev, nullable: true);
        Field(x => x.Description, nullable: true);
        Field(x => x.Longitude, nullable: true);
        Field(x => x.Latitude, nullable: true);
        Field<ImageGraphType>("image").Resolve(c => c.Source.Image);
        Field(x => x.SuccessfulLandings, nullable: true);
        Field(x => x.AttemptedLandings, nullable: true);
        Field(x => x.FailedLandings, nullable: true);
        Field<CelestialBodyGraphType>("celestialBody").Resolve(c => c.Source.CelestialBody);
    }
}

public sealed class CelestialBodyGraphType : ObjectGraphType<CelestialBodyDto>
{
    public CelestialBodyGraphType()
    {
        Name = "CelestialBody";
        Field(x => x.Id);
        Field(x => x.Name, nullable: true);
        Field<CelestialBodyTypeGraphType>("type").Resolve(c => c.Source.Type);
        Field(x => x.Diameter, nullable: true);
        Field(x => x.Mass, nullable: true);
        Field(x => x.Gravity, nullable: true);
        Field(x => x.LengthOfDay, nullable: true).Description(
            "LL2's text, e.g. \"1 00:00:00\" (days hh:mm:ss, not ISO 8601).");
        Field(x => x.Atmosphere, nullable: true);
        Field<ImageGraphType>("image").Resolve(c => c.Source.Image);
        Field(x => x.Description, nullable: true);
        Field(x => x.WikiUrl, nullable: true);
    }
}
