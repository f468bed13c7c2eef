// The CLI as ./sharpack runs it once published: a native executable (Native AOT). It must build
// what the JIT build builds, byte for byte, make webpack's built-in plugins without reflection,
// and hand a build that loads a .NET plugin assembly (which native code cannot) to the command in
// SHARPACK_JIT_COMMAND. The executable is published once for the class (about a minute on 2 cores).

using System.Diagnostics;
using Sharpack.Cli.Tests.Support;

namespace Sharpack.Cli.Tests;

public sealed class NativeExecutableFixture : IDisposable
{
    private readonly string _folder;

    public NativeExecutableFixture()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Sharpack.sln")))
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("no Sharpack.sln above the test folder");
        var folder = _folder = Directory.CreateTempSubdirectory("sharpack-native-").FullName;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
        {
            "publish", Path.Combine(root, "src", "Sharpack.Cli", "Sharpack.Cli.csproj"), "-c", "Release", "-o", Path.Combine(folder, "out"),
            "--artifacts-path", Path.Combine(folder, "obj"), "--nologo", "-v", "quiet", "--self-contained", "-p:PublishAot=true", "-p:PublishReadyToRun=false",
        })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Executable = Path.Combine(folder, "out", "sharpack");
        PublishLog = output.Result + errors.Result;
        Published = process.ExitCode == 0 && File.Exists(Executable);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public bool Published { get; }

    public string PublishLog { get; }

    public string Executable { get; }
}

public sealed class NativeExecutableTests(NativeExecutableFixture native) : IClassFixture<NativeExecutableFixture>, IDisposable
{
    private readonly Sandbox _box = new();

    public void Dispose() => _box.Dispose();

    private (int Code, string Out, string Err) RunNative(string? jitCommand, params string[] args)
    {
        Assert.True(native.Published, native.PublishLog);
        var start = new ProcessStartInfo(native.Executable) { WorkingDirectory = _box.Project, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("build");
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment.Remove(JitHandoff.CommandVariable);
        if (jitCommand is not null)
            start.Environment[JitHandoff.CommandVariable] = jitCommand;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000));
        return (process.ExitCode, output.Result, errors.Result);
    }

    private Dictionary<string, string> Dist()
    {
        var dist = Path.Combine(_box.Project, "dist");
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(dist, "*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(dist, file)] = File.ReadAllText(file);
        Directory.Delete(dist, recursive: true);
        return files;
    }

    [Fact]
    public void Builds_a_javascript_config_with_built_in_plugins_as_the_jit_build_does()
    {
        _box.Write("src/index.js", "import('./lazy.js').then((m) => console.log(VERSION, m.default, typeof $));\n");
        _box.Write("src/lazy.js", "export default 'lazy';\n");
        _box.Write("src/jq.js", "module.exports = 'jq';\n");
        _box.Write("webpack.config.js", """
            const { BannerPlugin, DefinePlugin, ProvidePlugin, optimize } = require("sharpack");
            module.exports = { mode: "production", target: "node", entry: "./src/index.js",
              plugins: [new DefinePlugin({ VERSION: JSON.stringify("1.2.3") }), new BannerPlugin("built by sharpack"),
                new ProvidePlugin({ $: "./jq.js" }), new optimize.LimitChunkCountPlugin({ maxChunks: 1 })] };
            """);
        var (code, output, err) = RunNative(null);
        Assert.True(code == 0, err + output);
        Assert.Equal("1.2.3 lazy string\n", _box.RunBundle());
        var nativeFiles = Dist();

        var jit = _box.Build();
        Assert.True(jit.Code == 0, jit.Err + jit.Out);
        Assert.Equal(Dist(), nativeFiles);
        // Production minifies; the banner is a license comment, which the minimizer moves to its own file as webpack's does.
        Assert.StartsWith("/*! For license information please see main.js.LICENSE.txt */\n", nativeFiles["main.js"], StringComparison.Ordinal);
        Assert.Equal("/*! built by sharpack */\n", nativeFiles["main.js.LICENSE.txt"]);
    }

    [Fact]
    public void Hands_a_build_loading_a_plugin_assembly_to_the_jit_command()
    {
        var assembly = Path.Combine(AppContext.BaseDirectory, "CacheGroupSplitter.dll");
        _box.Write("vendor/lib.js", "exports.lib = 'lib';\n");
        _box.Write("src/index.js", "console.log(require('../vendor/lib').lib);\n");
        _box.Write("webpack.config.js", $$"""
            module.exports = { mode: "development", target: "node", entry: "./src/index.js",
              plugins: [{ assembly: {{System.Text.Json.JsonSerializer.Serialize(assembly)}}, type: "Examples.Plugins.CacheGroupSplitterPlugin",
                options: { cacheGroups: { vendors: { test: /[\\/]vendor[\\/]/, chunks: "all", name: "vendor-chunk" } } } }] };
            """);

        var (code, output, err) = RunNative(null);
        Assert.Equal(2, code);
        Assert.Equal("sharpack build: this configuration loads .NET plugins, which the native sharpack binary cannot; run the build through the ./sharpack script, which hands it to the JIT build.\n", err);
        Assert.False(Directory.Exists(Path.Combine(_box.Project, "dist")));

        // The JIT build of this test run stands in for `./sharpack` with SHARPACK_BUILD=quick.
        var jitCommand = Path.Combine(_box.Root, "jit-sharpack");
        File.WriteAllText(jitCommand, $"#!/bin/sh\n[ \"$SHARPACK_BUILD\" = quick ] || exit 9\nexec dotnet \"{Path.Combine(AppContext.BaseDirectory, "sharpack.dll")}\" \"$@\"\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(jitCommand, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        (code, output, err) = RunNative(jitCommand);
        Assert.True(code == 0, err + output);
        Assert.Contains("asset vendor-chunk.js ", output, StringComparison.Ordinal);
        Assert.Equal("lib\n", _box.RunBundle());
    }
}
