// Ordinary file-system trouble is one line saying what and where, exit 1 (2 for bad usage or
// configuration), never a stack trace: an output path that is or lies under a file, one that
// cannot be created, stats JSON that cannot be written, NUL characters in names, a file name that
// names a folder, a folder where a file must go, special or oversized input files.

using System.Diagnostics;
using Sharpack.Cli.Tests.Support;

namespace Sharpack.Cli.Tests;

public sealed class FileSystemErrorTests : IDisposable
{
    private readonly Sandbox _box = new();

    public void Dispose() => _box.Dispose();

    private (int Code, string Text) Build(params string[] args)
    {
        var (code, output, err) = _box.Build(["--mode", "development", "--entry", "./src/index.js", .. args]);
        var text = output + err;
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        return (code, text);
    }

    [Fact]
    public void Output_path_that_is_a_file()
    {
        _box.Write("afile", "data");
        var (code, text) = Build("-o", "afile");
        Assert.Equal(1, code);
        Assert.Contains($"\noutput.path '{Path.Combine(_box.Project, "afile")}' is a file, not a folder: cannot write the build there.\n", text, StringComparison.Ordinal);
        Assert.Equal("data", File.ReadAllText(Path.Combine(_box.Project, "afile")));
    }

    [Fact]
    public void Output_path_under_a_file()
    {
        _box.Write("afile", "data");
        var (code, text) = Build("-o", "afile/sub");
        Assert.Equal(1, code);
        Assert.Contains($"\noutput.path '{Path.Combine(_box.Project, "afile", "sub")}' cannot be created: '{Path.Combine(_box.Project, "afile")}' is a file, not a folder.\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_path_that_cannot_be_created()
    {
        // /proc refuses new folders even to root, where permission bits would not.
        var (code, text) = Build("-o", "/proc/sharpack-test-output");
        Assert.Equal(1, code);
        Assert.Contains("\noutput.path '/proc/sharpack-test-output' cannot be created: ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_json_in_a_folder_that_refuses_it()
    {
        var (code, text) = Build("--json", "/proc/sharpack-test-stats.json");
        Assert.Equal(1, code);
        Assert.Contains("sharpack build: --json: cannot write the stats to '/proc/sharpack-test-stats.json': ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Nul_in_an_entry_name_or_a_filename_is_bad_configuration()
    {
        _box.Write("sharpack.config.json", """{ "mode": "none", "entry": { "a\u0000b": "./src/index.js" }, "output": { "filename": "x\u0000.js", "chunkFilename": "[id]\u0000.js" } }""");
        var (code, output, err) = _box.Build();
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(" - configuration.entry has the entry name \"a\\u0000b\" with a NUL character; an entry's name becomes a file name, which cannot hold one.", err, StringComparison.Ordinal);
        Assert.Contains(" - configuration.output.filename should not contain a NUL character (\"x\\u0000.js\"): no file name can hold one.", err, StringComparison.Ordinal);
        Assert.Contains(" - configuration.output.chunkFilename should not contain a NUL character", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chunk_name_with_a_nul_is_an_error_naming_the_asset()
    {
        _box.Write("src/index.js", "import(/* webpackChunkName: \"a\\u0000b\" */ './lazy');\n");
        _box.Write("src/lazy.js", "export default 1;\n");
        var (code, text) = Build();
        Assert.Equal(1, code);
        Assert.Contains("Asset 'a\\u0000b.js' cannot be written: its file name contains a NUL character", text, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_box.Project, "dist")) && Directory.GetFiles(Path.Combine(_box.Project, "dist")).Any(f => f.Contains('\0', StringComparison.Ordinal)));
    }

    [Fact]
    public void A_filename_ending_with_a_slash()
    {
        var (code, text) = Build("--output-filename", "sub/");
        Assert.Equal(1, code);
        Assert.Contains("\nAsset 'sub/' cannot be written: its file name ends with '/', so it names a folder, not a file", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_where_the_bundle_must_go()
    {
        Directory.CreateDirectory(Path.Combine(_box.Project, "dist", "main.js"));
        var (code, text) = Build();
        Assert.Equal(1, code);
        Assert.Contains($"\nCannot write '{Path.Combine(_box.Project, "dist", "main.js")}': a folder of that name is in the way.\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Entry_names_with_a_leading_slash_stay_inside_and_parent_segments_are_refused()
    {
        _box.Write("sharpack.config.json", """{ "mode": "development", "entry": { "/dir/x": "./src/index.js" } }""");
        var before = _box.Snapshot();
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Equal(["+project/dist", "+project/dist/dir", "+project/dist/dir/x.js"], Sandbox.Diff(before, _box.Snapshot()));

        _box.Write("sharpack.config.json", """{ "mode": "development", "entry": { "../escape": "./src/index.js" } }""");
        before = _box.Snapshot();
        (code, output, _) = _box.Build();
        Assert.Equal(1, code);
        Assert.Contains("Asset '../escape.js' would be written outside output.path", output, StringComparison.Ordinal);
        Assert.Empty(Sandbox.Diff(before, _box.Snapshot()));
    }

    [Fact]
    public void A_fifo_where_the_bundle_goes_is_replaced_not_waited_on()
    {
        Directory.CreateDirectory(Path.Combine(_box.Project, "dist"));
        var main = Path.Combine(_box.Project, "dist", "main.js");
        using (var mkfifo = Process.Start("mkfifo", [main]))
            mkfifo.WaitForExit();
        var (code, text) = Build();
        Assert.Equal(0, code);
        Assert.Contains("asset main.js", text, StringComparison.Ordinal);
        Assert.True(Sharpack.Core.ModuleGraph.FileKinds.TryGet(main, out var kind, out _) && kind == Sharpack.Core.ModuleGraph.FileKind.Regular);
    }

    [Fact]
    public void A_folder_on_the_way_that_is_a_link_out_of_output_path()
    {
        Directory.CreateDirectory(Path.Combine(_box.Project, "dist"));
        File.CreateSymbolicLink(Path.Combine(_box.Project, "dist", "js"), Path.Combine(_box.Root, "elsewhere"));
        var before = _box.Snapshot();
        var (code, text) = Build("--output-filename", "js/[name].js");
        Assert.Equal(1, code);
        Assert.Contains("is a symbolic link, and sharpack writes nothing outside output.path through one.", text, StringComparison.Ordinal);
        Assert.Empty(Sandbox.Diff(before, _box.Snapshot()));
    }

    [Fact]
    public void A_fifo_as_input_is_refused_without_waiting()
    {
        var fifo = Path.Combine(_box.Project, "src", "pipe.js");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
            mkfifo.WaitForExit();
        _box.Write("src/index.js", "require('./pipe.js');\n");
        var (code, text) = Build();
        Assert.Equal(1, code);
        Assert.Contains($"Module build failed: '{fifo}' is a FIFO (named pipe), not a regular file; sharpack reads input only from regular files.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_device_as_input_is_refused()
    {
        var (code, text) = Build("--entry", "/dev/zero");
        Assert.Equal(1, code);
        Assert.Contains("Module build failed: '/dev/zero' is a character device, not a regular file", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_input_larger_than_the_limit_is_refused()
    {
        var big = Path.Combine(_box.Project, "src", "big.js");
        using (var file = File.Create(big))
            file.SetLength(Sharpack.Core.ModuleGraph.SourceFile.MaxInputBytes + 1); // sparse: no disk used
        _box.Write("src/index.js", "require('./big.js');\n");
        var (code, text) = Build();
        Assert.Equal(1, code);
        Assert.Contains($"Module build failed: '{big}' is 512 MiB; sharpack reads input files of up to 512 MiB.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_files_from_a_missing_list_is_bad_usage()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = _box.Project };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "sharpack.dll"), "parse", "--files-from", "missing.txt" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var err = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(2, process.ExitCode);
        Assert.Equal("sharpack parse: --files-from: cannot read the list 'missing.txt': no such file\n", err);
    }
}
