// Follows webpack lib/dependencies/AMDDefineDependency.js: `define(name?, array?, factory)` in its
// forms becomes code that sets module.exports (or, for a named module something in the file
// reads, the local module's variable). The form is webpack's branch: l(ocal) a(rray) o(bject)
// f(unction), where an expression that may be either is both "o" and "f" (called only if it is a
// function at run time). The array and the factory are left in place (their own dependencies
// rewrite them); only the code around them is replaced.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Plugins.JavaScript.Parser;

namespace Sharpack.Plugins.JavaScript.Dependencies.Amd;

/// <summary><c>define(…)</c>; a range is (-1, -1) when the call has no such part.</summary>
public sealed class AmdDefineDependency(AmdRange array, AmdRange function, AmdRange @object, string? namedModule, AmdLocalModule? localModule) : Dependency
{
    private static readonly Dictionary<string, (string Definition, string Content, RuntimeGlobals Requests)> s_definitions = new(StringComparer.Ordinal)
    {
        ["f"] = ("var __WEBPACK_AMD_DEFINE_RESULT__;",
            "!(__WEBPACK_AMD_DEFINE_RESULT__ = (#).call(exports, __webpack_require__, exports, module),\n\t\t__WEBPACK_AMD_DEFINE_RESULT__ !== undefined && (module.exports = __WEBPACK_AMD_DEFINE_RESULT__))",
            RuntimeGlobals.Require | RuntimeGlobals.Exports | RuntimeGlobals.Module),
        ["o"] = ("", "!(module.exports = #)", RuntimeGlobals.Module),
        ["of"] = ("var __WEBPACK_AMD_DEFINE_FACTORY__, __WEBPACK_AMD_DEFINE_RESULT__;",
            "!(__WEBPACK_AMD_DEFINE_FACTORY__ = (#),\n\t\t__WEBPACK_AMD_DEFINE_RESULT__ = (typeof __WEBPACK_AMD_DEFINE_FACTORY__ === 'function' ?\n\t\t(__WEBPACK_AMD_DEFINE_FACTORY__.call(exports, __webpack_require__, exports, module)) :\n\t\t__WEBPACK_AMD_DEFINE_FACTORY__),\n\t\t__WEBPACK_AMD_DEFINE_RESULT__ !== undefined && (module.exports = __WEBPACK_AMD_DEFINE_RESULT__))",
            RuntimeGlobals.Require | RuntimeGlobals.Exports | RuntimeGlobals.Module),
        ["af"] = ("var __WEBPACK_AMD_DEFINE_ARRAY__, __WEBPACK_AMD_DEFINE_RESULT__;",
            "!(__WEBPACK_AMD_DEFINE_ARRAY__ = #, __WEBPACK_AMD_DEFINE_RESULT__ = (#).apply(exports, __WEBPACK_AMD_DEFINE_ARRAY__),\n\t\t__WEBPACK_AMD_DEFINE_RESULT__ !== undefined && (module.exports = __WEBPACK_AMD_DEFINE_RESULT__))",
            RuntimeGlobals.Exports | RuntimeGlobals.Module),
        ["ao"] = ("", "!(#, module.exports = #)", RuntimeGlobals.Module),
        ["aof"] = ("var __WEBPACK_AMD_DEFINE_FACTORY__, __WEBPACK_AMD_DEFINE_ARRAY__, __WEBPACK_AMD_DEFINE_RESULT__;",
            "!(__WEBPACK_AMD_DEFINE_ARRAY__ = #, __WEBPACK_AMD_DEFINE_FACTORY__ = (#),\n\t\t__WEBPACK_AMD_DEFINE_RESULT__ = (typeof __WEBPACK_AMD_DEFINE_FACTORY__ === 'function' ?\n\t\t(__WEBPACK_AMD_DEFINE_FACTORY__.apply(exports, __WEBPACK_AMD_DEFINE_ARRAY__)) : __WEBPACK_AMD_DEFINE_FACTORY__),\n\t\t__WEBPACK_AMD_DEFINE_RESULT__ !== undefined && (module.exports = __WEBPACK_AMD_DEFINE_RESULT__))",
            RuntimeGlobals.Exports | RuntimeGlobals.Module),
        ["lf"] = ("var XXX, XXXmodule;",
            "!(XXXmodule = { id: YYY, exports: {}, loaded: false }, XXX = (#).call(XXXmodule.exports, __webpack_require__, XXXmodule.exports, XXXmodule), XXXmodule.loaded = true, XXX === undefined && (XXX = XXXmodule.exports))",
            RuntimeGlobals.Require | RuntimeGlobals.Module),
        ["lo"] = ("var XXX;", "!(XXX = #)", RuntimeGlobals.None),
        ["lof"] = ("var XXX, XXXfactory, XXXmodule;",
            "!(XXXfactory = (#), (typeof XXXfactory === 'function' ? ((XXXmodule = { id: YYY, exports: {}, loaded: false }), (XXX = XXXfactory.call(XXXmodule.exports, __webpack_require__, XXXmodule.exports, XXXmodule)), (XXXmodule.loaded = true), XXX === undefined && (XXX = XXXmodule.exports)) : XXX = XXXfactory))",
            RuntimeGlobals.Require | RuntimeGlobals.Module),
        ["laf"] = ("var __WEBPACK_AMD_DEFINE_ARRAY__, XXX, XXXexports;",
            "!(__WEBPACK_AMD_DEFINE_ARRAY__ = #, XXX = (#).apply(XXXexports = {}, __WEBPACK_AMD_DEFINE_ARRAY__), XXX === undefined && (XXX = XXXexports))",
            RuntimeGlobals.None),
        ["lao"] = ("var XXX;", "!(#, XXX = #)", RuntimeGlobals.None),
        ["laof"] = ("var XXXarray, XXXfactory, XXXexports, XXX;",
            "!(XXXarray = #, XXXfactory = (#),\n\t\t(typeof XXXfactory === 'function' ?\n\t\t\t((XXX = XXXfactory.apply(XXXexports = {}, XXXarray)), XXX === undefined && (XXX = XXXexports)) :\n\t\t\t(XXX = XXXfactory)\n\t\t))",
            RuntimeGlobals.None),
    };

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        var local = localModule is { Used: true } ? localModule.VariableName : null;
        var branch = (local is not null ? "l" : "") + (array.Start >= 0 ? "a" : "") + (@object.Start >= 0 ? "o" : "") + (function.Start >= 0 ? "f" : "");
        if (!s_definitions.TryGetValue(branch, out var form))
        {
            // define() with nothing webpack knows how to call (a renamed `define` alone): left as
            // it is, calling __webpack_require__.amdD, which throws.
            return;
        }
        context.RuntimeRequirements |= form.Requests;
        var (definition, content) = (form.Definition, form.Content);
        if (local is not null)
        {
            content = content.Replace("XXX", local, StringComparison.Ordinal);
            definition = definition.Replace("XXX", local, StringComparison.Ordinal);
        }
        if (namedModule is not null)
            content = content.Replace("YYY", CodeGenerationContext.JsonString(namedModule), StringComparison.Ordinal);
        if (definition.Length > 0)
            context.AddInitFragment(new InitFragment(definition + "\n", Stage: 5, Position: 0, Key: "amd define " + definition));
        var texts = content.Split('#');
        var next = 0;
        var current = Start;
        if (array.Start >= 0)
        {
            context.Source.Replace(current, array.Start - 1, texts[next++]);
            current = array.End;
        }
        if (@object.Start >= 0)
        {
            context.Source.Replace(current, @object.Start - 1, texts[next++]);
            current = @object.End;
        }
        else if (function.Start >= 0)
        {
            context.Source.Replace(current, function.Start - 1, texts[next++]);
            current = function.End;
        }
        context.Source.Replace(current, End - 1, texts[next]);
    }
}
