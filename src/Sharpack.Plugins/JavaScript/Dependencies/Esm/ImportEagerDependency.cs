// Follows webpack lib/dependencies/ImportEagerDependency.js: `import(/* webpackMode: "eager" */
// "x")` keeps the module in the importer's chunk and resolves to its namespace on the next tick.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

/// <summary><c>import("x")</c> in eager mode.</summary>
public sealed class ImportEagerDependency(string request) : DynamicImportDependency(request)
{
    /// <inheritdoc />
    public override string TypeName => "import() eager";

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
