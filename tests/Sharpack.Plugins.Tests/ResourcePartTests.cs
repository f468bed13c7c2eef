// __resourceQuery and __resourceFragment split a resource as webpack's parseResource does: the
// query runs from the first `?` to the `#`, the fragment from the `#`; `\0` escapes a character.

using Sharpack.Plugins.JavaScript.Parser;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class ResourcePartTests
{
    [Theory]
    [InlineData("/a/index.js", "", "")]
    [InlineData("/a/index.js?x=1", "?x=1", "")]
    [InlineData("/a/index.js#frag", "", "#frag")]
    [InlineData("/a/index.js?x=1#frag", "?x=1", "#frag")]
    [InlineData("/a/index.js?x=1?y#f#g", "?x=1?y", "#f#g")]
    [InlineData("/a/we\0#ird.js?q", "?q", "")]
    public void SplitsQueryAndFragment(string resource, string query, string fragment)
    {
        Assert.Equal(query, ConstParserPlugin.ResourcePart(resource, fragment: false));
        Assert.Equal(fragment, ConstParserPlugin.ResourcePart(resource, fragment: true));
    }
}
