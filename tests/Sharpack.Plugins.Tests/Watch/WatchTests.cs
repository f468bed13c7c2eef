// Watch mode (webpack's compiler.watch) on the disk: each build's output runs in node, and after a
// scripted sequence of edits — change a file, create one a request failed to find, break a module
// and fix it, add a file to a context folder, delete an import — the watched build writes what a
// fresh build of the same files writes.

using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.Options;
using Sharpack.Core.Stats;
using Xunit;

namespace Sharpack.Plugins.Tests.Watch;

public sealed class WatchTests : IDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-watch-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private SharpackOptions Options(string extra = "")
    {
        var json = $$"""{ "mode": "development", "target": "node", "devtool": false, "entry": "./src/index.js"{{extra}} }""";
        var result = OptionsNormalizer.Normalize(JsonNode.Parse(json), new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        return result.Options!;
    }

    // Builds handed to the watch handler, in order.
    private sealed class Builds
    {
        private readonly BlockingCollection<(BuildStats? Stats, Exception? Error)> _queue = [];

        public void Add(BuildStats? stats, Exception? error) => _queue.Add((stats, error));

        public BuildStats Next()
        {
            Assert.True(_queue.TryTake(out var build, s_timeout), "no build within the timeout");
            Assert.Null(build.Error);
            return build.Stats!;
        }

        public bool Any(TimeSpan within) => _queue.TryTake(out _, within);
    }

    private string Run()
    {
        var (code, output) = TestPaths.RunNode(Path.Combine(_root, "dist"), "main.js");
        Assert.True(code == 0, output);
        return output.Trim();
    }

    private Dictionary<string, string> Outputs()
    {
        var dist = Path.Combine(_root, "dist");
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(dist, "*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(dist, file)] = File.ReadAllText(file);
        return files;
    }

    [Fact]
    public async Task Rebuilds_after_each_edit_and_writes_what_a_fresh_build_writes()
    {
        Write("src/index.js", "import { a } from './a';\nconst load = (name) => require('./pages/' + name);\nconsole.log(a, load('one').default);\n");
        Write("src/a.js", "export const a = 'a1';\n");
        Write("src/pages/one.js", "export default 'one';\n");
        var builds = new Builds();
        var compiler = SharpackPlugins.CreateCompiler(Options());
        using var watching = compiler.Watch(Options().WatchOptions, builds.Add);

        Assert.Empty(builds.Next().Errors);
        Assert.Equal("a1 one", Run());

        // A file's content changes.
        Write("src/a.js", "export const a = 'a2';\n");
        Assert.Empty(builds.Next().Errors);
        Assert.Equal("a2 one", Run());
        Assert.Contains(Path.Combine(_root, "src", "a.js"), compiler.ModifiedFiles!);

        // A request that does not resolve fails; creating the file it names rebuilds.
        Write("src/a.js", "export { b as a } from './b';\n");
        var failed = builds.Next();
        Assert.True(failed.Errors.Any(e => e.Message.Contains("Can't resolve './b'", StringComparison.Ordinal)), string.Join("\n", failed.Errors.Select(e => e.Message)) + " / modified: " + string.Join(", ", compiler.ModifiedFiles ?? new HashSet<string>()));
        Write("src/b.js", "export const b = 'b1';\n");
        Assert.Empty(builds.Next().Errors);
        Assert.Equal("b1 one", Run());

        // A syntax error is reported with its position; the next good save recovers.
        Write("src/b.js", "export const b = ;\n");
        var broken = builds.Next();
        var error = Assert.Single(broken.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("Unexpected token", error.Message, StringComparison.Ordinal);
        Write("src/b.js", "export const b = 'b2';\n");
        Assert.Empty(builds.Next().Errors);
        Assert.Equal("b2 one", Run());

        // A file added to a context folder joins the context module.
        Write("src/pages/two.js", "export default 'two';\n");
        Assert.Empty(builds.Next().Errors);
        Write("src/index.js", "import { a } from './a';\nconst load = (name) => require('./pages/' + name);\nconsole.log(a, load('one').default, load('two').default);\n");
        Assert.Empty(builds.Next().Errors);
        Assert.Equal("b2 one two", Run());

        // Deleting a file that is imported fails the build; the removal is reported as such.
        File.Delete(Path.Combine(_root, "src", "b.js"));
        Assert.NotEmpty(builds.Next().Errors);
        Assert.Contains(Path.Combine(_root, "src", "b.js"), compiler.RemovedFiles!);
        Write("src/a.js", "export const a = 'a3';\n");
        Assert.Empty(builds.Next().Errors);
        Assert.Equal("a3 one two", Run());

        await watching.Close().WaitAsync(s_timeout);
        var watched = Outputs();
        Directory.Delete(Path.Combine(_root, "dist"), recursive: true);
        Assert.Empty(SharpackPlugins.CreateCompiler(Options()).Run().Errors);
        Assert.Equal(Outputs(), watched);
    }

    [Fact]
    public void Changes_outside_the_build_and_in_ignored_paths_do_not_rebuild()
    {
        Write("src/index.js", "import { a } from './a';\nimport { g } from './generated/g';\nconsole.log(a, g);\n");
        Write("src/a.js", "export const a = 1;\n");
        Write("src/generated/g.js", "export const g = 1;\n");
        Write("src/unrelated.js", "export const u = 1;\n");
        var builds = new Builds();
        var options = Options(""", "watchOptions": { "ignored": "**/generated", "aggregateTimeout": 50 }""");
        var compiler = SharpackPlugins.CreateCompiler(options);
        using var watching = compiler.Watch(options.WatchOptions, builds.Add);
        Assert.Empty(builds.Next().Errors);

        Write("src/unrelated.js", "export const u = 2;\n");
        Write("src/generated/g.js", "export const g = 2;\n");
        Assert.False(builds.Any(TimeSpan.FromMilliseconds(600)), "a change no build read or an ignored one rebuilt: " + string.Join(", ", compiler.ModifiedFiles ?? new HashSet<string>()));

        // Several saves within the aggregate timeout make one build.
        Write("src/a.js", "export const a = 2;\n");
        Write("src/a.js", "export const a = 3;\n");
        Assert.Empty(builds.Next().Errors);
        Assert.Equal("3 2", Run());
        Assert.False(builds.Any(TimeSpan.FromMilliseconds(400)), "one change built twice");
    }

    [Fact]
    public void A_changed_tsconfig_rebuilds_the_typescript_it_decided()
    {
        Write("tsconfig.json", """{ "compilerOptions": { "jsx": "react", "jsxFactory": "first" } }""");
        Write("src/index.js", "import './view.tsx';\n");
        Write("src/view.tsx", "globalThis.first = (t: string) => 'first:' + t;\nglobalThis.second = (t: string) => 'second:' + t;\nconsole.log(<div />);\n");
        var builds = new Builds();
        var options = Options();
        using var watching = SharpackPlugins.CreateCompiler(options).Watch(options.WatchOptions, builds.Add);
        Assert.Empty(builds.Next().Errors);
        Assert.Equal("first:div", Run());
        Write("tsconfig.json", """{ "compilerOptions": { "jsx": "react", "jsxFactory": "second" } }""");
        Assert.Empty(builds.Next().Errors);
        Assert.Equal("second:div", Run());
    }

    [Fact]
    public void Polling_finds_changes_without_notifications()
    {
        Write("src/index.js", "import { a } from './a';\nconsole.log(a);\n");
        Write("src/a.js", "export const a = 1;\n");
        var builds = new Builds();
        var options = Options(""", "watchOptions": { "poll": 100 }""");
        using var watching = SharpackPlugins.CreateCompiler(options).Watch(options.WatchOptions, builds.Add);
        Assert.Empty(builds.Next().Errors);
        Write("src/a.js", "export const a = 'polled';\n");
        Assert.Empty(builds.Next().Errors);
        Assert.Equal("polled", Run());
    }

    [Fact]
    public async Task Invalidate_rebuilds_and_close_calls_watch_close_once()
    {
        Write("src/index.js", "console.log('x');\n");
        var builds = new Builds();
        var compiler = SharpackPlugins.CreateCompiler(Options());
        var watchRuns = 0;
        var closes = 0;
        compiler.Hooks.WatchRun.Tap("test", _ => Interlocked.Increment(ref watchRuns));
        compiler.Hooks.WatchClose.Tap("test", () => Interlocked.Increment(ref closes));
        var watching = compiler.Watch(Options().WatchOptions, builds.Add);
        builds.Next();
        watching.Invalidate();
        builds.Next();
        await watching.Close().WaitAsync(s_timeout);
        Assert.Equal(2, watchRuns);
        Assert.Equal(1, closes);
        Assert.Equal(2, watching.Builds);
        Assert.False(compiler.IsWatching);
    }
}
