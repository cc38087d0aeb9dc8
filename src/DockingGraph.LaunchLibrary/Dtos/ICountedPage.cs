namespace DockingGraph.LaunchLibrary.Dtos;

/// <summary>An LL2 list envelope's <c>count</c>: every row the list query selects, whatever its limit and offset.</summary>
public interface ICountedPage
{
    int Count { get; }
}
