using DockingGraph.Gateway.Data.Paging;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.Errors;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Gateway.Stations;

public static class ExpeditionQueries
{
    public static void AddExpeditionQueries(this ObjectGraphType query) =>
        query.AddListField<object?, ExpeditionsConnectionGraphType, ExpeditionFilterInputGraphType, ExpeditionSortInputGraphType>("expeditions",
                "Expeditions, filtered, searched, ordered and paged by LL2: one LL2 call per page.",
                "LL2's search over the expedition name.", "Default: start ascending, then ll2 id.")
            .ResolveAsync(async context =>
            {
                var (pager, contradiction) = ExpeditionsPushDown.Table.Page(context);
                if (contradiction)
                {
                    return Connection<ExpeditionDto>.Empty();
                }

                var ll2 = context.RequestServices!.GetRequiredService<LaunchLibraryClient>();
                return pager.ToConnection(await UpstreamErrors.CallAsync(() => ll2.GetPageAsync(pager.Request, context.CancellationToken)));
            });
}
