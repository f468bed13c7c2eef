// Follows webpack lib/NormalModuleFactory.js's hooks: what plugins see while a request becomes a
// module, in webpack's order: beforeResolve can drop a request (IgnorePlugin), factorize can make
// the module itself (externals), resolve can answer the resolution, afterResolve can change the
// resolved resource or drop it (NormalModuleReplacementPlugin), createModule can make a plugin's
// own module, and module can replace the module made.
// The make phase calls them from its worker threads, only when tapped.

using Sharpack.Core.Hooks;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Core;

/// <summary>Makes normal modules from requests; its hooks let plugins steer that.</summary>
public sealed class NormalModuleFactory
{
    /// <summary>The factory's hooks.</summary>
    public NormalModuleFactoryHooks Hooks { get; } = new();
}

/// <summary>The hooks of a <see cref="NormalModuleFactory"/>.</summary>
public sealed class NormalModuleFactoryHooks
{
    /// <summary>Before the request is resolved; false ignores it (no module, no error).</summary>
    public AsyncSeriesBailHook<ResolveData, bool?> BeforeResolve { get; } = new("beforeResolve");

    /// <summary>
    /// Before the request is resolved, after <see cref="BeforeResolve"/>: a tap may answer the module
    /// itself (an external), and the request is not resolved.
    /// </summary>
    public AsyncSeriesBailHook<ResolveData, Module?> Factorize { get; } = new("factorize");

    /// <summary>
    /// webpack's resolve, after <see cref="Factorize"/>'s taps (where webpack's own factorize tap
    /// starts): a tap may answer the resolution itself, setting <see cref="ResolveData.Resource"/>
    /// (and optionally <see cref="ResolveData.Type"/>) and answering true, so the resolver is not
    /// asked and rules match that resource; false ignores the request. (webpack's taps may also
    /// answer a module here; in Sharpack a <see cref="Factorize"/> tap does that.)
    /// </summary>
    public AsyncSeriesBailHook<ResolveData, bool?> Resolve { get; } = new("resolve");

    /// <summary>After the request is resolved; the tap may change <see cref="ResolveData.Resource"/>, or answer false to ignore it.</summary>
    public AsyncSeriesBailHook<ResolveData, bool?> AfterResolve { get; } = new("afterResolve");

    /// <summary>
    /// webpack's createModule, after <see cref="AfterResolve"/>: a tap may answer its own module for
    /// the resolved <see cref="ResolveData.Resource"/>, <see cref="ResolveData.Type"/> and
    /// <see cref="ResolveData.Loaders"/> (webpack's createData), instead of the module the type's
    /// factory would make. <see cref="Module"/> still sees it.
    /// </summary>
    public AsyncSeriesBailHook<ResolveData, Module?> CreateModule { get; } = new("createModule");

    /// <summary>The module made for the request (by the type's factory or a <see cref="CreateModule"/> tap); a tap may return another.</summary>
    public SyncWaterfallHook<Module, ResolveData> Module { get; } = new("module");
}

/// <summary>
/// A request on its way to a module (webpack's ResolveData): where it is made from, what it asks
/// for, and once resolved, the resource (path with query) and module type.
/// </summary>
public sealed class ResolveData(string context, string request, Dependency dependency, Module? issuer)
{
    /// <summary>The folder the request is resolved in.</summary>
    public string Context { get; set; } = context;

    /// <summary>The request, e.g. <c>./locale</c> or <c>lodash/map</c>.</summary>
    public string Request { get; set; } = request;

    /// <summary>The module that stands for the request when beforeResolve ignores it (webpack's resolveData.ignoredModule); none by default.</summary>
    public Module? IgnoredModule { get; set; }

    /// <summary>The dependency that makes the request.</summary>
    public Dependency Dependency { get; } = dependency;

    /// <summary>The module that makes the request, or null for an entry.</summary>
    public Module? Issuer { get; } = issuer;

    /// <summary>webpack's contextInfo.issuerLayer: the importing module's layer, or an entry's; null for none.</summary>
    public string? IssuerLayer => IssuerLayerOf(Issuer, Dependency);

    /// <summary>The layer a request from <paramref name="issuer"/> (null for an entry) through <paramref name="dependency"/> is made in.</summary>
    public static string? IssuerLayerOf(Module? issuer, Dependency dependency) =>
        issuer is not null ? issuer.Layer : (dependency as EntryDependency)?.Layer;

    /// <summary>The resolved resource (path and query), set after resolution.</summary>
    public string? Resource { get; set; }

    /// <summary>
    /// For a context resolved to several folders (an alias with several targets, several
    /// resolve.modules folders; webpack's resource array): all of them in order, the first also in
    /// <see cref="Resource"/>. A tap that changes only <see cref="Resource"/> makes it the one folder.
    /// </summary>
    public IReadOnlyList<string>? Resources { get; set; }

    /// <summary>The module type chosen for the resource, set after resolution.</summary>
    public string? Type { get; set; }

    /// <summary>The module's loaders (rules' and inline), set after resolution; an afterResolve tap may change them.</summary>
    public IReadOnlyList<LoaderItem>? Loaders { get; set; }

    /// <summary>
    /// For a context request: which files of the folder it covers (recursive flag, pattern); a
    /// plugin may change them (ContextReplacementPlugin). Null for a normal request.
    /// </summary>
    public ModuleGraph.ContextOptions? ContextOptions { get; set; }

    /// <summary>The nearest package.json of the resolved resource (webpack's resourceResolveData.descriptionFileData), once resolved; null when none.</summary>
    public Sharpack.Resolver.DescriptionFile? DescriptionFile { get; set; }

    /// <summary>
    /// Resolves another request as the build's normal resolver does, with resolve options over the
    /// configuration's (webpack's getResolve(options), which an externals function is given):
    /// (context, request, options) to the result. Null where nothing resolves for the factory's hooks.
    /// </summary>
    public Func<string, string, System.Text.Json.Nodes.JsonObject?, Sharpack.Resolver.ResolveResult>? ResolveWith { get; init; }
}
