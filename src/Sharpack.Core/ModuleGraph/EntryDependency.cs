// The dependency of an entry point on its first module.

using Sharpack.Core.CodeGeneration;

namespace Sharpack.Core.ModuleGraph;

/// <summary><c>entry: { name: request }</c>.</summary>
public class EntryDependency(string request, string entryName) : Dependency
{
    /// <inheritdoc />
    public override string TypeName => "entry";

    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <summary>The entry this request belongs to.</summary>
    public string EntryName { get; } = entryName;

    /// <summary>The entry's layer (webpack's contextInfo.issuerLayer of an entry), or null.</summary>
    public string? Layer { get; init; }

    /// <inheritdoc />
    public sealed override void Apply(TemplateContext context)
    {
        // Entries are started by the bootstrap, not by module code.
    }
}
