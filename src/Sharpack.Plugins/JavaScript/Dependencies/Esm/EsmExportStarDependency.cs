// Follows webpack lib/dependencies/HarmonyExportImportedSpecifierDependency.js (mode "dynamic
// reexport"): `export * from "x"` copies every export of x, except `default` and names the module
// defines itself, as getters; the first definition of a name wins (webpack's `.d` keeps it).

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

/// <summary><c>export * from "x"</c>.</summary>
public sealed class EsmExportStarDependency(EsmImportSideEffectDependency import, EsmExportsDependency ownExports) : Dependency
{
    /// <summary>The import of the re-exported module.</summary>
    public EsmImportSideEffectDependency Import { get; } = import;

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        if (Import.Target is null)
            return;
        context.RuntimeRequirements |= RuntimeGlobals.DefinePropertyGetters | RuntimeGlobals.Exports;
        var excluded = new System.Text.StringBuilder("[\"default\"");
        foreach (var name in ownExports.Exports.Keys)
            excluded.Append(',').Append(CodeGenerationContext.JsonString(name));
        excluded.Append(']');
        var variable = Import.VariableName;
        context.AddInitFragment(new InitFragment(
            $"/* harmony reexport (unknown) */ var __WEBPACK_REEXPORT_OBJECT__ = {{}};\n" +
            $"/* harmony reexport (unknown) */ for(const __WEBPACK_IMPORT_KEY__ in {variable}) if({excluded}.indexOf(__WEBPACK_IMPORT_KEY__) < 0) __WEBPACK_REEXPORT_OBJECT__[__WEBPACK_IMPORT_KEY__] = () => {variable}[__WEBPACK_IMPORT_KEY__]\n" +
            "/* harmony reexport (unknown) */ __webpack_require__.d(__webpack_exports__, __WEBPACK_REEXPORT_OBJECT__);\n",
            Stage: 10, Position: Import.Index * 2 + 1, Key: "reexport star " + variable));
    }
}
