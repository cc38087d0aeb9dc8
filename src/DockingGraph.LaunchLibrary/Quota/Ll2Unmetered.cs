namespace DockingGraph.LaunchLibrary.Quota;

/// <summary>The quota status with the embedded snapshot upstream: nothing is spent, nothing is governed.</summary>
public sealed class Ll2Unmetered : ILl2QuotaStatus
{
    public const string UnmeteredSource = "none: the embedded snapshot spends no LL2 quota";

    public int? Remaining => null;

    public int Limit => int.MaxValue;

    public string Source => UnmeteredSource;
}
