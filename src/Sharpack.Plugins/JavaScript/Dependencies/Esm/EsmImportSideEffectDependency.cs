// Follows webpack lib/dependencies/HarmonyImportSideEffectDependency.js: `import … from "x"`
// (and `export … from "x"`) loads the module once, into a variable declared at the top of the
// importing module; the statement itself is removed.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

/// <summary>An ESM import of a module, shared by every binding imported from the same request.</summary>
public sealed class EsmImportSideEffectDependency(string request, int index, string variableName) : Dependency
{
    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <summary>Order of the import among the module's distinct import requests.</summary>
    public int Index { get; } = index;

    /// <summary>The variable holding the imported module's exports.</summary>
    public string VariableName { get; } = variableName;

    /// <inheritdoc />
    public override bool PropagatesAsync => true;

    /// <inheritdoc />
    public override IReadOnlyList<ReferencedExport> GetReferencedExports(ModuleGraph moduleGraph, Sharpack.Core.Runtime.RuntimeSpec? runtime) => ReferencedExport.None;

    /// <summary>
    /// Source ranges of the import/re-export statements to remove (start, end), and whether a
    /// <c>;</c> stays in place of one (it followed an ASI line end: the next line must not join the one before).
    /// </summary>
    public List<(int Start, int End, bool Semicolon)> StatementRanges { get; } = [];

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        foreach (var (start, end, semicolon) in StatementRanges)
            context.Source.Replace(start, end - 1, semicolon ? ";" : "");
        if (Target is null)
        {
            // Ignored (resolved to false): an empty namespace.
            context.AddInitFragment(new InitFragment($"/* harmony import */ var {VariableName} = {{}};\n", Stage: 10, Position: Index, Key: "import " + VariableName));
            return;
        }
        context.RuntimeRequirements |= RuntimeGlobals.Require;
        var id = context.ModuleIdLiteral(Target);
        context.AddInitFragment(new InitFragment(
            $"/* harmony import */ var {VariableName} = __webpack_require__(/*! {Comments.Escape(Request!)} */ {id});\n",
            Stage: 10, Position: Index * 2, Key: "import " + VariableName));
        if (Target.GetExportsType(context.Module.IsStrictEsm) == ExportsType.Dynamic)
        {
            context.RuntimeRequirements |= RuntimeGlobals.CompatGetDefaultExport;
            context.AddInitFragment(new InitFragment(
                $"/* harmony import */ var {VariableName}_default = /*#__PURE__*/__webpack_require__.n({VariableName});\n",
                // webpack's STAGE_ASYNC_HARMONY_IMPORTS: an async module's value is known only after the await.
                Stage: Target.IsAsync ? JavaScriptModule.StageAsyncHarmonyImports : 10, Position: Index * 2 + 1, Key: "import default " + VariableName));
        }
    }

}
