namespace DockingGraph.Snapshot.CorpusBuilding;

/// <summary>
/// 2.3.0 addresses for objects recorded under 2.1.0 paths (ids are stable across versions, paths are not).
/// </summary>
internal static class Ll2Urls
{
    public const string Production = "https://ll.thespacedevs.com/2.3.0/";

    public static string For(string resource, object id) => $"{Production}{resource}/{id}/";
}
