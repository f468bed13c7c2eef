// `sharpack-bench transform`: TypeScript/JSX transform throughput of SourceTransformer on whole
// corpora, measured the way bench/transform/peers.mjs measures esbuild, swc, Babel and tsc.
//
// A corpus is every .ts/.tsx/.mts/.cts file (not .d.ts) under its paths, in ordinal order of the
// path; its files are read once. A pass transforms every file, one after the other on this thread
// (--parallel: Parallel.ForEach over the files, on all cores). The first pass checks the files (a
// file that does not transform is reported, and is still transformed in the timed passes); passes
// go on for warm-up until at least --warmup passes (default 1, the first one included) and
// --warmup-ms milliseconds (default 3000) are done, so tiered JIT and dynamic PGO have promoted the
// hot methods (on 2 cores, passes over rxjs+zod go from 250 to a steady 41-47 ms in about 1.3 s); then --runs passes (default 5) are timed, each on its own, or fewer (at least 3) when
// they would take more than --budget seconds (default 30) by the warm-up passes' pace. No GC is
// forced between passes. The timed region holds only the calls to SourceTransformer.Transform: no I/O.
//
// Options: TypeScript on, JSX for .tsx files, the automatic JSX runtime (production form), class
// fields defined (useDefineForClassFields, the default), unused imports elided (the default), a
// module goal (.cts: decided by the content). The transform copies untouched text and always keeps
// its mapping back to the source (TransformResult.Segments), so it does that work here too; no
// source map is written, as for the peers.

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Sharpack.JavaScript.Transforms;

namespace Sharpack.Bench;

/// <summary>The <c>transform</c> benchmark.</summary>
internal static class TransformBenchmark
{
    sealed record Corpus(string Name, List<string> Paths);

    sealed record Settings(List<Corpus> Corpora, int Runs, int Warmup, int WarmupMs, int BudgetSeconds, bool Parallel, bool Json, bool Verbose, string? OutDirectory, SyntaxFeatures Lower = SyntaxFeatures.None);

    sealed record SourceFile(string Path, string Source, long Bytes, TransformOptions Options);

    readonly record struct Failure(string File, string Error);

    /// <summary>Runs the benchmark with the arguments after <c>transform</c>; returns the exit code.</summary>
    public static int Run(ReadOnlySpan<string> args)
    {
        if (!TryParseArguments(args, out var settings, out var problem))
        {
            Console.Error.WriteLine($"sharpack-bench transform: {problem}");
            Console.Error.WriteLine(BenchCommandLine.Usage);
            return 2;
        }
        OptimizationCheck.WarnIfNotOptimized(typeof(SourceTransformer).Assembly, typeof(TransformBenchmark).Assembly);
        if (!settings.Json)
            Console.WriteLine(FormatHeader());
        var exitCode = 0;
        foreach (var corpus in settings.Corpora)
        {
            var files = ListFiles(corpus.Paths).Select(path => Read(path, settings.Lower)).ToArray();
            var warmup = Stopwatch.StartNew();
            var failures = FirstPass(files, settings, corpus.Name);
            foreach (var failure in failures)
                Console.Error.WriteLine($"sharpack-bench transform: {failure.File}: {failure.Error}");
            if (failures.Count > 0)
                exitCode = 1;
            var (runs, medianMs, minMs, outChars, allocated) = Measure(files, settings, warmup);
            var bytes = files.Sum(file => file.Bytes);
            var mbPerS = bytes / 1e6 / (medianMs / 1e3);
            Console.WriteLine(settings.Json
                ? FormatJson(corpus.Name, files.Length, bytes, settings, runs, medianMs, minMs, mbPerS, outChars, allocated, failures)
                : string.Create(CultureInfo.InvariantCulture,
                    $"{"sharpack",-14} {Mode(settings),-8} {corpus.Name,-10} {files.Length,6} {bytes / 1e6,8:F2} {medianMs,10:F1} {minMs,9:F1} {mbPerS,8:F1} {failures.Count,6} {allocated / 1e6,12:F1}"));
        }
        return exitCode;
    }

    static string Mode(Settings settings) => settings.Parallel ? "parallel" : "single";

    static string FormatHeader() =>
        $"{"tool",-14} {"mode",-8} {"corpus",-10} {"files",6} {"size MB",8} {"median ms",10} {"min ms",9} {"MB/s",8} {"failed",6} {"alloc MB/pass",12}";

    static SourceFile Read(string path, SyntaxFeatures lower)
    {
        var tsx = path.EndsWith(".tsx", StringComparison.Ordinal);
        var options = new TransformOptions
        {
            TypeScript = true,
            Jsx = tsx,
            JsxRuntime = JsxRuntime.Automatic,
            Lower = lower,
            FileName = path,
            Module = path.EndsWith(".cts", StringComparison.Ordinal) ? null : true,
        };
        return new SourceFile(path, File.ReadAllText(path), new FileInfo(path).Length, options);
    }

    // Every TypeScript source under the paths, declaration files left out, in ordinal order of the
    // path (peers.mjs lists them the same way).
    static List<string> ListFiles(List<string> paths)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
                {
                    if (IsSource(file))
                        files.Add(file);
                }
            }
            else if (IsSource(path))
            {
                files.Add(path);
            }
        }
        var sorted = files.ToList();
        sorted.Sort(StringComparer.Ordinal);
        return sorted;
    }

    static bool IsSource(string file) =>
        (file.EndsWith(".ts", StringComparison.Ordinal) || file.EndsWith(".tsx", StringComparison.Ordinal)
            || file.EndsWith(".mts", StringComparison.Ordinal) || file.EndsWith(".cts", StringComparison.Ordinal))
        && !(file.EndsWith(".d.ts", StringComparison.Ordinal) || file.EndsWith(".d.mts", StringComparison.Ordinal)
            || file.EndsWith(".d.cts", StringComparison.Ordinal));

    // The first pass (a warm-up pass too): every file once, its errors and crashes collected, and
    // with --out its output written for bench/transform/check.mjs (outside any timed region).
    static List<Failure> FirstPass(SourceFile[] files, Settings settings, string corpus)
    {
        var failures = new ConcurrentBag<Failure>();
        var outputs = settings.OutDirectory is null ? null : new string?[files.Length];
        void One(int index)
        {
            var file = files[index];
            try
            {
                var result = SourceTransformer.Transform(file.Source, file.Options);
                if (result.Error is { } error)
                    failures.Add(new Failure(file.Path, $"{error.Line}:{error.Column}: {error.Message}"));
                else if (outputs is not null)
                    outputs[index] = result.Code;
            }
            catch (Exception exception)
            {
                // A crash is a transform bug; report it as this file's result instead of ending the run.
                failures.Add(new Failure(file.Path, $"the transform threw {exception.GetType().Name}: {exception.Message}"));
            }
        }
        if (settings.Parallel)
            Parallel.For(0, files.Length, One);
        else
        {
            for (var i = 0; i < files.Length; i++)
                One(i);
        }
        if (outputs is not null)
            WriteOutputs(Path.Combine(settings.OutDirectory!, corpus), files, outputs);
        var list = failures.ToList();
        list.Sort((a, b) => string.CompareOrdinal(a.File, b.File));
        return list;
    }

    // OUT/CORPUS/NNNNN.js for each file that transformed, and OUT/CORPUS/manifest.tsv: output, source.
    static void WriteOutputs(string directory, SourceFile[] files, string?[] outputs)
    {
        if (Directory.Exists(directory))
            Directory.Delete(directory, recursive: true);
        Directory.CreateDirectory(directory);
        var manifest = new StringBuilder();
        for (var i = 0; i < files.Length; i++)
        {
            if (outputs[i] is not { } code)
                continue;
            var name = string.Create(CultureInfo.InvariantCulture, $"{i:D5}.js");
            File.WriteAllText(Path.Combine(directory, name), code, new UTF8Encoding(false));
            manifest.Append(name).Append('\t').Append(Path.GetFullPath(files[i].Path)).Append('\n');
        }
        File.WriteAllText(Path.Combine(directory, "manifest.tsv"), manifest.ToString());
    }

    // The warm-up goes on from the first pass (`warmup` has run since it started).
    static (int Runs, double MedianMs, double MinMs, long OutChars, long Allocated) Measure(SourceFile[] files, Settings settings, Stopwatch warmup)
    {
        long outChars = 0;
        var passes = 1;
        for (; passes < settings.Warmup || warmup.ElapsedMilliseconds < settings.WarmupMs; passes++)
            outChars = Pass(files, settings.Parallel);
        var runs = Runs(settings, warmup.Elapsed.TotalMilliseconds / passes);

        var times = new double[runs];
        var allocations = new long[runs];
        var collections = new int[runs, 3];
        for (var i = 0; i < runs; i++)
        {
            for (var generation = 0; generation < 3; generation++)
                collections[i, generation] = GC.CollectionCount(generation);
            var allocatedBefore = Allocated(settings.Parallel);
            var started = Stopwatch.GetTimestamp();
            outChars = Pass(files, settings.Parallel);
            var elapsed = Stopwatch.GetElapsedTime(started);
            allocations[i] = Allocated(settings.Parallel) - allocatedBefore;
            times[i] = elapsed.TotalMilliseconds;
            for (var generation = 0; generation < 3; generation++)
                collections[i, generation] = GC.CollectionCount(generation) - collections[i, generation];
        }
        if (settings.Verbose)
        {
            for (var i = 0; i < runs; i++)
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  pass {i + 1,2}: {times[i],9:F1} ms, {allocations[i] / 1e6,8:F1} MB allocated, GCs gen0/1/2 {collections[i, 0]}/{collections[i, 1]}/{collections[i, 2]}"));
        }
        if (settings.Verbose)
            PrintSlowestFiles(files);
        return (runs, BenchStatistics.Median(times), times.Min(), outChars, BenchStatistics.Median(allocations));
    }

    // --runs timed passes, or as many as fit in --budget seconds at the warm-up's pace, but at least 3.
    static int Runs(Settings settings, double passMs)
    {
        var fit = (int)Math.Min(int.MaxValue, settings.BudgetSeconds * 1000.0 / Math.Max(passMs, 0.001));
        return Math.Clamp(fit, Math.Min(3, settings.Runs), settings.Runs);
    }

    // --verbose: three more passes, not in the figures, that time each file on its own and print
    // the ten with the lowest throughput (the fastest of a file's three times, to leave out the
    // moments the thread was not running).
    static void PrintSlowestFiles(SourceFile[] files)
    {
        var perFile = new (double Ms, SourceFile File)[files.Length];
        for (var i = 0; i < files.Length; i++)
            perFile[i] = (double.MaxValue, files[i]);
        for (var pass = 0; pass < 3; pass++)
        {
            for (var i = 0; i < files.Length; i++)
            {
                var started = Stopwatch.GetTimestamp();
                TransformOne(files[i]);
                perFile[i].Ms = Math.Min(perFile[i].Ms, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  lowest throughput (each file timed alone, fastest of 3; all files {perFile.Sum(entry => entry.Ms):F1} ms):"));
        foreach (var (ms, file) in perFile.OrderBy(entry => entry.File.Bytes / entry.Ms).Take(10))
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    {ms,8:F2} ms {file.Bytes / 1e3,8:F1} kB {file.Bytes / 1e6 / (ms / 1e3),7:F1} MB/s  {file.Path}"));
    }

    // Single-threaded: the bytes this thread allocated; in parallel, the whole process's.
    static long Allocated(bool parallel) =>
        parallel ? GC.GetTotalAllocatedBytes(precise: false) : GC.GetAllocatedBytesForCurrentThread();

    // One pass over the corpus; returns the total length of the outputs (so nothing is left unused).
    static long Pass(SourceFile[] files, bool parallel)
    {
        if (!parallel)
        {
            long total = 0;
            foreach (var file in files)
                total += TransformOne(file);
            return total;
        }
        long sum = 0;
        Parallel.ForEach(files, () => 0L, (file, _, local) => local + TransformOne(file),
            local => Interlocked.Add(ref sum, local));
        return sum;
    }

    static long TransformOne(SourceFile file)
    {
        try
        {
            return SourceTransformer.Transform(file.Source, file.Options).Code.Length;
        }
        catch (Exception)
        {
            return 0; // reported by the first pass
        }
    }

    static string FormatJson(string corpus, int files, long bytes, Settings settings, int runs, double medianMs, double minMs,
        double mbPerS, long outChars, long allocated, List<Failure> failures)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("tool", "sharpack");
            json.WriteString("mode", Mode(settings));
            json.WriteString("corpus", corpus);
            json.WriteNumber("files", files);
            json.WriteNumber("bytes", bytes);
            json.WriteNumber("runs", runs);
            json.WriteNumber("medianMs", Math.Round(medianMs, 3));
            json.WriteNumber("minMs", Math.Round(minMs, 3));
            json.WriteNumber("mbPerS", Math.Round(mbPerS, 2));
            json.WriteNumber("outChars", outChars);
            json.WriteNumber("allocBytes", allocated);
            json.WriteNumber("failures", failures.Count);
            json.WriteStartArray("failed");
            foreach (var failure in failures.Take(20))
            {
                json.WriteStartObject();
                json.WriteString("file", failure.File);
                json.WriteString("error", failure.Error);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    static bool TryParseArguments(ReadOnlySpan<string> args, out Settings settings, out string problem)
    {
        settings = new Settings([], Runs: 5, Warmup: 1, WarmupMs: 3000, BudgetSeconds: 30, Parallel: false, Json: false, Verbose: false, OutDirectory: null);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--parallel":
                    settings = settings with { Parallel = true };
                    break;
                case "--json":
                    settings = settings with { Json = true };
                    break;
                case "--verbose":
                    settings = settings with { Verbose = true };
                    break;
                case "--target":
                    // The syntax to lower to: es2017 … es2022 (what peers.mjs gives esbuild, SWC and tsc).
                    if (i + 1 >= args.Length || SyntaxTarget.ForEcmaScript(args[i + 1]) is not { } lower)
                    {
                        problem = "--target needs an ECMAScript edition (es2015 … es2022, esnext)";
                        return false;
                    }
                    i++;
                    settings = settings with { Lower = lower };
                    break;
                case "--corpus" or "--out":
                    if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        problem = $"{arg} needs a {(arg == "--corpus" ? "name" : "directory")}";
                        return false;
                    }
                    i++;
                    if (arg == "--out")
                        settings = settings with { OutDirectory = args[i] };
                    else
                        settings.Corpora.Add(new Corpus(args[i], []));
                    break;
                case "--runs" or "--warmup" or "--warmup-ms" or "--budget":
                    if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                        || (n < 1 && arg == "--runs"))
                    {
                        problem = $"{arg} needs a count{(arg == "--runs" ? " of at least 1" : "")}";
                        return false;
                    }
                    i++;
                    settings = arg switch
                    {
                        "--runs" => settings with { Runs = n },
                        "--warmup" => settings with { Warmup = n },
                        "--budget" => settings with { BudgetSeconds = n },
                        _ => settings with { WarmupMs = n },
                    };
                    break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        problem = $"unknown option '{arg}'";
                        return false;
                    }
                    if (settings.Corpora.Count == 0)
                    {
                        problem = $"'{arg}' comes before any --corpus";
                        return false;
                    }
                    if (!File.Exists(arg) && !Directory.Exists(arg))
                    {
                        problem = $"no such file or directory '{arg}'";
                        return false;
                    }
                    settings.Corpora[^1].Paths.Add(arg);
                    break;
            }
        }
        foreach (var corpus in settings.Corpora)
        {
            if (corpus.Paths.Count == 0)
            {
                problem = $"corpus '{corpus.Name}' has no paths";
                return false;
            }
        }
        problem = settings.Corpora.Count == 0 ? "no corpus given" : "";
        return settings.Corpora.Count > 0;
    }

}
