using GraphQLParser;

namespace DockingGraph.Gateway.Limits;

/// <summary>Lexical tokens of a document, comments excluded: one pass of GraphQL-Parser's lexer.</summary>
public static class TokenCounter
{
    public static int Count(ROM source)
    {
        var count = 0;
        var position = 0;
        while (true)
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
