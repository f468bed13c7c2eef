// The items of an AMD dependency array: module requests, the special names require / exports /
// module, and local modules defined earlier in the same file.

using System.Text;
using Sharpack.Core.CodeGeneration;
using Sharpack.Plugins.JavaScript.Dependencies.Misc;

namespace Sharpack.Plugins.JavaScript.Dependencies.Amd;

/// <summary>One item of an AMD dependency array; <paramref name="Context"/> and <paramref name="ContextRequest"/> for a request known only at run time (<c>`./dir/${name}`</c>).</summary>
public sealed record AmdArrayItem(string? Special, ModuleIncludeDependency? Module, string? LocalVariable, Core.ModuleGraph.Dependency? Context = null, string? ContextRequest = null);

/// <summary>Renders AMD dependency arrays.</summary>
public static class AmdRequireArray
{
    /// <summary><c>[__webpack_require__(id), exports, …]</c> for <paramref name="items"/>.</summary>
    public static string Render(IReadOnlyList<AmdArrayItem> items, TemplateContext context)
    {
        var builder = new StringBuilder("[");
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) builder.Append(", ");
            var item = items[i];
            if (item.Special is not null)
                builder.Append(item.Special);
            else if (item.LocalVariable is not null)
                builder.Append(item.LocalVariable);
            else if (item.Module?.Target is { } target)
                builder.Append("__webpack_require__(").Append(context.RequestComment(item.Module.Request!)).Append(context.ModuleIdLiteral(target)).Append(')');
            else if (item.Context?.Target is { } contextModule)
                builder.Append("__webpack_require__(").Append(context.ModuleIdLiteral(contextModule)).Append(")(").Append(item.ContextRequest).Append(')');
            else
                builder.Append("undefined");
        }
        return builder.Append(']').ToString();
    }
}
