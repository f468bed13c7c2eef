// Follows webpack's AssetGenerator.getFullContentHash, getFilenameWithInfo and the publicPath half
// of getAssetPathWithInfo: an asset's file is named by generator.filename (or
// output.assetModuleFilename, "[hash][ext][query][fragment]") filled with the source file's name,
// relative to the context, and the content's hash; generator.outputPath puts it in a folder
// (the URL keeps the name without it, as webpack's does); generator.publicPath, when given,
// replaces output.publicPath in the URL.

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Sharpack.Core.Seal;
using Hash = Sharpack.Core.Hashing.Hash;
using HashDigest = Sharpack.Core.Hashing.HashDigest;

namespace Sharpack.Plugins.Assets;

/// <summary>Where an asset module's file goes and how its URL is written.</summary>
/// <param name="Filename">The file's name in output.path (with generator.outputPath).</param>
/// <param name="OriginalFilename">The name the URL appends to the public path (without generator.outputPath).</param>
/// <param name="PublicPath">generator.publicPath filled in, or null to use the runtime's <c>__webpack_require__.p</c>.</param>
/// <param name="SourceFilename">The source file relative to the context (webpack's assetInfo.sourceFilename).</param>
/// <param name="ContentHash">The content's hash as names use it (hashDigestLength characters, never digits only).</param>
/// <param name="FullContentHash">The whole digest of the content.</param>
/// <param name="Hashes">The content hashes written into the name and URL (webpack's assetInfo.contenthash); any makes the file immutable.</param>
public sealed record AssetFile(string Filename, string OriginalFilename, string? PublicPath, string SourceFilename, string ContentHash, string FullContentHash, IReadOnlyList<string> Hashes)
{
    /// <summary>Computes the file of <paramref name="module"/> under <paramref name="options"/>.</summary>
    public static AssetFile For(AssetModule module, SharpackOptions options)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(options);
        var output = options.Output;
        var hash = Hash.Create(output);
        hash.Append(module.Content.Span);
        // The raw digest too: a [contenthash:<digest>:<length>] re-encodes it (webpack's reEncodeDigest).
        var digest = hash.Digest();
        var full = HashDigest.Encode(digest, output.HashDigest);
        var contentHash = NonNumericOnly(full, output.HashDigestLength);
        var sourceFilename = SourceFilenameOf(module, options.Context);
        var generator = module.GeneratorOptions;
        var hashes = new List<string>();
        var template = Template(generator?["filename"], "filename", module, sourceFilename, contentHash, options)
            ?? (output.AssetModuleFilenameFunction is { } function ? Ask(function, module, sourceFilename, contentHash, options) : output.AssetModuleFilename);
        var filename = Fill(template, module, sourceFilename, contentHash, digest, hashes, options);
        var original = filename;
        if (Template(generator?["outputPath"], "outputPath", module, sourceFilename, contentHash, options) is { } outputPathTemplate)
            filename = Sharpack.Resolver.PosixPath.Join(Fill(outputPathTemplate, module, sourceFilename, contentHash, digest, hashes, options), filename);
        string? publicPath = null;
        if (generator?["publicPath"] is { } publicPathNode && Template(publicPathNode, "publicPath", module, sourceFilename, contentHash, options) is { } publicPathTemplate)
            publicPath = Fill(publicPathTemplate, module, sourceFilename, contentHash, digest, hashes, options);
        return new AssetFile(filename, original, publicPath, sourceFilename, contentHash, full, hashes);
    }

    /// <summary>webpack's nonNumericOnlyHash: the first <paramref name="length"/> characters, with a letter first when they would be digits only.</summary>
    public static string NonNumericOnly(string hash, int length)
    {
        ArgumentNullException.ThrowIfNull(hash);
        if (length < 1)
            return "";
        var slice = hash.Length > length ? hash[..length] : hash;
        foreach (var c in slice)
        {
            if (!char.IsAsciiDigit(c))
                return slice;
        }
        return (char)('a' + (hash[0] - '0') % 6) + slice[1..];
    }

    // webpack's getSourceFileName: makePathsRelative(context, resource) without a leading "./";
    // a data: URI is its own name.
    private static string SourceFilenameOf(AssetModule module, string context)
    {
        var resource = module.Resource;
        if (resource.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            return resource;
        var path = module.ResourcePath;
        var suffix = resource.Length > path.Length && resource.StartsWith(path, StringComparison.Ordinal) ? resource[path.Length..] : "";
        var relative = Path.GetRelativePath(context, path.Replace("\0#", "#", StringComparison.Ordinal)).Replace('\\', '/');
        return relative + suffix.Replace("\0#", "#", StringComparison.Ordinal);
    }

    // A generator option: a template string, or a function asked for one (null when not given).
    private static string? Template(JsonNode? node, string option, AssetModule module, string sourceFilename, string contentHash, SharpackOptions options)
    {
        if (node is null)
            return null;
        if (JsFunction.IsHandle(node))
        {
            var function = options.ModuleFunctions?.Resolve(node)
                ?? throw new InvalidOperationException($"generator.{option} of {module.ReadableName} is a function, and no JavaScript runs beside this build to call it.");
            return Ask(function, module, sourceFilename, contentHash, options);
        }
        return node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
    }

    // A filename or publicPath function of (pathData, assetInfo), as webpack's getAssetPathWithInfo calls it.
    private static string Ask(JsFunction function, AssetModule module, string sourceFilename, string contentHash, SharpackOptions options)
    {
        var pathData = new JsonObject
        {
            ["module"] = module.ModuleData(),
            ["filename"] = sourceFilename,
            ["contentHash"] = contentHash,
        };
        var answer = function.Call(pathData, new JsonObject());
        if (answer is JsonValue value && value.GetValueKind() == JsonValueKind.String)
            return value.GetValue<string>();
        throw new InvalidOperationException($"{function.OptionPath} returned {answer?.ToJsonString() ?? "undefined"} for {module.ReadableName}; it should return a string.");
    }

    // webpack's TemplatedPathPlugin for an asset: the file placeholders of the source file's name
    // (a data: URI gives only [ext], by its mimetype, and [name]/[base] as the hash), and the
    // module's [id], [hash] and [contenthash] (the content's hash, cut to a length when asked).
    private static string Fill(string template, AssetModule module, string sourceFilename, string contentHash, byte[] digest, List<string> hashes, SharpackOptions options)
    {
        var dataUri = sourceFilename.StartsWith("data:", StringComparison.OrdinalIgnoreCase);
        var parts = default(FilePathParts);
        if (!dataUri)
        {
            Sharpack.Core.ModuleGraph.Module.ParseResource(sourceFilename, out var file, out var query, out var fragment);
            parts = new FilePathParts(file, query, fragment);
        }
        var filled = PathPlaceholders.Replace(template, (key, argument, hasArgument) =>
        {
            switch (key)
            {
                case "hash" or "contenthash":
                    if (!hasArgument)
                    {
                        hashes.Add(contentHash);
                        return contentHash;
                    }
                    // [contenthash:8] or [contenthash:base64:8]: a length cuts; a digest re-encodes the whole
                    // digest (not the hash cut to hashDigestLength), then its length cuts that.
                    var text = argument.ToString();
                    var colon = text.IndexOf(':', StringComparison.Ordinal);
                    var encoding = colon < 0 ? (PathPlaceholders.Length(text) < 0 ? text : null) : text[..colon];
                    var lengthText = colon < 0 ? (encoding is null ? text : "") : text[(colon + 1)..];
                    var length = lengthText.Length == 0 ? -1 : PathPlaceholders.Length(lengthText);
                    if (lengthText.Length > 0 && length < 0)
                        return null;
                    string source;
                    if (encoding is null)
                        source = contentHash;
                    else if (HashDigest.IsSupported(encoding))
                        source = HashDigest.Encode(digest, encoding);
                    else
                        return null;
                    var cut = length >= 0 && length < source.Length ? source[..length] : source;
                    hashes.Add(cut);
                    return cut;
                case "id":
                    return PrepareId(module.Id);
                case "modulehash":
                    // webpack's rendered module hash, asked before Sharpack hashes modules (after code
                    // generation): the module's identity and content, as that hash covers them.
                    return ModuleHash(module, digest, options);
                case "file" or "query" or "fragment" or "path" or "base" or "filebase" or "name" or "ext" when !dataUri:
                    return parts.Value(key);
                case "containedfile" or "containedpath" when !dataUri:
                    return ToContainedPath(parts.Value(key == "containedfile" ? "file" : "path")!);
                case "file" or "query" or "fragment" or "path" or "containedfile" or "containedpath":
                    return "";
                case "base" or "filebase" or "name":
                    return contentHash;
                case "ext":
                    return MimeTypes.Extension(Sharpack.Core.ModuleGraph.DataUri.MimeType(sourceFilename)) is { } extension ? "." + extension : "";
                default:
                    return null;
            }
        });
        return filled;
    }

    // The module's identity and its content's digest (already taken for [contenthash]), not the content again.
    private static string ModuleHash(AssetModule module, byte[] contentDigest, SharpackOptions options)
    {
        var hash = Hash.Create(options.Output);
        hash.Append(module.Identifier);
        hash.Append(contentDigest);
        var full = HashDigest.Encode(hash.Digest(), options.Output.HashDigest);
        return full.Length > options.Output.HashDigestLength ? full[..options.Output.HashDigestLength] : full;
    }

    /// <summary>
    /// The public path for code generated in <paramref name="runtime"/>: generator.publicPath's
    /// <c>[runtime]</c> is the runtime's name (webpack's: <c>_</c> for none, names joined by <c>_</c>).
    /// </summary>
    public string? PublicPathIn(Sharpack.Core.Runtime.RuntimeSpec? runtime) =>
        PublicPath is { } path && path.Contains("[runtime]", StringComparison.Ordinal)
            ? path.Replace("[runtime]", runtime is null ? "_" : runtime.ToString().Replace(',', '_'), StringComparison.Ordinal)
            : PublicPath;

    // webpack's prepareId: an id in a path has each run of characters other than [a-zA-Z0-9_-]
    // (and a leading "." or "-") as one "_".
    private static string PrepareId(string id)
    {
        var builder = new StringBuilder(id.Length);
        var inRun = false;
        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var bad = !(char.IsAsciiLetterOrDigit(c) || c is '_' or '-') || (i == 0 && c is '.' or '-');
            if (bad)
            {
                if (!inRun)
                    builder.Append('_');
                inRun = true;
                continue;
            }
            inRun = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    // webpack's toContainedPath: [path] and [file] kept inside output.path, a leading root or ".."
    // segments becoming "_/" (as file-loader did) for a source outside the context.
    private static string ToContainedPath(string path)
    {
        if (path.Length == 0)
            return path;
        var normalized = Sharpack.Resolver.PosixPath.Normalize(path);
        if (normalized.StartsWith('/'))
            normalized = "_/" + normalized[1..];
        else if (normalized.Length > 2 && char.IsAsciiLetter(normalized[0]) && normalized[1] == ':' && normalized[2] == '/')
            normalized = "_/" + normalized[3..];
        var prefix = 0;
        while (normalized.AsSpan(prefix).StartsWith("../"))
            prefix += 3;
        return prefix == 0 ? normalized : string.Concat(Enumerable.Repeat("_/", prefix / 3)) + normalized[prefix..];
    }
}
