// Follows webpack lib/dependencies/WebpackIsIncludedDependency.js: `__webpack_is_included__("x")`
// is true when the module x resolves to is in some chunk, without putting it in one (a weak
// dependency; a request that resolves to nothing is false, not an error).

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.JavaScript.Dependencies.Misc;

/// <summary><c>__webpack_is_included__("x")</c>.</summary>
public sealed class WebpackIsIncludedDependency(string request) : Dependency
{
    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <inheritdoc />
    public override bool IsWeak => true;

    /// <inheritdoc />
    public override void Apply(TemplateContext context) =>
        context.Source.Replace(Start, End - 1, Target is { ChunkCount: > 0 } ? "true" : "false");
}
