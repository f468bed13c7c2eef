// Errors and warnings come in source order, whichever make thread finished first: by module in
// the order a reader meets them from the entry (depth first, imports in source order), then by
// position, each located as webpack prints it (line:column-endColumn, 0-based columns).

using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class DiagnosticsOrderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-diagnostics-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void Errors_and_warnings_follow_the_source_whatever_finishes_first()
    {
        // slow.js is large, so it finishes after fast.js although it comes first.
        Write("index.js", "import './slow';\nimport './fast';\nrequire('./missing-in-index');\n");
        Write("slow.js", string.Concat(Enumerable.Repeat("var x = [1, 2, 3].map((n) => n * 2);\n", 40_000)) +
            "require('./missing-late');\nrequire('./missing-early-line-is-later');\n" + "try { require('./optional-in-slow'); } catch (e) {}\n");
        Write("fast.js", "require('./missing-in-fast');\ntry { require('./optional-in-fast'); } catch (e) {}\n");
        for (var run = 0; run < 3; run++)
        {
            var options = OptionsNormalizer.Normalize(JsonNode.Parse("""{ "mode": "development", "target": "node", "entry": "./index.js" }"""), new OptionsOverrides(), _root);
            var stats = SharpackPlugins.CreateCompiler(options.Options!).Run();
            Assert.Equal(
            [
                "./index.js 3:0-29 ./missing-in-index",
                "./slow.js 40001:0-25 ./missing-late",
                "./slow.js 40002:0-40 ./missing-early-line-is-later",
                "./fast.js 1:0-28 ./missing-in-fast",
            ], stats.Errors.Select(e => $"{e.File} {e.Location} {e.Message.Split('\'')[2]}"));
            Assert.Equal(["./slow.js ./optional-in-slow", "./fast.js ./optional-in-fast"], stats.Warnings.Select(w => $"{w.File} {w.Message.Split('\'')[2]}"));
        }
    }
}
