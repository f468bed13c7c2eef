// Follows webpack lib/dependencies/ExportsInfoApiDependency.js: `__webpack_exports_info__.x.used`
// and friends, answered from what the compilation knows about the module's exports. Without
// usage analysis (development mode, as webpack there) every export counts as used and none can
// be mangled; provideInfo comes from the module's static exports.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Plugins.JavaScript.Dependencies.Esm;

namespace Sharpack.Plugins.JavaScript.Dependencies.Misc;

/// <summary><c>__webpack_exports_info__.name….property</c>.</summary>
public sealed class ExportsInfoDependency(IReadOnlyList<string> names, string property) : Dependency
{
    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        var value = property switch
        {
            "used" or "useInfo" => "true",
            "canMangle" => "false",
            "usedName" => names.Count == 0 ? "undefined" : CodeGenerationContext.JsonString(names[^1]),
            "provideInfo" => names.Count == 1 ? ProvideInfo(context.Module, names[0], []) : "undefined",
            "usedExports" => "true",
            _ => "undefined",
        };
        context.Source.Replace(Start, End - 1, value);
    }

    private static string ProvideInfo(Module module, string name, HashSet<Module> visited)
    {
        if (!visited.Add(module) || module.ProvidedExports is not { } provided)
            return "undefined";
        if (provided.Contains(name))
            return "true";
        var unknown = false;
        foreach (var dependency in module.Dependencies)
        {
            if (dependency is not EsmExportStarDependency star || star.Import.Target is not { } target || name == "default")
                continue;
            var answer = ProvideInfo(target, name, visited);
            if (answer == "true") return "true";
            if (answer == "undefined") unknown = true;
        }
        return unknown ? "undefined" : "false";
    }
}
