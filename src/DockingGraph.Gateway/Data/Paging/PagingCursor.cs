using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DockingGraph.Gateway.Errors;

namespace DockingGraph.Gateway.Data.Paging;

/// <summary>
/// Opaque cursors: base64 of "<c>shape:offset</c>", where the shape is a digest of the filters, search and order. A
/// cursor from another query (or edited) is refused instead of silently paging a different list.
/// </summary>
public static class PagingCursor
{
    /// <summary>
    /// Cursors this gateway issues are about 30 characters; anything longer is refused before decoding.
    /// </summary>
    public const int MaxLength = 64;

    private const int MaxDecodedBytes = MaxLength / 4 * 3;

    public static string Shape(string queryWithoutPaging) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(queryWithoutPaging)))[..12];

    public static string Encode(string shape, int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{shape}:{offset.ToString(CultureInfo.InvariantCulture)}"));

    public static int? Decode(string? cursor, string shape, string argument)
    {
        if (cursor is null)
        {
            return null;
        }

        Span<byte> bytes = stackalloc byte[MaxDecodedBytes];
        if (cursor.Length <= MaxLength
            && Convert.TryFromBase64String(cursor, bytes, out var written)
            && Encoding.UTF8.GetString(bytes[..written]).Split(':') is [var cursorShape, var text]
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
        {
            return cursorShape == shape
                ? offset
                : throw new GatewayError(ErrorCodes.InvalidCursor,
                    $"The {argument} cursor belongs to a query with other where/order/search arguments.");
        }

        throw new GatewayError(ErrorCodes.InvalidCursor, $"The {argument} cursor is not a cursor this gateway issued.");
    }
}
