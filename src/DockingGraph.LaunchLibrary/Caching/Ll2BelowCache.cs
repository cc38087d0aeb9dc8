using DockingGraph.LaunchLibrary.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.LaunchLibrary.Caching;

/// <summary>
/// The pipeline below the cache for reads nobody waits for. The <c>next</c> a stage receives belongs to one
/// request's client (its scope, its HttpClient); a background refresh outlives the request, so it is sent through
/// the stages below the cache and the transport of a scope of its own.
/// </summary>
internal sealed class Ll2BelowCache(IServiceScopeFactory scopes)
{
    public async Task<object> SendAsync(ILl2Stage cache, Ll2Read read, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        Ll2ReadNext next = services.GetRequiredService<Ll2HttpTransport>().SendAsync;
        foreach (var stage in services.GetServices<ILl2Stage>().Reverse().TakeWhile(s => !ReferenceEquals(s, cache)))
        {
            var below = next;
            next = (r, ct) => stage.ReadAsync(r, below, ct);
        }

        return await next(read, cancellationToken);
    }
}
