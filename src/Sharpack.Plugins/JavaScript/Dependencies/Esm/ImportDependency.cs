// Follows webpack lib/dependencies/ImportDependency.js: `import("x")` loads the chunks of its
// block's chunk group (__webpack_require__.e), then resolves to the module's namespace.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

/// <summary><c>import("x")</c> in lazy mode: the module loads with its own chunk group.</summary>
public sealed class ImportDependency(string request, AsyncDependenciesBlock block) : Dependency, IDynamicImportDependency
{
    /// <inheritdoc />
    public override string TypeName => "import()";

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

    /// <summary>The block the import opens.</summary>
    public AsyncDependenciesBlock ImportBlock { get; } = block;

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        var name = ImportBlock.GroupOptions.Name is { } chunkName ? " | " + chunkName : "";
        var promise = context.BlockPromise(ImportBlock, $"import(){name}");
        if (Target is null)
        {
            context.Source.Replace(Start, End - 1, MissingModuleCode.Promise(Request!));
            return;
        }
        context.Source.Replace(Start, End - 1, ModuleNamespacePromise.Create(context, Target, Phase, promise));
    }
}
