// target "webworker": chunks load with importScripts from the worker's own location. The bundle
// runs in a node vm context that provides what a worker global scope has (self, location,
// importScripts fetching from the output folder), and reports what the entry computed.

using Sharpack.Core.Options;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class WebWorkerChunkLoadingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sharpack-worker-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Worker_loads_async_chunks_with_importScripts()
    {
        var source = Path.Combine(_dir, "src");
        Directory.CreateDirectory(source);
        File.WriteAllText(Path.Combine(source, "index.js"),
            "import(/* webpackChunkName: \"lazy\" */ './lazy.js').then((m) => { self.result = m.default + ' via ' + self.loaded.join(','); });\n");
        File.WriteAllText(Path.Combine(source, "lazy.js"), "export default 'lazy';\n");
        var output = Path.Combine(_dir, "dist");
        var options = CaseTests.CaseOptions(source, output, "webworker");
        var stats = SharpackPlugins.CreateCompiler(options).Run();
        Assert.True(stats.Errors.Count == 0, string.Join("\n", stats.Errors));
        Assert.Contains("importScripts(", File.ReadAllText(Path.Combine(output, "bundle.js")), StringComparison.Ordinal);

        var runner = Path.Combine(_dir, "run-worker.cjs");
        File.WriteAllText(runner, """
            const vm = require("vm"), fs = require("fs"), path = require("path");
            const dir = process.argv[2];
            const scope = { console, setTimeout, Promise, loaded: [] };
            scope.self = scope;
            scope.location = "http://127.0.0.1/app/bundle.js";
            scope.importScripts = (...urls) => {
              for (const url of urls) {
                const file = new URL(url).pathname.replace("/app/", "");
                scope.loaded.push(file);
                vm.runInContext(fs.readFileSync(path.join(dir, file), "utf8"), scope);
              }
            };
            vm.createContext(scope);
            vm.runInContext(fs.readFileSync(path.join(dir, "bundle.js"), "utf8"), scope);
            setTimeout(() => console.log(String(scope.result)), 50);
            """);
        var (code, stdout) = TestPaths.RunNode(output, runner, output);
        Assert.True(code == 0, stdout);
        Assert.Equal("lazy via lazy.bundle.js", stdout.Trim());
    }
}
