// A build killed while it writes leaves every output file whole: the old version or the new one,
// never a truncated mix. The sharpack process is killed (SIGKILL) the moment anything in
// output.path changes (a temporary file appears, or main.js is touched), and at random moments.

using System.Diagnostics;
using Sharpack.Cli.Tests.Support;

namespace Sharpack.Cli.Tests;

public sealed class AtomicEmitTests : IDisposable
{
    private readonly Sandbox _box = new();

    public void Dispose() => _box.Dispose();

    // A module of about 16 MB, so the bundle takes a while to write.
    private void WriteModule(string marker)
    {
        var filler = new string('x', 16 * 1024 * 1024);
        _box.Write("src/index.js", $"module.exports = \"{marker}\" + \"{filler}\";\n");
    }

    private byte[] BuildInProcess(string outputPath)
    {
        var (code, output, err) = _box.Build("--entry", "./src/index.js", "--mode", "development", "--output-path", outputPath);
        Assert.True(code == 0, err + output);
        return File.ReadAllBytes(Path.Combine(_box.Project, outputPath, "main.js"));
    }

    private Process Start()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _box.Project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "sharpack.dll"), "build", "--entry", "./src/index.js", "--mode", "development", "--output-path", "dist" })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEndAsync();
        return process;
    }

    [Fact]
    public void A_build_killed_during_emit_leaves_each_file_old_or_new()
    {
        WriteModule("OLD");
        var oldBytes = BuildInProcess("dist");
        WriteModule("NEW");
        var newBytes = BuildInProcess("expected");
        Assert.False(oldBytes.AsSpan().SequenceEqual(newBytes));
        var main = Path.Combine(_box.Project, "dist", "main.js");
        var timer = Stopwatch.StartNew();
        using (var whole = Start())
            whole.WaitForExit();
        var buildTime = timer.Elapsed;
        var random = new Random(12345);

        var killedWhileWriting = 0;
        for (var round = 0; round < 16; round++)
        {
            File.WriteAllBytes(main, oldBytes);
            var stamp = File.GetLastWriteTimeUtc(main);
            using var process = Start();
            if (round % 2 == 0)
            {
                // Kill the moment output.path changes.
                var deadline = Stopwatch.StartNew();
                while (!process.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(60))
                {
                    var entries = Directory.GetFileSystemEntries(Path.Combine(_box.Project, "dist"));
                    if (entries.Length > 1 || File.GetLastWriteTimeUtc(main) != stamp || new FileInfo(main).Length != oldBytes.Length)
                    {
                        killedWhileWriting++;
                        break;
                    }
                }
            }
            else
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(random.NextDouble() * buildTime.TotalMilliseconds * 1.2));
            }
            try
            {
                process.Kill();
            }
            catch (InvalidOperationException)
            {
                // It finished first.
            }
            process.WaitForExit();
            var now = File.ReadAllBytes(main);
            Assert.True(now.AsSpan().SequenceEqual(oldBytes) || now.AsSpan().SequenceEqual(newBytes),
                $"round {round}: main.js is {now.Length} bytes, neither the old ({oldBytes.Length}) nor the new ({newBytes.Length}) version");
            foreach (var temporary in Directory.GetFiles(Path.Combine(_box.Project, "dist"), "*.sharpack-tmp"))
                File.Delete(temporary);
        }
        Assert.True(killedWhileWriting >= 4, $"only {killedWhileWriting} kills landed while output.path was changing");
    }
}
