using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.Snapshot.Corpus;

namespace DockingGraph.Gateway.DataLoading;

/// <summary>
/// "Is this the full object?", answered from LL2's serializer field lists (LL2's OpenAPI file, as the snapshot
/// corpus carries them in schemas.json) rather than by hand per type. Each DTO lists the serializers LL2 writes it
/// with; an object names its serializer only through <c>response_mode</c> (absent on the short forms), so a null
/// field is LL2's own null only when every serializer writing that <c>response_mode</c> has the field.
/// </summary>
public static class Ll2Shapes
{
    public static readonly Ll2ShapeFamily<SpaceStationDto> SpaceStation = new(s => s.ResponseMode,
        "SpaceStationMini", "SpaceStationNormal", "SpaceStationDetailed", "SpaceStationEndpoint",
        "SpaceStationDetailedEndpoint");

    public static readonly Ll2ShapeFamily<LaunchDto> Launch = new(l => l.ResponseMode,
        "LaunchMini", "LaunchBasic", "LaunchNormal", "LaunchDetailed");

    public static readonly Ll2ShapeFamily<SpacecraftFlightDto> SpacecraftFlight = new(f => f.ResponseMode,
        "SpacecraftFlightForDockingEvent", "SpacecraftFlightMini", "SpacecraftFlightNormal",
        "SpacecraftFlightDetailed", "SpacecraftFlightDetailedSerializerNoLaunch",
        "SpacecraftFlightMiniSerializerNoLanding", "SpacecraftFlightNormalSerializerNoLanding",
        "SpacecraftFlightDetailedSerializerNoLanding");

    public static readonly Ll2ShapeFamily<LandingDto> Landing = new(l => l.ResponseMode,
        "Landing", "LandingEndpointList", "LandingEndpointNormal", "LandingEndpointDetailed");

    public static readonly Ll2ShapeFamily<SpacecraftDto> Spacecraft = new(s => s.ResponseMode,
        "SpacecraftNormal", "SpacecraftDetailed", "SpacecraftEndpointDetailed");

    /// <summary>The fields of one LL2 serializer, by LL2 name.</summary>
    public static IReadOnlySet<string> Fields(string serializer) =>
        SnapshotCorpus.Serializers.Shapes.TryGetValue(serializer, out var fields)
            ? fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal)
            : throw new KeyNotFoundException($"LL2's OpenAPI file has no serializer '{serializer}'.");
}

/// <summary>The serializers LL2 writes one DTO with, grouped by the <c>response_mode</c> each writes.</summary>
public sealed class Ll2ShapeFamily<TDto>
{
    private readonly Func<TDto, string?> _responseMode;
    private readonly IReadOnlyDictionary<string, IReadOnlySet<string>[]> _byMode;

    public Ll2ShapeFamily(Func<TDto, string?> responseMode, params string[] serializers)
    {
        _responseMode = responseMode;
        var catalog = SnapshotCorpus.Serializers.Shapes;
        _byMode = serializers
            .GroupBy(name => ResponseModeOf(catalog[name]), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(Ll2Shapes.Fields).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// Whether an object's serializer has all of <paramref name="ll2Fields"/> (LL2 names), so that a null there is
    /// LL2's null and not a field the short form leaves out. Throws at schema build for a field no serializer has.
    /// </summary>
    public Func<TDto, bool> Holds(params string[] ll2Fields)
    {
        if (ll2Fields.FirstOrDefault(f => !_byMode.Values.Any(shapes => shapes.Any(s => s.Contains(f)))) is { } unknown)
        {
            throw new ArgumentException($"No LL2 serializer of {typeof(TDto).Name} has '{unknown}'.",
                nameof(ll2Fields));
        }

        var complete = _byMode.Where(mode => mode.Value.All(shape => ll2Fields.All(shape.Contains)))
            .Select(mode => mode.Key)
            .ToHashSet(StringComparer.Ordinal);
        return dto => complete.Contains(_responseMode(dto) ?? "");
    }

    // The short forms have no response_mode field: they share the empty mode.
    private static string ResponseModeOf(IReadOnlyList<Snapshot.Shapes.ShapeField> fields) =>
        fields.FirstOrDefault(f => f.Name == "response_mode")?.Default ?? "";
}
