// One bit per webpack runtime global (`__webpack_require__.x`), as webpack's RuntimeGlobals
// and Rspack's runtime_globals.rs: code generation reports the bits it needs, and the
// runtime requirements pass turns them into runtime modules. webpack has more globals than a
// ulong has bits, so the set is two of them: still a value, and | & ~ are two instructions each.

namespace Sharpack.Core.Runtime;

/// <summary>Runtime globals a module or chunk needs.</summary>
public readonly struct RuntimeGlobals : IEquatable<RuntimeGlobals>
{
    /// <summary>How many bits the set holds.</summary>
    public const int Capacity = 128;

    private readonly ulong _low;
    private readonly ulong _high;

    private RuntimeGlobals(ulong low, ulong high)
    {
        _low = low;
        _high = high;
    }

    /// <summary>The set of the one global at bit <paramref name="index"/>.</summary>
    public static RuntimeGlobals Bit(int index) =>
        (uint)index >= Capacity ? throw new ArgumentOutOfRangeException(nameof(index))
        : index < 64 ? new(1UL << index, 0) : new(0, 1UL << (index - 64));

    /// <summary>True when no global is in the set.</summary>
    public bool IsEmpty => (_low | _high) == 0;

    /// <summary>Whether any global of <paramref name="globals"/> is in the set.</summary>
    public bool HasAny(RuntimeGlobals globals) => ((_low & globals._low) | (_high & globals._high)) != 0;

    /// <summary>Whether every global of <paramref name="globals"/> is in the set.</summary>
    public bool HasAll(RuntimeGlobals globals) => (_low & globals._low) == globals._low && (_high & globals._high) == globals._high;

    /// <summary>How many globals the set holds.</summary>
    public int Count => System.Numerics.BitOperations.PopCount(_low) + System.Numerics.BitOperations.PopCount(_high);

    /// <summary>The position of the lowest global in the set, or -1 when it is empty.</summary>
    public int LowestBit => _low != 0 ? System.Numerics.BitOperations.TrailingZeroCount(_low)
        : _high != 0 ? 64 + System.Numerics.BitOperations.TrailingZeroCount(_high) : -1;

    /// <summary>The union of two sets.</summary>
    public static RuntimeGlobals operator |(RuntimeGlobals left, RuntimeGlobals right) => new(left._low | right._low, left._high | right._high);

    /// <summary>The intersection of two sets.</summary>
    public static RuntimeGlobals operator &(RuntimeGlobals left, RuntimeGlobals right) => new(left._low & right._low, left._high & right._high);

    /// <summary>The globals in exactly one of two sets.</summary>
    public static RuntimeGlobals operator ^(RuntimeGlobals left, RuntimeGlobals right) => new(left._low ^ right._low, left._high ^ right._high);

    /// <summary>Every global not in the set.</summary>
    public static RuntimeGlobals operator ~(RuntimeGlobals value) => new(~value._low, ~value._high);

    /// <summary>Set equality.</summary>
    public static bool operator ==(RuntimeGlobals left, RuntimeGlobals right) => left._low == right._low && left._high == right._high;

    /// <summary>Set inequality.</summary>
    public static bool operator !=(RuntimeGlobals left, RuntimeGlobals right) => !(left == right);

    /// <summary>The union (for callers that prefer a method).</summary>
    public static RuntimeGlobals BitwiseOr(RuntimeGlobals left, RuntimeGlobals right) => left | right;

    /// <summary>The intersection (for callers that prefer a method).</summary>
    public static RuntimeGlobals BitwiseAnd(RuntimeGlobals left, RuntimeGlobals right) => left & right;

    /// <summary>The symmetric difference (for callers that prefer a method).</summary>
    public static RuntimeGlobals Xor(RuntimeGlobals left, RuntimeGlobals right) => left ^ right;

    /// <summary>The complement (for callers that prefer a method).</summary>
    public static RuntimeGlobals OnesComplement(RuntimeGlobals value) => ~value;

    /// <inheritdoc />
    public bool Equals(RuntimeGlobals other) => this == other;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RuntimeGlobals other && this == other;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_low, _high);

    /// <summary>webpack's names of the globals in the set, comma-separated (for messages and tests).</summary>
    public override string ToString()
    {
        if (IsEmpty)
            return "None";
        var names = new System.Text.StringBuilder();
        for (var rest = this; !rest.IsEmpty;)
        {
            var bit = rest.LowestBit;
            rest &= ~Bit(bit);
            if (names.Length > 0)
                names.Append(", ");
            names.Append(bit < RuntimeGlobalNames.Count ? RuntimeGlobalNames.OfBit(bit) : "bit " + bit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return names.ToString();
    }

    /// <summary>Nothing.</summary>
    public static readonly RuntimeGlobals None;
    /// <summary><c>__webpack_require__</c>.</summary>
    public static readonly RuntimeGlobals Require = Bit(0);
    /// <summary>The <c>module</c> argument of a module function.</summary>
    public static readonly RuntimeGlobals Module = Bit(1);
    /// <summary>The <c>exports</c> argument (<c>__webpack_exports__</c>).</summary>
    public static readonly RuntimeGlobals Exports = Bit(2);
    /// <summary><c>module.id</c>.</summary>
    public static readonly RuntimeGlobals ModuleId = Bit(3);
    /// <summary><c>module.loaded</c>.</summary>
    public static readonly RuntimeGlobals ModuleLoaded = Bit(4);
    /// <summary><c>__webpack_require__.d</c>: define getters for exports.</summary>
    public static readonly RuntimeGlobals DefinePropertyGetters = Bit(5);
    /// <summary><c>__webpack_require__.o</c>: own-property check.</summary>
    public static readonly RuntimeGlobals HasOwnProperty = Bit(6);
    /// <summary><c>__webpack_require__.r</c>: mark exports as an ES module namespace.</summary>
    public static readonly RuntimeGlobals MakeNamespaceObject = Bit(7);
    /// <summary><c>__webpack_require__.n</c>: default export of a CommonJS module.</summary>
    public static readonly RuntimeGlobals CompatGetDefaultExport = Bit(8);
    /// <summary><c>__webpack_require__.t</c>: a namespace object for a non-ESM module.</summary>
    public static readonly RuntimeGlobals CreateFakeNamespaceObject = Bit(9);
    /// <summary><c>__webpack_require__.g</c>: the global object.</summary>
    public static readonly RuntimeGlobals Global = Bit(10);
    /// <summary><c>__webpack_require__.p</c>: the public path.</summary>
    public static readonly RuntimeGlobals PublicPath = Bit(11);
    /// <summary><c>__webpack_require__.hmd</c>: decorate an ES module's <c>module</c> object.</summary>
    public static readonly RuntimeGlobals HarmonyModuleDecorator = Bit(12);
    /// <summary><c>__webpack_require__.nmd</c>: decorate a CommonJS module's <c>module</c> object.</summary>
    public static readonly RuntimeGlobals NodeModuleDecorator = Bit(13);
    /// <summary><c>__webpack_require__.a</c>: async module (top-level await).</summary>
    public static readonly RuntimeGlobals AsyncModule = Bit(14);
    /// <summary><c>__webpack_require__.c</c>: the module cache.</summary>
    public static readonly RuntimeGlobals ModuleCache = Bit(15);
    /// <summary><c>__webpack_require__.m</c>: the module factories.</summary>
    public static readonly RuntimeGlobals ModuleFactories = Bit(16);
    /// <summary><c>this</c> at a CommonJS module's top level is <c>exports</c>.</summary>
    public static readonly RuntimeGlobals ThisAsExports = Bit(17);
    /// <summary><c>__webpack_require__.h</c>: the full hash.</summary>
    public static readonly RuntimeGlobals GetFullHash = Bit(18);
    /// <summary><c>__webpack_require__.e</c>: load a chunk.</summary>
    public static readonly RuntimeGlobals EnsureChunk = Bit(19);
    /// <summary><c>__webpack_require__.oe</c>: rethrow an error asynchronously (uncaught error handler).</summary>
    public static readonly RuntimeGlobals UncaughtErrorHandler = Bit(20);
    /// <summary><c>__webpack_require__.amdO</c>: the AMD options object behind <c>define.amd</c>.</summary>
    public static readonly RuntimeGlobals AmdOptions = Bit(21);
    /// <summary><c>__webpack_require__.f</c>: the chunk loading handlers <c>.e</c> runs (jsonp <c>.f.j</c>, require <c>.f.require</c>…).</summary>
    public static readonly RuntimeGlobals EnsureChunkHandlers = Bit(22);
    /// <summary><c>__webpack_require__.u</c>: a chunk's script filename from its id.</summary>
    public static readonly RuntimeGlobals GetChunkScriptFilename = Bit(23);
    /// <summary><c>__webpack_require__.l</c>: load a script with a script tag.</summary>
    public static readonly RuntimeGlobals LoadScript = Bit(24);
    /// <summary><c>__webpack_require__.O</c>: run deferred startups once their chunks are loaded.</summary>
    public static readonly RuntimeGlobals OnChunksLoaded = Bit(25);
    /// <summary><c>__webpack_require__.X</c>: start an entry after loading its other chunks (CommonJS chunk format).</summary>
    public static readonly RuntimeGlobals StartupEntrypoint = Bit(26);
    /// <summary><c>__webpack_require__.C</c>: install a chunk required from outside the runtime (CommonJS chunk format).</summary>
    public static readonly RuntimeGlobals ExternalInstallChunk = Bit(27);
    /// <summary><c>__webpack_require__.s</c>: the id of the entry module being started.</summary>
    public static readonly RuntimeGlobals EntryModuleId = Bit(28);
    /// <summary>The chunk loading global's callback (webpack's chunkCallback, the JSONP <c>push</c>).</summary>
    public static readonly RuntimeGlobals ChunkCallback = Bit(29);
    /// <summary><c>__webpack_require__.E</c>: prefetch a chunk.</summary>
    public static readonly RuntimeGlobals PrefetchChunk = Bit(30);
    /// <summary><c>__webpack_require__.F</c>: the prefetch handlers.</summary>
    public static readonly RuntimeGlobals PrefetchChunkHandlers = Bit(31);
    /// <summary><c>__webpack_require__.G</c>: preload a chunk.</summary>
    public static readonly RuntimeGlobals PreloadChunk = Bit(32);
    /// <summary><c>__webpack_require__.H</c>: the preload handlers.</summary>
    public static readonly RuntimeGlobals PreloadChunkHandlers = Bit(33);
    /// <summary><c>__webpack_require__.nc</c>: the nonce of script tags.</summary>
    public static readonly RuntimeGlobals ScriptNonce = Bit(34);
    /// <summary><c>__webpack_require__.j</c>: the runtime's id (<c>__webpack_runtime_id__</c>).</summary>
    public static readonly RuntimeGlobals RuntimeId = Bit(35);
    /// <summary><c>__webpack_require__.cn</c>: the chunk's name (<c>__webpack_chunkname__</c>).</summary>
    public static readonly RuntimeGlobals ChunkName = Bit(36);
    /// <summary>The runtime returns the entry's exports (<c>return __webpack_exports__;</c>) to a library wrapper around it.</summary>
    public static readonly RuntimeGlobals ReturnExportsFromRuntime = Bit(37);
    /// <summary><c>__webpack_require__.amdD</c>: <c>define</c> used other than by a call webpack follows (it throws).</summary>
    public static readonly RuntimeGlobals AmdDefine = Bit(38);
    /// <summary><c>__webpack_require__.z</c>: the deferred namespace object of a module (import defer), evaluating it on first use.</summary>
    public static readonly RuntimeGlobals MakeDeferredNamespaceObject = Bit(39);
    /// <summary><c>__webpack_require__.zO</c>: a deferred import read through <c>.a</c>, evaluating the module on first access.</summary>
    public static readonly RuntimeGlobals MakeOptimizedDeferredNamespaceObject = Bit(40);
    /// <summary><c>__webpack_require__.zT</c>: waits for the pending async modules a deferred module's graph reaches.</summary>
    public static readonly RuntimeGlobals DeferredModuleAsyncTransitiveDependencies = Bit(41);
    /// <summary><c>__webpack_require__.zS</c>: the symbol a deferred namespace keeps its async dependencies under.</summary>
    public static readonly RuntimeGlobals DeferredModuleAsyncTransitiveDependenciesSymbol = Bit(42);
    /// <summary><c>__webpack_require__.aE</c>: the symbol an async module's promise keeps its exports under.</summary>
    public static readonly RuntimeGlobals AsyncModuleExportSymbol = Bit(43);
    /// <summary><c>__webpack_require__.aD</c>: the symbol flagging an async module's evaluation as done.</summary>
    public static readonly RuntimeGlobals AsyncModuleDoneSymbol = Bit(44);
    /// <summary><c>__webpack_require__.cw</c>: a wrapped member of a concatenated module as a lazy, memoized accessor of its exports.</summary>
    public static readonly RuntimeGlobals ConcatenationWrap = Bit(45);
    /// <summary><c>__webpack_require__.cr</c>: what <c>new require(id)</c> gives for a module's exports value (a primitive becomes a fresh instance).</summary>
    public static readonly RuntimeGlobals ConstructRequire = Bit(46);
    /// <summary><c>__webpack_require__.tb</c>: base64 to an immutable Uint8Array (an <c>asset/bytes</c> module's value).</summary>
    public static readonly RuntimeGlobals ToBinary = Bit(47);
    /// <summary><c>__webpack_require__.b</c>: the base URI an asset's <c>new URL(…)</c> resolves against.</summary>
    public static readonly RuntimeGlobals BaseUri = Bit(48);
    /// <summary><c>__webpack_require__.U</c>: a URL class whose <c>href</c> stays relative (<c>parser.javascript.url: "relative"</c>).</summary>
    public static readonly RuntimeGlobals RelativeUrl = Bit(49);
    /// <summary><c>__webpack_require__.wc</c>: the Worker class where the global one may be missing (node: <c>worker_threads</c>).</summary>
    public static readonly RuntimeGlobals Worker = Bit(50);
    /// <summary>
    /// <c>__webpack_require__.ei</c>: loads a chunk through a literal <c>import("./chunk.mjs")</c> another bundler
    /// can follow, with <c>ensureChunk</c>'s install timing and deduplication (ES module output).
    /// </summary>
    public static readonly RuntimeGlobals AnalyzableChunkImport = Bit(51);
    /// <summary><c>__webpack_require__.ts</c>: a script string through the Trusted Types policy (output.trustedTypes).</summary>
    public static readonly RuntimeGlobals CreateScript = Bit(52);
    /// <summary><c>__webpack_require__.tu</c>: a script URL through the Trusted Types policy (output.trustedTypes).</summary>
    public static readonly RuntimeGlobals CreateScriptUrl = Bit(53);
    /// <summary><c>__webpack_require__.tt</c>: the Trusted Types policy, created on first use.</summary>
    public static readonly RuntimeGlobals GetTrustedTypesPolicy = Bit(54);
    /// <summary><c>__webpack_require__.v</c>: instantiates a WebAssembly module into its exports object, from its id, hash and import object.</summary>
    public static readonly RuntimeGlobals InstantiateWasm = Bit(55);
    /// <summary><c>__webpack_require__.vs</c>: compiles a WebAssembly module (a source phase import's <c>WebAssembly.Module</c>).</summary>
    public static readonly RuntimeGlobals CompileWasm = Bit(56);
    /// <summary><c>__webpack_require__.dn</c>: gives an anonymous default-exported function or class the name <c>"default"</c>.</summary>
    public static readonly RuntimeGlobals SetAnonymousDefaultName = Bit(57);
    /// <summary>
    /// <c>__webpack_require__.*</c>: code writes a property of the require scope (an assigned
    /// <c>__webpack_public_path__</c>) without needing the runtime module that computes its value.
    /// </summary>
    public static readonly RuntimeGlobals RequireScope = Bit(58);
    /// <summary><c>__webpack_require__.k</c>: the CSS file of a chunk, relative to the public path.</summary>
    public static readonly RuntimeGlobals GetChunkCssFilename = Bit(59);
    /// <summary>
    /// webpack's <c>"has css modules"</c>: a chunk's tree holds a CSS module whose stylesheet is linked, so
    /// its runtime records the initial chunks' CSS as loaded (and loads the async chunks' with <c>&lt;link&gt;</c>).
    /// </summary>
    public static readonly RuntimeGlobals HasCssModules = Bit(60);
    /// <summary><c>__webpack_require__.is</c>: puts a CSS module's text in a <c>&lt;style&gt;</c> element of its own (<c>exportType: "style"</c>).</summary>
    public static readonly RuntimeGlobals CssInjectStyle = Bit(61);
    /// <summary><c>__webpack_require__.cs</c>: the CSS collected without a document (server rendering), as one string (<c>__webpack_css_server_styles__</c>).</summary>
    public static readonly RuntimeGlobals GetCssServerStyles = Bit(62);
    /// <summary>
    /// webpack's <c>__webpack_require__.m (add only)</c>: chunk loading installs module factories into
    /// <c>__webpack_require__.m</c> but reads none, so an entry can still be inlined.
    /// </summary>
    public static readonly RuntimeGlobals ModuleFactoriesAddOnly = Bit(63);
    /// <summary><c>__webpack_require__.S</c>: the share scopes of Module Federation, by name (<c>__webpack_share_scopes__</c>).</summary>
    public static readonly RuntimeGlobals ShareScopeMap = Bit(64);
    /// <summary><c>__webpack_require__.I</c>: initializes a share scope: registers the shared modules this build provides and initializes the remote containers (<c>__webpack_init_sharing__</c>).</summary>
    public static readonly RuntimeGlobals InitializeSharing = Bit(65);
    /// <summary><c>__webpack_require__.R</c>: the scope of remote loads a container's <c>get</c> is running in (circular remotes stop there).</summary>
    public static readonly RuntimeGlobals CurrentRemoteGetScope = Bit(66);
    /// <summary><c>__webpack_require__.i</c>: the interceptors every module execution passes through (hot module replacement's).</summary>
    public static readonly RuntimeGlobals InterceptModuleExecution = Bit(67);
    /// <summary><c>__webpack_require__.hmrD</c>: what disposed modules left for their next version (<c>module.hot.data</c>).</summary>
    public static readonly RuntimeGlobals HmrModuleData = Bit(68);
    /// <summary><c>__webpack_require__.hmrM</c>: downloads the update manifest (<c>[runtime].[fullhash].hot-update.json</c>).</summary>
    public static readonly RuntimeGlobals HmrDownloadManifest = Bit(69);
    /// <summary><c>__webpack_require__.hmrC</c>: each chunk loading's handler that downloads an update's chunks.</summary>
    public static readonly RuntimeGlobals HmrDownloadUpdateHandlers = Bit(70);
    /// <summary><c>__webpack_require__.hmrI</c>: each chunk loading's handler of <c>module.hot.invalidate()</c>.</summary>
    public static readonly RuntimeGlobals HmrInvalidateModuleHandlers = Bit(71);
    /// <summary><c>__webpack_require__.hmrS_</c>: where a chunk loading keeps its installed chunks for updates (with the loading's name).</summary>
    public static readonly RuntimeGlobals HmrRuntimeStatePrefix = Bit(72);
    /// <summary><c>__webpack_require__.hmrF</c>: the update manifest's file name.</summary>
    public static readonly RuntimeGlobals GetUpdateManifestFilename = Bit(73);
    /// <summary><c>__webpack_require__.hu</c>: a chunk's update script file name.</summary>
    public static readonly RuntimeGlobals GetChunkUpdateScriptFilename = Bit(74);
    /// <summary><c>__webpack_require__.hk</c>: a chunk's update stylesheet file name.</summary>
    public static readonly RuntimeGlobals GetChunkUpdateCssFilename = Bit(75);
}
