namespace DockingGraph.LaunchLibrary.Caching;

/// <summary>Who refreshes a key: one replica at a time (Redis), or this process alone (no Redis, Redis away).</summary>
internal interface ILl2RefreshLock
{
    /// <summary>True when this caller may refresh <paramref name="key"/> for <paramref name="hold"/>.</summary>
    Task<bool> TryAcquireAsync(string key, string owner, TimeSpan hold);

    /// <summary>Keeps others off the key for <paramref name="hold"/> more (a refresh landed or failed).</summary>
    Task HoldAsync(string key, string owner, TimeSpan hold);
}

/// <summary>Without Redis the process's own one-refresh-per-key guard is the whole lock.</summary>
internal sealed class Ll2LocalRefreshLock : ILl2RefreshLock
{
    public Task<bool> TryAcquireAsync(string key, string owner, TimeSpan hold) => Task.FromResult(true);

    public Task HoldAsync(string key, string owner, TimeSpan hold) => Task.CompletedTask;
}
