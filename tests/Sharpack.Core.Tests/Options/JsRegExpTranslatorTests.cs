// JavaScript RegExp → .NET: the rewritten constructs, and that the result matches what the
// JavaScript pattern matches.

using System.Text.RegularExpressions;
using Sharpack.Core.Options;

namespace Sharpack.Core.Tests.Options;

public class JsRegExpTranslatorTests
{
    [Theory]
    [InlineData(@"\.js$", "", @"\.js\z")]
    [InlineData(@"\.JS$", "i", @"(?i)\.JS\z")]
    [InlineData(@"\d\w\D\W", "", @"[0-9][a-zA-Z0-9_][^0-9][^a-zA-Z0-9_]")]
    [InlineData(@"[\d\w-]", "", @"[0-9a-zA-Z0-9_-]")]
    [InlineData(@"a.b", "", @"a[^\n\r\u2028\u2029]b")]
    [InlineData(@"a.b", "s", @"a[\s\S]b")]
    [InlineData(@"[^]x[]", "", @"[\s\S]x(?!)")]
    [InlineData(@"node_modules\/lodash", "g", @"node_modules/lodash")]
    [InlineData(@"\u{1F600}", "u", @"(?:\uD83D\uDE00)")]
    [InlineData(@"\u{41}", "u", @"\u0041")]
    [InlineData(@"^a$", "m", @"(?m)^a(?=[\n\r\u2028\u2029]|\z)")]
    [InlineData(@"(?<ext>js|ts)$", "", @"(?<ext>js|ts)\z")]
    [InlineData(@"[$.]", "", @"[$.]")]
    public void Translates(string source, string flags, string expected)
    {
        Assert.Equal(expected, JsRegExpTranslator.Translate(source, flags, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData(@"\.m?jsx?$", "", "/src/a.jsx", true)]
    [InlineData(@"\.m?jsx?$", "", "/src/a.jsx\n", false)]
    [InlineData(@"\.css$", "i", "/src/A.CSS", true)]
    [InlineData(@"\d", "", "/src/\u0663.js", false)]
    [InlineData(@"node_modules[\\/]", "", "/p/node_modules/x.js", true)]
    public void MatchesLikeJavaScript(string source, string flags, string input, bool matches)
    {
        var pattern = JsRegExpTranslator.Translate(source, flags, out _)!;
        Assert.Equal(matches, Regex.IsMatch(input, pattern, RegexOptions.CultureInvariant));
    }

    [Theory]
    [InlineData("a", "x", "unknown RegExp flag 'x'")]
    [InlineData(@"a\", "", @"\ at end of pattern")]
    [InlineData(@"\u{110000}", "u", @"invalid \u{…} escape")]
    public void Rejects(string source, string flags, string message)
    {
        Assert.Null(JsRegExpTranslator.Translate(source, flags, out var error));
        Assert.Equal(message, error);
    }
}
