// Follows webpack lib/util/identifier.js (contextifySourceMap, contextifySourceUrl,
// makePathsRelative): a loader's map names its sources by absolute path; before it becomes a
// module's input map each source becomes a webpack:// name relative to the context, so the
// emitted map never leaks the machine's paths and names what other modules name the same way.

using Sharpack.Core.ModuleGraph;
using Sharpack.Sources;

namespace Sharpack.Plugins.Devtool;

/// <summary>Makes a loader's source map name its sources as webpack does.</summary>
internal static class SourceMapPaths
{
    /// <summary>
    /// Follows webpack's NormalModule.createSource: a module's <paramref name="text"/> as its own original
    /// under <paramref name="name"/> (<c>webpack://./a.js</c>), or, where the loaders gave a map
    /// (<paramref name="loaderSourceMap"/>, JSON), the text with that map, its sources made names relative to <paramref name="context"/>.
    /// </summary>
    public static Sharpack.Sources.Source ModuleSource(string text, string name, string? loaderSourceMap, string context)
    {
        if (loaderSourceMap is { } json)
        {
            try
            {
                return new Sharpack.Sources.SourceMapSource(text, name, Contextify(context, SourceMap.Parse(json)));
            }
            catch (FormatException)
            {
                // A loader's broken map maps nothing (webpack would fail later on it); the text still maps to itself.
            }
        }
        return new Sharpack.Sources.OriginalSource(text, name);
    }

    /// <summary>webpack's contextifySourceMap: sources joined with sourceRoot, then webpack:// and relative to <paramref name="context"/>; file "x", no sourceRoot.</summary>
    public static SourceMap Contextify(string context, SourceMap map)
    {
        var root = map.SourceRoot;
        var sources = new string?[map.Sources.Count];
        for (var i = 0; i < sources.Length; i++)
        {
            var source = map.Sources[i];
            if (source is null)
                continue;
            if (!string.IsNullOrEmpty(root))
            {
                source = root.EndsWith('/')
                    ? source.StartsWith('/') ? root[..^1] + source : root + source
                    : source.StartsWith('/') ? root + source : root + "/" + source;
            }
            sources[i] = SourceUrl(context, source);
        }
        return new SourceMap
        {
            Version = map.Version,
            File = "x",
            Mappings = map.Mappings,
            Sources = sources,
            SourcesContent = map.SourcesContent,
            Names = map.Names,
        };
    }

    /// <summary>webpack's contextifySourceUrl: a webpack:// name stays, anything else becomes webpack:// and relative to the context.</summary>
    public static string SourceUrl(string context, string source) =>
        source.StartsWith("webpack://", StringComparison.Ordinal) ? source : "webpack://" + MakePathsRelative(context, source);

    /// <summary>webpack's makePathsRelative: each absolute path between <c>!</c> and <c>|</c> made relative to <paramref name="context"/>.</summary>
    public static string MakePathsRelative(string context, string identifier) =>
        identifier.IndexOfAny(['/', '\\']) < 0 ? identifier : RequestShortener.FullModuleName(identifier, context);
}
