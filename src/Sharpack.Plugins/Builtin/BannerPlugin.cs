// Follows webpack lib/BannerPlugin.js: at processAssets' additions stage, puts a comment (or raw
// text) before (or, with footer, after) every file of every chunk (only initial chunks with
// entryOnly) whose name passes test/include/exclude. The text's placeholders are filled per file
// as webpack's compilation.getPath does: [name] [id] [chunkhash] [contenthash] of the chunk,
// [fullhash]/[hash] of the compilation, [file] [base] [path] [query] [fragment] [ext] of the file.
// A banner function from a configuration is called for each file through the JavaScript bridge,
// with webpack's { hash, chunk, filename }; its answer is wrapped and filled in the same way.

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.Hooks;
using Sharpack.Core.Options;
using Sharpack.Core.Seal;
using Sharpack.Sources;

namespace Sharpack.Plugins.Builtin;

/// <summary>What <see cref="BannerPlugin"/> adds and where (webpack's BannerPluginOptions).</summary>
public sealed record BannerPluginOptions
{
    /// <summary>The banner text, with placeholders such as <c>[name]</c> and <c>[contenthash]</c>.</summary>
    public required string Banner { get; init; }

    /// <summary>
    /// webpack's banner function: given the chunk, the file and the compilation's hash, the banner
    /// text (placeholders are still filled in); when set, <see cref="Banner"/> is not used.
    /// </summary>
    public Func<Chunk, string, string, string>? BannerFunction { get; init; }

    /// <summary>Add the text as it is, not wrapped in a <c>/*! … */</c> comment.</summary>
    public bool Raw { get; init; }

    /// <summary>Only the files of initial chunks (those an entry loads first).</summary>
    public bool EntryOnly { get; init; }

    /// <summary>Add the banner after the content instead of before it.</summary>
    public bool Footer { get; init; }

    /// <summary>Only files this accepts (webpack's <c>test</c>); null for every file.</summary>
    public Func<string, bool>? Test { get; init; }

    /// <summary>Only files this accepts (webpack's <c>include</c>); null for every file.</summary>
    public Func<string, bool>? Include { get; init; }

    /// <summary>Not the files this accepts (webpack's <c>exclude</c>); null for none.</summary>
    public Func<string, bool>? Exclude { get; init; }

    /// <summary>The processAssets stage to run at (webpack's <c>stage</c>, default additions).</summary>
    public int Stage { get; init; } = Compilation.ProcessAssetsStageAdditions;
}

/// <summary>Adds a banner to the chunk files (webpack's BannerPlugin).</summary>
public sealed class BannerPlugin : IPlugin
{
    private const string Title = "Banner Plugin";
    private readonly BannerPluginOptions _options;
    private readonly string _banner;

    /// <summary>A plugin that adds <paramref name="banner"/> as a comment before every chunk file.</summary>
    public BannerPlugin(string banner) : this(new BannerPluginOptions { Banner = banner })
    {
    }

    /// <summary>A plugin with the given options.</summary>
    public BannerPlugin(BannerPluginOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Banner);
        _options = options;
        _banner = options.Raw ? options.Banner : WrapComment(options.Banner);
    }

    /// <summary>A plugin from a configuration's options: a string, or an object { banner, raw, entryOnly, footer, test, include, exclude, stage }.</summary>
    public BannerPlugin(JsonNode? options) : this(Read(options, null))
    {
    }

    /// <summary>
    /// A plugin from a configuration's options, where the banner may be a JavaScript function of
    /// webpack's <c>{ hash, chunk, filename }</c> that <paramref name="functions"/> calls for each file.
    /// </summary>
    public BannerPlugin(JsonNode? options, IJsFunctionHost? functions) : this(Read(options, functions))
    {
    }

    private static BannerPluginOptions Read(JsonNode? node, IJsFunctionHost? functions)
    {
        if (BuiltinOptions.Kind(node) == JsonValueKind.String)
            return new BannerPluginOptions { Banner = node!.GetValue<string>() };
        Func<Chunk, string, string, string>? bannerFunction = null;
        if (node is JsonObject withFunction && JsFunction.IsHandle(withFunction["banner"]))
        {
            var function = BuiltinOptions.Function(withFunction["banner"], functions, Title, "options.banner");
            bannerFunction = (chunk, file, hash) => function.Call(PathData.ForChunk(chunk, hash, file)) is JsonValue text && text.GetValueKind() == JsonValueKind.String
                ? text.GetValue<string>()
                : throw JsFunctionException.Failed(function.OptionPath, $"returned no string for {file}; it should return the banner's text.");
            node = withFunction.DeepClone();
            node["banner"] = "";
        }
        if (node is not JsonObject obj)
            throw BuiltinOptions.Invalid(Title, "options should be one of these:\n   object { banner, entryOnly?, exclude?, footer?, include?, raw?, stage?, test? } | string | function");
        BuiltinOptions.CheckKeys(obj, Title, "banner", "entryOnly", "exclude", "footer", "include", "raw", "stage", "test");
        var banner = BuiltinOptions.String(obj["banner"], Title, "options.banner")
            ?? throw BuiltinOptions.Invalid(Title, "options misses the property 'banner'. Should be:\n   string | function");
        var stage = obj["stage"] is { } stageNode && stageNode.GetValueKind() == JsonValueKind.Number
            ? (int)stageNode.GetValue<double>()
            : obj["stage"] is null ? Compilation.ProcessAssetsStageAdditions : throw BuiltinOptions.Invalid(Title, "options.stage should be a number.");
        return new BannerPluginOptions
        {
            Banner = banner,
            BannerFunction = bannerFunction,
            Raw = BuiltinOptions.Bool(obj["raw"], Title, "options.raw") ?? false,
            EntryOnly = BuiltinOptions.Bool(obj["entryOnly"], Title, "options.entryOnly") ?? false,
            Footer = BuiltinOptions.Bool(obj["footer"], Title, "options.footer") ?? false,
            Test = BuiltinOptions.MatchPart(obj["test"], Title, "options.test"),
            Include = BuiltinOptions.MatchPart(obj["include"], Title, "options.include"),
            Exclude = BuiltinOptions.MatchPart(obj["exclude"], Title, "options.exclude"),
            Stage = stage,
        };
    }

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        compiler.Hooks.Compilation.Tap("BannerPlugin", (compilation, _) =>
            compilation.Hooks.ProcessAssets.Tap(new TapOptions("BannerPlugin") { Stage = _options.Stage }, _ => AddBanners(compilation)));
    }

    private void AddBanners(Compilation compilation)
    {
        foreach (var chunk in compilation.Chunks)
        {
            if (_options.EntryOnly && !chunk.IsInitial)
                continue;
            foreach (var file in chunk.Files.ToArray())
            {
                if (!Matches(file) || compilation.GetAsset(file) is null)
                    continue;
                var banner = _banner;
                if (_options.BannerFunction is { } function)
                {
                    try
                    {
                        var text = function(chunk, file, compilation.Hash);
                        banner = _options.Raw ? text : WrapComment(text);
                    }
                    catch (JsFunctionException e)
                    {
                        compilation.Errors.Add(new Sharpack.Core.Stats.BuildDiagnostic(e.Describe()));
                        continue;
                    }
                }
                compilation.UpdateAsset(file, old =>
                {
                    var comment = Interpolate(banner, compilation, chunk, file, old);
                    return _options.Footer ? new ConcatSource(old, "\n", comment) : new ConcatSource(comment, "\n", old);
                });
            }
        }
    }

    // webpack's ModuleFilenameHelpers.matchObject.
    private bool Matches(string file) =>
        (_options.Test is null || _options.Test(file))
        && (_options.Include is null || _options.Include(file))
        && (_options.Exclude is null || !_options.Exclude(file));

    /// <summary>
    /// webpack's wrapComment: one line as Template.toComment (<c>/*! text */</c>); several as a
    /// <c>/*!</c> block whose lines start with <c> * </c>, trailing spaces trimmed, <c>*/</c> defused.
    /// </summary>
    internal static string WrapComment(string text)
    {
        if (!text.Contains('\n', StringComparison.Ordinal))
            return text.Length == 0 ? "" : "/*! " + text.Replace("*/", "* /", StringComparison.Ordinal) + " */";
        var body = string.Join("\n * ", text.Replace("*/", "* /", StringComparison.Ordinal).Split('\n'));
        body = System.Text.RegularExpressions.Regex.Replace(body, @"\s+\n", "\n").TrimEnd();
        return "/*!\n * " + body + "\n */";
    }

    // Follows webpack's TemplatedPathPlugin for chunk path data: the file's parts first, then the
    // chunk's [name] (which wins over the file's) and [id], hashes with an optional :length.
    private static string Interpolate(string template, Compilation compilation, Chunk chunk, string file, Source content)
    {
        if (!template.Contains('[', StringComparison.Ordinal))
            return template;
        var (path, query, fragment) = SplitResource(file);
        var parts = new FilePathParts(path, query, fragment);
        string? contentHash = null;
        return PathPlaceholders.ReplaceWithLengths(template, key => key switch
        {
            "name" => chunk.Name ?? chunk.Id,
            "id" => chunk.Id,
            "fullhash" or "hash" => compilation.Hash,
            // The hash the chunk's file name takes for [contenthash] and [chunkhash]: of the content as rendered.
            "chunkhash" or "contenthash" => contentHash ??= ContentHash(compilation, content),
            _ => parts.Value(key),
        });
    }

    // The content's hash in output.hashFunction and hashDigest, cut to hashDigestLength.
    private static string ContentHash(Compilation compilation, Source content)
    {
        var hash = compilation.CreateHash();
        hash.Append(content.GetBuffer());
        var digest = compilation.DigestOf(hash);
        var length = compilation.Options.Output.HashDigestLength;
        return digest.Length > length ? digest[..length] : digest;
    }

    // webpack's parseResource: path, ?query and #fragment.
    private static (string Path, string Query, string Fragment) SplitResource(string file)
    {
        var hash = file.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash < 0 ? "" : file[hash..];
        var rest = hash < 0 ? file : file[..hash];
        var question = rest.IndexOf('?', StringComparison.Ordinal);
        return question < 0 ? (rest, "", fragment) : (rest[..question], rest[question..], fragment);
    }
}
