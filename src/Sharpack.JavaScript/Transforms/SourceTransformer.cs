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
        if (!options.TypeScript && !options.Jsx)
        {
            // Plain JavaScript: lowered over its own tree.
            if (options.Lower != SyntaxFeatures.None && SyntaxFeatureScanner.Scan(program, source, options.Lower) != SyntaxFeatures.None)
                SyntaxLowering.Apply(program, edits, options.Lower);
            var plain = edits.RenderAll();
            return new TransformResult(plain.Text, plain.Segments, null, parsed.Lines);
        }
        var output = edits.RenderAll();
        // Parameter properties become fields (useDefineForClassFields), which the source does not show.
        var writesFields = options.UseDefineForClassFields && parsed.TypeScript is { ParameterProperties.Count: > 0 } && (options.Lower & SyntaxFeatures.ClassField) != 0;
        if (options.Lower != SyntaxFeatures.None && (writesFields || SyntaxFeatureScanner.Scan(program, source, options.Lower) != SyntaxFeatures.None))
            return LowerOutput(output, parsed, parseOptions, options);
        return new TransformResult(output.Text, output.Segments, null, parsed.Lines);
    }

    // The JavaScript the TypeScript/JSX pass wrote is parsed again and lowered; its map is composed
    // with the first one, so the result still maps to the source.
    private static TransformResult LowerOutput(Rendered output, ParseResult parsed, ParseOptions parseOptions, TransformOptions options)
    {
        var javaScript = JavaScriptParser.Parse(output.Text, new ParseOptions
        {
            SourceType = parsed.Program!.IsModule ? SourceType.Module : SourceType.Script,
            FileName = parseOptions.FileName,
        });
        if (javaScript.Error is { } error)
        {
            var original = MapOffset(output.Segments, error.Offset);
            var (line, column) = parsed.Lines.GetLineColumn(original);
            return new TransformResult("", [], new Diagnostics.SyntaxError("The transform wrote invalid JavaScript (please report it): " + error.Message, original, line, column, options.FileName), parsed.Lines);
        }
        var edits = new EditList(output.Text);
        SyntaxLowering.Apply(javaScript.Program!, edits, options.Lower);
        var lowered = edits.RenderAll();
        return new TransformResult(lowered.Text, Compose(lowered.Segments, output.Segments), null, parsed.Lines);
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
