using System.Text.Json;
using System.Text.Json.Serialization;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.LaunchLibrary.Quota;

/// <summary>
/// Reads <c>api-throttle/</c> as one object (what LL2 answers) or an array of one (what LL2's OpenAPI declares).
/// </summary>
public sealed class Ll2ApiThrottleJson : JsonConverter<ApiThrottleDto>
{
    public override ApiThrottleDto? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return Convert(JsonSerializer.Deserialize<Wire>(ref reader, options));
        }

        var rows = JsonSerializer.Deserialize<List<Wire>>(ref reader, options);
        return rows is { Count: > 0 } ? Convert(rows[0]) : null;
    }

    public override void Write(Utf8JsonWriter writer, ApiThrottleDto value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new Wire
        {
            YourRequestLimit = value.YourRequestLimit,
            LimitFrequencySecs = value.LimitFrequencySecs,
            CurrentUse = value.CurrentUse,
            NextUseSecs = value.NextUseSecs,
            Ident = value.Ident,
        }, options);

    private static ApiThrottleDto? Convert(Wire? wire) => wire is null ? null : new ApiThrottleDto
    {
        YourRequestLimit = wire.YourRequestLimit,
        LimitFrequencySecs = wire.LimitFrequencySecs,
        CurrentUse = wire.CurrentUse,
        NextUseSecs = wire.NextUseSecs,
        Ident = wire.Ident,
    };

    // The same fields without the converter attribute, so that reading one row does not recurse.
    private sealed class Wire
    {
        public int YourRequestLimit { get; init; }
        public int LimitFrequencySecs { get; init; }
        public int CurrentUse { get; init; }
        public int NextUseSecs { get; init; }
        public string? Ident { get; init; }
    }
}
