using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace DockingGraph.Gateway.Data.Paging;

/// <summary>Relay's <c>first after last before</c>, with Hot Chocolate's argument descriptions.</summary>
public sealed record PagingArguments(int? First, string? After, int? Last, string? Before)
{
    public static PagingArguments From(IResolveFieldContext context) => new(
        context.GetArgument<int?>("first"), context.GetArgument<string?>("after"),
        context.GetArgument<int?>("last"), context.GetArgument<string?>("before"));
}

public static class PagingArgumentsExtensions
{
    public static FieldBuilder<TSource, TReturn> PagingArguments<TSource,
        TReturn>(this FieldBuilder<TSource, TReturn> field) => field
        .Argument<IntGraphType>("first", "Returns the first _n_ elements from the list.")
        .Argument<StringGraphType>("after", "Returns the elements in the list that come after the specified cursor.")
        .Argument<IntGraphType>("last", "Returns the last _n_ elements from the list.")
        .Argument<StringGraphType>("before", "Returns the elements in the list that come before the specified cursor.");
}
