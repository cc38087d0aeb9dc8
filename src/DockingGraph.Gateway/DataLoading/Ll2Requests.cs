using System.Collections.Concurrent;
using DockingGraph.Gateway.Errors;
using DockingGraph.LaunchLibrary;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.DataLoading;

/// <summary>
/// Every LL2 call of one GraphQL request goes through here (scoped): identical URLs share one call, whichever field
/// or loader asked. LL2 failures surface as coded field errors.
/// </summary>
public sealed class Ll2Requests(LaunchLibraryClient client, IOptions<DataLoadingOptions> options)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<object?>>> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _touched = new();

    /// <summary>Every LL2 path this request read (memo hits included): the HTTP layer derives cache lifetimes from them.</summary>
    public IReadOnlyCollection<string> Touched => _touched;

    public async Task<T> GetAsync<T>(string relative, CancellationToken cancellationToken, string? notFound = null)
    {
        _touched.Enqueue(relative);
        if (!options.Value.Batching)
        {
            return await UpstreamErrors.CallAsync(() => client.GetAsync<T>(relative, cancellationToken), notFound);
        }

        var call = _calls.GetOrAdd($"{typeof(T).FullName} {relative}", _ => new Lazy<Task<object?>>(async () => await client.GetAsync<T>(relative, cancellationToken)));
        return (T)(await UpstreamErrors.CallAsync(() => call.Value, notFound))!;
    }

    /// <summary>Every row of an LL2 list (reference tables: stations, docking locations), 100 per call.</summary>
    public async Task<List<T>> GetAllAsync<T>(Func<int, string> pathAtOffset, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        while (true)
        {
            var page = await GetAsync<LaunchLibrary.Dtos.PageDto<T>>(pathAtOffset(rows.Count), cancellationToken);
            rows.AddRange(page.Results);
            if (page.Results.Count == 0 || rows.Count >= page.Count)
            {
                return rows;
            }
        }
    }
}
