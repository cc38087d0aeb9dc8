using System.Globalization;
using System.Text;

namespace DockingGraph.Gateway.Schema.Relay;

/// <summary>
/// Hot Chocolate's global ids: base64 of <c>TypeName:ll2Id</c> (<c>DockingEvent:622</c> →
/// <c>RG9ja2luZ0V2ZW50OjYyMg==</c>).
/// </summary>
public static class GlobalId
{
    /// <summary>
    /// The longest id this gateway issues is base64 of <c>Launch:</c> plus a UUID (60 characters); anything longer is
    /// refused before it is decoded.
    /// </summary>
    public const int MaxLength = 128;

    private const int MaxDecodedBytes = MaxLength / 4 * 3;

    public static string Encode(string typeName, object ll2Id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{ll2Id}"));

    /// <summary>
    /// Decodes an id whose LL2 part is an id LL2 can have: a positive integer in plain digits, or a UUID.
    /// <c>DockingEvent:-1</c>, <c>DockingEvent:0</c> and <c>DockingEvent:+1</c> are not ids, so they never reach LL2.
    /// </summary>
    public static bool TryDecode(string id, out string typeName, out string ll2Id)
    {
        (typeName, ll2Id) = ("", "");
        if (id.Length > MaxLength)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[MaxDecodedBytes];
        if (!Convert.TryFromBase64String(id, bytes, out var written))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(bytes[..written]);
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }

        var raw = text[(colon + 1)..];
        if (PositiveInt(raw) is null && !Guid.TryParse(raw, out _))
        {
            return false;
        }

        (typeName, ll2Id) = (text[..colon], raw);
        return true;
    }

    /// <summary>An LL2 integer id from a global id of <paramref name="typeName"/> or from the plain number.</summary>
    public static int? ParseInt(string? id, string typeName)
    {
        if (id is null)
        {
            return null;
        }

        if (PositiveInt(id) is { } plain)
        {
            return plain;
        }

        return TryDecode(id, out var type, out var raw) && type == typeName && PositiveInt(raw) is { } decoded
            ? decoded
            : throw new Errors.GatewayError(Errors.ErrorCodes.InvalidId,
                $"'{Shorten(id)}' is neither a {typeName} id nor an LL2 {typeName} number.");
    }

    /// <summary>The start of an id for a message: an error about a 10 MB id need not be 10 MB.</summary>
    public static string Shorten(string id) => id.Length <= MaxLength ? id : $"{id[..32]}… ({id.Length} characters)";

    private static int? PositiveInt(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
