using DockingGraph.Gateway.Data.Paging;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.DockingEvents.Mirror;
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
            .WithServices<DockingEventPageByQueryDataLoader, IOptions<DockingEventsOptions>, DockingEventPages>()
            .Resolve((context, pages, options, mirrored) =>
                Resolve(context, parent?.Invoke(context.Source), pages, options.Value, mirrored));

    private static object Resolve(IResolveFieldContext context, Parent? parent, DockingEventPageByQueryDataLoader pages,
        DockingEventsOptions options, DockingEventPages mirrored)
    {
        var where = context.GetArgument<Dictionary<string, object?>?>("where");
        if (DockingEventsPushDown.Table.Ll2Lacks(where) is { } lacking)
        {
            return FromMirror(context, parent, where, lacking, mirrored);
        }

        var (pager, contradiction) = DockingEventsPushDown.Table.Page(context, where,
            parent is null ? null : fold => RequireParent(fold, parent));
        if (contradiction)
        {
            return Connection<DockingEventDto>.Empty();
        }

        var detailed = DetailedModeSelection.IsNeeded(context, options.ChaserUpgrades);
        var request = pager.Request with { Mode = detailed ? Ll2Mode.Detailed : Ll2Mode.Normal };
        return pages.Load(request).Then(page => pager.ToConnection(page ?? new PageDto<DockingEventDto>()));
    }

    /// <summary>
    /// A <c>where</c> LL2 cannot execute, evaluated over the whole mirrored collection, then counted and paged; no
    /// call. Without a complete, fresh mirror it is refused: pushing the LL2-executable part down and filtering each
    /// page would give wrong counts and pages, and filtering the whole superset would cost many calls.
    /// </summary>
    private static Connection<DockingEventDto> FromMirror(IResolveFieldContext context, Parent? parent,
        IDictionary<string, object?>? where, string lacking, DockingEventPages mirrored)
    {
        var test = LocalWhere.Compile(where);
        var (pager, _) = DockingEventsPushDown.Table.Page(context, null,
            parent is null ? null : fold => RequireParent(fold, parent), LocalWhere.Canonical(where));
        if (mirrored.TryAnswerLocally(pager.Request, test) is { } page)
        {
            return pager.ToConnection(page);
        }

        // A root or, or one inside an operation input (docking.or).
        var alternative = lacking.StartsWith("or", StringComparison.Ordinal)
            || lacking.EndsWith(".or", StringComparison.Ordinal)
            ? " Or send one aliased dockingEvents field per alternative."
            : "";
        throw DockingEventsPushDown.Table.NotSupported(
            $"LL2 cannot execute {lacking} on docking events, and {mirrored.MirrorUnavailable}.{alternative}");
    }

    private static void RequireParent(WhereFold fold, Parent parent)
    {
        var filter = DockingEventsPushDown.Table.Filters.OfType<NodeIdEquals>()
            .Single(f => f.NodeType == parent.TypeName);
        fold.RequireValue(filter.Parameter, parent.Ll2Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
