// Magic comments read as webpack evaluates them (`({ <comment> })`), through Sharpack's own
// parser: one line per form, in the style of esbuild's parser tests.

using Sharpack.JavaScript;
using Sharpack.Plugins.JavaScript;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class MagicCommentsTests
{
    private static (Dictionary<string, MagicValue> Options, List<string> Errors) Read(string comment)
    {
        var source = $"import(/* {comment} */ './a');";
        var parsed = JavaScriptParser.Parse(source, new ParseOptions { SourceType = SourceType.Module });
        var errors = new List<string>();
        return (MagicComments.Parse(source, parsed.Comments, 0, source.Length, errors), errors);
    }

    private static string Value(string comment, string key = "webpackChunkName")
    {
        var (options, errors) = Read(comment);
        Assert.Empty(errors);
        return options[key].ToString();
    }

    [Theory]
    [InlineData("webpackChunkName: \"a\"", "\"a\"")]
    [InlineData("webpackChunkName: 'single'", "\"single\"")]
    [InlineData("webpackChunkName: `template`", "\"template\"")]
    [InlineData("webpackChunkName: \"a\" + '-' + \"b\"", "\"a-b\"")]
    [InlineData("webpackChunkName: \"tab\\tnew\\u{41}\\x42\"", "\"tab\tnewAB\"")]
    [InlineData("webpackChunkName: \"a\\u0000b\"", "\"a\0b\"")]
    public void Strings_read_as_javascript_cooks_them(string comment, string expected) => Assert.Equal(expected, Value(comment));

    [Theory]
    [InlineData("webpackPrefetch: true", "webpackPrefetch", "true")]
    [InlineData("webpackPrefetch: -1", "webpackPrefetch", "-1")]
    [InlineData("webpackPreload: 0x10", "webpackPreload", "16")]
    [InlineData("webpackInclude: /\\.json$/i", "webpackInclude", "/\\.json$/i")]
    [InlineData("webpackExports: [\"a\", 'b']", "webpackExports", "[a, b]")]
    [InlineData("webpackIgnore: undefined", "webpackIgnore", "undefined")]
    [InlineData("webpackChunkName: \"x\", webpackMode: \"lazy\"", "webpackMode", "\"lazy\"")]
    public void Other_values(string comment, string key, string expected) => Assert.Equal(expected, Value(comment, key));

    [Theory]
    [InlineData("webpackChunkName: \"unterminated")]
    [InlineData("webpackChunkName: someVariable")]
    [InlineData("webpackChunkName: f()")]
    public void Unreadable_comments_are_errors(string comment)
    {
        var (_, errors) = Read(comment);
        Assert.StartsWith($"Compilation error while processing magic comment(-s): /* {comment} */: ", Assert.Single(errors), StringComparison.Ordinal);
    }

    // webpack reads a comment only where /(^|\W)webpack[A-Z][A-Za-z]+:/ finds an option: a quoted key, or
    // a name without its colon, leaves the comment a plain one (no error).
    [Theory]
    [InlineData("just a note: not webpackish")]
    [InlineData("'webpackChunkName': \"quoted key\"")]
    [InlineData("webpackChunkName \"no colon\"")]
    [InlineData("see webpackConfig docs")]
    public void Comments_without_webpack_options_are_not_read(string comment)
    {
        var (options, errors) = Read(comment);
        Assert.Empty(options);
        Assert.Empty(errors);
    }
}
