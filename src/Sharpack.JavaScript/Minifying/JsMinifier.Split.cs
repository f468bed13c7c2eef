// Minifies a large file on all cores when parts of it are closed functions: a bundle's module
// functions read nothing of the code around them but globals and their own parameters, so each
// can be compressed, mangled and printed on its own. The spans go in batches (one program per
// batch: `__sharpack_piece$([function(…){…}, …])`, a call keeps every function used) minified in
// parallel; the rest of the file, the skeleton, has a stub `function(){__sharpack_piece$N()}` in
// place of each span and is minified as one program, its mangler kept off the names the spans
// read; then each printed stub is replaced by its printed span.
// Checked, not assumed: a span that does not parse as a function, a free name of a span that the
// skeleton declares (anywhere: compression moves code), a stub the compressor changed, moved into
// a place an arrow cannot stand or printed other than once make it return null, and the caller
// minifies the file whole (which also reports any syntax error where it is).

using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Diagnostics;
using Sharpack.JavaScript.Printing;
using Sharpack.JavaScript.Scopes;

namespace Sharpack.JavaScript.Minifying;

/// <summary>
/// A closed function in a file: a function expression or an arrow (<c>function(a, b) {…}</c>) or
/// a shorthand method's parameters and body (<c>(a, b) {…}</c>, when <paramref name="IsMethod"/>)
/// that reads no binding of the code around it, only globals.
/// </summary>
/// <param name="Start">The offset of its first character.</param>
/// <param name="End">The offset after its last character.</param>
/// <param name="IsMethod">The span is a shorthand method without its name.</param>
public readonly record struct FunctionSpan(int Start, int End, bool IsMethod);

public static partial class JsMinifier
{
    private const string PieceMarker = "__sharpack_piece$";

    // Spans per batch are chosen by size: enough batches to keep every core busy to the end,
    // none so small that a parse's fixed costs show.
    private const int MinBatchLength = 32 * 1024;
    private const int MaxBatchLength = 1024 * 1024;

    /// <summary>
    /// Minifies <paramref name="source"/> as <see cref="Minify"/> does, minifying the closed
    /// functions at <paramref name="spans"/> (in order, not overlapping) in parallel on their own;
    /// null when the spans turn out not to be closed functions or the file does not parse (then
    /// minify it whole).
    /// </summary>
    public static MinifyResult? MinifySplit(string source, IReadOnlyList<FunctionSpan> spans, MinifyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(spans);
        options ??= new MinifyOptions();
        if (spans.Count == 0 || source.Contains(PieceMarker, StringComparison.Ordinal) || source.StartsWith("#!", StringComparison.Ordinal))
            return null;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Start < (i == 0 ? 0 : spans[i - 1].End) || span.End <= span.Start || span.End > source.Length)
                return null;
        }

        var skeleton = Skeleton.Build(source, spans);
        var parseOptions = new ParseOptions { SourceType = options.SourceType ?? SourceType.Module, FileName = options.FileName };
        var parse = options.SourceType is null ? JavaScriptParser.ParseDetectingGoal(skeleton.Text, parseOptions) : JavaScriptParser.Parse(skeleton.Text, parseOptions);
        if (parse.Program is null || parse.Scopes is null || !skeleton.FindStubs(parse.Scopes))
            return null;
        var isModule = parse.Program.IsModule;

        // The skeleton is compressed while the batches are minified: it can be the larger part.
        var batches = Batch.Plan(spans, skeleton.Strict, isModule);
        var failed = 0;
        IReadOnlySet<int>? dropped = null;
        Parallel.Invoke(
            () => dropped = options.Compress ? Compressor.Compress(parse.Program, parse.Scopes, skeleton.Text, parse.Comments, options.Compression) : null,
            () => Parallel.For(0, batches.Count, i =>
            {
                if (Volatile.Read(ref failed) == 0 && !batches[i].Minify(source, spans, isModule, options))
                    Interlocked.Exchange(ref failed, 1);
            }));
        if (failed != 0)
            return null;

        // A span reads only globals: nothing the skeleton declares may have its name, and the
        // skeleton's new names must not hide the globals the spans read.
        var free = new HashSet<string>(StringComparer.Ordinal);
        foreach (var batch in batches)
            free.UnionWith(batch.FreeNames!);
        foreach (var symbol in parse.Scopes.Symbols)
        {
            if (free.Contains(symbol.Name))
                return null;
        }
        if (free.Contains("arguments"))
            return null;

        string?[]? names = null;
        if (options.Mangle is { } mangle)
        {
            var reserved = new HashSet<string>(free, StringComparer.Ordinal);
            reserved.UnionWith(mangle.Reserved);
            var skeletonMangle = new MangleOptions { TopLevel = mangle.TopLevel, Reserved = reserved, KeepFunctionNames = mangle.KeepFunctionNames, KeepClassNames = mangle.KeepClassNames };
            names = Mangler.Mangle(parse.Scopes, isModule, skeletonMangle, skeleton.Text, parse.Comments, dropped);
        }
        var printed = JsPrinter.Print(parse.Program, skeleton.Text, parse.Comments, PrintOptionsOf(options, names));
        var pieces = new Piece[spans.Count];
        foreach (var batch in batches)
            batch.Pieces!.CopyTo(pieces, batch.First);
        return Assemble(skeleton, printed, pieces, batches, isModule, options.RecordMappings);
    }

    private static PrintOptions PrintOptionsOf(MinifyOptions options, string?[]? names) => new()
    {
        AsciiOnly = options.AsciiOnly,
        Comments = options.Comments,
        SymbolNames = names,
        RecordMappings = options.RecordMappings,
        KeepAnnotations = options.KeepAnnotations,
        ExtractComment = options.ExtractComment,
        KeepComment = options.KeepComment,
    };

    // Puts the printed pieces where the printed skeleton has their stubs; the skeleton's mappings
    // move to the source's offsets, the pieces' are already there.
    private static MinifyResult? Assemble(Skeleton skeleton, PrintOutput printed, Piece[] pieces, List<Batch> batches, bool isModule, bool recordMappings)
    {
        var code = printed.Code;
        // Each stub exactly once: one printed twice (and another dropped) would not change the count.
        var placed = new (int Start, int End, int Piece)[pieces.Length];
        var seenStubs = new bool[pieces.Length];
        var markers = 0;
        for (var at = code.IndexOf(PieceMarker, StringComparison.Ordinal); at >= 0; at = code.IndexOf(PieceMarker, at + PieceMarker.Length, StringComparison.Ordinal))
        {
            if (++markers > pieces.Length || !TryReadStub(code, at, skeleton, pieces, out var stub) || seenStubs[stub.Piece])
                return null;
            seenStubs[stub.Piece] = true;
            placed[markers - 1] = stub;
        }
        if (markers != pieces.Length)
            return null;
        Array.Sort(placed, (a, b) => a.Start.CompareTo(b.Start));

        var length = code.Length;
        foreach (var (start, end, piece) in placed)
            length += pieces[piece].Code.Length - (end - start);
        var output = new System.Text.StringBuilder(length);
        List<PrintMapping>? mappings = recordMappings ? new(printed.Mappings.Count + (pieces.Length * 16)) : null;
        var next = 0;
        var shift = 0;
        var from = 0;
        foreach (var (start, end, index) in placed)
        {
            var piece = pieces[index];
            if (mappings is not null)
            {
                for (; next < printed.Mappings.Count && printed.Mappings[next].Output < start; next++)
                {
                    var mapping = printed.Mappings[next];
                    mappings.Add(new PrintMapping(mapping.Output + shift, skeleton.ToSource(mapping.Source), mapping.Name));
                }
                while (next < printed.Mappings.Count && printed.Mappings[next].Output < end)
                    next++;
                var at = start + shift;
                foreach (var mapping in piece.Mappings)
                    mappings.Add(mapping with { Output = mapping.Output + at });
            }
            output.Append(code, from, start - from).Append(piece.Code);
            shift += piece.Code.Length - (end - start);
            from = end;
        }
        output.Append(code, from, code.Length - from);
        if (mappings is not null)
        {
            for (; next < printed.Mappings.Count; next++)
            {
                var mapping = printed.Mappings[next];
                mappings.Add(new PrintMapping(mapping.Output + shift, skeleton.ToSource(mapping.Source), mapping.Name));
            }
        }

        var extracted = new List<string>(printed.ExtractedComments);
        var seen = new HashSet<string>(printed.ExtractedComments, StringComparer.Ordinal);
        foreach (var batch in batches)
        {
            foreach (var comment in batch.ExtractedComments!)
            {
                if (seen.Add(comment))
                    extracted.Add(comment);
            }
        }
        return new MinifyResult(output.ToString(), null, (IReadOnlyList<PrintMapping>?)mappings ?? [], isModule, extracted);
    }

    // The stub whose marker is at `at`, as the skeleton printed it: `function(){__sharpack_piece$N()}`
    // (a method's `(){…}`). An arrow goes only where an assignment expression stood in a list or
    // a property, as the module functions do.
    private static bool TryReadStub(string code, int at, Skeleton skeleton, Piece[] pieces, out (int Start, int End, int Piece) stub)
    {
        stub = default;
        var digits = at + PieceMarker.Length;
        var end = digits;
        while (end < code.Length && char.IsAsciiDigit(code[end]))
            end++;
        if (end == digits || !int.TryParse(code.AsSpan(digits, end - digits), out var index) || index >= pieces.Length)
            return false;
        if (!code.AsSpan(end).StartsWith("()}", StringComparison.Ordinal))
            return false;
        var head = skeleton.IsMethod(index) ? "(){" : "function(){";
        var start = at - head.Length;
        if (start < 0 || !code.AsSpan(start, head.Length).SequenceEqual(head))
            return false;
        end += 3;
        if (pieces[index].IsArrow)
        {
            var before = start > 0 ? code[start - 1] : '\0';
            var after = end < code.Length ? code[end] : '\0';
            if (before is not (':' or ',' or '(' or '[') || after is not (',' or '}' or ')' or ']'))
                return false;
        }
        stub = (start, end, index);
        return true;
    }

    /// <summary>The file with a stub in place of each span, and where the stubs are.</summary>
    private sealed class Skeleton
    {
        private readonly IReadOnlyList<FunctionSpan> _spans;
        private readonly int[] _stubStarts;
        private readonly int[] _stubEnds;

        private Skeleton(string text, IReadOnlyList<FunctionSpan> spans, int[] stubStarts, int[] stubEnds)
        {
            Text = text;
            _spans = spans;
            _stubStarts = stubStarts;
            _stubEnds = stubEnds;
            Strict = new bool[spans.Count];
        }

        public string Text { get; }

        /// <summary>Whether each stub is strict mode code (its span is, in the file).</summary>
        public bool[] Strict { get; }

        public bool IsMethod(int span) => _spans[span].IsMethod;

        public static Skeleton Build(string source, IReadOnlyList<FunctionSpan> spans)
        {
            var builder = new System.Text.StringBuilder(source.Length / 8);
            var starts = new int[spans.Count];
            var ends = new int[spans.Count];
            var from = 0;
            for (var i = 0; i < spans.Count; i++)
            {
                var span = spans[i];
                builder.Append(source, from, span.Start - from);
                starts[i] = builder.Length;
                builder.Append(span.IsMethod ? "(){" : "function(){").Append(PieceMarker).Append(i).Append("()}");
                ends[i] = builder.Length;
                from = span.End;
            }
            builder.Append(source, from, source.Length - from);
            return new Skeleton(builder.ToString(), spans, starts, ends);
        }

        /// <summary>Finds each stub's function in the parsed skeleton and whether it is strict; false when one is missing.</summary>
        public bool FindStubs(ScopeTree scopes)
        {
            var found = 0;
            foreach (var reference in scopes.UnresolvedReferences)
            {
                if (!reference.Name.StartsWith(PieceMarker, StringComparison.Ordinal))
                    continue;
                if (!int.TryParse(reference.Name.AsSpan(PieceMarker.Length), out var index)
                    || index < 0 || index >= _spans.Count || reference.InsideWith)
                    return false;
                var scope = reference.Scope;
                while (scope >= 0 && scopes.GetScope(scope).Node is not FunctionNode)
                    scope = scopes.GetScope(scope).Parent;
                if (scope < 0 || scopes.GetScope(scope).Node is not FunctionNode function
                    || function.End != _stubEnds[index] || function.Start < _stubStarts[index])
                    return false;
                Strict[index] = function.IsStrict;
                found++;
            }
            return found == _spans.Count;
        }

        /// <summary>The source offset of a skeleton offset: a stub's offsets are its span's start.</summary>
        public int ToSource(int offset)
        {
            var stub = Array.BinarySearch(_stubStarts, offset);
            if (stub < 0)
                stub = ~stub - 1;
            if (stub < 0)
                return offset;
            if (offset < _stubEnds[stub])
                return _spans[stub].Start;
            return offset - _stubEnds[stub] + _spans[stub].End;
        }
    }

    /// <summary>A span minified: its text and its mappings, whose offsets are the printed span's and the source's.</summary>
    private sealed record Piece(string Code, IReadOnlyList<PrintMapping> Mappings, bool IsArrow);

    /// <summary>Consecutive spans minified as one program.</summary>
    private sealed class Batch(int first, int count, bool strict)
    {
        public int First { get; } = first;

        public Piece[]? Pieces { get; private set; }

        public IReadOnlyCollection<string>? FreeNames { get; private set; }

        public IReadOnlyList<string>? ExtractedComments { get; private set; }

        public static List<Batch> Plan(IReadOnlyList<FunctionSpan> spans, bool[] strict, bool isModule)
        {
            long total = 0;
            foreach (var span in spans)
                total += span.End - span.Start;
            var target = (int)Math.Clamp(total / (Environment.ProcessorCount * 4L), MinBatchLength, MaxBatchLength);
            var batches = new List<Batch>();
            var first = 0;
            var length = 0;
            for (var i = 0; i < spans.Count; i++)
            {
                // A module's code is strict throughout; a script's batch is strict when its spans are.
                if (i > first && (length >= target || (!isModule && strict[i] != strict[first])))
                {
                    batches.Add(new Batch(first, i - first, !isModule && strict[first]));
                    first = i;
                    length = 0;
                }
                length += spans[i].End - spans[i].Start;
            }
            batches.Add(new Batch(first, spans.Count - first, !isModule && strict[first]));
            return batches;
        }

        public bool Minify(string source, IReadOnlyList<FunctionSpan> spans, bool isModule, MinifyOptions options)
        {
            // The program, and where each span's text starts in it (after a method's added `function`).
            var starts = new int[count];
            var builder = new System.Text.StringBuilder();
            if (strict)
                builder.Append("\"use strict\";");
            builder.Append(PieceMarker).Append("([\n");
            for (var i = 0; i < count; i++)
            {
                var span = spans[First + i];
                if (i > 0)
                    builder.Append(",\n");
                if (span.IsMethod)
                    builder.Append("function");
                starts[i] = builder.Length;
                builder.Append(source, span.Start, span.End - span.Start);
            }
            builder.Append("\n])");
            var text = builder.ToString();

            var parse = JavaScriptParser.Parse(text, new ParseOptions { SourceType = isModule ? SourceType.Module : SourceType.Script, FileName = options.FileName });
            // A direct eval could read the code around the function, which the batch does not have.
            if (parse.Program is not { } program || parse.Scopes is not { } scopes || scopes.HasDirectEval || Elements(program) is null)
                return false;
            var dropped = options.Compress ? Compressor.Compress(program, scopes, text, parse.Comments, options.Compression) : null;
            // Compression must have left the call and every function in it as they were.
            if (Elements(program) is not { } elements || elements.Length != count)
                return false;
            var names = options.Mangle is { } mangle ? Mangler.Mangle(scopes, isModule, mangle, text, parse.Comments, dropped) : null;
            var printOptions = PrintOptionsOf(options, names);

            var pieces = new Piece[count];
            var extracted = new List<string>();
            for (var i = 0; i < count; i++)
            {
                var span = spans[First + i];
                if (elements[i] is not FunctionNode function || (span.IsMethod && function is not FunctionExpression) || function.Start != starts[i] - (span.IsMethod ? "function".Length : 0))
                    return false;
                var printed = JsPrinter.PrintExpression(function, text, parse.Comments, printOptions);
                var code = printed.Code;
                var skip = 0;
                if (span.IsMethod)
                {
                    if (!code.StartsWith("function(", StringComparison.Ordinal))
                        return false;
                    skip = "function".Length;
                    code = code[skip..];
                }
                var shift = span.Start - starts[i];
                var mappings = new PrintMapping[printed.Mappings.Count];
                var kept = 0;
                foreach (var mapping in printed.Mappings)
                {
                    if (mapping.Output < skip)
                        continue;
                    mappings[kept++] = new PrintMapping(mapping.Output - skip, Math.Clamp(mapping.Source + shift, span.Start, span.End), mapping.Name);
                }
                pieces[i] = new Piece(code, kept == mappings.Length ? mappings : mappings[..kept], function is ArrowFunctionExpression);
                // Assemble keeps each once, across the batches.
                extracted.AddRange(printed.ExtractedComments);
            }

            var free = new HashSet<string>(scopes.UnresolvedNames, StringComparer.Ordinal);
            free.Remove(PieceMarker);
            Pieces = pieces;
            FreeNames = free;
            ExtractedComments = extracted;
            return true;
        }

        // The functions of the batch's call, or null when the program is not that call.
        private static Node?[]? Elements(Program program)
        {
            var body = program.Body;
            var last = body.Length - 1;
            if (last < 0 || body[last] is not ExpressionStatement { Expression: CallExpression { Callee: Identifier { Name: PieceMarker }, Arguments: [ArrayExpression array] } })
                return null;
            for (var i = 0; i < last; i++)
            {
                if (body[i] is not ExpressionStatement { Directive: not null })
                    return null;
            }
            foreach (var element in array.Elements)
            {
                if (element is not FunctionNode)
                    return null;
            }
            return array.Elements;
        }
    }
}
