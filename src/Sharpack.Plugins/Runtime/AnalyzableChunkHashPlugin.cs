// Follows webpack lib/esm/AnalyzableChunkHashPlugin.js: fills in the names analyzable ES module
// output reserved during code generation (AnalyzableStandIns) once the files are named: a chunk's
// file, the path from the asset holding the stand-in back to the output root, a public path read
// once the compilation hash exists, and that hash inside any other name. It runs at processAssets
// (stage derived), before source maps and minification read the assets, and edits in place so an
// asset keeps its mappings. A token that does not decode (source may spell one) is left as written.

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Hooks;
using Sharpack.Core.Seal;
using Sharpack.Sources;

namespace Sharpack.Plugins.Runtime;

/// <summary>Fills in the stand-ins of analyzable ES module output.</summary>
public sealed class AnalyzableChunkHashPlugin : IPlugin
{
    private const string Name = "AnalyzableChunkHashPlugin";

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        compiler.Hooks.Compilation.Tap(Name, (compilation, _) =>
            compilation.Hooks.ProcessAssets.Tap(new TapOptions(Name) { Stage = Compilation.ProcessAssetsStageDerived }, _ => Fill(compilation)));
    }

    private static void Fill(Compilation compilation)
    {
        Dictionary<string, Chunk>? chunksById = null;
        var files = new List<string>();
        foreach (var chunk in compilation.Chunks)
            files.AddRange(chunk.Files);
        foreach (var name in files)
        {
            if (compilation.GetAsset(name) is not { } asset)
                continue;
            var text = asset.Source.GetText();
            var hasChunkToken = text.Contains(AnalyzableStandIns.ChunkTokenPrefix, StringComparison.Ordinal);
            var hasFullHashToken = compilation.Hash.Length > 0 && AnalyzableStandIns.HasReservedFullHash(text);
            if (!hasChunkToken && !hasFullHashToken)
                continue;
            ReplaceSource? replaced = null;
            var i = 0;
            while (i < text.Length)
            {
                var next = text.IndexOf("@@webpack", i, StringComparison.Ordinal);
                if (next < 0)
                    break;
                string? value = null;
                var start = next;
                var length = 0;
                if (next >= 2 && AnalyzableStandIns.TryReadChunkToken(text.AsSpan(next - 2), out length, out var payload))
                {
                    start = next - 2;
                    chunksById ??= ChunksById(compilation);
                    value = Resolve(compilation, chunksById, payload, name);
                }
                else if (compilation.Hash.Length > 0 && AnalyzableStandIns.TryReadFullHash(text.AsSpan(next), out length, out _))
                {
                    value = AnalyzableStandIns.FillFullHash(text.Substring(next, length), compilation.Hash);
                }
                if (value is null)
                {
                    i = next + 1;
                    continue;
                }
                replaced ??= new ReplaceSource(asset.Source);
                replaced.Replace(start, start + length - 1, value);
                i = start + length;
            }
            if (replaced is not null)
                compilation.UpdateAsset(name, _ => replaced);
        }
    }

    private static Dictionary<string, Chunk> ChunksById(Compilation compilation)
    {
        var byId = new Dictionary<string, Chunk>(StringComparer.Ordinal);
        foreach (var chunk in compilation.Chunks)
        {
            if (chunk.Id.Length > 0)
                byId[chunk.Id] = chunk;
        }
        return byId;
    }

    // webpack's resolve: the specifier a stand-in's recipe spells from the asset it sits in, or null when unreadable.
    private static string? Resolve(Compilation compilation, Dictionary<string, Chunk> chunksById, ReadOnlySpan<char> payload, string assetName)
    {
        if (AnalyzableStandIns.Read(payload) is not { } parts)
            return null;
        var output = compilation.Options.Output;
        string? baseUri = null;
        var specifier = "";
        foreach (var part in parts)
        {
            switch (part.Kind)
            {
                case AnalyzableStandIns.Base:
                    baseUri = part.Value;
                    break;
                case AnalyzableStandIns.Literal:
                    specifier += part.Value;
                    break;
                case AnalyzableStandIns.Undo:
                    specifier += UndoPath.Of(assetName, output.Path, enforceRelative: true);
                    break;
                case AnalyzableStandIns.Template:
                    specifier += FullHashPlaceholders.Fill(part.Value, compilation.Hash, output);
                    break;
                case AnalyzableStandIns.PublicPath:
                    specifier += PublicPath(compilation);
                    break;
                case AnalyzableStandIns.Chunk:
                    if (!chunksById.TryGetValue(part.Value, out var chunk) || chunk.Files.Count == 0)
                        return null;
                    specifier += chunk.Files[0];
                    break;
                default:
                    return null;
            }
        }
        specifier = AnalyzableStandIns.FillFullHash(specifier, compilation.Hash);
        if (baseUri is not null)
        {
            // An entry base replaces the output root, so the rest is read against it as the runtime reads it against `.b`.
            return Uri.TryCreate(baseUri, UriKind.Absolute, out var baseUrl) && Uri.TryCreate(baseUrl, specifier, out var resolved) ? resolved.AbsoluteUri : null;
        }
        // A bare specifier is a package name, so it is made explicitly relative as the chunk loader does.
        return AnalyzableStandIns.IsResolvable(specifier) ? specifier : "./" + specifier;
    }

    private static string PublicPath(Compilation compilation)
    {
        var output = compilation.Options.Output;
        if (output.PublicPathFunction is { } function)
        {
            return FullHashPlaceholders.PublicPathFunction(function, compilation.Hash) ?? "";
        }
        return FullHashPlaceholders.Fill(output.PublicPath, compilation.Hash, output);
    }
}
