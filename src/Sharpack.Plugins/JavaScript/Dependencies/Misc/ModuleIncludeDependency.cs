// A request whose module must be in the graph (and chunk) but whose code is rendered by another
// dependency: the items of `require.ensure([…])` and AMD dependency arrays.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.JavaScript.Dependencies.Misc;

/// <summary>A module request rendered by its owner dependency.</summary>
public sealed class ModuleIncludeDependency(string request, DependencyCategory category = DependencyCategory.CommonJs) : Dependency
{
    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <inheritdoc />
    public override DependencyCategory Category { get; } = category;

    /// <summary>Set for the elements of a weak context: the module is used only if another chunk brings it.</summary>
    public bool Weak { get; init; }

    /// <inheritdoc />
    public override bool IsWeak => Weak;

    /// <summary>The folder the request is resolved in, when not its module's own (a context's element: the folder it was found in).</summary>
    public string? ResolveDirectory { get; init; }

    /// <inheritdoc />
    public override string? ContextDirectory => ResolveDirectory;

    /// <summary>The request of the context this element belongs to as the user wrote it (<c>#configs</c>), or null.</summary>
    public string? ContextRequest { get; init; }

    /// <summary>
    /// The request as the user wrote it: <c>#configs/a.js</c> for the element <c>./a.js</c> of the
    /// context <c>#configs</c> (webpack's ContextElementDependency.originalRequest); externals match it too.
    /// </summary>
    public string OriginalRequest => ContextRequest is { } context && Request!.StartsWith("./", StringComparison.Ordinal)
        ? context + Request[1..]
        : Request!;

    /// <summary>The one export the element stands for (import.meta.glob's <c>import</c> option), or null for its whole namespace.</summary>
    public string? ReferencedName { get; init; }

    /// <summary>The element is imported by a strict ES module (its CommonJS module's default is <c>module.exports</c>).</summary>
    public bool StrictNamespace { get; init; }

    // webpack's ContextElementDependency.getReferencedExports: the named export, unmangled; a
    // default that is not an ES module's own export needs the whole exports object.
    /// <inheritdoc />
    public override IReadOnlyList<ReferencedExport> GetReferencedExports(ModuleGraph moduleGraph, Sharpack.Core.Runtime.RuntimeSpec? runtime)
    {
        if (ReferencedName is not { } name)
            return ReferencedExport.ExportsObject;
        if (name == "default" && Target?.GetExportsType(StrictNamespace) is null or ExportsType.DefaultOnly or ExportsType.DefaultWithNamed)
            return ReferencedExport.ExportsObject;
        return [new ReferencedExport([name], CanMangle: false, CanInline: false)];
    }

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
    }
}
