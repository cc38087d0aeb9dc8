namespace DockingGraph.Gateway.Data.PushDown;

/// <summary>
/// A field of the type that the list's LL2 endpoint cannot filter on: every operator of it is evaluated over the
/// rows LL2's part of the <c>where</c> selects (<see cref="Local.LocalFetch"/>).
/// </summary>
public static class EvaluatedHere
{
    public const string Description =
        "No LL2 filter: evaluated here over every row LL2's part of the where selects (read in blocks of 100).";

    public static MirrorOnly Field(string name, Type inputType) => new(name, inputType, Description);
}
