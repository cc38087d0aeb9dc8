using System.Text;

namespace DockingGraph.Gateway.Schema.Relay;

/// <summary>Hot Chocolate's global ids: base64 of <c>TypeName:ll2Id</c> (<c>DockingEvent:622</c> → <c>RG9ja2luZ0V2ZW50OjYyMg==</c>).</summary>
public static class GlobalId
{
    public static string Encode(string typeName, object ll2Id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{ll2Id}"));

    public static bool TryDecode(string id, out string typeName, out string ll2Id)
    {
        (typeName, ll2Id) = ("", "");
        Span<byte> bytes = stackalloc byte[id.Length];
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

        (typeName, ll2Id) = (text[..colon], text[(colon + 1)..]);
        return true;
    }

    /// <summary>An LL2 integer id from a global id of <paramref name="typeName"/> or from the plain number.</summary>
    public static int? ParseInt(string? id, string typeName)
    {
        if (id is null)
        {
            return null;
        }

        if (int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var plain))
        {
            return plain;
        }

        return TryDecode(id, out var type, out var raw) && type == typeName && int.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var decoded)
            ? decoded
            : throw new Errors.GatewayError(Errors.ErrorCodes.InvalidId, $"'{id}' is neither a {typeName} id nor an LL2 {typeName} number.");
    }
}
