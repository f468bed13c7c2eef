// `sharpack build`: loads the configuration (file, or none), applies the command-line flags,
// normalizes each configuration (an array config builds each one), runs the compiler and
// prints a webpack-like summary or `--json` stats, both shaped by the `stats` option. Exit codes:
// 0 built, 1 build errors (whatever `stats` prints), 2 bad usage or configuration.

using System.Text.Json;
using Sharpack.Cli.Config;
using Sharpack.Cli.Reporting;
using Sharpack.Core;
using Sharpack.Core.Options;

namespace Sharpack.Cli;

/// <summary>The <c>build</c> command.</summary>
public static class BuildCommand
{
    /// <summary>The version printed in "sharpack VERSION compiled …".</summary>
    public const string Version = "0.1.0";

    /// <summary>The usage text.</summary>
    public const string Usage = """
        usage: sharpack build [--config FILE] [--entry PATH]... [--context DIR] [--output-path DIR]
                              [--output-filename NAME] [--[no-]output-clean] [--mode development|production|none] [--target T]...
                              [--devtool false|NAME] [--[no-]optimization-minimize] [--json [FILE]] [--env KEY[=VALUE]]... [--progress]
                              [-w|--watch] [--watch-options-stdin] [PATH...]

          -c, --config FILE        configuration file (default: sharpack.config.{json,js,mjs,cjs}, then
                                   webpack.config.{js,mjs,cjs} in the current directory)
          --entry PATH             entry module (repeatable; replaces the configuration's entry)
          --context DIR            base directory for entries (default: current directory)
          -o, --output-path DIR    output directory (default: ./dist)
          --output-filename NAME   output file name template (default: [name].js)
          --[no-]output-clean      remove what output.path holds beside the build's files (output.clean)
          --mode MODE              development, production or none
          -t, --target T           web, webworker, node[X[.Y]], esX (repeatable)
          -d, --devtool VALUE      false, eval, source-map, …
          --[no-]optimization-minimize  minify the JavaScript assets or not (optimization.minimize)
          -j, --json [FILE]        write stats as JSON to FILE, or to standard output
          --env KEY[=VALUE]        passed to a function configuration as env.KEY (repeatable)
          --progress               report the build's progress on standard error (ProgressPlugin)
          -w, --watch              rebuild whenever a file the build read changes, until interrupted (watch: true)
          --watch-options-stdin    stop watching when standard input ends (watchOptions.stdin)
        """;

    /// <summary>Runs the command in the current directory on the console; returns the exit code.</summary>
    public static int Run(ReadOnlySpan<string> args) => Run(args, serve: false);

    /// <summary>Runs <c>build</c> (or <c>serve</c>) in the current directory on the console; returns the exit code.</summary>
    internal static int Run(ReadOnlySpan<string> args, bool serve)
    {
        // PERF: plain UTF-8 writers over the standard streams: Console.Out and Console.Error look up
        // the terminal's encoding (a few ms of every start-up). The console streams write with
        // write(2) at the shared offset (a FileStream over the descriptor would pwrite at its own,
        // over what others write to the same file) and ignore a closed pipe, as Console.Out does.
        using var stdout = StandardWriter(1);
        using var stderr = StandardWriter(2);
        // webpack-cli colours the summary when the terminal supports it, unless stats.colors says otherwise.
        return Run(args, Directory.GetCurrentDirectory(), stdout, stderr,
            colorsByDefault: !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null,
            interactiveStderr: !Console.IsErrorRedirected, serve);
    }

    private static StreamWriter StandardWriter(int descriptor) =>
        new(descriptor == 1 ? Console.OpenStandardOutput() : Console.OpenStandardError(),
            new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false))
        { AutoFlush = true };

    /// <summary>
    /// Runs the command in <paramref name="workingDirectory"/>, writing to the given writers;
    /// <paramref name="colorsByDefault"/> is the summary's <c>stats.colors</c> when the configuration does not set it.
    /// </summary>
    /// <param name="args">The command's arguments.</param>
    /// <param name="workingDirectory">The directory relative paths start from.</param>
    /// <param name="stdout">Where the summary goes.</param>
    /// <param name="stderr">Where errors and progress go.</param>
    /// <param name="colorsByDefault">The summary's <c>stats.colors</c> when the configuration does not set it.</param>
    /// <param name="interactiveStderr">Whether <paramref name="stderr"/> is a terminal (progress updates one line).</param>
    public static int Run(ReadOnlySpan<string> args, string workingDirectory, TextWriter stdout, TextWriter stderr, bool colorsByDefault = false, bool interactiveStderr = false)
        => Run(args, workingDirectory, stdout, stderr, colorsByDefault, interactiveStderr, serve: false);

    /// <summary>Runs <c>build</c>, or with <paramref name="serve"/> <c>serve</c>, in <paramref name="workingDirectory"/>.</summary>
    internal static int Run(ReadOnlySpan<string> args, string workingDirectory, TextWriter stdout, TextWriter stderr, bool colorsByDefault, bool interactiveStderr, bool serve)
    {
        var arguments = BuildArguments.Parse(args, serve, out var usageError);
        if (arguments is null)
        {
            stderr.WriteLine($"sharpack build: {usageError}\n{Usage}");
            return 2;
        }
        if (arguments.Help)
        {
            stdout.WriteLine(Usage);
            return 0;
        }

        var overrides = new OptionsOverrides
        {
            Entries = arguments.Entries.Count > 0 ? arguments.Entries : null,
            Context = arguments.Context,
            OutputPath = arguments.OutputPath,
            OutputFilename = arguments.OutputFilename,
            Mode = arguments.Mode,
            Target = arguments.Targets.Count > 0 ? arguments.Targets : null,
            Devtool = arguments.Devtool,
            OutputClean = arguments.OutputClean,
            Minimize = arguments.Minimize,
        };
        // Disposed when the command returns: the node process calling the configuration's functions ends with the build.
        using var loaded = ConfigLoader.Load(arguments.ConfigPath, workingDirectory, arguments.Env, arguments.Mode, overrides);
        if (!loaded.Success)
        {
            stderr.WriteLine($"sharpack build: {loaded.Error}");
            return 2;
        }

        // Validate every configuration before building any, so a bad one fails fast and whole.
        var multi = loaded.Configurations.Count > 1;
        var normalized = new List<(string? Name, NormalizedOptions Result)>(loaded.Configurations.Count);
        var invalid = false;
        for (var i = 0; i < loaded.Configurations.Count; i++)
        {
            var configuration = loaded.Configurations[i];
            var result = OptionsNormalizer.Normalize(configuration, overrides, workingDirectory, loaded.Functions);
            var name = configuration?["name"] is { } nameNode && nameNode.GetValueKind() == JsonValueKind.String
                ? nameNode.GetValue<string>()
                : multi ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            if (!result.Success)
            {
                var where = loaded.Path is null ? "" : $" ({loaded.Path}{(multi ? $", configuration {name}" : "")})";
                stderr.WriteLine(result.FormatErrors() + where);
                invalid = true;
            }
            normalized.Add((name, result));
        }
        if (invalid)
            return 2;

        // .NET plugins named by the configurations, all loaded before any build. The native binary
        // cannot load an assembly: such a build runs in the JIT build instead.
        if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
        {
            foreach (var (_, result) in normalized)
            {
                if (DotnetPluginLoader.NeedsReflection(result.Options!.PluginDescriptions))
                    return JitHandoff.Run(Environment.GetEnvironmentVariable(JitHandoff.CommandVariable), args, workingDirectory, stderr);
            }
        }
        var pluginErrors = new List<string>();
        var plugins = new List<List<Sharpack.Core.IPlugin>>(normalized.Count);
        var javaScriptPlugins = loaded.Functions is { } functions ? new Plugins.JavaScriptPluginHost(functions.Channel) : null;
        foreach (var (_, result) in normalized)
            plugins.Add(DotnetPluginLoader.Load(result.Options!.PluginDescriptions, pluginErrors, javaScriptPlugins));
        if (pluginErrors.Count > 0)
        {
            foreach (var error in pluginErrors)
                stderr.WriteLine($"sharpack build: {error}");
            return 2;
        }

        // JavaScript loaders run in the configuration's node process when it stayed, else in one
        // started the first time a module needs one; disposed (node stopped) when the command returns.
        using var loaderHost = new Loaders.NodeLoaderHost(loaded.Functions?.Channel, workingDirectory);
        if (arguments.Serve)
            return ServeCommand.Serve(arguments, workingDirectory, loaded.Configurations, normalized, plugins, loaderHost, stdout, stderr, colorsByDefault);
        var watch = arguments.Watch ?? normalized.Exists(static n => n.Result.Options!.Watch);
        if (watch)
            return Watch(arguments, workingDirectory, normalized, plugins, loaderHost, stdout, stderr, colorsByDefault, interactiveStderr, loaded.Multi);
        var results = new List<BuildResult>(normalized.Count);
        for (var i = 0; i < normalized.Count; i++)
        {
            var (name, result) = normalized[i];
            if (arguments.Progress)
            {
                // webpack-cli's --progress: a ProgressPlugin after the configuration's; one updating line on a terminal.
                plugins[i].Add(new Sharpack.Plugins.Builtin.ProgressPlugin(stderr, interactiveStderr));
            }
            Sharpack.Core.Stats.BuildStats stats;
            try
            {
                var compiler = Sharpack.Plugins.SharpackPlugins.CreateCompiler(result.Options!, plugins[i]);
                compiler.JavaScriptLoaders = loaderHost;
                if (CacheCheck.Enabled)
                {
                    if (CacheCheck.Run(compiler, stderr) is not { } checkedStats)
                        return 3;
                    stats = checkedStats;
                }
                else
                {
                    // One build: nothing to keep modules for.
                    compiler.CachesModules = false;
                    stats = compiler.Run();
                }
            }
            catch (Exception e) when (PluginFailure(e) is { } failure)
            {
                // A JavaScript plugin failed outside a compilation (applying it, or in done): webpack's run callback error.
                stderr.WriteLine($"sharpack build: {failure.Message}");
                return 1;
            }
            results.Add(new BuildResult(name, result.Options!, stats, result.Warnings));
        }

        var failed = false;
        foreach (var result in results)
            failed |= result.ErrorCount > 0;

        if (arguments.Json && arguments.JsonFile is null)
        {
            using var memory = new MemoryStream();
            StatsJson.Write(memory, results, loaded.Multi);
            stdout.Write(System.Text.Encoding.UTF8.GetString(memory.GetBuffer(), 0, (int)memory.Length));
            return failed ? 1 : 0;
        }
        // Shaped by each configuration's `stats`; errors still fail the build when nothing is printed.
        var printStarted = System.Diagnostics.Stopwatch.GetTimestamp();
        stdout.Write(BuildSummary.Format(results, colorsByDefault));
        Profiler.Report("print", System.Diagnostics.Stopwatch.GetElapsedTime(printStarted));
        if (arguments.JsonFile is not null)
        {
            var jsonPath = Path.GetFullPath(arguments.JsonFile, workingDirectory);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(jsonPath)!);
                using (var file = File.Create(jsonPath))
                    StatsJson.Write(file, results, loaded.Multi);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"sharpack build: --json: cannot write the stats to '{jsonPath}': {e.Message}");
                return 1;
            }
            stderr.WriteLine($"sharpack: stats are stored as JSON in {jsonPath}");
        }
        return failed ? 1 : 0;
    }

    // Watch mode (webpack-cli's --watch): each configuration builds, then builds again whenever
    // what it read changes; each build's summary (or --json stats) is printed as it ends. Runs until
    // interrupted (Ctrl+C, SIGTERM) or, with watchOptions.stdin, until standard input ends.
    private static int Watch(BuildArguments arguments, string workingDirectory, List<(string? Name, NormalizedOptions Result)> normalized,
        List<List<Sharpack.Core.IPlugin>> plugins, Loaders.NodeLoaderHost loaderHost, TextWriter stdout, TextWriter stderr,
        bool colorsByDefault, bool interactiveStderr, bool multi)
    {
        OneShotGcBudget.End();
        using var stop = new ManualResetEventSlim(false);
        var output = new object();
        var watchings = new List<Sharpack.Core.Watch.Watching>(normalized.Count);
        var stdin = arguments.WatchStdin;
        try
        {
            for (var i = 0; i < normalized.Count; i++)
            {
                var (name, result) = normalized[i];
                var options = result.Options!;
                stdin |= options.WatchOptions.Stdin;
                if (arguments.Progress)
                    plugins[i].Add(new Sharpack.Plugins.Builtin.ProgressPlugin(stderr, interactiveStderr));
                Sharpack.Core.Compiler compiler;
                try
                {
                    compiler = Sharpack.Plugins.SharpackPlugins.CreateCompiler(options, plugins[i]);
                }
                catch (Exception e) when (PluginFailure(e) is { } failure)
                {
                    stderr.WriteLine($"sharpack build: {failure.Message}");
                    return 1;
                }
                compiler.JavaScriptLoaders = loaderHost;
                var warnings = result.Warnings;
                watchings.Add(compiler.Watch(options.WatchOptions, (stats, error) =>
                {
                    lock (output)
                    {
                        if (error is not null)
                        {
                            stderr.WriteLine($"sharpack build: {(PluginFailure(error) is { } failure ? failure.Message : error.GetType().Name + ": " + error.Message)}");
                            return;
                        }
                        var built = new BuildResult(name, options, stats!, warnings);
                        if (arguments.Json && arguments.JsonFile is null)
                        {
                            using var memory = new MemoryStream();
                            StatsJson.Write(memory, [built], false);
                            stdout.WriteLine(System.Text.Encoding.UTF8.GetString(memory.GetBuffer(), 0, (int)memory.Length));
                            return;
                        }
                        stdout.Write(BuildSummary.Format([built], colorsByDefault));
                        if (arguments.JsonFile is not null)
                            WriteJsonFile(Path.GetFullPath(arguments.JsonFile, workingDirectory), [built], multi, stderr);
                        stderr.WriteLine("sharpack: watching for changes (Ctrl+C to stop)");
                    }
                }));
            }
            using var signals = StopOnSignals(stop);
            if (stdin)
            {
                new Thread(() =>
                {
                    using var input = Console.OpenStandardInput();
                    var buffer = new byte[4096];
                    while (input.Read(buffer, 0, buffer.Length) > 0)
                    {
                    }
                    stop.Set();
                })
                { IsBackground = true, Name = "sharpack watch (stdin)" }.Start();
            }
            stop.Wait();
        }
        finally
        {
            foreach (var watching in watchings)
                watching.Close().Wait();
        }
        return 0;
    }

    /// <summary>Sets <paramref name="stop"/> on Ctrl+C (SIGINT) or SIGTERM instead of ending the process, until disposed.</summary>
    internal static IDisposable StopOnSignals(ManualResetEventSlim stop)
    {
        void Stop(System.Runtime.InteropServices.PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Set();
        }
        var interrupt = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, Stop);
        var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, Stop);
        return new Registrations(interrupt, terminate);
    }

    private sealed class Registrations(IDisposable first, IDisposable second) : IDisposable
    {
        public void Dispose()
        {
            first.Dispose();
            second.Dispose();
        }
    }

    private static void WriteJsonFile(string jsonPath, IReadOnlyList<BuildResult> results, bool multi, TextWriter stderr)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(jsonPath)!);
            using var stream = File.Create(jsonPath);
            StatsJson.Write(stream, results, multi);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"sharpack build: --json: cannot write the stats to '{jsonPath}': {e.Message}");
        }
    }

    // The JavaScript plugin failure behind an exception (async hooks wrap it).
    private static Plugins.JavaScriptPluginException? PluginFailure(Exception e) => e switch
    {
        Plugins.JavaScriptPluginException plugin => plugin,
        AggregateException { InnerExceptions.Count: 1 } aggregate => PluginFailure(aggregate.InnerExceptions[0]),
        _ => null,
    };
}
