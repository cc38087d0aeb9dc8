using DockingGraph.Gateway.Common;
using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.Schema.Scalars;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Gateway.Flights;

/// <summary>
/// SpacecraftConfigNormal (a normal spacecraft's, a docking location's) or SpacecraftConfigDetailed (a detailed
/// spacecraft's). A detailed-only field of a normal configuration is read from LL2's configuration table
/// (<c>spacecraft_configurations/?mode=detailed</c>): one call for every configuration of the request, where a
/// spacecraft's own detail would be one call per spacecraft.
/// </summary>
public sealed class SpacecraftConfigGraphType : ObjectGraphType<SpacecraftConfigDto>
{
    public SpacecraftConfigGraphType()
    {
        Name = "SpacecraftConfig";
        Description = "A spacecraft model (Soyuz, Cargo Dragon 2, …).";
        Field(x => x.Id);
        Field(x => x.Url, nullable: true);
        Field(x => x.Name, nullable: true);
        Field<SpacecraftConfigTypeGraphType>("type").Resolve(c => c.Source.Type);
        Field<AgencyGraphType>("agency").Resolve(c => c.Source.Agency);
        Field<ListGraphType<NonNullGraphType<SpacecraftFamilyGraphType>>>("family").Resolve(c => c.Source.Family);
        Field(x => x.InUse, nullable: true);
        Field<ImageGraphType>("image").Resolve(c => c.Source.Image);
        Detailed<StringGraphType>("capability", s => s.Capability);
        Detailed<StringGraphType>("history", s => s.History);
        Detailed<StringGraphType>("details", s => s.Details);
        Detailed<CalendarDateGraphType>("maidenFlight", s => s.MaidenFlight);
        Detailed<FloatGraphType>("height", s => s.Height, "Metres.");
        Detailed<FloatGraphType>("diameter", s => s.Diameter, "Metres.");
        Detailed<BooleanGraphType>("humanRated", s => s.HumanRated);
        Detailed<IntGraphType>("crewCapacity", s => s.CrewCapacity);
        Detailed<FloatGraphType>("payloadCapacity", s => s.PayloadCapacity, "Kilograms.");
        Detailed<FloatGraphType>("payloadReturnCapacity", s => s.PayloadReturnCapacity, "Kilograms.");
        Detailed<StringGraphType>("flightLife", s => s.FlightLife, "LL2's text, e.g. \"14 days\".");
        Detailed<StringGraphType>("wikiLink", s => s.WikiLink);
        Detailed<StringGraphType>("infoLink", s => s.InfoLink);
        Detailed<IntGraphType>("spacecraftFlown", s => s.SpacecraftFlown);
        Detailed<IntGraphType>("totalLaunchCount", s => s.TotalLaunchCount);
        Detailed<IntGraphType>("successfulLaunches", s => s.SuccessfulLaunches);
        Detailed<IntGraphType>("failedLaunches", s => s.FailedLaunches);
        Detailed<IntGraphType>("attemptedLandings", s => s.AttemptedLandings);
        Detailed<IntGraphType>("successfulLandings", s => s.SuccessfulLandings);
        Detailed<IntGraphType>("failedLandings", s => s.FailedLandings);
        Detailed<DurationGraphType>("fastestTurnaround", s => s.FastestTurnaround);
    }

    private void Detailed<TGraphType>(string name, Func<SpacecraftConfigDto, object?> select,
        string? description = null)
        where TGraphType : IGraphType =>
        Field<TGraphType>(name).Description(description).Resolve(context =>
        {
            var config = context.Source;
            if (config.ResponseMode == "detailed")
            {
                return select(config);
            }

            return context.RequestServices!.GetRequiredService<SpacecraftConfigByIdDataLoader>().Load(config.Id)
                .Then(detailed => detailed is null ? null : select(detailed));
        });
}

/// <summary>
/// SpacecraftConfigFamilyNormal, or SpacecraftConfigFamilyDetailed with the counts (a detailed configuration's
/// families; both write <c>response_mode: normal</c>, so a normal family's counts are null).
/// </summary>
public sealed class SpacecraftFamilyGraphType : ObjectGraphType<SpacecraftFamilyDto>
{
    public SpacecraftFamilyGraphType()
    {
        Name = "SpacecraftFamily";
        Field(x => x.Id);
        Field(x => x.Name, nullable: true);
        Field(x => x.Description, nullable: true);
        Field<AgencyGraphType>("manufacturer").Resolve(c => c.Source.Manufacturer);
        Field<SpacecraftFamilyGraphType>("parent").Resolve(c => c.Source.Parent);
        Field<CalendarDateGraphType>("maidenFlight").Resolve(c => c.Source.MaidenFlight);
        Field(x => x.SpacecraftFlown, nullable: true);
        Field(x => x.TotalLaunchCount, nullable: true);
        Field(x => x.SuccessfulLaunches, nullable: true);
        Field(x => x.FailedLaunches, nullable: true);
        Field(x => x.AttemptedLandings, nullable: true);
        Field(x => x.SuccessfulLandings, nullable: true);
        Field(x => x.FailedLandings, nullable: true);
    }
}
