namespace DockingGraph.LaunchLibrary.Quota;

/// <summary>
/// Calls held for the due refresh of the data most requests depend on (the docking-events mirror): while held,
/// client reads stop this many calls short of the budget, so a long tail of cold misses, each wanted by one
/// request, cannot take every call the window frees and leave that data to age out. Only
/// <see cref="Pipeline.Ll2ReadOrigin.Refresh"/> reads may use them.
/// </summary>
public sealed class Ll2RefreshHolds
{
    private int _held;

    public int Held => Volatile.Read(ref _held);

    public void Hold(int calls) => Volatile.Write(ref _held, Math.Max(0, calls));

    public void Release() => Volatile.Write(ref _held, 0);
}
