// The tokenizer on the cases CSS Syntax Level 3 §4 spells out: each token type, escapes,
// numbers and their types, url( forms, bad strings and bad urls, and offsets into the source.

using Sharpack.Css;

namespace Sharpack.Css.Tests;

public sealed class CssTokenizerTests
{
    // "Kind:value" for each token but whitespace ("WS"), comments ("/**/") kept.
    private static string Describe(string source)
    {
        var tokenizer = new CssTokenizer(source);
        var parts = new List<string>();
        while (true)
        {
            var token = tokenizer.Next();
            switch (token.Kind)
            {
                case CssTokenKind.EndOfFile:
                    return string.Join(" ", parts);
                case CssTokenKind.Whitespace:
                    parts.Add("WS");
                    break;
                case CssTokenKind.Comment:
                    parts.Add("/**/");
                    break;
                case CssTokenKind.Number or CssTokenKind.Percentage:
                    parts.Add($"{token.Kind}:{token.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}{(token.IsInteger ? "i" : "n")}");
                    break;
                case CssTokenKind.Dimension:
                    parts.Add($"Dimension:{token.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}{(token.IsInteger ? "i" : "n")}:{tokenizer.Value(token)}");
                    break;
                case CssTokenKind.Hash:
                    parts.Add($"Hash:{tokenizer.Value(token)}{((token.Flags & CssTokenFlags.HashId) != 0 ? ":id" : "")}");
                    break;
                default:
                    parts.Add($"{token.Kind}:{tokenizer.Value(token)}");
                    break;
            }
        }
    }

    [Theory]
    [InlineData("a{color:red}", "Ident:a LeftBrace:{ Ident:color Colon:: Ident:red RightBrace:}")]
    [InlineData("@media (min-width: 10px)", "AtKeyword:media WS LeftParenthesis:( Ident:min-width Colon:: WS Dimension:10i:px RightParenthesis:)")]
    [InlineData("#fff #1a #-x", "Hash:fff:id WS Hash:1a WS Hash:-x:id")]
    [InlineData("rgb(1, 2.5, 50%)", "Function:rgb Number:1i Comma:, WS Number:2.5n Comma:, WS Percentage:50i RightParenthesis:)")]
    [InlineData("+.5e-3 -1 1e3 1.0 .5", "Number:0.0005n WS Number:-1i WS Number:1000n WS Number:1n WS Number:0.5n")]
    [InlineData("1e 1ex 1e+ -x --x -- -->", "Dimension:1i:e WS Dimension:1i:ex WS Dimension:1i:e Delim:+ WS Ident:-x WS Ident:--x WS Ident:-- WS Cdc:-->")]
    [InlineData("<!-- a --> <", "Cdo:<!-- WS Ident:a WS Cdc:--> WS Delim:<")]
    [InlineData("a/* c */b", "Ident:a /**/ Ident:b")]
    [InlineData("'a\\'b' \"c\\\nd\"", "String:a'b WS String:cd")]
    [InlineData("\\61 bc \\31 23", "Ident:abc WS Ident:123")]
    // A hex escape takes the one whitespace after it, so this is one identifier.
    [InlineData("\\0 \\110000 \\D800", "Ident:\uFFFD\uFFFD\uFFFD")]
    [InlineData("url(a.png) url( 'b' ) URL(c\\)d) url(a b)", "Url:a.png WS Function:url WS String:b WS RightParenthesis:) WS Url:c)d WS BadUrl:url(a b)")]
    [InlineData("url(a\"b) x", "BadUrl:url(a\"b) WS Ident:x")]
    [InlineData("u+0-7f", "Ident:u Number:0i Dimension:-7i:f")]
    [InlineData("a\\", "Ident:a\uFFFD")]
    [InlineData("!important;", "Delim:! Ident:important Semicolon:;")]
    [InlineData("é ☃ a·b", "Ident:é WS Delim:☃ WS Ident:a·b")]
    public void Tokens(string source, string expected) => Assert.Equal(expected, Describe(source));

    [Fact]
    public void A_newline_ends_a_string_as_a_bad_string()
    {
        var tokens = CssTokenizer.Tokenize("'abc\ndef'");
        Assert.Equal(CssTokenKind.BadString, tokens[0].Kind);
        Assert.Equal(4, tokens[0].End);
        Assert.Equal(CssTokenKind.Whitespace, tokens[1].Kind);
        Assert.Equal(CssTokenKind.Ident, tokens[2].Kind);
        // def' then opens a string that runs to the end.
        Assert.Equal(CssTokenKind.String, tokens[3].Kind);
    }

    [Fact]
    public void Offsets_are_offsets_into_the_source()
    {
        const string source = "a {\r\n  b: 1px;\r\n}";
        var tokens = CssTokenizer.Tokenize(source);
        foreach (var token in tokens)
            Assert.True(token.Start < token.End && token.End <= source.Length);
        for (var i = 1; i < tokens.Count; i++)
            Assert.Equal(tokens[i - 1].End, tokens[i].Start);
        var px = tokens.Single(t => t.Kind == CssTokenKind.Dimension);
        Assert.Equal("1px", source[px.Start..px.End]);
        Assert.Equal("px", source[px.ValueStart..px.ValueEnd]);
    }

    [Fact]
    public void Errors_are_recorded_and_tokenizing_goes_on()
    {
        var tokenizer = new CssTokenizer("a 'b\n c /* d");
        var kinds = new List<CssTokenKind>();
        for (var token = tokenizer.Next(); token.Kind != CssTokenKind.EndOfFile; token = tokenizer.Next())
            kinds.Add(token.Kind);
        Assert.Equal([CssTokenKind.Ident, CssTokenKind.Whitespace, CssTokenKind.BadString, CssTokenKind.Whitespace, CssTokenKind.Ident, CssTokenKind.Whitespace, CssTokenKind.Comment], kinds);
        Assert.Equal(["Newline in string", "Unterminated comment"], tokenizer.Errors.Select(e => e.Message));
    }
}
