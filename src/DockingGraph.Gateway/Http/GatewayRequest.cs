using GraphQL;

namespace DockingGraph.Gateway.Http;

/// <summary>A GraphQL-over-HTTP request: the standard fields, plus Hot Chocolate's persisted-operation <c>id</c>.</summary>
public sealed record GatewayRequest(string? Query, string? DocumentId, string? Id, string? OperationName, Inputs? Variables, Inputs? Extensions);

/// <summary>Why a request could not be run; the status is what the client gets.</summary>
public sealed record RequestProblem(int Status, string Code, string Message);
