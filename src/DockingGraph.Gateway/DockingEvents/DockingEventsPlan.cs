using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.Data.Sorting;
using DockingGraph.Gateway.DockingEvents.Mirror;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;
using GraphQL;

namespace DockingGraph.Gateway.DockingEvents;

/// <summary>
/// The LL2 calls of the root <c>dockingEvents</c> before anything is fetched (<see cref="LocalBlocksPlanner"/>),
/// decided as <see cref="DockingEventsField"/> decides: a where and order LL2 executes is its one page (null); one
/// it cannot is none while the mirror answers, else the aligned detailed blocks LL2's part of the where and the
/// search select (<see cref="LocalBlocks{TDto}"/>); either way LL2's station table once more when the where or the
/// order reads a station field the events do not embed and the cache does not hold the table, and each other table
/// the where or order joins (<see cref="JoinedBlocks"/>).
/// </summary>
public static class DockingEventsPlan
{
    public static readonly LocalBlocksPlanner Planner = Plan;

    private static ILocalBlocks? Plan(IResolveFieldContext context)
    {
        var table = DockingEventsPushDown.Table;
        var where = context.GetArgument<Dictionary<string, object?>?>("where");
        var order = DockingEventSorting.Sort.Keys(WrittenSortOrder.Read(context, "order"));
        if ((table.Ll2Lacks(where) ?? DockingEventSorting.Ll2Lacks(order)) is null)
        {
            return null;
        }

        // A malformed where is refused by the resolver before any call: it throws here too (the table's one page).
        var joined = LocalWhere.NeedsStationTable(where);
        var (_, joins) = LocalJoins.Bind(() => joined
            ? LocalWhere.Compile(where, new Dictionary<int, SpaceStationDto>())
            : table.Local!.Compile(where));
        ILocalBlocks Joined(ILocalBlocks blocks) =>
            new JoinedBlocks(blocks, [.. joins.Tables, .. LocalSort<DockingEventDto>.Joins(order)]);
        var stations = joined || DockingEventSorting.NeedsStationTable(DockingEventSorting.WithTieBreakers(order))
            ? StationTable
            : null;
        var services = context.RequestServices!;
        // Asked as the resolver asks (TryMatchAllLocally), but without counting demand or waking the refresher.
        if (services.GetRequiredService<DockingEventsMirror>().IsAnswering())
        {
            return Joined(LocalBlocks.WithTable(LocalBlocks.None, stations));
        }

        var fold = table.FoldLl2Part(table.Split(where).Ll2);
        if (fold.IsContradiction)
        {
            return LocalBlocks.None;
        }

        var blocks = DockingEventsField.DetailedBlocks(fold, context.GetArgument<string?>("search"));
        return Joined(LocalBlocks.WithTable(new LocalBlocks<DockingEventDto>(blocks, LocalFetch.MaxCalls(context)),
            stations));
    }

    // LaunchLibraryClient.GetAllSpaceStationsAsync(Detailed): the 15 stations in its first page of 100.
    private static Ll2ListQuery<SpaceStationDto> StationTable =>
        new SpaceStationsQuery { Mode = Ll2Mode.Detailed, Limit = LocalFetch.BlockSize, Offset = 0 }.ToListQuery();
}
