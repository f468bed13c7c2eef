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
    private static readonly RuntimeGlobals UsesModule = RuntimeGlobals.Module | RuntimeGlobals.ModuleId | RuntimeGlobals.ModuleLoaded
        | RuntimeGlobals.HarmonyModuleDecorator | RuntimeGlobals.NodeModuleDecorator;

    // What reads the module's exports object (sharpack's code generation names the helpers that
    // take it, webpack's also names exports itself).
    private static readonly RuntimeGlobals UsesExports = RuntimeGlobals.Exports | RuntimeGlobals.MakeNamespaceObject | RuntimeGlobals.DefinePropertyGetters
        | RuntimeGlobals.ThisAsExports;

    // The runtime requirements that are no property of __webpack_require__.
    private static readonly RuntimeGlobals NotOnRequire = RuntimeGlobals.Require | RuntimeGlobals.Module | RuntimeGlobals.ModuleId | RuntimeGlobals.ModuleLoaded
        | RuntimeGlobals.Exports | RuntimeGlobals.ThisAsExports | RuntimeGlobals.ReturnExportsFromRuntime;

    private StartupPlan PlanStartup(Chunk chunk, ChunkRenderContext context, RuntimeGlobals requirements)
    {
        // The require function also where modules come from other chunks (their factories are
        // installed into the modules object, and the startup requires an entry waiting for them).
        var waits = chunk.EntryModules.Count > 0 && chunk.StartupDependencies().Count > 0;
        var plan = new StartupPlan
        {
            UseRequire = waits || requirements.HasAny((RuntimeGlobals.Require | UsesModule | RuntimeGlobals.ModuleFactories | RuntimeGlobals.ModuleFactoriesAddOnly | RuntimeGlobals.ModuleCache)),
            RequireScope = requirements.HasAny(~NotOnRequire) || chunk.RuntimeModules.Count > 0,
        };
        if (requirements.HasAny(RuntimeGlobals.ModuleFactories))
        {
            plan.Startup.Add("// module factories are used so entry inlining is disabled");
            plan.AllowInlineStartup = false;
        }
        if (plan.AllowInlineStartup && requirements.HasAny(RuntimeGlobals.ModuleCache))
        {
            plan.Startup.Add("// module cache are used so entry inlining is disabled");
            plan.AllowInlineStartup = false;
        }
        if (chunk.EntryModules.Count == 0)
            return plan;
        plan.JsEntries.AddRange(StartupHelpers.JavaScriptEntries(chunk));
        var lines = new List<string> { "// Load entry module and return exports" };
        var environment = context.Generation.Options.Output.Environment;
        var exportsDeclaration = environment.Let ? "let" : "var";
        var arrows = environment.ArrowFunction;
        var onChunksLoaded = requirements.HasAny(RuntimeGlobals.OnChunksLoaded);
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
            var entryRequirements = result?.RuntimeRequirements ?? RuntimeGlobals.None;
            var idExpression = CodeGenerationContext.IdLiteral(entry.Id);
            if (requirements.HasAny(RuntimeGlobals.EntryModuleId))
                idExpression = "__webpack_require__.s = " + idExpression;
            if (plan.AllowInlineStartup && entryRequirements.HasAny(UsesModule))
                Bail(plan, lines, "// This entry module used 'module' so it can't be inlined");
            if (plan.AllowInlineStartup && entryRequirements.HasAny(RuntimeGlobals.ThisAsExports))
                Bail(plan, lines, "// This entry module used `this` as exports so it can't be inlined");
            // webpack declares the exports with let: onChunksLoaded and top-level await reassign them.
            var declare = remaining == 0 ? exportsDeclaration + " __webpack_exports__ = " : "";
            if (waits && onChunksLoaded)
            {
                // The entrypoint's other chunks come from the page; the entry runs once they are
                // there (webpack writes this line without its semicolon).
                lines.Add($"{declare}__webpack_require__.O(undefined, {StartupHelpers.IdArray(chunk.StartupDependencies())}, {Runtime.FunctionSyntax.Returning($"__webpack_require__({idExpression})", arrows)})");
                continue;
            }
            if (plan.UseRequire)
            {
                lines.Add($"{declare}__webpack_require__({idExpression});");
                continue;
            }
            // No require function: the entry's function is called as the require function would.
            if (remaining == 0)
                lines.Add(exportsDeclaration + " __webpack_exports__ = {};");
            var arguments = new List<string>(3);
            if (plan.RequireScope || entryRequirements.HasAny(UsesExports))
            {
                arguments.Add("0");
                arguments.Add(remaining == 0 ? "__webpack_exports__" : "{}");
                if (plan.RequireScope)
                    arguments.Add("__webpack_require__");
            }
            lines.Add(entryRequirements.HasAny(RuntimeGlobals.ThisAsExports)
                ? $"__webpack_modules__[{idExpression}].call(__webpack_exports__{(arguments.Count > 0 ? "," : "")}{string.Join(",", arguments)});"
                : $"__webpack_modules__[{idExpression}]({string.Join(",", arguments)});");
        }
        if (requirements.HasAny(RuntimeGlobals.OnChunksLoaded))
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

    // A module whose JavaScript a concatenated module took stays in the chunk for its other output only.
    private static bool RendersJavaScript(Module module) => !module.JavaScriptConcatenated && module.HasSourceType("javascript");

    // webpack: an origin module in this chunk's runtime holds an active connection to the entry.
    private static bool IsImportedInRuntime(Module entry, Chunk chunk, ChunkRenderContext context)
    {
        foreach (var connection in context.Generation.Graph.GetIncomingConnections(entry))
        {
            // webpack: an importer in another runtime (a page whose script is its own entry) does not count.
            if (connection.OriginModule is { } origin && !origin.IsRemoved && origin.ChunkCount > 0 && connection.IsTargetActive(chunk.Runtime)
                && (context.Generation.ChunkGraph is not { } chunkGraph || Core.Runtime.RuntimeSpec.Intersect(chunkGraph.GetModuleRuntimes(origin), chunk.Runtime) is not null))
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
        // PERF: what the code generation knows needs no parse (an inlined entry may be the whole
        // bundle: three.js ×10 concatenated is 22 MB).
        if (result.TopLevelDeclarations is { } declared && result.FreeNames is { } free)
        {
            known = new NamesOfCode(new HashSet<string>(declared, StringComparer.Ordinal), new HashSet<string>(free, StringComparer.Ordinal));
            s_names.AddOrUpdate(result, known);
            return known;
        }
        var names = ReadNames(module, result);
        if (names is not null)
            s_names.AddOrUpdate(result, names);
        return names;
    }

    // A module's rendered code parsed with scopes, in the goal its code is written for.
    private static ParseResult ParseRendered(Module module, CodeGenerationResult result) =>
        JavaScriptParser.Parse(result.Source.GetText(), new ParseOptions
        {
            SourceType = module.IsStrictEsm ? SourceType.Module : SourceType.Script,
            FileName = module.ReadableName,
        });

    private static NamesOfCode? ReadNames(Module module, CodeGenerationResult result)
    {
        var parse = ParseRendered(module, result);
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

    // webpack's avoidEntryIife (_getRenamedInlineModule): inlined entries beside other entries or
    // modules share the runtime's scope without IIFEs when their top-level declarations are renamed
    // away from the names another module reads as globals (or reserved ones) and, for several
    // entries, from each other's. Answers each entry's code (renamed where needed), or null when
    // the entries keep their IIFEs (the option is off, every module is strict in a sloppy chunk,
    // a module's code cannot be read).
    private static Dictionary<Module, Source>? RenamedInlinedEntries(Chunk chunk, ChunkRenderContext context, StartupPlan plan, List<Module> chunkModules, bool allStrict)
    {
        var entries = plan.JsEntries;
        var multipleEntries = entries.Count > 1;
        if (!context.Generation.Options.Optimization.AvoidEntryIife || (!multipleEntries && chunkModules.Count == 0))
            return null;
        if (!allStrict && AllModulesStrict(chunk, context))
            return null;
        // The globals of the other modules (parsed in parallel: they may be the whole bundle).
        var frees = new HashSet<string>?[chunkModules.Count];
        var unreadable = false;
        Parallel.For(0, chunkModules.Count, i =>
        {
            if (!context.Results.TryGet(chunkModules[i], chunk.Runtime, out var result))
                return;
            if (Names(chunkModules[i], result) is { } names)
                frees[i] = names.Free;
            else
                unreadable = true;
        });
        if (unreadable)
            return null;
        var nonInlinedFree = new HashSet<string>(StringComparer.Ordinal);
        foreach (var free in frees)
        {
            if (free is not null)
                nonInlinedFree.UnionWith(free);
        }
        var results = new List<CodeGenerationResult>(entries.Count);
        var entryNames = new List<NamesOfCode>(entries.Count);
        foreach (var entry in entries)
        {
            if (!context.Results.TryGet(entry, chunk.Runtime, out var result) || Names(entry, result) is not { } names)
                return null;
            results.Add(result);
            entryNames.Add(names);
        }
        var renamed = new Dictionary<Module, Source>(entries.Count);
        // What no declaration may take: the other modules' globals, the reserved names and, for
        // several entries sharing the scope, each entry's globals.
        var globals = new HashSet<string>(nonInlinedFree, StringComparer.Ordinal);
        globals.UnionWith(Optimize.ConcatenationNames.Reserved);
        if (multipleEntries)
        {
            foreach (var names in entryNames)
                globals.UnionWith(names.Free);
        }
        // Fast path: no declaration clashes, nothing to rename.
        var used = new HashSet<string>(globals, StringComparer.Ordinal);
        var clash = false;
        foreach (var names in entryNames)
        {
            foreach (var name in names.Declarations)
            {
                if (used.Contains(name))
                {
                    clash = true;
                    break;
                }
            }
            if (clash)
                break;
            used.UnionWith(names.Declarations);
        }
        if (!clash)
        {
            for (var i = 0; i < entries.Count; i++)
                renamed[entries[i]] = results[i].Source;
            return renamed;
        }
        // Rename: every entry against all the globals (several entries), or the declarations a
        // module beside the entry reads as a global (one entry).
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var names = entryNames[i];
            var entryUsed = globals;
            if (!multipleEntries)
            {
                var takenByOthers = new List<string>();
                foreach (var name in names.Declarations)
                {
                    if (globals.Contains(name))
                        takenByOthers.Add(name);
                }
                if (takenByOthers.Count == 0)
                {
                    renamed[entry] = results[i].Source;
                    continue;
                }
                entryUsed = new HashSet<string>(names.Free, StringComparer.Ordinal);
                entryUsed.UnionWith(takenByOthers);
            }
            // Definitions a library took over name the bindings as written: such an entry keeps its own scope.
            if (results[i].OnDemandExports is not null || results[i].OnDemandExportBindings is not null)
                return null;
            if (Rename(entry, results[i], entryUsed) is not { } source)
                return null;
            renamed[entry] = source;
        }
        return renamed;
    }

    // webpack's renameInlinedModuleVariable over an entry's top-level bindings: a name in `used`
    // gets a new one (not shadowed where it is read), in every identifier naming it.
    private static ReplaceSource? Rename(Module entry, CodeGenerationResult result, HashSet<string> used)
    {
        var parse = ParseRendered(entry, result);
        if (parse.Error is not null || parse.Scopes is null)
            return null;
        var analysis = Optimize.ConcatenatedModule.Analysis.Of(parse);
        var source = new ReplaceSource(result.Source);
        var readable = entry.ReadableName;
        foreach (var (symbol, name) in analysis.TopLevel)
        {
            if (used.Contains(name))
            {
                var inScope = new HashSet<string>(StringComparer.Ordinal);
                var uses = analysis.Uses.GetValueOrDefault(symbol);
                if (uses is not null)
                {
                    foreach (var use in uses)
                    {
                        for (var scope = use.Scope; scope > analysis.RootScope; scope = analysis.ScopeParents[scope])
                            inScope.UnionWith(analysis.ScopeNames[scope]);
                    }
                }
                var newName = Optimize.ConcatenationNames.FindNewName(name, used, inScope, readable);
                used.Add(newName);
                Optimize.ConcatenatedModule.Analysis.Rename(source, uses, name, newName);
            }
            used.Add(name);
        }
        return source;
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
        var renamed = RenamedInlinedEntries(chunk, context, plan, chunkModules, allStrict);
        var shared = renamed is not null;
        var options = context.Generation.Options;
        var arrows = options.Output.Environment.ArrowFunction;
        var requirements = chunk.RuntimeRequirements;
        var entries = plan.JsEntries;
        var last = entries[^1];
        var startup = new ConcatSource();
        CodeGenerationResult? lastResult = null;
        HashSet<Module>? direct = null;
        foreach (var module in entries)
        {
            if (!context.Results.TryGet(module, chunk.Runtime, out var result))
                continue;
            if (module == last)
                lastResult = result;
            var exports = result.RuntimeRequirements.HasAny(UsesExports);
            var webpackExports = exports && result.ExportsArgument == "__webpack_exports__";
            var innerStrict = !allStrict && result.Strict;
            var iife = innerStrict ? "it needs to be in strict mode."
                : entries.Count > 1 && !shared ? "it needs to be isolated against other entry modules."
                : hasChunkModules && !shared ? "it needs to be isolated against other modules in the chunk."
                : exports && !webpackExports ? $"it uses a non-standard name for the exports ({result.ExportsArgument})."
                : hooks.EmbedInRuntimeBailout.IsUsed ? hooks.EmbedInRuntimeBailout.Call(module, chunk, context)
                : null;
            var code = renamed?.GetValueOrDefault(module) ?? result.Source;
            // Definitions a library took over belong to a wrapped module only (webpack's renderModuleContent).
            if (iife is not null)
                code = result.Wrapped(code);
            Source content = hooks.RenderModuleContent.IsUsed ? hooks.RenderModuleContent.Call(code, module, context) : code;
            // output.pathinfo's header (webpack's ModuleInfoHeaderPlugin on renderModulePackage) heads an inlined module too.
            if (options.Output.Pathinfo)
                content = new ConcatSource(Comments.ModuleHeader(module.ReadableIdentifier), content);
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
                // Its bindings keep their names unless the shared scope renamed some.
                if (renamed?.GetValueOrDefault(module) is not { } own || ReferenceEquals(own, result.Source))
                    (direct ??= []).Add(module);
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
        if (requirements.HasAny(RuntimeGlobals.OnChunksLoaded))
            startup.Add("__webpack_exports__ = __webpack_require__.O(__webpack_exports__);\n");
        context.DirectlyInlinedEntries = direct;
        Source rendered;
        try
        {
            rendered = hooks.RenderStartup.Call(startup, chunk, context);
        }
        finally
        {
            context.DirectlyInlinedEntries = null;
        }
        var needExportsDeclaration = requirements.HasAny((UsesExports | RuntimeGlobals.OnChunksLoaded | RuntimeGlobals.ReturnExportsFromRuntime))
            || (lastResult is not null && lastResult.RuntimeRequirements.HasAny(UsesExports) && lastResult.ExportsArgument != "__webpack_exports__");
        return needExportsDeclaration
            ? new ConcatSource((options.Output.Environment.Let ? "let" : "var") + " __webpack_exports__ = {};\n", rendered)
            : rendered;
    }
}
