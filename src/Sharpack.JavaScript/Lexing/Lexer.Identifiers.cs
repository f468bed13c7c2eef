// Identifiers, reserved words and private names, with \u escapes decoded.

using System.Text;

namespace Sharpack.JavaScript.Lexing;

internal sealed partial class Lexer
{
    private void ScanIdentifierOrKeyword()
    {
        var source = _source;
        var start = _pos;
        var pos = start;
        // Fast path: ASCII identifier characters only.
        while (pos < source.Length && CharClass.IsAsciiIdPart(source[pos]))
            pos++;
        if (pos < source.Length && (source[pos] == '\\' || source[pos] > 127))
        {
            ScanIdentifierSlow(start);
            return;
        }
        _pos = pos;
        var text = source.AsSpan(start, pos - start);
        Kind = text.Length is >= 2 and <= 10 ? KeywordKind(text) : TokenKind.Identifier;
        Value = Kind == TokenKind.Identifier ? _names.Intern(text) : null;
    }

    private void ScanIdentifierSlow(int start)
    {
        var name = ReadIdentifierName(start, out var hasEscape);
        HasEscape = hasEscape;
        var keyword = name.Length is >= 2 and <= 10 ? KeywordKind(name) : TokenKind.Identifier;
        // An escaped reserved word is an identifier token the parser rejects where a keyword
        // or a binding is expected; it keeps its name so the message can say which.
        Kind = hasEscape || keyword == TokenKind.Identifier ? TokenKind.Identifier : keyword;
        Value = _names.Intern(name);
    }

    /// <summary>Reads an IdentifierName starting at <paramref name="start"/>, decoding escapes; leaves _pos after it.</summary>
    private string ReadIdentifierName(int start, out bool hasEscape)
    {
        var source = _source;
        var builder = new StringBuilder();
        var pos = start;
        var first = true;
        hasEscape = false;
        while (pos < source.Length)
        {
            var c = source[pos];
            int cp;
            int width;
            if (c == '\\')
            {
                if (pos + 1 >= source.Length || source[pos + 1] != 'u')
                    throw Error(pos, "Expecting Unicode escape sequence \\uXXXX");
                _pos = pos + 2;
                cp = ReadUnicodeEscapeBody();
                width = _pos - pos;
                hasEscape = true;
                if (!(first ? CharClass.IsIdStart(cp) : CharClass.IsIdPart(cp)))
                    throw Error(pos, "Invalid Unicode escape");
            }
            else
            {
                cp = CodePointAt(pos);
                width = cp > 0xFFFF ? 2 : 1;
                if (!(first ? CharClass.IsIdStart(cp) : CharClass.IsIdPart(cp)))
                    break;
            }
            if (cp > 0xFFFF) builder.Append(char.ConvertFromUtf32(cp));
            else builder.Append((char)cp);
            pos += width;
            first = false;
        }
        _pos = pos;
        return builder.ToString();
    }

    /// <summary>Reads <c>XXXX</c> or <c>{X…}</c> after <c>\u</c> at _pos; returns the code point.</summary>
    private int ReadUnicodeEscapeBody()
    {
        var source = _source;
        var pos = _pos;
        if (pos < source.Length && source[pos] == '{')
        {
            pos++;
            var value = 0;
            var digits = 0;
            while (pos < source.Length && source[pos] != '}')
            {
                var digit = CharClass.HexValue(source[pos]);
                if (digit < 0)
                    throw Error(pos, "Bad character escape sequence");
                value = value * 16 + digit;
                if (value > 0x10FFFF)
                    throw Error(_pos - 2, "Code point out of bounds");
                digits++;
                pos++;
            }
            if (pos >= source.Length || digits == 0)
                throw Error(_pos - 2, "Bad character escape sequence");
            _pos = pos + 1;
            return value;
        }
        if (pos + 4 > source.Length)
            throw Error(_pos - 2, "Bad character escape sequence");
        var result = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = CharClass.HexValue(source[pos + i]);
            if (digit < 0)
                throw Error(_pos - 2, "Bad character escape sequence");
            result = result * 16 + digit;
        }
        _pos = pos + 4;
        return result;
    }

    private void ScanPrivateName()
    {
        var start = _pos;
        var pos = start + 1;
        if (pos >= _source.Length)
            throw Error(start, "Unexpected character '#'");
        var c = _source[pos];
        if (!(CharClass.IsAsciiIdStart(c) || c == '\\' || (c > 127 && CharClass.IsIdStart(CodePointAt(pos)))))
            throw Error(start, "Unexpected character '#'");
        var name = ReadIdentifierName(pos, out _);
        Kind = TokenKind.PrivateName;
        Value = _names.Intern(name);
    }

    /// <summary>The reserved-word token for <paramref name="text"/>, or Identifier.</summary>
    internal static TokenKind KeywordKind(ReadOnlySpan<char> text) => text switch
    {
        "break" => TokenKind.Break,
        "case" => TokenKind.Case,
        "catch" => TokenKind.Catch,
        "class" => TokenKind.Class,
        "const" => TokenKind.Const,
        "continue" => TokenKind.Continue,
        "debugger" => TokenKind.Debugger,
        "default" => TokenKind.Default,
        "delete" => TokenKind.Delete,
        "do" => TokenKind.Do,
        "else" => TokenKind.Else,
        "enum" => TokenKind.Enum,
        "export" => TokenKind.Export,
        "extends" => TokenKind.Extends,
        "false" => TokenKind.False,
        "finally" => TokenKind.Finally,
        "for" => TokenKind.For,
        "function" => TokenKind.Function,
        "if" => TokenKind.If,
        "import" => TokenKind.Import,
        "in" => TokenKind.In,
        "instanceof" => TokenKind.Instanceof,
        "new" => TokenKind.New,
        "null" => TokenKind.Null,
        "return" => TokenKind.Return,
        "super" => TokenKind.Super,
        "switch" => TokenKind.Switch,
        "this" => TokenKind.This,
        "throw" => TokenKind.Throw,
        "true" => TokenKind.True,
        "try" => TokenKind.Try,
        "typeof" => TokenKind.Typeof,
        "var" => TokenKind.Var,
        "void" => TokenKind.Void,
        "while" => TokenKind.While,
        "with" => TokenKind.With,
        _ => TokenKind.Identifier,
    };

    /// <summary>The source text of a reserved-word token kind.</summary>
    internal static string KeywordText(TokenKind kind) => kind switch
    {
        TokenKind.Break => "break",
        TokenKind.Case => "case",
        TokenKind.Catch => "catch",
        TokenKind.Class => "class",
        TokenKind.Const => "const",
        TokenKind.Continue => "continue",
        TokenKind.Debugger => "debugger",
        TokenKind.Default => "default",
        TokenKind.Delete => "delete",
        TokenKind.Do => "do",
        TokenKind.Else => "else",
        TokenKind.Enum => "enum",
        TokenKind.Export => "export",
        TokenKind.Extends => "extends",
        TokenKind.False => "false",
        TokenKind.Finally => "finally",
        TokenKind.For => "for",
        TokenKind.Function => "function",
        TokenKind.If => "if",
        TokenKind.Import => "import",
        TokenKind.In => "in",
        TokenKind.Instanceof => "instanceof",
        TokenKind.New => "new",
        TokenKind.Null => "null",
        TokenKind.Return => "return",
        TokenKind.Super => "super",
        TokenKind.Switch => "switch",
        TokenKind.This => "this",
        TokenKind.Throw => "throw",
        TokenKind.True => "true",
        TokenKind.Try => "try",
        TokenKind.Typeof => "typeof",
        TokenKind.Var => "var",
        TokenKind.Void => "void",
        TokenKind.While => "while",
        TokenKind.With => "with",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool IsKeyword(TokenKind kind) => kind >= TokenKind.Break && kind <= TokenKind.With;
}
