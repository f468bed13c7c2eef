// Where transforms insert code: after a body's directive prologue, at the top of a program, at the
// start of a concise arrow body. Shared by the TypeScript, lowering and React Refresh passes.

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Transforms;

internal static class SourcePositions
{
    /// <summary>The end of the directive prologue (<c>"use strict";</c>…) of <paramref name="body"/>, or <paramref name="start"/> when it has none.</summary>
    public static int AfterDirectives(Node[] body, int start)
    {
        var position = start;
        foreach (var statement in body)
        {
            if (statement is not ExpressionStatement { Directive: not null })
                break;
            position = statement.End;
        }
        return position;
    }

    /// <summary>
    /// Inserts <paramref name="code"/> at the top of <paramref name="program"/>: on a line after its
    /// directives, or on a line before its first statement (after a hashbang or leading comments).
    /// </summary>
    public static void InsertAtTop(EditList edits, Program program, in Rendered code)
    {
        var position = AfterDirectives(program.Body, -1);
        if (position < 0)
            position = program.Body.Length > 0 ? program.Body[0].Start : program.End;
        var atStart = position == 0 || program.Body.Length == 0 || position == program.Body[0].Start;
        edits.Replace(position, position, atStart ? new CodeBuilder().Add(code).Add("\n", position).Build() : new CodeBuilder().Add("\n", position).Add(code).Build());
    }

    /// <summary>Where a concise arrow body starts: right after <c>=&gt;</c>, before any parentheses around the body.</summary>
    public static int ArrowBodyStart(string source, ArrowFunctionExpression arrow)
    {
        var position = arrow.Body.Start;
        var search = arrow.Params.Length > 0 ? arrow.Params[^1].End : arrow.Start;
        var arrowToken = source.LastIndexOf("=>", position, position - search + 1, StringComparison.Ordinal);
        return arrowToken >= 0 ? arrowToken + 2 : position;
    }
}
