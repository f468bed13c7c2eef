// Follows webpack lib/dependencies/ImportEagerDependency.js: `import(/* webpackMode: "eager" */
// "x")` keeps the module in the importer's chunk and resolves to its namespace on the next tick.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

/// <summary><c>import("x")</c> in eager mode.</summary>
public sealed class ImportEagerDependency(string request) : Dependency
{
    /// <inheritdoc />
    public override string TypeName => "import() eager";

    /// <inheritdoc />
    public override string? Request { get; } = request;

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
