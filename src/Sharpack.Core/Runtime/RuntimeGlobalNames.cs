// webpack's name for each runtime global bit (lib/RuntimeGlobals.js: "__webpack_require__.p",
// "module", "__webpack_exports__"…): the keys of the runtimeRequirementIn* hook maps. One table
// indexed by bit position, so naming a bit is an array read and a plugin's key maps back to its
// bit through one frozen dictionary built once.

namespace Sharpack.Core.Runtime;

/// <summary>Maps each <see cref="RuntimeGlobals"/> bit to webpack's string for it, and back.</summary>
public static class RuntimeGlobalNames
{
    // Index = bit position in RuntimeGlobals; a test checks every defined bit has its entry.
    private static readonly string[] s_names =
    [
        "__webpack_require__", // Require
        "module", // Module
        "__webpack_exports__", // Exports
        "module.id", // ModuleId
        "module.loaded", // ModuleLoaded
        "__webpack_require__.d", // DefinePropertyGetters
        "__webpack_require__.o", // HasOwnProperty
        "__webpack_require__.r", // MakeNamespaceObject
        "__webpack_require__.n", // CompatGetDefaultExport
        "__webpack_require__.t", // CreateFakeNamespaceObject
        "__webpack_require__.g", // Global
        "__webpack_require__.p", // PublicPath
        "__webpack_require__.hmd", // HarmonyModuleDecorator
        "__webpack_require__.nmd", // NodeModuleDecorator
        "__webpack_require__.a", // AsyncModule
        "__webpack_require__.c", // ModuleCache
        "__webpack_require__.m", // ModuleFactories
        "top-level-this-exports", // ThisAsExports
        "__webpack_require__.h", // GetFullHash
        "__webpack_require__.e", // EnsureChunk
        "__webpack_require__.oe", // UncaughtErrorHandler
        "__webpack_require__.amdO", // AmdOptions
        "__webpack_require__.f", // EnsureChunkHandlers
        "__webpack_require__.u", // GetChunkScriptFilename
        "__webpack_require__.l", // LoadScript
        "__webpack_require__.O", // OnChunksLoaded
        "__webpack_require__.X", // StartupEntrypoint
        "__webpack_require__.C", // ExternalInstallChunk
        "__webpack_require__.s", // EntryModuleId
        "webpackChunk", // ChunkCallback
        "__webpack_require__.E", // PrefetchChunk
        "__webpack_require__.F", // PrefetchChunkHandlers
        "__webpack_require__.G", // PreloadChunk
        "__webpack_require__.H", // PreloadChunkHandlers
        "__webpack_require__.nc", // ScriptNonce
        "__webpack_require__.j", // RuntimeId
        "__webpack_require__.cn", // ChunkName
        "return-exports-from-runtime", // ReturnExportsFromRuntime
        "__webpack_require__.amdD", // AmdDefine
        "__webpack_require__.z", // MakeDeferredNamespaceObject
        "__webpack_require__.zO", // MakeOptimizedDeferredNamespaceObject
        "__webpack_require__.zT", // DeferredModuleAsyncTransitiveDependencies
        "__webpack_require__.zS", // DeferredModuleAsyncTransitiveDependenciesSymbol
        "__webpack_require__.aE", // AsyncModuleExportSymbol
        "__webpack_require__.aD", // AsyncModuleDoneSymbol
        "__webpack_require__.cw", // ConcatenationWrap
        "__webpack_require__.cr", // ConstructRequire
        "__webpack_require__.tb", // ToBinary
        "__webpack_require__.b", // BaseUri
        "__webpack_require__.U", // RelativeUrl
        "__webpack_require__.wc", // Worker
        "__webpack_require__.ei", // AnalyzableChunkImport
        "__webpack_require__.ts", // CreateScript
        "__webpack_require__.tu", // CreateScriptUrl
        "__webpack_require__.tt", // GetTrustedTypesPolicy
        "__webpack_require__.v", // InstantiateWasm
        "__webpack_require__.vs", // CompileWasm
        "__webpack_require__.dn", // SetAnonymousDefaultName
        "__webpack_require__.*", // RequireScope
        "__webpack_require__.k", // GetChunkCssFilename
        "has css modules", // HasCssModules
        "__webpack_require__.is", // CssInjectStyle
        "__webpack_require__.cs", // GetCssServerStyles
        "__webpack_require__.m (add only)", // ModuleFactoriesAddOnly
        "__webpack_require__.S", // ShareScopeMap
        "__webpack_require__.I", // InitializeSharing
        "__webpack_require__.R", // CurrentRemoteGetScope
        "__webpack_require__.i", // InterceptModuleExecution
        "__webpack_require__.hmrD", // HmrModuleData
        "__webpack_require__.hmrM", // HmrDownloadManifest
        "__webpack_require__.hmrC", // HmrDownloadUpdateHandlers
        "__webpack_require__.hmrI", // HmrInvalidateModuleHandlers
        "__webpack_require__.hmrS", // HmrRuntimeStatePrefix
        "__webpack_require__.hmrF", // GetUpdateManifestFilename
        "__webpack_require__.hu", // GetChunkUpdateScriptFilename
        "__webpack_require__.hk", // GetChunkUpdateCssFilename
    ];

    // PERF: a plain dictionary: looked up only when hooks are tapped by name, and freezing one
    // cost about 5 ms of every start-up.
    private static readonly Dictionary<string, RuntimeGlobals> s_byName = BuildByName();

    private static Dictionary<string, RuntimeGlobals> BuildByName()
    {
        var byName = new Dictionary<string, RuntimeGlobals>(s_names.Length, StringComparer.Ordinal);
        for (var i = 0; i < s_names.Length; i++)
            byName.Add(s_names[i], RuntimeGlobals.Bit(i));
        return byName;
    }

    /// <summary>How many bits have a name (bits 0 to <c>Count - 1</c>).</summary>
    public static int Count => s_names.Length;

    /// <summary>webpack's name for the single global <paramref name="global"/>, e.g. <c>__webpack_require__.p</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="global"/> is not exactly one known bit.</exception>
    public static string Of(RuntimeGlobals global)
    {
        if (global.Count != 1 || global.LowestBit >= s_names.Length)
            throw new ArgumentException($"Not a single runtime global: {global}.", nameof(global));
        return s_names[global.LowestBit];
    }

    /// <summary>The name of bit <paramref name="index"/> (hot loops that already have the position).</summary>
    internal static string OfBit(int index) => s_names[index];

    /// <summary>The global webpack calls <paramref name="name"/>, or false when Sharpack has no bit for it.</summary>
    public static bool TryGet(string name, out RuntimeGlobals global) => s_byName.TryGetValue(name, out global);
}
