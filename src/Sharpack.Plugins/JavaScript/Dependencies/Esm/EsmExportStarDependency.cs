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
    public override string TypeName => "harmony export imported specifier";

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
    /// <remarks>Rendered by the module's <see cref="EsmExportsDependency"/>, which merges the known names into its getters.</remarks>
    public override void Apply(TemplateContext context)
    {
    }

    /// <summary>Renders the re-export in the context's runtime; getters of known names go to <paramref name="definitions"/> (used name, value).</summary>
    internal void Render(TemplateContext context, List<(string Key, string Value)> definitions)
    {
        if (ImportedModule is not { } imported)
            return;
        // Follows webpack's HarmonyExportImportedSpecifierDependency template for a star: the mode
        // in this runtime says whether it adds nothing, known names (each a getter under its used
        // name, or checked at runtime when the module may lack it), or names only the runtime knows.
        var mode = GetMode(context.Generation.Graph, context.Runtime);
        var scoped = ScopedVariable(context);
        var variable = scoped ?? ImportVariable(context);
        switch (mode.Type)
        {
            // webpack renders nothing for an unused or empty star (not even its import).
            case EsmReexportModeType.EmptyStar or EsmReexportModeType.Unused:
                return;
            case EsmReexportModeType.Missing:
                context.AddInitFragment(new InitFragment("/* empty/unused harmony star reexport */\n", Stage: 1, Position: 1, Key: "empty star " + variable));
                return;
            case EsmReexportModeType.NormalReexport:
                // Every name inlined (webpack's getCondition): the module is not loaded for them.
                if (scoped is null && context.Generation.Graph.GetConnection(this)?.IsTargetActive(context.Runtime) != false) DeclareImport(context);
                NormalReexport(context, mode, imported, variable, Import.Index * 2 + 1, definitions);
                return;
        }
        if (scoped is null) DeclareImport(context);
        context.RuntimeRequirements |= RuntimeGlobals.DefinePropertyGetters | RuntimeGlobals.Exports;
        // webpack's ignored set: "default" (never re-exported by a star), the module's own exports
        // and the names an earlier star provides, once each.
        var ignored = new List<string> { "default" };
        if (mode.Ignored is not null)
        {
            foreach (var name in ownExports.Exports.Keys)
            {
                if (mode.Ignored.Contains(name) && !ignored.Contains(name)) ignored.Add(name);
            }
        }
        if (mode.Hidden is not null)
        {
            foreach (var name in mode.Hidden)
            {
                if (!ignored.Contains(name)) ignored.Add(name);
            }
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
            Stage: ImportStage(imported), Position: Import.Index * 2 + 1, Key: "reexport star " + variable));
    }

    // webpack's STAGE_ASYNC_HARMONY_IMPORTS for what reads an async module's exports: they are
    // there only after the module awaited its dependencies.
    private static int ImportStage(Module imported) => imported.IsAsync ? JavaScriptModule.StageAsyncHarmonyImports : 10;

    // Known names: a getter each under the name this module exports it by in this runtime, reading
    // the imported module's export by its used name; names the module provides only maybe are
    // defined when present at runtime.
    private static void NormalReexport(TemplateContext context, EsmReexportMode mode, Module imported, string variable, int importPosition, List<(string Key, string Value)> definitions)
    {
        var graph = context.Generation.Graph;
        var ownInfo = graph.GetExportsInfo(context.Module);
        var importedInfo = graph.GetExportsInfo(imported);
        var checkedCode = new System.Text.StringBuilder();
        foreach (var item in mode.Items)
        {
            if (item.Hidden) continue;
            var key = ownInfo.GetUsedName(item.Name, context.Runtime);
            if (key is null) continue;
            var valueKey = importedInfo.GetUsedName(item.Ids, context.Runtime);
            // A re-export of an inlined export hands on its literal (webpack's getReexportStatement).
            var inlined = valueKey is null ? null : EsmImportSpecifierDependency.InlinedExpression(graph, imported, item.Ids, context.Runtime);
            var value = inlined ?? (valueKey is null ? "/* unused export */ undefined" : variable + PropertyNames.Access(valueKey));
            if (item.Checked && inlined is null)
            {
                if (valueKey is null)
                {
                    checkedCode.Append("/* harmony reexport (checked) */ /* unused export */\n");
                    continue;
                }
                context.RuntimeRequirements |= RuntimeGlobals.HasOwnProperty;
                checkedCode.Append("/* harmony reexport (checked) */ if(__webpack_require__.o(").Append(variable).Append(", ")
                    .Append(CodeGenerationContext.JsonString(valueKey[0])).Append(")) __webpack_require__.d(__webpack_exports__, { ")
                    .Append(PropertyNames.Key(key)).Append(": function() { return ").Append(value).Append("; } });\n");
                continue;
            }
            definitions.Add((key, "/* reexport safe */ " + value));
        }
        context.RuntimeRequirements |= RuntimeGlobals.DefinePropertyGetters | RuntimeGlobals.Exports;
        if (checkedCode.Length > 0)
            context.AddInitFragment(new InitFragment(checkedCode.ToString(), Stage: ImportStage(imported), Position: importPosition, Key: "reexport checked " + variable));
    }
}
