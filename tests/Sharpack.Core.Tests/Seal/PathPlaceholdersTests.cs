// The placeholder walk shared by filename templates, banners and public paths: [key] and
// [key:argument] replaced by the caller's answer, anything unanswered or unclosed left as written.

using Sharpack.Core.Seal;
using Xunit;

namespace Sharpack.Core.Tests.Seal;

public sealed class PathPlaceholdersTests
{
    [Fact]
    public void Answered_placeholders_are_replaced_and_the_rest_left_as_written()
    {
        var seen = new List<string>();
        var result = PathPlaceholders.Replace("/a/[name]-[hash:6]-[other]/[open", (key, argument, hasArgument) =>
        {
            seen.Add(key + (hasArgument ? ":" + argument.ToString() : ""));
            return key switch
            {
                "name" => "main",
                "hash" => "0123456789"[..PathPlaceholders.Length(argument)],
                _ => null,
            };
        });
        Assert.Equal("/a/main-012345-[other]/[open", result);
        Assert.Equal(["name", "hash:6", "other"], seen);
        Assert.Equal(-1, PathPlaceholders.Length("x1"));
        Assert.Equal("a[bmain.js", PathPlaceholders.Replace("a[b[name].js", (key, _, _) => key == "name" ? "main" : null));
        Assert.Same("no placeholders", PathPlaceholders.Replace("no placeholders", (_, _, _) => "never"));
    }
}
