// Follows webpack lib/RuntimePlugin.js: registers which runtime module implements which
// runtime global, and what each one needs in turn.

using Sharpack.Core;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary>Registers the runtime modules.</summary>
public static class RuntimePlugin
{
    /// <summary>Registers every runtime module on <paramref name="compiler"/>.</summary>
    public static void Apply(Compiler compiler)
    {
        var registry = compiler.RuntimeModules;
        registry.Register(RuntimeGlobals.DefinePropertyGetters, static () => new TemplatedRuntimeModule("define property getters", "define_property_getters", RuntimeGlobals.HasOwnProperty));
        registry.Register(RuntimeGlobals.HasOwnProperty, static () => new TemplatedRuntimeModule("hasOwnProperty shorthand", "has_own_property"));
        registry.Register(RuntimeGlobals.MakeNamespaceObject, static () => new TemplatedRuntimeModule("make namespace object", "make_namespace_object"));
        registry.Register(RuntimeGlobals.CompatGetDefaultExport, static () => new TemplatedRuntimeModule("compat get default export", "compat_get_default_export", RuntimeGlobals.DefinePropertyGetters));
        registry.Register(RuntimeGlobals.CreateFakeNamespaceObject, static () => new TemplatedRuntimeModule("create fake namespace object", "create_fake_namespace_object", RuntimeGlobals.MakeNamespaceObject | RuntimeGlobals.DefinePropertyGetters));
        registry.Register(RuntimeGlobals.Global, static () => new TemplatedRuntimeModule("global", "global"));
        var output = compiler.Options.Output;
        // "auto" is found at run time from the script's own URL, except in node (chunks load
        // relative to the file there); a node target that loads chunks with script tags or
        // importScripts (electron-renderer) finds it like a browser.
        if (output.PublicPath == "auto" && (!compiler.Options.Target.IsNode || output.Module || output.ChunkLoading is "jsonp" or "import-scripts"))
            registry.Register(RuntimeGlobals.PublicPath, static () => new AutoPublicPathRuntimeModule());
        else
            registry.Register(RuntimeGlobals.PublicPath, output.PublicPathFunction is null
                ? static () => new PublicPathRuntimeModule()
                : static () => new PublicPathRuntimeModule(dependsOnHashes: true));
        registry.Register(RuntimeGlobals.HarmonyModuleDecorator, static () => new TemplatedRuntimeModule("harmony module decorator", "harmony_module_decorator"));
        registry.Register(RuntimeGlobals.NodeModuleDecorator, static () => new TemplatedRuntimeModule("node module decorator", "node_module_decorator"));
        registry.Register(RuntimeGlobals.GetFullHash, static () => new GetFullHashRuntimeModule());
        registry.Register(RuntimeGlobals.UncaughtErrorHandler, static () => new TemplatedRuntimeModule("uncaught error handler", "on_error"));
        registry.Register(RuntimeGlobals.AsyncModule, static () => new TemplatedRuntimeModule("async module", "async_module"));
        registry.Register(RuntimeGlobals.AmdOptions, static () => new TemplatedRuntimeModule("amd options", "amd_options"));
        registry.Register(RuntimeGlobals.ChunkName, static () => new ChunkNameRuntimeModule(runtimeId: false));
        registry.Register(RuntimeGlobals.RuntimeId, static () => new ChunkNameRuntimeModule(runtimeId: true));
        ApplyChunkLoading(compiler);
    }

    // What every chunk loading type shares: `.e` runs the handlers in `.f`, which the plugin of
    // each enabled chunk loading type (EnableChunkLoadingPlugin) fills for its runtime chunks.
    private static void ApplyChunkLoading(Compiler compiler)
    {
        var registry = compiler.RuntimeModules;
        registry.Register(RuntimeGlobals.EnsureChunk, static () => new TemplatedRuntimeModule("ensure chunk", "ensure_chunk", RuntimeGlobals.EnsureChunkHandlers));
        registry.Register(RuntimeGlobals.GetChunkScriptFilename, static () => new GetChunkFilenameRuntimeModule());
        registry.Register(RuntimeGlobals.OnChunksLoaded, static () => new TemplatedRuntimeModule("chunk loaded", "on_chunks_loaded"));
        registry.Register(RuntimeGlobals.StartupEntrypoint, static () => new TemplatedRuntimeModule("startup entrypoint", "startup_entrypoint", RuntimeGlobals.Require | RuntimeGlobals.EnsureChunk | RuntimeGlobals.EntryModuleId));
        registry.Register(RuntimeGlobals.PrefetchChunk, static () => new TemplatedRuntimeModule("prefetch chunk", "ensure_chunk_prefetch", RuntimeGlobals.PrefetchChunkHandlers));
        registry.Register(RuntimeGlobals.PreloadChunk, static () => new TemplatedRuntimeModule("preload chunk", "ensure_chunk_preload", RuntimeGlobals.PreloadChunkHandlers));
    }
}
