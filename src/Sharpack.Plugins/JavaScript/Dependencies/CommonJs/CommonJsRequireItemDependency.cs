// Follows webpack's CommonJsRequireDependency with ModuleDependencyTemplateAsId, as used for a
// branch of `require(x ? "./a" : "./b")`: the request string alone becomes the module's id (the
// callee becomes __webpack_require__ separately), so each branch loads its own module.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.JavaScript.Dependencies.CommonJs;

/// <summary>A request string rewritten to its module's id.</summary>
public sealed class CommonJsRequireItemDependency(string request) : Dependency
{
    /// <inheritdoc />
    public override string TypeName => "cjs require";

    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <inheritdoc />
    public override DependencyCategory Category => DependencyCategory.CommonJs;

    /// <inheritdoc />
    public override void Apply(TemplateContext context) =>
        context.Source.Replace(Start, End - 1, Target is null
            ? MissingModuleCode.Expression(Request!)
            : context.RequestComment(Request!) + context.ModuleIdLiteral(Target));
}
