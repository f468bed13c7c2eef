// JSON string literals for whole module texts (the eval devtool): what is escaped, that UTF-16 and
// UTF-8 forms agree, and that the result reads back as the text in JavaScript's JSON grammar.

using System.Text;
using System.Text.Json;
using Sharpack.Core.CodeGeneration;
using Xunit;

namespace Sharpack.Core.Tests.CodeGeneration;

public sealed class JsonStringWriterTests
{
    [Theory]
    [InlineData("plain ascii text", "\"plain ascii text\"")]
    [InlineData("quote \" and \\ backslash", "\"quote \\\" and \\\\ backslash\"")]
    [InlineData("lines\n\r\ttab\u0001", "\"lines\\n\\r\\u0009tab\\u0001\"")]
    [InlineData("sep\u2028para\u2029", "\"sep\\u2028para\\u2029\"")]
    [InlineData("pair 😀 ok", "\"pair 😀 ok\"")]
    [InlineData("é non-ascii stays", "\"é non-ascii stays\"")]
    public void Escapes_what_json_and_javascript_need(string text, string expected)
    {
        Assert.Equal(expected, JsonStringWriter.Literal(default, text, default));
        Assert.Equal(expected, CodeGenerationContext.JsonString(text));
        Assert.Equal(Encoding.UTF8.GetBytes(expected), JsonStringWriter.Utf8Literal(default, text, default));
    }

    [Fact]
    public void Lone_surrogates_are_escaped()
    {
        // Built in code: test data cannot carry a lone surrogate.
        var text = "lone " + (char)0xd800 + " high and " + (char)0xdc00 + " low";
        const string expected = "\"lone \\ud800 high and \\udc00 low\"";
        Assert.Equal(expected, JsonStringWriter.Literal(default, text, default));
        Assert.Equal(Encoding.UTF8.GetBytes(expected), JsonStringWriter.Utf8Literal(default, text, default));
    }

    [Fact]
    public void Parts_and_raw_ends_make_one_literal_that_reads_back_as_the_text()
    {
        var text = string.Concat(Enumerable.Repeat("const a = \"x\\y\";\n// ünïcode 😀 \u2028\r\n", 500));
        var literal = JsonStringWriter.Literal("{", text, "\n}", "eval(", ");");
        Assert.StartsWith("eval(\"{", literal, StringComparison.Ordinal);
        Assert.EndsWith("\\n}\");", literal, StringComparison.Ordinal);
        Assert.Equal("{" + text + "\n}", JsonSerializer.Deserialize<string>(literal["eval(".Length..^");".Length]));
        Assert.Equal(Encoding.UTF8.GetBytes(literal), JsonStringWriter.Utf8Literal("{", text, "\n}", "eval(", ");"));
    }
}
