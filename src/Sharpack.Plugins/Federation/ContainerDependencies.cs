// Follows webpack lib/container/ContainerEntryDependency.js and ContainerExposedDependency.js: the
// entry of a Module Federation container (made into its ContainerEntryModule by ContainerPlugin's
// factory), and each module the container exposes (resolved as any request from the context).

using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.Federation;

/// <summary>One exposed name: the modules it loads (the last one's exports are the name's) and its chunk's name.</summary>
/// <param name="Imports">The requests, in order.</param>
/// <param name="Name">The name of the exposed module's chunk, or null.</param>
public sealed record ExposeOptions(IReadOnlyList<string> Imports, string? Name);

/// <summary>The entry dependency of a container (webpack's ContainerEntryDependency).</summary>
public sealed class ContainerEntryDependency(string name, IReadOnlyList<(string Name, ExposeOptions Options)> exposes, string shareScope)
    : EntryDependency("container entry " + name, name)
{
    /// <summary>The container's name (its entry's).</summary>
    public string Name { get; } = name;

    /// <summary>The exposed names, in order.</summary>
    public IReadOnlyList<(string Name, ExposeOptions Options)> Exposes { get; } = exposes;

    /// <summary>The share scope the container's <c>init</c> takes.</summary>
    public string ShareScope { get; } = shareScope;

    /// <inheritdoc />
    public override string TypeName => "container entry";
}

/// <summary>A module a container exposes (webpack's ContainerExposedDependency).</summary>
public sealed class ContainerExposedDependency(string exposedName, string request) : Dependency
{
    /// <summary>The name the container exposes it under (<c>./Button</c>).</summary>
    public string ExposedName { get; } = exposedName;

    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <inheritdoc />
    public override string TypeName => "container exposed";

    /// <inheritdoc />
    public override void Apply(Core.CodeGeneration.TemplateContext context)
    {
    }
}
