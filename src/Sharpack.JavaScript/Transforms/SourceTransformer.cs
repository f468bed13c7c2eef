// The front door of the TypeScript and JSX transform: parse (TypeScript types are checked and
// become erasures as they are parsed), lower JSX, lower TypeScript's run-time constructs, guard the
// statement boundaries erasure could join, and write the JavaScript with its mapping back. What is
// not rewritten is copied as written, comments and layout included, so the output reads like
// the input and maps to it exactly.

using Sharpack.JavaScript.Parsing;

namespace Sharpack.JavaScript.Transforms;

/// <summary>Turns TypeScript and JSX into JavaScript.</summary>
public static class SourceTransformer
{
    /// <summary>Transforms <paramref name="source"/>; never throws for bad input, returns the error instead.</summary>
    public static TransformResult Transform(string source, TransformOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        var parseOptions = new ParseOptions
        {
            SourceType = options.Module == false ? SourceType.Script : SourceType.Module,
            Jsx = options.Jsx,
            TypeScript = options.TypeScript,
            JsxCodePoints = true,
            FileName = options.FileName,
        };
        var parsed = options.Module is null
            ? JavaScriptParser.ParseDetectingGoal(source, parseOptions)
            : JavaScriptParser.Parse(source, parseOptions);
        if (parsed.Error is { } error)
            return new TransformResult("", [], error, parsed.Lines);
        var program = parsed.Program!;
        var edits = new EditList(source);
        if (parsed.TypeScript is { } facts)
        {
            foreach (var edit in facts.Edits)
                edits.Replace(edit.Start, edit.End, edit.Text);
        }
        var typeScript = parsed.TypeScript is { } typeScriptFacts
            ? TypeScriptLowering.Prepare(program, edits, typeScriptFacts, parsed.Scopes!, options)
            : null;
        IReadOnlyCollection<string> jsxNames = [];
        if (options.Jsx)
            jsxNames = JsxLowering.Apply(program, edits, parsed.Lines, parsed.Comments, options, typeScript?.JsxRenames);
        if (typeScript is not null)
        {
            typeScript.Apply(program, jsxNames);
            if (typeScript.Unsupported is { } unsupported)
            {
                var (line, column) = parsed.Lines.GetLineColumn(unsupported.Offset);
                return new TransformResult("", [], new Diagnostics.SyntaxError(unsupported.Message, unsupported.Offset, line, column, options.FileName), parsed.Lines);
            }
            GuardStatementBoundaries(source, parsed.AsiPositions, edits);
        }
        var output = edits.RenderAll();
        return new TransformResult(output.Text, output.Segments, null, parsed.Lines);
    }

    // A statement ended by automatic semicolon insertion stays ended once what followed it (or its
    // own last part: `x = y as T`) is erased: `a\ninterface I {}\n(b)` must not become `a(b)`.
    private static void GuardStatementBoundaries(string source, IReadOnlyList<int> asiPositions, EditList edits)
    {
        foreach (var position in asiPositions)
        {
            var next = position;
            while (true)
            {
                next = SkipWhitespace(source, next);
                var erasedTo = edits.ErasureEndAt(next);
                if (erasedTo < 0)
                    break;
                next = erasedTo;
            }
            if (next >= source.Length || source[next] is not ('(' or '[' or '`' or '+' or '-' or '/' or '<'))
                continue;
            var previousEnd = position;
            while (previousEnd > 0 && char.IsWhiteSpace(source[previousEnd - 1]))
                previousEnd--;
            if (next != position || edits.HasErasureEndingAt(previousEnd))
                edits.Insert(previousEnd, ";");
        }
    }

    private static int SkipWhitespace(string source, int position)
    {
        while (position < source.Length && char.IsWhiteSpace(source[position]))
            position++;
        return position;
    }
}
