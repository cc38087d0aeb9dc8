using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Ide;

/// <summary>
/// Banana Cake Pop from npm (@chillicream/bananacakepop-graphql-ide, ChilliCream License 1.0), served the way Hot
/// Chocolate serves it: a browser's GET /graphql is redirected to /graphql/, which serves the IDE; the IDE reads
/// /graphql/bcp-config.json. Everything comes from the gateway; telemetry is off and a CSP keeps it offline.
/// </summary>
public static class BananaCakePopEndpoints
{
    private const string IdePath = "/graphql";

    // The IDE needs inline styles, eval (its editor), blob/data workers and fonts; everything else: this origin only.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-src 'none'; object-src 'none'";

    public static WebApplication UseBananaCakePop(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<BananaCakePopOptions>>().Value;
        if (!options.Enabled)
        {
            return app;
        }

        var files = FindFiles(options, app.Environment);
        app.Use(async (http, next) =>
        {
            var isGet = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
            var path = http.Request.Path.Value;
            if (isGet && path == IdePath && PrefersHtml(http.Request))
            {
                // Hot Chocolate's rule: a GET whose first Accept value is HTML is a browser asking for the IDE.
                http.Response.Redirect($"{IdePath}/{http.Request.QueryString}", permanent: true);
                return;
            }

            // Handled here, not by routing: endpoint routing would let "/graphql/" match the GraphQL endpoint's "/graphql".
            if (isGet && path == $"{IdePath}/")
            {
                await ServeIdeAsync(http, files);
                return;
            }

            await next(http);
        });

        if (files is not null)
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(files),
                RequestPath = IdePath,
                OnPrepareResponse = context => context.Context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy,
            });
        }

        app.MapGet($"{IdePath}/bcp-config.json", (IOptions<BananaCakePopOptions> bcp) => Results.Json(new
        {
            title = bcp.Value.Title,
            endpoint = IdePath,
            useBrowserUrlAsEndpoint = true,
            graphQLDocument = bcp.Value.Document,
            includeCookies = false,
            useGet = false,
            disableTelemetry = true,
        }, JsonSerializerOptions.Web));
        return app;
    }

    private static async Task ServeIdeAsync(HttpContext http, string? files)
    {
        if (!AcceptsHtml(http.Request))
        {
            await Results.Json(new { errors = new[] { new { message = $"{IdePath}/ is the Banana Cake Pop IDE (HTML). Send GraphQL requests to {IdePath}.", extensions = new { code = "NOT_ACCEPTABLE" } } } },
                statusCode: StatusCodes.Status406NotAcceptable).ExecuteAsync(http);
            return;
        }

        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        var page = files is null
            ? Results.Content(MissingPage, "text/html; charset=utf-8")
            : Results.File(Path.Combine(files, "index.html"), "text/html; charset=utf-8");
        await page.ExecuteAsync(http);
    }

    private static string? FindFiles(BananaCakePopOptions options, IWebHostEnvironment environment)
    {
        var candidates = new[]
        {
            options.FilesPath,
            Path.Combine(AppContext.BaseDirectory, "bcp"),
            Path.Combine(environment.ContentRootPath, "Ide", "npm", "node_modules", "@chillicream", "bananacakepop-graphql-ide"),
            SourceCheckout(),
        };
        return candidates.FirstOrDefault(c => c is not null && File.Exists(Path.Combine(c, "index.html")));
    }

    // A host that is not the gateway's own output (tests, the bench) finds the npm install of the source checkout.
    private static string? SourceCheckout()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "DockingGraph.Gateway", "Ide", "npm", "node_modules", "@chillicream", "bananacakepop-graphql-ide");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool PrefersHtml(HttpRequest request) =>
        MediaTypeWithQualityHeaderValue.TryParse(request.Headers.Accept.ToString().Split(',')[0].Trim(), out var first)
        && first.MediaType == "text/html";

    private static bool AcceptsHtml(HttpRequest request) =>
        request.Headers.Accept.ToString().Split(',').Any(a => a.Trim().StartsWith("text/html", StringComparison.OrdinalIgnoreCase));

    private const string MissingPage = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>DockingGraph: IDE not installed</title></head>
        <body style="font-family: sans-serif; max-width: 44rem; margin: 3rem auto">
        <h1>Banana Cake Pop is not installed</h1>
        <p>The gateway serves the Banana Cake Pop IDE from the npm package <code>@chillicream/bananacakepop-graphql-ide@18.0.0</code>,
        which the build installs with <code>npm ci</code> when npm is on the PATH. It was not installed on this machine.</p>
        <p>To get it: install Node.js 20 with npm, then run <code>npm ci</code> in <code>src/DockingGraph.Gateway/Ide/npm</code>
        (or rebuild the gateway) and restart. The GraphQL endpoint itself works without it: POST to <code>/graphql</code>.</p>
        </body></html>
        """;
}
