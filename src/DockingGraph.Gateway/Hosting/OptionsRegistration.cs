using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Hosting;

public static class OptionsRegistration
{
    /// <summary>
    /// The one way the gateway binds a configuration section: bound by name, validated by its data annotations, and
    /// checked when the host starts, so a bad value stops startup instead of failing the first request.
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(this IServiceCollection services, string sectionName)
        where TOptions : class =>
        services.AddOptions<TOptions>().BindConfiguration(sectionName).ValidateDataAnnotations().ValidateOnStart();
}
