// C# loaders through a whole in-memory build: rules' use / loader / options / enforce and inline
// requests with their prefixes make each module's chain, the loaders' output is what gets parsed
// and bundled (the bundle runs in node), module identifiers and readable names are webpack's,
// and loader problems are reported with the loader and the module.

using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.Make;
using Xunit;
using static Sharpack.Plugins.Tests.Snapshots.BundlerSnapshot;

namespace Sharpack.Plugins.Tests.Snapshots;

public sealed class LoaderSnapshotTests
{
    // Appends `log.push("<name option>");` to the module: the bundle's output shows which loaders ran, in order.
    private sealed class PushLoader : ILoader
    {
        public ValueTask<LoaderResult> RunAsync(LoaderContext context, LoaderResult input)
        {
            var name = context.GetOptions()["name"]?.ToString() ?? "?";
            return ValueTask.FromResult(new LoaderResult(input.Text + $"log.push({JsonValue.Create(name).ToJsonString()});\n"));
        }
    }

    // Turns "key = value" lines into a JSON object (a module of type json then parses it).
    private sealed class PropertiesLoader : ILoader
    {
        public ValueTask<LoaderResult> RunAsync(LoaderContext context, LoaderResult input)
        {
            var result = new JsonObject();
            foreach (var line in input.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var equals = line.IndexOf('=');
                result[line[..equals].Trim()] = line[(equals + 1)..].Trim();
            }
            return ValueTask.FromResult(new LoaderResult(result.ToJsonString()));
        }
    }

    // Answers in the pitching phase with a module that re-exports the rest of the chain (as style-loader does).
    private sealed class ProxyLoader : ILoader
    {
        public ValueTask<LoaderResult?> PitchAsync(LoaderContext context) =>
            ValueTask.FromResult<LoaderResult?>(new LoaderResult(
                $"export * from {JsonValue.Create("!!" + context.RemainingRequest).ToJsonString()};\nexport const proxied = true;\n"));

        public ValueTask<LoaderResult> RunAsync(LoaderContext context, LoaderResult input) => throw new InvalidOperationException("not reached: the pitch answered");
    }

    private sealed class LintLoader : ILoader
    {
        public ValueTask<LoaderResult> RunAsync(LoaderContext context, LoaderResult input)
        {
            if (input.Text.Contains("var "))
                context.EmitWarning("use let or const instead of var");
            if (input.Text.Contains("debugger"))
                throw new InvalidOperationException("debugger statements are not allowed");
            return ValueTask.FromResult(input);
        }
    }

    private static void Register(Compiler compiler)
    {
        compiler.Loaders.Register("push", new PushLoader());
        compiler.Loaders.Register("properties", new PropertiesLoader());
        compiler.Loaders.Register("proxy", new ProxyLoader());
        compiler.Loaders.Register("lint", new LintLoader());
    }

    private const string ChainRules = """
        "module": { "rules": [
          { "test": { "__regexp": { "source": "[a-e]\\.js$", "flags": "" } }, "use": [{ "loader": "push", "options": { "name": "normal" } }] },
          { "test": { "__regexp": { "source": "[a-e]\\.js$", "flags": "" } }, "loader": "push", "options": { "name": "pre" }, "enforce": "pre" },
          { "test": { "__regexp": { "source": "[a-e]\\.js$", "flags": "" } }, "use": "push?name=post", "enforce": "post" }
        ] }
        """;

    private static readonly Dictionary<string, string> s_chainFiles = Files(
        ("src/index.js", """
            import { log as a } from './a.js';
            import { log as b } from 'push?name=inline!./b.js';
            import { log as c } from '!push?name=inline!./c.js';
            import { log as d } from '-!push?name=inline!./d.js';
            import { log as e } from '!!push?name=inline!./e.js';
            console.log([a, b, c, d, e].map((log) => log.join(',')).join(' | '));

            """),
        ("src/a.js", "export const log = [];\n"),
        ("src/b.js", "export const log = [];\n"),
        ("src/c.js", "export const log = [];\n"),
        ("src/d.js", "export const log = [];\n"),
        ("src/e.js", "export const log = [];\n"));

    [Fact]
    public void LoaderChainsRunInWebpacksOrder()
    {
        var build = Expect(s_chainFiles, $$"""{ "target": "node", "optimization": { "moduleIds": "named" }, {{ChainRules}} }""", configure: Register);
        var (code, output) = RunInNode(build.Output, Dist, "main.js");
        Assert.True(code == 0, output);
        // Normal phase runs right to left over post, inline, normal, pre; "!" drops normal loaders,
        // "-!" pre and normal ones, "!!" every configured loader.
        Assert.Equal("pre,normal,post | pre,normal,inline,post | pre,inline,post | inline,post | inline\n", output);
    }

    [Fact]
    public void IdentifiersAndNamesAreWebpacks()
    {
        var build = Build(s_chainFiles, $$"""{ "target": "node", {{ChainRules}} }""", configure: Register);
        var modules = build.Stats!.Modules.ToDictionary(m => m.Name, m => m.Identifier);
        const string src = Context + "/src/";
        Assert.Equal(src + "index.js", modules["./src/index.js"]);
        // The request holds every loader (object options by their rule's path); the readable name
        // only what the request itself wrote.
        Assert.Equal($"push?name=post!push??ruleSet[1].rules[0].use[0]!push??ruleSet[1].rules[1]!{src}a.js", modules["./src/a.js"]);
        Assert.Equal($"push?name=post!push?name=inline!push??ruleSet[1].rules[0].use[0]!push??ruleSet[1].rules[1]!{src}b.js", modules["push?name=inline!./src/b.js"]);
        Assert.Equal($"push?name=post!push?name=inline!push??ruleSet[1].rules[1]!{src}c.js", modules["push?name=inline!./src/c.js"]);
        Assert.Equal($"push?name=post!push?name=inline!{src}d.js", modules["push?name=inline!./src/d.js"]);
        Assert.Equal($"push?name=inline!{src}e.js", modules["push?name=inline!./src/e.js"]);
    }

    [Fact]
    public void LoaderOutputOfAnotherTypeAndAPitchingLoader()
    {
        var build = Expect(Files(
            ("src/index.js", """
                import settings from './app.properties';
                import * as proxied from 'proxy!./lib.js';
                console.log(settings.title, settings.size, proxied.value, proxied.proxied);

                """),
            ("src/app.properties", "title = Hello\nsize = 3\n"),
            ("src/lib.js", "export const value = 'lib';\n")),
            """
            { "target": "node", "optimization": { "moduleIds": "named" },
              "module": { "rules": [ { "test": { "__regexp": { "source": "\\.properties$", "flags": "" } }, "type": "json", "use": "properties" } ] } }
            """,
            configure: Register);
        var (code, output) = RunInNode(build.Output, Dist, "main.js");
        Assert.True(code == 0, output);
        Assert.Equal("Hello 3 lib true\n", output);
        var modules = build.Stats!.Modules.ToDictionary(m => m.Name, m => m.Identifier);
        Assert.Equal("json|properties!" + Context + "/src/app.properties", modules["./src/app.properties"]);
        // The pitch's module imports the rest of the chain with "!!": the file itself, no loaders.
        Assert.Equal(Context + "/src/lib.js", modules["./src/lib.js"]);
        Assert.Equal("proxy!" + Context + "/src/lib.js", modules["proxy!./src/lib.js"]);
    }

    [Fact]
    public void ARemainingRequestNamesObjectOptionsByTheirIdent()
    {
        // The proxy's request holds "push??ruleSet[1].rules[0].use[1]" and "push??mine": webpack looks
        // the options up by ident, so the proxied module's loaders get their objects.
        var build = Expect(Files(
            ("src/index.js", "import { log as a } from './a.js';\nimport { log as b } from './b.js';\nconsole.log(a.join(), b.join());\n"),
            ("src/a.js", "export const log = [];\n"),
            ("src/b.js", "export const log = [];\n")),
            """
            { "target": "node", "module": { "rules": [
              { "test": { "__regexp": { "source": "a\\.js$", "flags": "" } }, "use": ["proxy", { "loader": "push", "options": { "name": "by-path" } }] },
              { "test": { "__regexp": { "source": "b\\.js$", "flags": "" } }, "use": ["proxy", { "loader": "push", "ident": "mine", "options": { "name": "by-ident" } }] } ] } }
            """,
            configure: Register);
        var (code, output) = RunInNode(build.Output, Dist, "main.js");
        Assert.True(code == 0, output);
        Assert.Equal("by-path by-ident\n", output);
        Assert.Contains(build.Stats!.Modules, m => m.Identifier == "push??ruleSet[1].rules[0].use[1]!" + Context + "/src/a.js");
        Assert.Contains(build.Stats.Modules, m => m.Identifier == "push??mine!" + Context + "/src/b.js");
    }

    [Fact]
    public void RulesMatchTheImportPhase()
    {
        // One file imported in three phases is three modules, each with the loader its phase's rule
        // gives; import.source() resolves to the module's default export, import.defer() to its namespace.
        var build = Expect(Files(
            ("src/index.js", """
                import { log as evaluated } from './m.js';
                const deferred = await import.defer('./m.js');
                const source = await import.source('./m.js');
                console.log(evaluated.join(), deferred.log.join(), Array.isArray(source));

                """),
            ("src/m.js", "export const log = [];\nexport default log;\n")),
            """
            { "target": "node", "experiments": { "deferImport": true, "sourceImport": true }, "module": { "rules": [
              { "test": { "__regexp": { "source": "m\\.js$", "flags": "" } }, "phase": "evaluation", "loader": "push", "options": { "name": "evaluation" } },
              { "test": { "__regexp": { "source": "m\\.js$", "flags": "" } }, "phase": "defer", "loader": "push", "options": { "name": "defer" } },
              { "test": { "__regexp": { "source": "m\\.js$", "flags": "" } }, "phase": { "not": "evaluation" }, "loader": "push", "options": { "name": "not-evaluation" } } ] } }
            """,
            configure: Register);
        var (code, output) = RunInNode(build.Output, Dist, "main.js");
        Assert.True(code == 0, output);
        Assert.Equal("evaluation not-evaluation,defer true\n", output);
        Assert.Equal(3, build.Stats!.Modules.Count(m => m.Name.EndsWith("m.js", StringComparison.Ordinal)));
    }

    [Fact]
    public void AnUnknownIdentIsAnError()
    {
        var build = Build(Files(("src/index.js", "import 'push??nowhere!./a.js';\n"), ("src/a.js", "export {};\n")), """{ "target": "node" }""", configure: Register);
        Assert.Contains(build.Stats!.Errors, e => e.Message.StartsWith("Invalid ident is provided by referenced loader", StringComparison.Ordinal));
    }

    [Fact]
    public void AMatchResourceDecidesTheTypeAndTheName()
    {
        var build = Expect(Files(
            ("src/index.js", """
                import a from './settings.json!=!properties!./a.properties';
                import b from './b.webpack[json]!=!properties!./b.properties';
                console.log(a.title, b.title);

                """),
            ("src/a.properties", "title = A\n"),
            ("src/b.properties", "title = B\n")),
            """{ "target": "node", "optimization": { "moduleIds": "named" } }""",
            configure: Register);
        var (code, output) = RunInNode(build.Output, Dist, "main.js");
        Assert.True(code == 0, output);
        Assert.Equal("A B\n", output);
        // Rules (here webpack's default rule for .json) see the match resource; the name shows it.
        var modules = build.Stats!.Modules.ToDictionary(m => m.Name, m => m.Identifier);
        Assert.Equal("json|properties!" + Context + "/src/a.properties", modules["./src/settings.json!=!properties!./src/a.properties"]);
        Assert.Equal("json|properties!" + Context + "/src/b.properties", modules["./src/b!=!properties!./src/b.properties"]);
    }

    [Theory]
    [InlineData("named")]
    [InlineData("natural")]
    [InlineData("deterministic")]
    public void TheSameFileWithAndWithoutLoadersIsTwoModules(string moduleIds)
    {
        var build = Build(Files(
            ("src/index.js", "import { log as a } from './a.js';\nimport { log as plain } from '!!./a.js';\nconsole.log(a.join(), '|', plain.join());\n"),
            ("src/a.js", "export const log = [];\n")),
            $$"""
            { "target": "node", "optimization": { "moduleIds": "{{moduleIds}}" },
              "module": { "rules": [ { "test": { "__regexp": { "source": "a\\.js$", "flags": "" } }, "use": "push?name=rule" } ] } }
            """,
            configure: Register);
        var (code, output) = RunInNode(build.Output, Dist, "main.js");
        Assert.True(code == 0, output);
        Assert.Equal("rule | \n", output);
        // Both are ./src/a.js to read; their ids differ (named: webpack's `name?hash`).
        var twins = build.Stats!.Modules.Where(m => m.Name == "./src/a.js").ToList();
        Assert.Equal(2, twins.Count);
        Assert.NotEqual(twins[0].Id, twins[1].Id);
        if (moduleIds == "named")
            Assert.All(twins, m => Assert.Matches(@"^\./src/a\.js\?[0-9a-f]{4}$", m.Id));
    }

    [Fact]
    public void LoaderWarningsAndErrorsNameTheLoader()
    {
        var build = Expect(Files(
            ("src/index.js", "import './warned.js';\nimport './failed.js';\n"),
            ("src/warned.js", "var x = 1;\n"),
            ("src/failed.js", "debugger;\n")),
            """{ "module": { "rules": [ { "test": { "__regexp": { "source": "ed\\.js$", "flags": "" } }, "loader": "lint" } ] } }""",
            configure: Register);
        Assert.Contains(build.Stats!.Warnings, w => w.Message == "Module Warning (from lint):\nuse let or const instead of var" && w.File == "./src/warned.js");
        Assert.Contains(build.Stats.Errors, e => e.Message == "Module build failed (from lint):\ndebugger statements are not allowed" && e.File == "./src/failed.js");
    }

    [Fact]
    public void ALoaderThatDoesNotResolveIsModuleNotFound()
    {
        // webpack 5 resolves a loader name as a request (no "-loader" added); one that is neither a
        // registered C# loader nor a file fails the request that names it.
        var build = Expect(Files(
            ("src/index.js", "import './a.js';\nimport 'raw-loader!./b.txt';\n"),
            ("src/a.js", "export {};\n"),
            ("src/b.txt", "text\n")),
            """{ "module": { "rules": [ { "test": { "__regexp": { "source": "a\\.js$", "flags": "" } }, "use": ["babel-loader"] } ] } }""");
        Assert.Equal(2, build.Stats!.Errors.Count);
        Assert.Contains(build.Stats.Errors, e => e.Message.StartsWith($"Module not found: Error: Can't resolve 'babel-loader' in '{Context}'", StringComparison.Ordinal));
        Assert.Contains(build.Stats.Errors, e => e.Message.StartsWith($"Module not found: Error: Can't resolve 'raw-loader' in '{Context}/src'", StringComparison.Ordinal));
    }

    [Fact]
    public void AJavaScriptLoaderWithoutAHostFailsItsModuleNamingIt()
    {
        // The file resolves, but this compiler has no JavaScript loader host (no node).
        var build = Expect(Files(
            ("src/index.js", "import './a.js';\n"),
            ("src/a.js", "export {};\n"),
            ("loaders/upper.js", "module.exports = (s) => s.toUpperCase();\n")),
            """{ "module": { "rules": [ { "test": { "__regexp": { "source": "a\\.js$", "flags": "" } }, "use": ["./loaders/upper.js"] } ] } }""");
        var error = Assert.Single(build.Stats!.Errors);
        Assert.Equal("Module build failed: './loaders/upper.js' (used for ./src/a.js) is a JavaScript loader, and this build runs no JavaScript loaders: " +
            "it is not a C# loader registered with compiler.Loaders, and no JavaScript loader host is set (Compiler.JavaScriptLoaders).", error.Message);
    }

    [Fact]
    public void AParseErrorListsTheLoaders()
    {
        var build = Expect(Files(
            ("src/index.js", "import './a.js';\n"),
            ("src/a.js", "export const a = 1;\n")),
            """{ "module": { "rules": [ { "test": { "__regexp": { "source": "a\\.js$", "flags": "" } }, "use": "properties" } ] } }""",
            configure: Register);
        var error = Assert.Single(build.Stats!.Errors);
        Assert.EndsWith("\nFile was processed with these loaders:\n * properties\nYou may need an additional loader to handle the result of these loaders.", error.Message);
        Assert.StartsWith("Module parse failed: ", error.Message);
    }
}
