// Follows webpack lib/dependencies/HarmonyImportDependency.js getLinkingErrors: an import of a
// name the imported module is known not to export is reported ("export 'x' (imported as 'y')
// was not found in './z' (possible exports: a, b)"), as are named imports from a module that has
// only a default export. Strict ES modules (.mjs, "type": "module") make it an error, others a
// warning (webpack's exportsPresence "auto").

namespace Sharpack.Core.ModuleGraph;

/// <summary>Checks an imported name against what the imported module provides.</summary>
public static class ExportsPresence
{
    /// <summary>
    /// The problem with importing <paramref name="ids"/> (an export and the properties read from
    /// it) from the module <paramref name="dependency"/> connects to, described with
    /// <paramref name="additionalMessage"/> (<c>(imported as 'x')</c>); null when there is none.
    /// </summary>
    public static string? LinkingProblem(ModuleGraph moduleGraph, Dependency dependency, IReadOnlyList<string> ids, string userRequest, string additionalMessage)
    {
        ArgumentNullException.ThrowIfNull(moduleGraph);
        if (moduleGraph.GetConnection(dependency) is not { OriginModule: { } parent, Module: { } imported })
            return null;
        var exportsType = imported.GetExportsType(parent.IsStrictEsm);
        if (exportsType is ExportsType.Namespace or ExportsType.DefaultWithNamed)
        {
            if (ids.Count == 0)
                return null;
            if ((exportsType != ExportsType.DefaultWithNamed || ids[0] != "default") && moduleGraph.GetExportsInfo(imported).IsExportProvided(ids) == false)
            {
                var exportsInfo = moduleGraph.GetExportsInfo(imported);
                for (var pos = 0; pos < ids.Count && exportsInfo is not null; pos++)
                {
                    var info = exportsInfo.GetReadOnlyExportInfo(ids[pos]);
                    if (info.Provided == ProvidedState.NotProvided)
                    {
                        var provided = exportsInfo.GetProvidedExports(out var unknown);
                        var more = provided is null || unknown ? " (possible exports unknown)"
                            : provided.Count == 0 ? " (module has no exports)"
                            : $" (possible exports: {string.Join(", ", provided)})";
                        return $"export {Quote(ids, pos + 1)} {additionalMessage} was not found in '{userRequest}'{more}";
                    }
                    exportsInfo = info.GetNestedExportsInfo();
                }
                return $"export {Quote(ids, ids.Count)} {additionalMessage} was not found in '{userRequest}'";
            }
        }
        if (exportsType == ExportsType.DefaultOnly && ids.Count > 0 && ids[0] != "default")
            return $"Can't import the named export {Quote(ids, ids.Count)} {additionalMessage} from default-exporting module (only default export is available)";
        return null;
    }

    /// <summary>
    /// How the importing module's parser options report a missing export (webpack's
    /// _getEffectiveExportPresenceLevel): "error", "warn" or "false"; "auto" is an error in a
    /// strict ES module and a warning elsewhere.
    /// </summary>
    public static string Level(ModuleGraph moduleGraph, Dependency dependency, bool reexport = false)
    {
        var origin = moduleGraph?.GetConnection(dependency)?.OriginModule;
        var level = (reexport ? origin?.ParserOptions?.ReexportExportsPresence : origin?.ParserOptions?.ImportExportsPresence) ?? "auto";
        return level == "auto" ? origin is { IsStrictEsm: true } ? "error" : "warn" : level;
    }

    private static string Quote(IReadOnlyList<string> ids, int count)
    {
        var parts = new string[count];
        for (var i = 0; i < count; i++)
            parts[i] = "'" + ids[i] + "'";
        return string.Join(".", parts);
    }
}
