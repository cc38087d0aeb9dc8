using DockingGraph.LaunchLibrary.Pipeline;

namespace DockingGraph.LaunchLibrary.Caching;

/// <summary>
/// The cache key of a read: its relative path (parameters sorted by the client) and the DTO it is read as. The API
/// key travels only in a header, so it cannot be part of a key.
/// </summary>
public static class Ll2CacheKey
{
    public static string For(Ll2Read read) => $"ll2:{TypeName(read.ResultType)}:{read.Path}";

    private static string TypeName(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`')]}<{string.Join(",", type.GetGenericArguments().Select(TypeName))}>"
        : type.Name;
}
