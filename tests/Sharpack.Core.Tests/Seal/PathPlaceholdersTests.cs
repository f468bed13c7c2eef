// The placeholder filling BannerPlugin and SourceMapDevToolPlugin share: file parts with node's
// extname, and hashes cut to a :length argument.

using Sharpack.Core.Seal;
using Xunit;

namespace Sharpack.Core.Tests.Seal;

public sealed class PathPlaceholdersTests
{
    [Theory]
    [InlineData("js/main.min.js", "[path]|[base]|[name]|[ext]", "js/|main.min.js|main.min|.js")]
    [InlineData("js/.hidden", "[path]|[base]|[name]|[ext]", "js/|.hidden|.hidden|")]
    [InlineData("main", "[name][ext]|[file]", "main|main")]
    public void File_parts_follow_node_basename_and_extname(string file, string template, string expected) =>
        Assert.Equal(expected, PathPlaceholders.ReplaceWithLengths(template, new FilePathParts(file, "", "").Value));

    [Fact]
    public void Hashes_are_cut_to_their_length_and_a_bad_length_stays_as_written()
    {
        string? Value(string key) => key switch { "contenthash" => "0123456789abcdef", "name" => "main", _ => null };
        Assert.Equal("main.0123.js", PathPlaceholders.ReplaceWithLengths("[name].[contenthash:4].js", Value));
        Assert.Equal("main.js", PathPlaceholders.ReplaceWithLengths("[name:4].js", Value));
        Assert.Equal("[contenthash:x].[unknown]", PathPlaceholders.ReplaceWithLengths("[contenthash:x].[unknown]", Value));
    }
}
