// Follows webpack lib/dependencies/AMDRequireDependency.js: `require([deps], fn, errorFn)` loads
// its block's chunks, then calls fn with the array's modules (the array and callbacks stay in
// place, rewritten by their own dependencies); a loading error goes to errorFn, or is rethrown
// asynchronously. `require([deps])` only loads them; `require(fn)`-like forms without an array
// call fn with require, exports and module.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.Amd;

/// <summary>AMD <c>require([…], fn?, errorFn?)</c>.</summary>
public sealed class AmdRequireDependency(AsyncDependenciesBlock block, AmdRange array, AmdRange function, AmdRange error) : Dependency
{
    /// <summary>The block whose chunks are loaded.</summary>
    public AsyncDependenciesBlock RequireBlock { get; } = block;

    /// <summary>The callback needs <c>this</c> bound (it is not a plain function written in place).</summary>
    public bool FunctionBindThis { get; set; }

    /// <summary>The error callback needs <c>this</c> bound.</summary>
    public bool ErrorCallbackBindThis { get; set; }

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        var promise = context.BlockPromise(RequireBlock, "AMD require");
        var source = context.Source;
        if (array.Start >= 0 && function.Start < 0)
        {
            context.RuntimeRequirements |= RuntimeGlobals.UncaughtErrorHandler;
            source.Replace(Start, array.Start - 1, promise + ".then(function() {");
            source.Replace(array.End, End - 1, ";})['catch'](__webpack_require__.oe)");
            return;
        }
        if (function.Start >= 0 && array.Start < 0)
        {
            context.RuntimeRequirements |= RuntimeGlobals.UncaughtErrorHandler | RuntimeGlobals.Require | RuntimeGlobals.Exports | RuntimeGlobals.Module;
            source.Replace(Start, function.Start - 1, promise + ".then((");
            source.Replace(function.End, End - 1, ").bind(exports, __webpack_require__, exports, module))['catch'](__webpack_require__.oe)");
            return;
        }
        if (array.Start < 0)
            return;
        source.Replace(Start, array.Start - 1, promise + ".then(function() { ");
        source.Insert(array.Start, "var __WEBPACK_AMD_REQUIRE_ARRAY__ = ");
        source.Replace(array.End, function.Start - 1, "; (");
        source.Insert(function.End, ").apply(null, __WEBPACK_AMD_REQUIRE_ARRAY__);");
        var bindThis = FunctionBindThis ? ".bind(this)" : "";
        if (error.Start >= 0)
        {
            source.Replace(function.End, error.Start - 1, "}" + bindThis + ")['catch'](");
            source.Replace(error.End, End - 1, (ErrorCallbackBindThis ? ".bind(this)" : "") + ")");
        }
        else
        {
            context.RuntimeRequirements |= RuntimeGlobals.UncaughtErrorHandler;
            source.Replace(function.End, End - 1, "}" + bindThis + ")['catch'](__webpack_require__.oe)");
        }
    }
}
