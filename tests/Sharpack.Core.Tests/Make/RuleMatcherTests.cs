// Rules as OptionsNormalizer makes them (RegExp and string conditions) matched against paths.

using System.Text.Json.Nodes;
using Sharpack.Core.Make;
using Sharpack.Core.Options;

namespace Sharpack.Core.Tests.Make;

public class RuleMatcherTests
{
    private static ModuleRule Rule(string json) =>
        OptionsNormalizer.Normalize(JsonNode.Parse($$"""{ "mode": "none", "module": { "rules": [ {{json}} ] } }"""), null, "/p").Options!.Rules[0];

    [Fact]
    public void RegExpTestAndExclude()
    {
        var rule = Rule("""{ "test": { "__regexp": { "source": "\\.m?js$", "flags": "" } }, "exclude": { "__regexp": { "source": "node_modules", "flags": "" } } }""");
        Assert.True(RuleMatcher.Matches(rule, "/p/src/a.mjs"));
        Assert.False(RuleMatcher.Matches(rule, "/p/src/a.ts"));
        Assert.False(RuleMatcher.Matches(rule, "/p/node_modules/x/a.js"));
    }

    [Fact]
    public void StringConditionsArePathPrefixes()
    {
        var rule = Rule("""{ "include": ["src", "/other"], "exclude": "src/vendor" }""");
        Assert.True(RuleMatcher.Matches(rule, "/p/src/a.js"));
        Assert.True(RuleMatcher.Matches(rule, "/other/a.js"));
        Assert.False(RuleMatcher.Matches(rule, "/p/lib/a.js"));
        Assert.False(RuleMatcher.Matches(rule, "/p/src/vendor/a.js"));
    }

    [Fact]
    public void ResourceQuery()
    {
        var rule = Rule("""{ "resourceQuery": { "__regexp": { "source": "raw", "flags": "" } } }""");
        Assert.True(RuleMatcher.Matches(rule, "/p/a.txt", "?raw"));
        Assert.False(RuleMatcher.Matches(rule, "/p/a.txt"));
    }
}
