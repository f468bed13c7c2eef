// Follows webpack lib/sharing/ProvideSharedDependency.js, ProvideForSharedDependency.js and
// ConsumeSharedFallbackDependency.js: a provided module's entry (made into a ProvideSharedModule),
// the provided module itself, and a consumed module's fallback, each resolved as a normal request.

using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.Federation;

/// <summary>A module this build provides to a share scope (webpack's ProvideSharedDependency), included in every entry.</summary>
public sealed class ProvideSharedDependency(string shareScope, string name, string? version, string request, bool eager) : Dependency
{
    /// <summary>The share scope.</summary>
    public string ShareScope { get; } = shareScope;

    /// <summary>The share key.</summary>
    public string Name { get; } = name;

    /// <summary>The version it is provided as, or null when none is known.</summary>
    public string? Version { get; } = version;

    /// <summary>The resolved resource of the provided module.</summary>
    public string ResourceRequest { get; } = request;

    /// <summary>Whether the module is in the initial chunk (not loaded on demand).</summary>
    public bool Eager { get; } = eager;

    /// <inheritdoc />
    public override string? Request { get; } = "provide module (" + shareScope + ") " + request + " as " + name + " @ " + version + (eager ? " (eager)" : "");

    /// <inheritdoc />
    public override string TypeName => "provide shared module";

    /// <inheritdoc />
    public override void Apply(Core.CodeGeneration.TemplateContext context)
    {
    }
}

/// <summary>The module a <see cref="ProvideSharedModule"/> provides (webpack's ProvideForSharedDependency).</summary>
public sealed class ProvideForSharedDependency(string request) : Dependency
{
    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <inheritdoc />
    public override string TypeName => "provide module for shared";

    /// <inheritdoc />
    public override void Apply(Core.CodeGeneration.TemplateContext context)
    {
    }
}

/// <summary>A consumed module's fallback, this build's own copy (webpack's ConsumeSharedFallbackDependency).</summary>
public sealed class ConsumeSharedFallbackDependency(string request) : Dependency
{
    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <inheritdoc />
    public override string TypeName => "consume shared fallback";

    /// <inheritdoc />
    public override void Apply(Core.CodeGeneration.TemplateContext context)
    {
    }
}
