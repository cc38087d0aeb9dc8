using System.Security.Cryptography;
using System.Text;
using DockingGraph.Gateway.Http;
using DockingGraph.Gateway.Limits;
using DockingGraph.Gateway.Requests;
using GraphQL;

namespace DockingGraph.Gateway.Answers;

/// <summary>
/// What makes two requests the same answer: method (a GET answer carries cache headers), negotiated media type,
/// the document (text after persisted-operation resolution, or its documentId), operation name, variables and
/// extensions, each length-prefixed and hashed. A request that asks for a cost report has no key: its answer is about
/// itself.
/// </summary>
public static class AnswerKey
{
    public static string? For(HttpContext http, string mediaType, GatewayRequest request,
        IGraphQLTextSerializer serializer)
    {
        if (ReportHeaders.Asks(http, CostReport.Header) || ReportHeaders.Asks(http, Ll2CostReport.Header))
        {
            return null;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, HttpMethods.IsGet(http.Request.Method) ? "GET" : "POST");
        Append(hash, mediaType);
        Append(hash, request.DocumentId);
        Append(hash, request.OperationName);
        Append(hash, request.Variables is null ? null : serializer.Serialize(request.Variables));
        Append(hash, request.Extensions is null ? null : serializer.Serialize(request.Extensions));
        Append(hash, request.Query);
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    // Length first, so that no two different sequences of parts hash the same text; null differs from "".
    private static void Append(IncrementalHash hash, string? part)
    {
        var text = part is null ? "-1:" : $"{part.Length}:{part}";
        hash.AppendData(Encoding.UTF8.GetBytes(text));
    }
}
