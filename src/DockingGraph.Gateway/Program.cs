using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.DockingEvents;
using DockingGraph.Gateway.DockingEvents.Mirror;
using DockingGraph.Gateway.Hosting;
using DockingGraph.Gateway.Http;
using DockingGraph.Gateway.Ide;
using DockingGraph.Gateway.Limits;
using DockingGraph.Gateway.Operations;
using DockingGraph.Gateway.Schema;
using DockingGraph.Gateway.Upstream;
using DockingGraph.LaunchLibrary.Caching;
using DockingGraph.LaunchLibrary.Quota;
using DockingGraph.LaunchLibrary.Redis;

// DockingGraph: one GraphQL endpoint over Launch Library 2, at http://localhost:5000/graphql unless --urls says
// otherwise. LL2 is LaunchLibrary:BaseUrl when set, else the embedded snapshot (offline, no quota spent).
var builder = WebApplication.CreateBuilder(args).UseDefaultGatewayUrl().ConfigureGatewayKestrel();
builder.Host.UseDefaultServiceProvider(provider => (provider.ValidateScopes, provider.ValidateOnBuild) = (true, true));

// LL2: the typed client is the one door; every read goes down its pipeline, the per-request memo first.
builder.Services.AddLl2Upstream(builder.Configuration);
builder.Services.AddLl2Redis(builder.Configuration);
builder.Services.AddDataLoading();
builder.Services.AddLl2Cache(builder.Configuration);

// The quota governor, registered after the cross-request cache so that only what the cache could not answer spends
// the LL2 budget (stage order = registration order: memo → cache → quota → HTTP).
builder.Services.AddLl2Quota(builder.Configuration);

// The graph: schema, feature options, what one request may cost.
builder.Services.AddDockingGraphSchema();
builder.Services.AddValidatedOptions<DockingEventsOptions>(DockingEventsOptions.SectionName);
builder.Services.AddDockingEventsMirror(builder.Configuration);
builder.Services.AddValidatedOptions<LimitsOptions>(LimitsOptions.SectionName);

// HTTP and operations: transport settings (caching, persisted operations, IDE, CORS), health, telemetry.
builder.Services.AddGraphQLTransport(builder.Configuration);
builder.Services.AddGatewayHealthChecks(builder.Configuration);
builder.Services.AddGatewayTelemetry(builder.Configuration);

var app = builder.Build();
app.UseCors();
app.UseBananaCakePop();
app.MapGraphQLEndpoint();
app.MapHealthEndpoints();
// Once started: the budget's source is known after the startup reading of api-throttle/.
app.Lifetime.ApplicationStarted.Register(() =>
    app.Logger.LogInformation("{Upstream}", StartupLine.Describe(app.Services)));
await app.RunAsync();
