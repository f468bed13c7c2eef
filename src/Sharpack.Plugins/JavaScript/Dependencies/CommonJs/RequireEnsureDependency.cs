// Follows webpack lib/dependencies/RequireEnsureDependency.js: `require.ensure(deps, fn, err?,
// name?)` calls fn(require) once the dependencies are loaded. Until code splitting, they are
// in the same chunk, so the callback runs on the next tick.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.CommonJs;

/// <summary><c>require.ensure(…)</c>.</summary>
public sealed class RequireEnsureDependency(int callbackStart, int callbackEnd, int errorStart, int errorEnd) : Dependency
{
    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        context.RuntimeRequirements |= RuntimeGlobals.Require;
        context.Source.Replace(Start, callbackStart - 1, "Promise.resolve(/*! require.ensure */).then((");
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
