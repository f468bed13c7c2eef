// JsonText is JavaScript's JSON.stringify for strings (the resolver's messages, JSON modules):
// only quotes, backslashes, control characters and lone surrogates are escaped; U+2028/U+2029
// only when asked (webpack's stringifySafe for code). Expected texts are node's JSON.stringify.

using System.Text;
using Xunit;

namespace Sharpack.Resolver.Tests.Messages;

public sealed class JsonTextTests
{
    [Theory]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("\b\f\n\r\t\u0001\u001f", "\"\\b\\f\\n\\r\\t\\u0001\\u001f\"")]
    [InlineData("+<>'&é", "\"+<>'&é\"")]
    [InlineData("\ud83d\ude00", "\"\ud83d\ude00\"")]
    [InlineData("\u2028\u2029", "\"\u2028\u2029\"")]
    public void Quote_is_JSON_stringify(string value, string expected) => Assert.Equal(expected, JsonText.Quote(value));

    // Not InlineData: the test runner's serialization replaces lone surrogates.
    [Fact]
    public void Lone_surrogates_are_escaped_and_pairs_kept() =>
        Assert.Equal("\"x\\ud83dy\\ude00\ud83d\ude00\"", JsonText.Quote("x" + '\ud83d' + "y" + '\ude00' + "\ud83d\ude00"));

    [Fact]
    public void Line_separators_are_escaped_only_when_asked()
    {
        var builder = new StringBuilder();
        JsonText.Append(builder, "a\u2028b\u2029", escapeLineSeparators: true);
        Assert.Equal("\"a\\u2028b\\u2029\"", builder.ToString());
    }

    [Fact]
    public void QuoteArray_is_JSON_stringify_of_an_array_of_strings() =>
        Assert.Equal("[\"node\",\"a\\\"b\"]", JsonText.QuoteArray(["node", "a\"b"]));
}
