using DockingGraph.Gateway.Common;
using DockingGraph.Gateway.Schema.Relay;
using DockingGraph.Gateway.Schema.Scalars;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.Gateway.DataLoading;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Gateway.Launches;

public sealed class LaunchGraphType : NodeGraphType<LaunchDto, UuidGraphType, Guid?>
{
    /// <summary>What LL2's LaunchMini holds; every other field needs LaunchNormal (a detailed docking event for a chaser).</summary>
    public static readonly IReadOnlySet<string> MiniFields = new HashSet<string> { "id", "ll2Id", "url", "name", "__typename" };

    public LaunchGraphType()
        : base("Launch", "A launch. Inside a normal docking event LL2 embeds only id, url and name; other fields come from a detailed page (a chaser's launch) or from launches/?id=… (100 launches per call).", l => l.Id,
            text => Guid.TryParse(text, out var id) ? id : null,
            (services, id) => services.GetRequiredService<LaunchByIdDataLoader>().Load(id!.Value))
    {
        Field(x => x.Url, nullable: true);
        Field(x => x.Name, nullable: true);
        Full<StringGraphType>("slug", l => l.Slug);
        Full<StringGraphType>("launchDesignator", l => l.LaunchDesignator);
        Full<LaunchStatusGraphType>("status", l => l.Status);
        Full<Iso8601DateTimeGraphType>("lastUpdated", l => l.LastUpdated);
        Full<Iso8601DateTimeGraphType>("net", l => l.Net, "No earlier than: the launch time.");
        Full<NetPrecisionGraphType>("netPrecision", l => l.NetPrecision);
        Full<Iso8601DateTimeGraphType>("windowStart", l => l.WindowStart);
        Full<Iso8601DateTimeGraphType>("windowEnd", l => l.WindowEnd);
        Full<ImageGraphType>("image", l => l.Image);
        Full<IntGraphType>("probability", l => l.Probability);
        Full<StringGraphType>("failreason", l => l.Failreason);
        Full<AgencyGraphType>("launchServiceProvider", l => l.LaunchServiceProvider);
        Full<RocketGraphType>("rocket", l => l.Rocket);
        Full<MissionGraphType>("mission", l => l.Mission);
        Full<PadGraphType>("pad", l => l.Pad);
        Full<BooleanGraphType>("webcastLive", l => l.WebcastLive);
    }

    // A LaunchMini (response_mode absent) has only id, url and name: the rest comes from launches/?id=…, batched.
    private void Full<TGraphType>(string name, Func<LaunchDto, object?> select, string? description = null)
        where TGraphType : IGraphType =>
        this.FieldOrLoad<TGraphType, LaunchDto>(name, select, l => l.ResponseMode is not null,
            c => c.RequestServices!.GetRequiredService<LaunchByIdDataLoader>().Load(c.Source.Id), description);
}
