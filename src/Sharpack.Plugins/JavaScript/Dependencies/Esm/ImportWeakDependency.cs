// Follows webpack lib/dependencies/ImportWeakDependency.js: `import(/* webpackMode: "weak" */
// "x")` loads nothing; it resolves when some other chunk already brought the module in, and
// rejects otherwise.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

/// <summary><c>import("x")</c> in weak mode.</summary>
public sealed class ImportWeakDependency(string request) : DynamicImportDependency(request)
{
    /// <inheritdoc />
    public override string TypeName => "import() weak";

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
