using DockingGraph.Gateway.Common;
using DockingGraph.Gateway.Schema.Relay;
using DockingGraph.Gateway.Schema.Scalars;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL.Types;

namespace DockingGraph.Gateway.Launches;

public sealed class LaunchGraphType : NodeGraphType<LaunchDto, UuidGraphType>
{
    /// <summary>What LL2's LaunchMini holds; every other field needs LaunchNormal (a detailed docking event for a chaser).</summary>
    public static readonly IReadOnlySet<string> MiniFields = new HashSet<string> { "id", "ll2Id", "url", "name", "__typename" };

    public LaunchGraphType()
        : base("Launch", "A launch. Inside a normal docking event LL2 embeds only id, url and name; the chaser's launch is complete when the gateway asks LL2 for mode=detailed.", l => l.Id)
    {
        Field(x => x.Url, nullable: true);
        Field(x => x.Name, nullable: true);
        Field(x => x.Slug, nullable: true);
        Field(x => x.LaunchDesignator, nullable: true);
        Field<LaunchStatusGraphType>("status").Resolve(c => c.Source.Status);
        Field<Iso8601DateTimeGraphType>("lastUpdated").Resolve(c => c.Source.LastUpdated);
        Field<Iso8601DateTimeGraphType>("net").Description("No earlier than: the launch time.").Resolve(c => c.Source.Net);
        Field<NetPrecisionGraphType>("netPrecision").Resolve(c => c.Source.NetPrecision);
        Field<Iso8601DateTimeGraphType>("windowStart").Resolve(c => c.Source.WindowStart);
        Field<Iso8601DateTimeGraphType>("windowEnd").Resolve(c => c.Source.WindowEnd);
        Field<ImageGraphType>("image").Resolve(c => c.Source.Image);
        Field(x => x.Probability, nullable: true);
        Field(x => x.Failreason, nullable: true);
        Field<AgencyGraphType>("launchServiceProvider").Resolve(c => c.Source.LaunchServiceProvider);
        Field<RocketGraphType>("rocket").Resolve(c => c.Source.Rocket);
        Field<MissionGraphType>("mission").Resolve(c => c.Source.Mission);
        Field<PadGraphType>("pad").Resolve(c => c.Source.Pad);
        Field(x => x.WebcastLive, nullable: true);
    }
}
