// Follows webpack lib/ContextModuleFactory.js's hooks: what plugins see while a context request
// (require.context, require("./dir/" + x)) becomes a context module. ContextReplacementPlugin
// changes its folder or pattern in afterResolve; false drops it; contextModuleFiles filters what a
// folder lists (ContextExclusionPlugin).

using Sharpack.Core.Hooks;

namespace Sharpack.Core;

/// <summary>Makes context modules; its hooks let plugins steer that.</summary>
public sealed class ContextModuleFactory
{
    /// <summary>The factory's hooks.</summary>
    public ContextModuleFactoryHooks Hooks { get; } = new();
}

/// <summary>The hooks of a <see cref="ContextModuleFactory"/>.</summary>
public sealed class ContextModuleFactoryHooks
{
    /// <summary>Before the context's folder is resolved; false ignores it.</summary>
    public AsyncSeriesBailHook<ResolveData, bool?> BeforeResolve { get; } = new("beforeResolve");

    /// <summary>After the folder is resolved (in <see cref="ResolveData.Resource"/>); false ignores it.</summary>
    public AsyncSeriesBailHook<ResolveData, bool?> AfterResolve { get; } = new("afterResolve");

    /// <summary>
    /// The names in one folder of a context as it is listed (files and subfolders), returned with
    /// those to skip left out (webpack's contextModuleFiles; ContextExclusionPlugin). Called on
    /// worker threads, one folder at a time.
    /// </summary>
    public SyncWaterfallHook<IReadOnlyList<string>> ContextModuleFiles { get; } = new("contextModuleFiles");
}
