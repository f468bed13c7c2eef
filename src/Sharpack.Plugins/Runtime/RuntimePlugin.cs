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
        registry.Register(RuntimeGlobals.PublicPath, static () => new PublicPathRuntimeModule());
        registry.Register(RuntimeGlobals.HarmonyModuleDecorator, static () => new TemplatedRuntimeModule("harmony module decorator", "harmony_module_decorator"));
        registry.Register(RuntimeGlobals.NodeModuleDecorator, static () => new TemplatedRuntimeModule("node module decorator", "node_module_decorator"));
        registry.Register(RuntimeGlobals.GetFullHash, static () => new GetFullHashRuntimeModule());
        registry.Register(RuntimeGlobals.UncaughtErrorHandler, static () => new TemplatedRuntimeModule("uncaught error handler", "on_error"));
        registry.Register(RuntimeGlobals.AsyncModule, static () => new TemplatedRuntimeModule("async module", "async_module"));
        registry.Register(RuntimeGlobals.AmdOptions, static () => new TemplatedRuntimeModule("amd options", "amd_options"));
    }
}
