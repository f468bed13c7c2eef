// What a build lowers to: browserslist configurations (.browserslistrc sections, package.json's
// field), queries that need browserslist's usage data (answered by the browserslist package the
// test fixtures install), and webpack target names.

using Sharpack.JavaScript.Transforms;
using Sharpack.Plugins.JavaScript;
using Sharpack.Resolver;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class LoweringTargetsTests
{
    [Fact]
    public void ReadsTheNearestBrowserslistrcSectionForTheEnvironment()
    {
        var fileSystem = new InMemoryFileSystem()
            .AddFile("/app/.browserslistrc", "# comment\nchrome 70\n\n[production staging]\nsafari 13 # old\nfirefox 80\n[development]\nlast 1 chrome version\n")
            .AddDirectory("/app/src/deep");
        var previous = Environment.GetEnvironmentVariable("BROWSERSLIST_ENV");
        try
        {
            Environment.SetEnvironmentVariable("BROWSERSLIST_ENV", "staging");
            Assert.Equal(["safari 13", "firefox 80"], LoweringTargets.ReadBrowserslistConfig("/app/src/deep", fileSystem));
            Environment.SetEnvironmentVariable("BROWSERSLIST_ENV", "test");
            Assert.Equal(["chrome 70"], LoweringTargets.ReadBrowserslistConfig("/app/src/deep", fileSystem));
        }
        finally
        {
            Environment.SetEnvironmentVariable("BROWSERSLIST_ENV", previous);
        }
    }

    [Fact]
    public void ReadsPackageJsonsBrowserslistField()
    {
        var fileSystem = new InMemoryFileSystem()
            .AddFile("/app/package.json", """{ "name": "app", "browserslist": { "production": ["ios_saf >= 12"], "defaults": "chrome 90" } }""")
            .AddFile("/other/package.json", """{ "name": "other" }""");
        var previous = Environment.GetEnvironmentVariable("BROWSERSLIST_ENV");
        try
        {
            Environment.SetEnvironmentVariable("BROWSERSLIST_ENV", "production");
            Assert.Equal(["ios_saf >= 12"], LoweringTargets.ReadBrowserslistConfig("/app", fileSystem));
            Assert.Null(LoweringTargets.ReadBrowserslistConfig("/other", fileSystem));
        }
        finally
        {
            Environment.SetEnvironmentVariable("BROWSERSLIST_ENV", previous);
        }
    }

    [Fact]
    public void AsksTheProjectsBrowserslistForUsageQueries()
    {
        // `defaults` needs browserslist's data: the fixtures' browserslist answers (browsers that all run ** and ?.).
        var result = LoweringTargets.ForQueries(["defaults", "not dead"], Path.Combine(TestPaths.Root, "tests", "fixtures"));
        Assert.Null(result.Warning);
        Assert.Equal(SyntaxFeatures.None, result.Lower & (SyntaxFeatures.ExponentOperator | SyntaxFeatures.OptionalChain | SyntaxFeatures.ObjectRestSpread));
        Assert.Equal(SyntaxFeatures.All, LoweringTargets.ForQueries(["ie 11"], Path.Combine(TestPaths.Root, "tests", "fixtures")).Lower);
    }

    [Fact]
    public void SaysSoWhenNoBrowserslistCanAnswer()
    {
        var result = LoweringTargets.ForQueries(["> 1% in FR"], Path.GetTempPath());
        Assert.Equal(SyntaxFeatures.All, result.Lower);
        Assert.Contains("usage data", result.Warning);
    }
}
