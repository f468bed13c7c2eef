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

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ModuleGraph, Dictionary<string, Module>> s_modulesByName = [];

    /// <summary>
    /// Follows webpack's CssGenerator._nameMapSources: the sources of a map inlined into a module's
    /// own output (no devtool plugin sees it), named as SourceMapDevToolPlugin names an asset's: each
    /// module's by output.devtoolModuleFilenameTemplate, the fallback template where two share a
    /// name (then "*" until unique); URLs stay as they are.
    /// </summary>
    public static string?[] DevtoolNames(IReadOnlyList<string?> sources, Sharpack.Core.CodeGeneration.CodeGenerationContext generation)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(generation);
        var options = generation.Options;
        var output = options.Output;
        var template = SourceMapDevToolPlugin.TemplateOf(output.DevtoolModuleFilenameTemplate, output.DevtoolModuleFilenameTemplateFunction)
            ?? ModuleFilenameTemplate.Default;
        var fallback = SourceMapDevToolPlugin.TemplateOf(output.DevtoolFallbackModuleFilenameTemplate, output.DevtoolFallbackModuleFilenameTemplateFunction)
            ?? ModuleFilenameTemplate.DefaultFallback;
        var @namespace = output.DevtoolNamespace ?? output.UniqueName;
        // Asked at code generation, once the graph is complete: made once per graph.
        var modules = s_modulesByName.GetValue(generation.Graph, EvalSourceMapDevToolPlugin.ModulesBySourceName);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var names = new string?[sources.Count];
        for (var i = 0; i < names.Length; i++)
        {
            var source = sources[i];
            if (source is null || !source.StartsWith("webpack://", StringComparison.Ordinal))
            {
                names[i] = source;
                continue;
            }
            modules.TryGetValue(source, out var module);
            var path = module is null ? SourceMapDevToolPlugin.Absolutify(options.Context, source["webpack://".Length..]) : null;
            if (path is not null && IsUrl(path))
            {
                names[i] = path;
                continue;
            }
            var name = ModuleFilenameHelpers.CreateFilename(module, path, template, @namespace, options.Context, output);
            if (used.Contains(name))
            {
                name = ModuleFilenameHelpers.CreateFilename(module, path, fallback, @namespace, options.Context, output);
                while (used.Contains(name))
                    name += "*";
            }
            used.Add(name);
            names[i] = name;
        }
        return names;
    }

    // webpack's URL_SCHEME_REGEXP (/^[a-zA-Z][a-zA-Z0-9+.-]*:/): a source a loader named by URL.
    private static bool IsUrl(string source)
    {
        if (source.Length == 0 || !char.IsAsciiLetter(source[0]))
            return false;
        for (var i = 1; i < source.Length; i++)
        {
            var c = source[i];
            if (c == ':')
                return true;
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '.' or '-'))
                return false;
        }
        return false;
    }

    /// <summary>webpack's contextifySourceUrl: a webpack:// name stays, anything else becomes webpack:// and relative to the context.</summary>
    public static string SourceUrl(string context, string source) =>
        source.StartsWith("webpack://", StringComparison.Ordinal) ? source : "webpack://" + MakePathsRelative(context, source);

    /// <summary>webpack's makePathsRelative: each absolute path between <c>!</c> and <c>|</c> made relative to <paramref name="context"/>.</summary>
    public static string MakePathsRelative(string context, string identifier) =>
        identifier.IndexOfAny(['/', '\\']) < 0 ? identifier : RequestShortener.FullModuleName(identifier, context);
}
