// `sharpack serve`: the configuration's build under the development server (webpack serve): its
// `devServer` options, overridden by --port, --host, --[no-]hot, --[no-]live-reload and --static.
// Each build's summary is printed as it ends; the server runs until interrupted.

using System.Text.Json.Nodes;
using Sharpack.Cli.Reporting;
using Sharpack.Core.Options;
using Sharpack.DevServer;

namespace Sharpack.Cli;

/// <summary>The <c>serve</c> command.</summary>
internal static class ServeCommand
{
    /// <summary>The usage text's serve part.</summary>
    public const string Usage = """
        usage: sharpack serve [build options] [--port N] [--host HOST] [--[no-]hot] [--[no-]live-reload] [--static DIR]...

          --port N                 the port (devServer.port, default 8080; 0 picks a free one)
          --host HOST              the address to listen on (devServer.host, default 127.0.0.1)
          --[no-]hot               apply changes with hot module replacement (devServer.hot, default on)
          --[no-]live-reload       reload the page when a change cannot be applied (devServer.liveReload)
          --static DIR             a folder served beside the build (devServer.static; default ./public)
        """;

    /// <summary>Serves the first configuration (webpack serve builds one configuration).</summary>
    public static int Serve(BuildArguments arguments, string workingDirectory, IReadOnlyList<JsonNode?> configurations,
        List<(string? Name, NormalizedOptions Result)> normalized, List<List<Sharpack.Core.IPlugin>> plugins, Loaders.NodeLoaderHost loaderHost,
        TextWriter stdout, TextWriter stderr, bool colorsByDefault)
    {
        OneShotGcBudget.End();
        var (name, result) = normalized[0];
        var options = result.Options!;
        DevServerOptions server;
        try
        {
            server = DevServerOptions.Read(configurations[0]?["devServer"], options.Context);
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine($"sharpack serve: {e.Message}");
            return 2;
        }
        server = server with
        {
            Port = arguments.Port ?? server.Port,
            Host = arguments.Host ?? server.Host,
            Hot = arguments.Hot ?? server.Hot,
            LiveReload = arguments.LiveReload ?? server.LiveReload,
            Static = arguments.Static.Count > 0 ? [.. arguments.Static.ConvertAll(d => (Path.GetFullPath(d, workingDirectory), "/"))] : server.Static,
        };
        foreach (var warning in server.Warnings)
            stderr.WriteLine($"sharpack serve: {warning}");
        var compiler = Sharpack.Plugins.SharpackPlugins.CreateCompiler(options, [.. plugins[0], .. DevServer.DevServer.Plugins(server)]);
        compiler.JavaScriptLoaders = loaderHost;
        var output = new object();
        using var stop = new ManualResetEventSlim(false);
        DevServer.DevServer running;
        try
        {
            running = DevServer.DevServer.StartAsync(compiler, server).GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            stderr.WriteLine($"sharpack serve: cannot listen on {server.Host}:{server.Port}: {e.Message}");
            return 1;
        }
        running.Built += stats =>
        {
            lock (output)
                stdout.Write(BuildSummary.Format([new BuildResult(name, options, stats, result.Warnings)], colorsByDefault));
        };
        stderr.WriteLine($"sharpack serve: listening on {running.Address} (hot module replacement {(server.Hot ? "on" : "off")}; Ctrl+C to stop)");
        using (BuildCommand.StopOnSignals(stop))
            stop.Wait();
        running.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return 0;
    }
}
