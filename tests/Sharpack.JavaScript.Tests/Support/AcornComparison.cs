// Checks our ESTree output against acorn's: parses a set of files with our parser in-process (in
// parallel), writes one JSON line per file to a temp file, then runs Estree/compare-with-acorn.mjs,
// which parses the same files with acorn 8.19 (acorn-jsx for JSX) and compares the trees.
//
// The goal of each file is decided here and recorded in its line, and both parsers follow it:
// module for .mjs and *.module.js, script for .cjs, the caller's choice for other files, or, for
// "module then script", module first and script when module fails.

using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Sharpack.JavaScript.Estree;

namespace Sharpack.JavaScript.Tests.Support;

/// <summary>One input for <see cref="AcornComparison"/>: a display name, a file, the goals to try in order.</summary>
internal readonly record struct ComparedFile(string Name, string Path, SourceType[] Goals);

/// <summary>The result of one comparison run: node's exit code and its report lines.</summary>
internal sealed record AcornComparisonResult(int ExitCode, IReadOnlyList<string> Lines, string Errors)
{
    /// <summary>The mismatches that are not in the known list.</summary>
    public IEnumerable<string> NewMismatches => Lines.Where(l => l.StartsWith("MISMATCH ", StringComparison.Ordinal));

    /// <summary>The count line the script prints last.</summary>
    public string Summary => Lines.Count > 0 ? Lines[^1] : "(no output)";
}

/// <summary>Runs our parser and acorn over the same files and compares their ESTree output.</summary>
internal static class AcornComparison
{
    public static readonly SourceType[] ModuleThenScript = [SourceType.Module, SourceType.Script];
    public static readonly SourceType[] ModuleOnly = [SourceType.Module];
    public static readonly SourceType[] ScriptOnly = [SourceType.Script];

    private static string Script => Path.Combine(RepoPaths.TestSources, "Estree", "compare-with-acorn.mjs");

    /// <summary>The known-mismatch list (name  # reason) shared by all comparisons.</summary>
    public static string KnownList => Path.Combine(RepoPaths.TestSources, "Estree", "known-acorn-mismatches.txt");

    /// <summary>The goals for a file: by extension and name first, else <paramref name="otherwise"/>.</summary>
    public static SourceType[] GoalsFor(string path, SourceType[] otherwise)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".mjs", StringComparison.Ordinal) || name.Contains(".module.js", StringComparison.Ordinal))
            return ModuleOnly;
        if (name.EndsWith(".cjs", StringComparison.Ordinal))
            return ScriptOnly;
        return otherwise;
    }

    /// <summary>Every .js, .mjs and .cjs file under <paramref name="folder"/>, in ordinal order.</summary>
    public static IEnumerable<string> JavaScriptFiles(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".js", StringComparison.Ordinal) || f.EndsWith(".mjs", StringComparison.Ordinal)
                || f.EndsWith(".cjs", StringComparison.Ordinal))
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>Parses <paramref name="files"/> with our parser, then compares with acorn in node.</summary>
    public static AcornComparisonResult Run(IReadOnlyList<ComparedFile> files, bool jsx = false)
    {
        var oursPath = Path.Combine(Path.GetTempPath(), $"sharpack-estree-{Guid.NewGuid():N}.jsonl");
        try
        {
            WriteOurs(files, jsx, oursPath);
            return RunNode(oursPath, jsx);
        }
        finally
        {
            File.Delete(oursPath);
        }
    }

    private static void WriteOurs(IReadOnlyList<ComparedFile> files, bool jsx, string oursPath)
    {
        using var writer = new StreamWriter(oursPath, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        var gate = new Lock();
        // Lines are written as files finish, in any order: each line names its file.
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
        {
            var line = OurLine(file, jsx);
            lock (gate)
                writer.WriteLine(line);
        });
    }

    private static string OurLine(ComparedFile file, bool jsx)
    {
        var source = File.ReadAllText(file.Path);
        var head = new StringBuilder();
        head.Append("{\"name\":").Append(JsonSerializer.Serialize(file.Name))
            .Append(",\"file\":").Append(JsonSerializer.Serialize(file.Path))
            .Append(",\"goals\":[").AppendJoin(',', file.Goals.Select(g => g == SourceType.Module ? "\"module\"" : "\"script\"")).Append(']');
        string? error = null;
        foreach (var goal in file.Goals)
        {
            var outcome = SafeParse.Run(source, goal, jsx, file.Path);
            if (outcome.Exception is not null)
                return head.Append(",\"exception\":true,\"error\":").Append(JsonSerializer.Serialize(outcome.Describe())).Append('}').ToString();
            if (outcome.Accepted)
            {
                string program;
                try
                {
                    program = EstreeWriter.Write(outcome.Result!.Program!, source, includeRanges: true);
                }
                catch (Exception exception)
                {
                    var message = $"EstreeWriter threw {exception.GetType().Name}: {exception.Message}";
                    return head.Append(",\"exception\":true,\"error\":").Append(JsonSerializer.Serialize(message)).Append('}').ToString();
                }
                return head.Append(",\"sourceType\":").Append(goal == SourceType.Module ? "\"module\"" : "\"script\"")
                    .Append(",\"program\":").Append(program).Append('}').ToString();
            }
            error ??= outcome.Describe();
        }
        return head.Append(",\"exception\":false,\"error\":").Append(JsonSerializer.Serialize(error)).Append('}').ToString();
    }

    private static AcornComparisonResult RunNode(string oursPath, bool jsx)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        // Our JSON of typescript.js alone is over 100 MB; give node's heap room.
        start.ArgumentList.Add("--max-old-space-size=8192");
        start.ArgumentList.Add(Script);
        if (jsx)
            start.ArgumentList.Add("--jsx");
        start.ArgumentList.Add("--known");
        start.ArgumentList.Add(KnownList);
        start.ArgumentList.Add(oursPath);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("compare-with-acorn.mjs took more than 15 minutes");
        }
        var lines = stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return new AcornComparisonResult(process.ExitCode, lines, stderr.Result);
    }
}
