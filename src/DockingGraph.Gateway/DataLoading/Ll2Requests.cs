using System.Collections.Concurrent;
using System.Diagnostics;
using DockingGraph.Gateway.Errors;
using DockingGraph.Gateway.Operations;
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
            return await UpstreamErrors.CallAsync(() => TracedAsync<T>(relative, cancellationToken), notFound);
        }

        var created = false;
        var call = _calls.GetOrAdd($"{typeof(T).FullName} {relative}", _ =>
        {
            created = true;
            return new Lazy<Task<object?>>(async () => await TracedAsync<T>(relative, cancellationToken));
        });
        if (!created)
        {
            Ll2Telemetry.Lookup(hit: true);
        }

        return (T)(await UpstreamErrors.CallAsync(() => call.Value, notFound))!;
    }

    // A memo miss: the one place an LL2 call is made, traced and counted.
    private async Task<T> TracedAsync<T>(string relative, CancellationToken cancellationToken)
    {
        Ll2Telemetry.Lookup(hit: false);
        using var activity = Ll2Telemetry.Source.StartActivity($"LL2 GET {Ll2Telemetry.Resource(relative)}", ActivityKind.Client);
        activity?.SetTag("ll2.path", relative);
        activity?.SetTag("ll2.cache", "miss");
        try
        {
            var value = await client.GetAsync<T>(relative, cancellationToken);
            Ll2Telemetry.Call(relative, 200);
            return value;
        }
        catch (LaunchLibraryException e)
        {
            Ll2Telemetry.Call(relative, (int?)e.StatusCode);
            activity?.SetStatus(ActivityStatusCode.Error, e.Kind.ToString());
            activity?.SetTag("http.response.status_code", (int?)e.StatusCode);
            throw;
        }
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
