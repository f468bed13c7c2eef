// Follows webpack lib/EvalSourceMapDevToolPlugin.js (the eval-*source-map devtools): each
// module's code runs through eval() with its own source map appended as a data: URL, then a
// //# sourceURL=webpack-internal:///<module id> (webpack's workaround for a Chrome bug). The map's
// sources are named by the module filename template (by default
// webpack://[namespace]/[resource-path]?[hash]); names occurring twice in one map get stars.
// A module's wrapped code is cached per generated source, so chunks sharing a module map it once.

using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Plugins.JavaScript;
using Sharpack.Plugins.Optimize;
using Sharpack.Sources;

namespace Sharpack.Plugins.Devtool;

/// <summary>Wraps every module in <c>eval()</c> with an inline source map (webpack's EvalSourceMapDevToolPlugin).</summary>
public sealed class EvalSourceMapDevToolPlugin : IPlugin
{
    private const string Name = "EvalSourceMapDevToolPlugin";
    private const string Title = "Eval SourceMap DevTool Plugin";

    private static readonly RawSource s_devtoolWarning = new("""
        /*
         * ATTENTION: An "eval-source-map" devtool has been used.
         * This devtool is neither made for production nor for readable output files.
         * It uses "eval()" calls to create a separate source file with attached SourceMaps in the browser devtools.
         * If you are trying to read the output file, select a different devtool (https://webpack.js.org/configuration/devtool/)
         * or disable the default devtool with "devtool: false".
         * If you are looking for production-ready output files, see mode: "production" (https://webpack.js.org/configuration/mode/).
         */

        """);

    private readonly SourceMapDevToolPluginOptions _options;
    private readonly string _comment;
    private readonly ConditionalWeakTable<Source, Source> _cache = [];
    private Compilation? _compilation;
    private Dictionary<string, Module>? _modulesByName;
    private readonly Lock _lock = new();

    /// <summary>A plugin with the given options (filename, publicPath and fileContext do not apply).</summary>
    public EvalSourceMapDevToolPlugin(SourceMapDevToolPluginOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _comment = options.Append is { Length: > 0 } append ? append : "//# sourceURL=[module]\n//# sourceMappingURL=[url]";
    }

    /// <summary>A plugin from a configuration's options (a string is the append comment).</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public EvalSourceMapDevToolPlugin(JsonNode? options, IJsFunctionHost? functions)
        : this(options is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? new SourceMapDevToolPluginOptions { Append = value.GetValue<string>(), ModuleFilenameTemplate = ModuleFilenameTemplate.DefaultFallback }
            : SourceMapDevToolPlugin.Read(options, functions, Title, eval: true))
    {
    }

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        compiler.Hooks.Compilation.Tap(Name, (compilation, _) =>
        {
            new SourceMapDevToolModuleOptionsPlugin(_options.Module).Apply(compilation);
            EvalDevToolModulePlugin.RequireCreateScript(compilation, Name);
            lock (_lock)
            {
                _compilation = compilation;
                _modulesByName = null;
            }
        });
        var hooks = JavascriptModulesHooks.For(compiler);
        hooks.RenderModuleContent.Tap(Name, (source, module, _) =>
        {
            if (_cache.TryGetValue(source, out var wrapped))
                return wrapped;
            wrapped = Wrap(source, module);
            return _cache.TryAdd(source, wrapped) ? wrapped : _cache.TryGetValue(source, out var first) ? first : wrapped;
        });
        // Each module is its own eval: an entry cannot be written into the runtime's scope.
        hooks.InlineInRuntimeBailout.Tap(Name, static (_, _, _) => "the eval-source-map devtool is used.");
        hooks.Render.Tap(Name, static (source, _, _) => new ConcatSource(s_devtoolWarning, source));
    }

    private bool Matches(string resource) =>
        (_options.Test is null || _options.Test(resource))
        && (_options.Include is null || _options.Include(resource))
        && (_options.Exclude is null || !_options.Exclude(resource));

    private Source Wrap(Source source, Module module)
    {
        var root = module is ConcatenatedModule concatenated ? concatenated.RootModule : module;
        if (root is not NormalModule normal || !Matches(normal.Resource))
            return source;
        Compilation compilation;
        Dictionary<string, Module> modulesByName;
        lock (_lock)
        {
            compilation = _compilation!;
            modulesByName = _modulesByName ??= ModulesBySourceName(compilation.Graph);
        }
        var (content, map) = source.GetSourceAndMap(_options.Columns ? SourceMapOptions.Default : SourceMapOptions.LinesOnly);
        if (map is null)
            return source;
        var options = compilation.Options;
        var names = new string[map.Sources.Count];
        for (var i = 0; i < names.Length; i++)
        {
            var name = map.Sources[i] ?? "";
            if (!name.StartsWith("webpack://", StringComparison.Ordinal))
            {
                names[i] = ModuleFilenameHelpers.CreateFilename(null, name, _options.ModuleFilenameTemplate, _options.Namespace, options.Context, options.Output);
                continue;
            }
            names[i] = modulesByName.TryGetValue(name, out var named)
                ? ModuleFilenameHelpers.CreateFilename(named, null, _options.ModuleFilenameTemplate, _options.Namespace, options.Context, options.Output)
                : ModuleFilenameHelpers.CreateFilename(null, SourceMapDevToolPlugin.Absolutify(options.Context, name["webpack://".Length..]), _options.ModuleFilenameTemplate, _options.Namespace, options.Context, options.Output);
        }
        ModuleFilenameHelpers.ReplaceDuplicates(names);
        List<int>? ignoreList = null;
        if (_options.IgnoreList is { } ignore)
        {
            for (var i = 0; i < names.Length; i++)
            {
                if (ignore(names[i]))
                    (ignoreList ??= []).Add(i);
            }
        }
        var moduleId = module.Id;
        var file = moduleId.Length > 0 && char.IsAsciiDigit(moduleId[0]) && int.TryParse(moduleId, out _) ? moduleId + ".js" : moduleId;
        var json = new SourceMap
        {
            Version = map.Version,
            File = file,
            Mappings = map.Mappings,
            Sources = names,
            SourcesContent = _options.NoSources ? null : map.SourcesContent,
            Names = map.Names,
            SourceRoot = _options.SourceRoot ?? "",
            IgnoreList = ignoreList,
            DebugId = _options.DebugIds ? SourceMapDevToolPlugin.DebugId(content, file) : null,
        }.ToJson();
        var footer = _comment.Replace("[url]", "data:application/json;charset=utf-8;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(json)), StringComparison.Ordinal)
            + "\n//# sourceURL=webpack-internal:///" + moduleId + "\n";
        return new RawSource(EvalDevToolModulePlugin.EvalOf(content, footer + "\n}", compilation.Options.Output.TrustedTypes is not null), convertToString: true);
    }

    // The modules by the webpack:// name their original source carries (Module.SourceMapName).
    internal static Dictionary<string, Module> ModulesBySourceName(ModuleGraph graph)
    {
        var result = new Dictionary<string, Module>(StringComparer.Ordinal);
        foreach (var module in graph.Modules)
        {
            if (module is not null && module.SourceMapName.Length > 0)
                result.TryAdd("webpack://" + module.SourceMapName, module);
        }
        return result;
    }
}
