using DockingGraph.Gateway.Errors;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;
using GraphQL.Types.Relay.DataObjects;

namespace DockingGraph.Gateway.Data.Paging;

/// <summary>
/// Relay paging over LL2's limit/offset in exactly one call. Cursors carry forward offsets. <c>last</c> without
/// <c>before</c> cannot know the end offset before LL2's count is known, so it reads the reversed ordering from
/// offset 0 and turns the page around (the count in that same answer gives the offsets).
/// </summary>
public sealed class OffsetPager<TQuery>
    where TQuery : IPagedQuery<TQuery>
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = DockingEventsQuery.MaxLimit;

    // No list is that long; below it, offset + 1 + page size stays an int (int.MaxValue wrapped to a negative offset).
    private const int MaxAfterOffset = int.MaxValue - MaxPageSize - 1;

    private readonly int? _first;
    private readonly int? _last;
    private readonly int _lower;
    private readonly int? _before;

    /// <param name="localCondition">
    /// A condition evaluated here rather than sent (the mirror's <c>where</c>): cursors are bound to it as well.
    /// </param>
    public OffsetPager(TQuery query, PagingArguments arguments, string? localCondition = null)
    {
        Check(arguments.First, "first");
        Check(arguments.Last, "last");
        if (arguments.First is not null && arguments.Last is not null)
        {
            throw new GatewayError(ErrorCodes.InvalidPagingArguments,
                "Use first (with after/before) or last (with before/after), not both.");
        }

        Query = query;
        Shape = PagingCursor.Shape(query.ToQueryString() + (localCondition is null ? "" : $"#{localCondition}"));
        _first = arguments.First;
        _last = arguments.Last;
        _lower = PagingCursor.Decode(arguments.After, Shape, "after") switch
        {
            > MaxAfterOffset => throw new GatewayError(
                ErrorCodes.InvalidCursor, "The after cursor is not a cursor this gateway issued."),
            { } afterOffset => afterOffset + 1,
            null => 0,
        };
        _before = PagingCursor.Decode(arguments.Before, Shape, "before");
    }

    public TQuery Query { get; }

    public string Shape { get; }

    private bool ReadsBackwards => _last is not null && _before is null;

    /// <summary>The one LL2 request this page needs.</summary>
    public TQuery Request
    {
        get
        {
            var (offset, size) = Window();
            // LL2 treats limit=0 as "default"; a page of zero still needs the count, so ask for one row and drop it.
            var page = Query.WithPage(Math.Max(size, 1), ReadsBackwards ? 0 : offset);
            return ReadsBackwards ? page.Reversed() : page;
        }
    }

    public Connection<TNode> ToConnection<TNode>(PageDto<TNode> page)
    {
        var count = page.Count;
        List<(int Offset, TNode Node)> rows;
        bool hasPrevious, hasNext;
        if (ReadsBackwards)
        {
            rows = page.Results.Select((node, i) => (Offset: count - 1 - i, node)).Where(r => r.Offset >= _lower)
                .Take(_last!.Value).Reverse().ToList();
            hasPrevious = rows.Count > 0 ? rows[0].Offset > _lower : count > _lower;
            hasNext = false;
        }
        else
        {
            var (offset, size) = Window();
            rows = page.Results.Take(size).Select((node, i) => (offset + i, node)).ToList();
            var end = Math.Min(_before ?? count, count);
            hasPrevious = _last is not null ? offset > _lower : offset > 0;
            hasNext = _last is not null ? end < count : offset + rows.Count < end;
        }

        var edges = rows.Select(r => new Edge<TNode>(PagingCursor.Encode(Shape, r.Offset), r.Node)).ToList();
        // As Hot Chocolate: a page without edges has no cursor to continue from, so it promises no page either (a
        // cursor past the end used to answer hasPreviousPage: true with startCursor: null).
        var info = new PageInfo
        {
            HasNextPage = hasNext && edges.Count > 0,
            HasPreviousPage = hasPrevious && edges.Count > 0,
            StartCursor = edges.FirstOrDefault()?.Cursor,
            EndCursor = edges.LastOrDefault()?.Cursor,
        };
        return new Connection<TNode>(edges, info, count);
    }

    /// <summary>
    /// The page over a whole list held here, in the query's (forward) order: what LL2 would answer for
    /// <see cref="Request"/> over those rows, with their number as the count.
    /// </summary>
    public Connection<TNode> ToConnectionOver<TNode>(IReadOnlyList<TNode> rows)
    {
        var (offset, size) = Window();
        var ordered = ReadsBackwards ? rows.Reverse() : rows;
        return ToConnection(new PageDto<TNode>
        {
            Count = rows.Count,
            Results = ordered.Skip(ReadsBackwards ? 0 : offset).Take(Math.Max(size, 1)).ToList(),
        });
    }

    private (int Offset, int Size) Window()
    {
        if (_last is { } last)
        {
            if (_before is not { } end)
            {
                return (0, last);
            }

            var start = Math.Max(_lower, end - last);
            return (start, Math.Max(0, end - start));
        }

        var size = _first ?? DefaultPageSize;
        return (_lower, _before is { } before ? Math.Max(0, Math.Min(size, before - _lower)) : size);
    }

    private static void Check(int? size, string argument)
    {
        if (size is < 0)
        {
            throw new GatewayError(ErrorCodes.InvalidPagingArguments,
                $"{argument} must be 0 or more; {size} was given.");
        }

        if (size > MaxPageSize)
        {
            throw new GatewayError(ErrorCodes.PageSizeExceeded, $"{argument} is at most {MaxPageSize} (LL2's page " +
                $"maximum); {size} was given. Page with after/before instead.",
                new Dictionary<string, object?> { ["maxPageSize"] = MaxPageSize });
        }
    }
}
