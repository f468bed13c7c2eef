// Follows webpack lib/dependencies/AMDRequireArrayDependency.js: an AMD dependency array known only
// as a whole (`"a,b".split(",")`, no element of its own in the source) is written out as an array
// of the modules, the special names and the local modules.

using System.Text;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Plugins.JavaScript.Dependencies.Misc;
using Sharpack.Plugins.JavaScript.Parser;

namespace Sharpack.Plugins.JavaScript.Dependencies.Amd;

/// <summary>One item of a constant AMD array: a special name (<c>__webpack_require__</c>, exports, module), a module, or a local module.</summary>
/// <param name="Special">The code of require, exports or module, or null.</param>
/// <param name="Module">The module request, or null.</param>
/// <param name="Local">The local module, or null.</param>
public sealed record AmdArrayItem(string? Special, ModuleIncludeDependency? Module, AmdLocalModule? Local);

/// <summary>A constant AMD dependency array, written whole.</summary>
public sealed class AmdRequireArrayDependency(IReadOnlyList<AmdArrayItem> items) : Dependency
{
    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        var builder = new StringBuilder("[");
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) builder.Append(", ");
            var item = items[i];
            if (item.Special is not null)
            {
                builder.Append(item.Special);
                context.RuntimeRequirements |= item.Special switch
                {
                    "__webpack_require__" => RuntimeGlobals.Require,
                    "exports" => RuntimeGlobals.Exports,
                    _ => RuntimeGlobals.Module,
                };
            }
            else if (item.Local is not null)
            {
                builder.Append(item.Local.VariableName);
            }
            else if (item.Module?.Target is { } target)
            {
                context.RuntimeRequirements |= RuntimeGlobals.Require;
                builder.Append("__webpack_require__(").Append(context.RequestComment(item.Module.Request!)).Append(context.ModuleIdLiteral(target)).Append(')');
            }
            else
            {
                builder.Append(MissingModuleCode.Expression(item.Module?.Request ?? ""));
            }
        }
        context.Source.Replace(Start, End - 1, builder.Append(']').ToString());
    }
}
