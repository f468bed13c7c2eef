// Follows webpack's JavascriptModulesPlugin.renderBootstrap and the startup part of renderMain.
// An entry module is inlined, written into the runtime's scope instead of being a module function
// the startup requires, unless something needs it as a module: the modules object or cache is
// exposed, the entrypoint waits for other chunks, another module imports it, its top-level
// declarations are unknown or clash with the runtime's, a devtool evaluates each module on its own,
// or it uses `module` or `this` as its exports. The reasons are written as webpack writes them.
// An inlined entry is wrapped in an IIFE of its own where its scope must stay apart: strict code in
// a sloppy chunk, other entries or modules beside it, exports under another name, a library name
// it declares.

using Sharpack.Core.ChunkGraph;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.JavaScript;
using Sharpack.Sources;

namespace Sharpack.Plugins.JavaScript;

public sealed partial class JavascriptModulesPlugin
{
    // What the bootstrap and the startup of a runtime chunk need.
    private sealed class StartupPlan
    {
        // The require function is written (something requires a module).
        public bool UseRequire { get; init; }

        // Runtime helpers hang off __webpack_require__ (an object stands in without the function).
        public bool RequireScope { get; init; }

        public bool AllowInlineStartup { get; set; } = true;

        // webpack's bootstrap startup lines: the reasons entries are not inlined, and the startup.
        public List<string> Startup { get; } = [];

        // The entry modules with JavaScript, in order.
        public List<Module> JsEntries { get; } = [];
    }

    // What needs the module object (webpack's MODULE_DEPENDENCIES: module.id and module.loaded are read off it).
    private const RuntimeGlobals UsesModule = RuntimeGlobals.Module | RuntimeGlobals.ModuleId | RuntimeGlobals.ModuleLoaded
        | RuntimeGlobals.HarmonyModuleDecorator | RuntimeGlobals.NodeModuleDecorator;

    // What reads the module's exports object (sharpack's code generation names the helpers that
    // take it, webpack's also names exports itself).
    private const RuntimeGlobals UsesExports = RuntimeGlobals.Exports | RuntimeGlobals.MakeNamespaceObject | RuntimeGlobals.DefinePropertyGetters
        | RuntimeGlobals.ThisAsExports;

    // The runtime requirements that are no property of __webpack_require__.
    private const RuntimeGlobals NotOnRequire = RuntimeGlobals.Require | RuntimeGlobals.Module | RuntimeGlobals.ModuleId | RuntimeGlobals.ModuleLoaded
        | RuntimeGlobals.Exports | RuntimeGlobals.ThisAsExports | RuntimeGlobals.ReturnExportsFromRuntime;

    private StartupPlan PlanStartup(Chunk chunk, ChunkRenderContext context, RuntimeGlobals requirements)
    {
        var plan = new StartupPlan
        {
            UseRequire = (requirements & (RuntimeGlobals.Require | UsesModule)) != 0,
            RequireScope = (requirements & ~NotOnRequire) != 0 || chunk.RuntimeModules.Count > 0,
        };
        if ((requirements & RuntimeGlobals.ModuleFactories) != 0)
        {
            plan.Startup.Add("// module factories are used so entry inlining is disabled");
            plan.AllowInlineStartup = false;
        }
        if (plan.AllowInlineStartup && (requirements & RuntimeGlobals.ModuleCache) != 0)
        {
            plan.Startup.Add("// module cache are used so entry inlining is disabled");
            plan.AllowInlineStartup = false;
        }
        if (chunk.EntryModules.Count == 0)
            return plan;
        foreach (var entry in chunk.EntryModules)
        {
            if (ContainsJavaScript(entry.SourceTypes))
                plan.JsEntries.Add(entry);
        }
        var lines = new List<string> { "// Load entry module and return exports" };
        var waits = chunk.StartupDependencies().Count > 0;
        var remaining = plan.JsEntries.Count;
        foreach (var entry in plan.JsEntries)
        {
            if (plan.AllowInlineStartup && waits)
                Bail(plan, lines, "// This entry module depends on other loaded chunks and execution need to be delayed");
            if (plan.AllowInlineStartup && IsImportedInRuntime(entry, chunk, context))
                Bail(plan, lines, "// This entry module is referenced by other modules so it can't be inlined");
            context.Results.TryGet(entry, chunk.Runtime, out var result);
            if (plan.AllowInlineStartup)
            {
                var declarations = result is null ? null : Names(entry, result)?.Declarations;
                if (declarations is null)
                {
                    Bail(plan, lines, "// This entry module doesn't tell about it's top-level declarations so it can't be inlined");
                }
                else
                {
                    foreach (var name in (string[])["__webpack_modules__", "__webpack_module_cache__"])
                    {
                        if (declarations.Contains(name))
                        {
                            Bail(plan, lines, $"// This entry module declares '{name}' on top-level, which the runtime also declares, so it can't be inlined");
                            break;
                        }
                    }
                }
            }
            if (plan.AllowInlineStartup && hooks.InlineInRuntimeBailout.IsUsed && hooks.InlineInRuntimeBailout.Call(entry, chunk, context) is { } bailout)
                Bail(plan, lines, $"// This entry module can't be inlined because {bailout}");
            remaining--;
            var entryRequirements = result?.RuntimeRequirements ?? 0;
            var idExpression = CodeGenerationContext.IdLiteral(entry.Id);
            if ((requirements & RuntimeGlobals.EntryModuleId) != 0)
                idExpression = "__webpack_require__.s = " + idExpression;
            if (plan.AllowInlineStartup && (entryRequirements & UsesModule) != 0)
                Bail(plan, lines, "// This entry module used 'module' so it can't be inlined");
            if (plan.AllowInlineStartup && (entryRequirements & RuntimeGlobals.ThisAsExports) != 0)
                Bail(plan, lines, "// This entry module used `this` as exports so it can't be inlined");
            if (plan.UseRequire)
            {
                lines.Add($"{(remaining == 0 ? "var __webpack_exports__ = " : "")}__webpack_require__({idExpression});");
                continue;
            }
            // No require function: the entry's function is called as the require function would.
            if (remaining == 0)
                lines.Add("var __webpack_exports__ = {};");
            var arguments = new List<string>(3);
            if (plan.RequireScope || (entryRequirements & UsesExports) != 0)
            {
                arguments.Add("0");
                arguments.Add(remaining == 0 ? "__webpack_exports__" : "{}");
                if (plan.RequireScope)
                    arguments.Add("__webpack_require__");
            }
            lines.Add((entryRequirements & RuntimeGlobals.ThisAsExports) != 0
                ? $"__webpack_modules__[{idExpression}].call(__webpack_exports__{(arguments.Count > 0 ? "," : "")}{string.Join(",", arguments)});"
                : $"__webpack_modules__[{idExpression}]({string.Join(",", arguments)});");
        }
        if ((requirements & RuntimeGlobals.OnChunksLoaded) != 0)
            lines.Add("__webpack_exports__ = __webpack_require__.O(__webpack_exports__);");
        plan.Startup.Add("// startup");
        plan.Startup.AddRange(lines);
        return plan;
    }

    private static void Bail(StartupPlan plan, List<string> lines, string reason)
    {
        lines.Add(reason);
        plan.AllowInlineStartup = false;
    }

    private static bool ContainsJavaScript(IReadOnlyList<string> sourceTypes)
    {
        foreach (var type in sourceTypes)
        {
            if (type == "javascript")
                return true;
        }
        return false;
    }

    // webpack: an origin module in this chunk's runtime holds an active connection to the entry.
    private static bool IsImportedInRuntime(Module entry, Chunk chunk, ChunkRenderContext context)
    {
        foreach (var connection in context.Generation.Graph.GetIncomingConnections(entry))
        {
            if (connection.OriginModule is { } origin && !origin.IsRemoved && origin.ChunkCount > 0 && connection.IsTargetActive(chunk.Runtime))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The names <paramref name="module"/>'s rendered code (<paramref name="result"/>) declares at its
    /// top level (webpack's topLevelDeclarations); null when its code cannot be read.
    /// </summary>
    public static IReadOnlySet<string>? TopLevelDeclarations(Module module, CodeGenerationResult result) => Names(module, result)?.Declarations;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CodeGenerationResult, NamesOfCode> s_names = new();

    private sealed record NamesOfCode(HashSet<string> Declarations, HashSet<string> Free);

    // What a module's rendered code declares at its top level, and the names it reads without
    // declaring them; null when the code cannot be read. Read once per code generation result (the
    // startup plan, avoidEntryIife and a library's bailout all ask).
    private static NamesOfCode? Names(Module module, CodeGenerationResult result)
    {
        if (s_names.TryGetValue(result, out var known))
            return known;
        var names = ReadNames(module, result);
        if (names is not null)
            s_names.AddOrUpdate(result, names);
        return names;
    }

    private static NamesOfCode? ReadNames(Module module, CodeGenerationResult result)
    {
        var parse = JavaScriptParser.Parse(result.Source.GetText(), new ParseOptions
        {
            SourceType = module.IsStrictEsm ? SourceType.Module : SourceType.Script,
            FileName = module.ReadableName,
        });
        if (parse.Error is not null || parse.Scopes is not { } scopes)
            return null;
        var declarations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var symbol in scopes.TopLevelSymbols)
            declarations.Add(scopes.GetSymbol(symbol).Name);
        var free = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in scopes.UnresolvedReferences)
            free.Add(reference.Name);
        return new NamesOfCode(declarations, free);
    }

    // webpack's avoidEntryIife (the fast path of _getRenamedInlineModule): inlined entries beside
    // other entries or modules need no IIFE when none of their top-level declarations is a name
    // another module reads as a global (or a reserved one), or another entry declares. Where one
    // clashes webpack renames it; sharpack keeps the IIFE then.
    private bool EntriesNeedNoIife(Chunk chunk, ChunkRenderContext context, StartupPlan plan, List<Module> chunkModules, bool allStrict)
    {
        var entries = plan.JsEntries;
        if (!context.Generation.Options.Optimization.AvoidEntryIife || (entries.Count == 1 && chunkModules.Count == 0))
            return false;
        if (!allStrict)
        {
            var everyStrict = true;
            foreach (var module in chunk.Modules)
            {
                if (context.Results.TryGet(module, chunk.Runtime, out var result) && !result.Strict)
                {
                    everyStrict = false;
                    break;
                }
            }
            if (everyStrict)
                return false;
        }
        var used = new HashSet<string>(Optimize.ConcatenationNames.Reserved, StringComparer.Ordinal);
        var frees = new HashSet<string>?[chunkModules.Count];
        var failed = false;
        Parallel.For(0, chunkModules.Count, i =>
        {
            if (context.Results.TryGet(chunkModules[i], chunk.Runtime, out var result))
            {
                if (Names(chunkModules[i], result) is { } names)
                    frees[i] = names.Free;
                else
                    failed = true;
            }
        });
        if (failed)
            return false;
        foreach (var free in frees)
        {
            if (free is not null)
                used.UnionWith(free);
        }
        var declarationsList = new List<HashSet<string>>(entries.Count);
        foreach (var entry in entries)
        {
            if (!context.Results.TryGet(entry, chunk.Runtime, out var result) || Names(entry, result) is not { } names)
                return false;
            declarationsList.Add(names.Declarations);
            if (entries.Count == 1)
                continue;
            // Entries share the startup scope: another entry's declarations must not shadow an
            // entry's globals or the runtime's.
            used.UnionWith(names.Free);
            used.Add("__webpack_require__");
            used.Add("__webpack_exports__");
        }
        foreach (var declarations in declarationsList)
        {
            foreach (var name in declarations)
            {
                if (used.Contains(name) || name.StartsWith("__webpack_", StringComparison.Ordinal))
                    return false;
            }
            used.UnionWith(declarations);
        }
        return true;
    }

    // The startup of a chunk whose entries stay module functions: webpack's bootstrap startup lines
    // through the renderStartup hook, behind the runtime's prefix.
    private Source RenderStartup(Chunk chunk, ChunkRenderContext context, StartupPlan plan, string prefix)
    {
        var text = plan.Startup.Count == 0 ? "\n" : string.Join("\n", plan.Startup) + "\n";
        Source startup = context.UseSourceMap ? new OriginalSource(text, "webpack/startup") : new RawSource(text);
        var rendered = hooks.RenderStartup.Call(startup, chunk, context);
        return new PrefixSource(prefix, new ConcatSource("\n", rendered, "\n"));
    }

    // The startup of a chunk whose entries are inlined: each entry's code in the runtime's scope, in
    // an IIFE of its own where it must be isolated.
    private Source RenderInlinedStartup(Chunk chunk, ChunkRenderContext context, StartupPlan plan, bool allStrict, List<Module> chunkModules)
    {
        var hasChunkModules = chunkModules.Count > 0;
        var shared = EntriesNeedNoIife(chunk, context, plan, chunkModules, allStrict);
        var options = context.Generation.Options;
        var arrows = options.Output.Environment.ArrowFunction;
        var requirements = chunk.RuntimeRequirements;
        var entries = plan.JsEntries;
        var last = entries[^1];
        var startup = new ConcatSource();
        CodeGenerationResult? lastResult = null;
        foreach (var module in entries)
        {
            if (!context.Results.TryGet(module, chunk.Runtime, out var result))
                continue;
            if (module == last)
                lastResult = result;
            var exports = (result.RuntimeRequirements & UsesExports) != 0;
            var webpackExports = exports && result.ExportsArgument == "__webpack_exports__";
            var innerStrict = !allStrict && result.Strict;
            var iife = innerStrict ? "it needs to be in strict mode."
                : entries.Count > 1 && !shared ? "it needs to be isolated against other entry modules."
                : hasChunkModules && !shared ? "it needs to be isolated against other modules in the chunk."
                : exports && !webpackExports ? $"it uses a non-standard name for the exports ({result.ExportsArgument})."
                : hooks.EmbedInRuntimeBailout.IsUsed ? hooks.EmbedInRuntimeBailout.Call(module, chunk, context)
                : null;
            Source content = hooks.RenderModuleContent.IsUsed ? hooks.RenderModuleContent.Call(result.Source, module, context) : result.Source;
            // output.pathinfo's header (webpack's ModuleInfoHeaderPlugin on renderModulePackage) heads an inlined module too.
            if (options.Output.Pathinfo)
                content = new ConcatSource(Comments.ModuleHeader(module.ReadableName), content);
            string footer;
            if (iife is not null)
            {
                startup.Add("// This entry needs to be wrapped in an IIFE because " + iife + "\n");
                if (arrows)
                {
                    startup.Add("(() => {\n");
                    footer = "\n})();\n\n";
                }
                else
                {
                    startup.Add("!function() {\n");
                    footer = "\n}();\n";
                }
                if (innerStrict)
                    startup.Add("\"use strict\";\n");
            }
            else
            {
                footer = "\n";
            }
            if (exports)
            {
                if (module != last)
                    startup.Add("var " + result.ExportsArgument + " = {};\n");
                else if (!webpackExports)
                    startup.Add("var " + result.ExportsArgument + " = __webpack_exports__;\n");
            }
            startup.Add(content);
            startup.Add(footer);
        }
        if ((requirements & RuntimeGlobals.OnChunksLoaded) != 0)
            startup.Add("__webpack_exports__ = __webpack_require__.O(__webpack_exports__);\n");
        var rendered = hooks.RenderStartup.Call(startup, chunk, context);
        var needExportsDeclaration = (requirements & (UsesExports | RuntimeGlobals.OnChunksLoaded | RuntimeGlobals.ReturnExportsFromRuntime)) != 0
            || (lastResult is not null && (lastResult.RuntimeRequirements & UsesExports) != 0 && lastResult.ExportsArgument != "__webpack_exports__");
        return needExportsDeclaration ? new ConcatSource("var __webpack_exports__ = {};\n", rendered) : rendered;
    }
}
