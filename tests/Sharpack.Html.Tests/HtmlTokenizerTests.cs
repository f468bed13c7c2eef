// The tokenizer: token streams and parse errors of each kind of markup, and on a generated corpus
// (fragments of every tokenizer state combined, each also cut at every length so the input ends in
// every state, and the HTML files of the test fixtures' packages) the same tokens as parse5's
// tokenizer (Corpus/parse5-tokens.mjs), in html5lib's token format.

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Html;
using Sharpack.Tests;

namespace Sharpack.Html.Tests;

public sealed class HtmlTokenizerTests
{
    [Theory]
    [InlineData("<a href=x B='y' c=\"z\" d>t</a >", """[["StartTag","a",{"href":"x","b":"y","c":"z","d":""}],["Character","t"],["EndTag","a"]]""")]
    [InlineData("<br/><p a=1 a=2>", """[["StartTag","br",{},true],["StartTag","p",{"a":"1"}]]""")]
    [InlineData("a&amp;b&lt&notit;&#x41;&#65&#x110000;&#128;&ampx", """[["Character","a&b<¬it;AA\uFFFD€&x"]]""")]
    [InlineData("<a title='&amp=x' b='&ampx' c='&amp;x' d='&lt'>", """[["StartTag","a",{"title":"&amp=x","b":"&ampx","c":"&x","d":"<"}]]""")]
    [InlineData("<!-- a -- b --><!----><!--><!-x--><?php x ?>", """[["Comment"," a -- b "],["Comment",""],["Comment",""],["Comment","-x--"],["Comment","?php x ?"]]""")]
    [InlineData("<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\" 'http://www.w3.org/TR/html4/strict.dtd'>", """[["DOCTYPE","html","-//W3C//DTD HTML 4.01//EN","http://www.w3.org/TR/html4/strict.dtd",true]]""")]
    [InlineData("<!doctype>x", """[["DOCTYPE",null,null,null,false],["Character","x"]]""")]
    [InlineData("a\r\nb\rc</x y=z/>", """[["Character","a\nb\nc"],["EndTag","x"]]""")]
    [InlineData("<title>a<b>&amp;</title>", """[["StartTag","title",{}],["Character","a<b>&"],["EndTag","title"]]""")]
    [InlineData("<script><!--<script></script>--></script>x", """[["StartTag","script",{}],["Character","<!--<script></script>-->"],["EndTag","script"],["Character","x"]]""")]
    [InlineData("<style></stylex></style>", """[["StartTag","style",{}],["Character","</stylex>"],["EndTag","style"]]""")]
    [InlineData("<plaintext></plaintext>", """[["StartTag","plaintext",{}],["Character","</plaintext>"]]""")]
    [InlineData("<a b", "[]")]
    [InlineData("<", """[["Character","<"]]""")]
    public void Tokens(string html, string expected) => AssertJsonEqual(expected, Tokenize(html, switchStates: true));

    [Fact]
    public void Parse_errors_carry_the_standard_codes_and_offsets()
    {
        var tokenizer = new HtmlTokenizer("<a b=1 b=2></a c><!-->x&#0;<!DOCTYPE>\0");
        while (tokenizer.Next().Kind != HtmlTokenKind.EndOfFile)
        {
        }
        var errors = tokenizer.Errors.Select(e => $"{e.Code}@{e.Offset}").ToList();
        Assert.Equal(["duplicate-attribute@7", "end-tag-with-attributes@11", "abrupt-closing-of-empty-comment@21",
            "null-character-reference@23", "missing-doctype-name@36", "unexpected-null-character@37"], errors);
    }

    [Fact]
    public void Tokens_and_attributes_know_where_they_are_in_the_source()
    {
        const string Html = "x<a href=\"a&amp;b\" c=d e>y</a>";
        var tokenizer = new HtmlTokenizer(Html);
        var characters = tokenizer.Next();
        Assert.Equal((0, 1), (characters.Start, characters.End));
        var tag = tokenizer.Next();
        Assert.Equal((1, 25), (tag.Start, tag.End));
        Assert.Equal(["href@4-8=10-17", "c@19-20=21-22", "e@23-24=-1--1"],
            tag.Attributes.Select(a => $"{a.Name}@{a.NameStart}-{a.NameEnd}={a.ValueStart}-{a.ValueEnd}").ToList());
        Assert.Equal("a&amp;b", Html[tag.Attributes[0].ValueStart..tag.Attributes[0].ValueEnd]);
        Assert.Equal("a&b", tag.Attributes[0].Value);
        Assert.Equal((25, 26), (tokenizer.Next().Start, 26));
        var end = tokenizer.Next();
        Assert.Equal((HtmlTokenKind.EndTag, 26, 30), (end.Kind, end.Start, end.End));
    }

    [Fact]
    public void Tokens_match_parse5_on_the_corpus()
    {
        var inputs = Corpus();
        Assert.True(inputs.Count > 4000 && inputs.Exists(i => i.Name.EndsWith(".html", StringComparison.Ordinal)), $"the corpus has only {inputs.Count} inputs");
        var file = Path.Combine(Path.GetTempPath(), $"sharpack-html-tokens-{Environment.ProcessId}-{Guid.NewGuid():N}.jsonl");
        try
        {
            File.WriteAllLines(file, inputs.Select(i => JsonSerializer.Serialize(new { name = i.Name, text = i.Text, @switch = i.Switch })));
            var (exitCode, stdout, stderr) = TestRepository.Node(Path.Combine(TestRepository.TestSources("Sharpack.Html.Tests"), "Corpus"),
                TimeSpan.FromMinutes(5), "parse5-tokens.mjs", file);
            Assert.True(exitCode == 0, $"parse5-tokens.mjs exited {exitCode}:\n{stderr}");
            var expected = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(inputs.Count, expected.Length);
            var failures = new List<string>();
            for (var i = 0; i < inputs.Count; i++)
            {
                var line = JsonNode.Parse(expected[i])!;
                var reference = line["tokens"];
                var ours = JsonNode.Parse(Tokenize(inputs[i].Text, inputs[i].Switch, out var errors));
                if (!JsonNode.DeepEquals(reference, ours) && failures.Count < 10)
                    failures.Add($"{inputs[i].Name}: {JsonSerializer.Serialize(Shorten(inputs[i].Text))}\n  parse5: {Shorten(reference!.ToJsonString())}\n  ours:   {Shorten(ours!.ToJsonString())}");
                var referenceErrors = string.Join(" ", line["errors"]!.AsArray().Select(e => (string?)e));
                var ourErrors = string.Join(" ", errors);
                if (referenceErrors != ourErrors && failures.Count < 10)
                    failures.Add($"{inputs[i].Name}: {JsonSerializer.Serialize(Shorten(inputs[i].Text))}\n  parse5 errors: {referenceErrors}\n  our errors:    {ourErrors}");
            }
            Assert.True(failures.Count == 0, $"{failures.Count}+ of {inputs.Count} inputs tokenize differently:\n" + string.Join("\n", failures));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + "…";

    // Markup of every kind the tokenizer reads, each piece exercising some states.
    private static readonly string[] s_fragments =
    [
        "text", " ", "\n", "\r\n", "\r", "\t", "\0", "\f", "<", ">", "&", "</", "<!", "<?", "<a>", "</a>", "<a/>", "<A B=C>", "<a b>",
        "<a b=>", "<a =b>", "<a b='c'>", "<a b=\"c\">", "<a b=c d=e>", "<a b='c'd>", "<a b = c>", "<a b c>", "<a \"b>", "<a b=c\"d>",
        "<a b=`c>", "<a b='&amp;'>", "<a b=&ampc>", "<a b='&amp=c'>", "<a b/c>", "<a/b>", "</a b=c>", "</a/>", "</>", "</ a>", "</1>",
        "<1>", "<a\0b>", "<a b\0=c\0>", "&amp;", "&amp", "&AMP;", "&notin;", "&notit;", "&not", "&nbsp", "&#65;", "&#x41;",
        "&#X41", "&#0;", "&#x0;", "&#128;", "&#x9f;", "&#xD800;", "&#1114112;", "&#xFFFE;", "&#13;", "&#;", "&#x;", "&#", "&#x",
        "&foo;", "&foo", "&;", "& ", "&amp;amp;", "&CounterClockwiseContourIntegral;", "&NotEqualTilde;",
        "<!---->", "<!--a-->", "<!-->", "<!--->", "<!--a--!>", "<!--a--!b-->", "<!--a---->", "<!--<!--b-->", "<!--<!-->",
        "<!--a<!--b--->", "<!--a-", "<!--a--", "<!-x>", "<!doctype html>", "<!DOCTYPE>", "<!DOCTYPE html PUBLIC \"a\" \"b\">",
        "<!DOCTYPE html PUBLIC 'a'>", "<!DOCTYPE html SYSTEM \"b\">", "<!DOCTYPE html PUBLIC\"a\"\"b\">", "<!DOCTYPE html PUBLIC a>",
        "<!DOCTYPE html SYSTEM>", "<!DOCTYPE html bogus>", "<!DOCTYPE html PUBLIC \"a>", "<!DOCTYPEhtml>", "<!DOCTYPE \0>",
        "<!DOCTYPE html SYSTEM 'b' x>", "<![CDATA[x]]>", "<title>", "</title>", "<textarea>", "</textarea>", "<style>", "</style>",
        "<script>", "</script>", "</SCRIPT>", "</script >", "</script/>", "<!--<script>", "-->", "<script x>", "</scriptx>",
        "<xmp>", "</xmp>", "<iframe>", "</iframe>", "<noembed>", "<noframes>", "<plaintext>", "</t", "</scr", "<!-", "--",
        "\u00e9", "\ud83d\ude00", "<a b='\r\n'>", "<!--\r\n-->",
    ];

    private static List<(string Name, string Text, bool Switch)> Corpus()
    {
        var inputs = new List<(string, string, bool)>();
        var random = new Random(20261207);
        for (var n = 0; n < 1500; n++)
        {
            var text = new StringBuilder();
            var count = random.Next(1, 8);
            for (var k = 0; k < count; k++)
                text.Append(s_fragments[random.Next(s_fragments.Length)]);
            var value = text.ToString();
            inputs.Add(($"generated-{n}", value, n % 3 != 0));
            // The same cut short: the end of the input in whatever state that leaves.
            if (n < 300)
            {
                for (var cut = 1; cut < value.Length; cut += 1 + (value.Length / 12))
                    inputs.Add(($"generated-{n}-cut-{cut}", value[..cut], n % 2 == 0));
            }
        }
        foreach (var fragment in s_fragments)
            inputs.Add(($"fragment-{fragment}", fragment, true));
        var modules = Path.Combine(TestRepository.Fixtures, "node_modules");
        if (Directory.Exists(modules))
        {
            foreach (var path in Directory.EnumerateFiles(modules, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(200))
            {
                var text = File.ReadAllText(path);
                if (text.Length < 300_000)
                    inputs.Add((Path.GetRelativePath(modules, path), text, true));
            }
        }
        return inputs;
    }

    // Our tokens in html5lib's format, the state switched after start tags as parse5-tokens.mjs does.
    private static string Tokenize(string html, bool switchStates) => Tokenize(html, switchStates, out _);

    private static string Tokenize(string html, bool switchStates, out List<string> errors)
    {
        var tokenizer = new HtmlTokenizer(html);
        var tokens = new JsonArray();
        while (true)
        {
            var token = tokenizer.Next();
            switch (token.Kind)
            {
                case HtmlTokenKind.EndOfFile:
                    errors = [.. tokenizer.Errors.Select(e => e.Code).Order(StringComparer.Ordinal)];
                    return tokens.ToJsonString();
                case HtmlTokenKind.Character:
                    if (tokens.Count > 0 && tokens[^1] is JsonArray { Count: 2 } last && (string?)last[0] == "Character")
                        last[1] = (string?)last[1] + token.Data;
                    else
                        tokens.Add(new JsonArray("Character", token.Data));
                    break;
                case HtmlTokenKind.Comment:
                    tokens.Add(new JsonArray("Comment", token.Data));
                    break;
                case HtmlTokenKind.Doctype:
                    tokens.Add(new JsonArray("DOCTYPE", token.Name, token.PublicId, token.SystemId, !token.ForceQuirks));
                    break;
                case HtmlTokenKind.EndTag:
                    tokens.Add(new JsonArray("EndTag", token.Name));
                    break;
                case HtmlTokenKind.StartTag:
                    {
                        var attributes = new JsonObject();
                        foreach (var attribute in token.Attributes)
                            attributes[attribute.Name] = attribute.Value;
                        tokens.Add(token.SelfClosing ? new JsonArray("StartTag", token.Name, attributes, true) : new JsonArray("StartTag", token.Name, attributes));
                        if (switchStates)
                            tokenizer.State = StateAfter(token.Name!) ?? tokenizer.State;
                        break;
                    }
            }
        }
    }

    private static HtmlTokenizerState? StateAfter(string tag) => tag switch
    {
        "title" or "textarea" => HtmlTokenizerState.Rcdata,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlTokenizerState.Rawtext,
        "script" => HtmlTokenizerState.ScriptData,
        "plaintext" => HtmlTokenizerState.Plaintext,
        _ => null,
    };

    private static void AssertJsonEqual(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"expected {expected}\nactual   {actual}");
}
