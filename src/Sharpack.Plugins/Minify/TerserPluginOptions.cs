// terser-webpack-plugin's options, read from a configuration: which assets (test, include,
// exclude), what happens to license comments (extractComments), and the terserOptions that mean
// something to Sharpack's minifier (mangle and its keep_*/reserved/toplevel, module, format's
// comments (false, true, "some", "all", a pattern string or a RegExp) and ascii_only, compress's drop_console, drop_debugger, pure_funcs, global_defs and sequences).
// Other compress options are accepted: the compressor applies its own safe set.

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Sharpack.Core.Options;
using Sharpack.JavaScript.Minifying;
using Sharpack.JavaScript.Printing;
using Sharpack.Plugins.Builtin;

namespace Sharpack.Plugins.Minify;

/// <summary>The options of <see cref="TerserPlugin"/> (terser-webpack-plugin's).</summary>
public sealed record TerserPluginOptions
{
    private const string Title = "Terser Plugin";

    /// <summary>terser-webpack-plugin's default test, <c>/\.[cm]?js(\?.*)?$/i</c>.</summary>
    public static bool DefaultTest(string file) => AssetFileTypes.IsJavaScript(file);

    /// <summary>The assets minified; default <see cref="DefaultTest"/>.</summary>
    public Func<string, bool> Test { get; init; } = DefaultTest;

    /// <summary>Only these assets, when set.</summary>
    public Func<string, bool>? Include { get; init; }

    /// <summary>Not these assets, when set.</summary>
    public Func<string, bool>? Exclude { get; init; }

    /// <summary>Comments moved to a license file (given with their delimiters); null keeps them in the code as <see cref="Comments"/> says.</summary>
    public Func<string, bool>? ExtractComment { get; init; } = static comment => JsPrinter.IsLicenseComment(comment);

    /// <summary>Which comments stay in the code when <see cref="Comments"/> keeps some: null for the legal ones, else what format.comments accepts.</summary>
    public Func<string, bool>? KeepComment { get; init; }

    /// <summary>The license file's name template (<c>[file]</c>, <c>[base]</c>, <c>[query]</c>…); default <c>[file].LICENSE.txt[query]</c>.</summary>
    public string ExtractedCommentsFilename { get; init; } = "[file].LICENSE.txt[query]";

    /// <summary>The banner put before a file whose comments were extracted: null for webpack's "For license information please see …", "" for none.</summary>
    public string? ExtractedCommentsBanner { get; init; }

    /// <summary>The comments left in the code (terser's <c>format.comments</c>).</summary>
    public CommentPolicy Comments { get; init; } = CommentPolicy.None;

    /// <summary>Rewrites the code shorter (terser's <c>compress</c>, not false).</summary>
    public bool Compress { get; init; } = true;

    /// <summary>terser's <c>compress</c> object: <c>drop_console</c>, <c>drop_debugger</c>, <c>pure_funcs</c>, <c>global_defs</c>, <c>sequences</c>.</summary>
    public CompressOptions Compression { get; init; } = new();

    /// <summary>How names are mangled, or null to keep them.</summary>
    public MangleOptions? Mangle { get; init; } = new();

    /// <summary>The goal of every asset (terser's <c>module</c>); null decides per asset.</summary>
    public bool? Module { get; init; }

    /// <summary>Escapes non-ASCII characters (terser's <c>format.ascii_only</c>).</summary>
    public bool AsciiOnly { get; init; }

    /// <summary>Keeps <c>/*#__PURE__*/</c> annotations (terser's <c>format.preserve_annotations</c>).</summary>
    public bool KeepAnnotations { get; init; }

    /// <summary>Reads terser-webpack-plugin's options; throws <see cref="ArgumentException"/> as its schema would.</summary>
    public static TerserPluginOptions Read(JsonNode? node, IJsFunctionHost? functions)
    {
        if (node is null)
            return new TerserPluginOptions();
        if (node is not JsonObject obj)
            throw BuiltinOptions.Invalid(Title, "options should be an object.");
        BuiltinOptions.CheckKeys(obj, Title, "test", "include", "exclude", "extractComments", "parallel", "terserOptions", "minify");
        if (obj["minify"] is not null)
            throw BuiltinOptions.Invalid(Title, "options.minify (another minifier's function) is not supported by sharpack: its own minifier runs.");
        var options = new TerserPluginOptions
        {
            Test = BuiltinOptions.MatchPart(obj["test"], Title, "options.test", functions) ?? DefaultTest,
            Include = BuiltinOptions.MatchPart(obj["include"], Title, "options.include", functions),
            Exclude = BuiltinOptions.MatchPart(obj["exclude"], Title, "options.exclude", functions),
        };
        options = ReadExtractComments(options, obj["extractComments"], functions);
        if (obj["terserOptions"] is JsonObject terser)
            options = ReadTerserOptions(options, terser, functions);
        return options;
    }

    private static TerserPluginOptions ReadExtractComments(TerserPluginOptions options, JsonNode? node, IJsFunctionHost? functions)
    {
        switch (BuiltinOptions.Kind(node))
        {
            case JsonValueKind.Null or JsonValueKind.True:
                return options;
            case JsonValueKind.False:
                // Nothing extracted: license comments stay in the code unless format.comments says otherwise.
                return options with { ExtractComment = null, Comments = CommentPolicy.Legal };
            case JsonValueKind.String:
                return options with { ExtractComment = Condition(node!, "options.extractComments", functions) };
            case JsonValueKind.Object when BuiltinOptions.IsRegExp(node) || JsFunction.IsHandle(node):
                return options with { ExtractComment = Condition(node!, "options.extractComments", functions) };
            case JsonValueKind.Object:
                {
                    var obj = (JsonObject)node!;
                    BuiltinOptions.CheckKeys(obj, Title, "condition", "filename", "banner");
                    var condition = obj["condition"];
                    var extract = BuiltinOptions.Kind(condition) switch
                    {
                        JsonValueKind.Null or JsonValueKind.True => options.ExtractComment,
                        JsonValueKind.False => null,
                        _ => Condition(condition!, "options.extractComments.condition", functions),
                    };
                    var filename = obj["filename"] is { } filenameNode
                        ? BuiltinOptions.String(filenameNode, Title, "options.extractComments.filename")
                            ?? throw BuiltinOptions.Invalid(Title, "options.extractComments.filename as a function is not supported by sharpack yet; use a template string.")
                        : options.ExtractedCommentsFilename;
                    var banner = BuiltinOptions.Kind(obj["banner"]) switch
                    {
                        JsonValueKind.Null or JsonValueKind.True => null,
                        JsonValueKind.False => "",
                        JsonValueKind.String => obj["banner"]!.GetValue<string>(),
                        _ => throw BuiltinOptions.Invalid(Title, "options.extractComments.banner as a function is not supported by sharpack yet; use a string or false."),
                    };
                    return options with { ExtractComment = extract, ExtractedCommentsFilename = filename, ExtractedCommentsBanner = banner };
                }
            default:
                throw BuiltinOptions.Invalid(Title, "options.extractComments should be a boolean, a string, a RegExp, a function or an object.");
        }
    }

    // terser-webpack-plugin tests a condition against the comment's value (without its delimiters);
    // "all" and "some" are the named conditions.
    private static Func<string, bool> Condition(JsonNode node, string path, IJsFunctionHost? functions)
    {
        if (BuiltinOptions.Kind(node) == JsonValueKind.String)
        {
            var text = node.GetValue<string>();
            if (text == "all")
                return static _ => true;
            if (text == "some")
                return static comment => JsPrinter.IsLicenseComment(comment);
            var pattern = new Regex(text, RegexOptions.CultureInvariant);
            return comment => pattern.IsMatch(CommentValue(comment));
        }
        if (BuiltinOptions.IsRegExp(node))
        {
            var regex = BuiltinOptions.RegExp(node, Title, path)!;
            return comment => regex.IsMatch(CommentValue(comment));
        }
        throw BuiltinOptions.Invalid(Title, $"{path} as a function is not supported by sharpack yet; use \"some\", \"all\", a string or a RegExp.");
    }

    private static string CommentValue(string comment) => comment.StartsWith("/*", StringComparison.Ordinal) ? comment[2..^2] : comment[2..];

    private static TerserPluginOptions ReadTerserOptions(TerserPluginOptions options, JsonObject terser, IJsFunctionHost? functions)
    {
        var keepClassNames = terser["keep_classnames"] is { } kc && BuiltinOptions.Kind(kc) != JsonValueKind.False;
        var keepFunctionNames = terser["keep_fnames"] is { } kf && BuiltinOptions.Kind(kf) != JsonValueKind.False;
        var topLevel = BuiltinOptions.Kind(terser["toplevel"]) == JsonValueKind.True;
        if (BuiltinOptions.Kind(terser["module"]) is JsonValueKind.True or JsonValueKind.False)
            options = options with { Module = BuiltinOptions.Kind(terser["module"]) == JsonValueKind.True };
        MangleOptions? mangle = new() { KeepClassNames = keepClassNames, KeepFunctionNames = keepFunctionNames, TopLevel = topLevel };
        switch (terser["mangle"])
        {
            case JsonValue value when value.GetValueKind() == JsonValueKind.False:
                mangle = null;
                break;
            case JsonObject mangleObject:
                var reserved = new List<string>();
                if (mangleObject["reserved"] is JsonArray names)
                {
                    foreach (var name in names)
                    {
                        if (name is JsonValue nameValue && nameValue.TryGetValue<string>(out var text))
                            reserved.Add(text);
                    }
                }
                mangle = new MangleOptions
                {
                    Reserved = reserved,
                    KeepClassNames = keepClassNames || (mangleObject["keep_classnames"] is { } mkc && BuiltinOptions.Kind(mkc) != JsonValueKind.False),
                    KeepFunctionNames = keepFunctionNames || (mangleObject["keep_fnames"] is { } mkf && BuiltinOptions.Kind(mkf) != JsonValueKind.False),
                    TopLevel = topLevel || BuiltinOptions.Kind(mangleObject["toplevel"]) == JsonValueKind.True,
                };
                break;
        }
        options = options with { Mangle = mangle, Compress = BuiltinOptions.Kind(terser["compress"]) != JsonValueKind.False };
        if (terser["compress"] is JsonObject compress)
            options = options with { Compression = ReadCompress(compress) };
        if ((terser["format"] ?? terser["output"]) is JsonObject format)
        {
            if (BuiltinOptions.Kind(format["ascii_only"]) == JsonValueKind.True)
                options = options with { AsciiOnly = true };
            if (BuiltinOptions.Kind(format["preserve_annotations"]) == JsonValueKind.True)
                options = options with { KeepAnnotations = true };
            // format.comments as terser-webpack-plugin reads it: false keeps none, true all, a
            // string ("all", "some", else a pattern) or a RegExp those it accepts.
            if (format["comments"] is { } comments)
            {
                options = BuiltinOptions.Kind(comments) switch
                {
                    JsonValueKind.False => options with { Comments = CommentPolicy.None, KeepComment = null },
                    JsonValueKind.True => options with { Comments = CommentPolicy.Legal, KeepComment = static _ => true },
                    JsonValueKind.String or JsonValueKind.Object =>
                        options with { Comments = CommentPolicy.Legal, KeepComment = Condition(comments, "options.terserOptions.format.comments", functions) },
                    _ => throw BuiltinOptions.Invalid(Title, "options.terserOptions.format.comments should be a boolean, \"all\", \"some\", a string or a RegExp."),
                };
            }
        }
        return options;
    }

    // terser's compress object: the options Sharpack's compressor takes (the others are its defaults).
    private static CompressOptions ReadCompress(JsonObject compress)
    {
        var pure = new List<string>();
        if (compress["pure_funcs"] is JsonArray names)
        {
            foreach (var name in names)
            {
                if (name is JsonValue value && value.TryGetValue<string>(out var text))
                    pure.Add(text);
            }
        }
        var definitions = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (compress["global_defs"] is JsonObject defs)
        {
            foreach (var (key, value) in defs)
            {
                definitions[key] = value switch
                {
                    null => null,
                    JsonValue text when text.TryGetValue<string>(out var s) => s,
                    JsonValue flag when flag.TryGetValue<bool>(out var b) => b,
                    JsonValue number when number.TryGetValue<double>(out var d) => d,
                    _ => throw BuiltinOptions.Invalid(Title, $"options.terserOptions.compress.global_defs.{key}: only a string, a number, a boolean or null can be defined (or code as a string, under a key starting with @)."),
                };
            }
        }
        // sequences: true (200), false (1: no joining) or a number of expressions.
        var sequences = compress["sequences"] switch
        {
            null => CompressOptions.DefaultSequences,
            JsonValue flag when flag.TryGetValue<bool>(out var on) => on ? CompressOptions.DefaultSequences : 1,
            JsonValue count when count.TryGetValue<double>(out var n) && n >= 0 && n == Math.Floor(n) => (int)Math.Clamp(n, 1, int.MaxValue),
            _ => throw BuiltinOptions.Invalid(Title, "options.terserOptions.compress.sequences: true, false or a whole number of expressions."),
        };
        return new CompressOptions
        {
            Sequences = sequences,
            DropConsole = BuiltinOptions.Kind(compress["drop_console"]) == JsonValueKind.True,
            DropDebugger = BuiltinOptions.Kind(compress["drop_debugger"]) != JsonValueKind.False,
            PureFunctions = pure,
            GlobalDefinitions = definitions,
        };
    }
}
