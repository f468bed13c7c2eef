// Follows webpack lib/dependencies/HarmonyExportImportedSpecifierDependency.js for `export * from
// "x"`: it provides x's exports except `default`, the names the module exports itself and those
// an earlier star re-export provides; when x's exports are not known, only the runtime knows
// them. The code is webpack's "dynamic reexport": every export of x, except `default` and names
// the module defines itself, copied as getters; the first definition of a name wins (webpack's
// `.d` keeps it).

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

/// <summary><c>export * from "x"</c>.</summary>
public sealed class EsmExportStarDependency(EsmImportSideEffectDependency import, EsmExportsDependency ownExports) : EsmReexportDependency(import)
{
    /// <inheritdoc />
    public override EsmReexportMode GetMode(ModuleGraph moduleGraph, RuntimeSpec? runtime) =>
        EsmReexport.StarMode(moduleGraph, this, ownExports.Exports.Keys, OtherStarExports(moduleGraph), runtime);

    // The star re-exports of the same module before this one.
    private List<Dependency> OtherStarExports(ModuleGraph moduleGraph)
    {
        var others = new List<Dependency>();
        if (moduleGraph.GetParentModule(this) is not { } parent)
            return others;
        foreach (var dependency in parent.Dependencies)
        {
            if (dependency == this) break;
            if (dependency is EsmExportStarDependency) others.Add(dependency);
        }
        return others;
    }

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        if (Import.Target is null)
            return;
        context.RuntimeRequirements |= RuntimeGlobals.DefinePropertyGetters | RuntimeGlobals.Exports;
        // webpack's ignored set: "default" (never re-exported by a star) and the module's own exports, once each.
        var ignored = new List<string> { "default" };
        foreach (var name in ownExports.Exports.Keys)
        {
            if (!ignored.Contains(name))
                ignored.Add(name);
        }
        string filter;
        if (ignored.Count == 1)
        {
            filter = "if(__WEBPACK_IMPORT_KEY__ !== \"default\") ";
        }
        else
        {
            var list = new System.Text.StringBuilder("[");
            for (var i = 0; i < ignored.Count; i++)
                list.Append(i == 0 ? "" : ",").Append(CodeGenerationContext.JsonString(ignored[i]));
            filter = "if(" + list.Append(']') + ".indexOf(__WEBPACK_IMPORT_KEY__) < 0) ";
        }
        var variable = Import.VariableName;
        // Without arrows (and const) each key is bound to its getter, as webpack's ES5 form does.
        var environment = context.Generation.Options.Output.Environment;
        var declaration = environment.Const ? "const" : "var";
        // An arrow closes over the loop's binding, one per key only with const: with var every
        // getter would read the last key.
        var getter = environment.ArrowFunction && environment.Const
            ? $"() => {variable}[__WEBPACK_IMPORT_KEY__]"
            : $"function(key) {{ return {variable}[key]; }}.bind(0, __WEBPACK_IMPORT_KEY__)";
        context.AddInitFragment(new InitFragment(
            $"/* harmony reexport (unknown) */ var __WEBPACK_REEXPORT_OBJECT__ = {{}};\n" +
            $"/* harmony reexport (unknown) */ for({declaration} __WEBPACK_IMPORT_KEY__ in {variable}) {filter}__WEBPACK_REEXPORT_OBJECT__[__WEBPACK_IMPORT_KEY__] = {getter}\n" +
            "/* harmony reexport (unknown) */ __webpack_require__.d(__webpack_exports__, __WEBPACK_REEXPORT_OBJECT__);\n",
            Stage: 10, Position: Import.Index * 2 + 1, Key: "reexport star " + variable));
    }
}
