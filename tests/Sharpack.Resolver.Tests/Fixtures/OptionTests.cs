// One small in-memory tree per option and tricky case of issue 3: exports conditions and
// patterns, imports, the browser field, aliases, fallback, extensions, main fields, self
// reference, scoped packages, trailing slashes, `..` out of a package, query and fragment,
// restrictions, roots, tsconfig paths. Expectations follow enhanced-resolve's behaviour.

namespace Sharpack.Resolver.Tests.Fixtures;

public sealed class OptionTests
{
    private static readonly ResolveOptions s_web = ResolveOptions.WebpackDefaults(web: true).ForDependency("esm");
    private static readonly ResolveOptions s_node = ResolveOptions.WebpackDefaults(web: false).ForDependency("commonjs");

    private static string Resolve(InMemoryFileSystem fs, string request, ResolveOptions? options = null, string from = "/app")
        => new Resolver(options ?? s_web, new ResolverCache(fs)).Resolve(request, from).ToString().Split('\n')[0];

    private static InMemoryFileSystem Package(string name, string packageJson, params string[] files)
    {
        var fs = new InMemoryFileSystem().AddDirectory("/app");
        fs.AddFile($"/app/node_modules/{name}/package.json", packageJson);
        foreach (var file in files) fs.AddFile($"/app/node_modules/{name}/{file}");
        return fs;
    }

    [Fact]
    public void ExportsConditionsFollowTheFieldsKeyOrderNotOurs()
    {
        var fs = Package("p", """{"exports":{".":{"browser":"./b.js","import":"./i.mjs","default":"./d.js"}}}""", "b.js", "i.mjs", "d.js");
        Assert.Equal("/app/node_modules/p/b.js", Resolve(fs, "p"));
        Assert.Equal("/app/node_modules/p/d.js", Resolve(fs, "p", s_node));
    }

    [Fact]
    public void NestedConditionsFallBackToTheNextKey()
    {
        var fs = Package("p", """{"exports":{"import":{"node":"./n.mjs"},"default":"./d.js"}}""", "n.mjs", "d.js");
        Assert.Equal("/app/node_modules/p/d.js", Resolve(fs, "p"));
    }

    [Fact]
    public void PatternPrecedenceLongestPrefixWins()
    {
        var fs = Package("p", """{"exports":{"./*":"./all/*.js","./features/*":"./feat/*.js","./features/x":null}}""", "all/a.js", "feat/b.js");
        Assert.Equal("/app/node_modules/p/all/a.js", Resolve(fs, "p/a"));
        Assert.Equal("/app/node_modules/p/feat/b.js", Resolve(fs, "p/features/b"));
        Assert.StartsWith("error: ", Resolve(fs, "p/features/x"));
    }

    [Fact]
    public void UnexportedSubpathIsAnErrorEvenWhenTheFileExists()
        => Assert.StartsWith("error: \"./secret.js\" is not exported", Resolve(Package("p", """{"exports":"./index.js"}""", "index.js", "secret.js"), "p/secret.js"));

    [Fact]
    public void ArrayTargetsSkipOnlyInvalidOnes()
    {
        var fs = Package("p", """{"exports":{".":["invalid:x","./ok.js"]}}""", "ok.js");
        Assert.Equal("/app/node_modules/p/ok.js", Resolve(fs, "p"));
    }

    [Fact]
    public void ImportsFieldMapsInternalSpecifiers()
    {
        var fs = new InMemoryFileSystem()
            .AddFile("/app/package.json", """{"imports":{"#dep":{"browser":"./dep-browser.js","default":"./dep.js"},"#lib/*":"./lib/*.js","#ext":"ext"}}""")
            .AddFile("/app/dep-browser.js").AddFile("/app/dep.js").AddFile("/app/lib/a.js")
            .AddFile("/app/node_modules/ext/index.js");
        Assert.Equal("/app/dep-browser.js", Resolve(fs, "#dep"));
        Assert.Equal("/app/dep.js", Resolve(fs, "#dep", s_node));
        Assert.Equal("/app/lib/a.js", Resolve(fs, "#lib/a"));
        Assert.Equal("/app/node_modules/ext/index.js", Resolve(fs, "#ext"));
        Assert.StartsWith("error: Package import #nope", Resolve(fs, "#nope"));
    }

    [Fact]
    public void BrowserFieldReplacesAndIgnores()
    {
        var fs = Package("p", """{"main":"./main.js","browser":{"./main.js":"./browser.js","fs":false,"./lib/node.js":false}}""", "main.js", "browser.js", "lib/node.js");
        Assert.Equal("/app/node_modules/p/browser.js", Resolve(fs, "p"));
        Assert.Equal("/app/node_modules/p/main.js", Resolve(fs, "p", s_node));
        Assert.Equal("false", Resolve(fs, "fs", from: "/app/node_modules/p"));
        Assert.Equal("false", Resolve(fs, "./lib/node", from: "/app/node_modules/p"));
    }

    [Fact]
    public void MainFieldsInOrderThenIndex()
    {
        var fs = Package("p", """{"main":"./cjs.js","module":"./esm.js"}""", "cjs.js", "esm.js", "index.js");
        Assert.Equal("/app/node_modules/p/esm.js", Resolve(fs, "p"));
        Assert.Equal("/app/node_modules/p/cjs.js", Resolve(fs, "p", s_web with { MainFields = ["main"] }));
        Assert.Equal("/app/node_modules/p/index.js", Resolve(fs, "p", s_web with { MainFields = ["nope"] }));
    }

    [Fact]
    public void ScopedPackagesAndSubpaths()
    {
        var fs = Package("@s/p", """{"name":"@s/p"}""", "index.js", "sub/x.js");
        Assert.Equal("/app/node_modules/@s/p/index.js", Resolve(fs, "@s/p"));
        Assert.Equal("/app/node_modules/@s/p/sub/x.js", Resolve(fs, "@s/p/sub/x"));
    }

    [Fact]
    public void SelfReferenceByPackageName()
    {
        var fs = new InMemoryFileSystem()
            .AddFile("/app/package.json", """{"name":"me","exports":{".":"./main.js","./util":"./util.js"}}""")
            .AddFile("/app/main.js").AddFile("/app/util.js").AddFile("/app/src/a.js");
        Assert.Equal("/app/util.js", Resolve(fs, "me/util", from: "/app/src"));
        Assert.Equal("/app/main.js", Resolve(fs, "me", from: "/app/src"));
    }

    [Fact]
    public void TrailingSlashRequestsResolveTheFolder()
    {
        var fs = new InMemoryFileSystem().AddFile("/app/dir/index.js").AddFile("/app/dir.js");
        Assert.Equal("/app/dir.js", Resolve(fs, "./dir"));
        Assert.Equal("/app/dir/index.js", Resolve(fs, "./dir/"));
    }

    [Fact]
    public void DotDotOutOfAPackage()
    {
        var fs = Package("p", """{}""", "lib/a.js");
        fs.AddFile("/app/node_modules/shared.js");
        Assert.Equal("/app/node_modules/shared.js", Resolve(fs, "../../shared", from: "/app/node_modules/p/lib"));
    }

    [Fact]
    public void QueryAndFragmentAreKeptApart()
    {
        var fs = new InMemoryFileSystem().AddFile("/app/a.js").AddFile("/app/b#c.js");
        var result = new Resolver(s_web, new ResolverCache(fs)).Resolve("./a?x=1#frag", "/app");
        Assert.Equal(("/app/a.js", "?x=1", "#frag"), (result.Path, result.Query, result.Fragment));
        Assert.Equal("/app/b#c.js", Resolve(fs, "./b#c"));
    }

    [Fact]
    public void AliasExactPrefixArrayAndFalse()
    {
        var fs = new InMemoryFileSystem().AddFile("/app/src/x.js").AddFile("/app/src/lib/y.js").AddFile("/app/other/z.js");
        var options = s_web with
        {
            Alias =
            [
                new AliasEntry("exact$", "/app/src/x.js"),
                new AliasEntry("@lib", "/app/src/lib"),
                new AliasEntry("multi", "/app/missing", "/app/other"),
                AliasEntry.Ignore("ignored"),
            ],
        };
        Assert.Equal("/app/src/x.js", Resolve(fs, "exact", options));
        Assert.StartsWith("error:", Resolve(fs, "exact/more", options));
        Assert.Equal("/app/src/lib/y.js", Resolve(fs, "@lib/y", options));
        Assert.Equal("/app/other/z.js", Resolve(fs, "multi/z", options));
        Assert.Equal("false", Resolve(fs, "ignored", options));
    }

    [Fact]
    public void FallbackOnlyWhenNormalResolutionFails()
    {
        var fs = new InMemoryFileSystem().AddFile("/app/node_modules/path/index.js").AddFile("/app/poly/path.js").AddFile("/app/poly/os.js");
        var options = s_web with { Fallback = [new AliasEntry("path", "/app/poly/path.js"), new AliasEntry("os", "/app/poly/os.js")] };
        Assert.Equal("/app/node_modules/path/index.js", Resolve(fs, "path", options));
        Assert.Equal("/app/poly/os.js", Resolve(fs, "os", options));
    }

    [Fact]
    public void ExtensionsExtensionAliasFullySpecifiedAndEnforceExtension()
    {
        var fs = new InMemoryFileSystem().AddFile("/app/a.ts").AddFile("/app/b.js").AddFile("/app/c");
        Assert.Equal("/app/a.ts", Resolve(fs, "./a.js", s_web with { ExtensionAlias = new Dictionary<string, string[]> { [".js"] = [".ts", ".js"] } }));
        Assert.StartsWith("error:", Resolve(fs, "./b", s_web with { FullySpecified = true }));
        Assert.Equal("/app/c", Resolve(fs, "./c"));
        Assert.StartsWith("error:", Resolve(fs, "./c", s_web with { EnforceExtension = true }));
    }

    [Fact]
    public void ModulesNamesAndAbsolutePaths()
    {
        var fs = new InMemoryFileSystem().AddFile("/app/web_modules/w/index.js").AddFile("/shared/s/index.js");
        var options = s_web with { Modules = ["web_modules", "/shared"] };
        Assert.Equal("/app/web_modules/w/index.js", Resolve(fs, "w", options, "/app/src"));
        Assert.Equal("/shared/s/index.js", Resolve(fs, "s", options, "/app/src"));
    }

    [Fact]
    public void PreferRelativeRootsAndRestrictions()
    {
        var fs = new InMemoryFileSystem().AddFile("/app/img.js").AddFile("/app/node_modules/img.js/index.js").AddFile("/app/public/logo.js");
        Assert.Equal("/app/img.js", Resolve(fs, "img.js", s_web with { PreferRelative = true }));
        Assert.Equal("/app/node_modules/img.js/index.js", Resolve(fs, "img.js"));
        Assert.Equal("/app/public/logo.js", Resolve(fs, "/logo", s_web with { Roots = ["/app/public"] }));
        Assert.StartsWith("error:", Resolve(fs, "./img", s_web with { Restrictions = ["/app/public"] }));
    }

    [Fact]
    public void ByDependencyChangesConditions()
    {
        var fs = Package("p", """{"exports":{"import":"./esm.mjs","require":"./cjs.js"}}""", "esm.mjs", "cjs.js");
        var defaults = ResolveOptions.WebpackDefaults();
        Assert.Equal("/app/node_modules/p/esm.mjs", Resolve(fs, "p", defaults.ForDependency("esm")));
        Assert.Equal("/app/node_modules/p/cjs.js", Resolve(fs, "p", defaults.ForDependency("commonjs")));
    }

    [Fact]
    public void TsConfigPathsBaseUrlAndExtends()
    {
        var fs = new InMemoryFileSystem()
            .AddFile("/app/tsconfig.base.json", "{ \"compilerOptions\": { \"baseUrl\": \".\", \"paths\": { \"@/*\": [\"src/*\"] } } // comment\n}")
            .AddFile("/app/tsconfig.json", """{ "extends": "./tsconfig.base.json", }""")
            .AddFile("/app/src/util.js").AddFile("/app/lib/helper.js");
        var options = s_web with { TsConfig = "/app/tsconfig.json" };
        Assert.Equal("/app/src/util.js", Resolve(fs, "@/util", options));
        Assert.Equal("/app/lib/helper.js", Resolve(fs, "lib/helper", options));
    }

    [Fact]
    public void DataUrisAndNodeBuiltinsAreReportedAsSuch()
    {
        var resolver = new Resolver(s_web, new ResolverCache(new InMemoryFileSystem()));
        Assert.Equal(ResolveResultKind.DataUri, resolver.Resolve("data:text/javascript,export default 1", "/").Kind);
        Assert.Equal(ResolveResultKind.Builtin, resolver.Resolve("node:fs", "/").Kind);
    }

    [Fact]
    public void ErrorsNameRequestDirectoryAndTriedPaths()
    {
        var result = new Resolver(s_web, new ResolverCache(new InMemoryFileSystem().AddDirectory("/app"))).Resolve("./nope", "/app");
        Assert.Equal("Can't resolve './nope' in '/app'", result.Error);
        Assert.Contains("/app/nope.js", result.MissingDependencies);
    }

    [Fact]
    public void InvalidateForgetsACachedMiss()
    {
        var fs = new InMemoryFileSystem().AddDirectory("/app");
        var cache = new ResolverCache(fs);
        var resolver = new Resolver(s_web, cache);
        Assert.False(resolver.Resolve("./late", "/app").IsResolved);
        fs.AddFile("/app/late.js");
        Assert.False(resolver.Resolve("./late", "/app").IsResolved);
        cache.Invalidate("/app/late.js");
        Assert.Equal("/app/late.js", resolver.Resolve("./late", "/app").Path);
    }

    [Fact]
    public void ResolveToContextFindsFoldersNotFiles()
    {
        // How webpack finds a context's folder: `@scope` in import(`@scope/${name}`) is a folder of
        // node_modules, and a folder with an index.js stays the folder.
        var fs = Package("@scope/a", """{"main":"lib.js"}""", "lib.js");
        fs.AddFile("/app/src/index.js").AddFile("/app/src.js");
        var toContext = s_web with { ResolveToContext = true };
        Assert.Equal("/app/node_modules/@scope", Resolve(fs, "@scope", toContext).TrimEnd('/'));
        Assert.Equal("/app/node_modules/@scope/a", Resolve(fs, "@scope/a", toContext).TrimEnd('/'));
        Assert.Equal("/app/src", Resolve(fs, "./src", toContext).TrimEnd('/'));
        Assert.StartsWith("error: ", Resolve(fs, "./src.js", toContext));
        Assert.Equal("/app/node_modules/@scope/a/lib.js", Resolve(fs, "@scope/a"));
    }
}
