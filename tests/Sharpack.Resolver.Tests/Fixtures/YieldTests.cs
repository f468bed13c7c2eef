// Resolver.ResolveAll, enhanced-resolve's `yield`: every result a request can have, in the order
// the pipeline finds them. The expectations were taken from enhanced-resolve 5.27.1 run with a
// `yield` callback on the same trees (webpack resolves a context's folder this way).

namespace Sharpack.Resolver.Tests.Fixtures;

public sealed class YieldTests
{
    private static string[] ResolveAll(InMemoryFileSystem fs, string request, ResolveOptions options, string from = "/app")
    {
        var results = new Resolver(options, new ResolverCache(fs)).ResolveAll(request, from, trackDependencies: false);
        var texts = new string[results.Count];
        for (var i = 0; i < texts.Length; i++) texts[i] = results[i].ToString().Split('\n')[0];
        return texts;
    }

    [Fact]
    public void AnAliasArrayYieldsEveryTargetInOrder()
    {
        var fs = new InMemoryFileSystem().AddFile("/app/src/main/w/a.js").AddFile("/app/src/foo/w/c.js").AddDirectory("/app/src/missing");
        var options = new ResolveOptions { ResolveToContext = true, Alias = [new AliasEntry("app", "/app/src/main", "/app/src/missing", "/app/src/foo")] };
        Assert.Equal(["/app/src/main/w", "/app/src/foo/w"], ResolveAll(fs, "app/w", options));
        // Resolve keeps answering with the first.
        Assert.Equal("/app/src/main/w", new Resolver(options, new ResolverCache(fs)).Resolve("app/w", "/app").ToString());
    }

    [Fact]
    public void EveryModulesFolderIsTried()
    {
        var fs = new InMemoryFileSystem().AddFile("/app/m1/lib/one.js").AddFile("/app/m2/lib/two.js");
        var options = new ResolveOptions { ResolveToContext = true, Modules = ["/app/m1", "/app/m2"] };
        Assert.Equal(["/app/m1/lib", "/app/m2/lib"], ResolveAll(fs, "lib", options));
        // An alias of one folder to false does not apply to a folder request: both are still found.
        var ignoring = options with { Alias = [AliasEntry.Ignore("/app/m1/lib")] };
        Assert.Equal(["/app/m1/lib", "/app/m2/lib"], ResolveAll(fs, "lib", ignoring));
    }

    [Fact]
    public void AnAliasToFalseYieldsAnIgnoredResultAndTheRequestGoesOn()
    {
        var fs = new InMemoryFileSystem().AddFile("/app/node_modules/x/index.js");
        var options = new ResolveOptions { ResolveToContext = true, Alias = [AliasEntry.Ignore("x")] };
        var all = new Resolver(options, new ResolverCache(fs)).ResolveAll("x", "/app", trackDependencies: false);
        Assert.Equal([ResolveResultKind.Ignored, ResolveResultKind.Resolved], [all[0].Kind, all[1].Kind]);
        Assert.Equal("/app/node_modules/x", all[1].Path);
        Assert.Equal("false", new Resolver(options, new ResolverCache(fs)).Resolve("x", "/app").ToString());
    }

    [Fact]
    public void AFileRequestYieldsEachExtensionAndTheFolder()
    {
        var fs = new InMemoryFileSystem().AddFile("/app/d/a.js").AddFile("/app/d/a.json").AddFile("/app/d/a/index.js");
        var options = new ResolveOptions { Extensions = [".js", ".json"] };
        Assert.Equal(["/app/d/a.js", "/app/d/a.json", "/app/d/a/index.js"], ResolveAll(fs, "./a", options, "/app/d"));
    }

    [Fact]
    public void QueryAndFragmentAreKeptOnEveryResult()
    {
        var fs = new InMemoryFileSystem().AddDirectory("/app/one/w").AddDirectory("/app/two/w");
        var options = new ResolveOptions { ResolveToContext = true, Alias = [new AliasEntry("app", "/app/one", "/app/two")] };
        var all = new Resolver(options, new ResolverCache(fs)).ResolveAll("app/w?q#f", "/app", trackDependencies: false);
        Assert.Equal(2, all.Count);
        Assert.All(all, result => Assert.Equal(("?q", "#f"), (result.Query, result.Fragment)));
    }

    [Fact]
    public void NothingFoundIsOneError()
    {
        var fs = new InMemoryFileSystem().AddDirectory("/app");
        Assert.Equal(["error: Can't resolve 'nope' in '/app'"], ResolveAll(fs, "nope", new ResolveOptions { ResolveToContext = true }));
    }
}
