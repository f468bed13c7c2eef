// Which parts of a rendered chunk are closed functions (its module functions), so that the
// minifier can minify them on all cores (JsMinifier.MinifySplit). The renderer wraps each module
// function's source in a ClosedFunctionSource; the asset made of the rendered tree carries the
// tree; the minifier asks for the spans of the asset's text. An asset a plugin replaced or wrapped
// is a new source and has no spans, so no stale offset is ever used.

using System.Runtime.CompilerServices;
using Sharpack.JavaScript.Minifying;
using Sharpack.Sources;

namespace Sharpack.Core.CodeGeneration;

/// <summary>
/// A closed function of rendered JavaScript: a function expression or arrow (or, when
/// <see cref="IsMethod"/>, a shorthand method's parameters and body) that reads only globals and its
/// parameters. It is its inner source in every respect; the type marks it.
/// </summary>
public sealed class ClosedFunctionSource(Source function, bool isMethod) : Source
{
    /// <summary>The function's source.</summary>
    public Source Function { get; } = function ?? throw new ArgumentNullException(nameof(function));

    /// <summary>The text is a shorthand method without its name: <c>(a, b) {…}</c>.</summary>
    public bool IsMethod { get; } = isMethod;

    /// <inheritdoc />
    public override string GetText() => Function.GetText();

    /// <inheritdoc />
    public override int Size => Function.Size;

    /// <inheritdoc />
    public override byte[] GetBuffer() => Function.GetBuffer();

    /// <inheritdoc />
    public override void WriteTo(System.Buffers.IBufferWriter<byte> writer) => Function.WriteTo(writer);

    /// <inheritdoc />
    public override void WriteTo(TextWriter writer) => Function.WriteTo(writer);

    /// <inheritdoc />
    public override SourceMap? GetMap(SourceMapOptions? options = null) => Function.GetMap(options);

    /// <inheritdoc />
    public override (string Text, SourceMap? Map) GetSourceAndMap(SourceMapOptions? options = null) => Function.GetSourceAndMap(options);

    /// <inheritdoc />
    public override GeneratedSourceInfo StreamChunks(StreamChunksOptions options, IStreamChunksHandler handler) => Function.StreamChunks(options, handler);

    /// <inheritdoc />
    public override void UpdateHash(IHashSink hash) => Function.UpdateHash(hash);
}

/// <summary>Finds the closed functions (<see cref="ClosedFunctionSource"/>) of a rendered chunk in its asset's text.</summary>
public static class ClosedFunctionSources
{
    private static readonly ConditionalWeakTable<Source, Source> s_rendered = [];

    /// <summary>Records that <paramref name="asset"/> holds the text of <paramref name="rendered"/>, the tree its closed functions are in.</summary>
    public static void Carry(Source asset, Source rendered)
    {
        ArgumentNullException.ThrowIfNull(asset);
        ArgumentNullException.ThrowIfNull(rendered);
        if (!ReferenceEquals(asset, rendered))
            s_rendered.AddOrUpdate(asset, rendered);
    }

    /// <summary>
    /// The closed functions in <paramref name="asset"/>'s text (<paramref name="text"/>), in order;
    /// empty when it has none or is not (any more) a rendered chunk's text.
    /// </summary>
    public static IReadOnlyList<FunctionSpan> Find(Source asset, string text)
    {
        ArgumentNullException.ThrowIfNull(asset);
        ArgumentNullException.ThrowIfNull(text);
        var root = s_rendered.TryGetValue(asset, out var rendered) ? rendered : asset;
        if (root is not ConcatSource)
            return [];
        var spans = new List<FunctionSpan>();
        var offset = 0;
        Walk(root, ref offset, spans);
        return offset == text.Length ? spans : [];
    }

    // Depth-first through the concatenations, measuring the leaves; a closed function inside a
    // leaf (a cache, a replacement) stays unseen.
    private static void Walk(Source source, ref int offset, List<FunctionSpan> spans)
    {
        switch (source)
        {
            case ClosedFunctionSource function:
                var start = offset;
                Walk(function.Function, ref offset, spans);
                spans.Add(new FunctionSpan(start, offset, function.IsMethod));
                break;
            case ConcatSource concat:
                foreach (var child in concat.GetChildren())
                    Walk(child, ref offset, spans);
                break;
            default:
                offset += source.GetText().Length;
                break;
        }
    }
}
