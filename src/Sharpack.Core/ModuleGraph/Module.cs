// The base of every module in the graph. A module is created by a module type's factory
// (JavaScript, JSON...), built once (read, parse, collect dependencies) on a worker thread,
// then added to the graph by the owner thread.

using Sharpack.Core.CodeGeneration;

namespace Sharpack.Core.ModuleGraph;

/// <summary>A module: one resource with its loaders and query.</summary>
public abstract class Module(string identifier, string resource)
{
    /// <summary>Index of the module in <see cref="ModuleGraph.Modules"/> (its handle).</summary>
    public int Key { get; internal set; } = -1;

    private static int s_nextHashCode;

    // PERF: modules key many dictionaries and sets; the runtime's identity hash took 39% of
    // FlagDependencyExportsPlugin on three.js x10. Equality stays reference equality.
    private readonly int _hashCode = Interlocked.Increment(ref s_nextHashCode);

    /// <inheritdoc />
    public sealed override int GetHashCode() => _hashCode;

    /// <inheritdoc />
    public sealed override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <summary>Unique identity: the resource path with its query (and later its loaders).</summary>
    public string Identifier { get; } = identifier;

    /// <summary>The absolute path of the file, with query and fragment.</summary>
    public string Resource { get; } = resource;

    /// <summary>Appended to the readable path (a context module's mode and pattern).</summary>
    public virtual string NameSuffix => "";

    /// <summary>How the readable name starts: the resource relative to <paramref name="context"/> (a context module over several folders names them all).</summary>
    public virtual string ReadableResource(string context) => RequestShortener.ShortenPath(context, Resource);

    /// <summary>The file <see cref="Resource"/> names: the resource without its query and fragment.</summary>
    public string ResourcePath => ResourcePathOf(Resource);

    /// <summary>The file a resource (<c>path?query#fragment</c>) names.</summary>
    public static string ResourcePathOf(string resource)
    {
        ParseResource(resource, out var path, out _, out _);
        return path;
    }

    /// <summary>
    /// Splits a resource as webpack's parseResource does: the path up to the first <c>?</c> or
    /// <c>#</c>, the query from <c>?</c> up to <c>#</c>, the fragment from <c>#</c> (each "" when
    /// absent). In the path and query <c>\0</c> escapes the next character (a <c>#</c> that is part
    /// of a file name), and the escapes are removed.
    /// </summary>
    public static void ParseResource(string resource, out string path, out string query, out string fragment)
    {
        ArgumentNullException.ThrowIfNull(resource);
        // A data: URI is one resource: its body may hold "?" and "#" (webpack's DataUriPlugin).
        if (resource.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            path = resource;
            query = fragment = "";
            return;
        }
        // PERF: almost every resource is a plain path: no copy.
        if (resource.AsSpan().IndexOfAny('?', '#', '\0') < 0)
        {
            path = resource;
            query = fragment = "";
            return;
        }
        var builder = new System.Text.StringBuilder(resource.Length);
        path = query = "";
        var inQuery = false;
        var i = 0;
        for (; i < resource.Length; i++)
        {
            var c = resource[i];
            if (c == '\0' && i + 1 < resource.Length)
            {
                builder.Append(resource[++i]);
                continue;
            }
            if (c == '#')
                break;
            if (c == '?' && !inQuery)
            {
                path = builder.ToString();
                builder.Clear();
                inQuery = true;
            }
            builder.Append(c);
        }
        if (inQuery)
            query = builder.ToString();
        else
            path = builder.ToString();
        fragment = i < resource.Length ? resource[i..] : "";
    }

    /// <summary>The directory its relative requests resolve from (for a data: URI, where it was requested from).</summary>
    public virtual string Directory => SchemeContext ?? Path.GetDirectoryName(ResourcePath) ?? "/";

    /// <summary>For a module of a URI scheme (data:), the directory of the request that made it (webpack's inherited resolve context).</summary>
    public string? SchemeContext { get; internal set; }

    /// <summary>The path relative to the context, <c>./src/a.js</c> style, as webpack names modules (its libIdent, which named ids come from).</summary>
    public string ReadableName { get; protected internal set; } = "";

    /// <summary>
    /// webpack's readableIdentifier, for module headers and source-map names: <see cref="ReadableName"/>
    /// but where a module tells them apart (a context module's <c>./foo/ sync ^\.\/.*$</c>).
    /// </summary>
    public string ReadableIdentifier
    {
        get => _readableIdentifier ?? ReadableName;
        protected internal set => _readableIdentifier = value;
    }

    private string? _readableIdentifier;

    /// <summary>
    /// The name the module's original source carries in source maps before devtool plugins name it
    /// (<c>webpack://</c> and this): <see cref="ReadableIdentifier"/>, unless modules that share it
    /// must be told apart (a stylesheet @imported under two cascade layers).
    /// </summary>
    public virtual string SourceMapName => ReadableIdentifier;

    /// <summary>webpack's readableIdentifier relative to <paramref name="context"/> where it is not <see cref="ReadableName"/>, else null.</summary>
    public virtual string? ReadableIdentifierIn(string context) => null;

    /// <summary>
    /// webpack's useSourceMap: the module's code maps back to its original, through the map a
    /// loader gave (a devtool with <c>module</c> maps sets it when the module is built).
    /// </summary>
    public bool UseSourceMap { get; set; }

    /// <summary>webpack's useSimpleSourceMap: the module's code maps to itself as the loaders left it (the cheap devtools without <c>module</c>).</summary>
    public bool UseSimpleSourceMap { get; set; }

    /// <summary>The id written into the output (set by the module ids pass).</summary>
    public string Id { get; internal set; } = "";

    /// <summary>
    /// The options a JavaScript module is parsed with (<c>module.parser</c> and the matching
    /// rules' <c>parser</c>, resolved); null for other module types.
    /// </summary>
    public Options.JavascriptParserOptions? ParserOptions { get; internal set; }

    /// <summary>
    /// The generator options of the module's type: <c>module.generator[type]</c> with the matched
    /// rules' <c>generator</c> objects over it (later keys win); null when none is set.
    /// </summary>
    public System.Text.Json.Nodes.JsonObject? GeneratorOptions { get; internal set; }

    /// <summary>
    /// The parser options of a module whose type Sharpack reads as JSON (assets'
    /// <c>dataUrlCondition</c>, JSON's <c>exportsDepth</c>): <c>module.parser</c>'s for the type and its prefixes with the
    /// matched rules' <c>parser</c> merged over them; null when none were given.
    /// </summary>
    public System.Text.Json.Nodes.JsonObject? RawParserOptions { get; internal set; }

    /// <summary>The resolve options of the rules that matched the module (its own requests resolve with them), or null.</summary>
    internal Make.RuleResolve? RuleResolve { get; set; }

    /// <summary>The module whose dependency first created this one (webpack's issuer); null for an entry module.</summary>
    public Module? Issuer { get; internal set; }

    /// <summary>The dependency of <see cref="Issuer"/> that first created this module (for module traces).</summary>
    public Dependency? IssuerDependency { get; internal set; }

    /// <summary>The dependencies found while building, in source order.</summary>
    public List<Dependency> Dependencies { get; } = [];

    /// <summary>Blocks loaded on demand (<c>import()</c>, <c>require.ensure</c>), outermost only; their dependencies are also in <see cref="Dependencies"/>.</summary>
    public List<AsyncDependenciesBlock> Blocks { get; } = [];

    /// <summary>
    /// How the module's exports look to an importer (webpack's getExportsType); a strict importer
    /// (javascript/esm: .mjs, or "type": "module") sees no CommonJS interop magic.
    /// </summary>
    public virtual ExportsType GetExportsType(bool strict) => strict ? ExportsType.DefaultWithNamed : ExportsType.Dynamic;

    /// <summary>
    /// How the module declares its exports once built (webpack's buildMeta.exportsType): ES modules
    /// list them (<see cref="BuildExportsType.Namespace"/>), JSON has a default object; a module with
    /// <see cref="BuildExportsType.None"/> is not analysed and may export anything.
    /// </summary>
    public virtual BuildExportsType BuildExportsType => BuildExportsType.None;

    /// <summary>True for strict ES modules (javascript/esm), whose imports of non-ES modules are strict.</summary>
    public virtual bool IsStrictEsm => false;

    /// <summary>How many chunks hold the module (0: only weak dependencies reach it); set by the chunk graph pass.</summary>
    public int ChunkCount { get; internal set; }

    /// <summary>True when the module (or one it imports) uses top-level await; set by the async modules pass.</summary>
    public bool IsAsync { get; internal set; }

    /// <summary>
    /// Whether the module is part of a cycle of synchronous imports, itself included (webpack's
    /// buildInfo.isCircular, set in production by the CircularModulesPlugin); null when not known.
    /// A module known not to be may define its constant exports as values.
    /// </summary>
    public bool? IsCircular { get; set; }

    /// <summary>True when the module's own code has a top-level await.</summary>
    public virtual bool HasTopLevelAwait => false;

    /// <summary>
    /// The names the module's source declares at its top level, imported bindings included
    /// (webpack's buildInfo.topLevelDeclarations, as plugins read it); null when not known.
    /// </summary>
    public virtual IReadOnlyCollection<string>? TopLevelDeclarations => null;

    /// <summary>
    /// The name deterministic module ids hash (webpack's getFullModuleName, the identifier made
    /// relative to <paramref name="context"/>): for a module whose identifier is its resource (no
    /// type prefix, loaders or layer) that is its readable name already (PERF: no identifier to split).
    /// </summary>
    public virtual string DeterministicName(string context) =>
        Identifier == Resource ? ReadableName : RequestShortener.FullModuleName(Identifier, context);

    /// <summary>
    /// webpack's hasChunkCondition: the module may only be in some chunks (<see cref="ChunkCondition"/>);
    /// EnsureChunkConditionsPlugin moves it to the nearest chunks that may hold it.
    /// </summary>
    public virtual bool HasChunkCondition => false;

    /// <summary>webpack's chunkCondition: whether <paramref name="chunk"/> may hold this module.</summary>
    public virtual bool ChunkCondition(ChunkGraph.Chunk chunk) => true;

    /// <summary>Export names the module provides (ESM), or null when unknown (CommonJS).</summary>
    public IReadOnlyCollection<string>? ProvidedExports { get; protected set; }

    /// <summary>Size of the original source in UTF-8 bytes.</summary>
    public abstract long Size { get; }

    private static readonly string[] s_javascriptSourceTypes = ["javascript"];

    /// <summary>
    /// webpack's getSourceTypes: the kinds of output the module contributes to; every module type
    /// Sharpack has writes JavaScript only.
    /// </summary>
    public virtual IReadOnlyList<string> SourceTypes => s_javascriptSourceTypes;

    /// <summary>
    /// webpack's getSourceBasicTypes: the basic kinds <see cref="SourceTypes"/> stand for. A Module
    /// Federation module has source types of its own (<c>remote</c>, <c>consume-shared</c>) that the
    /// runtime installs as JavaScript, so its importers still require it.
    /// </summary>
    public virtual IReadOnlyList<string> SourceBasicTypes => SourceTypes;

    /// <summary>Whether <see cref="SourceBasicTypes"/> holds <paramref name="type"/>.</summary>
    public bool HasSourceBasicType(string type)
    {
        foreach (var own in SourceBasicTypes)
        {
            if (own == type)
                return true;
        }
        return false;
    }

    /// <summary>Whether <see cref="SourceTypes"/> holds <paramref name="type"/> (<c>javascript</c>: the module has code to run).</summary>
    public bool HasSourceType(string type)
    {
        foreach (var own in SourceTypes)
        {
            if (own == type)
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the module stays in its chunks when its JavaScript is concatenated into another
    /// module, for the output of its other source types (webpack keeps such a module in the chunk
    /// with the source types the concatenation did not take: a CSS module's stylesheet).
    /// </summary>
    public virtual bool StaysInChunksWhenConcatenated => false;

    /// <summary>
    /// Whether the module keeps an id when its JavaScript is concatenated into another module and it
    /// is left in no chunk (webpack's needIdInConcatenation, and CSS modules, whose class names may name it).
    /// </summary>
    public virtual bool NeedsIdWhenConcatenated => false;

    /// <summary>Set when the module's JavaScript became part of a concatenated module (it then writes none of its own).</summary>
    public bool JavaScriptConcatenated { get; set; }

    /// <summary>webpack's size(type): the module's size in one of its <see cref="SourceTypes"/>.</summary>
    public virtual double GetSize(string sourceType) => Size;

    /// <summary>
    /// webpack's nameForCondition: what conditions such as a cache group's <c>test</c> match
    /// (a normal module's resource without its query); null when the module has none.
    /// </summary>
    public virtual string? NameForCondition => null;

    /// <summary>
    /// webpack's module layer: the entry's <c>layer</c>, a rule's <c>layer</c>, or the importing
    /// module's; null for none. Modules of one request in two layers are two modules.
    /// </summary>
    public virtual string? Layer { get => _layer; internal set => _layer = value; }

    private string? _layer;

    /// <summary>webpack's libIdent: <see cref="ReadableName"/>, under <c>(layer)/</c> for a module of a layer (what named and deterministic ids come from).</summary>
    public virtual string LibIdent => Layer is { } layer ? "(" + layer + ")/" + ReadableName : ReadableName;

    /// <summary>webpack's module type (<c>javascript/auto</c>, <c>json</c>, <c>asset/resource</c>…); <c>javascript/dynamic</c> unless the module says otherwise.</summary>
    public virtual string ModuleType => "javascript/dynamic";

    /// <summary>
    /// webpack's addCacheDependencies: adds the files, folders and missing paths the module's build
    /// depended on (watch mode rebuilds when one changes), and the files its tools depend on.
    /// </summary>
    public virtual void AddCacheDependencies(ISet<string> files, ISet<string> contexts, ISet<string> missing, ISet<string> build)
    {
    }

    /// <summary>Reads and parses the resource and fills <see cref="Dependencies"/>; returns errors.</summary>
    public abstract IReadOnlyList<Stats.BuildDiagnostic> Build(BuildContext context);

    /// <summary>
    /// Called once when the module is created for <paramref name="dependency"/> (the first request that
    /// named it): a module type that takes data from the request (a CSS <c>@import</c>'s media) reads it here.
    /// </summary>
    public virtual void InitializeFrom(Dependency dependency)
    {
    }

    /// <summary>The module assigns <c>__webpack_public_path__</c> (webpack's APIPlugin records it): the public path is only known at run time.</summary>
    public virtual bool AssignsPublicPath => false;

    /// <summary>Set by make once the module's build is done (its result applied to the graph).</summary>
    internal bool BuildDone { get; set; }

    /// <summary>Set by make when the module's build reported an error.</summary>
    internal bool BuildFailed { get; set; }

    /// <summary>The nearest package.json of the module's file (webpack's resourceResolveData.descriptionFileData), or null.</summary>
    public Sharpack.Resolver.DescriptionFile? DescriptionFile { get; internal set; }

    /// <summary>The message of the first error building the module, or null where it built.</summary>
    public string? BuildError { get; internal set; }

    /// <summary>How many of the module's dependencies make is still resolving.</summary>
    internal int PendingFactorizations { get; set; }

    /// <summary>Line, column and a code frame for an offset in the module's source (for errors).</summary>
    public virtual (int Line, int Column, string? CodeFrame) Locate(int offset) => (0, 0, null);

    /// <summary>A diagnostic about this module's code from <paramref name="start"/> to <paramref name="end"/> (offsets), with its position and code frame.</summary>
    public Stats.BuildDiagnostic DiagnosticAt(int start, int end, string message, bool isWarning)
    {
        var (line, column, frame) = Locate(start);
        var (endLine, endColumn, _) = end > start ? Locate(end) : (0, 0, null);
        return new Stats.BuildDiagnostic(message, ReadableName, line, column, frame) { IsWarning = isWarning, EndLine = endLine, EndColumn = endColumn };
    }

    /// <summary>
    /// webpack's factoryMeta.sideEffectFree: true when package.json's <c>sideEffects</c> or a rule's
    /// <c>sideEffects</c> says the module has none, false when they say it has, null when nothing says.
    /// </summary>
    public bool? FactorySideEffectFree { get; set; }

    /// <summary>webpack's buildMeta.sideEffectFree: the module's own top-level code has no side effect (optimization.sideEffects: true).</summary>
    public virtual bool BuildSideEffectFree => false;

    // The answer, once known for a graph (written before the flag; read after it).
    private volatile bool _sideEffectsKnown;
    private ConnectionState _sideEffectsState;
    private ModuleGraph? _sideEffectsGraph;

    // The modules this thread is evaluating: asked again while evaluating, a module is in a cycle.
    [ThreadStatic] private static HashSet<Module>? t_evaluatingSideEffects;

    // How many times this thread's walks met a cycle: an answer reached through one is not kept
    // (it assumed the cycle's start has no side effects).
    [ThreadStatic] private static int t_cyclesMet;

    /// <summary>
    /// Follows webpack's NormalModule.getSideEffectsConnectionState: whether evaluating the module
    /// has side effects — Inactive when its flags or its source say it has none and neither have
    /// the modules it imports for their evaluation; Circular while a cycle is being evaluated.
    /// </summary>
    public ConnectionState GetSideEffectsConnectionState(ModuleGraph moduleGraph)
    {
        if (FactorySideEffectFree is { } flagged)
            return flagged ? ConnectionState.Inactive : ConnectionState.Active;
        if (!BuildSideEffectFree)
            return ConnectionState.Active;
        if (_sideEffectsKnown && _sideEffectsGraph == moduleGraph)
            return _sideEffectsState;
        var evaluating = t_evaluatingSideEffects ??= [];
        if (!evaluating.Add(this))
        {
            t_cyclesMet++;
            return ConnectionState.Circular;
        }
        var cyclesBefore = t_cyclesMet;
        var current = ConnectionState.Inactive;
        Dependency? withSideEffects = null;
        try
        {
            foreach (var dependency in Dependencies)
            {
                var state = dependency.GetModuleEvaluationSideEffectsState(moduleGraph);
                if (state == ConnectionState.Active)
                {
                    withSideEffects = dependency;
                    current = ConnectionState.Active;
                    break;
                }
                if (state != ConnectionState.Circular)
                    current = ModuleGraphConnection.Add(current, state);
            }
        }
        finally
        {
            evaluating.Remove(this);
        }
        // A result whose walk met a cycle anywhere below depends on where the walk started: not
        // kept (a side effect always is).
        if (current == ConnectionState.Active || t_cyclesMet == cyclesBefore)
        {
            _sideEffectsState = current;
            _sideEffectsGraph = moduleGraph;
            _sideEffectsKnown = true;
        }
        if (withSideEffects is not null)
        {
            var (line, column, _) = Locate(withSideEffects.Start);
            var bailouts = moduleGraph.GetOptimizationBailout(this);
            var text = $"Dependency ({withSideEffects.TypeName}) with side effects at {line}:{column}";
            lock (bailouts)
            {
                if (!bailouts.Contains(text)) bailouts.Add(text);
            }
        }
        return current;
    }

    /// <summary>Generates the module's code for the output.</summary>
    public abstract CodeGenerationResult Generate(CodeGenerationContext context);

    /// <summary>
    /// Generates the module's code for <paramref name="runtime"/> (null: every runtime), for
    /// modules whose code depends on what is used there (tree shaking); others generate once.
    /// </summary>
    public virtual CodeGenerationResult Generate(CodeGenerationContext context, Runtime.RuntimeSpec? runtime) => Generate(context);

    /// <summary>True when the code depends on the runtime it is generated for (used exports per runtime).</summary>
    public virtual bool GeneratesPerRuntime => false;

    /// <summary>
    /// Why the module cannot be merged into a concatenated module (webpack's
    /// getConcatenationBailoutReason, shown as "ModuleConcatenation bailout: …"), null when it can.
    /// </summary>
    /// <param name="concatenateCommonJs">Strict CommonJS modules may join, wrapped (<c>optimization.concatenateModules.commonjs</c>).</param>
    public virtual string? GetConcatenationBailoutReason(bool concatenateCommonJs) => "Module is not an ECMAScript module";

    /// <summary>
    /// Generates the module's code as a part of a concatenated module: dependency templates see
    /// <paramref name="scope"/>, and the code is not wrapped (no async module wrapper).
    /// </summary>
    public virtual CodeGenerationResult GenerateConcatenated(CodeGenerationContext context, Runtime.RuntimeSpec? runtime, ConcatenationScope scope) =>
        throw new NotSupportedException($"{ReadableName} cannot be generated inside a concatenated module.");

    /// <summary>The modules whose code this one's code is made of (a concatenated module's), or null for its own code alone.</summary>
    public virtual IReadOnlyCollection<Module>? MergedModules => null;

    /// <summary>For a module merged from others, the one whose place it took in the compilation (a concatenation's root); null otherwise.</summary>
    public virtual Module? MergedRoot => null;

    /// <summary>
    /// True once an optimization took the module out of the compilation (module concatenation
    /// replaced it): it gets no id and no code of its own, though its dependencies stay in the graph.
    /// </summary>
    public bool IsRemoved { get; internal set; }

    /// <summary>
    /// Whether the compiler may keep the built module for its next build, which then takes it while
    /// the paths of <see cref="AddCacheDependencies"/> are unchanged (webpack's buildInfo.cacheable
    /// with needBuild). False by default: a module type that keeps nothing else of a build says yes.
    /// </summary>
    public virtual bool Cacheable => false;

    /// <summary>
    /// What the module's code reads of its own state that a compilation sets (webpack's part of
    /// updateHash), as a number: a module type whose seal sets flags that shape its code (an asset
    /// read by JavaScript or not) returns them; 0 by default. The code generation cache compares it.
    /// </summary>
    public virtual int CodeGenerationStateHash() => 0;

    /// <summary>
    /// Forgets what the last compilation set on the module and its dependencies (graph handles,
    /// ids, chunk counts, what optimizations decided), keeping what its build made; called before
    /// a module kept by the compiler's module cache joins a new compilation. A module type whose
    /// seal writes state of its own overrides it and calls the base.
    /// </summary>
    public virtual void ResetCompilationState()
    {
        Key = -1;
        Id = "";
        Issuer = null;
        IssuerDependency = null;
        ChunkCount = 0;
        IsAsync = false;
        IsCircular = null;
        JavaScriptConcatenated = false;
        IsRemoved = false;
        ExportsOnDemand = false;
        PendingFactorizations = 0;
        _sideEffectsKnown = false;
        _sideEffectsGraph = null;
        foreach (var dependency in Dependencies)
            dependency.ResetCompilationState();
        foreach (var block in Blocks)
            ResetBlock(block);

        static void ResetBlock(AsyncDependenciesBlock block)
        {
            block.Group = null;
            foreach (var nested in block.Blocks)
                ResetBlock(nested);
        }
    }

    /// <summary>
    /// The entry of an ES module library (webpack's libraryEntryModules of ModuleLibraryPlugin): the library
    /// exports its bindings natively, so the definitions on its exports object are generated apart
    /// (<see cref="CodeGeneration.CodeGenerationResult.OnDemandExports"/>) and written only where the module is wrapped.
    /// </summary>
    public bool ExportsOnDemand { get; set; }
}
