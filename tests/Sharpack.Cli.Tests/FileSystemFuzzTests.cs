// Builds over randomly combined unlucky file systems: imports of FIFOs, devices, link cycles,
// dangling links, folders named like files, paths through files and oversized files, written to
// output paths that are files, FIFOs, links out of the project or paths under files. Whatever
// the combination, sharpack reports (exit 0 or 1, never a stack trace), returns, and changes
// nothing outside output.path.

using System.Diagnostics;
using Sharpack.Cli.Tests.Support;

namespace Sharpack.Cli.Tests;

public sealed class FileSystemFuzzTests
{
    private static readonly string[] s_inputs = ["fifo", "device", "cycle", "self-link", "dangling", "folder", "through-file", "large", "regular"];
    private static readonly string[] s_outputs = ["dist", "file", "fifo", "link-out", "under-file", "dangling-link", "folder-as-main", "fifo-as-main"];

    [Fact]
    public void Unlucky_file_systems_are_reported_and_nothing_outside_output_path_changes()
    {
        var random = new Random(20261203);
        for (var round = 0; round < 24; round++)
        {
            using var box = new Sandbox();
            var requires = new List<string>();
            var inputs = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => s_inputs[random.Next(s_inputs.Length)]).Distinct().ToList();
            foreach (var input in inputs)
                requires.Add(MakeInput(box, input));
            var output = s_outputs[random.Next(s_outputs.Length)];
            var (outputPath, realOutput) = MakeOutput(box, output);
            box.Write("src/index.js", string.Join("", requires.Select(r => $"try {{ require('{r}'); }} catch (e) {{}}\n")) + "require('./ok.js');\n");
            box.Write("src/ok.js", "module.exports = 1;\n");
            var before = box.Snapshot();

            var timer = Stopwatch.StartNew();
            var (code, stdout, stderr) = box.Build("--mode", "development", "--entry", "./src/index.js", "--output-path", outputPath, "--output-clean");
            var what = $"round {round}: inputs [{string.Join(", ", inputs)}], output {output}: exit {code}\n{stdout}{stderr}";
            Assert.True(timer.Elapsed < TimeSpan.FromSeconds(60), what);
            Assert.True(code is 0 or 1, what);
            Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
            foreach (var change in Sandbox.Diff(before, box.Snapshot()))
                Assert.True(change[1..] == realOutput || change[1..].StartsWith(realOutput + "/", StringComparison.Ordinal), $"{what}\nchanged outside output.path: {change}");
        }
    }

    // Creates the input and returns the request that imports it.
    private static string MakeInput(Sandbox box, string kind)
    {
        var src = Path.Combine(box.Project, "src");
        switch (kind)
        {
            case "fifo":
                Run("mkfifo", Path.Combine(src, "pipe.js"));
                return "./pipe.js";
            case "device":
                File.CreateSymbolicLink(Path.Combine(src, "zero.js"), "/dev/zero");
                return "./zero.js";
            case "cycle":
                File.CreateSymbolicLink(Path.Combine(src, "a.js"), Path.Combine(src, "b.js"));
                File.CreateSymbolicLink(Path.Combine(src, "b.js"), Path.Combine(src, "a.js"));
                return "./a.js";
            case "self-link":
                File.CreateSymbolicLink(Path.Combine(src, "self.js"), Path.Combine(src, "self.js"));
                return "./self.js";
            case "dangling":
                File.CreateSymbolicLink(Path.Combine(src, "gone.js"), Path.Combine(box.Root, "nowhere.js"));
                return "./gone.js";
            case "folder":
                Directory.CreateDirectory(Path.Combine(src, "folder.js"));
                return "./folder.js";
            case "through-file":
                box.Write("src/plain.txt", "text");
                return "./plain.txt/inner.js";
            case "large":
                using (var file = File.Create(Path.Combine(src, "large.js")))
                    file.SetLength(Sharpack.Core.ModuleGraph.SourceFile.MaxInputBytes + 1);
                return "./large.js";
            default:
                box.Write("src/regular.js", "module.exports = 'regular';\n");
                return "./regular.js";
        }
    }

    // Creates what lies at the output path; returns the path (relative to the project) and where
    // it really is (relative to the sandbox): a link on the way to output.path is the user's choice.
    private static (string Path, string Real) MakeOutput(Sandbox box, string kind)
    {
        switch (kind)
        {
            case "file":
                box.Write("out", "a file");
                return ("out", "project/out");
            case "fifo":
                Run("mkfifo", Path.Combine(box.Project, "out"));
                return ("out", "project/out");
            case "link-out":
                File.CreateSymbolicLink(Path.Combine(box.Project, "out"), Path.Combine(box.Root, "elsewhere"));
                return ("out/sub", "elsewhere/sub");
            case "under-file":
                box.Write("out", "a file");
                return ("out/sub", "project/out/sub");
            case "dangling-link":
                File.CreateSymbolicLink(Path.Combine(box.Project, "out"), Path.Combine(box.Root, "missing-folder"));
                return ("out", "missing-folder");
            case "folder-as-main":
                Directory.CreateDirectory(Path.Combine(box.Project, "out", "main.js"));
                return ("out", "project/out");
            case "fifo-as-main":
                Directory.CreateDirectory(Path.Combine(box.Project, "out"));
                Run("mkfifo", Path.Combine(box.Project, "out", "main.js"));
                return ("out", "project/out");
            default:
                return ("dist", "project/dist");
        }
    }

    private static void Run(string program, string argument)
    {
        using var process = Process.Start(program, [argument]);
        process.WaitForExit();
    }
}
