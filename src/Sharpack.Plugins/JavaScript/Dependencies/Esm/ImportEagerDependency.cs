// Follows webpack lib/dependencies/ImportEagerDependency.js: `import(/* webpackMode: "eager" */
// "x")` keeps the module in the importer's chunk and resolves to its namespace on the next tick.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

/// <summary><c>import("x")</c> in eager mode.</summary>
public sealed class ImportEagerDependency(string request) : Dependency, IDynamicImportDependency
{
    /// <inheritdoc />
    public override string TypeName => "import() eager";

    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <summary>
    /// The export paths the import's namespace is read for (webpackExports, destructuring, member
    /// reads), each as written; null when it is used whole or not known.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>>? ReferencedExports { get; set; }

    // The parser's state of the name the namespace is bound to while the module is walked.
    object? IDynamicImportDependency.Binding { get; set; }

    /// <inheritdoc />
    public override IReadOnlyList<ReferencedExport> GetReferencedExports(ModuleGraph moduleGraph, Sharpack.Core.Runtime.RuntimeSpec? runtime) =>
        DynamicImportReferences.Of(this, moduleGraph, ReferencedExports);

    /// <summary><see cref="Sharpack.JavaScript.Ast.ImportPhase.Defer"/> for <c>import.defer()</c>: resolves to the module's deferred namespace.</summary>
    public Sharpack.JavaScript.Ast.ImportPhase Phase { get; init; }

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        if (Target is null)
        {
            context.Source.Replace(Start, End - 1, "Promise.resolve({})");
            return;
        }
        context.Source.Replace(Start, End - 1, ModuleNamespacePromise.Create(context, Target, Phase, $"Promise.resolve({context.Comment("import() eager", Request)})"));
    }
}
