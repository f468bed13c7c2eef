// A throwaway folder for end-to-end builds: `project/` (a package.json and src/index.js) beside
// `elsewhere/` (a file a build must never touch). Snapshot lists every entry under the folder
// (files with their text, folders, links with their targets, never followed), so a test can
// assert exactly what a build changed, inside output.path and outside it.

namespace Sharpack.Cli.Tests.Support;

public sealed class Sandbox : IDisposable
{
    public Sandbox()
    {
        Root = Directory.CreateTempSubdirectory("sharpack-sandbox-").FullName;
        Project = Path.Combine(Root, "project");
        Directory.CreateDirectory(Path.Combine(Project, "src"));
        File.WriteAllText(Path.Combine(Project, "package.json"), """{ "name": "sandbox" }""");
        File.WriteAllText(Path.Combine(Project, "src", "index.js"), "console.log('hi');\n");
        Directory.CreateDirectory(Path.Combine(Root, "elsewhere"));
        File.WriteAllText(Path.Combine(Root, "elsewhere", "important.txt"), "precious");
    }

    public string Root { get; }

    public string Project { get; }

    public void Write(string relative, string text)
    {
        var path = Path.Combine(Project, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public (int Code, string Out, string Err) Build(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = BuildCommand.Run(args, Project, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Every entry under the sandbox: relative path → "file:TEXT", "dir" or "link:TARGET".</summary>
    /// <summary>Runs <paramref name="file"/> (relative to the project) in node; asserts it exits 0 and returns its output.</summary>
    public string RunBundle(string file = "dist/main.js")
    {
        var start = new System.Diagnostics.ProcessStartInfo("node") { WorkingDirectory = Project, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(file);
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000));
        Assert.True(process.ExitCode == 0, stdout.Result + stderr.Result);
        return stdout.Result;
    }

    public SortedDictionary<string, string> Snapshot()
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Walk(string folder)
        {
            foreach (var entry in Directory.GetFileSystemEntries(folder))
            {
                var relative = Path.GetRelativePath(Root, entry).Replace('\\', '/');
                var info = new FileInfo(entry);
                if (info.LinkTarget is { } target)
                {
                    result[relative] = "link:" + target;
                }
                else if (Directory.Exists(entry))
                {
                    result[relative] = "dir";
                    Walk(entry);
                }
                else if (Sharpack.Core.ModuleGraph.FileKinds.TryGet(entry, out var kind, out var size) && kind != Sharpack.Core.ModuleGraph.FileKind.Regular)
                {
                    result[relative] = "special:" + kind;
                }
                else if (size > 1 << 20)
                {
                    result[relative] = "large:" + size;
                }
                else
                {
                    result[relative] = "file:" + File.ReadAllText(entry);
                }
            }
        }
        Walk(Root);
        return result;
    }

    /// <summary>What changed between two snapshots: "+path", "-path", "~path", in path order.</summary>
    public static List<string> Diff(SortedDictionary<string, string> before, SortedDictionary<string, string> after)
    {
        var changes = new List<string>();
        foreach (var (path, value) in before)
        {
            if (!after.TryGetValue(path, out var now))
                changes.Add("-" + path);
            else if (now != value)
                changes.Add("~" + path);
        }
        foreach (var path in after.Keys)
        {
            if (!before.ContainsKey(path))
                changes.Add("+" + path);
        }
        changes.Sort((a, b) => string.CompareOrdinal(a[1..], b[1..]));
        return changes;
    }

    public void Dispose() => Remove(Root);

    // Depth first without following links: a link is unlinked, never entered.
    private static void Remove(string folder)
    {
        foreach (var entry in Directory.GetFileSystemEntries(folder))
        {
            if (new FileInfo(entry).LinkTarget is null && Directory.Exists(entry))
                Remove(entry);
            else
                File.Delete(entry);
        }
        Directory.Delete(folder);
    }
}
