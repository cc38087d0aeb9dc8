using DockingGraph.LaunchLibrary.Pipeline;

namespace DockingGraph.LaunchLibrary.Quota;

/// <summary>
/// The budget as the HttpClient's retry sees it. The governor counts once per read, above the HttpClient; a retry
/// happens inside it, below the governor, so each retry asks here for one more unit and is not made without it.
/// </summary>
public interface ILl2RetryBudget
{
    ValueTask<bool> TryTakeRetryAsync(Ll2ReadOrigin origin);
}
