namespace DockingGraph.LaunchLibrary.Queries;

/// <summary>LL2's <c>mode</c> for endpoints that have normal and detailed serializers (docking events, stations, expeditions).</summary>
public enum Ll2Mode
{
    Normal,
    Detailed,
}

/// <summary><c>launches/</c> also has a <c>list</c> mode.</summary>
public enum LaunchesMode
{
    List,
    Normal,
    Detailed,
}

public static class Ll2ModeExtensions
{
    public static string ToQueryValue(this Ll2Mode mode) => mode == Ll2Mode.Detailed ? "detailed" : "normal";

    public static string ToQueryValue(this LaunchesMode mode) => mode switch
    {
        LaunchesMode.List => "list",
        LaunchesMode.Detailed => "detailed",
        _ => "normal",
    };
}
