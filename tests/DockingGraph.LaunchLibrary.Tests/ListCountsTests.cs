using DockingGraph.LaunchLibrary.Caching;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Pipeline;
using DockingGraph.LaunchLibrary.Queries;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DockingGraph.LaunchLibrary.Tests;

/// <summary>
/// The list-count memo: one key per list and filters (every block and page of it), the newest count wins, a count
/// older than the list's cache lifetime is not fresh, and the table is bounded.
/// </summary>
public sealed class ListCountsTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

    private static Ll2ListQuery<LaunchDto> Launches => Ll2Lists.Launches.Query();

    [Fact]
    public void EveryPageOfOneListAndItsFiltersSharesTheCountAndOtherFiltersDoNot()
    {
        var counts = new Ll2ListCounts(Options.Create(new Ll2CacheOptions()), _clock);
        Seen(counts, Launches.OrderBy(["net", "id"]).WithPage(100, 200), 253, _clock.GetUtcNow());

        Assert.Equal(253, counts.Fresh(Launches.WithPage(1, 0) with { Mode = Ll2Mode.Detailed })?.Count);
        Assert.Equal(253, counts.Known(Launches.OrderBy(["-id"]))?.Count);
        Assert.Null(counts.Known(Launches.Where("search", "a")));
    }

    [Fact]
    public void TheNewestCountWinsAndIsFreshOnlyWithinTheListTtl()
    {
        var counts = new Ll2ListCounts(Options.Create(new Ll2CacheOptions { ListTtl = TimeSpan.FromMinutes(5) }),
            _clock);
        var now = _clock.GetUtcNow();
        Seen(counts, Launches.WithPage(100, 0), 253, now);
        Seen(counts, Launches.WithPage(100, 100), 250, now - TimeSpan.FromHours(1)); // a stale cache entry

        Assert.Equal(new Ll2ListCount(253, now), counts.Fresh(Launches));
        _clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        Assert.Null(counts.Fresh(Launches));
        Assert.Equal(253, counts.Known(Launches)?.Count);
    }

    [Fact]
    public void PastItsBoundTheEighthSeenLongestAgoIsForgotten()
    {
        var counts = new Ll2ListCounts(Options.Create(new Ll2CacheOptions()), _clock);
        var start = _clock.GetUtcNow();
        for (var i = 0; i <= Ll2ListCounts.MaxKeys; i++)
        {
            Seen(counts, Launches.Where("search", $"s{i}"), i, start + TimeSpan.FromSeconds(i));
        }

        Assert.Null(counts.Known(Launches.Where("search", "s0")));
        Assert.Null(counts.Known(Launches.Where("search", $"s{Ll2ListCounts.MaxKeys / 8 - 1}")));
        Assert.Equal(Ll2ListCounts.MaxKeys / 8, counts.Known(Launches.Where("search",
            $"s{Ll2ListCounts.MaxKeys / 8}"))?.Count);
        Assert.Equal(Ll2ListCounts.MaxKeys, counts.Known(Launches.Where("search", $"s{Ll2ListCounts.MaxKeys}"))?.Count);
    }

    private static void Seen(Ll2ListCounts counts, Ll2ListQuery<LaunchDto> query, int count, DateTimeOffset at) =>
        counts.Seen(new Ll2Read(Ll2Paths.List(query), query.List.Class, query.List.Resource, typeof(PageDto<LaunchDto>))
        {
            CountKey = Ll2ListCounts.KeyOf(query),
        }, new PageDto<LaunchDto> { Count = count }, at);
}
