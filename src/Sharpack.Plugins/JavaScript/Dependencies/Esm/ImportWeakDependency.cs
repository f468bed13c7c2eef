// Follows webpack lib/dependencies/ImportWeakDependency.js: `import(/* webpackMode: "weak" */
// "x")` loads nothing; it resolves when some other chunk already brought the module in, and
// rejects otherwise.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

/// <summary><c>import("x")</c> in weak mode.</summary>
public sealed class ImportWeakDependency(string request) : Dependency, IDynamicImportDependency
{
    /// <inheritdoc />
    public override string TypeName => "import() weak";

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

    /// <summary>A weak dependency does not pull its module into any chunk.</summary>
    public override bool IsWeak => true;

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        if (Target is null)
        {
            context.Source.Replace(Start, End - 1, MissingModuleCode.Promise(Request!));
            return;
        }
        var id = context.ModuleIdLiteral(Target);
        context.RuntimeRequirements |= RuntimeGlobals.ModuleFactories;
        var check = $"Promise.resolve({context.Comment("import() weak", Request)}).then({Runtime.FunctionSyntax.Head("", context.Generation.Options.Output.Environment.ArrowFunction)}{{ if(!__webpack_require__.m[{id}]) {{ var e = new Error(\"Module '\" + {id} + \"' is not available (weak dependency)\"); e.code = 'MODULE_NOT_FOUND'; throw e; }} }})";
        context.Source.Replace(Start, End - 1, ModuleNamespacePromise.Create(context, Target, Phase, check));
    }
}
