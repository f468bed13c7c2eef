// Follows webpack lib/javascript/JavascriptModulesPlugin.js: registers the JavaScript and JSON
// module types, and renders a chunk: the bootstrap (module cache and __webpack_require__),
// the module functions, the runtime modules, and the startup that requires the entries.

using System.Text;
using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Plugins.Json;
using Sharpack.Plugins.Runtime;
using Sharpack.Sources;

namespace Sharpack.Plugins.JavaScript;

/// <summary>The JavaScript modules plugin.</summary>
public sealed partial class JavascriptModulesPlugin(JavascriptModulesHooks hooks) : IChunkRenderer
{
    /// <summary>Registers the module types and the renderer on <paramref name="compiler"/>.</summary>
    public static void Apply(Compiler compiler)
    {
        var extensions = JavascriptParserExtensions.For(compiler);
        foreach (var type in new[] { "javascript/auto", "javascript/esm", "javascript/dynamic" })
            compiler.ModuleTypes.Register(type, (identifier, resource, moduleType) => new JavaScriptModule(identifier, resource, moduleType) { ParserExtensions = extensions });
        compiler.ModuleTypes.Register("json", static (identifier, resource, _) => new JsonModule(identifier, resource));
        compiler.ModuleTypes.ContextFactory = static (resource, options) => new Context.ContextModule(resource, options);
        compiler.ChunkRenderer = new JavascriptModulesPlugin(JavascriptModulesHooks.For(compiler));
        // Watch mode: a changed JSON file may be a tsconfig.json (or one it extends) the transform read.
        compiler.Hooks.WatchRun.Tap("JavascriptModulesPlugin", static c =>
        {
            if (ChangedJson(c.ModifiedFiles) || ChangedJson(c.RemovedFiles))
                TsConfigCompilerOptions.Forget(c.InputFileSystem);
        });
        // Rspack's builtin:swc-loader (and its own name): TypeScript and JSX with no npm loader.
        var transpiler = new BuiltinSwcLoader();
        foreach (var name in BuiltinSwcLoader.Names)
        {
            if (compiler.Loaders.Find(name) is null)
                compiler.Loaders.Register(name, transpiler);
        }
    }

    private static bool ChangedJson(IReadOnlySet<string>? paths)
    {
        if (paths is null)
            return false;
        foreach (var path in paths)
        {
            if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <inheritdoc />
    public Source Render(Chunk chunk, ChunkRenderContext context)
    {
        Source rendered;
        string? bailout = null;
        // webpack's strict mode: ES module output is strict as a whole; otherwise, when every module
        // of the chunk is strict, one "use strict" for the chunk replaces each module's.
        var strictOutput = context.Generation.Options.Output.Module;
        var allStrict = strictOutput || AllModulesStrict(chunk, context);
        if (chunk.HasRuntime)
        {
            rendered = RenderMain(chunk, context, strictOutput, allStrict);
        }
        else
        {
            // Follows renderChunk: the modules object, wrapped by the chunk format (output.chunkFormat's
            // plugin). A chunk that starts an entry (its runtime in another chunk) runs the startup,
            // and a library's may need sloppy mode for it (type "assign" creates a global).
            if (allStrict && !strictOutput && hooks.StrictRuntimeBailout.IsUsed && hooks.StrictRuntimeBailout.Call(chunk, context) is { } reason)
            {
                allStrict = false;
                bailout = reason;
            }
            var modules = new ConcatSource();
            AddModules(modules, chunk.Modules, chunk, context, allStrict);
            rendered = hooks.RenderChunk.Call(modules, chunk, context);
        }
        rendered = AddChunkInitFragments(rendered, chunk, context);
        if (hooks.Render.IsUsed)
            rendered = hooks.Render.Call(rendered, chunk, context);
        // webpack's renderMain ends the IIFE's statement after the render hook, so a library
        // wrapper (UMD's factory) holds the IIFE as an expression.
        if (chunk.HasRuntime)
            return context.Generation.Options.Output.Iife ? new ConcatSource(rendered, new RawSource(";")) : rendered;
        // (webpack's chunk formats leave the closing ";" to this point; Sharpack's write it themselves.)
        if (bailout is not null)
            return new ConcatSource("// runtime can't be in strict mode because " + bailout + ".\n", rendered);
        return allStrict && !strictOutput ? new ConcatSource("\"use strict\";\n", rendered) : rendered;
    }

    private static bool AllModulesStrict(Chunk chunk, ChunkRenderContext context)
    {
        foreach (var module in chunk.Modules)
        {
            if (context.Results.TryGet(module, chunk.Runtime, out var result) && !result.Strict)
                return false;
        }
        return true;
    }

    // Follows JavascriptModulesPlugin.renderMain: the bootstrap, the modules, the runtime modules
    // and the startup, in an IIFE; entry modules that can be are written into the runtime's scope
    // (inlined) instead of the modules object (JavascriptModulesPlugin.Startup.cs decides and
    // writes the startup). The renderMain hook sees it before the IIFE's closing ";".
    private Source RenderMain(Chunk chunk, ChunkRenderContext context, bool strictOutput, bool allStrict)
    {
        var options = context.Generation.Options;
        var requirements = chunk.RuntimeRequirements;
        // Without arrow functions in the environment (ES5), the generated code uses function expressions.
        var arrows = options.Output.Environment.ArrowFunction;
        var output = new ConcatSource();
        if (options.Output.Iife)
            output.Add("/******/ (" + FunctionSyntax.Head("", arrows) + "{ // webpackBootstrap\n");
        var prefix = options.Output.Iife ? "/******/ \t" : "/******/ ";
        if (allStrict && !strictOutput)
        {
            // A function IIFE is called without a receiver: in strict mode a `this` global object is undefined.
            var bailout = hooks.StrictRuntimeBailout.IsUsed ? hooks.StrictRuntimeBailout.Call(chunk, context) : null;
            if (bailout is null && options.Output.Iife && !arrows && options.Output.GlobalObject == "this")
                bailout = "'output.globalObject' reads 'this'";
            if (bailout is not null)
            {
                output.Add(prefix + "// runtime can't be in strict mode because " + bailout + ".\n");
                allStrict = false;
            }
            else
            {
                output.Add(prefix + "\"use strict\";\n");
            }
        }
        var plan = PlanStartup(chunk, context, requirements);
        var inlined = plan.AllowInlineStartup && plan.JsEntries.Count > 0 ? plan.JsEntries : null;
        var chunkModules = new List<Module>(chunk.Modules.Count);
        foreach (var module in chunk.Modules)
        {
            if ((inlined is null || !inlined.Contains(module)) && RendersJavaScript(module) && context.Results.TryGet(module, chunk.Runtime, out _))
                chunkModules.Add(module);
        }
        if (chunkModules.Count > 0 || plan.UseRequire || requirements.HasAny((RuntimeGlobals.ModuleFactories | RuntimeGlobals.ModuleFactoriesAddOnly | RuntimeGlobals.Require)))
        {
            output.Add(prefix + "var __webpack_modules__ = (");
            if (chunkModules.Count > 0)
                AddModules(output, chunkModules, chunk, context, allStrict, prefix);
            else
                output.Add("{}");
            output.Add(");\n");
            output.Add(Separator);
        }
        var header = Bootstrap(requirements, options.Output, plan);
        if (header.Length > 0)
        {
            var bootstrap = arrows ? header : FunctionSyntax.WithoutArrows(header);
            // Written for the IIFE's indentation; without the IIFE it is one tab less (webpack's prefix).
            if (!options.Output.Iife)
                bootstrap = bootstrap.Replace("/******/ \t", "/******/ ", StringComparison.Ordinal);
            output.Add(context.UseSourceMap ? MappedBootstrap(bootstrap, prefix) : new RawSource(bootstrap));
            output.Add(Separator);
        }
        if (chunk.RuntimeModules.Count > 0)
        {
            AppendRuntimeModules(output, chunk.RuntimeModules, chunk, context, prefix);
            output.Add(Separator);
        }
        var startup = inlined is not null
            ? RenderInlinedStartup(chunk, context, plan, allStrict, chunkModules)
            : RenderStartup(chunk, context, plan, prefix);
        output.Add(arrows ? startup : new RawSource(FunctionSyntax.WithoutArrows(startup.GetText())));
        // A library wrapper (UMD, AMD, System) gets the entry's exports as the runtime's value.
        if (chunk.EntryModules.Count > 0 && requirements.HasAny(RuntimeGlobals.ReturnExportsFromRuntime))
            output.Add(prefix + "return __webpack_exports__;\n");
        if (options.Output.Iife)
            output.Add("/******/ })()\n");
        return hooks.RenderMain.IsUsed ? hooks.RenderMain.Call(output, chunk, context) : output;
    }

    private const string Separator = "/************************************************************************/\n";

    // webpack's renderRuntimeModules: each runtime module's code, under a comment with its name,
    // in a function of its own where it asks for isolation.
    private static void AppendRuntimeModules(ConcatSource output, IReadOnlyList<RuntimeModule> runtimeModules, Chunk chunk, ChunkRenderContext context, string prefix)
    {
        var options = context.Generation.Options;
        var arrows = options.Output.Environment.ArrowFunction;
        var templateContext = new RuntimeTemplateContext(options, context.FullHash, chunk) { Analyzable = context.Generation.Analyzable };
        var inner = prefix + "\t";
        foreach (var runtimeModule in runtimeModules)
        {
            var isolate = runtimeModule.ShouldIsolate;
            var code = runtimeModule.Generate(templateContext);
            // webpack's renderRuntimeModules: a runtime module with no code is not written.
            if (code.Length == 0)
                continue;
            output.Add(prefix + "/* " + runtimeModule.Name + " */\n" + (isolate ? prefix + "(" + FunctionSyntax.Head("", arrows) + "{\n" : ""));
            if (!arrows)
                code = FunctionSyntax.WithoutArrows(code);
            if (context.UseSourceMap)
            {
                // webpack's RuntimeModule with useSourceMap: the code is its own original, named
                // webpack/runtime/…; PrefixSource indents it as Indent does, but for a last empty line.
                output.Add(new PrefixSource(isolate ? inner : prefix, new OriginalSource(code, runtimeModule.Name)));
                if (code.EndsWith('\n'))
                    output.Add(isolate ? inner : prefix);
            }
            else
            {
                output.Add(Indent(code, isolate ? inner : prefix));
            }
            output.Add(isolate ? "\n" + prefix + "})();\n" + prefix + "\n" : "\n" + prefix + "\n");
        }
    }

    /// <summary>
    /// A hot update of <paramref name="chunk"/> (webpack's HotUpdateChunk as its chunk format renders it): the
    /// modules object of <paramref name="modules"/>, and the function that runs <paramref name="runtimeModules"/>
    /// (<c>function(__webpack_require__) { // webpackRuntimeModules …}</c>), null when there are none.
    /// </summary>
    public (Source Modules, Source? Runtime) RenderHotUpdate(Chunk chunk, IReadOnlyList<Module> modules, IReadOnlyList<RuntimeModule> runtimeModules, ChunkRenderContext context)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        ArgumentNullException.ThrowIfNull(modules);
        ArgumentNullException.ThrowIfNull(runtimeModules);
        ArgumentNullException.ThrowIfNull(context);
        var output = new ConcatSource();
        AddModules(output, modules, chunk, context, allStrict: false);
        if (runtimeModules.Count == 0)
            return (output, null);
        var runtime = new ConcatSource("/******/ function(__webpack_require__) { // webpackRuntimeModules\n");
        AppendRuntimeModules(runtime, runtimeModules, chunk, context, "/******/ ");
        runtime.Add("/******/ }\n");
        return (output, runtime);
    }


    // Follows InitFragment.addToSource over the chunk's chunkInitFragments: the code its modules
    // need at the top of the file (one per key, the first module's), by stage, then position.
    private static Source AddChunkInitFragments(Source rendered, Chunk chunk, ChunkRenderContext context)
    {
        List<InitFragment>? fragments = null;
        foreach (var module in chunk.Modules)
        {
            if (!context.Results.TryGet(module, chunk.Runtime, out var result) || result.ChunkInitFragments is not { } own)
                continue;
            fragments ??= [];
            foreach (var fragment in own)
            {
                if (!fragments.Exists(f => f.Key == fragment.Key))
                    fragments.Add(fragment);
            }
        }
        if (fragments is null)
            return rendered;
        // A stable sort: fragments of one stage and position keep the modules' order.
        var ordered = new List<InitFragment>(fragments.Count);
        foreach (var fragment in fragments)
        {
            var at = ordered.Count;
            while (at > 0 && (ordered[at - 1].Stage > fragment.Stage || (ordered[at - 1].Stage == fragment.Stage && ordered[at - 1].Position > fragment.Position)))
                at--;
            ordered.Insert(at, fragment);
        }
        var output = new ConcatSource();
        foreach (var fragment in ordered)
            output.Add(fragment.Content);
        output.Add(rendered);
        return output;
    }

    /// <summary>The modules object: <c>{ id: (module function), … }</c> of <paramref name="modules"/>.</summary>
    private void AddModules(ConcatSource output, IReadOnlyList<Module> modules, Chunk chunk, ChunkRenderContext context, bool allStrict, string prefix = "/******/ \t")
    {
        var contents = hooks.RenderModuleContent.IsUsed ? RenderModuleContents(modules, chunk, context) : null;
        var options = context.Generation.Options;
        output.Add("{\n\n");
        var first = true;
        for (var i = 0; i < modules.Count; i++)
        {
            var module = modules[i];
            // webpack renders the modules with a javascript source type only (an asset that is only a file has none).
            if (!RendersJavaScript(module) || !context.Results.TryGet(module, chunk.Runtime, out var result))
                continue;
            if (!first) output.Add(",\n\n");
            first = false;
            // webpack 5.112: with output.environment.methodShorthand each factory is a method of the
            // modules object (`id(module, exports, require) {…}`), else a property holding a function.
            var shorthand = options.Output.Environment.MethodShorthand;
            // PERF: a module whose code the compiler kept is rendered as it was last build (its bytes too).
            var memoKey = contents is null && context.KeepsRenderedModules ? new RenderedModuleKey(module.Id, module.ReadableIdentifier, allStrict, shorthand) : default;
            if (memoKey.Id is not null && s_renderedModules.TryGetValue(result, out var rendered) && rendered.Key == memoKey)
            {
                output.Add(rendered.Source);
                continue;
            }
            var piece = memoKey.Id is null ? output : new ConcatSource();
            piece.Add("/***/ " + CodeGenerationContext.IdLiteral(module.Id) + (shorthand ? "\n" : ":\n"));
            if (options.Output.Pathinfo)
                piece.Add(Comments.ModuleHeader(module.ReadableIdentifier));
            // The function alone is marked closed (it reads its parameters and globals), so that a
            // minifier may take it apart from the chunk (ClosedFunctionSources).
            if (!shorthand)
                piece.Add("/***/ (");
            var function = new ConcatSource(shorthand ? "(" + ModuleParameters(result) + ") {\n\n" : ModuleFunctionHead(result, options.Output.Environment.ArrowFunction) + "\n\n");
            // Outside the content, so the directive holds for code a devtool wraps (webpack's renderModule).
            if (result.Strict && !allStrict)
                function.Add("\"use strict\";\n");
            function.Add(contents is null ? result.WrappedSource : contents[i]);
            function.Add("\n\n/***/ }");
            piece.Add(new ClosedFunctionSource(function, shorthand));
            if (!shorthand)
                piece.Add(")");
            if (!ReferenceEquals(piece, output))
            {
                // Kept as bytes, unless a minifier will look for the closed function inside it.
                Source kept = options.Optimization.Minimize ? piece : new CachedSource(piece);
                s_renderedModules.AddOrUpdate(result, new RenderedModule(memoKey, kept));
                output.Add(kept);
            }
        }
        output.Add("\n\n" + prefix + "}");
    }

    // What a module's code was rendered with, and the rendering (kept with the code while it lives).
    private readonly record struct RenderedModuleKey(string? Id, string ReadableIdentifier, bool AllStrict, bool Shorthand);

    private sealed record RenderedModule(RenderedModuleKey Key, Source Source);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CodeGenerationResult, RenderedModule> s_renderedModules = [];

    // PERF: renderModuleContent taps may do real work per module (the eval devtool escapes each
    // module's whole code), so the chunk's modules go through them in parallel; the chunk is then
    // put together in module order.
    private Source[] RenderModuleContents(IReadOnlyList<Module> modules, Chunk chunk, ChunkRenderContext context)
    {
        var contents = new Source[modules.Count];
        Parallel.For(0, modules.Count, i =>
        {
            if (context.Results.TryGet(modules[i], chunk.Runtime, out var result))
                contents[i] = hooks.RenderModuleContent.Call(result.WrappedSource, modules[i], context);
        });
        return contents;
    }

    private static string ModuleFunctionHead(CodeGenerationResult result, bool arrows)
    {
        var parameters = ModuleParameters(result);
        return result.UsesThis || !arrows ? $"function({parameters}) {{" : $"({parameters}) => {{";
    }

    // webpack's renderModule arguments: module, exports and __webpack_require__ as far as the code needs them.
    private static string ModuleParameters(CodeGenerationResult result)
    {
        var requirements = result.RuntimeRequirements;
        var moduleArgument = requirements.HasAny(UsesModule) ? result.ModuleArgument : "__unused_webpack_module";
        var exportsArgument = requirements.HasAny(UsesExports) ? result.ExportsArgument : "__unused_webpack_exports";
        var usesRequire = requirements.HasAny(~(RuntimeGlobals.Module | RuntimeGlobals.Exports | RuntimeGlobals.ModuleId | RuntimeGlobals.ModuleLoaded | RuntimeGlobals.ThisAsExports));
        return usesRequire ? $"{moduleArgument}, {exportsArgument}, __webpack_require__"
            : exportsArgument != "__unused_webpack_exports" ? $"{moduleArgument}, {exportsArgument}"
            : moduleArgument != "__unused_webpack_module" ? moduleArgument : "";
    }

    // Follows webpack's renderRequire: output.strictModuleErrorHandling keeps a factory's error on
    // its cache entry and throws it again; output.strictModuleExceptionHandling (without the
    // former) removes the entry, so the next require runs the factory again.
    // Deferred namespaces (import defer) require a module again on access, so its error stays on
    // its cache entry (a module record's evaluation error), and `evaluating` marks a module whose
    // factory runs: reaching it again through a deferred namespace throws.
    // The require function (and its cache) only when something requires a module; a runtime whose
    // helpers hang off __webpack_require__ without it gets an object for them (webpack's require scope).
    private static string Bootstrap(RuntimeGlobals requirements, Core.Options.OutputOptions output, StartupPlan plan)
    {
        var defer = requirements.HasAny(RuntimeGlobals.MakeDeferredNamespaceObject);
        var deferAny = requirements.HasAny((RuntimeGlobals.MakeDeferredNamespaceObject | RuntimeGlobals.MakeOptimizedDeferredNamespaceObject));
        // Hot module replacement keeps a failed module's error (webpack's HMR plugin turns strictModuleErrorHandling on unless it is set).
        var intercept = requirements.HasAny(RuntimeGlobals.InterceptModuleExecution);
        var errorCaching = output.StrictModuleErrorHandling || deferAny || (intercept && !output.StrictModuleErrorHandlingGiven);
        var exceptionHandling = output.StrictModuleExceptionHandling && !errorCaching;
        var moduleCache = requirements.HasAny(RuntimeGlobals.ModuleCache);
        // webpack's runtimeTemplate.renderConst and renderLet: the bindings the runtime never reassigns
        // are const where the environment has it (else let, else var); a reassigned one is let.
        var environment = output.Environment;
        var cst = environment.Const ? "const" : environment.Let ? "let" : "var";
        var lt = environment.Let ? "let" : "var";
        var builder = new StringBuilder();
        if (plan.UseRequire || moduleCache)
            builder.Append("/******/ \t// The module cache\n/******/ \t").Append(cst).Append(" __webpack_module_cache__ = {};\n/******/ \t\n");
        if (defer)
        {
            builder.Append("/******/ \t// The deferred module cache\n/******/ \t").Append(cst).Append(" __webpack_module_deferred_exports__ = {};\n")
                .Append("/******/ \t// The deferred namespace cache\n/******/ \t").Append(cst).Append(" __webpack_module_deferred_namespace_cache__ = {};\n/******/ \t\n");
        }
        if (!plan.UseRequire)
        {
            if (plan.RequireScope)
                builder.Append("/******/ \t// The require scope\n/******/ \t").Append(cst).Append(" __webpack_require__ = {};\n/******/ \t\n");
            AppendExposures(builder, requirements);
            return builder.ToString();
        }
        builder.Append("/******/ \t// The require function\n/******/ \tfunction __webpack_require__(moduleId) {\n");
        builder.Append("/******/ \t\t// Check if module is in cache\n/******/ \t\t").Append(cst).Append(" cachedModule = __webpack_module_cache__[moduleId];\n");
        builder.Append("/******/ \t\tif (cachedModule !== undefined) {\n");
        if (errorCaching)
            builder.Append("/******/ \t\t\tif (cachedModule.error !== undefined) throw cachedModule.error;\n");
        builder.Append("/******/ \t\t\treturn cachedModule.exports;\n/******/ \t\t}\n");
        builder.Append("/******/ \t\t// Create a new module (and put it into the cache)\n/******/ \t\t").Append(intercept ? lt : cst).Append(" module = __webpack_module_cache__[moduleId] = {\n");
        builder.Append(requirements.HasAny(RuntimeGlobals.ModuleId) ? "/******/ \t\t\tid: moduleId,\n" : "/******/ \t\t\t// no module.id needed\n");
        builder.Append(requirements.HasAny(RuntimeGlobals.ModuleLoaded) ? "/******/ \t\t\tloaded: false,\n" : "/******/ \t\t\t// no module.loaded needed\n");
        builder.Append(defer ? "/******/ \t\t\texports: __webpack_module_deferred_exports__[moduleId] || {}\n/******/ \t\t};\n/******/ \t\n" : "/******/ \t\t\texports: {}\n/******/ \t\t};\n/******/ \t\n");
        builder.Append("/******/ \t\t// Execute the module function\n");
        if (deferAny)
            builder.Append("/******/ \t\tmodule.evaluating = true;\n");
        var indent = "/******/ \t\t";
        if (exceptionHandling)
        {
            builder.Append("/******/ \t\t").Append(lt).Append(" threw = true;\n/******/ \t\ttry {\n");
            indent = "/******/ \t\t\t";
        }
        else if (errorCaching)
        {
            builder.Append("/******/ \t\ttry {\n");
            indent = "/******/ \t\t\t";
        }
        if (output.StrictModuleResolution)
        {
            // output.strictModuleResolution (webpack's default in development): a missing module id throws MODULE_NOT_FOUND.
            builder.Append(indent).Append("if (!(moduleId in __webpack_modules__)) {\n")
                .Append(indent).Append("\tdelete __webpack_module_cache__[moduleId];\n")
                .Append(indent).Append('\t').Append(cst).Append(" e = new Error(\"Cannot find module '\" + moduleId + \"'\");\n")
                .Append(indent).Append("\te.code = 'MODULE_NOT_FOUND';\n")
                .Append(indent).Append("\tthrow e;\n")
                .Append(indent).Append("}\n");
        }
        if (intercept)
        {
            // webpack's interceptModuleExecution: each interceptor (hot module replacement's) may change
            // the module, its factory and the require function it gets.
            builder.Append(indent).Append(cst).Append(" execOptions = { id: moduleId, module: module, factory: __webpack_modules__[moduleId], require: __webpack_require__ };\n")
                .Append(indent).Append("__webpack_require__.i.forEach(function(handler) { handler(execOptions); });\n")
                .Append(indent).Append("module = execOptions.module;\n")
                .Append(indent).Append("execOptions.factory.call(module.exports, module, module.exports, execOptions.require);\n");
        }
        else
        {
            builder.Append(indent).Append(requirements.HasAny(RuntimeGlobals.ThisAsExports)
                ? "__webpack_modules__[moduleId].call(module.exports, module, module.exports, __webpack_require__);\n"
                : "__webpack_modules__[moduleId](module, module.exports, __webpack_require__);\n");
        }
        if (defer)
            builder.Append(indent).Append("delete __webpack_module_deferred_exports__[moduleId];\n");
        if (deferAny)
            builder.Append(indent).Append("module.evaluating = false;\n");
        if (exceptionHandling)
            builder.Append(indent).Append("threw = false;\n/******/ \t\t} finally {\n/******/ \t\t\tif(threw) delete __webpack_module_cache__[moduleId];\n/******/ \t\t}\n");
        else if (errorCaching)
            builder.Append("/******/ \t\t} catch(e) {\n").Append(deferAny ? "/******/ \t\t\tmodule.evaluating = false;\n" : "")
                .Append("/******/ \t\t\tmodule.error = e;\n/******/ \t\t\tthrow e;\n/******/ \t\t}\n");
        if (requirements.HasAny(RuntimeGlobals.ModuleLoaded))
            builder.Append("/******/ \t\n/******/ \t\t// Flag the module as loaded\n/******/ \t\tmodule.loaded = true;\n");
        builder.Append("/******/ \t\n/******/ \t\t// Return the exports of the module\n/******/ \t\treturn module.exports;\n/******/ \t}\n/******/ \t\n");
        AppendExposures(builder, requirements);
        return builder.ToString();
    }

    private static void AppendExposures(StringBuilder builder, RuntimeGlobals requirements)
    {
        if (requirements.HasAny((RuntimeGlobals.ModuleFactories | RuntimeGlobals.ModuleFactoriesAddOnly)))
            builder.Append("/******/ \t// expose the modules object (__webpack_modules__)\n/******/ \t__webpack_require__.m = __webpack_modules__;\n/******/ \t\n");
        if (requirements.HasAny(RuntimeGlobals.ModuleCache))
            builder.Append("/******/ \t// expose the module cache\n/******/ \t__webpack_require__.c = __webpack_module_cache__;\n/******/ \t\n");
        if (requirements.HasAny(RuntimeGlobals.InterceptModuleExecution))
            builder.Append("/******/ \t// expose the module execution interceptor\n/******/ \t__webpack_require__.i = [];\n/******/ \t\n");
    }


    // webpack's renderMain under a devtool: the bootstrap is its own original, webpack/bootstrap,
    // behind the prefix ("/******/ \t" in the IIFE). The text stays exactly what was rendered: where the lines do
    // not all carry the prefix, the bootstrap is left unmapped.
    private static Source MappedBootstrap(string bootstrap, string prefix)
    {
        var body = bootstrap;
        var header = new StringBuilder(body.Length);
        var start = 0;
        while (start < body.Length)
        {
            var end = body.IndexOf('\n', start);
            var line = end < 0 ? body.AsSpan(start) : body.AsSpan(start, end + 1 - start);
            if (!line.StartsWith(prefix, StringComparison.Ordinal))
                return new RawSource(bootstrap);
            header.Append(line[prefix.Length..]);
            start = end < 0 ? body.Length : end + 1;
        }
        var mapped = new ConcatSource(new PrefixSource(prefix, new OriginalSource(header.ToString(), "webpack/bootstrap")), new RawSource(bootstrap[body.Length..]));
        return mapped.GetText() == bootstrap ? mapped : new RawSource(bootstrap);
    }

    private static string Indent(string code, string prefix)
    {
        var builder = new StringBuilder(code.Length + 64);
        foreach (var line in code.Split('\n'))
        {
            if (builder.Length > 0) builder.Append('\n');
            builder.Append(prefix).Append(line);
        }
        return builder.ToString();
    }
}
