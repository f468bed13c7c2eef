// Rules as OptionsNormalizer makes them, run against requests as webpack's RuleSet runs them:
// conditions (strings, RegExps, arrays, and/or/not, per request value), every matching rule's
// effects in order, nested rules, oneOf, and what an absent value matches.

using System.Text.Json.Nodes;
using Sharpack.Core.Make;
using Sharpack.Core.Options;

namespace Sharpack.Core.Tests.Make;

public class RuleMatcherTests
{
    private const string Js = """{ "__regexp": { "source": "\\.js$", "flags": "" } }""";

    private static IReadOnlyList<ModuleRule> Rules(string json)
    {
        var result = OptionsNormalizer.Normalize(JsonNode.Parse($$"""{ "mode": "none", "module": { "rules": [ {{json}} ] } }"""), null, "/p");
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        return result.Options!.Rules;
    }

    private static ModuleRule Rule(string json) => Assert.Single(Rules(json));

    private static bool Matches(string json, string resource, string query = "", string issuer = "") =>
        RuleMatcher.Matches(Rule(json), new RuleData(resource, query, Issuer: issuer));

    [Fact]
    public void RegExpTestAndExclude()
    {
        var rule = Rule("""{ "test": { "__regexp": { "source": "\\.m?js$", "flags": "" } }, "exclude": { "__regexp": { "source": "node_modules", "flags": "" } } }""");
        Assert.True(RuleMatcher.Matches(rule, new RuleData("/p/src/a.mjs")));
        Assert.False(RuleMatcher.Matches(rule, new RuleData("/p/src/a.ts")));
        Assert.False(RuleMatcher.Matches(rule, new RuleData("/p/node_modules/x/a.js")));
    }

    [Fact]
    public void StringConditionsArePathPrefixes()
    {
        var rule = Rule("""{ "include": ["src", "/other"], "exclude": "src/vendor" }""");
        Assert.True(RuleMatcher.Matches(rule, new RuleData("/p/src/a.js")));
        Assert.True(RuleMatcher.Matches(rule, new RuleData("/other/a.js")));
        Assert.False(RuleMatcher.Matches(rule, new RuleData("/p/lib/a.js")));
        Assert.False(RuleMatcher.Matches(rule, new RuleData("/p/src/vendor/a.js")));
    }

    [Fact]
    public void ResourceQueryAndFragment()
    {
        Assert.True(Matches("""{ "resourceQuery": { "__regexp": { "source": "raw", "flags": "" } } }""", "/p/a.txt", "?raw"));
        Assert.False(Matches("""{ "resourceQuery": { "__regexp": { "source": "raw", "flags": "" } } }""", "/p/a.txt"));
        // A string is a prefix of the query itself, not a path.
        Assert.True(Matches("""{ "resourceQuery": "?inline" }""", "/p/a.txt", "?inline&x"));
        // "" matches only an empty value.
        Assert.True(Matches("""{ "resourceQuery": "" }""", "/p/a.txt"));
        Assert.False(Matches("""{ "resourceQuery": "" }""", "/p/a.txt", "?x"));
        var fragment = Rule("""{ "resourceFragment": "#top" }""");
        Assert.True(RuleMatcher.Matches(fragment, new RuleData("/p/a.js", "", "#top")));
        Assert.False(RuleMatcher.Matches(fragment, new RuleData("/p/a.js")));
    }

    [Fact]
    public void ResourceAndRealResource()
    {
        Assert.True(Matches("""{ "resource": "/p/src" }""", "/p/src/a.js"));
        Assert.False(Matches("""{ "resource": "/p/src" }""", "/p/lib/a.js"));
        Assert.True(Matches("""{ "realResource": { "__regexp": { "source": "a\\.js$", "flags": "" } } }""", "/p/src/a.js"));
    }

    [Fact]
    public void LogicalConditions()
    {
        const string Rule = """
            { "test": { "and": [ "/p/src", { "not": { "__regexp": { "source": "\\.test\\.js$", "flags": "" } } } ],
                        "or": [ { "__regexp": { "source": "\\.js$", "flags": "" } }, { "__regexp": { "source": "\\.mjs$", "flags": "" } } ] } }
            """;
        Assert.True(Matches(Rule, "/p/src/a.js"));
        Assert.True(Matches(Rule, "/p/src/a.mjs"));
        Assert.False(Matches(Rule, "/p/src/a.test.js"));
        Assert.False(Matches(Rule, "/p/src/a.ts"));
        Assert.False(Matches(Rule, "/p/lib/a.js"));
        // An empty array (or of nothing) never matches, as in webpack.
        Assert.False(Matches("""{ "test": [] }""", "/p/a.js"));
    }

    [Fact]
    public void IssuerIsTheImportingModule()
    {
        const string Rule = """{ "issuer": { "__regexp": { "source": "\\.mjs$", "flags": "" } } }""";
        Assert.True(Matches(Rule, "/p/a.js", issuer: "/p/index.mjs"));
        Assert.False(Matches(Rule, "/p/a.js", issuer: "/p/index.js"));
        // An entry has the issuer "": a path condition does not match it, a negated one does.
        Assert.False(Matches("""{ "issuer": "/p" }""", "/p/a.js"));
        Assert.True(Matches("""{ "issuer": { "not": "/p" } }""", "/p/a.js"));
    }

    [Fact]
    public void AbsentDescriptionDataMatchesOnlyWhatMatchesEmpty()
    {
        // No package.json: the field is absent, so only a condition that holds for "nothing" matches.
        Assert.False(Matches("""{ "descriptionData": { "type": "module" } }""", "/p/a.js"));
        Assert.True(Matches("""{ "descriptionData": { "type": { "not": "module" } } }""", "/p/a.js"));
    }

    [Fact]
    public void TheCompilerConditionTestsTheConfigurationsNameAndFailsWithoutOne()
    {
        // As webpack's: a string condition is a prefix, so "web" matches the compiler "web-client".
        var rules = Rules("""{ "test": "/p", "compiler": "web", "type": "json" }""");
        Assert.Equal("json", RuleMatcher.Exec(rules, new RuleData("/p/a.js", Compiler: "web-client")).Type);
        Assert.Null(RuleMatcher.Exec(rules, new RuleData("/p/a.js", Compiler: "node-server")).Type);
        Assert.Null(RuleMatcher.Exec(rules, new RuleData("/p/a.js")).Type);
    }

    [Fact]
    public void EveryMatchingRuleContributesAndTheLastTypeWins()
    {
        var rules = Rules($$"""
            { "test": {{Js}}, "type": "javascript/auto", "parser": { "amd": false } },
            { "test": "/p/src", "type": "javascript/esm" },
            { "test": "/p/other", "type": "json" },
            { "test": {{Js}}, "parser": { "commonjs": false } }
            """);
        var effects = RuleMatcher.Exec(rules, new RuleData("/p/src/a.js"));
        Assert.Equal("javascript/esm", effects.Type);
        Assert.Equal(2, effects.Parsers.Count);
        Assert.False((bool)effects.Parsers[0]["amd"]!);
        Assert.False((bool)effects.Parsers[1]["commonjs"]!);
        Assert.Equal("configuration.module.rules[0]|configuration.module.rules[3]|", effects.ParserKey);

        var none = RuleMatcher.Exec(rules, new RuleData("/p/a.css"));
        Assert.Null(none.Type);
        Assert.Empty(none.Parsers);
        Assert.Equal("", none.ParserKey);
    }

    [Fact]
    public void NestedRulesApplyAfterTheirParentWhenBothMatch()
    {
        var rules = Rules($$"""
            { "test": {{Js}}, "type": "javascript/auto", "rules": [
                { "include": "/p/esm", "type": "javascript/esm" },
                { "include": "/p/cjs", "type": "javascript/dynamic" } ] }
            """);
        Assert.Equal("javascript/esm", RuleMatcher.Exec(rules, new RuleData("/p/esm/a.js")).Type);
        Assert.Equal("javascript/dynamic", RuleMatcher.Exec(rules, new RuleData("/p/cjs/a.js")).Type);
        Assert.Equal("javascript/auto", RuleMatcher.Exec(rules, new RuleData("/p/a.js")).Type);
        // The parent's conditions gate its children.
        Assert.Null(RuleMatcher.Exec(rules, new RuleData("/p/esm/a.ts")).Type);
    }

    [Fact]
    public void OneOfAppliesOnlyTheFirstMatch()
    {
        var rules = Rules("""
            { "oneOf": [
                { "resourceQuery": "?esm", "type": "javascript/esm" },
                { "test": "/p/src", "type": "javascript/dynamic", "parser": { "amd": false } },
                { "type": "json", "parser": { "commonjs": false } } ] }
            """);
        var query = RuleMatcher.Exec(rules, new RuleData("/p/src/a.js", "?esm"));
        Assert.Equal("javascript/esm", query.Type);
        Assert.Empty(query.Parsers);
        var src = RuleMatcher.Exec(rules, new RuleData("/p/src/a.js"));
        Assert.Equal("javascript/dynamic", src.Type);
        Assert.Single(src.Parsers);
        Assert.Equal("json", RuleMatcher.Exec(rules, new RuleData("/p/a.js")).Type);
    }
}
