// Follows webpack's JavascriptParser.parseCommentOptions: a block or line comment inside an
// expression whose text matches /\bwebpack[A-Z]/ holds `key: value` pairs, which webpack
// evaluates as an object literal. We parse them with our JavaScript parser and read the values
// webpack's plugins accept (strings, numbers, booleans, regular expressions and arrays of
// strings) without running code.

using System.Globalization;
using Sharpack.JavaScript;
using Sharpack.JavaScript.Ast;

namespace Sharpack.Plugins.JavaScript;

/// <summary>A magic comment value: a string, number, boolean, regular expression or string array.</summary>
public sealed record MagicValue(string? String = null, double? Number = null, bool? Boolean = null, (string Source, string Flags)? RegExp = null, IReadOnlyList<string>? Strings = null)
{
    /// <summary>An object literal's constant properties (<c>webpackEntryOptions: { filename: "w.js" }</c>), or null.</summary>
    public IReadOnlyDictionary<string, MagicValue>? Object { get; init; }

    /// <summary>The value as JavaScript would print it, for warnings.</summary>
    public override string ToString() =>
        String is not null ? "\"" + String + "\""
        : Number is { } n ? n.ToString(CultureInfo.InvariantCulture)
        : Boolean is { } b ? (b ? "true" : "false")
        : RegExp is { } r ? "/" + r.Source + "/" + r.Flags
        : Strings is not null ? "[" + string.Join(", ", Strings) + "]"
        : Object is not null ? "[object Object]"
        : "undefined";
}

/// <summary>Reads webpack magic comments.</summary>
public static class MagicComments
{
    /// <summary>
    /// The options in the comments between <paramref name="start"/> and <paramref name="end"/>,
    /// later keys overriding earlier ones; <paramref name="errors"/> gets a message per comment
    /// that could not be read.
    /// </summary>
    public static Dictionary<string, MagicValue> Parse(string source, IReadOnlyList<Comment> comments, int start, int end, List<string> errors)
    {
        var options = new Dictionary<string, MagicValue>(StringComparer.Ordinal);
        var index = FirstAtOrAfter(comments, start);
        for (; index < comments.Count && comments[index].End <= end; index++)
        {
            var comment = comments[index];
            var text = comment.IsBlock
                ? source.AsSpan(comment.Start + 2, comment.End - comment.Start - 4)
                : source.AsSpan(comment.Start + 2, comment.End - comment.Start - 2);
            if (!MentionsWebpack(text))
                continue;
            var reader = new Reader(text.ToString());
            if (!reader.ReadPairs(options))
                errors.Add($"Compilation error while processing magic comment(-s): /*{text}*/: {reader.Error}");
        }
        return options;
    }

    /// <summary>
    /// The options of one comment's text (webpack's parseMagicComment, as HTML reads <c>&lt;!-- webpackIgnore: true --&gt;</c>):
    /// null when it names no webpack option, or when it cannot be read (then <paramref name="error"/> says why).
    /// </summary>
    public static Dictionary<string, MagicValue>? ParseComment(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        error = null;
        if (!MentionsWebpack(text))
            return null;
        var options = new Dictionary<string, MagicValue>(StringComparer.Ordinal);
        var reader = new Reader(text);
        if (reader.ReadPairs(options))
            return options;
        error = reader.Error;
        return null;
    }

    private static int FirstAtOrAfter(IReadOnlyList<Comment> comments, int offset)
    {
        int low = 0, high = comments.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (comments[middle].Start < offset) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    private static bool MentionsWebpack(ReadOnlySpan<char> text)
    {
        var at = 0;
        while (true)
        {
            var found = text[at..].IndexOf("webpack", StringComparison.Ordinal);
            if (found < 0) return false;
            var position = at + found;
            var wordStart = position == 0 || !(char.IsAsciiLetterOrDigit(text[position - 1]) || text[position - 1] == '_');
            // webpack's webpackCommentRegExp: /(^|\W)webpack[A-Z][A-Za-z]+:/.
            var next = position + 7;
            if (wordStart && next < text.Length && char.IsAsciiLetterUpper(text[next]))
            {
                var letters = next + 1;
                while (letters < text.Length && char.IsAsciiLetter(text[letters]))
                    letters++;
                if (letters > next + 1 && letters < text.Length && text[letters] == ':')
                    return true;
            }
            at = position + 1;
        }
    }

    // webpack evaluates the comment as `({ <text> })` in a VM. Sharpack parses it with its own
    // parser (so strings, numbers, escapes and regular expressions read exactly as in code) and
    // evaluates the constant forms webpack's options take: literals, `undefined`, negative
    // numbers, templates without substitutions, `+` of strings, and arrays of strings.
    private sealed class Reader(string text)
    {
        public string Error { get; private set; } = "";

        public bool ReadPairs(Dictionary<string, MagicValue> into)
        {
            var source = "({" + text + "\n})";
            var result = JavaScriptParser.Parse(source, new ParseOptions { SourceType = SourceType.Script, AnalyzeScopes = false });
            if (result.Error is { } error)
                return Fail(error.Message);
            if (result.Program!.Body is not [ExpressionStatement { Expression: ObjectExpression obj }])
                return Fail("expected key: value pairs");
            return ReadObject(obj, into);
        }

        private bool ReadObject(ObjectExpression obj, Dictionary<string, MagicValue> into)
        {
            foreach (var node in obj.Properties)
            {
                if (node is not Property { Computed: false, Method: false, Kind: PropertyKind.Init } property)
                    return Fail("expected key: value pairs");
                var key = property.Key switch
                {
                    Identifier id => id.Name,
                    Literal { Kind: LiteralKind.String } literal => literal.StringValue,
                    Literal { Kind: LiteralKind.Number } literal => literal.NumberValue.ToString(CultureInfo.InvariantCulture),
                    _ => null,
                };
                if (key is null)
                    return Fail("expected a key");
                if (Evaluate(property.Value) is not { } value)
                    return Fail($"the value of {key} is not a constant sharpack can evaluate");
                into[key] = value;
            }
            return true;
        }

        private MagicValue? Evaluate(Node node)
        {
            switch (node)
            {
                case ObjectExpression nested:
                    var properties = new Dictionary<string, MagicValue>(StringComparer.Ordinal);
                    return ReadObject(nested, properties) ? new MagicValue { Object = properties } : null;
                case Literal { Kind: LiteralKind.String } literal: return new MagicValue(String: literal.StringValue);
                case Literal { Kind: LiteralKind.Number } literal: return new MagicValue(Number: literal.NumberValue);
                case Literal { Kind: LiteralKind.Boolean } literal: return new MagicValue(Boolean: literal.BooleanValue);
                case Literal { Kind: LiteralKind.Null }: return new MagicValue();
                case Literal { Kind: LiteralKind.RegExp } literal: return new MagicValue(RegExp: (literal.RegexPattern!, literal.RegexFlags ?? ""));
                case Identifier { Name: "undefined" }: return new MagicValue();
                case UnaryExpression { Operator: Operator.Minus, Argument: Literal { Kind: LiteralKind.Number } number }: return new MagicValue(Number: -number.NumberValue);
                case TemplateLiteral { Expressions.Length: 0 } template when template.Quasis[0].Cooked is { } cooked: return new MagicValue(String: cooked);
                case BinaryExpression { Operator: Operator.Add } plus when Evaluate(plus.Left) is { String: { } left } && Evaluate(plus.Right) is { String: { } right }:
                    return new MagicValue(String: left + right);
                case ArrayExpression array:
                    var items = new List<string>(array.Elements.Length);
                    foreach (var element in array.Elements)
                    {
                        if (element is null || Evaluate(element) is not { String: { } item })
                            return null;
                        items.Add(item);
                    }
                    return new MagicValue(Strings: items);
                default:
                    return null;
            }
        }

        private bool Fail(string message)
        {
            if (Error.Length == 0) Error = message;
            return false;
        }
    }
}
