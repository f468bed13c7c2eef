// Follows webpack lib/container/RemoteToExternalDependency.js, FallbackDependency.js and
// FallbackItemDependency.js: a remote module depends on its container's external module, or on a
// fallback module that tries several containers in order.

using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.Federation;

/// <summary>A remote's container, an external module (webpack's RemoteToExternalDependency).</summary>
public sealed class RemoteToExternalDependency(string request) : Dependency
{
    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <inheritdoc />
    public override string TypeName => "remote to external";

    /// <inheritdoc />
    public override void Apply(Core.CodeGeneration.TemplateContext context)
    {
    }
}

/// <summary>A remote's containers tried in order (webpack's FallbackDependency), made into a <see cref="FallbackModule"/>.</summary>
public sealed class FallbackDependency(IReadOnlyList<string> requests) : Dependency
{
    /// <summary>The containers' requests, in order.</summary>
    public IReadOnlyList<string> Requests { get; } = requests;

    /// <inheritdoc />
    public override string? Request { get; } = "fallback " + string.Join(" ", requests);

    /// <inheritdoc />
    public override string TypeName => "fallback";

    /// <inheritdoc />
    public override void Apply(Core.CodeGeneration.TemplateContext context)
    {
    }
}

/// <summary>One container a fallback module tries (webpack's FallbackItemDependency).</summary>
public sealed class FallbackItemDependency(string request) : Dependency
{
    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <inheritdoc />
    public override string TypeName => "fallback item";

    /// <inheritdoc />
    public override void Apply(Core.CodeGeneration.TemplateContext context)
    {
    }
}
