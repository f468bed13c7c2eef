// `sharpack-bench css-minify`: speed and output size of Sharpack.Css's minifier on whole
// stylesheets, measured the way bench/css-minify/peers.mjs measures lightningcss, esbuild and cssnano.
//
// Each file is read once (UTF-8). A first call checks it (a crash is reported as that file's
// result; recovered parse errors are counted, as CSS minifiers keep going past them) and, with
// --out DIR, writes its output to DIR/sharpack/FILE (untimed). The warm-up goes on until at least
// --warmup calls (default 5, the first one included) and --warmup-ms milliseconds (default 3000) are
// done, so tiered JIT and dynamic PGO have promoted the hot methods (on a busy 2-core machine, one
// second of bootstrap.css was 24 calls at a median of 30 ms afterwards; three seconds, 290 calls and
// 7.6 ms), but stops once it has taken half of --budget. Then --runs calls (default 10) are timed, each on its own, or fewer (at least 3)
// when they would take more than --budget seconds (default 20) at the warm-up's pace. No GC is
// forced between calls. The timed region holds only the call to CssMinifier.Minify, string in and
// string out: no I/O, no encoding.

using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Sharpack.Css;

namespace Sharpack.Bench;

/// <summary>The <c>css-minify</c> benchmark.</summary>
internal static class CssMinifyBenchmark
{
    sealed record Settings(List<string> Files, int Runs, int Warmup, int WarmupMs, int BudgetSeconds, bool Json, bool Verbose, string? OutDirectory);

    sealed record Measurement(string File, string Path, long Bytes, long OutBytes, int Errors, int Runs, double MedianMs, double MinMs, long AllocatedBytes)
    {
        public double MegabytesPerSecond => Bytes / 1e6 / (MedianMs / 1e3);
    }

    /// <summary>Runs the benchmark with the arguments after <c>css-minify</c>; returns the exit code.</summary>
    public static int Run(ReadOnlySpan<string> args)
    {
        if (!TryParseArguments(args, out var settings, out var problem))
        {
            Console.Error.WriteLine($"sharpack-bench css-minify: {problem}");
            Console.Error.WriteLine(BenchCommandLine.Usage);
            return 2;
        }
        OptimizationCheck.WarnIfNotOptimized(typeof(CssMinifier).Assembly, typeof(CssMinifyBenchmark).Assembly);
        if (!settings.Json)
            Console.WriteLine(FormatHeader());
        var exitCode = 0;
        foreach (var path in settings.Files)
        {
            var source = File.ReadAllText(path, Encoding.UTF8);
            var bytes = new FileInfo(path).Length;
            var name = System.IO.Path.GetFileName(path);
            var warmup = Stopwatch.StartNew();
            CssMinifyResult first;
            try
            {
                first = CssMinifier.Minify(source);
            }
            catch (Exception exception)
            {
                // A crash is a minifier bug; report it as this file's result instead of ending the run.
                var failure = $"the minifier threw {exception.GetType().Name}: {exception.Message}";
                Console.Error.WriteLine($"sharpack-bench css-minify: {path}: {failure}");
                if (settings.Json)
                    Console.WriteLine(FormatFailureJson(name, path, bytes, failure));
                exitCode = 1;
                continue;
            }
            if (settings.OutDirectory is { } outDirectory)
            {
                var directory = System.IO.Path.Combine(outDirectory, "sharpack");
                Directory.CreateDirectory(directory);
                File.WriteAllText(System.IO.Path.Combine(directory, name), first.Code, new UTF8Encoding(false));
            }
            if (settings.Verbose)
            {
                foreach (var error in first.Errors.Take(10))
                    Console.Error.WriteLine($"  {name}: recovered parse error at offset {error.Offset}: {error.Message}");
            }
            var (runs, medianMs, minMs, allocated) = Measure(source, settings, warmup);
            var measurement = new Measurement(name, path, bytes, Encoding.UTF8.GetByteCount(first.Code), first.Errors.Count,
                runs, medianMs, minMs, allocated);
            Console.WriteLine(settings.Json ? FormatJson(measurement) : FormatRow(measurement));
        }
        return exitCode;
    }

    // The warm-up goes on from the first call (`warmup` has run since it started).
    static (int Runs, double MedianMs, double MinMs, long Allocated) Measure(string source, Settings settings, Stopwatch warmup)
    {
        var calls = 1;
        for (; (calls < settings.Warmup || warmup.ElapsedMilliseconds < settings.WarmupMs)
            && warmup.ElapsedMilliseconds < settings.BudgetSeconds * 500L; calls++)
            GC.KeepAlive(CssMinifier.Minify(source));
        var callMs = warmup.Elapsed.TotalMilliseconds / calls;
        var fit = (int)Math.Min(int.MaxValue, settings.BudgetSeconds * 1000.0 / Math.Max(callMs, 0.001));
        var runs = Math.Clamp(fit, Math.Min(3, settings.Runs), settings.Runs);

        var times = new double[runs];
        var allocations = new long[runs];
        var collections = new int[runs, 3];
        for (var i = 0; i < runs; i++)
        {
            for (var generation = 0; generation < 3; generation++)
                collections[i, generation] = GC.CollectionCount(generation);
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            var result = CssMinifier.Minify(source);
            var elapsed = Stopwatch.GetElapsedTime(started);
            allocations[i] = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            times[i] = elapsed.TotalMilliseconds;
            GC.KeepAlive(result);
            for (var generation = 0; generation < 3; generation++)
                collections[i, generation] = GC.CollectionCount(generation) - collections[i, generation];
        }
        if (settings.Verbose)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  warm-up: {calls} calls, {warmup.Elapsed.TotalMilliseconds:F0} ms"));
            for (var i = 0; i < runs; i++)
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  run {i + 1,2}: {times[i],9:F2} ms, {allocations[i] / 1e6,7:F1} MB allocated, GCs gen0/1/2 {collections[i, 0]}/{collections[i, 1]}/{collections[i, 2]}"));
        }
        return (runs, BenchStatistics.Median(times), times.Min(), BenchStatistics.Median(allocations));
    }

    static string FormatHeader() =>
        $"{"tool",-13} {"file",-16} {"size kB",9} {"out kB",9} {"out %",6} {"median ms",10} {"min ms",9} {"MB/s",8} {"runs",4} {"errors",6} {"alloc MB/call",13}";

    static string FormatRow(Measurement m) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{"sharpack",-13} {m.File,-16} {m.Bytes / 1e3,9:F1} {m.OutBytes / 1e3,9:F1} {100.0 * m.OutBytes / m.Bytes,6:F1} {m.MedianMs,10:F2} {m.MinMs,9:F2} {m.MegabytesPerSecond,8:F1} {m.Runs,4} {m.Errors,6} {m.AllocatedBytes / 1e6,13:F1}");

    static string FormatJson(Measurement m) =>
        WriteJson(json =>
        {
            json.WriteString("tool", "sharpack");
            json.WriteString("file", m.File);
            json.WriteString("path", m.Path);
            json.WriteNumber("bytes", m.Bytes);
            json.WriteNumber("outBytes", m.OutBytes);
            json.WriteNumber("errors", m.Errors);
            json.WriteNumber("runs", m.Runs);
            json.WriteNumber("medianMs", Math.Round(m.MedianMs, 3));
            json.WriteNumber("minMs", Math.Round(m.MinMs, 3));
            json.WriteNumber("mbPerS", Math.Round(m.MegabytesPerSecond, 2));
            json.WriteNumber("allocBytes", m.AllocatedBytes);
        });

    static string FormatFailureJson(string file, string path, long bytes, string error) =>
        WriteJson(json =>
        {
            json.WriteString("tool", "sharpack");
            json.WriteString("file", file);
            json.WriteString("path", path);
            json.WriteNumber("bytes", bytes);
            json.WriteString("error", error);
        });

    static string WriteJson(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            write(json);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    static bool TryParseArguments(ReadOnlySpan<string> args, out Settings settings, out string problem)
    {
        settings = new Settings([], Runs: 10, Warmup: 5, WarmupMs: 3000, BudgetSeconds: 20, Json: false, Verbose: false, OutDirectory: null);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--json":
                    settings = settings with { Json = true };
                    break;
                case "--verbose":
                    settings = settings with { Verbose = true };
                    break;
                case "--out":
                    if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        problem = "--out needs a directory";
                        return false;
                    }
                    settings = settings with { OutDirectory = args[++i] };
                    break;
                case "--runs" or "--warmup" or "--warmup-ms" or "--budget":
                    if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                        || (n < 1 && arg is "--runs" or "--budget"))
                    {
                        problem = $"{arg} needs a count{(arg is "--runs" or "--budget" ? " of at least 1" : "")}";
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
                    if (!File.Exists(arg))
                    {
                        problem = $"no such file '{arg}'";
                        return false;
                    }
                    settings.Files.Add(arg);
                    break;
            }
        }
        problem = settings.Files.Count == 0 ? "no files given" : "";
        return settings.Files.Count > 0;
    }
}
