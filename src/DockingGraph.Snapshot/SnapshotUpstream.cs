using System.Text.Json.Nodes;
using DockingGraph.Snapshot.Corpus;
using DockingGraph.Snapshot.Endpoints;
using DockingGraph.Snapshot.Faults;
using DockingGraph.Snapshot.Rest;

namespace DockingGraph.Snapshot;

/// <summary>
/// The LL2 2.3.0 stand-in: answers <c>/2.3.0/…</c> requests from the corpus with LL2's REST semantics, logs every
/// request and applies the configured faults. Kestrel (standalone) and <see cref="SnapshotHttpMessageHandler"/>
/// (in-process) both delegate here.
/// </summary>
public sealed class SnapshotUpstream
{
    private readonly IReadOnlyDictionary<string, ListEndpoint> _endpoints;
    private readonly ListResponder _responder;
    private readonly Throttle _throttle;
    private readonly Lock _randomGate = new();
    private volatile SnapshotFaults _faults = new();
    private Random _random = new(1);

    public SnapshotUpstream(SnapshotCorpus? corpus = null, TimeProvider? clock = null)
    {
        Corpus = corpus ?? SnapshotCorpus.Default;
        _endpoints = Ll2Endpoints.For(Corpus, clock);
        _responder = new ListResponder(Corpus.Shapes);
        _throttle = new Throttle(clock ?? TimeProvider.System);
    }

    public SnapshotCorpus Corpus { get; }

    public RequestLog Requests { get; } = new();

    public SnapshotFaults Faults
    {
        get => _faults;
        set
        {
            lock (_randomGate)
            {
                _random = new Random(value.Seed);
            }

            _throttle.Reset();
            _faults = value;
        }
    }

    public async Task<SnapshotResponse> HandleAsync(SnapshotRequest request, CancellationToken cancellationToken = default)
    {
        var faults = _faults;
        var applies = faults.AppliesTo(request.Path);
        if (applies && faults.LatencyMilliseconds > 0)
        {
            await Task.Delay(faults.LatencyMilliseconds, cancellationToken);
        }

        var response = Answer(request, faults, applies);
        if (applies && faults.MalformedBody && response.Status == 200)
        {
            response = response with { Body = response.Body[..(response.Body.Length / 2)] };
        }

        Requests.Add(new RecordedRequest(request.Method, request.Path, request.Query, response.Status, request.Authorization is not null, request.Authorization));
        return response;
    }

    private SnapshotResponse Answer(SnapshotRequest request, SnapshotFaults faults, bool applies)
    {
        if (!request.Path.StartsWith(Responses.ApiVersionPrefix, StringComparison.Ordinal))
        {
            return Responses.NotFound(request);
        }

        if (request.Method is not ("GET" or "HEAD"))
        {
            return Responses.Detail(405, $"Method \"{request.Method}\" not allowed.", request);
        }

        // Django's APPEND_SLASH: LL2 paths end in '/', a GET without it is redirected.
        if (!request.Path.EndsWith('/'))
        {
            var location = $"{request.Origin}{request.Path}/" + (request.Query.Length > 0 ? $"?{request.Query}" : "");
            return new SnapshotResponse(301, "", new Dictionary<string, string> { ["Location"] = location, ["Content-Type"] = "text/html; charset=utf-8" });
        }

        var resource = request.Path[Responses.ApiVersionPrefix.Length..].TrimEnd('/');
        if (resource == "api-throttle")
        {
            return ApiThrottle(request, faults);
        }

        if (applies && _throttle.TryAcquire(faults) is { } wait)
        {
            return Throttled(request, faults, wait);
        }

        if (applies && faults.ServerErrorRate > 0 && NextDouble() < faults.ServerErrorRate)
        {
            // What Django answers when a view raises with DEBUG off: an HTML page, not JSON.
            return new SnapshotResponse(faults.ServerErrorStatus, $"<h1>Server Error ({faults.ServerErrorStatus})</h1>",
                new Dictionary<string, string> { ["Content-Type"] = "text/html; charset=utf-8" });
        }

        return Route(resource, request);
    }

    private SnapshotResponse Route(string resource, SnapshotRequest request)
    {
        if (_endpoints.TryGetValue(resource, out var list))
        {
            return _responder.List(list, request, QueryParameters.Parse(request.Query));
        }

        var slash = resource.LastIndexOf('/');
        if (slash > 0 && _endpoints.TryGetValue(resource[..slash], out var detail))
        {
            return _responder.Detail(detail, resource[(slash + 1)..], request);
        }

        return Responses.NotFound(request);
    }

    private static SnapshotResponse Throttled(SnapshotRequest request, SnapshotFaults faults, int wait)
    {
        var unit = wait == 1 ? "second" : "seconds";
        var detail = faults.ThrottleWaitInDetail
            ? $"Request was throttled. Expected available in {wait} {unit}."
            : "Request was throttled.";
        var headers = faults.ThrottleRetryAfter && faults.ThrottleWaitInDetail
            ? new Dictionary<string, string> { ["Retry-After"] = $"{wait}" }
            : new Dictionary<string, string>();
        return Responses.Detail(429, detail, request, headers);
    }

    // `api-throttle/` is free: it reports the budget and does not spend it.
    private SnapshotResponse ApiThrottle(SnapshotRequest request, SnapshotFaults faults) =>
        Responses.Json(200, new JsonObject
        {
            ["your_request_limit"] = faults.ThrottleAfter ?? 15,
            ["limit_frequency_secs"] = faults.ThrottleWindowSeconds,
            ["current_use"] = _throttle.Used(faults),
            ["next_use_secs"] = _throttle.SecondsUntilAvailable(faults),
            ["ident"] = request.Authorization is null ? "127.0.0.1" : "api-key",
        }, request);

    private double NextDouble()
    {
        lock (_randomGate)
        {
            return _random.NextDouble();
        }
    }
}
