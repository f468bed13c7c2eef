// The command line of `sharpack build`, with webpack-cli's flag names: `--flag value` and
// `--flag=value`, short aliases -c/-o/-t/-d/-j, repeatable --entry/--env/--target, and
// positional arguments as entries (as `webpack build ./src/index.js` takes them).

namespace Sharpack.Cli;

/// <summary>Parsed arguments of the <c>build</c> command.</summary>
public sealed class BuildArguments
{
    /// <summary><c>--config</c> / <c>-c</c>.</summary>
    public string? ConfigPath { get; private set; }

    /// <summary><c>--entry</c> values and positional arguments, in order.</summary>
    public List<string> Entries { get; } = [];

    /// <summary><c>--context</c>.</summary>
    public string? Context { get; private set; }

    /// <summary><c>--output-path</c> / <c>-o</c>.</summary>
    public string? OutputPath { get; private set; }

    /// <summary><c>--output-filename</c>.</summary>
    public string? OutputFilename { get; private set; }

    /// <summary><c>--mode</c>.</summary>
    public string? Mode { get; private set; }

    /// <summary><c>--target</c> / <c>-t</c>, repeatable.</summary>
    public List<string> Targets { get; } = [];

    /// <summary><c>--devtool</c> / <c>-d</c>: <c>false</c> or a devtool name.</summary>
    public string? Devtool { get; private set; }

    /// <summary><c>--json</c> / <c>-j</c> was given.</summary>
    public bool Json { get; private set; }

    /// <summary>The file after <c>--json</c>, or null for standard output.</summary>
    public string? JsonFile { get; private set; }

    /// <summary><c>--env</c> values (<c>key=value</c> or <c>key</c>), repeatable.</summary>
    public List<string> Env { get; } = [];

    /// <summary><c>--optimization-minimize</c> (true) or <c>--no-optimization-minimize</c> (false), or null.</summary>
    public bool? Minimize { get; private set; }

    /// <summary><c>--output-clean</c> (true) or <c>--no-output-clean</c> (false), or null.</summary>
    public bool? OutputClean { get; private set; }

    /// <summary><c>--progress</c> was given: report the build's progress on standard error (webpack-cli's flag).</summary>
    public bool Progress { get; private set; }

    /// <summary>--watch / -w (true), --no-watch (false); null to follow the configuration's <c>watch</c>.</summary>
    public bool? Watch { get; internal set; }

    /// <summary>--watch-options-stdin: stop watching when standard input ends.</summary>
    public bool WatchStdin { get; private set; }

    /// <summary>The <c>serve</c> command: a development server instead of a build.</summary>
    public bool Serve { get; internal set; }

    /// <summary>serve's --port (devServer.port).</summary>
    public int? Port { get; private set; }

    /// <summary>serve's --host (devServer.host).</summary>
    public string? Host { get; private set; }

    /// <summary>serve's --hot / --no-hot (devServer.hot).</summary>
    public bool? Hot { get; private set; }

    /// <summary>serve's --live-reload / --no-live-reload (devServer.liveReload).</summary>
    public bool? LiveReload { get; private set; }

    /// <summary>serve's --static DIR (repeatable; devServer.static).</summary>
    public List<string> Static { get; } = [];

    /// <summary><c>--help</c> was given.</summary>
    public bool Help { get; private set; }

    /// <summary>Parses <paramref name="args"/>; on bad usage returns null and sets <paramref name="error"/>.</summary>
    public static BuildArguments? Parse(ReadOnlySpan<string> args, out string? error) => Parse(args, serve: false, out error);

    /// <summary>Parses the arguments of <c>build</c>, or with <paramref name="serve"/> those of <c>serve</c> (build's and the server's).</summary>
    public static BuildArguments? Parse(ReadOnlySpan<string> args, bool serve, out string? error)
    {
        error = null;
        var result = new BuildArguments { Serve = serve };
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            string? inline = null;
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.IndexOf('=') is var eq and > 0)
            {
                inline = arg[(eq + 1)..];
                arg = arg[..eq];
            }
            switch (arg)
            {
                case "-h" or "--help":
                    result.Help = true;
                    break;
                case "--progress" when inline is null:
                    result.Progress = true;
                    break;
                case "-w" or "--watch" or "--no-watch" when inline is null:
                    result.Watch = arg != "--no-watch";
                    break;
                case "--watch-options-stdin" when inline is null:
                    result.WatchStdin = true;
                    break;
                case "--hot" or "--no-hot" when inline is null && result.Serve:
                    result.Hot = arg == "--hot";
                    break;
                case "--live-reload" or "--no-live-reload" when inline is null && result.Serve:
                    result.LiveReload = arg == "--live-reload";
                    break;
                case "--port" or "--host" or "--static" when result.Serve:
                    var serveValue = inline ?? (i + 1 < args.Length ? args[++i] : null);
                    if (string.IsNullOrEmpty(serveValue))
                    {
                        error = $"option '{arg}' needs a value";
                        return null;
                    }
                    if (arg == "--port")
                    {
                        if (!int.TryParse(serveValue, System.Globalization.CultureInfo.InvariantCulture, out var port) || port is < 0 or > 65535)
                        {
                            error = $"option '--port' needs a port number, not '{serveValue}'";
                            return null;
                        }
                        result.Port = port;
                    }
                    else if (arg == "--host")
                    {
                        result.Host = serveValue;
                    }
                    else
                    {
                        result.Static.Add(serveValue);
                    }
                    break;
                case "--output-clean" or "--no-output-clean" when inline is null:
                    result.OutputClean = arg == "--output-clean";
                    break;
                case "--optimization-minimize" or "--no-optimization-minimize" when inline is null:
                    result.Minimize = arg == "--optimization-minimize";
                    break;
                case "-j" or "--json":
                    result.Json = true;
                    if (inline is not null)
                        result.JsonFile = inline;
                    else if (i + 1 < args.Length && !args[i + 1].StartsWith('-'))
                        result.JsonFile = args[++i];
                    break;
                case "-c" or "--config":
                case "--entry":
                case "--context":
                case "-o" or "--output-path":
                case "--output-filename":
                case "--mode":
                case "-t" or "--target":
                case "-d" or "--devtool":
                case "--env":
                    string value;
                    if (inline is not null)
                    {
                        value = inline;
                    }
                    else if (i + 1 < args.Length)
                    {
                        value = args[++i];
                    }
                    else
                    {
                        error = $"option '{arg}' needs a value";
                        return null;
                    }
                    if (value.Length == 0)
                    {
                        error = $"option '{arg}' needs a non-empty value";
                        return null;
                    }
                    result.Set(arg, value);
                    break;
                default:
                    if (arg.StartsWith('-') && arg.Length > 1)
                    {
                        // webpack-cli's hint for a mistyped flag.
                        error = $"unknown option '{arg}'" + (Closest(arg) is { } suggestion ? $"\n(Did you mean '{suggestion}'?)" : "");
                        return null;
                    }
                    result.Entries.Add(arg);
                    break;
            }
        }
        return result;
    }

    /// <summary>The long flags <c>build</c> knows.</summary>
    public static readonly IReadOnlyList<string> LongFlags =
    [
        "--config", "--context", "--devtool", "--entry", "--env", "--help", "--json", "--mode", "--no-output-clean",
        "--output-clean", "--output-filename", "--output-path", "--progress", "--target", "--version", "--watch", "--no-watch",
        "--watch-options-stdin",
    ];

    // The known flag nearest to a mistyped one (at most a third of its letters edited), or null.
    private static string? Closest(string arg)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var flag in LongFlags)
        {
            var distance = Distance(arg, flag);
            if (distance < bestDistance)
                (best, bestDistance) = (flag, distance);
        }
        return bestDistance <= Math.Max(1, arg.Length / 3) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    private void Set(string flag, string value)
    {
        switch (flag)
        {
            case "-c" or "--config": ConfigPath = value; break;
            case "--entry": Entries.Add(value); break;
            case "--context": Context = value; break;
            case "-o" or "--output-path": OutputPath = value; break;
            case "--output-filename": OutputFilename = value; break;
            case "--mode": Mode = value; break;
            case "-t" or "--target": Targets.Add(value); break;
            case "-d" or "--devtool": Devtool = value; break;
            case "--env": Env.Add(value); break;
        }
    }
}
