// Follows webpack lib/hmr/HotModuleReplacementRuntimeModule.js: module.hot for every module (an
// interceptor of module execution), the check/apply cycle and its status, and the handler maps the
// chunk loadings fill (hot_module_replacement.js).

using Sharpack.Core.Runtime;
using Sharpack.Plugins.Runtime;

namespace Sharpack.Plugins.Hmr;

/// <summary>The hot module replacement runtime (<c>module.hot</c>, <c>__webpack_require__.hmrC</c>, <c>.hmrI</c>, <c>.hmrD</c>).</summary>
public sealed class HotModuleReplacementRuntimeModule() : TemplatedRuntimeModule("hot module replacement", "hot_module_replacement",
    RuntimeGlobals.ModuleCache | RuntimeGlobals.InterceptModuleExecution | RuntimeGlobals.HmrModuleData | RuntimeGlobals.HmrDownloadManifest
    | RuntimeGlobals.HmrDownloadUpdateHandlers | RuntimeGlobals.HmrInvalidateModuleHandlers | RuntimeGlobals.Require,
    stage: StageBasic)
{
    /// <summary>webpack's RuntimeModule.STAGE_BASIC.</summary>
    public const int StageBasic = 5;
}
