// Follows webpack lib/Dependency.js getReferencedExports: what a dependency uses of its module, as
// export paths (["a"], ["ns", "b"]); the empty path is the whole exports object.

namespace Sharpack.Core.ModuleGraph;

/// <summary>An export path a dependency uses, and whether it may be renamed.</summary>
/// <param name="Name">The path; empty for the exports object itself.</param>
/// <param name="CanMangle">False when the name must stay as written (e.g. read through a dynamic key).</param>
/// <param name="CanInline">False when the use must read the export itself, not a literal in its place (destructuring, CommonJS, import()).</param>
public readonly record struct ReferencedExport(IReadOnlyList<string> Name, bool CanMangle = true, bool CanInline = true)
{
    /// <summary>Nothing is used (webpack's NO_EXPORTS_REFERENCED).</summary>
    public static IReadOnlyList<ReferencedExport> None { get; } = [];

    /// <summary>The whole exports object is used (webpack's EXPORTS_OBJECT_REFERENCED).</summary>
    public static IReadOnlyList<ReferencedExport> ExportsObject { get; } = [new ReferencedExport([])];

    /// <summary>
    /// The whole namespace object is used as a value that code generation may give a decoupled
    /// object with the original names, so the exports may still be renamed (webpack's
    /// EXPORTS_OBJECT_REFERENCED_MANGLEABLE; compared by reference).
    /// </summary>
    public static IReadOnlyList<ReferencedExport> ExportsObjectMangleable { get; } = [new ReferencedExport([])];

    /// <summary>One export used by name.</summary>
    public static ReferencedExport Of(string name) => new([name]);
}
