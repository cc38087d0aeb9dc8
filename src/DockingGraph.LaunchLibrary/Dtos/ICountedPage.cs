namespace DockingGraph.LaunchLibrary.Dtos;

/// <summary>An LL2 list envelope's <c>count</c>: the rows its query selects, whatever the limit and offset.</summary>
public interface ICountedPage
{
    int Count { get; }
}
