using DockingGraph.Gateway.Data.PushDown;
using GraphQL.Types;

namespace DockingGraph.Gateway.Stations;

public static class ExpeditionQueries
{
    public static void AddExpeditionQueries(this ObjectGraphType query) =>
        query.AddListField<object?, ExpeditionsConnectionGraphType, ExpeditionFilterInputGraphType,
                ExpeditionSortInputGraphType>("expeditions",
                "Expeditions, filtered, searched, ordered and paged by LL2: one LL2 call per page.",
                "LL2's search over the expedition name.", "Default: start ascending, then ll2 id.")
            .ResolveFromLl2(ExpeditionsPushDown.Table);
}
