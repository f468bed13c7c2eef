// Follows webpack lib/optimize/MangleExportsPlugin.js (optimization.mangleExports): at
// optimizeCodeGeneration, the exports of a module whose exports object is never used whole get
// short names — "deterministic": hashed from the name (stable as other exports come and go),
// "size": a, b, c… with used exports first. One-character names, deterministic two-character ones,
// exports something may find on the prototype chain and exports that cannot be mangled keep
// their names. ES modules and analysed CommonJS modules are renamed (their code writes used
// names; a CommonJS export not surely provided keeps its name). Readers through a namespace
// re-export (`ns.inner.x`) write the used names of the exports they pass (webpack's trimmed ids).

using Sharpack.Core;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Plugins.Ids;
using Sharpack.Plugins.JavaScript;

namespace Sharpack.Plugins.Optimize;

/// <summary>Renames exports to short names (<c>optimization.mangleExports</c>).</summary>
/// <param name="deterministic">True for <c>"deterministic"</c> (and <c>true</c>), false for <c>"size"</c>.</param>
public sealed class MangleExportsPlugin(bool deterministic) : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.Compilation.Tap("MangleExportsPlugin", (compilation, _) =>
            compilation.Hooks.OptimizeCodeGeneration.Tap("MangleExportsPlugin", modules => Run(compilation.Graph, modules, deterministic)));

    /// <summary>Mangles the exports of <paramref name="modules"/>.</summary>
    public static void Run(ModuleGraph graph, IReadOnlyList<Module> modules, bool deterministic)
    {
        foreach (var module in modules)
        {
            // ES modules, CommonJS modules whose exports were analysed (their templates write used
            // names too) and JSON (its generator writes the data under the used names).
            if (module is JavaScriptModule { BuildExportsType: not BuildExportsType.None } javascript)
                Mangle(graph.GetExportsInfo(module), deterministic, isNamespace: javascript.BuildExportsType == BuildExportsType.Namespace);
            else if (module is Json.JsonModule)
                Mangle(graph.GetExportsInfo(module), deterministic, isNamespace: false);
            // CSS modules' exports objects and concatenated constants are written under the used names.
            else if (module is Css.CssModule { BuildExportsType: not BuildExportsType.None } css)
                Mangle(graph.GetExportsInfo(module), deterministic, isNamespace: css.BuildExportsType == BuildExportsType.Namespace);
        }
    }

    private static bool CanMangle(ExportsInfo exportsInfo)
    {
        if (exportsInfo.OtherExportsInfo.GetUsed(null) != UsageState.Unused)
            return false;
        foreach (var info in exportsInfo.OwnedExports)
        {
            if (info.CanMangle == true) return true;
        }
        return false;
    }

    private static void Mangle(ExportsInfo exportsInfo, bool deterministic, bool isNamespace)
    {
        if (!CanMangle(exportsInfo))
            return;
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        var mangleable = new List<ExportInfo>();
        // Not provided exports may be found on the prototype chain (not a namespace), and would make
        // deterministic names depend on them when other exports are provided.
        var avoidNotProvided = !isNamespace;
        if (!avoidNotProvided && deterministic)
        {
            foreach (var info in exportsInfo.OwnedExports)
            {
                if (info.Provided != ProvidedState.NotProvided) { avoidNotProvided = true; break; }
            }
        }
        foreach (var info in exportsInfo.OrderedOwnedExports)
        {
            if (!info.HasUsedName)
            {
                var name = info.Name!;
                if (info.CanMangle != true
                    || (name.Length == 1 && IsIdentifierChar(name[0]))
                    || (deterministic && name.Length == 2 && IsShortName(name))
                    || (avoidNotProvided && info.Provided != ProvidedState.Provided))
                {
                    info.SetUsedName(name);
                    usedNames.Add(name);
                }
                else
                {
                    mangleable.Add(info);
                }
            }
            // Nested exports the module owns (JSON's properties) are renamed within their object,
            // as long as the object itself is never read whole.
            if (info.ExportsInfoOwned && info.GetUsed(null) is UsageState.OnlyPropertiesUsed or UsageState.Unused)
                Mangle(info.ExportsInfo!, deterministic, isNamespace: false);
        }
        if (deterministic)
        {
            mangleable.Sort(static (a, b) => IdHelpers.CompareStringsNumeric(a.Name!, b.Name!));
            Core.Seal.DeterministicIds.Assign(mangleable, static e => e.Name!, (info, id) =>
            {
                var name = IdentifierNames.FromNumber(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture));
                if (!usedNames.Add(name)) return false;
                info.SetUsedName(name);
                return true;
            }, [IdentifierNames.StartChars, IdentifierNames.StartChars * IdentifierNames.ContinuationChars], IdentifierNames.ContinuationChars, usedNames.Count, 0);
            return;
        }
        var used = new List<ExportInfo>();
        var unused = new List<ExportInfo>();
        foreach (var info in mangleable)
            (info.GetUsed(null) == UsageState.Unused ? unused : used).Add(info);
        used.Sort(static (a, b) => IdHelpers.CompareStringsNumeric(a.Name!, b.Name!));
        unused.Sort(static (a, b) => IdHelpers.CompareStringsNumeric(a.Name!, b.Name!));
        var next = 0L;
        foreach (var list in (ReadOnlySpan<List<ExportInfo>>)[used, unused])
        {
            foreach (var info in list)
            {
                string name;
                do name = IdentifierNames.FromNumber(next++);
                while (usedNames.Contains(name));
                info.SetUsedName(name);
            }
        }
    }

    // webpack: /^[a-z0-9_$]/i — one character names are never renamed.
    private static bool IsIdentifierChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '$';

    // webpack: /^[a-z_$][a-z0-9_$]|^[1-9][0-9]/i — two character names keep theirs in deterministic mode.
    private static bool IsShortName(string name) =>
        ((char.IsAsciiLetter(name[0]) || name[0] is '_' or '$') && IsIdentifierChar(name[1]))
        || (name[0] is >= '1' and <= '9' && char.IsAsciiDigit(name[1]));
}
