namespace DockingGraph.LaunchLibrary.Queries;

/// <summary>An LL2 list query that can be paged with limit/offset and read in the opposite order.</summary>
public interface IPagedQuery<TSelf>
    where TSelf : IPagedQuery<TSelf>
{
    TSelf WithPage(int limit, int offset);

    /// <summary>The same query with every ordering field reversed (the last page read from the end).</summary>
    TSelf Reversed();

    string ToQueryString();
}
