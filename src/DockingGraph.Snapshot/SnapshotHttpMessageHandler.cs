using System.Text;
using DockingGraph.Snapshot.Rest;

namespace DockingGraph.Snapshot;

/// <summary>
/// Serves the snapshot in-process: an <see cref="HttpClient"/> built on this handler talks to LL2's stand-in without a
/// socket.
/// </summary>
public sealed class SnapshotHttpMessageHandler(SnapshotUpstream upstream) : HttpMessageHandler
{
    public SnapshotUpstream Upstream { get; } = upstream;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        var answer = await Upstream.HandleAsync(
            new SnapshotRequest(request.Method.Method, uri.GetLeftPart(UriPartial.Authority), uri.AbsolutePath, uri.Query.TrimStart('?'), request.Headers.Authorization?.ToString()),
            cancellationToken);

        var response = new HttpResponseMessage((System.Net.HttpStatusCode)answer.Status)
        {
            RequestMessage = request,
            Content = new StringContent(answer.Body, Encoding.UTF8),
        };
        foreach (var (name, value) in answer.Headers)
        {
            if (name == "Content-Type")
            {
                response.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(value);
            }
            else if (!response.Headers.TryAddWithoutValidation(name, value))
            {
                response.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return response;
    }
}
