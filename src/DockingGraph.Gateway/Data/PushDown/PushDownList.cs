using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.Data.Paging;
using DockingGraph.Gateway.Data.Sorting;
using DockingGraph.Gateway.Errors;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Queries;
using GraphQL;
using GraphQL.Builders;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace DockingGraph.Gateway.Data.PushDown;

/// <summary>
/// The recipe for a filtered, searched, sorted and paged list over one LL2 endpoint: Hot Chocolate's arguments on
/// the field, and the one LL2 page they ask for.
/// </summary>
public static class PushDownList
{
    /// <summary>A connection field with <c>first after last before search where order</c>.</summary>
    public static FieldBuilder<TSource, object> AddListField<TSource, TConnection, TFilter, TSort>(
        this ObjectGraphType<TSource> type, string name, string description, string searchDescription,
        string orderDescription)
        where TConnection : IGraphType
        where TFilter : IGraphType
        where TSort : IGraphType =>
        type.Field<TConnection>(name)
            .Description(description)
            .PagingArguments()
            .Argument<StringGraphType>("search", searchDescription)
            .Argument<TFilter>("where")
            .Argument<ListGraphType<NonNullGraphType<TSort>>>("order", orderDescription);

    /// <summary>
    /// Resolves a root list as the one LL2 page its arguments ask for (an empty page by contradiction: no call), or,
    /// when LL2 cannot execute the whole <c>where</c> and the table evaluates locally, by <see cref="LocalFetch"/>.
    /// </summary>
    /// <param name="parameters">LL2 parameters the field's other arguments add (upcomingLaunches'
    /// hideRecentPrevious), to the page and to every block a local evaluation reads.</param>
    public static void ResolveFromLl2<TSource, TDto>(this FieldBuilder<TSource, object> field,
        PushDownTable<TDto> table, Func<IResolveFieldContext, Action<WhereFold>?>? parameters = null) =>
        field.WithMetadata(LocalBlocks.PlannerMetadata, (LocalBlocksPlanner)(context =>
                Local(table, context, parameters) is { } local
                    ? LocalFetch.Plan(table, context, local.Where, local.Lacking, local.Extra, local.Order)
                    : null))
            .Resolve()
            .WithService<LaunchLibraryClient>()
            .ResolveAsync(async (context, ll2) =>
            {
                if (Local(table, context, parameters) is { } local)
                {
                    return await LocalFetch.AnswerAsync(table, context, local.Where, local.Lacking, ll2, local.Extra,
                        local.Order);
                }

                var where = context.GetArgument<Dictionary<string, object?>?>("where");
                var extra = parameters?.Invoke(context);
                var (pager, contradiction) = table.Page(context, where, extra);
                if (contradiction)
                {
                    return Connection<TDto>.Empty();
                }

                var page = await UpstreamErrors.CallAsync(() => ll2.GetPageAsync(pager.Request, context.CancellationToken));
                return pager.ToConnection(page);
            });

    private sealed record LocalCall<TDto>(IDictionary<string, object?> Where, string Lacking, Action<WhereFold>? Extra,
        IReadOnlyList<LocalSort<TDto>.Key>? Order);

    // What LL2 cannot execute (the where's, else the order's), when the table evaluates it here; null: pushed down.
    private static LocalCall<TDto>? Local<TDto>(PushDownTable<TDto> table, IResolveFieldContext context,
        Func<IResolveFieldContext, Action<WhereFold>?>? parameters)
    {
        var where = context.GetArgument<Dictionary<string, object?>?>("where");
        var order = table.LocalOrder?.Keys(WrittenSortOrder.Read(context, "order")) ?? [];
        var sortLacks = table.SortLacks(order);
        return table.Local is not null && (table.Ll2Lacks(where) ?? sortLacks) is { } lacking
            ? new LocalCall<TDto>(where ?? new Dictionary<string, object?>(), lacking, parameters?.Invoke(context),
                sortLacks is null ? null : order)
            : null;
    }

    /// <summary>
    /// The page the field's arguments ask for; <paramref name="parent"/> adds a nested edge's parent id.
    /// </summary>
    public static ListPage<TDto> Page<TDto>(this PushDownTable<TDto> table, IResolveFieldContext context,
        Action<WhereFold>? parent = null) =>
        table.Page(context, context.GetArgument<Dictionary<string, object?>?>("where"), parent);

    /// <summary>
    /// The page for <paramref name="where"/> (null: everything the rest of the arguments ask for), with cursors bound
    /// to <paramref name="localCondition"/> when a condition is evaluated locally instead.
    /// </summary>
    public static ListPage<TDto> Page<TDto>(this PushDownTable<TDto> table, IResolveFieldContext context,
        IDictionary<string, object?>? where, Action<WhereFold>? parent = null, string? localCondition = null)
    {
        var fold = table.Fold(where);
        parent?.Invoke(fold);
        var query = fold.ApplyTo(table.List.Query())
            .Where("search", context.GetArgument<string?>("search"))
            .OrderBy(table.Ordering(WrittenSortOrder.Read(context, "order")));
        var pager = new OffsetPager<Ll2ListQuery<TDto>>(query, PagingArguments.From(context), localCondition);
        return new ListPage<TDto>(pager, fold.IsContradiction);
    }
}

/// <summary>
/// One page of a push-down list: its pager (the LL2 request, the connection) and whether it is empty by contradiction.
/// </summary>
public sealed record ListPage<TDto>(OffsetPager<Ll2ListQuery<TDto>> Pager, bool IsContradiction);
