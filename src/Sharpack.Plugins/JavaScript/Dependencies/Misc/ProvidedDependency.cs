// Follows webpack lib/dependencies/ProvidedDependency.js: a free use of a name ProvidePlugin
// provides. The module's function starts with `var NAME = __webpack_require__(id)` (or the
// export at the path: `__webpack_require__(id)["a"]["b"]`), and the use becomes NAME.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Plugins.JavaScript.Dependencies.Esm;

namespace Sharpack.Plugins.JavaScript.Dependencies.Misc;

/// <summary>A use of a provided name: a dependency on the module that provides it.</summary>
public sealed class ProvidedDependency(string request, string identifier, IReadOnlyList<string> path) : Dependency
{
    /// <inheritdoc />
    public override string TypeName => "provided";

    // webpack's InitFragment.STAGE_PROVIDES comes after the ES module imports (stage 10 here).
    private const int StageProvides = 20;

    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <summary>The variable the use refers to (the name, or <c>__webpack_provided_a_dot_b</c> for <c>a.b</c>).</summary>
    public string Identifier { get; } = identifier;

    /// <summary>The export path taken from the module's exports (empty for the exports themselves).</summary>
    public IReadOnlyList<string> Path { get; } = path;

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        string value;
        if (Target is null)
        {
            // Not found or ignored: the module throws MODULE_NOT_FOUND when it runs, as webpack's.
            value = MissingModuleCode.Expression(Request!);
        }
        else
        {
            context.RuntimeRequirements |= RuntimeGlobals.Require;
            value = $"__webpack_require__({context.RequestComment(Request!)}{context.ModuleIdLiteral(Target)})";
            foreach (var property in Path)
                value += "[" + CodeGenerationContext.JsonString(property) + "]";
        }
        context.AddInitFragment(new InitFragment($"/* provided dependency */ var {Identifier} = {value};\n", StageProvides, 1, "provided " + Identifier));
        context.Source.Replace(Start, End - 1, Identifier);
    }
}
