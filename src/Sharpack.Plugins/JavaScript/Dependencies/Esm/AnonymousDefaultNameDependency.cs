// Follows webpack's HarmonyExportExpressionDependency with isAnonymousDefault (parser option
// anonymousDefaultExportName): `export default function () {}`, `export default class {}` and an
// anonymous function or arrow as the default's expression get the name "default" the
// specification gives them, not the name of the variable the bundle binds them to. Where the
// default is used (or the module is concatenated), __webpack_require__.dn sets it: at the top of
// the module for a (hoisted) function declaration, right after the binding for an expression.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

/// <summary>The <c>.name</c> fix-up of an anonymous default export.</summary>
/// <param name="binding">The variable the default is bound to.</param>
/// <param name="declaration">A function declaration (fixed at the top of the module); otherwise an expression.</param>
/// <param name="closing">For an expression: the text that closes its binding statement (<c>);</c>), written before the fix-up.</param>
public sealed class AnonymousDefaultNameDependency(string binding, bool declaration, string closing = "") : Dependency
{
    // webpack's InitFragment.STAGE_HARMONY_EXPORTS, after the export definitions (position 2).
    private const int StageHarmonyExports = 1;

    /// <summary>An insertion (Start = End) placed after the others at its position.</summary>
    public bool Late { get; init; }

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        var fix = context.ConcatenationScope is not null || IsUsed(context);
        if (declaration)
        {
            if (!fix)
                return;
            context.RuntimeRequirements |= RuntimeGlobals.SetAnonymousDefaultName;
            context.AddInitFragment(new InitFragment($"__webpack_require__.dn({binding});\n", StageHarmonyExports, 2, "anonymous default name"));
            return;
        }
        var code = closing;
        if (fix)
        {
            context.RuntimeRequirements |= RuntimeGlobals.SetAnonymousDefaultName;
            code += $"\n__webpack_require__.dn({binding});";
        }
        Misc.ReplaceDependency.Write(context, Start, End, Late, code);
    }

    // The default export is read under a name (not inlined, not unused).
    private static bool IsUsed(TemplateContext context)
    {
        var exportsInfo = context.Generation.Graph.GetExportsInfo(context.Module);
        return exportsInfo.GetUsedName("default", context.Runtime) is not null
            && exportsInfo.GetInlined("default", context.Runtime) is null;
    }
}
