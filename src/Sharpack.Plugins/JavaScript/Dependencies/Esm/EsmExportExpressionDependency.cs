// Follows webpack's HarmonyExportExpressionDependency template for `export default <expression>`:
// the statement becomes a binding of the value, and what it says depends on the export's use, known
// only at code generation: a used default is a const the exports read, an inlined one is marked so,
// and an unused one is a `var` nothing reads (webpack keeps the expression for its side effects).

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

/// <summary>The head of an <c>export default</c> expression's binding: <c>/* harmony default export */ const NAME = (</c>.</summary>
/// <param name="binding">The variable the value is bound to.</param>
public sealed class EsmExportExpressionDependency(string binding) : Dependency
{
    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        var declaration = context.Generation.Options.Output.Environment.Const ? "const" : "var";
        string head;
        if (context.ConcatenationScope is { IsWrapped: false })
        {
            head = "/* harmony default export */ ";
        }
        else
        {
            var exportsInfo = context.Generation.Graph.GetExportsInfo(context.Module);
            if (exportsInfo.GetUsedName("default", context.Runtime) is null)
            {
                head = "/* unused harmony default export */ ";
                declaration = "var";
            }
            else
            {
                head = exportsInfo.GetInlined("default", context.Runtime) is not null ? "/* inlined harmony default export */ " : "/* harmony default export */ ";
            }
        }
        Misc.ReplaceDependency.Write(context, Start, End, late: false, $"{head}{declaration} {binding} = (");
    }
}
