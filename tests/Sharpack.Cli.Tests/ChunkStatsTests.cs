// `--json` shows the chunk graph as webpack does: each chunk's id, names, files, initial/entry
// flags, parents, children, siblings, modules and origins, and each entrypoint's chunks and
// assets (runtime chunk first).

using System.Text.Json.Nodes;

namespace Sharpack.Cli.Tests;

public sealed class ChunkStatsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sharpack-chunk-stats-").FullName;

    public ChunkStatsTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "src"));
        File.WriteAllText(Path.Combine(_dir, "src", "index.js"), "import('./lazy.js');\nconsole.log('main');\n");
        File.WriteAllText(Path.Combine(_dir, "src", "lazy.js"), "export default 1;\nexport const next = () => import(/* webpackChunkName: \"deeper\" */ './deeper.js');\n");
        File.WriteAllText(Path.Combine(_dir, "src", "deeper.js"), "export default 2;\n");
        File.WriteAllText(Path.Combine(_dir, "sharpack.config.json"), """
            { "mode": "development", "devtool": false, "entry": "./src/index.js", "optimization": { "runtimeChunk": "single" } }
            """);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private JsonObject Stats()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = BuildCommand.Run(["--json"], _dir, stdout, stderr);
        Assert.True(code == 0, stderr.ToString() + stdout);
        return JsonNode.Parse(stdout.ToString())!.AsObject();
    }

    private static JsonObject Chunk(JsonObject stats, string id) =>
        stats["chunks"]!.AsArray().Select(c => c!.AsObject()).Single(c => (string?)c["id"] == id);

    private static string[] Strings(JsonNode? node) => node!.AsArray().Select(n => (string)n!).ToArray();

    [Fact]
    public void Chunks_list_their_place_in_the_chunk_graph()
    {
        var stats = Stats();
        var ids = stats["chunks"]!.AsArray().Select(c => (string)c!["id"]!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["deeper", "main", "runtime", "src_lazy_js"], ids);

        var runtime = Chunk(stats, "runtime");
        Assert.True((bool)runtime["initial"]!);
        Assert.True((bool)runtime["entry"]!);
        Assert.Equal(["runtime.js"], Strings(runtime["files"]));
        Assert.Equal(["main"], Strings(runtime["siblings"]));

        var main = Chunk(stats, "main");
        Assert.True((bool)main["initial"]!);
        Assert.False((bool)main["entry"]!);
        Assert.Equal(["main"], Strings(main["names"]));
        Assert.Equal(["src_lazy_js"], Strings(main["children"]));
        Assert.Equal(["./src/index.js"], main["modules"]!.AsArray().Select(m => (string)m!["name"]!).ToArray());
        var entryOrigin = main["origins"]!.AsArray().Single()!;
        Assert.Equal("main", (string?)entryOrigin["loc"]);
        Assert.Equal("./src/index.js", (string?)entryOrigin["request"]);

        var lazy = Chunk(stats, "src_lazy_js");
        Assert.False((bool)lazy["initial"]!);
        Assert.Empty(Strings(lazy["names"]));
        Assert.Equal(["main", "runtime"], Strings(lazy["parents"]));
        Assert.Equal(["deeper"], Strings(lazy["children"]));
        Assert.Equal(["runtime"], Strings(lazy["runtime"]));
        var origin = lazy["origins"]!.AsArray().Single()!;
        Assert.Equal("./src/index.js", (string?)origin["moduleName"]);
        Assert.Equal("./lazy.js", (string?)origin["request"]);
        Assert.Equal("1:0-19", (string?)origin["loc"]);

        var deeper = Chunk(stats, "deeper");
        Assert.Equal(["deeper"], Strings(deeper["names"]));
        Assert.Equal(["src_lazy_js"], Strings(deeper["parents"]));
    }

    [Fact]
    public void Entrypoints_list_the_runtime_chunk_first()
    {
        var main = Stats()["entrypoints"]!["main"]!;
        Assert.Equal(["runtime", "main"], Strings(main["chunks"]));
        Assert.Equal(["runtime.js", "main.js"], main["assets"]!.AsArray().Select(a => (string)a!["name"]!).ToArray());
    }
}
