// `sharpack parse`: parses files (in parallel, printed in order) and prints `ok FILE`, the
// syntax error with a code frame, or with --estree the ESTree JSON of each file on one line.

using System.Text;
using Sharpack.JavaScript;
using Sharpack.Core.CodeGeneration;
using Sharpack.JavaScript.Diagnostics;

namespace Sharpack.Cli;

/// <summary>The <c>parse</c> command.</summary>
public static class ParseCommand
{
    private const string Usage = "usage: sharpack parse [--module|--script] [--jsx] [--ts] [--estree] [--files-from LIST] FILE...";

    /// <summary>Runs the command; returns 0 when every file parsed, 1 otherwise, 2 for bad usage.</summary>
    public static int Run(ReadOnlySpan<string> args)
    {
        SourceType? goal = null;
        var estree = false;
        var jsx = false;
        var typeScript = false;
        var files = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--module": goal = SourceType.Module; break;
                case "--script": goal = SourceType.Script; break;
                case "--estree": estree = true; break;
                case "--jsx": jsx = true; break;
                case "--ts": typeScript = true; break;
                case "--files-from":
                    if (i + 1 >= args.Length)
                    {
                        Console.Error.WriteLine(Usage);
                        return 2;
                    }
                    var list = args[++i];
                    try
                    {
                        Sharpack.Core.ModuleGraph.SourceFile.CheckReadable(list);
                        foreach (var line in File.ReadAllLines(list))
                        {
                            if (line.Length > 0) files.Add(line);
                        }
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        Console.Error.WriteLine($"sharpack parse: --files-from: cannot read the list '{list}': {Reason(e)}");
                        return 2;
                    }
                    break;
                case "-h":
                case "--help":
                    Console.WriteLine(Usage);
                    return 0;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        Console.Error.WriteLine($"sharpack parse: unknown option '{arg}'\n{Usage}");
                        return 2;
                    }
                    files.Add(arg);
                    break;
            }
        }
        if (files.Count == 0)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var outputs = new string[files.Count];
        var failed = new bool[files.Count];
        // A big stack per worker lets deeply nested (but valid) code parse; the parser still
        // stops with an error before any stack can overflow.
        ParallelRunner.Run(files.Count, index =>
        {
            var (text, ok) = ParseOne(files[index], goal, jsx, typeScript, estree);
            outputs[index] = text;
            failed[index] = !ok;
        });

        var anyFailed = false;
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        for (var i = 0; i < outputs.Length; i++)
        {
            stdout.Write(outputs[i]);
            stdout.Write('\n');
            anyFailed |= failed[i];
        }
        return anyFailed ? 1 : 0;
    }

    private static (string Text, bool Ok) ParseOne(string file, SourceType? goal, bool jsx, bool typeScript, bool estree)
    {
        var (source, readError) = ReadSource(file);
        if (source is null)
            return estree ? (ErrorJson(file, readError!), false) : ($"{file}: error: {readError}", false);
        var options = new ParseOptions
        {
            SourceType = goal ?? GoalFor(file) ?? SourceType.Script,
            Jsx = jsx || file.EndsWith(".jsx", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".tsx", StringComparison.OrdinalIgnoreCase),
            TypeScript = typeScript || IsTypeScriptFile(file),
            // --estree of TypeScript prints typescript-estree's tree, types included.
            TypeScriptTree = estree && (typeScript || IsTypeScriptFile(file)),
            FileName = file,
        };
        var result = goal is null && GoalFor(file) is null
            ? JavaScriptParser.ParseDetectingGoal(source, options)
            : JavaScriptParser.Parse(source, options);
        if (result.Error is { } error)
        {
            if (estree)
                return (ErrorJson(file, error.ToString()), false);
            return (CodeFrame.FormatError(error, source, result.Lines).TrimEnd('\n'), false);
        }
        if (!estree)
            return ($"ok {file}", true);
        var dialect = options.TypeScript ? JavaScript.Estree.EstreeDialect.TypeScriptEstree : JavaScript.Estree.EstreeDialect.Acorn;
        return (JavaScript.Estree.EstreeWriter.Write(result.Program!, source, dialect), true);
    }

    /// <summary>
    /// The text of a JavaScript file (UTF-8, a byte-order mark kept so offsets match what node
    /// reads), or null and why it could not be read ("cannot read file: no such file").
    /// </summary>
    public static (string? Source, string? Error) ReadSource(string file)
    {
        try
        {
            Sharpack.Core.ModuleGraph.SourceFile.CheckReadable(file);
            return (Encoding.UTF8.GetString(File.ReadAllBytes(file)), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot read file: {Reason(e)}");
        }
    }

    // .NET says "Could not find file '/x'." for a missing file; the path is already in the line.
    private static string Reason(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        _ => e.Message,
    };

    /// <summary>A .ts, .tsx, .mts or .cts file (declaration files included).</summary>
    public static bool IsTypeScriptFile(string file) =>
        file.EndsWith(".ts", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".tsx", StringComparison.OrdinalIgnoreCase)
        || file.EndsWith(".mts", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".cts", StringComparison.OrdinalIgnoreCase);

    /// <summary>The goal a file name implies: module for .mjs and *.module.js, script for .cjs, else null (decided by the content).</summary>
    public static SourceType? GoalFor(string file)
    {
        if (file.EndsWith(".mjs", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".mts", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".module.js", StringComparison.OrdinalIgnoreCase))
            return SourceType.Module;
        if (file.EndsWith(".cjs", StringComparison.OrdinalIgnoreCase))
            return SourceType.Script;
        return null;
    }

    private static string ErrorJson(string file, string message)
    {
        return "{\"error\":" + CodeGenerationContext.JsonString(message) + ",\"file\":" + CodeGenerationContext.JsonString(file) + "}";
    }

}
