// Follows webpack lib/dependencies/ModuleDecoratorDependency.js: `module` used directly in an ES
// module gets the harmony module decorator (`module = __webpack_require__.hmd(module)`), whose
// `exports` setter throws: an ES module may not assign module.exports.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.Misc;

/// <summary>Decorates the module's <c>module</c> object at the top of its function.</summary>
/// <param name="decorator">The decorator: <see cref="RuntimeGlobals.HarmonyModuleDecorator"/> or <see cref="RuntimeGlobals.NodeModuleDecorator"/>.</param>
public sealed class ModuleDecoratorDependency(RuntimeGlobals decorator) : Dependency
{
    /// <inheritdoc />
    public override string TypeName => "module decorator";

    // webpack's InitFragment.STAGE_PROVIDES (after the ES module imports, stage 10 here).
    private const int StageProvides = 20;

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        context.RuntimeRequirements |= RuntimeGlobals.ModuleLoaded | RuntimeGlobals.ModuleId | RuntimeGlobals.Module | RuntimeGlobals.Require | decorator;
        var name = decorator == RuntimeGlobals.HarmonyModuleDecorator ? "__webpack_require__.hmd" : "__webpack_require__.nmd";
        context.AddInitFragment(new InitFragment($"/* module decorator */ module = {name}(module);\n", StageProvides, 0, "module decorator"));
    }
}
