using DockingGraph.Gateway.Data.Paging;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.DataLoading;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;
using GraphQL;
using GraphQL.Types;
using GraphQL.MicrosoftDI;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.DockingEvents;

/// <summary>
/// The <c>dockingEvents(first after last before search where order)</c> connection, at the root and on a parent
/// (station, docking location, chaser flight) whose id is pushed down as one more LL2 filter. One LL2 call per page.
/// </summary>
public static class DockingEventsField
{
    /// <summary>A parent whose id a nested dockingEvents field pushes down: its node type name and LL2 id.</summary>
    public sealed record Parent(string TypeName, int Ll2Id);

    public static void AddDockingEventsField<TSource>(this ObjectGraphType<TSource> type, string description,
        Func<TSource, Parent>? parent = null) =>
        type.AddListField<TSource, DockingEventsConnectionGraphType, DockingEventFilterInputGraphType,
                DockingEventSortInputGraphType>("dockingEvents",
                description, "LL2's search: every word must appear in a location, spacecraft, payload or station name.",
                "Default: docking ascending, then departure ascending.")
            .Resolve()
            .WithServices<DockingEventPageByQueryDataLoader, IOptions<DockingEventsOptions>>()
            .Resolve((context, pages, options) =>
                Resolve(context, parent?.Invoke(context.Source), pages, options.Value));

    private static object Resolve(IResolveFieldContext context, Parent? parent, DockingEventPageByQueryDataLoader pages,
        DockingEventsOptions options)
    {
        var (pager, contradiction) = DockingEventsPushDown.Table.Page(context,
            parent is null ? null : fold => RequireParent(fold, parent));
        if (contradiction)
        {
            return Connection<DockingEventDto>.Empty();
        }

        var detailed = DetailedModeSelection.IsNeeded(context, options.ChaserUpgrades);
        var request = pager.Request with { Mode = detailed ? Ll2Mode.Detailed : Ll2Mode.Normal };
        return pages.Load(request).Then(page => pager.ToConnection(page ?? new PageDto<DockingEventDto>()));
    }

    private static void RequireParent(WhereFold fold, Parent parent)
    {
        var filter = DockingEventsPushDown.Table.Filters.OfType<NodeIdEquals>()
            .Single(f => f.NodeType == parent.TypeName);
        fold.RequireValue(filter.Parameter, parent.Ll2Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
