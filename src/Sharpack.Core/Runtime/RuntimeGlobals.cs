// One bit per webpack runtime global (`__webpack_require__.x`), as webpack's RuntimeGlobals
// and Rspack's runtime_globals.rs: code generation reports the bits it needs, and the
// runtime requirements pass turns them into runtime modules.

namespace Sharpack.Core.Runtime;

/// <summary>Runtime globals a module or chunk needs.</summary>
[Flags]
public enum RuntimeGlobals : ulong
{
    /// <summary>Nothing.</summary>
    None = 0,
    /// <summary><c>__webpack_require__</c>.</summary>
    Require = 1UL << 0,
    /// <summary>The <c>module</c> argument of a module function.</summary>
    Module = 1UL << 1,
    /// <summary>The <c>exports</c> argument (<c>__webpack_exports__</c>).</summary>
    Exports = 1UL << 2,
    /// <summary><c>module.id</c>.</summary>
    ModuleId = 1UL << 3,
    /// <summary><c>module.loaded</c>.</summary>
    ModuleLoaded = 1UL << 4,
    /// <summary><c>__webpack_require__.d</c>: define getters for exports.</summary>
    DefinePropertyGetters = 1UL << 5,
    /// <summary><c>__webpack_require__.o</c>: own-property check.</summary>
    HasOwnProperty = 1UL << 6,
    /// <summary><c>__webpack_require__.r</c>: mark exports as an ES module namespace.</summary>
    MakeNamespaceObject = 1UL << 7,
    /// <summary><c>__webpack_require__.n</c>: default export of a CommonJS module.</summary>
    CompatGetDefaultExport = 1UL << 8,
    /// <summary><c>__webpack_require__.t</c>: a namespace object for a non-ESM module.</summary>
    CreateFakeNamespaceObject = 1UL << 9,
    /// <summary><c>__webpack_require__.g</c>: the global object.</summary>
    Global = 1UL << 10,
    /// <summary><c>__webpack_require__.p</c>: the public path.</summary>
    PublicPath = 1UL << 11,
    /// <summary><c>__webpack_require__.hmd</c>: decorate an ES module's <c>module</c> object.</summary>
    HarmonyModuleDecorator = 1UL << 12,
    /// <summary><c>__webpack_require__.nmd</c>: decorate a CommonJS module's <c>module</c> object.</summary>
    NodeModuleDecorator = 1UL << 13,
    /// <summary><c>__webpack_require__.a</c>: async module (top-level await).</summary>
    AsyncModule = 1UL << 14,
    /// <summary><c>__webpack_require__.c</c>: the module cache.</summary>
    ModuleCache = 1UL << 15,
    /// <summary><c>__webpack_require__.m</c>: the module factories.</summary>
    ModuleFactories = 1UL << 16,
    /// <summary><c>this</c> at a CommonJS module's top level is <c>exports</c>.</summary>
    ThisAsExports = 1UL << 17,
    /// <summary><c>__webpack_require__.h</c>: the full hash.</summary>
    GetFullHash = 1UL << 18,
    /// <summary><c>__webpack_require__.e</c>: load a chunk.</summary>
    EnsureChunk = 1UL << 19,
    /// <summary><c>__webpack_require__.oe</c>: rethrow an error asynchronously (uncaught error handler).</summary>
    UncaughtErrorHandler = 1UL << 20,
    /// <summary><c>__webpack_require__.amdO</c>: the AMD options object behind <c>define.amd</c>.</summary>
    AmdOptions = 1UL << 21,
    /// <summary><c>__webpack_require__.f</c>: the chunk loading handlers <c>.e</c> runs (jsonp <c>.f.j</c>, require <c>.f.require</c>…).</summary>
    EnsureChunkHandlers = 1UL << 22,
    /// <summary><c>__webpack_require__.u</c>: a chunk's script filename from its id.</summary>
    GetChunkScriptFilename = 1UL << 23,
    /// <summary><c>__webpack_require__.l</c>: load a script with a script tag.</summary>
    LoadScript = 1UL << 24,
    /// <summary><c>__webpack_require__.O</c>: run deferred startups once their chunks are loaded.</summary>
    OnChunksLoaded = 1UL << 25,
    /// <summary><c>__webpack_require__.X</c>: start an entry after loading its other chunks (CommonJS chunk format).</summary>
    StartupEntrypoint = 1UL << 26,
    /// <summary><c>__webpack_require__.C</c>: install a chunk required from outside the runtime (CommonJS chunk format).</summary>
    ExternalInstallChunk = 1UL << 27,
    /// <summary><c>__webpack_require__.s</c>: the id of the entry module being started.</summary>
    EntryModuleId = 1UL << 28,
    /// <summary>The chunk loading global's callback (webpack's chunkCallback, the JSONP <c>push</c>).</summary>
    ChunkCallback = 1UL << 29,
    /// <summary><c>__webpack_require__.E</c>: prefetch a chunk.</summary>
    PrefetchChunk = 1UL << 30,
    /// <summary><c>__webpack_require__.F</c>: the prefetch handlers.</summary>
    PrefetchChunkHandlers = 1UL << 31,
    /// <summary><c>__webpack_require__.G</c>: preload a chunk.</summary>
    PreloadChunk = 1UL << 32,
    /// <summary><c>__webpack_require__.H</c>: the preload handlers.</summary>
    PreloadChunkHandlers = 1UL << 33,
    /// <summary><c>__webpack_require__.nc</c>: the nonce of script tags.</summary>
    ScriptNonce = 1UL << 34,
    /// <summary><c>__webpack_require__.j</c>: the runtime's id (<c>__webpack_runtime_id__</c>).</summary>
    RuntimeId = 1UL << 35,
    /// <summary><c>__webpack_require__.cn</c>: the chunk's name (<c>__webpack_chunkname__</c>).</summary>
    ChunkName = 1UL << 36,
    /// <summary>The runtime returns the entry's exports (<c>return __webpack_exports__;</c>) to a library wrapper around it.</summary>
    ReturnExportsFromRuntime = 1UL << 37,
    /// <summary><c>__webpack_require__.amdD</c>: <c>define</c> used other than by a call webpack follows (it throws).</summary>
    AmdDefine = 1UL << 38,
    /// <summary><c>__webpack_require__.z</c>: the deferred namespace object of a module (import defer), evaluating it on first use.</summary>
    MakeDeferredNamespaceObject = 1UL << 39,
    /// <summary><c>__webpack_require__.zO</c>: a deferred import read through <c>.a</c>, evaluating the module on first access.</summary>
    MakeOptimizedDeferredNamespaceObject = 1UL << 40,
    /// <summary><c>__webpack_require__.zT</c>: waits for the pending async modules a deferred module's graph reaches.</summary>
    DeferredModuleAsyncTransitiveDependencies = 1UL << 41,
    /// <summary><c>__webpack_require__.zS</c>: the symbol a deferred namespace keeps its async dependencies under.</summary>
    DeferredModuleAsyncTransitiveDependenciesSymbol = 1UL << 42,
    /// <summary><c>__webpack_require__.aE</c>: the symbol an async module's promise keeps its exports under.</summary>
    AsyncModuleExportSymbol = 1UL << 43,
    /// <summary><c>__webpack_require__.aD</c>: the symbol flagging an async module's evaluation as done.</summary>
    AsyncModuleDoneSymbol = 1UL << 44,
    /// <summary><c>__webpack_require__.cw</c>: a wrapped member of a concatenated module as a lazy, memoized accessor of its exports.</summary>
    ConcatenationWrap = 1UL << 45,
    /// <summary><c>__webpack_require__.cr</c>: what <c>new require(id)</c> gives for a module's exports value (a primitive becomes a fresh instance).</summary>
    ConstructRequire = 1UL << 46,
    /// <summary><c>__webpack_require__.tb</c>: base64 to an immutable Uint8Array (an <c>asset/bytes</c> module's value).</summary>
    ToBinary = 1UL << 47,
    /// <summary><c>__webpack_require__.b</c>: the base URI an asset's <c>new URL(…)</c> resolves against.</summary>
    BaseUri = 1UL << 48,
    /// <summary><c>__webpack_require__.U</c>: a URL class whose <c>href</c> stays relative (<c>parser.javascript.url: "relative"</c>).</summary>
    RelativeUrl = 1UL << 49,
    /// <summary><c>__webpack_require__.wc</c>: the Worker class where the global one may be missing (node: <c>worker_threads</c>).</summary>
    Worker = 1UL << 50,
    /// <summary>
    /// <c>__webpack_require__.ei</c>: loads a chunk through a literal <c>import("./chunk.mjs")</c> another bundler
    /// can follow, with <c>ensureChunk</c>'s install timing and deduplication (ES module output).
    /// </summary>
    AnalyzableChunkImport = 1UL << 51,
    /// <summary><c>__webpack_require__.ts</c>: a script string through the Trusted Types policy (output.trustedTypes).</summary>
    CreateScript = 1UL << 52,
    /// <summary><c>__webpack_require__.tu</c>: a script URL through the Trusted Types policy (output.trustedTypes).</summary>
    CreateScriptUrl = 1UL << 53,
    /// <summary><c>__webpack_require__.tt</c>: the Trusted Types policy, created on first use.</summary>
    GetTrustedTypesPolicy = 1UL << 54,
    /// <summary><c>__webpack_require__.v</c>: instantiates a WebAssembly module into its exports object, from its id, hash and import object.</summary>
    InstantiateWasm = 1UL << 55,
    /// <summary><c>__webpack_require__.vs</c>: compiles a WebAssembly module (a source phase import's <c>WebAssembly.Module</c>).</summary>
    CompileWasm = 1UL << 56,
    /// <summary><c>__webpack_require__.dn</c>: gives an anonymous default-exported function or class the name <c>"default"</c>.</summary>
    SetAnonymousDefaultName = 1UL << 57,
    /// <summary>
    /// <c>__webpack_require__.*</c>: code writes a property of the require scope (an assigned
    /// <c>__webpack_public_path__</c>) without needing the runtime module that computes its value.
    /// </summary>
    RequireScope = 1UL << 58,
    /// <summary><c>__webpack_require__.k</c>: the CSS file of a chunk, relative to the public path.</summary>
    GetChunkCssFilename = 1UL << 59,
    /// <summary>
    /// webpack's <c>"has css modules"</c>: a chunk's tree holds a CSS module whose stylesheet is linked, so
    /// its runtime records the initial chunks' CSS as loaded (and loads the async chunks' with <c>&lt;link&gt;</c>).
    /// </summary>
    HasCssModules = 1UL << 60,
    /// <summary><c>__webpack_require__.is</c>: puts a CSS module's text in a <c>&lt;style&gt;</c> element of its own (<c>exportType: "style"</c>).</summary>
    CssInjectStyle = 1UL << 61,
    /// <summary><c>__webpack_require__.cs</c>: the CSS collected without a document (server rendering), as one string (<c>__webpack_css_server_styles__</c>).</summary>
    GetCssServerStyles = 1UL << 62,
    /// <summary>
    /// webpack's <c>__webpack_require__.m (add only)</c>: chunk loading installs module factories into
    /// <c>__webpack_require__.m</c> but reads none, so an entry can still be inlined. This is the last
    /// free bit: the next global needs a wider set.
    /// </summary>
    ModuleFactoriesAddOnly = 1UL << 63,
}
