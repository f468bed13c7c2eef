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
        // Parameter properties become fields (useDefineForClassFields) and standard decorators static blocks, which the source does not show.
        var writesFields = ((options.UseDefineForClassFields && parsed.TypeScript is { ParameterProperties.Count: > 0 }) || typeScript is { WroteClassSyntax: true })
            && (options.Lower & SyntaxFeatures.ClassFeatures) != 0;
        var lower = options.Lower != SyntaxFeatures.None && (writesFields || SyntaxFeatureScanner.Scan(program, source, options.Lower) != SyntaxFeatures.None);
        Rendered output;
        if (!options.TypeScript && !options.Jsx)
        {
            // Plain JavaScript: the first pass works on its own tree.
            if (options.ReactRefresh)
                ReactRefresh.Apply(program, edits, parsed.Comments, options.RefreshRegister, options.RefreshSignature);
            else if (lower)
                SyntaxLowering.Apply(program, edits, options.Lower);
            output = edits.RenderAll();
            if (!options.ReactRefresh)
                lower = false;
        }
        else
        {
            output = edits.RenderAll();
            if (options.ReactRefresh && !JavaScriptPass(ref output, parsed, options, static (p, e, c, o) => ReactRefresh.Apply(p, e, c, o.RefreshRegister, o.RefreshSignature), out var refreshError))
                return refreshError;
        }
        if (lower && !JavaScriptPass(ref output, parsed, options, static (p, e, _, o) => SyntaxLowering.Apply(p, e, o.Lower), out var lowerError))
            return lowerError;
        return new TransformResult(output.Text, output.Segments, null, parsed.Lines);
    }

    // Parses the JavaScript an earlier pass wrote, runs `apply` over it, and maps the result back to
    // the source through the earlier pass's segments. False (with the error) when what was written
    // does not parse, which is a bug of the transform.
    private static bool JavaScriptPass(ref Rendered output, ParseResult parsed, TransformOptions options,
        Action<Ast.Program, EditList, IReadOnlyList<Ast.Comment>, TransformOptions> apply, out TransformResult failure)
    {
        failure = null!;
        var javaScript = JavaScriptParser.Parse(output.Text, new ParseOptions
        {
            SourceType = parsed.Program!.IsModule ? SourceType.Module : SourceType.Script,
            FileName = options.FileName,
        });
        if (javaScript.Error is { } error)
        {
            var original = MapOffset(output.Segments, error.Offset);
            var (line, column) = parsed.Lines.GetLineColumn(original);
            failure = new TransformResult("", [], new Diagnostics.SyntaxError("The transform wrote invalid JavaScript (please report it): " + error.Message, original, line, column, options.FileName), parsed.Lines);
            return false;
        }
        var edits = new EditList(output.Text);
        apply(javaScript.Program!, edits, javaScript.Comments, options);
        var result = edits.RenderAll();
        output = new Rendered(result.Text, Compose(result.Segments, output.Segments));
        return true;
    }

    /// <summary>Segments from the final output to the source, through the intermediate code <paramref name="inner"/> maps.</summary>
    internal static TransformSegment[] Compose(TransformSegment[] outer, TransformSegment[] inner)
    {
        var result = new List<TransformSegment>(outer.Length + inner.Length);
        for (var i = 0; i < outer.Length; i++)
        {
            var segment = outer[i];
            if (!segment.Copied)
            {
                result.Add(new TransformSegment(segment.Generated, MapOffset(inner, segment.Original), false));
                continue;
            }
            // Copied text may run across several segments of the first pass.
            var length = (i + 1 < outer.Length ? outer[i + 1].Generated : int.MaxValue) - segment.Generated;
            var start = segment.Original;
            var end = length == int.MaxValue - segment.Generated ? int.MaxValue : start + length;
            var index = SegmentAt(inner, start);
            for (; index < inner.Length; index++)
            {
                var innerSegment = inner[index];
                var innerEnd = index + 1 < inner.Length ? inner[index + 1].Generated : int.MaxValue;
                if (innerSegment.Generated >= end)
                    break;
                var from = Math.Max(start, innerSegment.Generated);
                if (from >= innerEnd)
                    continue;
                var original = innerSegment.Copied ? innerSegment.Original + (from - innerSegment.Generated) : innerSegment.Original;
                result.Add(new TransformSegment(segment.Generated + (from - start), original, innerSegment.Copied));
            }
        }
        return [.. result];
    }

    private static int MapOffset(TransformSegment[] segments, int offset)
    {
        var index = SegmentAt(segments, offset);
        if (index >= segments.Length)
            return 0;
        var segment = segments[index];
        return segment.Copied ? segment.Original + (offset - segment.Generated) : segment.Original;
    }

    // The last segment starting at or before offset.
    private static int SegmentAt(TransformSegment[] segments, int offset)
    {
        int low = 0, high = segments.Length - 1, found = 0;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (segments[middle].Generated <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return found;
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
