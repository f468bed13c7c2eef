// Loader requests as webpack's NormalModuleFactory reads them: inline `loader?query!` syntax and
// its prefixes, the match resource, rules' use / loader / options / enforce as the options reader
// compiles them (and the errors webpack gives for wrong ones), how matching rules' loaders are
// collected by enforce, loader idents and module identifiers.

using System.Text.Json.Nodes;
using Sharpack.Core.Make;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;

namespace Sharpack.Core.Tests.Make;

public sealed class LoaderRequestTests
{
    private static NormalizedOptions Normalize(string rules) =>
        OptionsNormalizer.Normalize(JsonNode.Parse($$"""{ "mode": "none", "module": { "rules": [ {{rules}} ] } }"""), null, "/p");

    private static IReadOnlyList<ModuleRule> Rules(string rules)
    {
        var result = Normalize(rules);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        return result.Options!.Rules;
    }

    private static string Error(string rules)
    {
        var result = Normalize(rules);
        Assert.False(result.Success);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void InlineLoadersWithQueries()
    {
        var request = InlineLoaderRequest.Parse("a-loader?x=1&y!b-loader!./c.js?q", "/p/src");
        Assert.Equal("./c.js?q", request.Resource);
        Assert.Equal([new LoaderItem("a-loader", "x=1&y"), new LoaderItem("b-loader")], request.Loaders);
        Assert.Null(request.MatchResource);
        Assert.False(request.NoAutoLoaders || request.NoPreAutoLoaders || request.NoPrePostAutoLoaders);
    }

    [Theory]
    [InlineData("!a!./c.js", true, false, false)]
    [InlineData("-!a!./c.js", true, true, false)]
    [InlineData("!!a!./c.js", true, false, true)]
    [InlineData("a!./c.js", false, false, false)]
    public void PrefixesSetWhichConfiguredLoadersAreDropped(string text, bool noAuto, bool noPre, bool noPrePost)
    {
        var request = InlineLoaderRequest.Parse(text, "/p");
        Assert.Equal((noAuto, noPre, noPrePost), (request.NoAutoLoaders, request.NoPreAutoLoaders, request.NoPrePostAutoLoaders));
        Assert.Equal("a", Assert.Single(request.Loaders).Loader);
        Assert.Equal("./c.js", request.Resource);
    }

    [Fact]
    public void RunsOfExclamationMarksSeparateOnce()
    {
        var request = InlineLoaderRequest.Parse("a!!b!./c.js", "/p");
        Assert.Equal(["a", "b"], request.Loaders.Select(l => l.Loader));
        Assert.Equal("./c.js", request.Resource);
    }

    [Fact]
    public void MatchResourceIsJoinedToTheContextWhenRelative()
    {
        var request = InlineLoaderRequest.Parse("./x.json!=!!!a!./c.js", "/p/src");
        Assert.Equal("/p/src/x.json", request.MatchResource);
        Assert.True(request.NoPrePostAutoLoaders);
        Assert.Equal("./c.js", request.Resource);
        Assert.Equal("name.js", InlineLoaderRequest.Parse("name.js!=!a!./c.js", "/p").MatchResource);
    }

    [Fact]
    public void ASchemeIsNotSplit()
    {
        var request = InlineLoaderRequest.Parse("data:text/javascript,a!b", "/p");
        Assert.Equal("data:text/javascript,a!b", request.Resource);
        Assert.Empty(request.Loaders);
    }

    [Fact]
    public void LoaderIdentsAsWebpackWritesThem()
    {
        Assert.Equal("a", new LoaderItem("a").ToIdent());
        Assert.Equal("a?x=1", new LoaderItem("a", "x=1").ToIdent());
        Assert.Equal("a??ruleSet[1].rules[0].use[0]", new LoaderItem("a", Options: new JsonObject { ["x"] = 1 }, Ident: "ruleSet[1].rules[0].use[0]").ToIdent());
        Assert.Equal("a?{\"x\":1}", new LoaderItem("a", Options: new JsonObject { ["x"] = 1 }).ToIdent());
    }

    [Fact]
    public void IdentifierIsTheRequestWithTheTypeUnlessJavascriptAuto()
    {
        LoaderItem[] loaders = [new("a", "q"), new("b")];
        Assert.Equal("a?q!b!/p/x.js", NormalModule.CreateIdentifier("javascript/auto", loaders, "/p/x.js"));
        Assert.Equal("javascript/esm|a?q!b!/p/x.js", NormalModule.CreateIdentifier("javascript/esm", loaders, "/p/x.js"));
        Assert.Equal("json|/p/x.json", NormalModule.CreateIdentifier("json", [], "/p/x.json"));
        Assert.Equal("/p/x.js", NormalModule.CreateIdentifier("javascript/auto", [], "/p/x.js"));
    }

    [Theory]
    [InlineData("/p/src/a.js", "./src/a.js")]
    [InlineData("a?x=/p!/p/src/a.js", "a?x=/p!./src/a.js")]
    [InlineData("json|/p/src/a.json", "json|./src/a.json")]
    [InlineData("/q/x.js", "../q/x.js")]
    [InlineData("/p/b.css!=!a!/p/src/a.js", "./b.css!=!a!./src/a.js")]
    public void RequestsShortenEachPath(string request, string shortened) =>
        Assert.Equal(shortened, RequestShortener.ShortenRequest("/p", request));

    [Fact]
    public void UseForms()
    {
        var rules = Rules("""
            { "test": "/p", "use": "a?x=1" },
            { "test": "/p", "use": { "loader": "b", "options": { "n": 2 } } },
            { "test": "/p", "use": ["c", { "loader": "d", "options": { "n": 4 }, "ident": "mine" }, { "loader": "e", "options": "s" }, null, false] },
            { "test": "/p", "loader": "f", "options": { "n": 6 }, "enforce": "pre" }
            """);
        Assert.Equal(new LoaderItem("a", "x=1"), Assert.Single(rules[0].Use));
        var b = Assert.Single(rules[1].Use);
        Assert.Equal(("b", 2, "ruleSet[1].rules[1].use"), (b.Loader, (int)b.Options!["n"]!, b.Ident));
        Assert.Equal(["c", "d??mine", "e?s"], rules[2].Use.Select(l => l.ToIdent()));
        Assert.Equal("f??ruleSet[1].rules[3]", Assert.Single(rules[3].Use).ToIdent());
        Assert.Equal("pre", rules[3].Enforce);
        Assert.Null(rules[0].Enforce);
    }

    [Fact]
    public void IdentOfAnArrayItemIsItsPath() =>
        Assert.Equal("x??ruleSet[1].rules[0].oneOf[0].use[1]",
            Rules("""{ "oneOf": [ { "use": ["w", { "loader": "x", "options": {} }] } ] }""")[0].OneOf[0].Use[1].ToIdent());

    [Fact]
    public void IdentsCountOnlyTheRulesAndItemsWebpackKeeps()
    {
        var rules = Rules("""false, null, { "use": [false, "", { "loader": "x", "options": {} }] }""");
        Assert.Equal("x??ruleSet[1].rules[0].use[0]", Assert.Single(Assert.Single(rules).Use).ToIdent());
    }

    [Fact]
    public void LoaderAndUseTogetherIsAnError() =>
        Assert.Equal("configuration.module.rules[0].loader A Rule must not have a 'loader' property when it has a 'use' property",
            Error("""{ "use": "a", "loader": "b" }"""));

    [Fact]
    public void LoaderListInLoaderIsAnError() =>
        Assert.Equal("configuration.module.rules[0].loader Exclamation mark separated loader lists has been removed in favor of the 'use' property with arrays",
            Error("""{ "loader": "a!b" }"""));

    [Fact]
    public void QueryInLoaderIsAnError() =>
        Assert.Equal("configuration.module.rules[0].loader Query arguments on 'loader' has been removed in favor of the 'options' property",
            Error("""{ "loader": "a?x" }"""));

    [Fact]
    public void EnforceMustBePreOrPost() =>
        Assert.Equal("configuration.module.rules[0].enforce should be one of these:\n\"pre\" | \"post\"",
            Error("""{ "loader": "a", "enforce": "middle" }"""));

    [Fact]
    public void OptionsWithoutLoaderIsAnError() =>
        Assert.Equal("configuration.module.rules[0].options is only valid with 'loader'.", Error("""{ "options": {} }"""));

    [Fact]
    public void UseItemMustNameItsLoader() =>
        Assert.Equal("configuration.module.rules[0].use[0] misses the property 'loader'.", Error("""{ "use": [{ "options": {} }] }"""));

    [Fact]
    public void MatchingRulesCollectLoadersByEnforce()
    {
        var rules = Rules("""
            { "use": "n1" }, { "use": "post1", "enforce": "post" }, { "use": "pre1", "enforce": "pre" },
            { "test": "/other", "use": "skipped" },
            { "rules": [ { "use": ["n2", "n3"] } ], "oneOf": [ { "use": "pre2", "enforce": "pre" }, { "use": "never", "enforce": "pre" } ] }
            """);
        var effects = RuleMatcher.Exec(rules, new RuleData("/p/a.js"));
        Assert.Equal(["n1", "n2", "n3"], effects.NormalLoaders!.Select(l => l.Loader));
        Assert.Equal(["post1"], effects.PostLoaders!.Select(l => l.Loader));
        Assert.Equal(["pre1", "pre2"], effects.PreLoaders!.Select(l => l.Loader));
        var none = RuleMatcher.Exec(Rules("""{ "test": "/other", "use": "x" }"""), new RuleData("/p/a.js"));
        Assert.Null(none.NormalLoaders);
    }
}
