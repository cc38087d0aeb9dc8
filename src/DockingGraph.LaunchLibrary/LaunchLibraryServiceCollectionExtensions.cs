using System.Net.Http.Headers;
using DockingGraph.LaunchLibrary.Caching;
using DockingGraph.LaunchLibrary.Pipeline;
using DockingGraph.LaunchLibrary.Throttling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace DockingGraph.LaunchLibrary;

public static class LaunchLibraryServiceCollectionExtensions
{
    /// <summary>
    /// Registers the scoped <see cref="LaunchLibraryClient"/> over a typed HttpClient bound to the <c>LaunchLibrary</c>
    /// section (<c>BaseUrl</c>, <c>ApiKey</c>, <c>TimeoutSeconds</c>), with retry, timeouts and circuit breaker
    /// (<see cref="Ll2Resilience"/>, section <c>Ll2Resilience</c>). Returns the HttpClient builder so the host can
    /// add handlers or replace the primary handler (the in-process snapshot). The 429 pause (<see cref="ILl2Pause"/>)
    /// is always the last handler before the primary one.
    /// </summary>
    public static IHttpClientBuilder AddLaunchLibraryClient(this IServiceCollection services)
    {
        services.AddOptions<LaunchLibraryOptions>()
            .BindConfiguration(LaunchLibraryOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddScoped<Ll2RequestTally>();
        services.TryAddSingleton<Ll2ListCounts>();
        services.TryAddScoped(provider => new LaunchLibraryClient(provider.GetRequiredService<Ll2HttpTransport>(),
            provider.GetServices<ILl2Stage>(), provider.GetRequiredService<Ll2ListCounts>()));

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ILl2Pause, Ll2Pause>();
        var client = services.AddHttpClient<Ll2HttpTransport>((provider, http) =>
            {
                var options = provider.GetRequiredService<IOptions<LaunchLibraryOptions>>().Value;
                if (string.IsNullOrWhiteSpace(options.BaseUrl))
                {
                    throw new InvalidOperationException("LaunchLibrary:BaseUrl is not set (e.g. https://ll.thespacedevs.com/2.3.0/).");
                }

                http.BaseAddress = new Uri(options.BaseUrl.EndsWith('/') ? options.BaseUrl : options.BaseUrl + "/");
                // The resilience pipeline times each attempt (TimeoutSeconds) and the whole call (retry included).
                http.Timeout = Timeout.InfiniteTimeSpan;
                http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                if (!string.IsNullOrEmpty(options.ApiKey))
                {
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", options.ApiKey);
                }
            })
            .RedactLoggedHeaders(["Authorization"])
            .AddLl2Resilience();
        services.AddSingleton<IHttpMessageHandlerBuilderFilter>(new Ll2PauseHandlerFilter(client.Name));
        return client;
    }

    /// <summary>
    /// Adds a stage to the LL2 client's pipeline. Stages run in registration order, above the HTTP call; the host
    /// registers its per-request memo first, later stages (cache, quota governor) below it.
    /// </summary>
    public static IServiceCollection AddLl2Stage<TStage>(this IServiceCollection services, ServiceLifetime lifetime)
        where TStage : class, ILl2Stage
    {
        services.TryAdd(new ServiceDescriptor(typeof(TStage), typeof(TStage), lifetime));
        services.Add(new ServiceDescriptor(typeof(ILl2Stage), provider => provider.GetRequiredService<TStage>(), lifetime));
        return services;
    }
}
