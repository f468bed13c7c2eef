// Checks our TypeScript ESTree output against @typescript-eslint/typescript-estree's: parses a
// set of files with our parser in-process (in parallel, types built, as `sharpack parse --ts
// --estree` does), writes one JSON line per file to a temp file, then runs
// Estree/compare-with-typescript-estree.mjs, which parses the same files with typescript-estree
// 8.74 and compares the trees. The goal is detected the way the CLI does; it does not change the
// output, because typescript-estree's sourceType is computed from the tree.

using System.Buffers;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Sharpack.JavaScript.Estree;

namespace Sharpack.JavaScript.Tests.Support;

/// <summary>One input for <see cref="TypeScriptEstreeComparison"/>: a display name and a file.</summary>
internal readonly record struct TypeScriptEstreeFile(string Name, string Path);

/// <summary>The result of one comparison run: node's exit code, its report lines, and how long each side took.</summary>
internal sealed record TypeScriptEstreeComparisonResult(
    int ExitCode, IReadOnlyList<string> Lines, string Errors, TimeSpan OurTime, TimeSpan NodeTime)
{
    /// <summary>The mismatches that are not in the known list ("MISMATCH name: ...").</summary>
    public IReadOnlyList<string> NewMismatches =>
        [.. Lines.Where(static l => l.StartsWith("MISMATCH ", StringComparison.Ordinal))];

    /// <summary>The mismatches that are in the known list ("known    name: ...").</summary>
    public IReadOnlyList<string> KnownMismatches =>
        [.. Lines.Where(static l => l.StartsWith("known ", StringComparison.Ordinal))];

    /// <summary>The count line the script prints last.</summary>
    public string Summary => Lines.Count > 0 ? Lines[^1] : "(no output)";
}

/// <summary>Runs our parser and typescript-estree over the same files and compares their trees.</summary>
internal static class TypeScriptEstreeComparison
{
    private static string Script => Path.Combine(RepoPaths.TestSources, "Estree", "compare-with-typescript-estree.mjs");

    /// <summary>The known-mismatch list (name  # reason) shared by all comparisons.</summary>
    public static string KnownList => Path.Combine(RepoPaths.TestSources, "Estree", "known-typescript-estree-mismatches.txt");

    /// <summary>Parses <paramref name="files"/> with our parser, then compares with typescript-estree in node.</summary>
    public static TypeScriptEstreeComparisonResult Run(IReadOnlyList<TypeScriptEstreeFile> files)
    {
        var oursPath = Path.Combine(Path.GetTempPath(), $"sharpack-ts-estree-{Guid.NewGuid():N}.jsonl");
        try
        {
            var ours = Stopwatch.StartNew();
            WriteOurs(files, oursPath);
            ours.Stop();
            var node = Stopwatch.StartNew();
            // Our JSON of zod/src alone is over 40 MB and typescript-estree's trees are as big;
            // give node's heap room.
            var (exitCode, stdout, stderr) = NodeModuleRunner.Node(RepoPaths.Root, TimeSpan.FromMinutes(15),
                "--max-old-space-size=8192", Script, "--known", KnownList, oursPath);
            node.Stop();
            var lines = stdout.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            return new TypeScriptEstreeComparisonResult(exitCode, lines, stderr, ours.Elapsed, node.Elapsed);
        }
        finally
        {
            File.Delete(oursPath);
        }
    }

    /// <summary>
    /// A file's text as the node side reads it: UTF-8 (invalid bytes become U+FFFD, whatever the
    /// byte order mark says), with a leading byte order mark dropped so that offsets agree.
    /// </summary>
    public static string ReadSource(string path)
    {
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(path));
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    private static void WriteOurs(IReadOnlyList<TypeScriptEstreeFile> files, string oursPath)
    {
        using var stream = new FileStream(oursPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        var gate = new Lock();
        // Lines are written as files finish, in any order: each line names its file.
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
        {
            var line = OurLine(file);
            lock (gate)
                stream.Write(line.WrittenSpan);
        });
    }

    /// <summary>The file's JSON line (newline included) as UTF-8.</summary>
    private static ArrayBufferWriter<byte> OurLine(TypeScriptEstreeFile file)
    {
        var line = new ArrayBufferWriter<byte>();
        var head = $"{{\"name\":{JsonSerializer.Serialize(file.Name)},\"file\":{JsonSerializer.Serialize(file.Path)}";
        Encoding.UTF8.GetBytes(head, line);

        string? failure;
        var exception = true;
        try
        {
            var source = ReadSource(file.Path);
            var result = JavaScriptParser.ParseDetectingGoal(source, new ParseOptions
            {
                TypeScript = true,
                TypeScriptTree = true,
                Jsx = file.Path.EndsWith(".tsx", StringComparison.Ordinal),
                FileName = file.Path,
            });
            if (result.Program is { } program)
            {
                // Written to a side buffer first, so that a writer that throws halfway leaves no
                // partial JSON in the line.
                var tree = new ArrayBufferWriter<byte>();
                try
                {
                    EstreeWriter.Write(program, source, tree, EstreeDialect.TypeScriptEstree);
                }
                catch (Exception e)
                {
                    return Finish(line, $"EstreeWriter threw {e.GetType().Name}: {e.Message}", exception: true);
                }
                Encoding.UTF8.GetBytes(",\"program\":", line);
                line.Write(tree.WrittenSpan);
                Encoding.UTF8.GetBytes("}\n", line);
                return line;
            }
            failure = result.Error is { } error ? $"error {error.Line}:{error.Column}: {error.Message}" : "returned neither a program nor an error";
            exception = result.Error is null;
        }
        catch (Exception e)
        {
            failure = $"threw {e.GetType().Name}: {e.Message}";
        }
        return Finish(line, failure, exception);
    }

    private static ArrayBufferWriter<byte> Finish(ArrayBufferWriter<byte> line, string error, bool exception)
    {
        var tail = $",\"exception\":{(exception ? "true" : "false")},\"error\":{JsonSerializer.Serialize(error)}}}\n";
        Encoding.UTF8.GetBytes(tail, line);
        return line;
    }
}
