// `sharpack-bench resolve --requests FILE [--rounds N]`: resolutions per second of
// Sharpack.Resolver over a request list (JSON lines {"context","request"}, written by
// tests/fixtures-resolver/differential.mjs --requests), each request resolved once with webpack's
// web-ESM options and once with its node-CommonJS options. "Cold" is the first pass with a new
// ResolverCache (every stat and package.json read from disk); "warm" is a second pass over the
// same caches. Each figure is the median of the rounds; one JSON line is printed.

using System.Diagnostics;
using System.Text.Json;
using Sharpack.Resolver;

namespace Sharpack.Bench;

/// <summary>The <c>resolve</c> benchmark.</summary>
public static class ResolveBenchmark
{
    /// <summary>Runs the benchmark; returns the exit code.</summary>
    public static int Run(ReadOnlySpan<string> args)
    {
        string? file = null;
        var rounds = 5;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--requests" && i + 1 < args.Length) file = args[++i];
            else if (args[i] == "--rounds" && i + 1 < args.Length) rounds = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            else
            {
                Console.Error.WriteLine("usage: sharpack-bench resolve --requests FILE [--rounds N]");
                return 2;
            }
        }
        if (file is null)
        {
            Console.Error.WriteLine("usage: sharpack-bench resolve --requests FILE [--rounds N]");
            return 2;
        }
        var requests = new List<(string Context, string Request)>();
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length == 0) continue;
            using var json = JsonDocument.Parse(line);
            requests.Add((json.RootElement.GetProperty("context").GetString()!, json.RootElement.GetProperty("request").GetString()!));
        }
        ResolveOptions[] sets =
        [
            ResolveOptions.WebpackDefaults(web: true).ForDependency("esm"),
            ResolveOptions.WebpackDefaults(web: false).ForDependency("commonjs"),
        ];

        // One untimed pass so the JIT has compiled the resolver (tiered PGO as in the CLI).
        Pass(sets, new ResolverCache(), requests);
        var cold = new List<double>();
        var warm = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var cache = new ResolverCache();
            var resolvers = Array.ConvertAll(sets, o => new Resolver.Resolver(o, cache));
            var watch = Stopwatch.StartNew();
            var resolved = PassWith(resolvers, requests);
            cold.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            PassWith(resolvers, requests);
            warm.Add(watch.Elapsed.TotalMilliseconds);
            if (round == 0) Console.Error.WriteLine($"resolved {resolved} of {requests.Count * sets.Length}");
        }
        var total = requests.Count * sets.Length;
        var coldMs = Median(cold);
        var warmMs = Median(warm);
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            requests = total,
            coldMs,
            warmMs,
            coldPerSecond = Math.Round(total / (coldMs / 1000)),
            warmPerSecond = Math.Round(total / (warmMs / 1000)),
            cold,
            warm,
        }));
        return 0;
    }

    private static void Pass(ResolveOptions[] sets, ResolverCache cache, List<(string Context, string Request)> requests)
        => PassWith(Array.ConvertAll(sets, o => new Resolver.Resolver(o, cache)), requests);

    private static int PassWith(Resolver.Resolver[] resolvers, List<(string Context, string Request)> requests)
    {
        var resolved = 0;
        foreach (var resolver in resolvers)
        {
            foreach (var (context, request) in requests)
            {
                if (resolver.Resolve(request, context).Kind != ResolveResultKind.Error) resolved++;
            }
        }
        return resolved;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return sorted[sorted.Length / 2];
    }
}
