using System.Text.Json;
using DockingGraph.Snapshot.Faults;
using DockingGraph.Snapshot.Rest;

namespace DockingGraph.Snapshot.Hosting;

/// <summary>
/// Kestrel routes: LL2's API under /2.3.0/, and the snapshot's own controls under /_snapshot/ (never an LL2 path).
/// </summary>
public static class SnapshotEndpoints
{
    private static readonly JsonSerializerOptions ControlJson = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void MapSnapshotLl2Api(this IEndpointRouteBuilder app) =>
        app.Map("/{**path}", async (HttpContext http, SnapshotUpstream upstream) =>
        {
            var request = new SnapshotRequest(
                http.Request.Method,
                $"{http.Request.Scheme}://{http.Request.Host}",
                http.Request.Path.Value ?? "/",
                http.Request.QueryString.Value?.TrimStart('?') ?? "",
                http.Request.Headers.Authorization.FirstOrDefault());
            var answer = await upstream.HandleAsync(request, http.RequestAborted);
            http.Response.StatusCode = answer.Status;
            foreach (var (name, value) in answer.Headers)
            {
                http.Response.Headers[name] = value;
            }

            if (http.Request.Method != "HEAD")
            {
                await http.Response.WriteAsync(answer.Body, http.RequestAborted);
            }
        });

    public static void MapSnapshotControl(this IEndpointRouteBuilder app)
    {
        var control = app.MapGroup("/_snapshot");
        control.MapGet("/requests", (SnapshotUpstream upstream) => Results.Json(new
        {
            total = upstream.Requests.Count,
            byPath = upstream.Requests.ByPath,
            byPathAndQuery = upstream.Requests.ByPathAndQuery,
            entries = upstream.Requests.Entries.Select(e => new { e.Method, e.Path, e.Query, e.Status, e.HadAuthorization }),
        }, ControlJson));
        control.MapDelete("/requests", (SnapshotUpstream upstream) =>
        {
            upstream.Requests.Clear();
            return Results.NoContent();
        });
        control.MapGet("/faults", (SnapshotUpstream upstream) => Results.Json(upstream.Faults, ControlJson));
        control.MapPut("/faults", async (HttpContext http, SnapshotUpstream upstream) =>
        {
            try
            {
                upstream.Faults = await JsonSerializer.DeserializeAsync<SnapshotFaults>(http.Request.Body, ControlJson, http.RequestAborted) ?? new();
                return Results.Json(upstream.Faults, ControlJson);
            }
            catch (JsonException e)
            {
                return Results.BadRequest(new { error = $"Body is not a faults object: {e.Message}" });
            }
        });
    }
}
