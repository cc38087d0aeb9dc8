using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace DockingGraph.LaunchLibrary.Throttling;

/// <summary>
/// Puts <see cref="Ll2PauseHandler"/> last in the named client's handler list, after every handler the host adds
/// (a retry stage added later must not get a 429 past the pause), just above the primary handler.
/// </summary>
internal sealed class Ll2PauseHandlerFilter(string clientName) : IHttpMessageHandlerBuilderFilter
{
    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
    {
        next(builder);
        if (builder.Name == clientName)
        {
            builder.AdditionalHandlers.Add(ActivatorUtilities.CreateInstance<Ll2PauseHandler>(builder.Services));
        }
    };
}
