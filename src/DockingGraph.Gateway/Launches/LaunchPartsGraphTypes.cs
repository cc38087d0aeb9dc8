using DockingGraph.Gateway.Common;
using DockingGraph.Gateway.Flights;
using DockingGraph.Gateway.Landings;
using DockingGraph.Gateway.Payloads;
using DockingGraph.Gateway.Schema.Scalars;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL.Types;

namespace DockingGraph.Gateway.Launches;

public sealed class RocketGraphType : ObjectGraphType<RocketDto>
{
    public RocketGraphType()
    {
        Name = "Rocket";
        Description = "A launch's rocket: RocketNormal in a normal launch, RocketDetailed (with the stages and " +
            "payloads) in a detailed one.";
        Field(x => x.Id);
        Field<LauncherConfigGraphType>("configuration").Resolve(c => c.Source.Configuration);
        Field<ListGraphType<NonNullGraphType<FirstStageGraphType>>>("launcherStage")
            .Resolve(c => c.Source.LauncherStage);
        Field<ListGraphType<NonNullGraphType<SpacecraftFlightGraphType>>>("spacecraftStage")
            .Resolve(c => c.Source.SpacecraftStage);
        Field<ListGraphType<NonNullGraphType<PayloadFlightGraphType>>>("payloads").Resolve(c => c.Source.Payloads);
    }
}

/// <summary>LauncherConfigList (a normal launch's rocket) or LauncherConfigDetailed (a detailed launch's).</summary>
public sealed class LauncherConfigGraphType : ObjectGraphType<LauncherConfigDto>
{
    public LauncherConfigGraphType()
    {
        Name = "LauncherConfig";
        Description = "A rocket model (Soyuz 2.1a, Falcon 9 Block 5, …).";
        Field(x => x.Id);
        Field(x => x.Url, nullable: true);
        Field(x => x.Name, nullable: true);
        Field<ListGraphType<NonNullGraphType<LauncherConfigFamilyGraphType>>>("families")
            .Resolve(c => c.Source.Families);
        Field(x => x.FullName, nullable: true);
        Field(x => x.Variant, nullable: true);
        Field(x => x.Active, nullable: true);
        Field(x => x.IsPlaceholder, nullable: true);
        Field<AgencyGraphType>("manufacturer")
            .Resolve(c => c.Source.ResponseMode == "detailed" ? AgencyGraphType.Detailed(c.Source.Manufacturer)
                : c.Source.Manufacturer);
        Field<ListGraphType<NonNullGraphType<ProgramGraphType>>>("program").Resolve(c => c.Source.Program);
        Field(x => x.Reusable, nullable: true);
        Field<ImageGraphType>("image").Resolve(c => c.Source.Image);
        Field(x => x.InfoUrl, nullable: true);
        Field(x => x.WikiUrl, nullable: true);
        Field(x => x.Description, nullable: true);
        Field(x => x.Alias, nullable: true);
        Field(x => x.MinStage, nullable: true);
        Field(x => x.MaxStage, nullable: true);
        Field(x => x.Length, nullable: true).Description("Metres.");
        Field(x => x.Diameter, nullable: true).Description("Metres.");
        Field<CalendarDateGraphType>("maidenFlight").Resolve(c => c.Source.MaidenFlight);
        Field<FloatGraphType>("launchCost").Description("US dollars.").Resolve(c => (double?)c.Source.LaunchCost);
        Field(x => x.LaunchMass, nullable: true).Description("Tonnes.");
        Field(x => x.LeoCapacity, nullable: true).Description("Kilograms.");
        Field(x => x.GtoCapacity, nullable: true).Description("Kilograms.");
        Field(x => x.GeoCapacity, nullable: true).Description("Kilograms.");
        Field(x => x.SsoCapacity, nullable: true).Description("Kilograms.");
        Field(x => x.ToThrust, nullable: true).Description("Thrust at liftoff, kN.");
        Field(x => x.Apogee, nullable: true).Description("Kilometres.");
        Field(x => x.TotalLaunchCount, nullable: true);
        Field(x => x.ConsecutiveSuccessfulLaunches, nullable: true);
        Field(x => x.SuccessfulLaunches, nullable: true);
        Field(x => x.FailedLaunches, nullable: true);
        Field(x => x.PendingLaunches, nullable: true);
        Field(x => x.AttemptedLandings, nullable: true);
        Field(x => x.SuccessfulLandings, nullable: true);
        Field(x => x.FailedLandings, nullable: true);
        Field(x => x.ConsecutiveSuccessfulLandings, nullable: true);
        Field<DurationGraphType>("fastestTurnaround").Resolve(c => c.Source.FastestTurnaround);
    }
}

public sealed class LauncherConfigFamilyGraphType : ObjectGraphType<LauncherConfigFamilyDto>
{
    public LauncherConfigFamilyGraphType()
    {
        Name = "LauncherConfigFamily";
        Description = "A rocket family (LL2's LauncherConfigFamilyMini: id and name).";
        Field(x => x.Id);
        Field(x => x.Name, nullable: true);
    }
}

/// <summary>A booster's flight (FirstStageNormal); no recording holds one.</summary>
public sealed class FirstStageGraphType : ObjectGraphType<FirstStageDto>
{
    public FirstStageGraphType()
    {
        Name = "FirstStage";
        Field(x => x.Id);
        Field<FirstStageTypeGraphType>("type").Resolve(c => c.Source.Type);
        Field(x => x.Reused, nullable: true);
        Field(x => x.LauncherFlightNumber, nullable: true);
        Field<LauncherGraphType>("launcher").Resolve(c => c.Source.Launcher);
        Field<Iso8601DateTimeGraphType>("previousFlightDate").Resolve(c => c.Source.PreviousFlightDate);
        Field<DurationGraphType>("turnAroundTime").Resolve(c => c.Source.TurnAroundTime);
        Field<LandingGraphType>("landing").Resolve(c => c.Source.Landing);
        Field<LaunchGraphType>("previousFlight").Resolve(c => c.Source.PreviousFlight);
    }
}

/// <summary>A booster (LauncherNormal).</summary>
public sealed class LauncherGraphType : ObjectGraphType<LauncherDto>
{
    public LauncherGraphType()
    {
        Name = "Launcher";
        Field(x => x.Id);
        Field(x => x.Url, nullable: true);
        Field(x => x.FlightProven, nullable: true);
        Field(x => x.SerialNumber, nullable: true);
        Field(x => x.IsPlaceholder, nullable: true);
        Field<LauncherStatusGraphType>("status").Resolve(c => c.Source.Status);
        Field<ImageGraphType>("image").Resolve(c => c.Source.Image);
        Field(x => x.Details, nullable: true);
        Field(x => x.SuccessfulLandings, nullable: true);
        Field(x => x.AttemptedLandings, nullable: true);
        Field(x => x.Flights, nullable: true);
        Field<Iso8601DateTimeGraphType>("lastLaunchDate").Resolve(c => c.Source.LastLaunchDate);
        Field<Iso8601DateTimeGraphType>("firstLaunchDate").Resolve(c => c.Source.FirstLaunchDate);
        Field<DurationGraphType>("fastestTurnaround").Resolve(c => c.Source.FastestTurnaround);
    }
}

public sealed class MissionGraphType : ObjectGraphType<MissionDto>
{
    public MissionGraphType()
    {
        Name = "Mission";
        Field(x => x.Id);
        Field(x => x.Name, nullable: true);
        Field(x => x.Type, nullable: true);
        Field(x => x.Description, nullable: true);
        Field<ImageGraphType>("image").Resolve(c => c.Source.Image);
        Field<OrbitGraphType>("orbit").Resolve(c => c.Source.Orbit);
        Field<ListGraphType<NonNullGraphType<AgencyGraphType>>>("agencies")
            .Resolve(c => AgencyGraphType.Detailed(c.Source.Agencies));
        Field<ListGraphType<NonNullGraphType<InfoUrlGraphType>>>("infoUrls").Resolve(c => c.Source.InfoUrls);
        Field<ListGraphType<NonNullGraphType<VidUrlGraphType>>>("vidUrls").Resolve(c => c.Source.VidUrls);
    }
}

public sealed class OrbitGraphType : ObjectGraphType<OrbitDto>
{
    public OrbitGraphType()
    {
        Name = "Orbit";
        Field(x => x.Id);
        Field(x => x.Name, nullable: true);
        Field(x => x.Abbrev, nullable: true);
        Field<CelestialBodyGraphType>("celestialBody")
            .Description("LL2 embeds CelestialBodyMini here: id and name.")
            .Resolve(c => c.Source.CelestialBody);
    }
}

public sealed class PadGraphType : ObjectGraphType<PadDto>
{
    public PadGraphType()
    {
        Name = "Pad";
        Description = "A launch pad (LL2 embeds its full Pad serializer in normal and detailed launches).";
        Field(x => x.Id);
        Field(x => x.Url, nullable: true);
        Field(x => x.Active, nullable: true);
        Field<ListGraphType<NonNullGraphType<AgencyGraphType>>>("agencies").Resolve(c => c.Source.Agencies);
        Field(x => x.Name, nullable: true);
        Field<ImageGraphType>("image").Resolve(c => c.Source.Image);
        Field(x => x.Description, nullable: true);
        Field(x => x.InfoUrl, nullable: true);
        Field(x => x.WikiUrl, nullable: true);
        Field(x => x.MapUrl, nullable: true);
        Field(x => x.Latitude, nullable: true);
        Field(x => x.Longitude, nullable: true);
        Field<CountryGraphType>("country").Resolve(c => c.Source.Country);
        Field(x => x.MapImage, nullable: true);
        Field(x => x.TotalLaunchCount, nullable: true);
        Field(x => x.OrbitalLaunchAttemptCount, nullable: true);
        Field<DurationGraphType>("fastestTurnaround").Resolve(c => c.Source.FastestTurnaround);
        Field<PadLocationGraphType>("location").Resolve(c => c.Source.Location);
    }
}

/// <summary>LL2's <c>Location</c> (a launch site) as a pad embeds it.</summary>
public sealed class PadLocationGraphType : ObjectGraphType<PadLocationDto>
{
    public PadLocationGraphType()
    {
        Name = "PadLocation";
        Field(x => x.Id);
        Field(x => x.Url, nullable: true);
        Field(x => x.Name, nullable: true);
        Field<CelestialBodyGraphType>("celestialBody").Resolve(c => c.Source.CelestialBody);
        Field(x => x.Active, nullable: true);
        Field<CountryGraphType>("country").Resolve(c => c.Source.Country);
        Field(x => x.Description, nullable: true);
        Field<ImageGraphType>("image").Resolve(c => c.Source.Image);
        Field(x => x.MapImage, nullable: true);
        Field(x => x.Longitude, nullable: true);
        Field(x => x.Latitude, nullable: true);
        Field(x => x.TimezoneName, nullable: true);
        Field(x => x.TotalLaunchCount, nullable: true);
        Field(x => x.TotalLandingCount, nullable: true);
    }
}

/// <summary>LL2's <c>ProgramNormal</c>, the form launches embed.</summary>
public sealed class ProgramGraphType : ObjectGraphType<ProgramDto>
{
    public ProgramGraphType()
    {
        Name = "Program";
        Field(x => x.Id);
        Field(x => x.Url, nullable: true);
        Field(x => x.Name, nullable: true);
        Field<ImageGraphType>("image").Resolve(c => c.Source.Image);
        Field(x => x.InfoUrl, nullable: true);
        Field(x => x.WikiUrl, nullable: true);
        Field(x => x.Description, nullable: true);
        Field<ListGraphType<NonNullGraphType<AgencyGraphType>>>("agencies").Resolve(c => c.Source.Agencies);
        Field<Iso8601DateTimeGraphType>("startDate").Resolve(c => c.Source.StartDate);
        Field<Iso8601DateTimeGraphType>("endDate").Resolve(c => c.Source.EndDate);
        Field<ListGraphType<NonNullGraphType<MissionPatchGraphType>>>("missionPatches")
            .Resolve(c => c.Source.MissionPatches);
        Field<ProgramTypeGraphType>("type").Resolve(c => c.Source.Type);
    }
}

/// <summary>LL2's <c>Update</c>: a news note on a launch.</summary>
public sealed class LaunchUpdateGraphType : ObjectGraphType<LaunchUpdateDto>
{
    public LaunchUpdateGraphType()
    {
        Name = "LaunchUpdate";
        Field(x => x.Id, nullable: true);
        Field(x => x.ProfileImage, nullable: true);
        Field(x => x.Comment, nullable: true);
        Field(x => x.InfoUrl, nullable: true);
        Field(x => x.CreatedBy, nullable: true);
        Field<Iso8601DateTimeGraphType>("createdOn").Resolve(c => c.Source.CreatedOn);
    }
}

public sealed class TimelineEventGraphType : ObjectGraphType<TimelineEventDto>
{
    public TimelineEventGraphType()
    {
        Name = "TimelineEvent";
        Field<TimelineEventTypeGraphType>("type").Resolve(c => c.Source.Type);
        Field<DurationGraphType>("relativeTime").Description("Relative to T-0 (ISO 8601, may be negative).")
            .Resolve(c => c.Source.RelativeTime);
    }
}

public sealed class TimelineEventTypeGraphType : ObjectGraphType<TimelineEventTypeDto>
{
    public TimelineEventTypeGraphType()
    {
        Name = "TimelineEventType";
        Field(x => x.Id, nullable: true);
        Field(x => x.Abbrev, nullable: true);
        Field(x => x.Description, nullable: true);
    }
}
