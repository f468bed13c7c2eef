// Follows webpack lib/config/target.js: what each target string says about the environment
// (web, webworker, universal, [async-]node[X[.Y]], electron[X[.Y]]-main/preload/renderer,
// nwjs[X[.Y]] / node-webkit[X[.Y]], deno[X[.Y]], bun[X[.Y]], esX), merged over an array of targets the way webpack merges
// them: a property all targets that say it agree on keeps its value, disagreement makes it
// unknown. The output defaults (chunk format, chunk loading, global object) are read from these.

namespace Sharpack.Core.Options;

internal sealed class TargetProperties
{
    /// <summary>Targets Sharpack knows, for the error message.</summary>
    public const string Supported =
        "web, webworker, universal, node, node18 or node18.12 (node[X[.Y]]), async-node[X[.Y]], " +
        "electron[X[.Y]]-main / -preload / -renderer, nwjs[X[.Y]] / node-webkit[X[.Y]], deno[X[.Y]], bun[X[.Y]], es5 … es2024 (esX)";

    // Each property: true, false, or null (unknown: not said by any target, or said differently).
    public bool? Node { get; private set; }
    public bool? Web { get; private set; }
    public bool? WebWorker { get; private set; }
    public bool? Electron { get; private set; }
    public bool? ElectronMain { get; private set; }
    public bool? ElectronPreload { get; private set; }
    public bool? ElectronRenderer { get; private set; }
    public bool? Nwjs { get; private set; }
    public bool? Deno { get; private set; }
    public bool? Bun { get; private set; }
    public bool? Document { get; private set; }
    public bool? ImportScripts { get; private set; }
    public bool? ImportScriptsInWorker { get; private set; }
    public bool? Require { get; private set; }
    public bool? NodeBuiltins { get; private set; }
    public bool? FetchWasm { get; private set; }
    public bool? Global { get; private set; }
    public bool? GlobalThis { get; private set; }
    public bool? ArrowFunction { get; private set; }
    public bool? Spread { get; private set; }
    public bool? DynamicImport { get; private set; }
    public bool? Module { get; private set; }
    public bool? NodePrefixForCoreModules { get; private set; }
    public bool? ImportMetaDirnameAndFilename { get; private set; }
    public bool? NodeBuiltinModuleGetter { get; private set; }

    /// <summary>
    /// The properties that are said to be unknown (webpack's null, unlike a property no target says
    /// anything about, webpack's undefined): all of the universal target's platform properties, or
    /// those a list of targets disagrees on.
    /// </summary>
    public Said Mixed { get; private set; }

    /// <summary>webpack's browserField: package.json's <c>browser</c> field is read for a web target that is not node, or Electron's renderer.</summary>
    public bool BrowserField => Web == true && (Node != true || (Electron == true && ElectronRenderer == true));

    /// <summary>True for the universal target (or a list of web and node targets): node and web both said to be unknown.</summary>
    public bool IsUniversal => (Mixed & (Said.Node | Said.Web)) == (Said.Node | Said.Web);

    /// <summary>The properties that can be said to be unknown.</summary>
    [Flags]
    public enum Said
    {
        /// <summary>None.</summary>
        None = 0,
        /// <summary><see cref="Node"/>.</summary>
        Node = 1,
        /// <summary><see cref="Web"/>.</summary>
        Web = 2,
        /// <summary><see cref="Electron"/>.</summary>
        Electron = 4,
        /// <summary><see cref="ElectronMain"/>.</summary>
        ElectronMain = 8,
        /// <summary><see cref="ElectronPreload"/>.</summary>
        ElectronPreload = 16,
        /// <summary><see cref="ElectronRenderer"/>.</summary>
        ElectronRenderer = 32,
        /// <summary><see cref="Nwjs"/>.</summary>
        Nwjs = 64,
        /// <summary><see cref="Document"/>.</summary>
        Document = 128,
        /// <summary><see cref="ImportScripts"/>.</summary>
        ImportScripts = 256,
        /// <summary><see cref="ImportScriptsInWorker"/>.</summary>
        ImportScriptsInWorker = 512,
        /// <summary><see cref="Require"/>.</summary>
        Require = 1024,
        /// <summary><see cref="NodeBuiltins"/>.</summary>
        NodeBuiltins = 2048,
        /// <summary><see cref="FetchWasm"/>.</summary>
        FetchWasm = 4096,
    }

    /// <summary>A browser with every modern feature (what a browserslist target is taken as).</summary>
    public static TargetProperties ModernBrowser() => new()
    {
        Node = false,
        Web = true,
        Electron = false,
        Nwjs = false,
        Document = true,
        ImportScripts = false,
        ImportScriptsInWorker = true,
        Require = false,
        NodeBuiltins = false,
        FetchWasm = true,
        Global = false,
        ArrowFunction = true,
        Spread = true,
        GlobalThis = true,
        DynamicImport = true,
        Module = true,
    };

    /// <summary>The properties of a target Sharpack knows, or null.</summary>
    public static TargetProperties? Parse(string target)
    {
        switch (target)
        {
            case "web":
                return new()
                {
                    Node = false,
                    Web = true,
                    Electron = false,
                    Nwjs = false,
                    Document = true,
                    ImportScriptsInWorker = true,
                    FetchWasm = true,
                    NodeBuiltins = false,
                    ImportScripts = false,
                    Require = false,
                    Global = false,
                };
            case "webworker":
                return new()
                {
                    Node = false,
                    Web = true,
                    WebWorker = true,
                    Electron = false,
                    Nwjs = false,
                    ImportScripts = true,
                    ImportScriptsInWorker = true,
                    FetchWasm = true,
                    NodeBuiltins = false,
                    Require = false,
                    Document = false,
                    Global = false,
                };
            case "universal":
                // Every platform at once: output is ES modules, so require is never available.
                return new()
                {
                    Require = false,
                    Module = true,
                    DynamicImport = true,
                    Mixed = Said.Node | Said.Web | Said.Electron | Said.ElectronMain | Said.ElectronPreload | Said.ElectronRenderer | Said.Nwjs
                        | Said.Document | Said.ImportScripts | Said.ImportScriptsInWorker | Said.NodeBuiltins | Said.FetchWasm,
                };
        }
        var rest = target.AsSpan();
        var asyncNode = rest.StartsWith("async-node", StringComparison.Ordinal);
        if (asyncNode)
            rest = rest["async-".Length..];
        if (rest.StartsWith("node", StringComparison.Ordinal) && !rest.StartsWith("node-webkit", StringComparison.Ordinal))
        {
            if (!TryVersion(rest["node".Length..], out var v))
                return null;
            return new()
            {
                Node = true,
                Web = false,
                WebWorker = false,
                Electron = false,
                Nwjs = false,
                Require = !asyncNode,
                NodeBuiltins = true,
                Global = true,
                Document = false,
                FetchWasm = false,
                ImportScripts = false,
                ImportScriptsInWorker = false,
                GlobalThis = v.AtLeast(12),
                ArrowFunction = v.AtLeast(6),
                Spread = v.AtLeast(8, 3),
                DynamicImport = v.AtLeast(12, 17),
                Module = v.AtLeast(12, 17),
                // node: prefixes since v14.18 (v16 on later majors); import.meta.dirname unflagged since v22.16.
                NodePrefixForCoreModules = v.Major < 15 ? v.AtLeast(14, 18) : v.AtLeast(16),
                ImportMetaDirnameAndFilename = v.AtLeast(22, 16),
                // process.getBuiltinModule() since v22.3.
                NodeBuiltinModuleGetter = v.AtLeast(22, 3),
            };
        }
        if (target.StartsWith("electron", StringComparison.Ordinal))
        {
            var dash = target.LastIndexOf('-');
            var context = dash < 0 ? "" : target[(dash + 1)..];
            if (context is not ("main" or "preload" or "renderer") || !TryVersion(target.AsSpan("electron".Length, dash - "electron".Length), out var v))
                return null;
            return new()
            {
                Node = true,
                Web = context != "main",
                WebWorker = false,
                Electron = true,
                Nwjs = false,
                ElectronMain = context == "main",
                ElectronPreload = context == "preload",
                ElectronRenderer = context == "renderer",
                Global = true,
                NodeBuiltins = true,
                Require = true,
                Document = context == "renderer",
                FetchWasm = context == "renderer",
                ImportScripts = false,
                ImportScriptsInWorker = true,
                GlobalThis = v.AtLeast(5),
                ArrowFunction = v.AtLeast(1, 1),
                Spread = v.AtLeast(3),
                DynamicImport = v.AtLeast(11),
                Module = v.AtLeast(28),
                NodePrefixForCoreModules = v.AtLeast(15),
                ImportMetaDirnameAndFilename = v.AtLeast(37),
            };
        }
        if (target.StartsWith("nwjs", StringComparison.Ordinal) || target.StartsWith("node-webkit", StringComparison.Ordinal))
        {
            if (!TryVersion(target.AsSpan(target[1] == 'w' ? "nwjs".Length : "node-webkit".Length), out var v))
                return null;
            return new()
            {
                Node = true,
                Web = true,
                Electron = false,
                Nwjs = true,
                Global = true,
                NodeBuiltins = true,
                Document = false,
                ImportScriptsInWorker = false,
                FetchWasm = false,
                ImportScripts = false,
                Require = false,
                GlobalThis = v.AtLeast(0, 43),
                ArrowFunction = v.AtLeast(0, 15),
                Spread = v.AtLeast(0, 26),
                DynamicImport = v.AtLeast(0, 43),
                Module = v.AtLeast(0, 43),
            };
        }
        if (target.StartsWith("deno", StringComparison.Ordinal))
        {
            // A modern V8 since 1.0, web APIs too; process.getBuiltinModule() since 2.1,
            // import.meta.dirname since 1.40.
            if (!TryVersion(target.AsSpan("deno".Length), out var v))
                return null;
            return ServerRuntime(deno: true, v.AtLeast(2, 1), v.AtLeast(1, 40));
        }
        if (target.StartsWith("bun", StringComparison.Ordinal))
        {
            // Every Bun has every feature: the version is accepted and gates nothing.
            if (!TryVersion(target.AsSpan("bun".Length), out _))
                return null;
            return ServerRuntime(deno: false, builtinModuleGetter: true, importMetaDirname: true);
        }
        if (target.StartsWith("es", StringComparison.Ordinal) && target.Length > 2
            && int.TryParse(target.AsSpan(2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version))
        {
            if (version < 1000)
                version += 2009;
            return new() { ArrowFunction = version >= 2015, Spread = version >= 2018, GlobalThis = version >= 2020, DynamicImport = version >= 2020, Module = version >= 2015 };
        }
        return null;
    }

    // webpack's deno and bun targets: node-compatible runtimes with every modern feature, node's
    // built-ins only through `node:`, no require (ES module output only); Deno is a web platform too.
    private static TargetProperties ServerRuntime(bool deno, bool? builtinModuleGetter, bool? importMetaDirname) => new()
    {
        Node = true,
        Deno = deno,
        Bun = !deno,
        Web = deno,
        WebWorker = false,
        Electron = false,
        Nwjs = false,
        Require = false,
        NodeBuiltins = true,
        NodePrefixForCoreModules = true,
        NodeBuiltinModuleGetter = builtinModuleGetter,
        ImportMetaDirnameAndFilename = importMetaDirname,
        Global = false,
        Document = false,
        FetchWasm = true,
        ImportScripts = false,
        ImportScriptsInWorker = false,
        GlobalThis = true,
        ArrowFunction = true,
        Spread = true,
        DynamicImport = true,
        Module = true,
    };

    /// <summary>
    /// Follows webpack's browserslistTargetHandler for a query that lists node versions only
    /// (<c>node 14.18.0, node 16</c>): a feature is there when every listed version has it, as on
    /// the oldest one; but no version of node 15 has the <c>node:</c> prefix for built-ins. Null
    /// for any other query (those need browserslist's database).
    /// </summary>
    public static TargetProperties? ParseNodeQuery(string query)
    {
        Version? oldest = null;
        var node15 = false;
        foreach (var part in query.Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!part.StartsWith("node ", StringComparison.OrdinalIgnoreCase))
                return null;
            var text = part.AsSpan(5).Trim();
            // A patch version (14.18.0) says nothing more to these features.
            var first = text.IndexOf('.');
            var second = first < 0 ? -1 : text[(first + 1)..].IndexOf('.');
            if (second >= 0)
                text = text[..(first + 1 + second)];
            if (!TryVersion(text, out var version) || version.Any)
                return null;
            // browserslist's "node 14" is the newest 14.x release.
            if (first < 0)
                version = version with { Minor = int.MaxValue };
            node15 |= version.Major == 15;
            if (oldest is not { } o || version.Major < o.Major || (version.Major == o.Major && version.Minor < o.Minor))
                oldest = version;
        }
        if (oldest is not { } min || Parse("node" + min.Major + "." + min.Minor) is not { } properties)
            return null;
        if (node15)
            properties.NodePrefixForCoreModules = false;
        else
            properties.NodePrefixForCoreModules = min.AtLeast(14, 18);
        return properties;
    }

    /// <summary>Merges the properties of several targets as webpack does.</summary>
    public static TargetProperties Merge(IReadOnlyList<TargetProperties> all)
    {
        if (all.Count == 1)
            return all[0];
        return new()
        {
            Node = MergeOne(all, static p => p.Node),
            Web = MergeOne(all, static p => p.Web),
            WebWorker = MergeOne(all, static p => p.WebWorker),
            Electron = MergeOne(all, static p => p.Electron),
            ElectronMain = MergeOne(all, static p => p.ElectronMain),
            ElectronPreload = MergeOne(all, static p => p.ElectronPreload),
            ElectronRenderer = MergeOne(all, static p => p.ElectronRenderer),
            Nwjs = MergeOne(all, static p => p.Nwjs),
            Deno = MergeOne(all, static p => p.Deno),
            Bun = MergeOne(all, static p => p.Bun),
            Document = MergeOne(all, static p => p.Document),
            ImportScripts = MergeOne(all, static p => p.ImportScripts),
            ImportScriptsInWorker = MergeOne(all, static p => p.ImportScriptsInWorker),
            Require = MergeOne(all, static p => p.Require),
            NodeBuiltins = MergeOne(all, static p => p.NodeBuiltins),
            FetchWasm = MergeOne(all, static p => p.FetchWasm),
            Global = MergeOne(all, static p => p.Global),
            GlobalThis = MergeOne(all, static p => p.GlobalThis),
            // Read optimistically (unknown = available), so disagreement must mean "not available".
            ArrowFunction = MergeOne(all, static p => p.ArrowFunction, mixed: false),
            Spread = MergeOne(all, static p => p.Spread, mixed: false),
            DynamicImport = MergeOne(all, static p => p.DynamicImport),
            Module = MergeOne(all, static p => p.Module),
            NodePrefixForCoreModules = MergeOne(all, static p => p.NodePrefixForCoreModules),
            ImportMetaDirnameAndFilename = MergeOne(all, static p => p.ImportMetaDirnameAndFilename),
            NodeBuiltinModuleGetter = MergeOne(all, static p => p.NodeBuiltinModuleGetter),
            Mixed = MixedOne(all, Said.Node, static p => p.Node) | MixedOne(all, Said.Web, static p => p.Web)
                | MixedOne(all, Said.Electron, static p => p.Electron) | MixedOne(all, Said.ElectronMain, static p => p.ElectronMain)
                | MixedOne(all, Said.ElectronPreload, static p => p.ElectronPreload) | MixedOne(all, Said.ElectronRenderer, static p => p.ElectronRenderer)
                | MixedOne(all, Said.Nwjs, static p => p.Nwjs) | MixedOne(all, Said.Document, static p => p.Document)
                | MixedOne(all, Said.ImportScripts, static p => p.ImportScripts) | MixedOne(all, Said.ImportScriptsInWorker, static p => p.ImportScriptsInWorker)
                | MixedOne(all, Said.Require, static p => p.Require) | MixedOne(all, Said.NodeBuiltins, static p => p.NodeBuiltins)
                | MixedOne(all, Said.FetchWasm, static p => p.FetchWasm),
        };
    }

    // A merged property is said to be unknown when the targets disagree on it (a target's own
    // unknown counts as saying nothing, as in webpack's mergeTargetProperties).
    private static Said MixedOne(IReadOnlyList<TargetProperties> all, Said property, Func<TargetProperties, bool?> get) =>
        MergeOne(all, get) is null && MergeOne(all, get, mixed: true) == true ? property : Said.None;

    /// <summary>True when <paramref name="property"/> is said to be unknown (webpack's <c>=== null</c>).</summary>
    public bool IsMixed(Said property) => (Mixed & property) != 0;

    private static bool? MergeOne(IReadOnlyList<TargetProperties> all, Func<TargetProperties, bool?> get, bool? mixed = null)
    {
        bool hasTrue = false, hasFalse = false;
        foreach (var properties in all)
        {
            var value = get(properties);
            hasTrue |= value == true;
            hasFalse |= value == false;
        }
        return hasTrue && hasFalse ? mixed : hasTrue ? true : hasFalse ? false : null;
    }

    // webpack's versionDependent: without a version a feature is unknown (null); with one, it is
    // there from the version that brought it.
    private readonly record struct Version(int Major, int Minor, bool Any)
    {
        public bool? AtLeast(int major, int minor = 0) => Any ? null : Major > major || (Major == major && Minor >= minor);
    }

    private static bool TryVersion(ReadOnlySpan<char> text, out Version version)
    {
        version = new Version(0, 0, Any: true);
        if (text.IsEmpty)
            return true;
        var dot = text.IndexOf('.');
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        const System.Globalization.NumberStyles digits = System.Globalization.NumberStyles.None;
        int major, minor = 0;
        var ok = dot < 0
            ? int.TryParse(text, digits, culture, out major)
            : int.TryParse(text[..dot], digits, culture, out major) && int.TryParse(text[(dot + 1)..], digits, culture, out minor);
        version = new Version(major, minor, Any: false);
        return ok;
    }
}
