// Follows webpack lib/dependencies/StaticExportsDependency.js: a module built without parsing
// declares its exports itself: a fixed list, or (as an external does) exports only the runtime
// knows, which may or may not be renamed.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.JavaScript.Dependencies.Misc;

/// <summary>The exports a module declares for itself.</summary>
/// <param name="exports">The export names, or null when only the runtime knows them.</param>
/// <param name="canMangle">Whether the exports may be renamed.</param>
public sealed class StaticExportsDependency(IReadOnlyList<string>? exports, bool canMangle) : Dependency
{
    /// <inheritdoc />
    public override string TypeName => "static exports";

    /// <inheritdoc />
    public override ExportsSpec? GetExports(ModuleGraph moduleGraph)
    {
        if (exports is null)
            return new ExportsSpec { Exports = null, CanMangle = canMangle };
        var list = new ExportSpec[exports.Count];
        for (var i = 0; i < list.Length; i++) list[i] = new ExportSpec(exports[i]);
        return new ExportsSpec { Exports = list, CanMangle = canMangle };
    }

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
    }
}
