using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using DockingGraph.LaunchLibrary.Pipeline;
using DockingGraph.LaunchLibrary.Throttling;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace DockingGraph.LaunchLibrary;

/// <summary>One GET against LL2, with every failure mapped onto <see cref="LaunchLibraryException"/>.</summary>
internal static class LaunchLibraryTransport
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public static async Task<T> GetAsync<T>(HttpClient http, string relative, CancellationToken cancellationToken) =>
        (T)await GetAsync(http, relative, typeof(T), cancellationToken);

    public static async Task<object> GetAsync(HttpClient http, string relative, Type type, CancellationToken cancellationToken,
        Ll2ReadOrigin origin = Ll2ReadOrigin.Request)
    {
        var uri = new Uri(http.BaseAddress ?? throw new InvalidOperationException("LaunchLibrary:BaseUrl is not configured."), relative);
        var path = uri.PathAndQuery;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Options.Set(Ll2Resilience.Origin, origin);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw await ErrorAsync(response, path, cancellationToken);
            }

            return await response.Content.ReadFromJsonAsync(type, Json, cancellationToken)
                ?? throw new LaunchLibraryException(LaunchLibraryErrorKind.BadResponse, path, response.StatusCode, "The body is JSON null.");
        }
        catch (JsonException e)
        {
            throw new LaunchLibraryException(LaunchLibraryErrorKind.BadResponse, path, HttpStatusCode.OK, e.Message, inner: e);
        }
        catch (BrokenCircuitException e)
        {
            throw Ll2Refusals.CircuitOpen(path, e);
        }
        catch (TimeoutRejectedException e)
        {
            throw new LaunchLibraryException(
                LaunchLibraryErrorKind.Timeout, path, detail: $"No answer within {e.Timeout.TotalSeconds:0.#} s.", inner: e);
        }
        catch (HttpRequestException e)
        {
            throw new LaunchLibraryException(LaunchLibraryErrorKind.Unavailable, path, detail: e.HttpRequestError.ToString(), inner: e);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException)
        {
            // A connection reset can surface unwrapped from the retry's second attempt: still "could not be reached".
            throw new LaunchLibraryException(LaunchLibraryErrorKind.Unavailable, path, detail: e.GetType().Name, inner: e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new LaunchLibraryException(LaunchLibraryErrorKind.Timeout, path, detail: "No answer in time.", inner: e);
        }
    }

    private static async Task<LaunchLibraryException> ErrorAsync(HttpResponseMessage response, string path, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        string? detail = null;
        var fields = new Dictionary<string, IReadOnlyList<string>>();
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    if (property.Name == "detail" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        detail = property.Value.GetString();
                    }
                    else if (property.Value.ValueKind == JsonValueKind.Array)
                    {
                        fields[property.Name] = property.Value.EnumerateArray().Select(v => v.ToString()).ToList();
                    }
                }
            }
        }
        catch (JsonException)
        {
            // LL2's 5xx pages (and proxies in front of it) are HTML: keep only the status.
        }

        var retryAfter = Throttling.Ll2ThrottleWait.FromRetryAfter(response.Headers.RetryAfter, DateTimeOffset.UtcNow);
        return new LaunchLibraryException(LaunchLibraryErrorKind.Status, path, response.StatusCode, detail, fields, retryAfter);
    }
}
