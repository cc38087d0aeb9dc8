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

        query.AddListField<object?, LaunchesConnectionGraphType, LaunchFilterInputGraphType,
                LaunchSortInputGraphType>("upcomingLaunches",
                "LL2's upcoming launches (launches/upcoming/, mode=normal: net from 24 hours before LL2's now, or " +
                "from now with hideRecentPrevious), filtered, searched, ordered and paged by LL2: one LL2 call per " +
                "page.",
                "LL2's search over the launch name, launch designator and mission name.",
                "Default: net ascending, then LL2 UUID.")
            .Argument<BooleanGraphType>("hideRecentPrevious",
                "true: leave out the launches of the past 24 hours, which LL2 includes by default " +
                "(→ hide_recent_previous=true).")
            .ResolveFromLl2(LaunchesPushDown.Upcoming, HideRecentPrevious);

        query.AddListField<object?, LaunchesConnectionGraphType, LaunchFilterInputGraphType,
                LaunchSortInputGraphType>("previousLaunches",
                "LL2's previous launches (launches/previous/, mode=normal: net before LL2's now), filtered, " +
                "searched, ordered and paged by LL2: one LL2 call per page.",
                "LL2's search over the launch name, launch designator and mission name.",
                "Default: net descending (the latest first), then LL2 UUID.")
            .ResolveFromLl2(LaunchesPushDown.Previous);
    }

    // An argument, not a where field: it is no field of Launch (HC derives where from the type's fields) but a
    // parameter of LL2's upcoming list itself. false and null are LL2's default, so nothing is sent.
    private static Action<WhereFold>? HideRecentPrevious(IResolveFieldContext context) =>
        context.GetArgument<bool?>("hideRecentPrevious") == true
            ? fold => fold.RequireValue("hide_recent_previous", "true")
            : null;

    internal static Guid ParseId(string id) =>
        Guid.TryParse(id, out var plain) ? plain
        : GlobalId.TryDecode(id, out var type, out var raw) && type == "Launch" && Guid.TryParse(raw, out var decoded)
            ? decoded
        : throw new GatewayError(ErrorCodes.InvalidId,
            $"'{GlobalId.Shorten(id)}' is neither a Launch id nor an LL2 launch UUID.");
}
