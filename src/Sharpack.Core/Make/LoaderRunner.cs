// Follows webpack lib/loaders/LoaderRunner.js (runLoaders: iteratePitchingLoaders,
// processResource, iterateNormalLoaders) and lib/NormalModule.js (doBuild): the pitching phase
// runs left to right, and a pitch that returns a result skips the loaders right of it and the
// resource; otherwise the resource is read (and becomes a file dependency) and the normal phase
// runs right to left, each loader getting text or, when it is raw, bytes. A loader that throws
// fails the module's build with "Module build failed (from <loader>):". Loaders run on the make
// thread that builds the module; an asynchronous one is waited for there.

using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Stats;

namespace Sharpack.Core.Make;

/// <summary>Runs a module's loader chain.</summary>
public static class LoaderRunner
{
    /// <summary>What running the loaders produced.</summary>
    /// <param name="Result">The final content and source map; null when the build failed (see <paramref name="Diagnostics"/>).</param>
    /// <param name="BuildInfo">The file, context, missing and build dependencies recorded.</param>
    /// <param name="Diagnostics">Errors and warnings, each naming the loader.</param>
    public sealed record Outcome(LoaderResult? Result, BuildInfo BuildInfo, IReadOnlyList<BuildDiagnostic> Diagnostics);

    /// <summary>Runs <paramref name="module"/>'s loaders on its resource.</summary>
    public static Outcome Run(NormalModule module, BuildContext build)
    {
        var items = module.Loaders;
        var diagnostics = new List<BuildDiagnostic>();
        var info = new BuildInfo();
        var context = new LoaderContext(module, build, info, diagnostics);
        var loaders = new ILoader[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            if (build.Loaders.Find(items[i].Loader) is not { } loader)
            {
                info.Cacheable = false;
                diagnostics.Add(new BuildDiagnostic("Module build failed: " + NotSupported(items[i].Loader, module.ReadableName), module.ReadableName));
                return new Outcome(null, info, diagnostics);
            }
            loaders[i] = loader;
        }

        LoaderResult? result = null;
        var index = 0;
        for (; index < loaders.Length; index++)
        {
            context.LoaderIndex = index;
            try
            {
                result = Wait(loaders[index].PitchAsync(context));
            }
            catch (Exception e) when (e is not (OutOfMemoryException or InsufficientExecutionStackException))
            {
                return Failed(module, context, info, diagnostics, e);
            }
            if (result is not null)
                break;
        }
        if (result is null)
        {
            result = new LoaderResult(ReadResource(build, context.ResourcePath));
            info.AddFileDependency(context.ResourcePath);
            index = loaders.Length;
        }
        for (index--; index >= 0; index--)
        {
            context.LoaderIndex = index;
            var loader = loaders[index];
            try
            {
                result = Wait(loader.RunAsync(context, loader.Raw ? result.AsBytes() : result.AsText()))
                    ?? throw new InvalidOperationException("The loader returned no result (null); return the content, unchanged if need be.");
            }
            catch (Exception e) when (e is not (OutOfMemoryException or InsufficientExecutionStackException))
            {
                return Failed(module, context, info, diagnostics, e);
            }
        }
        return new Outcome(result, info, diagnostics);
    }

    /// <summary>The error for a loader no C# loader is registered as (so a JavaScript loader, which cannot run yet).</summary>
    public static string NotSupported(string loader, string module) =>
        $"JavaScript loaders are not supported yet: '{loader}' (used for {module}) is not a C# loader registered with compiler.Loaders.";

    private static Outcome Failed(NormalModule module, LoaderContext context, BuildInfo info, List<BuildDiagnostic> diagnostics, Exception exception)
    {
        if (exception is AggregateException { InnerExceptions.Count: 1 } aggregate)
            exception = aggregate.InnerExceptions[0];
        info.Cacheable = false;
        diagnostics.Add(new BuildDiagnostic($"Module build failed (from {context.CurrentLoader.Loader}):\n{exception.Message}", module.ReadableName));
        return new Outcome(null, info, diagnostics);
    }

    private static T Wait<T>(ValueTask<T> task) =>
        task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();

    private static byte[] ReadResource(BuildContext build, string path)
    {
        if (build.FileSystem is Sharpack.Resolver.PhysicalFileSystem)
            SourceFile.CheckReadable(path);
        var bytes = build.FileSystem.ReadFile(path) ?? throw new FileNotFoundException($"Could not find file '{path}'.", path);
        if (bytes.LongLength > SourceFile.MaxInputBytes)
            throw new IOException($"'{path}' is {bytes.LongLength / (1024.0 * 1024):0.#} MiB; sharpack reads input files of up to {SourceFile.MaxInputBytes / (1024 * 1024)} MiB.");
        return bytes;
    }
}
