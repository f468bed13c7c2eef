// Dispatches `sharpack <command>` to its implementation.

namespace Sharpack.Cli;

/// <summary>The command dispatcher.</summary>
public static class CommandLine
{
    private const string Usage = """
        usage: sharpack <command> [options]

        commands:
          parse [--module|--script] [--jsx] [--ts] [--estree] FILE...   parse files, print ok or the error (or ESTree JSON)
          transform [--ts|--tsx|--jsx] [options] FILE...         print the JavaScript TypeScript/JSX files become (`sharpack transform --help`)
          minify [--module|--script] [--source-map] FILE... [-o OUT | --outdir DIR]   minify like terser (`sharpack minify --help`)
          resolve --from DIR [--conditions a,b] [--dependency esm|commonjs] REQUEST...   resolve as webpack would
          build [--config FILE] [--entry PATH]... [--mode M]...  bundle (`sharpack build --help` for all options)
          watch [build options]                                   build, then rebuild whenever an input changes (build --watch)
          serve [build options] [--port N] [--[no-]hot]...        development server with hot module replacement (`sharpack serve --help`)
          --version                                               print sharpack's version
        """;

    /// <summary>Runs the command named by the first argument; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        try
        {
            return Dispatch(args);
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("SHARPACK_STACK_TRACE") is null)
        {
            // Whatever escaped a command is a bug or an environment failure: one line, not a stack
            // trace (SHARPACK_STACK_TRACE=1 shows it).
            var what = e is IOException or UnauthorizedAccessException ? "file system error" : "internal error";
            Console.Error.WriteLine($"sharpack: {what}: {e.GetType().Name}: {e.Message} (set SHARPACK_STACK_TRACE=1 for details)");
            return 1;
        }
    }

    private static int Dispatch(string[] args)
    {
        if (args.Length > 0 && (args[0] is "-v" or "--version" or "version" || (args[0] == "build" && args.Length == 2 && args[1] is "-v" or "--version")))
        {
            Console.WriteLine("sharpack " + BuildCommand.Version);
            return 0;
        }
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        switch (args[0])
        {
            case "parse":
                return ParseCommand.Run(args.AsSpan(1));
            case "resolve": return ResolveCommand.Run(args.AsSpan(1));
            case "minify": return MinifyCommand.Run(args.AsSpan(1));
            case "transform": return TransformCommand.Run(args.AsSpan(1));
            case "build":
                if (Array.IndexOf(args, "--watch") < 0 && Array.IndexOf(args, "-w") < 0)
                    OneShotGcBudget.Begin();
                return BuildCommand.Run(args.AsSpan(1));
            case "watch":
                return BuildCommand.Run(["--watch", .. args.AsSpan(1)]);
            case "serve" when args.Length == 2 && args[1] is "-h" or "--help":
                Console.WriteLine(ServeCommand.Usage);
                return 0;
            case "serve":
                return BuildCommand.Run(args.AsSpan(1), serve: true);
            default:
                Console.Error.WriteLine($"sharpack: unknown command '{args[0]}'\n{Usage}");
                return 2;
        }
    }
}
