using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Microsoft.Extensions.Caching.Hybrid;

namespace DockingGraph.LaunchLibrary.Caching;

/// <summary>
/// Cache entries go to Redis as JSON with the LL2 client's own options (snake_case, as LL2 writes it), so every DTO
/// reads back exactly as it was deserialized from LL2.
/// </summary>
internal sealed class Ll2CacheSerializerFactory : IHybridCacheSerializerFactory
{
    public bool TryCreateSerializer<T>([NotNullWhen(true)] out IHybridCacheSerializer<T>? serializer)
    {
        var isEntry = typeof(T).IsGenericType && typeof(T).GetGenericTypeDefinition() == typeof(Ll2CacheEntry<>);
        serializer = isEntry ? new Json<T>() : null;
        return isEntry;
    }

    private sealed class Json<T> : IHybridCacheSerializer<T>
    {
        public T Deserialize(ReadOnlySequence<byte> source)
        {
            var reader = new Utf8JsonReader(source);
            return JsonSerializer.Deserialize<T>(ref reader, LaunchLibraryTransport.Json)
                ?? throw new JsonException("A cache entry is JSON null.");
        }

        public void Serialize(T value, IBufferWriter<byte> target)
        {
            using var writer = new Utf8JsonWriter(target);
            JsonSerializer.Serialize(writer, value, LaunchLibraryTransport.Json);
        }
    }
}
