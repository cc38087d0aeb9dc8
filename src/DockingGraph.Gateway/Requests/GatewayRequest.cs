using GraphQL;

namespace DockingGraph.Gateway.Requests;

/// <summary>A GraphQL-over-HTTP request: the standard fields, plus Hot Chocolate's persisted-operation <c>id</c>.</summary>
public sealed record GatewayRequest(string? Query, string? DocumentId, string? Id, string? OperationName, Inputs? Variables, Inputs? Extensions);

/// <summary>Why a request could not be run; the status is what the client gets, with <c>Allow</c> on a 405.</summary>
public sealed record RequestProblem(int Status, string Code, string Message, string? Allow = null);
