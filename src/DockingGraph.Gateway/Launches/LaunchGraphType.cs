using DockingGraph.Gateway.Common;
using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.Schema.Relay;
using DockingGraph.Gateway.Schema.Scalars;
using DockingGraph.LaunchLibrary.Dtos;
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

    public LaunchGraphType()
        : base("Launch",
            "A launch. Inside a normal docking event LL2 embeds only id, url and name; other fields come from a " +
            "detailed page (a chaser's launch) or from launches/?id=… (100 launches per call).",
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
        FieldOrLoad<IntGraphType>("probability", l => l.Probability);
        FieldOrLoad<StringGraphType>("failreason", l => l.Failreason);
        FieldOrLoad<AgencyGraphType>("launchServiceProvider", l => l.LaunchServiceProvider);
        FieldOrLoad<RocketGraphType>("rocket", l => l.Rocket);
        FieldOrLoad<MissionGraphType>("mission", l => l.Mission);
        FieldOrLoad<PadGraphType>("pad", l => l.Pad);
        FieldOrLoad<BooleanGraphType>("webcastLive", l => l.WebcastLive);
    }
}
