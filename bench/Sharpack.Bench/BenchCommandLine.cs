// Dispatches `sharpack-bench <command>` to the benchmark it names.

namespace Sharpack.Bench;

/// <summary>The command dispatcher of the benchmark harness.</summary>
public static class BenchCommandLine
{
    internal const string Usage =
        "usage: sharpack-bench parse [--script|--module] FILE... [--runs N] [--warmup N] [--warmup-ms MS] [--no-scopes] [--json] [--verbose]\n" +
        "       sharpack-bench resolve --requests FILE [--rounds N]\n" +
        "       sharpack-bench transform --corpus NAME PATH... [--corpus NAME PATH...] [--target esYYYY] [--runs N] [--warmup N] [--warmup-ms MS] [--budget S] [--parallel] [--json] [--verbose] [--out DIR]\n" +
        "       sharpack-bench css-minify FILE... [--runs N] [--warmup N] [--warmup-ms MS] [--budget S] [--json] [--verbose] [--out DIR]";

    /// <summary>Runs the benchmark named by the first argument; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        return args[0] switch
        {
            "parse" => ParseBenchmark.Run(args.AsSpan(1)),
            "resolve" => ResolveBenchmark.Run(args.AsSpan(1)),
            "transform" => TransformBenchmark.Run(args.AsSpan(1)),
            "css-minify" => CssMinifyBenchmark.Run(args.AsSpan(1)),
            _ => Unknown(args[0]),
        };
    }

    static int Unknown(string command)
    {
        Console.Error.WriteLine($"sharpack-bench: unknown command '{command}'");
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
