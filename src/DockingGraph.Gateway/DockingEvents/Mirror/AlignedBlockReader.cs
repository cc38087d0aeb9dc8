using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.Gateway.DockingEvents.Mirror;

/// <summary>
/// A docking-events page read as the aligned blocks of 100 that hold it (<c>limit=100&amp;offset=100·k</c>, same
/// filters, search, ordering) and sliced: the ten pages of <c>first: 10</c> share one block, so one call through
/// the cache; a page across a block boundary reads both blocks (the second only when the first says it exists).
/// A reversed read (<c>last</c> without <c>before</c>) is block 0 of the reversed ordering, like any other page.
/// </summary>
public sealed class AlignedBlockReader(LaunchLibraryClient ll2, DetailedBlockIndex detailed)
{
    public const int BlockSize = Ll2ListQuery<DockingEventDto>.MaxLimit;

    private const int DefaultLimit = 10;

    public async Task<PageDto<DockingEventDto>> ReadAsync(Ll2ListQuery<DockingEventDto> query,
        CancellationToken cancellationToken)
    {
        var offset = query.Offset ?? 0;
        var limit = query.Limit ?? DefaultLimit;
        var first = offset / BlockSize;
        var last = (offset + limit - 1) / BlockSize;
        var rows = new List<DockingEventDto>();
        var count = 0;
        for (var k = first; k <= last; k++)
        {
            var block = await ReadBlockAsync(query, k, cancellationToken);
            count = block.Count;
            rows.AddRange(block.Results);
            if ((k + 1) * BlockSize >= count)
            {
                break;
            }
        }

        return new PageDto<DockingEventDto>
        {
            Count = count,
            Results = rows.Skip(offset - first * BlockSize).Take(limit).ToList(),
        };
    }

    private async Task<PageDto<DockingEventDto>> ReadBlockAsync(Ll2ListQuery<DockingEventDto> query, int k,
        CancellationToken cancellationToken)
    {
        var block = detailed.Prefer(query.WithPage(BlockSize, k * BlockSize));
        var page = await ll2.GetPageAsync(block, cancellationToken);
        if (block.Mode == Ll2Mode.Detailed)
        {
            detailed.Read(block);
        }

        return page;
    }
}
