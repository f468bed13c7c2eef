// Literals, names and property keys, each in its shortest spelling that means the same.

using System.Globalization;
using System.Text;
using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Lexing;

namespace Sharpack.JavaScript.Printing;

public sealed partial class JsPrinter
{
    private readonly StringBuilder _scratch = new();

    private string NameOf(Identifier identifier)
    {
        if (_names is not null && identifier.Symbol >= 0 && identifier.Symbol < _names.Count && _names[identifier.Symbol] is { } renamed)
            return renamed;
        return identifier.Name;
    }

    private void PrintIdentifier(Identifier identifier)
    {
        var name = NameOf(identifier);
        Map(identifier.Start, ReferenceEquals(name, identifier.Name) ? null : identifier.Name);
        PrintName(name);
    }

    // A name as written, or with its non-ASCII characters escaped (\uXXXX, \u{XXXXX}) for ascii_only.
    private void PrintName(string name)
    {
        if (!_options.AsciiOnly || Ascii.IsValid(name))
        {
            Token(name);
            return;
        }
        _scratch.Clear();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c < 128)
            {
                _scratch.Append(c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                _scratch.Append("\\u{").Append(char.ConvertToUtf32(c, name[i + 1]).ToString("X", CultureInfo.InvariantCulture)).Append('}');
                i++;
            }
            else
            {
                _scratch.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }
        Token(_scratch.ToString());
    }

    private void PrintLiteral(Literal literal, Level level)
    {
        Map(literal.Start);
        switch (literal.Kind)
        {
            case LiteralKind.String:
                PrintString(literal.StringValue!);
                break;
            case LiteralKind.Number:
                {
                    var value = literal.NumberValue;
                    if (double.IsFinite(value))
                    {
                        Token(NumberText(value));
                    }
                    else
                    {
                        // A literal too large for a double (1e400) is Infinity; a rewritten tree may hold
                        // the others too: -1/0 and 0/0 need no global.
                        if (value is double.PositiveInfinity)
                        {
                            Token("1e999");
                            break;
                        }
                        var wrap = level > Level.Multiply;
                        if (wrap)
                            Token("(");
                        Token(double.IsNaN(value) ? "0/0" : "-1/0");
                        if (wrap)
                            Token(")");
                    }
                    break;
                }
            case LiteralKind.Boolean:
                Token(literal.BooleanValue ? "true" : "false");
                break;
            case LiteralKind.Null:
                Token("null");
                break;
            case LiteralKind.RegExp:
                PrintRegExp(literal.RegexPattern!, literal.RegexFlags ?? "");
                break;
            case LiteralKind.BigInt:
                Token(BigIntText(literal));
                break;
        }
    }

    private string BigIntText(Literal literal)
    {
        if (literal.End <= _source.Length && literal.End > literal.Start && _source[literal.End - 1] == 'n')
        {
            var raw = _source.AsSpan(literal.Start, literal.End - literal.Start);
            // Decimal digits stay as written (without separators); other bases too, being as short.
            return raw.Contains('_') ? raw.ToString().Replace("_", "", StringComparison.Ordinal) : raw.ToString();
        }
        return literal.StringValue + "n";
    }

    /// <summary>The shortest numeric literal for a finite, non-negative <paramref name="value"/>: <c>.5</c>, <c>1e3</c>, <c>1e-7</c>.</summary>
    internal static string NumberText(double value)
    {
        var text = JsNumber.ToString(value);
        var exponent = text.IndexOf('e', StringComparison.Ordinal);
        if (exponent >= 0)
        {
            // "1e+21" → "1e21"; "1.5e-7" → "15e-8".
            var mantissa = text[..exponent];
            var power = int.Parse(text.AsSpan(exponent + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
            if (dot >= 0)
            {
                power -= mantissa.Length - dot - 1;
                mantissa = mantissa.Remove(dot, 1);
            }
            return mantissa + "e" + power.ToString(CultureInfo.InvariantCulture);
        }
        if (text.StartsWith("0.", StringComparison.Ordinal))
        {
            // "0.001" → ".001" or "1e-3", whichever is shorter.
            var fraction = text.AsSpan(2);
            var zeros = 0;
            while (zeros < fraction.Length && fraction[zeros] == '0')
                zeros++;
            var digits = fraction[zeros..];
            var scientific = string.Concat(digits, "e-", (zeros + digits.Length).ToString(CultureInfo.InvariantCulture));
            return scientific.Length < text.Length - 1 ? scientific : text[1..];
        }
        if (text.Length > 3 && text.IndexOf('.', StringComparison.Ordinal) < 0 && text[^1] == '0')
        {
            // "1000" → "1e3".
            var trailing = 0;
            while (trailing < text.Length && text[text.Length - 1 - trailing] == '0')
                trailing++;
            var scientific = string.Concat(text.AsSpan(0, text.Length - trailing), "e", trailing.ToString(CultureInfo.InvariantCulture));
            if (scientific.Length < text.Length)
                return scientific;
        }
        return text;
    }

    private void PrintString(string value)
    {
        var doubles = 0;
        var singles = 0;
        foreach (var c in value)
        {
            if (c == '"')
                doubles++;
            else if (c == '\'')
                singles++;
        }
        var quote = doubles > singles ? '\'' : '"';
        _scratch.Clear();
        _scratch.Append(quote);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\':
                    _scratch.Append("\\\\");
                    break;
                case '\n':
                    _scratch.Append("\\n");
                    break;
                case '\r':
                    _scratch.Append("\\r");
                    break;
                case '\b':
                    _scratch.Append("\\b");
                    break;
                case '\f':
                    _scratch.Append("\\f");
                    break;
                case '\v':
                    _scratch.Append("\\v");
                    break;
                case '\0':
                    // "\0" followed by a digit would read as an octal escape.
                    _scratch.Append(i + 1 < value.Length && char.IsAsciiDigit(value[i + 1]) ? "\\x00" : "\\0");
                    break;
                case '\u2028':
                    _scratch.Append("\\u2028");
                    break;
                case '\u2029':
                    _scratch.Append("\\u2029");
                    break;
                case '\uFEFF':
                    _scratch.Append("\\ufeff");
                    break;
                case '<' when IsScriptClose(value, i):
                    _scratch.Append("<\\/");
                    i++;
                    break;
                default:
                    if (c == quote)
                    {
                        _scratch.Append('\\').Append(c);
                    }
                    else if (c < 0x20 && c != '\t')
                    {
                        _scratch.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else if (char.IsSurrogate(c))
                    {
                        // A pair stays as it is (unless ascii_only); a lone half is written as an escape.
                        if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]) && !_options.AsciiOnly)
                        {
                            _scratch.Append(c).Append(value[i + 1]);
                            i++;
                        }
                        else
                        {
                            _scratch.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                    }
                    else if (c >= 0x7F && _options.AsciiOnly)
                    {
                        AppendAsciiEscape(c);
                    }
                    else
                    {
                        _scratch.Append(c);
                    }
                    break;
            }
        }
        _scratch.Append(quote);
        Token(_scratch.ToString());
    }

    private void AppendAsciiEscape(char c)
    {
        if (c <= 0xFF)
            _scratch.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
        else
            _scratch.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
    }

    // `</script` (any case) in a string, template or regular expression would end an inline script.
    private static bool IsScriptClose(ReadOnlySpan<char> text, int index) =>
        index + 8 <= text.Length && text[index] == '<' && text[index + 1] == '/' && text.Slice(index + 2, 6).Equals("script", StringComparison.OrdinalIgnoreCase);

    private void PrintRegExp(string pattern, string flags)
    {
        _scratch.Clear();
        _scratch.Append('/');
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                _scratch.Append(c).Append(pattern[i + 1]);
                i++;
            }
            else if (c == '<' && IsScriptClose(pattern, i))
            {
                _scratch.Append("<\\/");
                i++;
            }
            else if (c >= 0x7F && _options.AsciiOnly)
            {
                if (char.IsHighSurrogate(c) && i + 1 < pattern.Length && char.IsLowSurrogate(pattern[i + 1]) && flags.AsSpan().IndexOfAny('u', 'v') >= 0)
                {
                    _scratch.Append("\\u{").Append(char.ConvertToUtf32(c, pattern[i + 1]).ToString("x", CultureInfo.InvariantCulture)).Append('}');
                    i++;
                }
                else
                {
                    _scratch.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
            }
            else
            {
                _scratch.Append(c);
            }
        }
        _scratch.Append('/').Append(flags);
        Token(_scratch.ToString());
        _afterRegExp = true;
    }

    private void PrintTemplate(TemplateLiteral template, bool tagged)
    {
        Map(template.Start);
        Token("`");
        for (var i = 0; i < template.Quasis.Length; i++)
        {
            AppendTemplateRaw(template.Quasis[i].Raw, tagged);
            if (i < template.Expressions.Length)
            {
                Append("${");
                PrintExpression(template.Expressions[i], Level.Lowest, Flags.None);
                Token("}");
            }
        }
        Append('`');
        _afterRegExp = false;
    }

    // The raw text as written: only `</script` (and, untagged, non-ASCII for ascii_only) is
    // escaped, which a tag reading the raw strings would otherwise see.
    private void AppendTemplateRaw(string raw, bool tagged)
    {
        var escapeAscii = _options.AsciiOnly && !tagged;
        var plain = true;
        for (var i = 0; i < raw.Length && plain; i++)
        {
            if ((raw[i] == '<' && IsScriptClose(raw, i)) || (escapeAscii && raw[i] >= 0x7F))
                plain = false;
        }
        if (plain)
        {
            Append(raw);
            return;
        }
        _scratch.Clear();
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\\' && i + 1 < raw.Length)
            {
                _scratch.Append(c).Append(raw[i + 1]);
                i++;
            }
            else if (c == '<' && IsScriptClose(raw, i))
            {
                _scratch.Append("<\\/");
                i++;
            }
            else if (escapeAscii && c >= 0x7F)
            {
                _scratch.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                _scratch.Append(c);
            }
        }
        Append(_scratch.ToString());
    }

    // A property's key: a name where the string is one, a number where the string is a number's
    // own spelling, else a string.
    private void PrintPropertyKey(Node key, bool computed)
    {
        if (computed)
        {
            Token("[");
            PrintExpression(key, Level.Assign, Flags.None);
            Token("]");
            return;
        }
        Map(key.Start);
        switch (key)
        {
            case Identifier identifier:
                PrintName(identifier.Name);
                break;
            case PrivateIdentifier privateName:
                Token("#" + privateName.Name);
                break;
            case Literal { Kind: LiteralKind.String } literal:
                {
                    var text = literal.StringValue!;
                    if (IsIdentifierName(text) && (!_options.AsciiOnly || Ascii.IsValid(text)))
                        Token(text);
                    else if (NumericKey(text) is { } number)
                        Token(NumberText(number));
                    else
                        PrintString(text);
                    break;
                }
            case Literal { Kind: LiteralKind.Number } literal:
                Token(NumberText(literal.NumberValue));
                break;
            case Literal literal:
                PrintLiteral(literal, Level.Lowest);
                break;
            default:
                throw new NotSupportedException($"Cannot print a {key.Type} as a property key.");
        }
    }

    // A string that is exactly how JavaScript writes some non-negative number ("12", "1.5").
    private static double? NumericKey(string text)
    {
        if (text.Length == 0 || text.Length > 20 || !char.IsAsciiDigit(text[0]))
            return null;
        if (!double.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
            return null;
        return JsNumber.ToString(value) == text ? value : null;
    }

    /// <summary>True when <paramref name="text"/> is an IdentifierName (reserved words included): a property name without quotes.</summary>
    internal static bool IsIdentifierName(string text)
    {
        if (text.Length == 0)
            return false;
        for (var i = 0; i < text.Length; i++)
        {
            int codePoint = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
            var ok = i == 0 || (codePoint > 0xFFFF && i == 1)
                ? codePoint < 128 ? CharClass.IsAsciiIdStart((char)codePoint) : CharClass.IsIdStart(codePoint)
                : codePoint < 128 ? CharClass.IsAsciiIdPart((char)codePoint) : CharClass.IsIdPart(codePoint) || codePoint is 0x200C or 0x200D;
            if (!ok)
                return false;
        }
        return true;
    }
}
