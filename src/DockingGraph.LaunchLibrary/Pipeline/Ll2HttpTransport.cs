using System.Diagnostics;

namespace DockingGraph.LaunchLibrary.Pipeline;

/// <summary>The pipeline's last stage: the typed HttpClient's GET. Every LL2 call is made, traced and counted here.</summary>
internal sealed class Ll2HttpTransport(HttpClient http)
{
    public async Task<object> SendAsync(Ll2Read read, CancellationToken cancellationToken)
    {
        if (read.Tally?.TryStartCall() == false)
        {
            throw new LaunchLibraryException(LaunchLibraryErrorKind.RequestCapReached, read.Path,
                detail: $"this request already made its {read.Tally.MaxCalls} LL2 calls", requestCap: read.Tally.MaxCalls);
        }

        using var activity = Ll2Telemetry.Source.StartActivity($"LL2 GET {read.Resource}", ActivityKind.Client);
        activity?.SetTag("ll2.path", read.Path);
        activity?.SetTag("ll2.cache", "miss");
        try
        {
            var value = await LaunchLibraryTransport.GetAsync(http, read.Path, read.ResultType, cancellationToken, read.Origin);
            Ll2Telemetry.Call(read.Resource, 200);
            return value;
        }
        catch (LaunchLibraryException e)
        {
            Ll2Telemetry.Call(read.Resource, (int?)e.StatusCode);
            activity?.SetStatus(ActivityStatusCode.Error, e.Kind.ToString());
            activity?.SetTag("http.response.status_code", (int?)e.StatusCode);
            throw;
        }
    }
}
