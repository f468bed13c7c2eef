// Follows webpack lib/runtime/WorkerRuntimeModule.js: `new Worker(…)` in output for node (or for
// a universal target) constructs __webpack_require__.wc, the global Worker where there is one
// (web, Bun, a polyfill), else worker_threads' Worker.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Options;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary><c>__webpack_require__.wc</c>.</summary>
public sealed class WorkerRuntimeModule(OutputEnvironment environment) : RuntimeModule
{
    /// <inheritdoc />
    public override string Name => "webpack/runtime/worker";

    /// <inheritdoc />
    public override bool ShouldIsolate => false;

    /// <inheritdoc />
    public override string Generate(RuntimeTemplateContext context)
    {
        var nodeWorker = environment.BuiltinModuleGetter(CodeGenerationContext.JsonString(environment.CoreModule("worker_threads")), ".Worker");
        return $"__webpack_require__.wc = typeof Worker !== \"undefined\" ? Worker : {nodeWorker};";
    }
}
