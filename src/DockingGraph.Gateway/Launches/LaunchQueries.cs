using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.Errors;
using DockingGraph.Gateway.Schema.Relay;
using GraphQL;
using GraphQL.Types;
using GraphQL.MicrosoftDI;

namespace DockingGraph.Gateway.Launches;

public static class LaunchQueries
{
    public static void AddLaunchQueries(this ObjectGraphType query)
    {
        query.Field<LaunchGraphType>("launch")
            .Description(
                "One launch by global id or LL2 UUID (batched with every other launch of the request: launches/?id=…).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve()
            .WithService<LaunchByIdDataLoader>()
            .Resolve((context, launches) =>
            {
                var id = ParseId(context.GetArgument<string>("id"));
                return launches.Load(id).Then(launch => launch ?? throw NotFound.Of("Launch", id));
            });

        query.AddListField<object?, LaunchesConnectionGraphType, LaunchFilterInputGraphType,
                LaunchSortInputGraphType>("launches",
                "Launches, filtered, searched, ordered and paged by LL2 (launches/, mode=normal): one LL2 call per " +
                "page.",
                "LL2's search over the launch name, launch designator and mission name.",
                "Default: net ascending, then LL2 UUID.")
            .ResolveFromLl2(LaunchesPushDown.Table);
    }

    internal static Guid ParseId(string id) =>
        Guid.TryParse(id, out var plain) ? plain
        : GlobalId.TryDecode(id, out var type, out var raw) && type == "Launch" && Guid.TryParse(raw, out var decoded)
            ? decoded
        : throw new GatewayError(ErrorCodes.InvalidId,
            $"'{GlobalId.Shorten(id)}' is neither a Launch id nor an LL2 launch UUID.");
}
