// Follows webpack lib/dependencies/RequireEnsureDependency.js: `require.ensure(deps, fn, err?,
// name?)` loads the chunks of its block, then calls fn(require); a loading error goes to err,
// or is rethrown asynchronously.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.CommonJs;

/// <summary><c>require.ensure(…)</c>.</summary>
public sealed class RequireEnsureDependency(AsyncDependenciesBlock block, int callbackStart, int callbackEnd, int errorStart, int errorEnd) : Dependency
{
    /// <summary>The block whose chunks are loaded.</summary>
    public AsyncDependenciesBlock EnsureBlock { get; } = block;

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        context.RuntimeRequirements |= RuntimeGlobals.Require;
        var name = EnsureBlock.GroupOptions.Name is { } chunkName ? " | " + chunkName : "";
        var promise = context.BlockPromise(EnsureBlock, "require.ensure" + name);
        context.Source.Replace(Start, callbackStart - 1, promise + ".then((");
        if (errorStart >= 0)
        {
            context.Source.Replace(callbackEnd, errorStart - 1, ").bind(null, __webpack_require__))['catch'](");
            context.Source.Replace(errorEnd, End - 1, ")");
        }
        else
        {
            context.RuntimeRequirements |= RuntimeGlobals.UncaughtErrorHandler;
            context.Source.Replace(callbackEnd, End - 1, ").bind(null, __webpack_require__))['catch'](__webpack_require__.oe)");
        }
    }
}
