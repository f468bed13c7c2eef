// Follows webpack lib/dependencies/WorkerDependency.js: the URL a worker is started with becomes
// the URL of its entry chunk (the async entrypoint its block opens), read against the public path
// and the runtime's base URI: `new Worker(new URL(/* worker import */ __webpack_require__.p +
// __webpack_require__.u(id), __webpack_require__.b))`, or in analyzable ES module output a literal
// read from the chunk holding the call (`new URL("./worker.mjs", import.meta.url)`). Where the output runs on node, the global
// Worker constructor becomes __webpack_require__.wc (worker_threads' Worker off the web).

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.Worker;

/// <summary>The entry module of a worker: <c>new Worker(new URL("./w.js", import.meta.url))</c>.</summary>
/// <param name="request">The worker's request (the URL's first argument, or the module's own file URL).</param>
/// <param name="block">The block opening the worker's async entrypoint.</param>
public sealed class WorkerDependency(string request, AsyncDependenciesBlock block) : Dependency
{
    /// <inheritdoc />
    public override string TypeName => "new Worker()";

    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <inheritdoc />
    public override DependencyCategory Category => DependencyCategory.Worker;

    /// <summary>The block whose async entrypoint the worker runs.</summary>
    public AsyncDependenciesBlock WorkerBlock { get; } = block;

    /// <summary>The argument was <c>import.meta.url</c> itself: the replacement is wrapped in <c>new URL(…)</c>.</summary>
    public bool NeedNewUrl { get; init; }

    /// <summary><c>output.workerPublicPath</c>: the public path the chunk is read against; "" for <c>__webpack_require__.p</c>.</summary>
    public string PublicPath { get; init; } = "";

    /// <summary>Where the global <c>Worker</c> constructor is (replaced on node), or -1 for another constructor.</summary>
    public int ConstructorStart { get; init; } = -1;

    /// <summary>Where the global <c>Worker</c> constructor ends.</summary>
    public int ConstructorEnd { get; init; }

    /// <inheritdoc />
    public override IReadOnlyList<ReferencedExport> GetReferencedExports(ModuleGraph moduleGraph, RuntimeSpec? runtime) => ReferencedExport.None;

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (WorkerBlock.Group?.EntrypointChunk is not { } chunk)
            return;
        string arguments;
        // Analyzable ES module output: `new URL("./worker.mjs", import.meta.url)` another bundler can follow.
        if (context.Generation.Analyzable is { } analyzable && analyzable.Supports(AnalyzableForm.Url, context.Module)
            && analyzable.ChunkSpecifier(PublicPath.Length > 0 ? PublicPath : null, chunk, context.Module, null, out var readsPublicPath, runtimeFallback: true) is { } specifier)
        {
            if (readsPublicPath)
                context.RuntimeRequirements |= RuntimeGlobals.PublicPath;
            arguments = "/* worker import */ " + specifier + ", " + context.Generation.Options.Output.ImportMetaName + ".url";
        }
        else
        {
            var baseUrl = PublicPath.Length > 0 ? CodeGenerationContext.JsonString(PublicPath) : "__webpack_require__.p";
            context.RuntimeRequirements |= RuntimeGlobals.PublicPath | RuntimeGlobals.BaseUri | RuntimeGlobals.GetChunkScriptFilename;
            arguments = $"/* worker import */ {baseUrl} + __webpack_require__.u({CodeGenerationContext.IdLiteral(chunk.Id)}), __webpack_require__.b";
        }
        context.Source.Replace(Start, End - 1, NeedNewUrl ? $"new URL({arguments})" : arguments);
        // `Worker` is global on the web only: on node (or where either may run) worker_threads' one.
        var target = context.Generation.Options.Target;
        if (ConstructorStart >= 0 && (target.IsUniversal || target.IsNode))
        {
            context.RuntimeRequirements |= RuntimeGlobals.Require | RuntimeGlobals.Worker;
            context.Source.Replace(ConstructorStart, ConstructorEnd - 1, "__webpack_require__.wc");
        }
    }
}
