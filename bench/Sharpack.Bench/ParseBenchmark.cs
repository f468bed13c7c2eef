// `sharpack-bench parse`: parse throughput of Sharpack.JavaScript on whole files.
//
// Each file is read once; then it is parsed for warm-up (at least --warmup times and at least
// --warmup-ms milliseconds, so tiered JIT and dynamic PGO have promoted the hot methods), and then
// parsed --runs times back to back, each timed on its own. No GC is forced between runs: each parse
// pays for the collections its garbage causes, as in a bundler parsing file after file, and as
// peers.mjs measures the node parsers. The timed region holds only the call to
// JavaScriptParser.Parse: no I/O, no printing.

using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Sharpack.JavaScript;

namespace Sharpack.Bench;

/// <summary>The <c>parse</c> benchmark.</summary>
internal static class ParseBenchmark
{
    sealed record Settings(List<(string File, SourceType Goal)> Files, int Runs, int Warmup, int WarmupMs, bool Scopes, bool Json, bool Verbose);

    /// <summary>Runs the benchmark with the arguments after <c>parse</c>; returns the exit code.</summary>
    public static int Run(ReadOnlySpan<string> args)
    {
        if (!TryParseArguments(args, out var settings, out var problem))
        {
            Console.Error.WriteLine($"sharpack-bench parse: {problem}");
            Console.Error.WriteLine(BenchCommandLine.Usage);
            return 2;
        }
        OptimizationCheck.WarnIfNotOptimized(typeof(JavaScriptParser).Assembly, typeof(ParseBenchmark).Assembly);
        if (!settings.Json)
            Console.WriteLine(ParseMeasurement.FormatHeader());
        var exitCode = 0;
        foreach (var (file, goal) in settings.Files)
        {
            var source = File.ReadAllText(file);
            var bytes = new FileInfo(file).Length;
            var options = new ParseOptions { SourceType = goal, AnalyzeScopes = settings.Scopes, FileName = file };
            if (!TryFirstParse(source, options, out var failure))
            {
                Console.Error.WriteLine($"sharpack-bench parse: {file}: {failure}");
                if (settings.Json)
                    Console.WriteLine(ParseMeasurement.FormatFailureJson(settings.Scopes, file, goal, failure));
                exitCode = 1;
                continue;
            }
            var measurement = Measure(source, options, settings) with { File = file, Bytes = bytes };
            Console.WriteLine(settings.Json ? measurement.FormatJson() : measurement.FormatRow());
        }
        return exitCode;
    }

    static ParseMeasurement Measure(string source, ParseOptions options, Settings settings)
    {
        var warmup = Stopwatch.StartNew();
        for (var i = 1; i < settings.Warmup || warmup.ElapsedMilliseconds < settings.WarmupMs; i++)
            GC.KeepAlive(JavaScriptParser.Parse(source, options));

        var times = new double[settings.Runs];
        var allocations = new long[settings.Runs];
        var collections = new int[settings.Runs, 3];
        for (var i = 0; i < settings.Runs; i++)
        {
            for (var generation = 0; generation < 3; generation++)
                collections[i, generation] = GC.CollectionCount(generation);
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            var result = JavaScriptParser.Parse(source, options);
            var elapsed = Stopwatch.GetElapsedTime(started);
            allocations[i] = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            times[i] = elapsed.TotalMilliseconds;
            GC.KeepAlive(result);
            for (var generation = 0; generation < 3; generation++)
                collections[i, generation] = GC.CollectionCount(generation) - collections[i, generation];
        }
        if (settings.Verbose)
        {
            for (var i = 0; i < settings.Runs; i++)
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  run {i + 1,2}: {times[i],9:F2} ms, {allocations[i] / 1e6,7:F1} MB allocated, GCs gen0/1/2 {collections[i, 0]}/{collections[i, 1]}/{collections[i, 2]}"));
        }
        return new ParseMeasurement(
            Parser: "sharpack",
            Scopes: settings.Scopes,
            File: "",
            Goal: options.SourceType == SourceType.Module ? "module" : "script",
            Bytes: 0,
            Runs: settings.Runs,
            MedianMs: BenchStatistics.Median(times),
            MinMs: times.Min(),
            AllocatedBytes: BenchStatistics.Median(allocations));
    }

    // The first parse counts as a warm-up run; it also checks that the file parses at all, so a
    // benchmark never times the error path.
    static bool TryFirstParse(string source, ParseOptions options, out string failure)
    {
        try
        {
            var result = JavaScriptParser.Parse(source, options);
            if (result.Error is { } error)
            {
                failure = $"{error.Line}:{error.Column}: {error.Message}";
                return false;
            }
        }
        catch (Exception exception)
        {
            // A crash is a parser bug; report it as this file's result instead of ending the run.
            failure = exception is NotImplementedException
                ? "the parser is not implemented in this build"
                : $"the parser threw {exception.GetType().Name}: {exception.Message}";
            return false;
        }
        failure = "";
        return true;
    }

    static bool TryParseArguments(ReadOnlySpan<string> args, out Settings settings, out string problem)
    {
        settings = new Settings([], Runs: 10, Warmup: 5, WarmupMs: 500, Scopes: true, Json: false, Verbose: false);
        SourceType? goal = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--script":
                    goal = SourceType.Script;
                    break;
                case "--module":
                    goal = SourceType.Module;
                    break;
                case "--no-scopes":
                    settings = settings with { Scopes = false };
                    break;
                case "--json":
                    settings = settings with { Json = true };
                    break;
                case "--verbose":
                    settings = settings with { Verbose = true };
                    break;
                case "--runs" or "--warmup" or "--warmup-ms":
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
                    settings.Files.Add((arg, goal ?? GoalFromExtension(arg)));
                    break;
            }
        }
        problem = settings.Files.Count == 0 ? "no files given" : "";
        return settings.Files.Count > 0;
    }

    // Without --script/--module before it, a file's goal follows node's rule for its extension:
    // .cjs is a script, anything else is parsed as a module.
    static SourceType GoalFromExtension(string file) =>
        file.EndsWith(".cjs", StringComparison.OrdinalIgnoreCase) ? SourceType.Script : SourceType.Module;

}
