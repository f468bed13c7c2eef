// A resource splits as webpack's parseResource does: the file is what comes before `?` or `#`,
// so a module requested with a fragment (`./a#x`) reads ./a; `\0` escapes a `?` or `#` that is
// part of a file name and is removed from the path and query.

using Sharpack.Core.ModuleGraph;

namespace Sharpack.Core.Tests.ModuleGraph;

public class ParseResourceTests
{
    [Theory]
    [InlineData("/a/index.js", "/a/index.js", "", "")]
    [InlineData("/a/index.js?x=1", "/a/index.js", "?x=1", "")]
    [InlineData("/a/index.js#/b/c", "/a/index.js", "", "#/b/c")]
    [InlineData("/a/index.js?x#f?g", "/a/index.js", "?x", "#f?g")]
    [InlineData("/a/we\0#ird.js?q\0#r#f", "/a/we#ird.js", "?q#r", "#f")]
    public void SplitsPathQueryAndFragment(string resource, string path, string query, string fragment)
    {
        Module.ParseResource(resource, out var actualPath, out var actualQuery, out var actualFragment);
        Assert.Equal((path, query, fragment), (actualPath, actualQuery, actualFragment));
        Assert.Equal(path, Module.ResourcePathOf(resource));
    }
}
