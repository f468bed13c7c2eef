// The native CLI is compiled ahead of time: it cannot load a .NET plugin assembly or construct a
// type it finds by name. A build whose configuration does is handed, whole, to the JIT build of
// the same sources, which the ./sharpack script names in SHARPACK_JIT_COMMAND (itself, with
// SHARPACK_BUILD=quick). Nothing has been built or written when this runs.

using System.Diagnostics;

namespace Sharpack.Cli;

/// <summary>Runs a build with the JIT build of the CLI.</summary>
public static class JitHandoff
{
    /// <summary>The variable the ./sharpack script sets to a command that runs the JIT build.</summary>
    public const string CommandVariable = "SHARPACK_JIT_COMMAND";

    /// <summary>
    /// Runs <c>build</c> with <paramref name="args"/> in <paramref name="workingDirectory"/> through
    /// <paramref name="command"/> (the value of <see cref="CommandVariable"/>); returns its exit code.
    /// </summary>
    public static int Run(string? command, ReadOnlySpan<string> args, string workingDirectory, TextWriter stderr)
    {
        if (string.IsNullOrEmpty(command))
        {
            stderr.WriteLine("sharpack build: this configuration loads .NET plugins, which the native sharpack binary cannot; run the build through the ./sharpack script, which hands it to the JIT build.");
            return 2;
        }
        var start = new ProcessStartInfo(command) { UseShellExecute = false, WorkingDirectory = workingDirectory };
        start.ArgumentList.Add("build");
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["SHARPACK_BUILD"] = "quick";
        start.Environment.Remove(CommandVariable);
        stderr.Flush();
        try
        {
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            stderr.WriteLine($"sharpack build: this configuration loads .NET plugins, which the native sharpack binary cannot, and the JIT build ({CommandVariable}={command}) cannot be started: {e.Message}");
            return 2;
        }
    }
}
