namespace DockingGraph.Gateway.Data.Sorting;

/// <summary>
/// How an order LL2 cannot execute is named where a <c>where</c>'s lacking operator would be ("LL2 cannot execute
/// the order by pad.name on launches"), so a refusal can tell the two apart (SORT_NOT_SUPPORTED).
/// </summary>
public static class OrderLacking
{
    private const string Prefix = "the order by ";

    public static string Of(string path) => Prefix + path;

    public static bool IsOrder(string lacking) => lacking.StartsWith(Prefix, StringComparison.Ordinal);
}
