// Follows webpack lib/dependencies/HarmonyAcceptDependency.js: in an ES module, the bindings of a
// module module.hot.accept names are imported again before the accept callback runs (or, without a
// callback, by one added), so the code reads the new module's exports.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Plugins.JavaScript.Dependencies.Esm;

namespace Sharpack.Plugins.JavaScript.Dependencies.Hmr;

/// <summary>The accept callback of an ES module, wrapped to import the accepted modules again.</summary>
/// <param name="imports">The accepted requests' imports.</param>
/// <param name="hasCallback">The call has a callback (its range is this dependency's); otherwise the range is the call's.</param>
public sealed class HotAcceptDependency(IReadOnlyList<HotAcceptImportDependency> imports, bool hasCallback) : Dependency
{
    /// <inheritdoc />
    public override string TypeName => "accepted harmony modules";

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var content = new System.Text.StringBuilder();
        foreach (var import in imports)
        {
            if (import.Target is not { } target || target.Id.Length == 0)
                continue;
            var variable = import.Variable(context);
            context.RuntimeRequirements |= RuntimeGlobals.Require;
            content.Append("/* harmony import */ ").Append(variable).Append(" = __webpack_require__(")
                .Append(context.RequestComment(import.Request!)).Append(context.ModuleIdLiteral(target)).Append(");\n");
            if (target.GetExportsType(context.Module.IsStrictEsm) == ExportsType.Dynamic)
            {
                context.RuntimeRequirements |= RuntimeGlobals.CompatGetDefaultExport;
                content.Append("/* harmony import */ ").Append(variable).Append("_default = /*#__PURE__*/__webpack_require__.n(").Append(variable).Append(");\n");
            }
        }
        var arrows = context.Generation.Options.Output.Environment.ArrowFunction;
        if (hasCallback)
        {
            context.Source.Insert(Start, arrows
                ? $"__WEBPACK_OUTDATED_DEPENDENCIES__ => {{ {content}return ("
                : $"function(__WEBPACK_OUTDATED_DEPENDENCIES__) {{ {content}return (");
            context.Source.Insert(End, arrows ? ")(__WEBPACK_OUTDATED_DEPENDENCIES__); }" : ")(__WEBPACK_OUTDATED_DEPENDENCIES__); }.bind(this)");
            return;
        }
        // Before the call's closing parenthesis: a callback of its own.
        context.Source.Insert(End - 1, arrows ? $", () => {{ {content}}}" : $", function() {{ {content}}}");
    }
}
