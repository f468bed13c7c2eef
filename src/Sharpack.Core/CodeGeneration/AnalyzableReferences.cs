// Follows webpack 5.112's analyzable ES module output (RuntimeTemplate.supportsAnalyzable and the
// specifiers it builds): where output.module is on, a reference to another file is written so
// another bundler can follow it without running webpack's runtime — `import()` of a chunk as a
// literal `import("./chunk.mjs")` through `__webpack_require__.ei`, an asset as
// `new URL("./asset.txt", import.meta.url)`. A literal is read from the chunk holding it, so it
// starts with the path back to the output root (or the public path, where that reaches the same
// place from anywhere). A name code generation cannot settle (a hashed chunk file, assets at
// different depths, a public path reading the compilation hash) becomes a stand-in the deferred
// pass fills in (AnalyzableStandIns), but only where no emitted javascript is named by its own
// content, or realContentHash repairs such names. Why a reference kept the runtime form is
// recorded on its module as an optimization bailout.

using Sharpack.Core.ChunkGraph;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Runtime;
using Sharpack.Core.Seal;

namespace Sharpack.Core.CodeGeneration;

/// <summary>Which analyzable reference is being written (webpack's AnalyzableForm).</summary>
public enum AnalyzableForm
{
    /// <summary>A literal <c>import("./chunk.mjs")</c> in place of <c>ensureChunk(id)</c>.</summary>
    Import,

    /// <summary>A literal <c>new URL(file, import.meta.url)</c>.</summary>
    Url,

    /// <summary>Whether such a reference names the file at the call site (a <c>.p + file</c> fallback counts).</summary>
    UrlInline,
}

/// <summary>Analyzable references of ES module output, for one compilation (webpack's RuntimeTemplate analyzable methods).</summary>
public sealed class AnalyzableReferences
{
    /// <summary>Why a name only the deferred pass could settle was not deferred.</summary>
    public const string DeferBailout = "a hashed name needs optimization.realContentHash, or no emitted javascript named by its content";

    private const string ServedBailout =
        "this module is in a chunk webpack loads through output.publicPath and in one it does not, so no one path back to the output root fits both";

    // Two stand-ins for every hash a function might read: a name built from one is hash-dependent exactly when the two calls disagree.
    private const string HashProbe = "0123456789abcdef0123";
    private const string HashProbeAlternate = "3210fedcba9876543210";

    private readonly Compilation _compilation;
    private readonly OutputOptions _output;
    private readonly Lock _gate = new();
    private readonly Dictionary<Chunk, Placement> _placementByChunk = [];
    private readonly Dictionary<Chunk, bool> _namedWithoutContent = [];
    private readonly Dictionary<Chunk, (bool Resolved, string? Template)> _templateByChunk = [];
    private Dictionary<Module, Module>? _absorbedBy;
    private HashSet<string>? _overriddenRuntimes;
    private bool? _publicPathAssigned;
    private bool? _compilationNamedWithoutContent;
    private (bool Known, string? Shape)? _publicPathShape;
    private (bool Known, string? Climb)? _publicPathClimb;

    /// <summary>The analyzable references of <paramref name="compilation"/>.</summary>
    public AnalyzableReferences(Compilation compilation)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        _compilation = compilation;
        _output = compilation.Options.Output;
    }

    /// <summary>Where a literal in a chunk is read from: the path back to the output root, and whether the chunk loader fetched the chunk through the public path (null: the chunks disagree).</summary>
    private readonly record struct Placement(string? Undo, bool? Loaded);

    /// <summary>
    /// webpack's supportsAnalyzable: whether a reference of <paramref name="form"/> written into
    /// <paramref name="module"/> may be the literal form (recording why not on the module).
    /// </summary>
    public bool Supports(AnalyzableForm form, Module? module)
    {
        if (!_output.Module)
            return false;
        var placed = module is null ? null : ChunkGraphModule(module);
        // A reassigned __webpack_public_path__ cannot reach a baked literal; it belongs to a runtime,
        // so only the runtimes it reaches keep the runtime form. url-inline falls back to `.p + file`,
        // which reads the reassigned value where it is used.
        if (form != AnalyzableForm.UrlInline && RuntimeUsesPublicPathOverride(placed))
        {
            Bailout(module, "__webpack_public_path__ is reassigned in a runtime this module belongs to");
            return false;
        }
        if (form == AnalyzableForm.Import)
        {
            if (_output.ChunkFormat != "module")
            {
                Bailout(module, $"output.chunkFormat is {Json(_output.ChunkFormat)}, so chunks are not read through a native import()");
                return false;
            }
            if (_output.ImportFunctionName != "import")
            {
                Bailout(module, $"output.importFunctionName is {Json(_output.ImportFunctionName)}, so the call site is not a native import()");
                return false;
            }
            if (placed is not null)
            {
                foreach (var chunk in _compilation.ChunkGraph.GetModuleChunks(placed))
                {
                    if (chunk.GetEntryOptions() is not { Worker: true } entry)
                        continue;
                    var loading = entry.ChunkLoading ?? _output.ChunkLoading;
                    if (loading != "import")
                    {
                        Bailout(module, $"this worker loads its chunks with {Json(loading)}, not \"import\"");
                        return false;
                    }
                }
            }
            return true;
        }
        if (form == AnalyzableForm.UrlInline)
            return true;
        if (!_output.Environment.Module)
        {
            Bailout(module, "output.environment.module is false, so the target does not read the import.meta this form needs");
            return false;
        }
        foreach (var setting in _compilation.Options.Devtools)
        {
            if (setting.Type is "all" or "javascript" && setting.Use.Contains("eval", StringComparison.Ordinal))
            {
                Bailout(module, $"devtool {Json(setting.Use)} wraps the module in eval(), where import.meta does not parse");
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// webpack's analyzableChunkImport: <c>__webpack_require__.ei(id, () =&gt; import(comment "./chunk.mjs"))</c>
    /// for <paramref name="chunk"/>, loaded from <paramref name="originModule"/>, or null for the runtime
    /// <c>ensureChunk(id)</c>. <paramref name="comment"/> (with its trailing space, or empty) goes inside the import().
    /// </summary>
    public string? ChunkImport(Chunk chunk, string comment, Module? originModule, ref RuntimeGlobals requirements)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        if (originModule is null || !Supports(AnalyzableForm.Import, originModule))
            return null;
        // Prefetch/preload children are injected by the `.f` handlers, which `.ei` runs too, so the map has to exist.
        var needsHandlers = HasHintedChildren(chunk);
        if (!ChunkHasJavaScript(chunk))
        {
            Bailout(originModule, "this compilation emits no javascript for the chunk, so there is nothing to import");
            return null;
        }
        foreach (var module in chunk.Modules)
        {
            foreach (var type in module.SourceTypes)
            {
                // Loaded by that type's own `.f` handler, which `.ei` still dispatches.
                if (type is not ("javascript" or "runtime" or "asset" or "asset-url" or "html"))
                    needsHandlers = true;
            }
        }
        var specifier = ChunkSpecifier(null, chunk, originModule, null, out _);
        if (specifier is null)
            return null;
        // import() needs a resolvable specifier: a bare one is a package name.
        if (!AnalyzableStandIns.IsResolvable(specifier.AsSpan(1)))
            specifier = "\"./" + specifier[1..];
        requirements |= RuntimeGlobals.AnalyzableChunkImport;
        if (needsHandlers)
            requirements |= RuntimeGlobals.EnsureChunkHandlers;
        return "__webpack_require__.ei(" + CodeGenerationContext.IdLiteral(chunk.Id) + ", () => import(" + comment + specifier + "))";
    }

    /// <summary>
    /// webpack's _getAnalyzableChunkSpecifier: the quoted literal naming <paramref name="chunk"/>'s javascript
    /// from where the reference is written (the chunks of <paramref name="consumingModule"/>, or
    /// <paramref name="consumingChunks"/>), a stand-in where only the deferred pass can spell it, or null.
    /// With <paramref name="runtimeFallback"/> set by the caller to a <c>new URL(…)</c> it wraps the answer in,
    /// an expression <c>__webpack_require__.p + "file"</c> may come back (<paramref name="usesPublicPath"/> set).
    /// </summary>
    public string? ChunkSpecifier(string? overridePublicPath, Chunk chunk, Module? consumingModule, IReadOnlyList<Chunk>? consumingChunks, out bool usesPublicPath,
        bool runtimeFallback = false)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        usesPublicPath = false;
        if (!ResolveChunkTemplate(chunk, out var template))
            return null;
        // A hashed name is settled long after this code is generated, so a stand-in is filled in once it exists.
        var deferred = template is null || HasHash(template);
        IReadOnlyList<Chunk> chunks = consumingChunks ?? ModuleChunks(consumingModule!);
        // Baking makes the consuming chunk's content depend on this one's hash: a pair that reaches
        // back has no fixed point if both bake, so only the lower id's name does.
        var cycles = deferred && ReachesAny(chunk, chunks) && !NamesBeforeAll(chunk, chunks);
        var canReserve = chunk.Id.Length > 0 && !cycles && CanDeferName(chunks);
        string? CannotReserve()
        {
            Bailout(consumingModule, cycles ? "this chunk and the one it references name each other, so neither hash could settle" : DeferBailout);
            return null;
        }
        if (deferred && !canReserve)
            return CannotReserve();
        var filename = deferred ? "" : FilenameTemplate.Render(template!, chunk, [], "", _output);
        string? Specifier(List<SpecifierPart> prefix)
        {
            if (!deferred && LiteralText(prefix) is { } text)
                return CodeGenerationContext.JsonString(text + filename);
            if (!canReserve)
                return CannotReserve();
            prefix.Add(new SpecifierPart(AnalyzableStandIns.Chunk, chunk.Id));
            return CodeGenerationContext.JsonString(AnalyzableStandIns.Reserve(prefix));
        }
        if (!string.IsNullOrEmpty(overridePublicPath))
        {
            var resolved = ResolvePublicPathPrefix(overridePublicPath, null, consumingModule, chunks);
            return resolved is null ? null : Specifier(resolved);
        }
        if (_output.PublicPath == "auto" && _output.PublicPathFunction is null)
        {
            var undo = PlacementOf(chunks).Undo;
            if (undo is not null)
                return Specifier([new SpecifierPart(AnalyzableStandIns.Literal, undo)]);
            // Different depths: no one `../` path is right for every asset the reference lands in, so the deferred pass builds each asset's own.
            if (Specifier([new SpecifierPart(AnalyzableStandIns.Undo, "")]) is { } perAsset)
                return perAsset;
            if (deferred || !runtimeFallback)
                return null;
            usesPublicPath = true;
            return "__webpack_require__.p + " + CodeGenerationContext.JsonString(filename);
        }
        var pathPrefix = PathPrefix(consumingModule, chunks, null);
        return pathPrefix is null ? null : Specifier(pathPrefix);
    }

    /// <summary>
    /// webpack's getAnalyzableAssetUrl: the quoted literal for <c>new URL(here, import.meta.url)</c> naming the
    /// asset file <paramref name="filename"/> (relative to the output root) from <paramref name="module"/>, or null.
    /// </summary>
    public string? AssetUrl(Module module, string filename, RuntimeSpec? runtime)
    {
        ArgumentNullException.ThrowIfNull(module);
        var agreed = true;
        var baseUri = UrlReadsBaseUri ? EntryBaseUri(runtime, out agreed) : null;
        if (!agreed)
        {
            Bailout(module, "the entries this module is generated for set different baseUri values, so no one url resolves for all of them");
            return null;
        }
        if (baseUri is not null)
        {
            // A relative one is no base of its own: the runtime reads it against the chunk.
            if (IsChunkRelativeBaseUri(baseUri))
                return FileSpecifier(module, [new SpecifierPart(AnalyzableStandIns.Literal, filename)], bakePublicPath: true, baseUri);
            if (!UrlSchemes.Has(baseUri))
            {
                Bailout(module, "the entry baseUri is protocol-relative, so its scheme is only known where the chunk is loaded");
                return null;
            }
            var chunks = ModuleChunks(module);
            var parts = ResolvePublicPathPrefix(_output.PublicPath, _output.PublicPathFunction, module, chunks);
            if (parts is null)
                return null;
            var spelled = LiteralText(parts);
            var text = spelled is not null && !AnalyzableStandIns.HasReservedFullHash(spelled) ? spelled : null;
            if (!Uri.TryCreate(baseUri, UriKind.Absolute, out var baseUrl))
            {
                Bailout(module, $"an entry sets a baseUri of {Json(baseUri)}, which is not absolute, so no url can be resolved against it here");
                return null;
            }
            if (text is not null)
                return CodeGenerationContext.JsonString(ResolveUrl(baseUrl, text + filename));
            if (!CanDeferName(chunks))
            {
                Bailout(module, DeferBailout);
                return null;
            }
            var recipe = new List<SpecifierPart> { new(AnalyzableStandIns.Base, baseUri) };
            recipe.AddRange(parts);
            recipe.Add(new SpecifierPart(AnalyzableStandIns.Literal, filename));
            return CodeGenerationContext.JsonString(AnalyzableStandIns.Reserve(recipe));
        }
        return FileSpecifier(module, [new SpecifierPart(AnalyzableStandIns.Literal, filename)], bakePublicPath: true, null);
    }

    /// <summary>
    /// webpack's analyzableChunkScriptUrls: <c>new URL("file", import.meta.url).href</c> of every javascript chunk
    /// <paramref name="runtimeChunk"/>'s tree can hint at (prefetch/preload), by chunk id; null to keep <c>.p + .u(id)</c>.
    /// </summary>
    public List<(string Id, string Url)>? ChunkScriptUrls(Chunk runtimeChunk, IReadOnlyList<Chunk> hinted)
    {
        ArgumentNullException.ThrowIfNull(runtimeChunk);
        ArgumentNullException.ThrowIfNull(hinted);
        // webpack yields to hot module replacement here (a hint for whatever id an update names); Sharpack's runtime has none yet.
        if (!Supports(AnalyzableForm.Url, null))
            return null;
        var urls = new List<(string, string)>();
        Chunk[] consuming = [runtimeChunk];
        foreach (var chunk in hinted)
        {
            if (chunk.Id.Length == 0)
                continue;
            var specifier = ChunkSpecifier(null, chunk, null, consuming, out _);
            if (specifier is null)
                return null;
            urls.Add((chunk.Id, ImportMetaUrl(specifier) + ".href"));
        }
        return urls.Count > 0 ? urls : null;
    }

    /// <summary>webpack's importMetaUrl: <c>new URL(specifier, import.meta.url)</c> with output.importMetaName.</summary>
    public string ImportMetaUrl(string specifier) => "new URL(" + specifier + ", " + _output.ImportMetaName + ".url)";

    /// <summary>
    /// webpack's constantPublicPath: output.publicPath as the constant it will be, or null where only the hash
    /// could say (or a runtime reassigns <c>__webpack_public_path__</c>).
    /// </summary>
    public string? ConstantPublicPath
    {
        get
        {
            if (PublicPathAssigned())
                return null;
            if (_output.PublicPathFunction is { } function)
            {
                var shape = PublicPathShape(out var known);
                return known ? ResolveHashIndependent(function, shape) : null;
            }
            var publicPath = _output.PublicPath;
            return publicPath == "auto" || publicPath.Contains('[', StringComparison.Ordinal) ? null : publicPath;
        }
    }

    /// <summary>webpack's analyzableUrlReadsBaseUri: whether a baked asset url resolves against the entry baseUri at all.</summary>
    public bool UrlReadsBaseUri =>
        _output.Module && !(_output.PublicPath == "auto" && _output.PublicPathFunction is null) && !PublicPathNeedsNoBase();

    /// <summary>
    /// Records why a reference kept the runtime form on the module that wrote it, as webpack's
    /// _analyzableBailout: <c>Analyzable ESM bailout: …</c> in stats' optimizationBailout, once.
    /// </summary>
    public void Bailout(Module? module, string reason)
    {
        if (module is null || !_output.Module)
            return;
        var text = "Analyzable ESM bailout: " + reason;
        // A module generated for several runtimes is generated on several threads at once.
        lock (_gate)
        {
            var bailouts = _compilation.Graph.GetOptimizationBailout(module);
            if (!bailouts.Contains(text))
                bailouts.Add(text);
        }
    }

    // webpack's _getAnalyzableFileSpecifier: an emitted file named from the chunk the reference sits in.
    private string? FileSpecifier(Module module, List<SpecifierPart> file, bool bakePublicPath, string? relativeBase)
    {
        var chunks = ModuleChunks(module);
        string? Specifier(List<SpecifierPart> parts)
        {
            if (LiteralText(parts) is { } text)
                return CodeGenerationContext.JsonString(text);
            if (!CanDeferName(chunks))
            {
                Bailout(module, DeferBailout);
                return null;
            }
            return CodeGenerationContext.JsonString(AnalyzableStandIns.Reserve(parts));
        }
        if (bakePublicPath && !(_output.PublicPath == "auto" && _output.PublicPathFunction is null))
        {
            var prefix = PathPrefix(module, chunks, relativeBase);
            if (prefix is null)
                return null;
            prefix.AddRange(file);
            return Specifier(prefix);
        }
        var undo = PlacementOf(chunks).Undo;
        var parts = new List<SpecifierPart> { undo is null ? new(AnalyzableStandIns.Undo, "") : new(AnalyzableStandIns.Literal, undo) };
        if (relativeBase is not null)
            parts.Add(new SpecifierPart(AnalyzableStandIns.Literal, relativeBase));
        parts.AddRange(file);
        return Specifier(parts);
    }

    // webpack's _analyzablePathPrefix: what goes in front of a name so a literal read from the chunk
    // holding it reaches what the runtime would. Never asked of an "auto" public path.
    private List<SpecifierPart>? PathPrefix(Module? module, IReadOnlyList<Chunk> chunks, string? relativeBase)
    {
        var shape = PublicPathShape(out var known);
        if (!known)
            return null;
        if (IsBaseIndependent(shape!))
            return ResolvePublicPathPrefix(_output.PublicPath, _output.PublicPathFunction, module, chunks);
        var placement = PlacementOf(chunks);
        string? climb = placement.Loaded is null ? null : placement.Loaded.Value ? PublicPathClimb() : "";
        if (climb is null)
        {
            Bailout(module, ServedBailout);
            return null;
        }
        var head = new List<SpecifierPart> { placement.Undo is null ? new(AnalyzableStandIns.Undo, "") : new(AnalyzableStandIns.Literal, placement.Undo) };
        if (climb.Length > 0 && relativeBase is null)
            return head;
        var resolved = ResolvePublicPathPrefix(_output.PublicPath, _output.PublicPathFunction, module, chunks);
        if (resolved is null)
            return null;
        if (climb.Length > 0)
            head.Add(new SpecifierPart(AnalyzableStandIns.Literal, climb));
        if (relativeBase is not null)
            head.Add(new SpecifierPart(AnalyzableStandIns.Literal, relativeBase));
        // A leading "./" is already walked back to the output root, so it would only lengthen the name.
        if (resolved.Count > 0 && resolved[0].IsLiteral && resolved[0].Value.StartsWith("./", StringComparison.Ordinal))
            resolved[0] = resolved[0] with { Value = resolved[0].Value[2..] };
        head.AddRange(resolved);
        return head;
    }

    // webpack's _resolvePublicPathPrefix: a public path as the parts it is built from; a templated one
    // leaves the compilation hash as a stand-in, a function is called for its value.
    private List<SpecifierPart>? ResolvePublicPathPrefix(string publicPath, JsFunction? function, Module? module, IReadOnlyList<Chunk> chunks)
    {
        if (function is not null)
        {
            var shape = PublicPathShape(out var known);
            if (!known)
                return null;
            if (ResolveHashIndependent(function, shape) is { } resolved)
                return [new SpecifierPart(AnalyzableStandIns.Literal, resolved)];
            if (CanDeferName(chunks))
                return [new SpecifierPart(AnalyzableStandIns.PublicPath, "")];
            Bailout(module, DeferBailout);
            return null;
        }
        if (!publicPath.Contains('[', StringComparison.Ordinal))
            return [new SpecifierPart(AnalyzableStandIns.Literal, publicPath)];
        if (!CanDeferName(chunks))
        {
            Bailout(module, DeferBailout);
            return null;
        }
        return AnalyzableStandIns.DeferFullHash(publicPath) is { } deferred
            ? [new SpecifierPart(AnalyzableStandIns.Literal, deferred)]
            : [new SpecifierPart(AnalyzableStandIns.Template, publicPath)];
    }

    // webpack's _publicPathShape: the public path as the text it will have the shape of ("auto" reads as "").
    private string? PublicPathShape(out bool known)
    {
        lock (_gate)
        {
            if (_publicPathShape is null)
            {
                if (_output.PublicPathFunction is { } function)
                {
                    var answer = CallPublicPath(function, HashProbe);
                    _publicPathShape = (answer is not null, answer);
                }
                else
                {
                    _publicPathShape = (true, _output.PublicPath == "auto" ? "" : _output.PublicPath);
                }
            }
            known = _publicPathShape.Value.Known;
            return _publicPathShape.Value.Shape;
        }
    }

    private bool PublicPathNeedsNoBase()
    {
        var shape = PublicPathShape(out var known);
        return known && IsBaseIndependent(shape!);
    }

    // webpack's _publicPathClimb: the `../` path back out of a public path that needs a base ("" where it adds no depth).
    private string? PublicPathClimb()
    {
        var shape = PublicPathShape(out var known);
        lock (_gate)
        {
            if (_publicPathClimb is null)
            {
                var undo = known ? ChunkUndo(shape + "x") : null;
                _publicPathClimb = (true, undo == "./" ? "" : undo);
            }
            return _publicPathClimb.Value.Climb;
        }
    }

    private string ChunkUndo(string file) => UndoPath.Of(file, _output.Path, enforceRelative: true);

    private static string? ResolveHashIndependent(JsFunction function, string? value)
    {
        if (value is null)
            return null;
        return CallPublicPath(function, HashProbeAlternate) == value ? value : null;
    }

    private static string? CallPublicPath(JsFunction function, string hash)
    {
        try
        {
            return FullHashPlaceholders.PublicPathFunction(function, hash);
        }
        catch (JsFunctionException)
        {
            return null;
        }
    }

    // webpack's _resolveChunkFilenameTemplate: the chunk's filename template as a plain string; a function
    // is called with two stand-in hashes, and disagreeing answers (template null) mean the name depends on
    // a hash, left to the deferred pass. False when the function throws.
    private bool ResolveChunkTemplate(Chunk chunk, out string? template)
    {
        lock (_gate)
        {
            if (_templateByChunk.TryGetValue(chunk, out var known))
            {
                template = known.Template;
                return known.Resolved;
            }
        }
        var resolved = true;
        template = null;
        try
        {
            if (ChunkFilenames.Function(_compilation, chunk) is not { } function)
            {
                template = ChunkFilenames.Template(_compilation, chunk);
            }
            else
            {
                var first = ChunkFilenames.Call(function, chunk, HashProbe, present: true);
                var second = ChunkFilenames.Call(function, chunk, HashProbeAlternate, present: false);
                template = first == second ? first : null;
            }
        }
        catch (JsFunctionException)
        {
            resolved = false;
        }
        // Memoized: a function is asked through node, twice, and every reference to the chunk asks.
        lock (_gate)
            _templateByChunk[chunk] = (resolved, template);
        return resolved;
    }

    // webpack's _canDeferAnalyzableName: whether stand-ins written into these chunks may be filled in later.
    private bool CanDeferName(IReadOnlyList<Chunk>? chunks)
    {
        if (chunks is null)
        {
            lock (_gate)
            {
                if (_compilationNamedWithoutContent is { } known)
                    return known;
            }
            var all = CanDeferName(_compilation.Chunks);
            lock (_gate)
                _compilationNamedWithoutContent = all;
            return all;
        }
        if (chunks.Count == 0)
            return false;
        foreach (var chunk in chunks)
        {
            if (!NameIndependentOfContent(chunk))
                return false;
        }
        return true;
    }

    // webpack's _chunkNameIndependentOfContent: [chunkhash] is never repaired after a rewrite, [contenthash] only by realContentHash.
    private bool NameIndependentOfContent(Chunk chunk)
    {
        lock (_gate)
        {
            if (_namedWithoutContent.TryGetValue(chunk, out var cached))
                return cached;
        }
        var independent = false;
        if (ResolveChunkTemplate(chunk, out var template) && template is not null)
        {
            var kinds = PresentKinds(template);
            independent = !kinds.Contains("chunkhash") && (!kinds.Contains("contenthash") || _compilation.Options.Optimization.RealContentHash);
        }
        lock (_gate)
            _namedWithoutContent[chunk] = independent;
        return independent;
    }

    // webpack's getPresentKinds: the placeholder kinds a template names.
    private static HashSet<string> PresentKinds(string template)
    {
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        PathPlaceholders.Replace(template, (key, _, _) =>
        {
            kinds.Add(key);
            return null;
        });
        return kinds;
    }

    // Any [hash], [fullhash], [chunkhash] or [contenthash], with or without arguments.
    private static bool HasHash(string template)
    {
        var kinds = PresentKinds(template);
        return kinds.Contains("hash") || kinds.Contains("fullhash") || kinds.Contains("chunkhash") || kinds.Contains("contenthash");
    }

    // webpack's _chunkPlacement: the path back to the output root from the chunk's file (hashes only sit in
    // the basename, so they are neutralized), and whether the chunk loader fetched it.
    private Placement ChunkPlacement(Chunk chunk)
    {
        lock (_gate)
        {
            if (_placementByChunk.TryGetValue(chunk, out var cached))
                return cached;
        }
        string? undo;
        try
        {
            var template = NeutralizeHashes(ChunkFilenames.Template(_compilation, chunk));
            undo = ChunkUndo(FilenameTemplate.Render(template, chunk, [], "", _output));
        }
        catch (JsFunctionException)
        {
            undo = null;
        }
        // A chunk in an initial group and an async one both is served at two urls, so no one literal in it is right for both.
        bool? loaded = chunk.IsOnlyInitial ? false : chunk.IsInitial ? null : true;
        var placement = new Placement(undo, loaded);
        lock (_gate)
            _placementByChunk[chunk] = placement;
        return placement;
    }

    private static string NeutralizeHashes(string template) =>
        PathPlaceholders.Replace(template, (key, _, _) => key is "hash" or "fullhash" or "chunkhash" or "contenthash" ? "x" : null);

    // webpack's _placementOf: the answer every chunk agrees on, a half null where they do not.
    private Placement PlacementOf(IReadOnlyList<Chunk> chunks)
    {
        if (chunks.Count == 0)
            return new Placement(null, null);
        var first = ChunkPlacement(chunks[0]);
        var undo = first.Undo;
        var loaded = first.Loaded;
        for (var i = 1; i < chunks.Count; i++)
        {
            var own = ChunkPlacement(chunks[i]);
            if (undo != own.Undo) undo = null;
            if (loaded != own.Loaded) loaded = null;
        }
        return new Placement(undo, loaded);
    }

    // The chunks a reference written into `module` lands in: through the concatenated module that absorbed it, if one did.
    private IReadOnlyList<Chunk> ModuleChunks(Module module) => _compilation.ChunkGraph.GetModuleChunks(ChunkGraphModule(module));

    // webpack's ConcatenatedModule.getChunkGraphModule.
    private Module ChunkGraphModule(Module module)
    {
        if (!module.IsRemoved)
            return module;
        lock (_gate)
        {
            if (_absorbedBy is null)
            {
                _absorbedBy = [];
                foreach (var candidate in _compilation.Graph.Modules)
                {
                    if (candidate.MergedModules is { } inner && !candidate.IsRemoved)
                    {
                        foreach (var absorbed in inner)
                            _absorbedBy[absorbed] = candidate;
                    }
                }
            }
            return _absorbedBy.TryGetValue(module, out var outer) ? outer : module;
        }
    }

    // Whether some module reassigns __webpack_public_path__ (webpack's usesRuntimePublicPathOverride): known once make is done, asked once.
    private bool PublicPathAssigned()
    {
        if (_publicPathAssigned is { } known)
            return known;
        var assigned = false;
        foreach (var module in _compilation.Graph.Modules)
        {
            if (module.AssignsPublicPath)
            {
                assigned = true;
                break;
            }
        }
        _publicPathAssigned = assigned;
        return assigned;
    }

    // webpack's APIPlugin.runtimeUsesPublicPathOverride: whether a reassignment of the public path reaches a runtime of `module`.
    private bool RuntimeUsesPublicPathOverride(Module? module)
    {
        // Without a module to place (asked before the chunk graph exists, too) any reassignment counts.
        if (!PublicPathAssigned())
            return false;
        if (module is null)
            return true;
        var overridden = _overriddenRuntimes;
        if (overridden is null)
        {
            // The runtimes the reassigning modules run in, through the concatenation that absorbed one.
            overridden = new HashSet<string>(StringComparer.Ordinal);
            foreach (var candidate in _compilation.Graph.Modules)
            {
                if (candidate.AssignsPublicPath && _compilation.ChunkGraph.GetModuleRuntimes(ChunkGraphModule(candidate)) is { } runtimes)
                {
                    foreach (var name in runtimes.Names)
                        overridden.Add(name);
                }
            }
            lock (_gate)
                _overriddenRuntimes ??= overridden;
        }
        if (overridden.Count == 0)
            return false;
        if (_compilation.ChunkGraph.GetModuleRuntimes(module) is { } own)
        {
            foreach (var name in own.Names)
            {
                if (overridden.Contains(name))
                    return true;
            }
        }
        return false;
    }

    // webpack's _reachesAny: whether `chunk` reaches any of `targets` through chunk groups.
    private static bool ReachesAny(Chunk chunk, IReadOnlyList<Chunk> targets)
    {
        if (targets.Count == 0)
            return false;
        var wanted = new HashSet<Chunk>(targets);
        if (wanted.Contains(chunk))
            return true;
        var seen = new HashSet<ChunkGroup>(chunk.Groups);
        var queue = new List<ChunkGroup>(chunk.Groups);
        for (var i = 0; i < queue.Count; i++)
        {
            foreach (var child in queue[i].Children)
            {
                if (!seen.Add(child))
                    continue;
                foreach (var candidate in child.Chunks)
                {
                    if (wanted.Contains(candidate))
                        return true;
                }
                queue.Add(child);
            }
        }
        return false;
    }

    // webpack's _namesBeforeAll: the tie-break that lets one direction of a cycle bake.
    private static bool NamesBeforeAll(Chunk chunk, IReadOnlyList<Chunk> targets)
    {
        if (chunk.Id.Length == 0)
            return false;
        foreach (var target in targets)
        {
            if (target.Id.Length == 0 || string.CompareOrdinal(target.Id, chunk.Id) <= 0)
                return false;
        }
        return true;
    }

    // A prefetch or preload child of one of the chunk's groups (webpack's hasChildByOrder, direct children included).
    private static bool HasHintedChildren(Chunk chunk)
    {
        foreach (var group in chunk.Groups)
        {
            foreach (var child in group.Children)
            {
                if (child.Options.PrefetchOrder is not null || child.Options.PreloadOrder is not null || child.Options.CssPreloadOrder is not null)
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// webpack's chunkHasJs: the chunk starts an entry module with JavaScript (wherever split chunks
    /// moved it) or has a module with JavaScript; else it writes no script (an entry of an asset or a
    /// stylesheet only).
    /// </summary>
    public static bool ChunkHasJavaScript(Chunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        foreach (var entry in chunk.EntryModules)
        {
            if (entry.HasSourceType("javascript"))
                return true;
        }
        foreach (var module in chunk.Modules)
        {
            if (module.HasSourceType("javascript"))
                return true;
        }
        return false;
    }

    // webpack's entryBaseUri: the baseUri the entries of `runtime` agree on (null when none sets one, agreed false when they differ).
    private string? EntryBaseUri(RuntimeSpec? runtime, out bool agreed)
    {
        agreed = true;
        string? baseUri = null;
        var found = false;
        foreach (var chunk in _compilation.Chunks)
        {
            if (chunk.GetEntryOptions() is not { } entry)
                continue;
            if (runtime is not null && RuntimeSpec.Intersect(chunk.Runtime, runtime) is null)
                continue;
            if (found && baseUri != entry.BaseUri)
            {
                agreed = false;
                return null;
            }
            baseUri = entry.BaseUri;
            found = true;
        }
        return baseUri;
    }

    // A relative baseUri ("./", "../x/") is read against the chunk; "//host" and "/x" are not relative to it.
    private static bool IsChunkRelativeBaseUri(string baseUri) => !baseUri.StartsWith('/') && !UrlSchemes.Has(baseUri);

    private static string ResolveUrl(Uri baseUrl, string relative) =>
        Uri.TryCreate(baseUrl, relative, out var resolved) ? resolved.AbsoluteUri : relative;

    // webpack's literalText: the text the parts spell, or null where one is a stand-in.
    private static string? LiteralText(List<SpecifierPart> parts)
    {
        var text = "";
        foreach (var part in parts)
        {
            if (!part.IsLiteral)
                return null;
            text += part.Value;
        }
        return text;
    }

    // A public path that reaches the same place from any base: "/…" or a URL with a scheme.
    private static bool IsBaseIndependent(string publicPath) => publicPath.StartsWith('/') || UrlSchemes.Has(publicPath);

    private static string Json(string? value) => value is null ? "undefined" : CodeGenerationContext.JsonString(value);
}
