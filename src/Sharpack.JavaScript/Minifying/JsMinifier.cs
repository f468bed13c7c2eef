// Minifies one file: parse, rename locals (Mangler), print compactly (JsPrinter).

using Sharpack.JavaScript.Diagnostics;
using Sharpack.JavaScript.Printing;

namespace Sharpack.JavaScript.Minifying;

/// <summary>Options of <see cref="JsMinifier"/>.</summary>
public sealed class MinifyOptions
{
    /// <summary>The goal: module, script, or null to pick as <see cref="JavaScriptParser.ParseDetectingGoal"/> does.</summary>
    public SourceType? SourceType { get; init; }

    /// <summary>Rewrites the program shorter before printing (<see cref="Compressor"/>); default true.</summary>
    public bool Compress { get; init; } = true;

    /// <summary>terser's optional compress options (drop_console, drop_debugger, pure_funcs, global_defs).</summary>
    public CompressOptions Compression { get; init; } = new();

    /// <summary>How names are mangled, or null to keep every name.</summary>
    public MangleOptions? Mangle { get; init; } = new();

    /// <summary>Escapes non-ASCII characters (terser's <c>ascii_only</c>).</summary>
    public bool AsciiOnly { get; init; }

    /// <summary>The comments kept; default the legal ones.</summary>
    public CommentPolicy Comments { get; init; } = CommentPolicy.Legal;

    /// <summary>The file's name, for error messages.</summary>
    public string? FileName { get; init; }

    /// <summary>Records token mappings (for a source map).</summary>
    public bool RecordMappings { get; init; }

    /// <summary>Keeps <c>/*#__PURE__*/</c> annotations (terser's <c>preserve_annotations</c>); default false.</summary>
    public bool KeepAnnotations { get; init; }

    /// <summary>Comments this accepts are taken out of the code into <see cref="MinifyResult.ExtractedComments"/>.</summary>
    public Func<string, bool>? ExtractComment { get; init; }

    /// <summary>Which comments stay (terser's <c>format.comments</c> beyond "some"); null for <see cref="Comments"/>' test. See <see cref="PrintOptions.KeepComment"/>.</summary>
    public Func<string, bool>? KeepComment { get; init; }
}

/// <summary>The minified text, or the syntax error that stopped it.</summary>
/// <param name="Code">The minified program; null when the source did not parse.</param>
/// <param name="Error">The syntax error, or null.</param>
/// <param name="Mappings">Printed offset to source offset of each token (when recorded).</param>
/// <param name="IsModule">The goal the source was minified as.</param>
/// <param name="ExtractedComments">The comments <see cref="MinifyOptions.ExtractComment"/> took, each once.</param>
public sealed record MinifyResult(string? Code, SyntaxError? Error, IReadOnlyList<PrintMapping> Mappings, bool IsModule, IReadOnlyList<string> ExtractedComments);

/// <summary>Minifies JavaScript.</summary>
public static partial class JsMinifier
{
    /// <summary>Minifies <paramref name="source"/>.</summary>
    public static MinifyResult Minify(string source, MinifyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= new MinifyOptions();
        var parseOptions = new ParseOptions { SourceType = options.SourceType ?? SourceType.Module, FileName = options.FileName };
        var parse = options.SourceType is null ? JavaScriptParser.ParseDetectingGoal(source, parseOptions) : JavaScriptParser.Parse(source, parseOptions);
        if (parse.Program is null || parse.Scopes is null)
            return new MinifyResult(null, parse.Error, [], options.SourceType == SourceType.Module, []);
        var dropped = options.Compress ? Compressor.Compress(parse.Program, parse.Scopes, source, parse.Comments, options.Compression) : null;
        var names = options.Mangle is { } mangle ? Mangler.Mangle(parse.Scopes, parse.Program.IsModule, mangle, source, parse.Comments, dropped) : null;
        var output = JsPrinter.Print(parse.Program, source, parse.Comments, PrintOptionsOf(options, names));
        var code = output.Code;
        var mappings = output.Mappings;
        // A hashbang line is no comment of the program: it stays first.
        if (source.StartsWith("#!", StringComparison.Ordinal))
        {
            var end = source.AsSpan().IndexOfAny('\n', '\r');
            var hashbang = (end < 0 ? source : source[..end]) + "\n";
            code = hashbang + code;
            mappings = PrintMapping.Shift(mappings, 0, hashbang.Length);
        }
        return new MinifyResult(code, null, mappings, parse.Program.IsModule, output.ExtractedComments);
    }
}
