// Follows webpack lib/dependencies/AMDRequireDependency.js: `require([deps], fn)` calls fn with
// the modules once they are loaded (on the next tick until code splitting).

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.Amd;

/// <summary>AMD <c>require([…], fn)</c>.</summary>
public sealed class AmdRequireDependency(IReadOnlyList<AmdArrayItem> array, int callbackStart, int callbackEnd) : Dependency
{
    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        context.RuntimeRequirements |= RuntimeGlobals.Require | RuntimeGlobals.UncaughtErrorHandler;
        var arrayCode = AmdRequireArray.Render(array, context);
        context.Source.Replace(Start, callbackStart - 1,
            $"Promise.resolve({context.Comment("AMD require", null)}).then(function() {{ var __WEBPACK_AMD_REQUIRE_ARRAY__ = {arrayCode}; (");
        context.Source.Replace(callbackEnd, End - 1, ").apply(null, __WEBPACK_AMD_REQUIRE_ARRAY__);}.bind(this))['catch'](__webpack_require__.oe)");
    }
}
