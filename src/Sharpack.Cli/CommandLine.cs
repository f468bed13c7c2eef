// Dispatches `sharpack <command>` to its implementation.

namespace Sharpack.Cli;

/// <summary>The command dispatcher.</summary>
public static class CommandLine
{
    /// <summary>Runs the command named by the first argument; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.WriteLine("usage: sharpack parse [--module|--script] [--jsx] [--estree] FILE...");
            return args.Length == 0 ? 2 : 0;
        }
        Console.Error.WriteLine($"sharpack: unknown command '{args[0]}'");
        return 2;
    }
}
