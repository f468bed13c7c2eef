// Follows webpack lib/dependencies/AMDDefineDependency.js: `define([deps], factory)` in its
// forms — factory function or value, with or without a dependency array, named (a local module
// of the file) or not — becomes code that sets module.exports (or the local module variable).

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.Amd;

/// <summary><c>define(…)</c>.</summary>
public sealed class AmdDefineDependency(IReadOnlyList<AmdArrayItem>? array, int factoryStart, int factoryEnd, AmdFactoryKind factoryKind, string? localVariable) : Dependency
{
    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        context.RuntimeRequirements |= RuntimeGlobals.Require | RuntimeGlobals.Exports | RuntimeGlobals.Module;
        context.AddInitFragment(new InitFragment("var __WEBPACK_AMD_DEFINE_FACTORY__, __WEBPACK_AMD_DEFINE_ARRAY__, __WEBPACK_AMD_DEFINE_RESULT__;\n", Stage: 5, Position: 0, Key: "amd define"));
        var factoryIsFunction = factoryKind != AmdFactoryKind.Value;
        var arrayCode = array is null ? null : AmdRequireArray.Render(array, context);
        string prefix, suffix;
        if (localVariable is not null)
        {
            context.AddInitFragment(new InitFragment($"var {localVariable}, {localVariable}module;\n", Stage: 5, Position: 1, Key: "amd local " + localVariable));
            if (!factoryIsFunction)
            {
                prefix = $"!({localVariable} = ";
                suffix = ")";
            }
            else if (arrayCode is null)
            {
                prefix = $"!({localVariable}module = {{ exports: {{}} }}, {localVariable} = (";
                suffix = $").call({localVariable}module.exports, __webpack_require__, {localVariable}module.exports, {localVariable}module), {localVariable} === undefined && ({localVariable} = {localVariable}module.exports))";
            }
            else
            {
                prefix = $"!(__WEBPACK_AMD_DEFINE_ARRAY__ = {arrayCode}, {localVariable}module = {{ exports: {{}} }}, {localVariable} = (";
                suffix = $").apply({localVariable}module.exports, __WEBPACK_AMD_DEFINE_ARRAY__), {localVariable} === undefined && ({localVariable} = {localVariable}module.exports))";
            }
        }
        else if (!factoryIsFunction)
        {
            prefix = arrayCode is null ? "!(module.exports = " : $"!({arrayCode}, module.exports = ";
            suffix = ")";
        }
        else if (factoryKind == AmdFactoryKind.Unknown)
        {
            var call = arrayCode is null
                ? "__WEBPACK_AMD_DEFINE_FACTORY__.call(exports, __webpack_require__, exports, module)"
                : "__WEBPACK_AMD_DEFINE_FACTORY__.apply(exports, __WEBPACK_AMD_DEFINE_ARRAY__)";
            prefix = (arrayCode is null ? "!(" : $"!(__WEBPACK_AMD_DEFINE_ARRAY__ = {arrayCode}, ") + "__WEBPACK_AMD_DEFINE_FACTORY__ = (";
            suffix = $"), __WEBPACK_AMD_DEFINE_RESULT__ = (typeof __WEBPACK_AMD_DEFINE_FACTORY__ === 'function' ? ({call}) : __WEBPACK_AMD_DEFINE_FACTORY__), __WEBPACK_AMD_DEFINE_RESULT__ !== undefined && (module.exports = __WEBPACK_AMD_DEFINE_RESULT__))";
        }
        else if (arrayCode is null)
        {
            prefix = "!(__WEBPACK_AMD_DEFINE_RESULT__ = (";
            suffix = ").call(exports, __webpack_require__, exports, module), __WEBPACK_AMD_DEFINE_RESULT__ !== undefined && (module.exports = __WEBPACK_AMD_DEFINE_RESULT__))";
        }
        else
        {
            prefix = $"!(__WEBPACK_AMD_DEFINE_ARRAY__ = {arrayCode}, __WEBPACK_AMD_DEFINE_RESULT__ = (";
            suffix = ").apply(exports, __WEBPACK_AMD_DEFINE_ARRAY__), __WEBPACK_AMD_DEFINE_RESULT__ !== undefined && (module.exports = __WEBPACK_AMD_DEFINE_RESULT__))";
        }
        context.Source.Replace(Start, factoryStart - 1, prefix);
        context.Source.Replace(factoryEnd, End - 1, suffix);
    }
}
