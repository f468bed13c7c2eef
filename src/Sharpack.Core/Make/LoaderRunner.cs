// Follows webpack lib/loaders/LoaderRunner.js (runLoaders: iteratePitchingLoaders,
// processResource, iterateNormalLoaders) and lib/NormalModule.js (doBuild): the pitching phase
// runs left to right, and a pitch that returns a result skips the loaders right of it and the
// resource; otherwise the resource is read (and becomes a file dependency) and the normal phase
// runs right to left, each loader getting text or, when it is raw, bytes. A loader that throws
// fails the module's build with "Module build failed (from <loader>):". Loaders run on the make
// thread that builds the module; an asynchronous one is waited for there.
// A chain is walked as runs: a C# loader is a run of its own, consecutive JavaScript loaders are
// one run that the JavaScript loader host (node) takes in one step per phase — and, when the run
// ends the chain, pitch, resource and normal phase in a single step — so a module whose loaders
// are all JavaScript costs one round trip to node, not one per loader and phase.

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
        // A C# loader by index; null where the loader is JavaScript (a resolved path).
        var loaders = new ILoader?[items.Count];
        var anyJavaScript = false;
        for (var i = 0; i < items.Count; i++)
        {
            loaders[i] = build.Loaders.Find(items[i].Loader);
            anyJavaScript |= loaders[i] is null;
        }
        var host = build.JavaScriptLoaders;
        if (anyJavaScript && host is null)
        {
            info.Cacheable = false;
            var first = Array.IndexOf(loaders, null);
            diagnostics.Add(new BuildDiagnostic("Module build failed: " + NotSupported(context.LoaderName(first), module.ReadableName), module.ReadableName));
            return new Outcome(null, info, diagnostics);
        }
        if (anyJavaScript)
            build.JavaScriptLoadersStarting?.Invoke();
        var runner = new Runner(module, build, context, info, diagnostics, loaders, host);
        try
        {
            return runner.Run();
        }
        finally
        {
            if (runner.HostKeepsState)
                host!.Release(context);
        }
    }

    /// <summary>The error for a JavaScript loader where no JavaScript loader host is set (a .NET program's build without node).</summary>
    public static string NotSupported(string loader, string module) =>
        $"'{loader}' (used for {module}) is a JavaScript loader, and this build runs no JavaScript loaders: it is not a C# loader registered with compiler.Loaders, and no JavaScript loader host is set (Compiler.JavaScriptLoaders).";

    // One run of a chain: walks the loaders as loader-runner does, in runs (see the file's head).
    private sealed class Runner(NormalModule module, BuildContext build, LoaderContext context, BuildInfo info,
        List<BuildDiagnostic> diagnostics, ILoader?[] loaders, IJavaScriptLoaderHost? host)
    {
        // True once a pitch step went on past its run: the host keeps that run's pitch data for its
        // normal phase, and is told to forget it when the chain is done (only mixed chains do this).
        public bool HostKeepsState { get; private set; }

        public Outcome Run()
        {
            LoaderResult? result = null;
            var index = 0;
            var next = loaders.Length; // where the normal phase starts, exclusive
            while (index < loaders.Length)
            {
                if (loaders[index] is { } loader)
                {
                    context.LoaderIndex = index;
                    try
                    {
                        result = Wait(loader.PitchAsync(context));
                    }
                    catch (Exception e) when (e is not (OutOfMemoryException or InsufficientExecutionStackException))
                    {
                        return Failed(index, e);
                    }
                    if (result is not null)
                    {
                        next = index;
                        break;
                    }
                    index++;
                    continue;
                }
                var end = RunEnd(index);
                var step = new JavaScriptLoaderStep(JavaScriptLoaderPhase.Pitch, index, end);
                var extraction = new BuildInfo();
                var extractionWarnings = new List<BuildDiagnostic>();
                if (end == loaders.Length)
                    step = WithResource(step, extraction, extractionWarnings);
                var outcome = Step(step);
                if (outcome.Error is not null)
                    return Failed(outcome);
                if (outcome.ResourceRead)
                {
                    // What reading the map sent along brought counts only if the resource was read.
                    info.AddFileDependency(context.ResourcePath);
                    foreach (var file in extraction.FileDependencies)
                        info.AddFileDependency(file);
                    diagnostics.AddRange(extractionWarnings);
                }
                if (outcome.Result is not null)
                {
                    // The host ran the normal phase down to the run's first loader.
                    result = outcome.Result;
                    next = index;
                    break;
                }
                HostKeepsState = true;
                index = end;
            }
            if (result is null)
            {
                if (context.ResourcePath.Length == 0)
                {
                    // loader-runner: no resource path, no content (a C# loader gets "").
                    result = new LoaderResult("");
                }
                else
                {
                    try
                    {
                        result = new LoaderResult(ReadResource(build, context.ResourcePath));
                        if (module.ExtractsSourceMap && ExtractSourceMap(result.Text, module, build, info, diagnostics) is { } extracted)
                            result = new LoaderResult(extracted.Text, extracted.SourceMap);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        info.Cacheable = false;
                        diagnostics.Add(new BuildDiagnostic("Module build failed: " + e.Message, module.ReadableName));
                        return new Outcome(null, info, diagnostics);
                    }
                    info.AddFileDependency(context.ResourcePath);
                }
                next = loaders.Length;
            }
            for (index = next - 1; index >= 0;)
            {
                if (loaders[index] is { } loader)
                {
                    context.LoaderIndex = index;
                    try
                    {
                        result = Wait(loader.RunAsync(context, loader.Raw ? result.AsBytes() : result.AsText()))
                            ?? throw new InvalidOperationException("The loader returned no result (null); return the content, unchanged if need be.");
                    }
                    catch (Exception e) when (e is not (OutOfMemoryException or InsufficientExecutionStackException))
                    {
                        return Failed(index, e);
                    }
                    index--;
                    continue;
                }
                var start = RunStart(index);
                var outcome = Step(new JavaScriptLoaderStep(JavaScriptLoaderPhase.Normal, start, index + 1) { Input = result });
                if (outcome.Error is not null)
                    return Failed(outcome);
                result = outcome.Result ?? throw new InvalidOperationException("The JavaScript loader host answered a normal step without a result.");
                index = start - 1;
            }
            return new Outcome(result, info, diagnostics);
        }

        // The run of JavaScript loaders that starts at `start`: one past its last loader.
        private int RunEnd(int start)
        {
            var end = start;
            while (end < loaders.Length && loaders[end] is null)
                end++;
            return end;
        }

        // The run of JavaScript loaders that ends at `last`: its first loader.
        private int RunStart(int last)
        {
            var start = last;
            while (start > 0 && loaders[start - 1] is null)
                start--;
            return start;
        }

        // The resource goes along with a pitch step that ends the chain: node reads it only if no
        // pitch answers, but reading it here spares a second round trip when none does (nearly always).
        // A rule's extractSourceMap: the map goes along too; its files and warnings go to
        // `extraction` and `warnings`, for the caller to keep once the host says it read the resource.
        private JavaScriptLoaderStep WithResource(JavaScriptLoaderStep step, BuildInfo extraction, List<BuildDiagnostic> warnings)
        {
            if (context.ResourcePath.Length == 0)
                return step;
            try
            {
                var bytes = ReadResource(build, context.ResourcePath);
                if (module.ExtractsSourceMap && ExtractSourceMap(new LoaderResult(bytes).Text, module, build, extraction, warnings) is { } extracted)
                    return step with { Resource = System.Text.Encoding.UTF8.GetBytes(extracted.Text), ResourceSourceMap = extracted.SourceMap };
                return step with { Resource = bytes };
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return step with { ResourceError = e.Message };
            }
        }

        private JavaScriptLoaderOutcome Step(JavaScriptLoaderStep step)
        {
            try
            {
                return host!.Run(context, step);
            }
            catch (Exception e) when (e is not (OutOfMemoryException or InsufficientExecutionStackException))
            {
                // The host could not run the step (node missing, or gone): the module fails, naming the loader.
                return new JavaScriptLoaderOutcome { FailedLoader = step.Phase == JavaScriptLoaderPhase.Pitch ? step.Start : step.End - 1, Error = e.Message };
            }
        }

        private Outcome Failed(int loaderIndex, Exception exception)
        {
            if (exception is AggregateException { InnerExceptions.Count: 1 } aggregate)
                exception = aggregate.InnerExceptions[0];
            info.Cacheable = false;
            diagnostics.Add(new BuildDiagnostic($"Module build failed (from {context.LoaderName(loaderIndex)}):\n{exception.Message}", module.ReadableName));
            return new Outcome(null, info, diagnostics);
        }

        // Follows webpack's ModuleBuildError: "from" names the loader that failed, when there is one.
        private Outcome Failed(JavaScriptLoaderOutcome outcome)
        {
            info.Cacheable = false;
            var head = outcome.ErrorWithoutLoader ? "Module build failed: " : $"Module build failed (from {context.LoaderName(outcome.FailedLoader)}):\n";
            diagnostics.Add(new BuildDiagnostic(head + outcome.Error, module.ReadableName) { Details = outcome.ErrorDetails });
            return new Outcome(null, info, diagnostics);
        }
    }

    // A rule's extractSourceMap (webpack's NormalModule, before the loaders): the resource's text
    // without its sourceMappingURL comment, and the map it names; null when it names none, or when
    // the map cannot be read (a "Module Warning", and the resource goes on as it was).
    internal static SourceMapExtractor.Extracted? ExtractSourceMap(string text, NormalModule module, BuildContext build, BuildInfo info, List<BuildDiagnostic> diagnostics)
    {
        var files = new List<string>();
        var extracted = SourceMapExtractor.TryExtract(text, module.ResourcePath, build.FileSystem, files, out var error);
        foreach (var file in files)
            info.AddFileDependency(file);
        if (error is not null)
            diagnostics.Add(new BuildDiagnostic("Module Warning: " + error, module.ReadableName) { IsWarning = true });
        return extracted?.SourceMap is null ? null : extracted;
    }

    private static T Wait<T>(ValueTask<T> task) =>
        task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();

    /// <summary>The bytes of <paramref name="path"/> (a data: URI's body, or the file's), with the input checks every read makes.</summary>
    internal static byte[] ReadResource(BuildContext build, string path)
    {
        // A data: URI holds its content (webpack's DataUriPlugin reads it for the loaders).
        if (DataUri.Decode(path) is { } data)
            return data;
        if (build.FileSystem is Sharpack.Resolver.PhysicalFileSystem)
            SourceFile.CheckReadable(path);
        var bytes = build.FileSystem.ReadFile(path) ?? throw new FileNotFoundException($"Could not find file '{path}'.", path);
        if (bytes.LongLength > SourceFile.MaxInputBytes)
            throw new IOException($"'{path}' is {bytes.LongLength / (1024.0 * 1024):0.#} MiB; sharpack reads input files of up to {SourceFile.MaxInputBytes / (1024 * 1024)} MiB.");
        return bytes;
    }
}
