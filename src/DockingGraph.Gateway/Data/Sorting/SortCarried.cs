using DockingGraph.Gateway.Common;
using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.Errors;

namespace DockingGraph.Gateway.Data.Sorting;

/// <summary>
/// Which fields of a shared sort input an embedded object really carries where it nests: one
/// <c>LaunchSortInput</c> serves launch rows (LaunchNormal) and a docking event's target flight, whose launch is
/// LaunchMini. A sort on a field the object lacks would order by NULL silently, so it is refused before any call
/// (SORT_NOT_SUPPORTED, saying why).
/// </summary>
public sealed record SortCarried(Func<string, bool> Holds, string Why)
{
    /// <summary>The fields of LL2's <paramref name="serializer"/> (LL2 names), read from LL2's OpenAPI file.</summary>
    public static SortCarried By(string serializer, string why)
    {
        var fields = Ll2Shapes.Fields(serializer);
        return new SortCarried(name => fields.Contains(ShortForm.SnakeCase(name)), why);
    }

    /// <summary>For the field's description.</summary>
    public string Described => $"Only the fields it carries: {Why}; a sort on another is SORT_NOT_SUPPORTED.";

    public GatewayError Refusal(string path) => new(ErrorCodes.SortNotSupported,
        $"The order by {path} cannot be evaluated: {Why}. Order by the fields it carries.",
        new Dictionary<string, object?> { ["field"] = path });
}
