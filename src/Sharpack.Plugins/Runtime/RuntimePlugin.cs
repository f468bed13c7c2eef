// Follows webpack lib/RuntimePlugin.js: taps runtimeRequirementInTree for each runtime global it
// implements, adding the runtime module (whose Requires names what it needs in turn) and answering
// true, so a plugin that taps the same global before it replaces the module.

using Sharpack.Core;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary>Adds the runtime modules for the globals a runtime chunk's tree requires.</summary>
public static class RuntimePlugin
{
    private const string Name = "RuntimePlugin";

    /// <summary>Taps the runtime modules on every compilation of <paramref name="compiler"/>.</summary>
    public static void Apply(Compiler compiler)
    {
        var output = compiler.Options.Output;
        // The runtime chunk's entry's publicPath, else output.publicPath. "auto" is found at run
        // time from the script's own URL, except in node (chunks load relative to the file
        // there); a node target that loads chunks with script tags or importScripts
        // (electron-renderer) finds it like a browser.
        RuntimeModule PublicPath(Core.ChunkGraph.Chunk chunk)
        {
            var entryPublicPath = chunk.GetEntryOptions()?.PublicPath;
            var publicPath = entryPublicPath ?? output.PublicPath;
            if (publicPath == "auto" && (!compiler.Options.Target.IsNode || output.Module || output.ChunkLoading is "jsonp" or "import-scripts"))
                return new AutoPublicPathRuntimeModule(output.ScriptType == "module" || output.Environment.GlobalThis ? RuntimeGlobals.None : RuntimeGlobals.Global);
            if (entryPublicPath is null && output.PublicPathFunction is not null)
                return new PublicPathRuntimeModule(dependsOnHashes: true);
            return new PublicPathRuntimeModule(publicPath == "auto" ? "" : publicPath);
        }
        compiler.Hooks.Compilation.Tap(Name, (compilation, _) =>
        {
            void Add(RuntimeGlobals global, Func<RuntimeModule> create) =>
                compilation.Hooks.RuntimeRequirementInTree.For(RuntimeGlobalNames.Of(global)).Tap(Name, (chunk, _) =>
                {
                    compilation.AddRuntimeModule(chunk, create());
                    return true;
                });
            Add(RuntimeGlobals.DefinePropertyGetters, static () => new TemplatedRuntimeModule("define property getters", "define_property_getters", RuntimeGlobals.HasOwnProperty) { Isolate = false });
            Add(RuntimeGlobals.HasOwnProperty, static () => new TemplatedRuntimeModule("hasOwnProperty shorthand", "has_own_property") { Isolate = false });
            Add(RuntimeGlobals.MakeNamespaceObject, static () => new TemplatedRuntimeModule("make namespace object", "make_namespace_object") { Isolate = false });
            Add(RuntimeGlobals.CompatGetDefaultExport, static () => new TemplatedRuntimeModule("compat get default export", "compat_get_default_export", RuntimeGlobals.DefinePropertyGetters) { Isolate = false });
            Add(RuntimeGlobals.CreateFakeNamespaceObject, static () => new TemplatedRuntimeModule("create fake namespace object", "create_fake_namespace_object", RuntimeGlobals.MakeNamespaceObject | RuntimeGlobals.DefinePropertyGetters));
            Add(RuntimeGlobals.Global, static () => new TemplatedRuntimeModule("global", "global") { Isolate = false });
            compilation.Hooks.RuntimeRequirementInTree.For(RuntimeGlobalNames.Of(RuntimeGlobals.PublicPath)).Tap(Name, (chunk, _) =>
            {
                compilation.AddRuntimeModule(chunk, PublicPath(chunk));
                return true;
            });
            Add(RuntimeGlobals.HarmonyModuleDecorator, static () => new TemplatedRuntimeModule("harmony module decorator", "harmony_module_decorator") { Isolate = false });
            Add(RuntimeGlobals.NodeModuleDecorator, static () => new TemplatedRuntimeModule("node module decorator", "node_module_decorator") { Isolate = false });
            Add(RuntimeGlobals.GetFullHash, static () => new GetFullHashRuntimeModule());
            // UncaughtErrorHandler (__webpack_require__.oe) has no module, as in webpack: it is whatever
            // the code sets (requirejs.onError), and a catch with no handler rethrows.
            // With import defer, async modules also answer which of a deferred module's async dependencies are pending.
            var deferImport = compilation.Options.Experiments.DeferImport;
            Add(RuntimeGlobals.AsyncModule, () => new SectionedRuntimeModule("async module", "async_module", [deferImport ? "DEFER" : "PLAIN"]));
            compilation.Hooks.RuntimeRequirementInTree.For(RuntimeGlobalNames.Of(RuntimeGlobals.MakeDeferredNamespaceObject)).Tap(Name, (chunk, set) =>
            {
                compilation.AddRuntimeModule(chunk, new SectionedRuntimeModule("make deferred namespace object", "make_deferred_namespace_object",
                    set.Has(RuntimeGlobals.AsyncModule) ? ["ASYNC"] : [], RuntimeGlobals.CreateFakeNamespaceObject | RuntimeGlobals.Require)
                { Isolate = false });
                return true;
            });
            compilation.Hooks.RuntimeRequirementInTree.For(RuntimeGlobalNames.Of(RuntimeGlobals.MakeOptimizedDeferredNamespaceObject)).Tap(Name, (chunk, set) =>
            {
                compilation.AddRuntimeModule(chunk, new SectionedRuntimeModule("make optimized deferred namespace object", "make_optimized_deferred_namespace_object",
                    set.Has(RuntimeGlobals.AsyncModule) ? ["ASYNC"] : [], RuntimeGlobals.Require)
                { Isolate = false });
                return true;
            });
            Add(RuntimeGlobals.ConcatenationWrap, static () => new ConcatenationWrapRuntimeModule());
            Add(RuntimeGlobals.ConstructRequire, static () => new TemplatedRuntimeModule("construct require", "construct_require", RuntimeGlobals.Require) { Isolate = false });
            Add(RuntimeGlobals.AmdOptions, static () => new TemplatedRuntimeModule("amd options", "amd_options") { Isolate = false });
            var target = compilation.Options.Target;
            string[] binarySections = target.IsUniversal ? ["NEUTRAL", "TABLE"] : target.IsNode ? ["NODE"] : ["WEB", "TABLE"];
            Add(RuntimeGlobals.ToBinary, () => new SectionedRuntimeModule("to binary", "to_binary", binarySections));
            // Module Federation's share scopes (webpack's RuntimePlugin: initializeSharing needs the scopes).
            Add(RuntimeGlobals.ShareScopeMap, () => new Federation.ShareRuntimeModule(compilation));
            compilation.Hooks.RuntimeRequirementInTree.For(RuntimeGlobalNames.Of(RuntimeGlobals.InitializeSharing)).Tap(Name, (_, set) =>
            {
                set.Add(RuntimeGlobals.ShareScopeMap);
                return null;
            });
            Add(RuntimeGlobals.RelativeUrl, static () => new TemplatedRuntimeModule("relative url", "relative_url") { Isolate = false });
            Add(RuntimeGlobals.Worker, () => new WorkerRuntimeModule(compilation.Options.Output.Environment));
            // Where chunk loading is off no loader sets the base URI (webpack's BaseUriRuntimeModule): it is the entry's baseUri.
            compilation.Hooks.RuntimeRequirementInTree.For(RuntimeGlobalNames.Of(RuntimeGlobals.BaseUri)).Tap(Name, (chunk, _) =>
            {
                if (ChunkLoadingTypes.Of(chunk, compilation.Options) is not null)
                    return null;
                compilation.AddRuntimeModule(chunk, new BaseUriRuntimeModule());
                return true;
            });
            // output.trustedTypes: both need the policy, which is made with the functions the chunk's runtime needs.
            compilation.Hooks.RuntimeRequirementInTree.For(RuntimeGlobalNames.Of(RuntimeGlobals.CreateScript)).Tap(Name, (chunk, set) =>
            {
                if (output.TrustedTypes is not null)
                    set.Add(RuntimeGlobals.GetTrustedTypesPolicy);
                compilation.AddRuntimeModule(chunk, new CreateScriptRuntimeModule());
                return true;
            });
            compilation.Hooks.RuntimeRequirementInTree.For(RuntimeGlobalNames.Of(RuntimeGlobals.CreateScriptUrl)).Tap(Name, (chunk, set) =>
            {
                if (output.TrustedTypes is not null)
                    set.Add(RuntimeGlobals.GetTrustedTypesPolicy);
                compilation.AddRuntimeModule(chunk, new CreateScriptUrlRuntimeModule());
                return true;
            });
            Add(RuntimeGlobals.GetTrustedTypesPolicy, static () => new GetTrustedTypesPolicyRuntimeModule());
            Add(RuntimeGlobals.AmdDefine, static () => new TemplatedRuntimeModule("amd define", "amd_define") { Isolate = false });
            Add(RuntimeGlobals.SetAnonymousDefaultName, static () => new TemplatedRuntimeModule("set anonymous default export name", "set_anonymous_default_name") { Isolate = false });
            Add(RuntimeGlobals.ChunkName, static () => new ChunkNameRuntimeModule(runtimeId: false));
            Add(RuntimeGlobals.RuntimeId, static () => new ChunkNameRuntimeModule(runtimeId: true));
            // What every chunk loading type shares: `.e` runs the handlers in `.f`, which the plugin of
            // each enabled chunk loading type (EnableChunkLoadingPlugin) fills for its runtime chunks.
            Add(RuntimeGlobals.EnsureChunk, static () => new TemplatedRuntimeModule("ensure chunk", "ensure_chunk", RuntimeGlobals.EnsureChunkHandlers) { Isolate = false });
            // An analyzable import() (`.ei`) runs the handlers itself, so a chunk may need the map without `.e` around it.
            compilation.Hooks.RuntimeRequirementInTree.For(RuntimeGlobalNames.Of(RuntimeGlobals.EnsureChunkHandlers)).Tap(Name, (chunk, set) =>
            {
                if (!set.Has(RuntimeGlobals.EnsureChunk))
                    compilation.AddRuntimeModule(chunk, new TemplatedRuntimeModule("ensure chunk", "ensure_chunk_handlers") { Isolate = false });
                return null;
            });
            Add(RuntimeGlobals.GetChunkScriptFilename, static () => new GetChunkFilenameRuntimeModule());
            Add(RuntimeGlobals.OnChunksLoaded, static () => new TemplatedRuntimeModule("chunk loaded", "on_chunks_loaded"));
            Add(RuntimeGlobals.StartupEntrypoint, static () => new StartupEntrypointRuntimeModule { Isolate = false });
            Add(RuntimeGlobals.PrefetchChunk, static () => new TemplatedRuntimeModule("prefetch chunk", "ensure_chunk_prefetch", RuntimeGlobals.PrefetchChunkHandlers));
            // The handlers object, with the function that calls them all where something preloads
            // through it (a CSS-only preload trigger calls the stylesheet handler by name).
            // Not a bail: the chunk loading plugins install their handlers on the same requirement.
            compilation.Hooks.RuntimeRequirementInTree.For(RuntimeGlobalNames.Of(RuntimeGlobals.PreloadChunkHandlers)).Tap(Name, (chunk, _) =>
            {
                compilation.AddRuntimeModule(chunk, new PreloadChunkRuntimeModule());
                return null;
            });
            compilation.Hooks.RuntimeRequirementInTree.For(RuntimeGlobalNames.Of(RuntimeGlobals.PreloadChunk)).Tap(Name, (_, set) =>
            {
                set.Add(RuntimeGlobals.PreloadChunkHandlers);
                return null;
            });
        });
    }
}
