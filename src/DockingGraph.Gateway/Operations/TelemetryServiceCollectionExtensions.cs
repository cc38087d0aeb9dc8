using DockingGraph.LaunchLibrary;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace DockingGraph.Gateway.Operations;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Traces (ASP.NET Core, GraphQL execution, every LL2 call with its memo hit/miss) and metrics (LL2 calls,
    /// memo hit ratio, 429s, budget left), exported over OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
    /// </summary>
    public static IServiceCollection AddGatewayTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("dockinggraph-gateway"))
            .WithTracing(tracing =>
            {
                tracing.AddSource(Ll2Telemetry.Name, "GraphQL").AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(Ll2Telemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        return services;
    }
}
