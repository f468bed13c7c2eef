// Follows webpack lib/dependencies/RequireIncludeDependency.js: `require.include("x")` puts the
// module in the chunk without running it, and the call becomes `undefined` (with the request in a
// comment when output.pathinfo is on).

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Plugins.JavaScript.Dependencies.Esm;

namespace Sharpack.Plugins.JavaScript.Dependencies.CommonJs;

/// <summary><c>require.include("x")</c>.</summary>
public sealed class RequireIncludeDependency(string request) : Dependency
{
    /// <inheritdoc />
    public override string TypeName => "require.include";

    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <inheritdoc />
    public override DependencyCategory Category => DependencyCategory.CommonJs;

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        var comment = context.Generation.Options.Output.Pathinfo ? $"/*! require.include {Comments.Escape(Request!)} */" : "";
        context.Source.Replace(Start, End - 1, "undefined" + comment);
    }
}
