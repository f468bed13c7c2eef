// The options a JavaScript module is parsed with, resolved for one module: webpack's defaults
// (lib/config/defaults.js applyJavascriptParserOptionsDefaults), then `module.parser.javascript`,
// `module.parser["javascript/auto"|"javascript/esm"|"javascript/dynamic"]`, then the `parser` of
// every rule that matched, later ones winning (NormalModuleFactory's mergeGlobalOptions and
// cleverMerge). The names are webpack's; each flag switches off the parser plugin that checks it.

namespace Sharpack.Core.Options;

/// <summary>Resolved <c>module.parser.javascript</c> options of one module.</summary>
public sealed record JavascriptParserOptions
{
    /// <summary>The defaults, with webpack's <c>node</c> defaults for a web target.</summary>
    public static JavascriptParserOptions Default { get; } = new();

    /// <summary>
    /// The defaults that follow the rest of <paramref name="options"/>: the global <c>node</c>
    /// option, <c>experiments.deferImport</c>, and importMeta "preserve-unknown" for ES module
    /// output (where the platform's import.meta exists to keep).
    /// </summary>
    public static JavascriptParserOptions ForOptions(SharpackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Default with
        {
            Node = options.Node,
            DeferImport = options.Experiments.DeferImport,
            SourceImport = options.Experiments.SourceImport,
            ImportMetaPreserveUnknown = options.Output.Module,
            // webpack: on by default for node targets.
            CreateRequire = options.Target.IsNode ? "createRequire from module" : null,
            // webpack: off for libraries, whose consumers see the export under its own name.
            AnonymousDefaultExportName = options.Output.Library is null,
        };
    }

    /// <summary>
    /// <c>anonymousDefaultExportName</c>: an anonymous default-exported function or class gets the name
    /// <c>"default"</c> as the specification gives it (<c>__webpack_require__.dn</c>), not the name of the
    /// variable the bundle binds it to.
    /// </summary>
    public bool AnonymousDefaultExportName { get; init; } = true;

    /// <summary><c>amd</c>: false leaves <c>define</c>, <c>require([…], fn)</c> and <c>define.amd</c> alone (AMDPlugin).</summary>
    public bool Amd { get; init; } = true;

    /// <summary>
    /// <c>overrideStrict</c>: <c>"strict"</c> or <c>"non-strict"</c> decides whether the module's code
    /// is rendered as strict, whatever its syntax says (webpack's UseStrictPlugin); null: ES modules and
    /// a "use strict" directive are strict.
    /// </summary>
    public string? OverrideStrict { get; init; }

    /// <summary><c>commonjs</c>: false leaves <c>require</c>, <c>module</c> and <c>exports</c> alone (CommonJsPlugin).</summary>
    public bool Commonjs { get; init; } = true;

    /// <summary><c>requireContext</c>: false leaves <c>require.context</c> alone (RequireContextPlugin).</summary>
    public bool RequireContext { get; init; } = true;

    /// <summary><c>requireEnsure</c>: false leaves <c>require.ensure</c> alone (RequireEnsurePlugin).</summary>
    public bool RequireEnsure { get; init; } = true;

    /// <summary>
    /// <c>requireInclude</c>: false leaves <c>require.include</c> alone; null (not set) handles it
    /// with a deprecation warning, true without (RequireIncludePlugin).
    /// </summary>
    public bool? RequireInclude { get; init; }

    /// <summary><c>requireJs</c>: <c>require.config</c>, <c>requirejs.config</c>, <c>require.version</c> and <c>requirejs.onError</c> mean what RequireJS gives them (RequireJsStuffPlugin).</summary>
    public bool RequireJs { get; init; }

    /// <summary><c>commonjsMagicComments</c>: a <c>webpackIgnore: true</c> comment in <c>require(…)</c> or <c>require.resolve(…)</c> leaves the call to the platform.</summary>
    public bool CommonjsMagicComments { get; init; }

    /// <summary><c>import</c>: false leaves <c>import()</c> to the runtime (ImportPlugin).</summary>
    public bool Import { get; init; } = true;

    /// <summary>
    /// <c>pureFunctions</c>: names of top-level functions (and variables) of the module treated as
    /// annotated <c>/*#__NO_SIDE_EFFECTS__*/</c>; <c>"default"</c> names an anonymous default export.
    /// </summary>
    public IReadOnlyList<string>? PureFunctions { get; init; }

    /// <summary><c>deferImport</c> (default: <c>experiments.deferImport</c>): import defer syntax, <c>import.defer()</c> and <c>webpackDefer</c> comments.</summary>
    public bool DeferImport { get; init; }

    /// <summary><c>sourceImport</c> (on with <c>experiments.sourceImport</c>): <c>import source x from "y"</c> is parsed and binds the module's source.</summary>
    public bool SourceImport { get; init; }

    /// <summary><c>harmony</c>: false leaves <c>import</c> and <c>export</c> statements alone (HarmonyModulesPlugin).</summary>
    public bool Harmony { get; init; } = true;

    /// <summary>
    /// <c>node</c>: how <c>__filename</c> and <c>__dirname</c> are treated — the global
    /// <c>node</c> option with the parser's <c>node</c> object over it; null for <c>node: false</c>
    /// (NodeStuffPlugin leaves them alone).
    /// </summary>
    public NodeOptions? Node { get; init; } = new();

    /// <summary>
    /// How an import of a name its module does not export is reported: <c>importExportsPresence</c>,
    /// else <c>exportsPresence</c>, else <c>strictExportPresence</c> (<c>error</c>): <c>error</c>,
    /// <c>warn</c>, <c>auto</c> (an error in strict ES modules, a warning elsewhere) or <c>false</c>.
    /// </summary>
    public string ImportExportsPresence { get; init; } = "auto";

    /// <summary>As <see cref="ImportExportsPresence"/> for re-exports: <c>reexportExportsPresence</c>, else <c>exportsPresence</c>, else <c>strictExportPresence</c>.</summary>
    public string ReexportExportsPresence { get; init; } = "auto";

    internal bool ExplicitReexportExportsPresence { get; init; }

    // Which of the keys set ImportExportsPresence, so a weaker key read later does not override it.
    internal bool ExplicitImportExportsPresence { get; init; }

    internal bool ExplicitExportsPresence { get; init; }

    /// <summary><c>url</c>: <c>new URL("./x", import.meta.url)</c> is an asset dependency (true), a relative one (<c>"relative"</c>), or left alone (false).</summary>
    public string Url { get; init; } = "true";

    /// <summary><c>dynamicUrl</c>: a <c>new URL()</c> request known only in part (<c>`./img/${x}.png`</c>) is a context of assets (true, the default) or left alone.</summary>
    public bool DynamicUrl { get; init; } = true;

    /// <summary>
    /// <c>worker</c>: the syntax that starts a worker (<c>new Worker(new URL("./w.js", import.meta.url))</c>):
    /// webpack's list, where <c>"..."</c> stands for the defaults (<c>Worker</c>, <c>SharedWorker</c>,
    /// <c>navigator.serviceWorker.register()</c>, <c>Worker from worker_threads</c>); null when off (<c>false</c>).
    /// </summary>
    public IReadOnlyList<string>? Worker { get; init; } = ["..."];

    /// <summary>
    /// <c>createRequire</c>: <c>import { createRequire } from "module"</c> makes <c>createRequire(import.meta.url)</c>
    /// a require function: "createRequire from module" (webpack's <c>true</c>, the default for node
    /// targets, reads "module" and "node:module"), another "name from source", or null (off).
    /// </summary>
    public string? CreateRequire { get; init; }

    /// <summary><c>importMeta</c>: false leaves <c>import.meta</c> to the platform (written as <c>output.importMetaName</c>; ImportMetaPlugin).</summary>
    public bool ImportMeta { get; init; } = true;

    /// <summary><c>importMeta: "preserve-unknown"</c> (or its object form): properties webpack does not know stay <c>import.meta</c>'s at runtime instead of <c>undefined</c>.</summary>
    public bool ImportMetaPreserveUnknown { get; init; }

    /// <summary><c>importMeta</c>'s object form: a field set to false (<c>url</c>, <c>env</c>…) is left to the platform; null when not given.</summary>
    public IReadOnlyDictionary<string, bool>? ImportMetaFields { get; init; }

    /// <summary>Whether ImportMetaPlugin handles <c>import.meta.<paramref name="field"/></c> (webpack's isImportMetaFieldEnabled).</summary>
    public bool IsImportMetaFieldEnabled(string field) =>
        ImportMeta && (ImportMetaFields is not { } fields || !fields.TryGetValue(field, out var enabled) || enabled);

    /// <summary><c>importMetaContext</c>: false leaves <c>import.meta.webpackContext</c> alone, unless <c>importMeta</c>'s object form names the field.</summary>
    public bool ImportMetaContext { get; init; } = true;

    /// <summary>
    /// Whether ImportMetaContextPlugin handles <c>import.meta.webpackContext</c>: importMeta's
    /// object form decides when it has the field, else importMetaContext, else importMeta.
    /// </summary>
    public bool IsImportMetaContextEnabled() =>
        ImportMeta && ImportMetaFields is { } fields && fields.TryGetValue("webpackContext", out var enabled)
            ? enabled
            : ImportMetaContext && IsImportMetaFieldEnabled("webpackContext");

    /// <summary><c>strictThisContextOnImports</c>: a method called on a namespace import gets the namespace as <c>this</c> (which then is used whole).</summary>
    public bool StrictThisContextOnImports { get; init; }

    /// <summary><c>exprContextCritical</c>: warn about fully dynamic requests (<c>import(x)</c>).</summary>
    public bool ExprContextCritical { get; init; } = true;

    /// <summary><c>wrappedContextCritical</c>: warn about partly dynamic requests (<c>require("./a/" + x)</c>).</summary>
    public bool WrappedContextCritical { get; init; }

    /// <summary><c>dynamicImportMode</c>: the default mode of <c>import()</c>: <c>lazy</c>, <c>eager</c>, <c>weak</c> or <c>lazy-once</c>.</summary>
    public string DynamicImportMode { get; init; } = "lazy";

    /// <summary><c>dynamicImportPrefetch</c>: the prefetch order of every <c>import()</c> (true is 0), or null for false.</summary>
    public double? DynamicImportPrefetch { get; init; }

    /// <summary><c>dynamicImportPreload</c>: the preload order of every <c>import()</c> (true is 0), or null for false.</summary>
    public double? DynamicImportPreload { get; init; }

    /// <summary><c>dynamicImportCssPreload</c>: every <c>import()</c> preloads its chunk's stylesheet alone, at this order (true is 0); null for false.</summary>
    public double? DynamicImportCssPreload { get; init; }

    /// <summary><c>dynamicImportFetchPriority</c>: <c>low</c>, <c>high</c> or <c>auto</c> for every <c>import()</c>, or null for false.</summary>
    public string? DynamicImportFetchPriority { get; init; }
}
