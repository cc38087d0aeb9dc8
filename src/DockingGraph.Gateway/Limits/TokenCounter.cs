using GraphQLParser;

namespace DockingGraph.Gateway.Limits;

/// <summary>Lexical tokens of a document, comments excluded: one pass of GraphQL-Parser's lexer.</summary>
public static class TokenCounter
{
    /// <summary>Counts up to <paramref name="stopAfter"/> tokens (the rest does not change the answer).</summary>
    public static int Count(ROM source, int stopAfter)
    {
        var count = 0;
        var position = 0;
        while (count <= stopAfter)
        {
            var token = Lexer.Lex(source, position);
            if (token.Kind == TokenKind.EOF)
            {
                break;
            }

            if (token.Kind != TokenKind.COMMENT)
            {
                count++;
            }

            position = token.End;
        }

        return count;
    }
}
