using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.Data.Paging;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.Data.Sorting;
using DockingGraph.Gateway.Errors;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;
using GraphQL;
using GraphQL.Builders;
using GraphQL.MicrosoftDI;

namespace DockingGraph.Gateway.Stations;

/// <summary>
/// LL2's station table (15 rows) is read whole in one call anyway (<see cref="SpaceStationByIdDataLoader"/>, the
/// same request): a <c>where</c> LL2 cannot execute (neq, in/nin, ncontains, startsWith…, eq null, several or
/// branches) is evaluated over it here with Hot Chocolate's semantics, then LL2's search, ordering and paging; one
/// call, the table's, instead of FILTER_NOT_SUPPORTED.
/// </summary>
public static class SpaceStationsLocal
{
    public static readonly LocalWhere<SpaceStationDto> Where = SpaceStationFilter.Whole;

    // Owners' names are joined by a line break: search terms never hold whitespace, so a term is contained in the
    // joined text exactly when one owner's name contains it (DRF's owners__name).
    public static readonly LocalList<SpaceStationDto> List = new(s => s.Id,
    [
        s => s.Name,
        s => s.Owners is { } owners ? string.Join('\n', owners.Select(o => o.Abbrev)) : null,
        s => s.Owners is { } owners ? string.Join('\n', owners.Select(o => o.Name)) : null,
    ],
        new Dictionary<string, Func<SpaceStationDto, IComparable?>>(StringComparer.Ordinal)
        {
            ["docked_vehicles"] = s => (double?)s.DockedVehicles,
            ["founded"] = s => s.Founded,
            ["id"] = s => (double)s.Id,
            ["name"] = s => s.Name,
            ["onboard_crew"] = s => (double?)s.OnboardCrew,
            ["status"] = s => (double?)s.Status?.Id,
            ["type"] = s => (double?)s.Type?.Id,
            ["volume"] = s => s.Volume,
        });

    /// <summary>
    /// Pushed down when LL2 executes the whole <c>where</c> and orders by every sort field; else evaluated over the
    /// whole table (a local order: Hot Chocolate's, ties broken by id).
    /// </summary>
    public static void ResolveStations(this FieldBuilder<object?, object> field) =>
        field.Resolve()
            .WithService<LaunchLibraryClient>()
            .ResolveAsync(async (context, ll2) =>
            {
                var table = SpaceStationsPushDown.Table;
                var where = context.GetArgument<Dictionary<string, object?>?>("where");
                var order = SpaceStationSorting.Sort.Keys(WrittenSortOrder.Read(context, "order"));
                var ll2Orders = order.TrueForAll(key => table.Sorts.Any(sort => sort.Name == key.Path));
                if (table.Ll2Lacks(where) is null && ll2Orders)
                {
                    var (pager, contradiction) = table.Page(context, where);
                    if (contradiction)
                    {
                        return Connection<SpaceStationDto>.Empty();
                    }

                    var page = await UpstreamErrors.CallAsync(() =>
                        ll2.GetPageAsync(pager.Request, context.CancellationToken));
                    return pager.ToConnection(page);
                }

                var (test, joins) = LocalJoins.Bind(() => Where.Compile(where));
                var (local, _) = table.Page(context, null, localCondition: LocalWhere<SpaceStationDto>.Canonical(where)
                    + (ll2Orders ? "" : "#order:" + LocalSort<SpaceStationDto>.Canonical(order)));
                var stations = await UpstreamErrors.CallAsync(() =>
                    ll2.GetAllSpaceStationsAsync(Ll2Mode.Detailed, context.CancellationToken));
                await LocalJoins.ReadAsync([.. joins.Tables, .. LocalSort<SpaceStationDto>.Joins(order)], stations,
                    test, order.Select(k => k.Value), ll2, context.CancellationToken);
                return ll2Orders
                    ? local.ToConnection(List.Answer(stations, local.Request, test))
                    : local.ToConnectionOver(LocalSort<SpaceStationDto>.Sort(
                        List.Matching(stations, local.Request, test), order, s => s.Id));
            });
}
