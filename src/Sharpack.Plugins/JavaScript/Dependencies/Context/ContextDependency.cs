// Follows webpack lib/dependencies/ContextDependency.js and its templates: a request only known
// at run time inside a directory (`require.context(…)`, `require("./dir/" + x)`,
// `import(\`./dir/${x}\`)`) loads the context module for the directory; its code is rewritten
// to call that module with the remaining part of the request.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.Context;

/// <summary>A context request; <see cref="Dependency.Request"/> is the directory.</summary>
public sealed class ContextDependency(string directory, ContextOptions options) : Dependency
{
    /// <inheritdoc />
    public override string? Request { get; } = directory;

    /// <inheritdoc />
    public override ContextOptions? Context { get; } = options;

    /// <summary>
    /// The expressions of the request's parts only known at run time, when the parser took the
    /// request apart (the rest of it is rewritten by <see cref="Replacements"/>); null otherwise.
    /// </summary>
    internal List<Sharpack.JavaScript.Ast.Node>? RequestExpressions { get; set; }

    /// <summary>Edits to the source; <c>{id}</c> in a text stands for the context module's id.</summary>
    public List<(int Start, int End, string Text)> Replacements { get; } = [];

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        if (Target is not null)
            context.RuntimeRequirements |= RuntimeGlobals.Require;
        var id = Target is null ? "undefined" : context.ModuleIdLiteral(Target);
        foreach (var (start, end, text) in Replacements)
        {
            // No context module (ignored by a plugin, or the folder is missing): as webpack's
            // missingModule, the code throws MODULE_NOT_FOUND where it runs (import() rejects).
            var code = Target is not null ? text.Replace("{id}", id, StringComparison.Ordinal)
                : text.Replace("__webpack_require__({id})", text.EndsWith('(') && Context?.Mode is not ("sync" or "weak")
                    ? "(function () { return " + MissingModuleCode.Promise(Request!) + "; })"
                    : MissingModuleCode.Expression(Request!), StringComparison.Ordinal);
            if (end == start) context.Source.Insert(start, code);
            else context.Source.Replace(start, end - 1, code);
        }
    }
}
