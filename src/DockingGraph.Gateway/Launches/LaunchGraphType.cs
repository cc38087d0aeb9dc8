using DockingGraph.Gateway.Common;
using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.Schema.Relay;
using DockingGraph.Gateway.Schema.Scalars;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace DockingGraph.Gateway.Launches;

public sealed class LaunchGraphType : NodeGraphType<LaunchDto, UuidGraphType, Guid, LaunchByIdDataLoader>
{
    /// <summary>
    /// The fields LL2's LaunchMini (a normal docking event's chaser launch) holds; every other field needs a fuller
    /// serializer (a detailed docking event, or launches/?id=…).
    /// </summary>
    public static readonly IReadOnlySet<string> MiniFields =
        Ll2Shapes.Fields("LaunchMini").Concat(["ll2Id", "__typename"]).ToHashSet(StringComparer.Ordinal);

    private static readonly Func<LaunchDto, bool> IsDetailed = l => l.ResponseMode == "detailed";
    private static readonly IReadOnlySet<string> RocketNormalFields = Ll2Shapes.Fields("RocketNormal");
    private static readonly IReadOnlySet<string> LauncherConfigListFields = Ll2Shapes.Fields("LauncherConfigList");

    public LaunchGraphType()
        : base("Launch",
            "A launch. Inside a normal docking event LL2 embeds only id, url and name; other fields come from a " +
            "detailed page (a chaser's launch) or from launches/?id=… (100 launches per call; mode=detailed for " +
            "the fields only LL2's LaunchDetailed has).",
            l => l.Id, text => Guid.TryParse(text, out var id) ? id : null, Ll2Shapes.Launch)
    {
        Field(x => x.Url, nullable: true);
        Field(x => x.Name, nullable: true);
        FieldOrLoad<StringGraphType>("slug", l => l.Slug);
        FieldOrLoad<StringGraphType>("launchDesignator", l => l.LaunchDesignator);
        FieldOrLoad<LaunchStatusGraphType>("status", l => l.Status);
        FieldOrLoad<Iso8601DateTimeGraphType>("lastUpdated", l => l.LastUpdated);
        FieldOrLoad<Iso8601DateTimeGraphType>("net", l => l.Net, "No earlier than: the launch time.");
        FieldOrLoad<NetPrecisionGraphType>("netPrecision", l => l.NetPrecision);
        FieldOrLoad<Iso8601DateTimeGraphType>("windowStart", l => l.WindowStart);
        FieldOrLoad<Iso8601DateTimeGraphType>("windowEnd", l => l.WindowEnd);
        FieldOrLoad<ImageGraphType>("image", l => l.Image);
        FieldOrLoad<StringGraphType>("infographic", l => l.Infographic, "URL of the launch's infographic.");
        FieldOrLoad<IntGraphType>("probability", l => l.Probability, "Weather probability, percent.");
        FieldOrLoad<StringGraphType>("weatherConcerns", l => l.WeatherConcerns);
        FieldOrLoad<StringGraphType>("failreason", l => l.Failreason);
        FieldOrLoad<StringGraphType>("hashtag", l => l.Hashtag);
        UpgradedField<AgencyGraphType>("launchServiceProvider",
            l => IsDetailed(l) ? AgencyGraphType.Detailed(l.LaunchServiceProvider) : l.LaunchServiceProvider,
            context => ShortForm.SelectsBeyond(context, context.FieldAst.SelectionSet, AgencyGraphType.MiniFields),
            "A normal launch embeds its provider as AgencyMini; selecting more reads the detailed launch.");
        UpgradedField<RocketGraphType>("rocket", l => l.Rocket, NeedsDetailedRocket,
            "A normal launch embeds RocketNormal (id, configuration's list form); selecting the stages, payloads " +
            "or configuration details reads the detailed launch.");
        FieldOrLoad<MissionGraphType>("mission", l => l.Mission);
        FieldOrLoad<PadGraphType>("pad", l => l.Pad);
        FieldOrLoad<BooleanGraphType>("webcastLive", l => l.WebcastLive);
        FieldOrLoad<ListGraphType<NonNullGraphType<ProgramGraphType>>>("program", l => l.Program);
        FieldOrLoad<IntGraphType>("orbitalLaunchAttemptCount", l => l.OrbitalLaunchAttemptCount);
        FieldOrLoad<IntGraphType>("locationLaunchAttemptCount", l => l.LocationLaunchAttemptCount);
        FieldOrLoad<IntGraphType>("padLaunchAttemptCount", l => l.PadLaunchAttemptCount);
        FieldOrLoad<IntGraphType>("agencyLaunchAttemptCount", l => l.AgencyLaunchAttemptCount);
        FieldOrLoad<IntGraphType>("orbitalLaunchAttemptCountYear", l => l.OrbitalLaunchAttemptCountYear);
        FieldOrLoad<IntGraphType>("locationLaunchAttemptCountYear", l => l.LocationLaunchAttemptCountYear);
        FieldOrLoad<IntGraphType>("padLaunchAttemptCountYear", l => l.PadLaunchAttemptCountYear);
        FieldOrLoad<IntGraphType>("agencyLaunchAttemptCountYear", l => l.AgencyLaunchAttemptCountYear);
        DetailedField<StringGraphType>("flightclubUrl", l => l.FlightclubUrl);
        DetailedField<ListGraphType<NonNullGraphType<LaunchUpdateGraphType>>>("updates", l => l.Updates);
        DetailedField<ListGraphType<NonNullGraphType<InfoUrlGraphType>>>("infoUrls", l => l.InfoUrls);
        DetailedField<ListGraphType<NonNullGraphType<VidUrlGraphType>>>("vidUrls", l => l.VidUrls);
        DetailedField<ListGraphType<NonNullGraphType<TimelineEventGraphType>>>("timeline", l => l.Timeline);
        DetailedField<DurationGraphType>("padTurnaround", l => l.PadTurnaround);
        DetailedField<ListGraphType<NonNullGraphType<MissionPatchGraphType>>>("missionPatches",
            l => l.MissionPatches);
    }

    private static bool NeedsDetailedRocket(IResolveFieldContext context)
    {
        var rocketSelection = context.FieldAst.SelectionSet;
        if (ShortForm.SelectsBeyond(context, rocketSelection, RocketNormalFields))
        {
            return true;
        }

        return ShortForm.Fields(context, rocketSelection, [])
            .Where(f => f.Name.StringValue == "configuration")
            .Any(f => ShortForm.SelectsBeyond(context, f.SelectionSet, LauncherConfigListFields));
    }

    /// <summary>A field only LL2's LaunchDetailed has: embedded in a detailed launch, else the detailed load.</summary>
    private void DetailedField<TGraphType>(string name, Func<LaunchDto, object?> select, string? description = null)
        where TGraphType : IGraphType =>
        Field<TGraphType>(name).Description(description)
            .Resolve()
            .WithService<LaunchDetailByIdDataLoader>()
            .Resolve((context, detailed) => EmbeddedOrLoaded.Resolve(select(context.Source),
                IsDetailed(context.Source), () => detailed.Load(context.Source.Id), select));

    /// <summary>
    /// A field a normal launch embeds in a short form (its provider as AgencyMini): the embedded value unless the
    /// selection needs more (<paramref name="needsMore"/>), then the detailed launch's; a launch embedded without
    /// the field at all (LaunchMini) loads it with the other LaunchNormal fields.
    /// </summary>
    private void UpgradedField<TGraphType>(string name, Func<LaunchDto, object?> select,
        Func<IResolveFieldContext, bool> needsMore, string description)
        where TGraphType : IGraphType
    {
        var held = Ll2Shapes.Launch.Holds(ShortForm.SnakeCase(name));
        Field<TGraphType>(name).Description(description)
            .Resolve()
            .WithServices<LaunchByIdDataLoader, LaunchDetailByIdDataLoader>()
            .Resolve((context, normal, detailed) =>
            {
                var launch = context.Source;
                if (IsDetailed(launch))
                {
                    return select(launch);
                }

                if (needsMore(context))
                {
                    return detailed.Load(launch.Id).Then(full => full is null ? null : select(full));
                }

                return EmbeddedOrLoaded.Resolve(select(launch), held(launch), () => normal.Load(launch.Id), select);
            });
    }
}
