namespace DockingGraph.LaunchLibrary.Pipeline;

/// <summary>The rest of the pipeline below a stage; the last one sends the read to LL2 over HTTP.</summary>
public delegate Task<object> Ll2ReadNext(Ll2Read read, CancellationToken cancellationToken);

/// <summary>
/// One stage of the LL2 client's pipeline (per-request memo, cross-request cache, quota governor, …). Stages run in
/// the order they are registered with <see cref="LaunchLibraryServiceCollectionExtensions.AddLl2Stage{TStage}"/>;
/// a stage answers a read itself or passes it on.
/// </summary>
public interface ILl2Stage
{
    Task<object> ReadAsync(Ll2Read read, Ll2ReadNext next, CancellationToken cancellationToken);
}
