// Follows webpack lib/dependencies/ImportDependency.js: `import("x")` loads the chunks of its
// block's chunk group (__webpack_require__.e), then resolves to the module's namespace.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

/// <summary><c>import("x")</c> in lazy mode: the module loads with its own chunk group.</summary>
public sealed class ImportDependency(string request, AsyncDependenciesBlock block) : DynamicImportDependency(request)
{
    /// <inheritdoc />
    public override string TypeName => "import()";

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
