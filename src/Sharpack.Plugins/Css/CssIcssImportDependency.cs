// Follows webpack lib/dependencies/CssIcssImportDependency.js: a CSS module that composes a class
// of another file (`composes: a b from "./other.css"`) or imports a value (`@value x from
// "./v.css"`) depends on that file, which is a CSS module too (the css-import-local-module rule),
// and reads the names it exports when it is generated. The other file's stylesheet comes first in
// the chunk (its module is ordered before, as an @import's).

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.Css;

/// <summary>A CSS module's import of names another CSS module exports.</summary>
/// <param name="request">The other file.</param>
public sealed class CssIcssImportDependency(string request) : Dependency
{
    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <inheritdoc />
    public override string TypeName => "css :import";

    /// <inheritdoc />
    public override DependencyCategory Category => DependencyCategory.CssImportLocalModule;

    /// <inheritdoc />
    public override IReadOnlyList<ReferencedExport> GetReferencedExports(ModuleGraph moduleGraph, Core.Runtime.RuntimeSpec? runtime) => ReferencedExport.ExportsObject;

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
    }
}
