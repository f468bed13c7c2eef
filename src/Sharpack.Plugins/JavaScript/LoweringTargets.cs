// The syntax a build lowers TypeScript/JSX (and builtin:swc-loader's output) to: from webpack's
// `target` (`es2017`, `node14.17`, `browserslist:chrome >= 80`, `browserslist` reading the
// project's config), from SWC's `jsc.target` and `env.targets`. Browserslist queries that name
// versions are read here; a query that needs browserslist's usage data (`defaults`, `> 0.5%`) is
// handed to the project's own `browserslist` package under node, as webpack and SWC do, and when
// that is not possible the build says so and lowers everything it can.

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Sharpack.JavaScript.Transforms;
using Sharpack.Resolver;

namespace Sharpack.Plugins.JavaScript;

/// <summary>What a build or a loader lowers to, with a warning when a query could not be read.</summary>
internal readonly record struct LoweringTarget(SyntaxFeatures Lower, string? Warning);

internal static class LoweringTargets
{
    private static readonly ConditionalWeakTable<SharpackOptions, StrongBox<LoweringTarget>> s_builds = new();
    private static readonly ConcurrentDictionary<string, LoweringTarget> s_queries = new(StringComparer.Ordinal);

    /// <summary>
    /// The build's target (<c>target</c>), computed once per options; the warning, if any, only the
    /// first time (it is the build's, not each module's).
    /// </summary>
    public static LoweringTarget ForBuild(SharpackOptions options, IFileSystem fileSystem)
    {
        if (s_builds.TryGetValue(options, out var known))
            return known.Value with { Warning = null };
        var lower = SyntaxFeatures.None;
        string? warning = null;
        foreach (var raw in options.Target.Name.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            LoweringTarget part;
            if (raw.StartsWith("browserslist:", StringComparison.Ordinal))
                part = ForQueries([raw["browserslist:".Length..]], options.Context);
            else if (raw == "browserslist")
                part = ReadBrowserslistConfig(options.Context, fileSystem) is { } queries
                    ? ForQueries(queries, options.Context)
                    : new LoweringTarget(SyntaxFeatures.None, "target 'browserslist': no browserslist configuration found (.browserslistrc or package.json's browserslist) from " + options.Context);
            else
                part = new LoweringTarget(ForTargetName(raw), null);
            lower |= part.Lower;
            warning ??= part.Warning;
        }
        var result = new LoweringTarget(lower, warning);
        s_builds.AddOrUpdate(options, new StrongBox<LoweringTarget>(result));
        return result;
    }

    // `es2017`, `node14.17`, `electron…`, `web`: what a webpack target name says about syntax.
    private static SyntaxFeatures ForTargetName(string target)
    {
        if (SyntaxTarget.ForEcmaScript(target) is { } edition)
            return edition;
        var name = target.StartsWith("async-node", StringComparison.Ordinal) ? target["async-".Length..] : target;
        if (name.StartsWith("node", StringComparison.Ordinal) && name.Length > 4 && char.IsAsciiDigit(name[4]))
            return SyntaxTarget.ForEngine("node", name[4..]) ?? SyntaxFeatures.None;
        return SyntaxFeatures.None;
    }

    /// <summary>SWC's <c>env.targets</c>: a query string, a list of them, or engine versions (<c>{ "chrome": "80" }</c>).</summary>
    public static LoweringTarget ForSwcTargets(JsonNode? targets, string context)
    {
        switch (targets)
        {
            case JsonValue value when value.TryGetValue<string>(out var query):
                return ForQueries([query], context);
            case JsonArray array:
                return ForQueries([.. array.Select(static item => item?.ToString() ?? "")], context);
            case JsonObject engines:
                {
                    var lower = SyntaxFeatures.None;
                    var queries = new List<string>();
                    foreach (var (engine, version) in engines)
                    {
                        if (engine == "browsers")
                        {
                            if (version is JsonArray list)
                                queries.AddRange(list.Select(static item => item?.ToString() ?? ""));
                            else if (version is not null)
                                queries.Add(version.ToString());
                            continue;
                        }
                        var text = version is JsonValue number && number.TryGetValue<double>(out var numeric)
                            ? numeric.ToString(System.Globalization.CultureInfo.InvariantCulture)
                            : version?.ToString() ?? "";
                        if (SyntaxTarget.ForEngine(engine, text) is { } features)
                            lower |= features;
                    }
                    var fromQueries = queries.Count > 0 ? ForQueries(queries, context) : default;
                    return new LoweringTarget(lower | fromQueries.Lower, fromQueries.Warning);
                }
            default:
                return default;
        }
    }

    /// <summary>Browserslist queries: read here when they name versions, else by the project's browserslist.</summary>
    public static LoweringTarget ForQueries(IReadOnlyList<string> queries, string context)
    {
        var read = BrowserslistQuery.Evaluate(queries);
        if (read.Unread.Count == 0)
            return new LoweringTarget(read.Lacking, null);
        var key = context + "\n" + string.Join(",", queries);
        return s_queries.GetOrAdd(key, _ =>
        {
            if (RunBrowserslist(queries, context) is { } browsers)
            {
                var all = BrowserslistQuery.Evaluate(browsers);
                return new LoweringTarget(all.Lacking, null);
            }
            return new LoweringTarget(SyntaxFeatures.All,
                $"browserslist query '{string.Join(", ", read.Unread)}' needs browserslist's usage data: install the 'browserslist' package (and node) or name versions (e.g. 'chrome >= 80'); lowering everything down to ES2015.");
        });
    }

    // The browsers the project's own `browserslist` package resolves the queries to, or null.
    private static string[]? RunBrowserslist(IReadOnlyList<string> queries, string context)
    {
        const string Script = """
            const [queries, context] = JSON.parse(process.argv[1]);
            let browserslist;
            try { browserslist = require(require.resolve("browserslist", { paths: [context] })); } catch { process.exit(3); }
            process.stdout.write(JSON.stringify(browserslist(queries, { path: context })));
            """;
        try
        {
            var start = new ProcessStartInfo("node", ["-e", Script, new JsonArray(new JsonArray([.. queries.Select(static q => (JsonNode?)JsonValue.Create(q))]), JsonValue.Create(context)).ToJsonString()])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = Directory.Exists(context) ? context : Environment.CurrentDirectory,
            };
            using var process = Process.Start(start);
            if (process is null)
                return null;
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(30_000))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }
            return process.ExitCode == 0 && JsonNode.Parse(output.Result) is JsonArray browsers
                ? [.. browsers.Select(static browser => browser?.ToString() ?? "")]
                : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no node
        }
    }

    /// <summary>
    /// The queries of the browserslist configuration that applies to <paramref name="directory"/>: the
    /// nearest <c>.browserslistrc</c> or <c>package.json</c> with a <c>browserslist</c> field, in the
    /// environment <c>BROWSERSLIST_ENV</c> or <c>NODE_ENV</c> names (<c>production</c> by default).
    /// </summary>
    public static IReadOnlyList<string>? ReadBrowserslistConfig(string directory, IFileSystem fileSystem)
    {
        // Asked once per module by builtin:swc-loader: read once per folder (and environment), as tsconfig.json is.
        var environment = Environment.GetEnvironmentVariable("BROWSERSLIST_ENV") ?? Environment.GetEnvironmentVariable("NODE_ENV") ?? "production";
        var cache = s_configs.GetValue(fileSystem, static _ => new ConcurrentDictionary<string, IReadOnlyList<string>?>(StringComparer.Ordinal));
        return cache.GetOrAdd(environment + "\n" + directory, _ => FindBrowserslistConfig(directory, fileSystem, environment));
    }

    private static readonly ConditionalWeakTable<IFileSystem, ConcurrentDictionary<string, IReadOnlyList<string>?>> s_configs = [];

    private static IReadOnlyList<string>? FindBrowserslistConfig(string directory, IFileSystem fileSystem, string environment)
    {
        for (var folder = directory; !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            var rc = Path.Combine(folder, ".browserslistrc");
            if (fileSystem.Stat(rc) == FileKind.File && fileSystem.ReadFile(rc) is { } rcBytes)
                return ParseRc(System.Text.Encoding.UTF8.GetString(rcBytes), environment);
            var packageJson = Path.Combine(folder, "package.json");
            if (fileSystem.Stat(packageJson) != FileKind.File || fileSystem.ReadFile(packageJson) is not { } packageBytes)
                continue;
            JsonNode? field;
            try
            {
                field = JsonNode.Parse(packageBytes)?["browserslist"];
            }
            catch (JsonException)
            {
                continue;
            }
            switch (field)
            {
                case JsonValue value when value.TryGetValue<string>(out var query):
                    return [query];
                case JsonArray array:
                    return [.. array.Select(static item => item?.ToString() ?? "")];
                case JsonObject sections:
                    {
                        var section = sections[environment] ?? sections["defaults"];
                        return section switch
                        {
                            JsonArray list => [.. list.Select(static item => item?.ToString() ?? "")],
                            JsonValue single => [single.ToString()],
                            _ => ["defaults"],
                        };
                    }
            }
        }
        return null;
    }

    // `.browserslistrc`: one query per line, `#` comments, `[production development]` sections.
    private static List<string> ParseRc(string text, string environment)
    {
        var common = new List<string>();
        var matching = new List<string>();
        var inSection = false;
        var sectionMatches = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine;
            var hash = line.IndexOf('#');
            if (hash >= 0)
                line = line[..hash];
            line = line.Trim();
            if (line.Length == 0)
                continue;
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                inSection = true;
                sectionMatches = line[1..^1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(environment, StringComparer.Ordinal);
                continue;
            }
            if (!inSection)
                common.Add(line);
            else if (sectionMatches)
                matching.Add(line);
        }
        return matching.Count > 0 ? matching : common;
    }
}
