// Follows webpack lib/dependencies/CommonJsRequireDependency.js: `require("x")` becomes
// `__webpack_require__(id)`.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Plugins.JavaScript.Dependencies.Esm;

namespace Sharpack.Plugins.JavaScript.Dependencies.CommonJs;

/// <summary><c>require("x")</c> with a literal request.</summary>
public sealed class CommonJsRequireDependency(string request) : Dependency
{
    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <inheritdoc />
    public override DependencyCategory Category => DependencyCategory.CommonJs;

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        if (Target is null)
        {
            // Not found (an optional require in a try block): throws where it runs, as in node.
            context.Source.Replace(Start, End - 1, MissingModuleCode.Expression(Request!));
            return;
        }
        context.RuntimeRequirements |= RuntimeGlobals.Require;
        context.Source.Replace(Start, End - 1,
            $"__webpack_require__({context.RequestComment(Request!)}{context.ModuleIdLiteral(Target)})");
    }
}
