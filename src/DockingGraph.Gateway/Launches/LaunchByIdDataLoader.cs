using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.DockingEvents.Mirror;
using DockingGraph.Gateway.Errors;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Pipeline;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Launches;

/// <summary>
/// <c>launches/?id=a,b,…</c>: up to 100 UUIDs per call (LL2's page maximum), so batches split at 100. A launch the
/// complete, fresh docking-events mirror holds (a chaser flight's launch) is answered from it without a call: LL2
/// embeds it as LaunchNormal, the very serializer <c>launches/?id=…</c> (mode=normal) answers with, so the
/// mirror's launch serves every field this loader would (the fields short forms lack included). LL2 refusing or
/// failing the read, launches the mirror holds past its age answer, flagged stale; the others fail.
/// </summary>
public sealed class LaunchByIdDataLoader(LaunchLibraryClient ll2, DockingEventsMirror mirror,
    MirrorFallback fallback, Ll2RequestTally tally, IOptions<DataLoadingOptions> options)
    : BatchDataLoader<Guid, LaunchDto>(options)
{
    protected override int MaxBatchSize => LaunchLibraryClient.MaxLaunchIdsPerCall;

    protected override async Task<BatchResult<Guid, LaunchDto>> FetchAsync(IReadOnlyList<Guid> keys,
        CancellationToken cancellationToken)
    {
        var found = new Dictionary<Guid, LaunchDto>();
        if (mirror.Fresh(out var age) is { } held)
        {
            foreach (var key in keys)
            {
                if (held.Launches.TryGetValue(key, out var launch))
                {
                    found[key] = launch;
                }
            }

            if (found.Count > 0)
            {
                tally.CacheHit(age, stale: false);
                MirrorTelemetry.Answered();
            }
        }

        var asked = keys.Where(key => !found.ContainsKey(key)).ToList();
        if (asked.Count == 0)
        {
            return BatchResult<Guid, LaunchDto>.Of(found);
        }

        try
        {
            var page = await ll2.GetLaunchesAsync(asked, cancellationToken: cancellationToken);
            foreach (var launch in page.Results)
            {
                found[launch.Id] = launch;
            }

            return BatchResult<Guid, LaunchDto>.Of(found);
        }
        catch (LaunchLibraryException e) when (MirrorFallback.IsRefusalOrOutage(e)
            && mirror.PastMaxAge(out var staleAge) is { } stale && asked.Any(stale.Launches.ContainsKey))
        {
            fallback.Answered(staleAge);
            return Failed(found, asked, e, stale);
        }
        catch (LaunchLibraryException e) when (found.Count > 0)
        {
            return Failed(found, asked, e, null);
        }
        catch (LaunchLibraryException e)
        {
            throw UpstreamErrors.ToError(e);
        }
    }

    // What the mirror answered stands; the launches LL2 was asked for fail on their own (or come from the stale
    // mirror).
    private static BatchResult<Guid, LaunchDto> Failed(Dictionary<Guid, LaunchDto> found, List<Guid> asked,
        LaunchLibraryException e, MirroredEvents? stale)
    {
        var failed = new Dictionary<Guid, Exception>();
        foreach (var key in asked)
        {
            if (stale?.Launches.TryGetValue(key, out var launch) == true)
            {
                found[key] = launch;
            }
            else
            {
                failed[key] = UpstreamErrors.ToError(e);
            }
        }

        return new BatchResult<Guid, LaunchDto>(found, failed);
    }
}
