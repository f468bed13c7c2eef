// The normalized build options, with webpack's names. Produced from a configuration (file or
// command line) by OptionsNormalizer, which also fills every default by mode.

namespace Sharpack.Core.Options;

/// <summary>Build mode; decides the defaults of most other options, as in webpack.</summary>
public enum BuildMode
{
    /// <summary><c>production</c>: optimizations on.</summary>
    Production,
    /// <summary><c>development</c>: readable output, named ids.</summary>
    Development,
    /// <summary><c>none</c>: no defaults from a mode.</summary>
    None,
}

/// <summary>All options of one build (one webpack configuration object), normalized.</summary>
public sealed class SharpackOptions
{
    /// <summary>The configuration's <c>name</c> (webpack's compiler.name; rules' <c>compiler</c> condition tests it), or null.</summary>
    public string? Name { get; init; }

    /// <summary>The base directory for entries and loaders (<c>context</c>); absolute.</summary>
    public required string Context { get; init; }

    /// <summary><c>mode</c>.</summary>
    public BuildMode Mode { get; init; } = BuildMode.Production;

    /// <summary>Entry points by name (<c>entry</c>), in configuration order.</summary>
    public required IReadOnlyList<EntryDescription> Entries { get; init; }

    /// <summary><c>output</c>.</summary>
    public required OutputOptions Output { get; init; }

    /// <summary><c>target</c>: the environment the bundle runs in.</summary>
    public required TargetOptions Target { get; init; }

    /// <summary><c>resolve</c>, handed to the resolver.</summary>
    public ResolveOptions Resolve { get; init; } = new();

    /// <summary>
    /// <c>resolveLoader</c>: how loader requests resolve (over webpack's loader defaults: <c>.js</c>,
    /// main fields <c>loader</c> and <c>main</c>, conditions <c>loader</c>, <c>require</c>, <c>node</c>); null when not given.
    /// </summary>
    public ResolveOptions? ResolveLoader { get; init; }

    /// <summary>webpack's <c>loader</c> option: values added to every JavaScript loader's context (<c>this.x</c>); null when not given.</summary>
    public System.Text.Json.Nodes.JsonObject? Loader { get; init; }

    /// <summary><c>module.rules</c>.</summary>
    public IReadOnlyList<ModuleRule> Rules { get; init; } = [];

    /// <summary>
    /// Whether CSS is built in: <c>experiments.css</c>, its <c>"auto"</c> default settled by <see cref="Rules"/>
    /// (off when a rule gives <c>.css</c> or <c>.module.css</c> files a type or loaders, as css-loader's does).
    /// </summary>
    public bool CssBuiltIn => _cssBuiltIn ??= IsCssBuiltIn(Experiments, Rules);

    /// <summary>Whether <paramref name="experiments"/> and <paramref name="rules"/> build CSS in (see <see cref="CssBuiltIn"/>).</summary>
    internal static bool IsCssBuiltIn(ExperimentsOptions experiments, IReadOnlyList<ModuleRule> rules) =>
        experiments.Css ?? !(HasRuleForResource(rules, "/file.css", inherited: false) || HasRuleForResource(rules, "/file.module.css", inherited: false));

    /// <summary>
    /// Whether HTML is built in: <c>experiments.html</c>, its <c>"auto"</c> default settled by <see cref="Rules"/>
    /// (off when a rule gives <c>.html</c> files a type or loaders, as html-loader's does).
    /// </summary>
    public bool HtmlBuiltIn => _htmlBuiltIn ??= Experiments.Html ?? !HasRuleFor("/file.html");

    /// <summary>
    /// webpack's <c>RuleSetCompiler.hasRuleForResource</c>: whether a rule of <see cref="Rules"/> gives
    /// <paramref name="resource"/> (a probe such as <c>/file.css</c>) a type or loaders; it settles the
    /// <c>"auto"</c> experiments.
    /// </summary>
    public bool HasRuleFor(string resource) => HasRuleForResource(Rules, resource, inherited: false);

    // webpack's RuleSetCompiler.hasRuleForResource: a rule whose resource conditions (test, include,
    // resource) select the resource, or inside one that does (nested rules, oneOf), and that gives it
    // a type or normal loaders; the other conditions (issuer…) are not asked.
    private static bool HasRuleForResource(IReadOnlyList<ModuleRule> rules, string resource, bool inherited)
    {
        foreach (var rule in rules)
        {
            var matched = inherited;
            if (!matched)
            {
                var resourceConditions = 0;
                var all = true;
                foreach (var entry in rule.Conditions)
                {
                    if (entry.Property is not (RuleDataProperty.Resource or RuleDataProperty.RealResource))
                        continue;
                    resourceConditions++;
                    all &= entry.Condition.IsMatch(resource);
                }
                matched = resourceConditions > 0 && all;
            }
            var establishesType = rule.Type is not null || ((rule.Use.Count > 0 || rule.UseFunction is not null) && rule.Enforce is null);
            if (matched && establishesType)
                return true;
            if (rule.OneOf.Count > 0 && HasRuleForResource(rule.OneOf, resource, matched))
                return true;
            if (rule.Rules.Count > 0 && HasRuleForResource(rule.Rules, resource, matched))
                return true;
        }
        return false;
    }

    private bool? _cssBuiltIn;
    private bool? _htmlBuiltIn;

    /// <summary><c>module.noParse</c>: the modules whose request it matches are not parsed (kept as written, with <c>module</c> and <c>exports</c>), or null.</summary>
    public RuleCondition? NoParse { get; init; }

    /// <summary>
    /// <c>module.parser</c> for the JavaScript module types (<c>javascript</c>,
    /// <c>javascript/auto</c>, <c>javascript/esm</c>, <c>javascript/dynamic</c>), as validated
    /// objects; <see cref="OptionsNormalizer.ResolveJavascriptParserOptions"/> combines them.
    /// </summary>
    public IReadOnlyDictionary<string, System.Text.Json.Nodes.JsonObject> Parser { get; init; } = new Dictionary<string, System.Text.Json.Nodes.JsonObject>();

    /// <summary><c>module.generator</c>: generator options by module type (<c>json</c>: <c>JSONParse</c>).</summary>
    public IReadOnlyDictionary<string, System.Text.Json.Nodes.JsonObject> Generator { get; init; } = new Dictionary<string, System.Text.Json.Nodes.JsonObject>();

    /// <summary><c>optimization</c>.</summary>
    public OptimizationOptions Optimization { get; init; } = new();

    /// <summary><c>experiments</c>.</summary>
    public ExperimentsOptions Experiments { get; init; } = new();

    /// <summary><c>devtool</c> as a string; null when it is off (<c>false</c>) or given per asset type (see <see cref="Devtools"/>).</summary>
    public string? Devtool { get; init; }

    /// <summary>
    /// <c>devtool</c> per asset type: one <c>all</c> entry for a string, webpack's
    /// <c>[{ type, use }]</c> as given for an array; empty when off.
    /// </summary>
    public IReadOnlyList<DevtoolSetting> Devtools { get; init; } = [];

    /// <summary>
    /// Plugins applied to the compiler before the built-in ones (webpack's <c>plugins</c>): given
    /// as instances by a .NET program, or made by the command line from <see cref="PluginDescriptions"/>.
    /// </summary>
    public IReadOnlyList<IPlugin> Plugins { get; init; } = [];

    /// <summary>Plugins named in a configuration file: .NET plugin classes to load, with their options.</summary>
    public IReadOnlyList<PluginDescription> PluginDescriptions { get; init; } = [];

    /// <summary>
    /// C# loaders by the name rules and requests use (<c>use: "my-loader"</c>), registered in
    /// <see cref="Compiler.Loaders"/> when the compiler is made; a plugin may register more.
    /// </summary>
    public IReadOnlyDictionary<string, Make.ILoader> Loaders { get; init; } = new Dictionary<string, Make.ILoader>();

    /// <summary>Replacements of <c>DefinePlugin</c>: identifier or member path → code.</summary>
    public IReadOnlyDictionary<string, string> Define { get; init; } = new Dictionary<string, string>();

    /// <summary><c>dotenv</c>: the .env files whose variables are defined, or null (absent or false).</summary>
    public DotenvOptions? Dotenv { get; init; }

    /// <summary><c>watch</c>: the command line keeps watching and rebuilding after the first build.</summary>
    public bool Watch { get; init; }

    /// <summary>
    /// <c>cache</c>: whether the compiler keeps the modules it built for its next build (webpack's
    /// memory cache: <c>true</c>, <c>{ type: "memory" }</c>, and the default in development; a
    /// <c>filesystem</c> cache keeps them in memory too). Off, every build builds every module.
    /// </summary>
    public bool Cache { get; init; }

    /// <summary><c>watchOptions</c>.</summary>
    public WatchOptions WatchOptions { get; init; } = new();

    /// <summary><c>recordsInputPath</c> (else <c>recordsPath</c>): the records a build reads its module and chunk ids back from; null for none.</summary>
    public string? RecordsInputPath { get; init; }

    /// <summary><c>recordsOutputPath</c> (else <c>recordsPath</c>): where a build writes its records; null for none.</summary>
    public string? RecordsOutputPath { get; init; }

    /// <summary><c>node.__filename</c> / <c>node.__dirname</c>: "mock", "warn-mock", "true" (relative to the context), "node-module", "eval-only" or false (null).</summary>
    public NodeOptions Node { get; init; } = new();

    /// <summary><c>performance</c>: size limit hints (SizeLimitsPlugin); null when off.</summary>
    public PerformanceOptions? Performance { get; init; }

    /// <summary><c>stats</c>: what the build reports (read by the command line).</summary>
    public StatsOptions Stats { get; init; } = new();

    /// <summary>
    /// <c>externals</c> as the configuration gives it (a request name, RegExp, object, function
    /// handle, or an array of those; validated), or null.
    /// </summary>
    public System.Text.Json.Nodes.JsonNode? Externals { get; init; }

    /// <summary>Calls the functions in <see cref="Externals"/>; null when the configuration holds none.</summary>
    public IJsFunctionHost? ExternalsFunctions { get; init; }

    /// <summary>
    /// <c>externalsPresets.nodeModules</c>: <c>true</c> or <c>{ allowlist }</c> (packages in node_modules are
    /// externals), or null when off. Its allowlist's functions are called through <see cref="ExternalsFunctions"/>.
    /// </summary>
    public System.Text.Json.Nodes.JsonNode? NodeModulesExternals { get; init; }

    /// <summary>
    /// Calls the functions in <see cref="Parser"/>, <see cref="Generator"/> and the rules' parser and
    /// generator objects (an asset's filename or dataUrl function); null when the configuration holds none.
    /// </summary>
    public IJsFunctionHost? ModuleFunctions { get; init; }

    /// <summary><c>externalsType</c>: the type of an external whose value names none (<c>var</c>, or <c>module-import</c> for ES module output).</summary>
    public string ExternalsType { get; init; } = "var";

    /// <summary><c>ignoreWarnings</c>: warnings matching any of these are left out of the build's report.</summary>
    public IReadOnlyList<IgnoreWarningRule> IgnoreWarnings { get; init; } = [];
}

/// <summary>
/// One item of <c>ignoreWarnings</c>: a RegExp on the message, an object whose given parts must all
/// match (<c>message</c>, <c>module</c>, <c>file</c>), or a function of the warning.
/// </summary>
public sealed class IgnoreWarningRule
{
    /// <summary>Tested on the warning's message.</summary>
    public System.Text.RegularExpressions.Regex? Message { get; init; }

    /// <summary>Tested on the module the warning is about.</summary>
    public System.Text.RegularExpressions.Regex? Module { get; init; }

    /// <summary>Tested on the file the warning is about.</summary>
    public System.Text.RegularExpressions.Regex? File { get; init; }

    /// <summary>A JavaScript function <c>(warning, compilation) → boolean</c>.</summary>
    public JsFunction? Function { get; init; }
}

/// <summary>One entry point: <c>entry: { name: { import, filename, dependOn, runtime } }</c>.</summary>
public sealed class EntryDescription
{
    /// <summary><c>layer</c>: the layer the entry's modules are in (and, unless a rule says otherwise, what they import); null for none.</summary>
    public string? Layer { get; init; }

    /// <summary>The entry's name (<c>main</c> for a string entry).</summary>
    public required string Name { get; init; }

    /// <summary>The requests the entry starts from, in order.</summary>
    public required IReadOnlyList<string> Imports { get; init; }

    /// <summary>
    /// Entry dependencies a plugin made itself, after <see cref="Imports"/> (webpack's addEntry with a
    /// dependency of its own, e.g. a Module Federation container's entry): each is made into its
    /// module by the compilation's dependency factory for its type.
    /// </summary>
    public IReadOnlyList<ModuleGraph.EntryDependency> Dependencies { get; init; } = [];

    /// <summary>A filename template for this entry's chunk, overriding <c>output.filename</c>.</summary>
    public string? Filename { get; init; }

    /// <summary>The entry's <c>filename</c> as a function <c>(pathData, assetInfo) =&gt; template</c>, asked for its chunk; null when it is a template or absent.</summary>
    public JsFunction? FilenameFunction { get; init; }

    /// <summary>Entries whose chunks this one depends on (<c>dependOn</c>).</summary>
    public IReadOnlyList<string> DependOn { get; init; } = [];

    /// <summary>
    /// The name of the runtime chunk for this entry (<c>runtime</c>), or null. Settable as webpack's
    /// entry options are: <c>optimization.runtimeChunk</c>'s plugin names it when the entry does not.
    /// </summary>
    public string? Runtime { get; set; }

    /// <summary>
    /// <c>runtime: false</c>: the entry's chunk holds its own runtime, even where <c>optimization.runtimeChunk</c>
    /// would give it a runtime chunk.
    /// </summary>
    public bool OwnRuntime { get; init; }

    /// <summary>
    /// <c>chunkLoading</c>: how this entry's runtime loads chunks, overriding
    /// <c>output.chunkLoading</c>; null to inherit it, empty for <c>false</c>.
    /// </summary>
    public string? ChunkLoading { get; init; }

    /// <summary><c>wasmLoading</c>: as <see cref="ChunkLoading"/>, for WebAssembly modules (<c>output.wasmLoading</c>).</summary>
    public string? WasmLoading { get; init; }

    /// <summary>webpack's entry option <c>worker</c>: the entry runs in a worker (a <c>new Worker()</c>'s async entrypoint); named by <c>output.workerChunkFilename</c>.</summary>
    public bool Worker { get; init; }

    /// <summary>The entry's <c>publicPath</c> (its runtime's <c>__webpack_require__.p</c>); null inherits <c>output.publicPath</c>.</summary>
    public string? PublicPath { get; init; }

    /// <summary>The entry's <c>baseUri</c>: what its runtime's <c>__webpack_require__.b</c> (the base an asset's <c>new URL()</c> resolves against) is; null keeps the target's own.</summary>
    public string? BaseUri { get; init; }

    /// <summary>The entry's <c>asyncChunks</c>: false puts what its <c>import()</c>s load in its own chunks; null inherits <c>output.asyncChunks</c>.</summary>
    public bool? AsyncChunks { get; init; }

    /// <summary>The entry's <c>library</c>: how its exports are exposed; null inherits <c>output.library</c>.</summary>
    public LibraryOptions? Library { get; init; }

    /// <summary>
    /// webpack's addEntry into an entry of the same name: <paramref name="other"/>'s requests and
    /// dependencies join this entry's, and its options fill those this entry leaves unset.
    /// </summary>
    public EntryDescription MergedWith(EntryDescription other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new EntryDescription
        {
            Name = Name,
            Layer = Layer ?? other.Layer,
            Imports = [.. Imports, .. other.Imports],
            Dependencies = [.. Dependencies, .. other.Dependencies],
            Filename = Filename ?? other.Filename,
            FilenameFunction = FilenameFunction ?? other.FilenameFunction,
            DependOn = DependOn.Count > 0 ? DependOn : other.DependOn,
            Runtime = Runtime ?? other.Runtime,
            OwnRuntime = OwnRuntime || other.OwnRuntime,
            ChunkLoading = ChunkLoading ?? other.ChunkLoading,
            WasmLoading = WasmLoading ?? other.WasmLoading,
            Worker = Worker || other.Worker,
            PublicPath = PublicPath ?? other.PublicPath,
            BaseUri = BaseUri ?? other.BaseUri,
            AsyncChunks = AsyncChunks ?? other.AsyncChunks,
            Library = Library ?? other.Library,
        };
    }
}

/// <summary><c>output</c>.</summary>
public sealed class OutputOptions
{
    /// <summary><c>output.path</c>; absolute.</summary>
    public required string Path { get; init; }

    /// <summary><c>output.filename</c>, e.g. <c>[name].js</c>.</summary>
    public string Filename { get; init; } = "[name].js";

    /// <summary><c>output.chunkFilename</c>.</summary>
    public string ChunkFilename { get; init; } = "[id].js";

    /// <summary><c>output.cssFilename</c>: the CSS file of an initial chunk (default: <see cref="Filename"/> with <c>.css</c> for <c>.js</c>).</summary>
    public string CssFilename { get; init; } = "[name].css";

    /// <summary><c>output.cssFilename</c> as a function (pathData, assetInfo), asked per chunk; null for a template.</summary>
    public JsFunction? CssFilenameFunction { get; init; }

    /// <summary>
    /// <c>output.htmlFilename</c>: the file of a page extracted from an initial chunk (an HTML entry); default
    /// <see cref="Filename"/> with <c>.html</c> for <c>.js</c>, or <c>[name].html</c>, where <c>[name]</c> is the page's file name.
    /// </summary>
    public string HtmlFilename { get; init; } = "[name].html";

    /// <summary><c>output.htmlChunkFilename</c>: the file of a page extracted from a chunk loaded on demand (default as <see cref="HtmlFilename"/>, from <see cref="ChunkFilename"/>).</summary>
    public string HtmlChunkFilename { get; init; } = "[name].html";

    /// <summary><c>output.cssChunkFilename</c>: the CSS file of a chunk loaded on demand (default: <see cref="ChunkFilename"/> with <c>.css</c>).</summary>
    public string CssChunkFilename { get; init; } = "[id].css";

    /// <summary><c>output.cssChunkFilename</c> as a function; null for a template.</summary>
    public JsFunction? CssChunkFilenameFunction { get; init; }

    /// <summary>
    /// Whether the configuration gave <c>output.cssFilename</c> itself (webpack applies a plugin
    /// before its defaults: mini-css-extract-plugin falls back to the option only when it is given).
    /// </summary>
    public bool CssFilenameGiven { get; init; }

    /// <summary>Whether the configuration gave <c>output.cssChunkFilename</c> itself.</summary>
    public bool CssChunkFilenameGiven { get; init; }

    /// <summary>
    /// <c>output.filename</c> as a function <c>(pathData, assetInfo) =&gt; template</c>, asked for each
    /// initial chunk (then <see cref="Filename"/> is only its default); null when it is a template.
    /// </summary>
    public JsFunction? FilenameFunction { get; init; }

    /// <summary><c>output.chunkFilename</c> as a function, asked for each non-initial chunk, as <see cref="FilenameFunction"/>.</summary>
    public JsFunction? ChunkFilenameFunction { get; init; }

    /// <summary><c>output.assetModuleFilename</c>: where an asset module's file goes (<c>[hash][ext][query][fragment]</c> by default).</summary>
    public string AssetModuleFilename { get; init; } = "[hash][ext][query][fragment]";

    /// <summary><c>output.assetModuleFilename</c> as a function of (pathData, assetInfo), asked per asset module.</summary>
    public JsFunction? AssetModuleFilenameFunction { get; init; }

    /// <summary>
    /// <c>output.publicPath</c> as a function <c>({ hash }) =&gt; path</c>, asked when the runtime's
    /// <c>__webpack_require__.p</c> is written (then <see cref="PublicPath"/> is "").
    /// </summary>
    public JsFunction? PublicPathFunction { get; init; }

    /// <summary><c>output.publicPath</c> (<c>auto</c> by default).</summary>
    public string PublicPath { get; init; } = "auto";

    /// <summary><c>output.asyncChunks</c>: false puts what <c>import()</c> loads in the chunks that import it (true by default).</summary>
    public bool AsyncChunks { get; init; } = true;

    /// <summary><c>output.hashFunction</c> by name (<c>md4</c> by default, as webpack 5's; <c>xxhash64</c> is webpack's futureDefaults and Rspack's).</summary>
    public string HashFunction { get; init; } = "md4";

    /// <summary>
    /// Whether the configuration named <c>output.hashFunction</c>. Where webpack writes a hash into
    /// a chunk's name (splitChunks' maxSize parts), its default md4 is used unless it did, so the
    /// names are webpack's.
    /// </summary>
    public bool HashFunctionConfigured { get; init; }

    /// <summary><c>output.hashFunction</c> as a JavaScript hash class, called as <c>(base64 data, encoding) → digest</c>; null for a named function.</summary>
    public JsFunction? HashFunctionScript { get; init; }

    /// <summary><c>output.hashDigest</c>: how digests are written (<c>hex</c> by default).</summary>
    public string HashDigest { get; init; } = "hex";

    /// <summary><c>output.hashDigestLength</c>: the length hashes are cut to where no length is asked (20 by default).</summary>
    public int HashDigestLength { get; init; } = 20;

    /// <summary><c>output.hashSalt</c>: data every hash starts with; null for none.</summary>
    public string? HashSalt { get; init; }

    /// <summary><c>output.clean</c>: null when off.</summary>
    public CleanOptions? Clean { get; init; }

    /// <summary><c>output.strictModuleResolution</c>: the runtime throws MODULE_NOT_FOUND for a module id missing from the bundle (on in development).</summary>
    public bool StrictModuleResolution { get; init; }

    /// <summary><c>output.strictModuleExceptionHandling</c>: a module whose factory threw is removed from the cache, so requiring it again runs it again (off by default).</summary>
    public bool StrictModuleExceptionHandling { get; init; }

    /// <summary><c>output.strictModuleErrorHandling</c>: a module whose factory threw keeps its error, and requiring it again throws that error (off by default).</summary>
    public bool StrictModuleErrorHandling { get; init; }

    /// <summary><c>output.iife</c>.</summary>
    public bool Iife { get; init; } = true;

    /// <summary><c>output.globalObject</c>.</summary>
    public string GlobalObject { get; init; } = "self";

    /// <summary><c>output.uniqueName</c>.</summary>
    public string UniqueName { get; init; } = "";

    /// <summary><c>output.ignoreBrowserWarnings</c>: the runtime's warnings (Module Federation's version mismatches) are not written to the console.</summary>
    public bool IgnoreBrowserWarnings { get; init; }

    /// <summary><c>output.trustedTypes</c>: scripts and script URLs the runtime makes go through a Trusted Types policy; null when off.</summary>
    public TrustedTypesOptions? TrustedTypes { get; init; }

    /// <summary><c>output.sourceMapFilename</c>: where a source map goes, relative to <see cref="Path"/> (<c>[file].map[query]</c> by default).</summary>
    public string SourceMapFilename { get; init; } = "[file].map[query]";

    /// <summary><c>output.devtoolModuleFilenameTemplate</c> as a string; null for the devtool's default.</summary>
    public string? DevtoolModuleFilenameTemplate { get; init; }

    /// <summary><c>output.devtoolModuleFilenameTemplate</c> as a function of webpack's module filename info.</summary>
    public JsFunction? DevtoolModuleFilenameTemplateFunction { get; init; }

    /// <summary><c>output.devtoolFallbackModuleFilenameTemplate</c> as a string; null for the devtool's default.</summary>
    public string? DevtoolFallbackModuleFilenameTemplate { get; init; }

    /// <summary><c>output.devtoolFallbackModuleFilenameTemplate</c> as a function.</summary>
    public JsFunction? DevtoolFallbackModuleFilenameTemplateFunction { get; init; }

    /// <summary><c>output.devtoolNamespace</c>: the <c>[namespace]</c> of source names (<see cref="UniqueName"/> by default).</summary>
    public string? DevtoolNamespace { get; init; }

    /// <summary><c>output.chunkLoadingGlobal</c>.</summary>
    public string ChunkLoadingGlobal { get; init; } = "webpackChunk";

    /// <summary><c>output.hotUpdateChunkFilename</c>: a chunk's hot update (<c>[id].[fullhash].hot-update.js</c>; <c>[fullhash]</c> is the hash updated from).</summary>
    public string HotUpdateChunkFilename { get; init; } = "[id].[fullhash].hot-update.js";

    /// <summary><c>output.hotUpdateMainFilename</c>: a runtime's update manifest (<c>[runtime].[fullhash].hot-update.json</c>).</summary>
    public string HotUpdateMainFilename { get; init; } = "[runtime].[fullhash].hot-update.json";

    /// <summary><c>output.hotUpdateGlobal</c>: the global function JSONP hot update chunks call.</summary>
    public string HotUpdateGlobal { get; init; } = "webpackHotUpdate";

    /// <summary>Whether <c>output.strictModuleErrorHandling</c> was given (hot module replacement turns it on otherwise).</summary>
    public bool StrictModuleErrorHandlingGiven { get; init; }

    /// <summary><c>output.pathinfo</c>: comments naming each module in the output.</summary>
    public bool Pathinfo { get; init; }

    /// <summary><c>output.chunkLoading</c>: how the runtime loads chunks: <c>jsonp</c> (web), <c>require</c> (node), <c>import-scripts</c> (webworker), or <c>false</c> (null).</summary>
    public string? ChunkLoading { get; init; } = "jsonp";

    /// <summary><c>output.chunkFormat</c>: how a chunk file hands its modules over: <c>array-push</c>, <c>commonjs</c>, <c>module</c>, or <c>false</c> (null).</summary>
    public string? ChunkFormat { get; init; } = "array-push";

    /// <summary>
    /// <c>output.enabledChunkLoadingTypes</c>: the chunk loading types whose plugins are applied;
    /// null for webpack's default, <c>output.chunkLoading</c> and every entry's <c>chunkLoading</c>.
    /// </summary>
    public IReadOnlyList<string>? EnabledChunkLoadingTypes { get; init; }

    /// <summary><c>output.wasmLoading</c>: <c>fetch</c>, <c>async-node</c>, <c>universal</c>, or <c>false</c> (null).</summary>
    public string? WasmLoading { get; init; } = "fetch";

    /// <summary><c>output.webassemblyModuleFilename</c>: the file name of a WebAssembly module's binary (<c>[id]</c>, <c>[hash]</c>, <c>[fullhash]</c>).</summary>
    public string WebassemblyModuleFilename { get; init; } = "[hash].module.wasm";

    /// <summary><c>output.wasmStreamingFallback</c>: a failed streaming instantiation of a binary served without the wasm MIME type falls back to a plain one.</summary>
    public bool WasmStreamingFallback { get; init; }

    /// <summary><c>output.workerChunkLoading</c>: how a worker's runtime loads its chunks (<c>import-scripts</c>, <c>require</c>, <c>import</c>…), or null (<c>false</c>).</summary>
    public string? WorkerChunkLoading { get; init; }

    /// <summary><c>output.workerWasmLoading</c>: how a worker loads WebAssembly; <c>output.wasmLoading</c> by default.</summary>
    public string? WorkerWasmLoading { get; init; }

    /// <summary><c>output.workerPublicPath</c>: the public path a worker's chunk is fetched from; "" for <c>output.publicPath</c>'s runtime value.</summary>
    public string WorkerPublicPath { get; init; } = "";

    /// <summary><c>output.workerChunkFilename</c>: the file name template of a worker's entry chunk; <c>output.chunkFilename</c> by default.</summary>
    public string? WorkerChunkFilename { get; init; }

    /// <summary><c>output.workerChunkFilename</c> as a function of the path data: the template (or name) of a worker's entry chunk.</summary>
    public JsFunction? WorkerChunkFilenameFunction { get; init; }

    /// <summary><c>output.resourceHints.dedupe</c>: a prefetch link is not added for a chunk the document already (pre)loads or prefetches.</summary>
    public bool DedupeResourceHints { get; init; }

    /// <summary><c>output.crossOriginLoading</c>: <c>anonymous</c>, <c>use-credentials</c>, or <c>false</c> (null).</summary>
    public string? CrossOriginLoading { get; init; }

    /// <summary><c>output.scriptType</c>: <c>text/javascript</c>, <c>module</c>, or <c>false</c> (null: no type attribute).</summary>
    public string? ScriptType { get; init; }

    /// <summary><c>output.importMetaName</c>: the name the output uses for <c>import.meta</c> (its <c>url</c>, <c>dirname</c>, <c>filename</c>); <c>import.meta</c> by default.</summary>
    public string ImportMetaName { get; init; } = "import.meta";

    /// <summary><c>output.importFunctionName</c>: the function the output calls to import a module dynamically (chunks with import loading, <c>import</c> externals); <c>import</c> by default.</summary>
    public string ImportFunctionName { get; init; } = "import";

    /// <summary><c>output.module</c>: emit ES modules (chunk format <c>module</c>, chunk loading <c>import</c>).</summary>
    public bool Module { get; init; }

    /// <summary><c>output.library</c> (with the legacy <c>libraryTarget</c>, <c>libraryExport</c>… folded in); null for none.</summary>
    public LibraryOptions? Library { get; init; }

    /// <summary><c>output.enabledLibraryTypes</c>: the library types whose plugins are applied (by default the types <c>output.library</c> and the entries use).</summary>
    public IReadOnlyList<string> EnabledLibraryTypes { get; init; } = [];

    /// <summary><c>output.chunkLoadTimeout</c> in milliseconds.</summary>
    public int ChunkLoadTimeout { get; init; } = 120_000;

    /// <summary><c>output.environment</c>: what the environment the output runs in supports.</summary>
    public OutputEnvironment Environment { get; init; } = new();
}

/// <summary>The environment the output runs in (<c>target</c>).</summary>
public sealed class TargetOptions
{
    /// <summary>The target as written (<c>web</c>, <c>node</c>, <c>webworker</c>, <c>es2020</c>…).</summary>
    public required string Name { get; init; }

    /// <summary>What loaders see as <c>this.target</c> (webpack's <c>loader.target</c>): the one platform the target names (<c>node</c>, <c>web</c>, <c>electron-main</c>…), or null.</summary>
    public string? LoaderTarget { get; init; }

    /// <summary>Node.js: <c>require</c> chunk loading, <c>global</c> object, built-ins external.</summary>
    public bool IsNode { get; init; }

    /// <summary>A web worker: <c>importScripts</c> chunk loading.</summary>
    public bool IsWebWorker { get; init; }

    /// <summary>The universal target (or a list of web and node targets): whether the output runs on the web or on node is unknown.</summary>
    public bool IsUniversal { get; init; }

    /// <summary>
    /// webpack's <c>externalsPresets.node</c>: Node.js built-in modules are externals (node, electron,
    /// nwjs, universal); <see cref="IsNode"/> unless set.
    /// </summary>
    public bool NodeExternals { get => _nodeExternals ?? IsNode; init => _nodeExternals = value; }

    private readonly bool? _nodeExternals;

    /// <summary>webpack's <c>externalsPresets.electron</c>: Electron's shared built-in modules are externals.</summary>
    public bool ElectronExternals { get; init; }

    /// <summary>
    /// webpack's <c>externalsPresets.electronMain</c>, <c>electronPreload</c>, <c>electronRenderer</c>:
    /// the Electron contexts (<c>main</c>, <c>preload</c>, <c>renderer</c>) whose own built-ins are externals too.
    /// </summary>
    public IReadOnlyList<string> ElectronContexts { get; init; } = [];

    /// <summary>webpack's <c>externalsPresets.nwjs</c>: <c>nw.gui</c> is an external.</summary>
    public bool NwjsExternals { get; init; }

    /// <summary>
    /// webpack's <c>externalsPresets.web</c>: requests of <c>//</c>, <c>http(s)://</c> and <c>std:</c>
    /// URLs are <c>module</c> externals (the web targets set it).
    /// </summary>
    public bool WebExternals { get; init; }

    /// <summary>webpack's <c>externalsPresets.webAsync</c>: as <see cref="WebExternals"/>, loaded with <c>import()</c>.</summary>
    public bool WebAsyncExternals { get; init; }

    /// <summary>webpack's <c>externalsPresets.deno</c>: node's built-ins (as <c>node:</c> requests) and <c>npm:</c>, <c>jsr:</c>, <c>http(s):</c> requests are externals.</summary>
    public bool DenoExternals { get; init; }

    /// <summary>webpack's <c>externalsPresets.bun</c>: node's built-ins (as <c>node:</c> requests) and Bun's own (<c>bun</c>, <c>bun:*</c>) are externals.</summary>
    public bool BunExternals { get; init; }

    /// <summary>
    /// The resolve conditions the target adds after <c>webpack</c> and the mode (webpack's
    /// getResolveDefaults: <c>deno</c>, <c>bun</c>, <c>worker</c>, <c>node</c>, <c>browser</c>,
    /// <c>electron</c>, <c>nwjs</c>, as the target says); null for those of <see cref="IsNode"/>.
    /// </summary>
    public IReadOnlyList<string>? ResolveConditions { get; init; }

    /// <summary>Whether package.json's <c>browser</c> field is read (a web target that is not node, or Electron's renderer); null for <c>!IsNode</c>.</summary>
    public bool? BrowserField { get; init; }
}

/// <summary><c>resolve</c>: passed through to the resolver.</summary>
public sealed class ResolveOptions
{
    /// <summary><c>resolve.extensions</c>: webpack's, then TypeScript's and JSX's (which build with no loader).</summary>
    public IReadOnlyList<string> Extensions { get; init; } = [".js", ".json", ".wasm", ".ts", ".tsx", ".mts", ".cts", ".jsx"];

    /// <summary><c>resolve.mainFields</c>; null for the target's default.</summary>
    public IReadOnlyList<string>? MainFields { get; init; }

    /// <summary><c>resolve.conditionNames</c>; null for the defaults by dependency kind.</summary>
    public IReadOnlyList<string>? ConditionNames { get; init; }

    /// <summary><c>resolve.alias</c>: key → targets (an empty list means <c>false</c>, ignore).</summary>
    public IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Alias { get; init; } = [];

    /// <summary><c>resolve.fallback</c>: like <see cref="Alias"/>, tried when a request does not resolve otherwise (e.g. node built-ins for the web).</summary>
    public IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Fallback { get; init; } = [];

    /// <summary><c>resolve.modules</c>.</summary>
    public IReadOnlyList<string> Modules { get; init; } = ["node_modules"];

    /// <summary><c>resolve.mainFiles</c>.</summary>
    public IReadOnlyList<string> MainFiles { get; init; } = ["index"];

    /// <summary><c>resolve.symlinks</c>.</summary>
    public bool Symlinks { get; init; } = true;

    /// <summary><c>resolve.extensionAlias</c>: an extension → the extensions tried instead (e.g. <c>.js</c> → <c>.ts</c>, <c>.js</c>).</summary>
    public IReadOnlyDictionary<string, string[]>? ExtensionAlias { get; init; }

    /// <summary><c>resolve.exportsFields</c>; null for the default.</summary>
    public IReadOnlyList<string>? ExportsFields { get; init; }

    /// <summary><c>resolve.importsFields</c>; null for the default.</summary>
    public IReadOnlyList<string>? ImportsFields { get; init; }

    /// <summary><c>resolve.aliasFields</c>; null for the target's default.</summary>
    public IReadOnlyList<string>? AliasFields { get; init; }

    /// <summary><c>resolve.descriptionFiles</c>; null for <c>package.json</c>.</summary>
    public IReadOnlyList<string>? DescriptionFiles { get; init; }

    /// <summary><c>resolve.fullySpecified</c>, or null for the default by dependency kind.</summary>
    public bool? FullySpecified { get; init; }

    /// <summary><c>resolve.enforceExtension</c>, or null.</summary>
    public bool? EnforceExtension { get; init; }

    /// <summary><c>resolve.preferRelative</c>, or null.</summary>
    public bool? PreferRelative { get; init; }

    /// <summary><c>resolve.preferAbsolute</c>, or null.</summary>
    public bool? PreferAbsolute { get; init; }

    /// <summary><c>resolve.roots</c>, or null.</summary>
    public IReadOnlyList<string>? Roots { get; init; }

    /// <summary><c>resolve.restrictions</c> given as paths, or null.</summary>
    public IReadOnlyList<string>? Restrictions { get; init; }

    /// <summary><c>resolve.restrictions</c> given as RegExps (translated to .NET), or null.</summary>
    public IReadOnlyList<System.Text.RegularExpressions.Regex>? RestrictionPatterns { get; init; }

    /// <summary><c>resolve.tsconfig</c>: the tsconfig.json whose <c>paths</c> apply, or null.</summary>
    public string? TsConfig { get; init; }

    /// <summary><c>resolve.byDependency</c>: options by dependency category (<c>esm</c>, <c>commonjs</c>, <c>url</c>, <c>worker</c>…) over these; null when not set.</summary>
    public IReadOnlyDictionary<string, ResolveOptions>? ByDependency { get; init; }

    /// <summary>The keys the configuration gave (the rest are defaults): what a partial set of options (a rule's, a byDependency entry's) sets.</summary>
    public IReadOnlySet<string>? GivenKeys { get; init; }
}

/// <summary><c>optimization</c>.</summary>
public sealed class OptimizationOptions
{
    /// <summary><c>optimization.moduleIds</c>: <c>natural</c>, <c>named</c>, <c>hashed</c>, <c>deterministic</c> or <c>size</c>; null for <c>false</c> (a plugin assigns them).</summary>
    public string? ModuleIds { get; init; } = "deterministic";

    /// <summary><c>optimization.chunkIds</c>: <c>natural</c>, <c>named</c>, <c>deterministic</c>, <c>size</c> or <c>total-size</c>; null for <c>false</c> (a plugin assigns them).</summary>
    public string? ChunkIds { get; init; } = "deterministic";

    /// <summary><c>optimization.nodeEnv</c>: the value of <c>process.env.NODE_ENV</c>, or null for false.</summary>
    public string? NodeEnv { get; init; } = "production";

    /// <summary><c>optimization.minimize</c>.</summary>
    public bool Minimize { get; init; } = true;

    /// <summary>
    /// <c>optimization.minimizer</c> holds webpack's default minimizer (<c>"..."</c>, or the option is
    /// not set): with <see cref="Minimize"/>, Sharpack's TerserPlugin minifies the JavaScript assets.
    /// </summary>
    public bool DefaultMinimizer { get; init; } = true;

    /// <summary><c>optimization.minimize.javascript</c> is not false: the default minimizer minifies JavaScript.</summary>
    public bool MinimizeJavaScript { get; init; } = true;

    /// <summary><c>optimization.minimize.css</c> is not false: with CSS built in, the default minimizer minifies the CSS assets.</summary>
    public bool MinimizeCss { get; init; } = true;

    /// <summary><c>optimization.minimize.javascript</c> as an object: terser's options for the default minimizer (webpack's default <c>{ compress: { passes: 2 } }</c> when null).</summary>
    public System.Text.Json.Nodes.JsonNode? JavaScriptMinimizerOptions { get; init; }

    /// <summary>
    /// <c>optimization.avoidEntryIife</c> (production default): an inlined entry beside other modules
    /// or entries goes without an IIFE of its own when none of its top-level names clash with theirs.
    /// </summary>
    public bool AvoidEntryIife { get; init; } = true;

    /// <summary><c>optimization.innerGraph</c>: record which top-level declarations each statement uses (production default), the input of tree shaking's inner graph.</summary>
    public bool InnerGraph { get; init; } = true;

    /// <summary><c>optimization.inlineExports</c>: exports bound to small primitive constants are read as the literal at their uses (production default; webpack's ConstExportsPlugin).</summary>
    public bool InlineExports { get; init; } = true;

    /// <summary><c>optimization.providedExports</c>: analyse which exports each module provides (on by default).</summary>
    public bool ProvidedExports { get; init; } = true;

    /// <summary>optimization.removeAvailableModules: modules the parent groups always load are removed from chunks (default false).</summary>
    public bool RemoveAvailableModules { get; init; }

    /// <summary>optimization.removeEmptyChunks: chunks left without modules are removed (default true).</summary>
    public bool RemoveEmptyChunks { get; init; } = true;

    /// <summary>
    /// optimization.emitOnErrors: a build with errors still writes its output (into output.path), its
    /// failed modules throwing where they run (webpack's default outside production).
    /// </summary>
    public bool EmitOnErrors { get; init; }

    /// <summary>optimization.mergeDuplicateChunks: chunks with the same modules become one (default true).</summary>
    public bool MergeDuplicateChunks { get; init; } = true;

    /// <summary>optimization.flagIncludedChunks: a chunk's ids list the chunks whose modules it holds too (production default).</summary>
    public bool FlagIncludedChunks { get; init; } = true;

    /// <summary><c>optimization.sideEffects</c>: skip modules without side effects whose exports are unused (production: <see cref="SideEffectsMode.Analyse"/>, development: <see cref="SideEffectsMode.Flag"/>).</summary>
    public SideEffectsMode SideEffects { get; init; } = SideEffectsMode.Analyse;

    /// <summary><c>optimization.mangleExports</c>: <c>deterministic</c> (also for <c>true</c>; the production default) or <c>size</c>; null for false.</summary>
    public string? MangleExports { get; init; } = "deterministic";

    /// <summary>
    /// <c>optimization.realContentHash</c> (production default): a name that carries a content hash is
    /// settled from the asset's final content, after every change processAssets makes to it.
    /// </summary>
    public bool RealContentHash { get; init; } = true;

    /// <summary><c>optimization.concatenateModules</c>: merge ES modules into the scope of the module importing them (production default).</summary>
    public bool ConcatenateModules { get; init; } = true;

    /// <summary>
    /// <c>optimization.concatenateModules.commonjs</c>: strict CommonJS modules join concatenations too,
    /// each behind a lazy wrapper with its own <c>module</c> and <c>exports</c> (webpack 5.113: on with
    /// <c>concatenateModules: true</c> and the production default; <c>{ commonjs: false }</c> opts out).
    /// </summary>
    public bool ConcatenateCommonJsModules { get; init; } = true;

    /// <summary><c>optimization.usedExports</c>: analyse which exports are used, per runtime or globally (production default: per runtime).</summary>
    public UsedExportsMode UsedExports { get; init; } = UsedExportsMode.PerRuntime;

    /// <summary><c>optimization.runtimeChunk</c>: the runtime chunk's name for an entrypoint's name, or null to keep the runtime in the entry chunk.</summary>
    public Func<string, string?>? RuntimeChunk { get; init; }

    /// <summary><c>optimization.splitChunks</c> with the mode's defaults, or null when it is false (no SplitChunksPlugin).</summary>
    public SplitChunksOptions? SplitChunks { get; init; }
}

/// <summary><c>node</c>: how <c>__filename</c> and <c>__dirname</c> are treated.</summary>
public sealed class NodeOptions
{
    /// <summary><c>node.__filename</c>: "mock", "warn-mock", "true" (relative to the context), "node-module", "eval-only", or null (false).</summary>
    public string? Filename { get; init; } = "mock";

    /// <summary><c>node.__dirname</c>: as <see cref="Filename"/>.</summary>
    public string? Dirname { get; init; } = "mock";

    /// <summary><c>node.global</c>: <c>global</c> becomes the global object (<c>__webpack_require__.g</c>); off by default for targets that have <c>global</c>.</summary>
    public bool Global { get; init; } = true;
}

/// <summary>
/// <c>output.clean</c> (webpack's CleanPlugin): after a successful emit, remove what
/// <c>output.path</c> holds beside this build's assets, except what <see cref="IsKept"/> keeps.
/// </summary>
public sealed class CleanOptions
{
    /// <summary><c>clean.dry</c>: only log what would be removed.</summary>
    public bool Dry { get; init; }

    /// <summary><c>clean.keep</c> as a string: paths starting with it are kept.</summary>
    public string? KeepPrefix { get; init; }

    /// <summary><c>clean.keep</c> as a RegExp (translated to .NET): paths it matches are kept.</summary>
    public System.Text.RegularExpressions.Regex? KeepPattern { get; init; }

    /// <summary>
    /// <c>clean.keep</c> as a function: the configuration loader called it on every path under
    /// <c>output.path</c> before the build; these are the paths it answered true for.
    /// </summary>
    public IReadOnlySet<string>? KeptPaths { get; init; }

    /// <summary>
    /// Whether <paramref name="path"/> (relative to <c>output.path</c>, with <c>/</c>) is kept, as
    /// webpack's keep option answers: a string is a prefix, a RegExp is tested, a function is asked.
    /// </summary>
    public bool IsKept(string path) =>
        (KeepPrefix is not null && path.StartsWith(KeepPrefix, StringComparison.Ordinal))
        || (KeepPattern is not null && KeepPattern.IsMatch(path))
        || (KeptPaths is not null && KeptPaths.Contains(path));
}

/// <summary>
/// A plugin named in a configuration: a class implementing <see cref="IPlugin"/> in a .NET assembly
/// (<c>{ "assembly": "./plugins/My.dll", "type": "My.Plugin", "options": { … } }</c>), or a built-in
/// plugin by webpack's name (<c>{ "__plugin": "DefinePlugin", "options": … }</c> from a JavaScript config).
/// </summary>
public sealed record PluginDescription(string Path, string? Assembly, string Type, System.Text.Json.Nodes.JsonNode? Options)
{
    /// <summary>The <see cref="Type"/> of a JavaScript plugin (its <see cref="Options"/>: <c>{ index, name }</c> in the configuration's node process).</summary>
    public const string JavaScriptType = "<javascript>";

    /// <summary>Resolves function handles in <see cref="Options"/> (a plugin constructor taking it gets it); null when the configuration holds no functions.</summary>
    public IJsFunctionHost? Functions { get; init; }
}

/// <summary><c>experiments</c>: the experiments Sharpack implements.</summary>
public sealed record ExperimentsOptions
{
    /// <summary><c>outputModule</c>: ES module output is allowed (and the default of <c>output.module</c>).</summary>
    public bool OutputModule { get; init; }

    /// <summary>
    /// <c>deferImport</c>: <c>import defer * as ns from "x"</c>, <c>import.defer("x")</c> and the
    /// <c>webpackDefer</c> magic comment evaluate a module on first use of its namespace.
    /// </summary>
    public bool DeferImport { get; init; }

    /// <summary><c>experiments.sourceImport</c>: source phase imports (<c>import source x from "y"</c>) are parsed; an external's source is its value.</summary>
    public bool SourceImport { get; init; }

    /// <summary>
    /// <c>experiments.asyncWebAssembly</c>: <c>.wasm</c> files are <c>webassembly/async</c> modules. Null is
    /// webpack's <c>"auto"</c> default: on unless a rule of the configuration handles <c>.wasm</c> files.
    /// </summary>
    public bool? AsyncWebAssembly { get; init; }

    /// <summary>
    /// <c>experiments.css</c>: CSS files are <c>css/auto</c> modules (CSS modules for <c>*.module.css</c>) built in.
    /// Null is webpack's <c>"auto"</c> default: on unless a rule of the configuration handles <c>.css</c> files
    /// (a loader such as css-loader, or a type); see <see cref="SharpackOptions.CssBuiltIn"/>.
    /// </summary>
    public bool? Css { get; init; }

    /// <summary>
    /// <c>experiments.html</c>: <c>.html</c> files (and <c>data:text/html</c>) are <c>html</c> modules. Null is
    /// webpack's <c>"auto"</c> default: on unless a rule of the configuration handles <c>.html</c> files (as
    /// html-loader's does); see <see cref="SharpackOptions.HtmlBuiltIn"/>. True (given, or by futureDefaults)
    /// also resolves an extensionless request to <c>.html</c> before <c>.js</c>.
    /// </summary>
    public bool? Html { get; init; }

    /// <summary><c>experiments.futureDefaults</c>: webpack 6's defaults where Sharpack follows them (asset modules are side-effect free, async WebAssembly is on).</summary>
    public bool FutureDefaults { get; init; }
}

/// <summary>webpack's <c>output.trustedTypes</c>, normalized.</summary>
/// <param name="PolicyName">The name of the Trusted Types policy the runtime creates.</param>
/// <param name="ContinueOnFailure"><c>onPolicyCreationFailure: "continue"</c>: a failed policy creation warns and the runtime goes on without it (default <c>"stop"</c>: it throws).</param>
public sealed record TrustedTypesOptions(string PolicyName, bool ContinueOnFailure);
