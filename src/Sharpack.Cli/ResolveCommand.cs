// `sharpack resolve --from DIR [--conditions a,b] [--dependency esm|commonjs] [--target web|node]
// [--verbose] REQUEST…`: resolves each request as webpack 5 would from a module in DIR (its
// default resolve options for the target, production mode) and prints one line per request, in
// order: the path with query and fragment, `false` for an ignored module, or `error: ` and the
// message; --verbose adds the paths that were tried.

using Sharpack.Resolver;

namespace Sharpack.Cli;

/// <summary>The <c>resolve</c> command.</summary>
public static class ResolveCommand
{
    private const string Usage = "usage: sharpack resolve --from DIR [--conditions a,b] [--dependency esm|commonjs] [--target web|node] [--verbose] REQUEST...";

    /// <summary>Runs the command on the console; returns 0 when every request resolved, 1 otherwise, 2 for bad usage.</summary>
    public static int Run(ReadOnlySpan<string> args) => Run(args, Directory.GetCurrentDirectory(), Console.Out, Console.Error);

    /// <summary>Runs the command with --from relative to <paramref name="workingDirectory"/>, writing to the given writers; the exit code as <see cref="Run(ReadOnlySpan{string})"/>.</summary>
    public static int Run(ReadOnlySpan<string> args, string workingDirectory, TextWriter stdout, TextWriter stderr)
    {
        string? from = null;
        string[]? conditions = null;
        var dependency = "esm";
        var web = true;
        var verbose = false;
        var requests = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--from" when i + 1 < args.Length: from = args[++i]; break;
                case "--conditions" when i + 1 < args.Length: conditions = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries); break;
                case "--dependency" when i + 1 < args.Length: dependency = args[++i]; break;
                case "--target" when i + 1 < args.Length: web = args[++i] != "node"; break;
                case "--verbose": verbose = true; break;
                case "-h":
                case "--help":
                    stdout.WriteLine(Usage);
                    return 0;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        stderr.WriteLine($"sharpack resolve: unknown option '{arg}'\n{Usage}");
                        return 2;
                    }
                    requests.Add(arg);
                    break;
            }
        }
        if (from is null || requests.Count == 0 || dependency is not ("esm" or "commonjs"))
        {
            stderr.WriteLine(Usage);
            return 2;
        }

        var options = ResolveOptions.WebpackDefaults(web).ForDependency(dependency);
        if (conditions is not null) options = options with { ConditionNames = conditions };
        var resolver = new Resolver.Resolver(options);
        var directory = Path.GetFullPath(from, workingDirectory);
        var failed = false;
        foreach (var request in requests)
        {
            var result = resolver.Resolve(request, directory);
            failed |= result.Kind == ResolveResultKind.Error;
            stdout.WriteLine(result.Kind == ResolveResultKind.Error ? "error: " + result.Error!.Replace("\n", " ", StringComparison.Ordinal) : result.FullPath);
            if (!verbose) continue;
            foreach (var path in result.MissingDependencies.Distinct()) stdout.WriteLine($"  tried {path}");
        }
        return failed ? 1 : 0;
    }
}
