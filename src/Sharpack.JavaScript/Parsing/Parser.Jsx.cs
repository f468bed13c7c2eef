// JSX, in the shape acorn-jsx produces. JSX has its own lexical grammar (text, names with
// dashes, strings without escapes, HTML entities), so it is scanned here from the source
// directly; embedded `{expressions}` go back through the JavaScript lexer and parser.

using System.Net;
using System.Text;
using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Lexing;

namespace Sharpack.JavaScript.Parsing;

internal sealed partial class Parser
{
    /// <summary>At a `&lt;` token in expression position: parses one element or fragment.</summary>
    private Node ParseJsxElementOrFragment()
    {
        var start = TokenStart;
        var node = ParseJsxElementAt(start, out var end);
        _lexer.ResumeAt(end);
        if (Kind == TokenKind.LessThan)
            throw Raise(TokenStart, "Adjacent JSX elements must be wrapped in an enclosing tag");
        return node;
    }

    /// <summary>Parses an element or fragment whose `&lt;` is at <paramref name="start"/>; <paramref name="end"/> is past its last `&gt;`.</summary>
    private Node ParseJsxElementAt(int start, out int end)
    {
        EnterNesting(start);
        var node = ParseJsxElementAtCore(start, out end);
        ExitNesting();
        return node;
    }

    private Node ParseJsxElementAtCore(int start, out int end)
    {
        var pos = SkipJsxTrivia(start + 1);
        if (At(pos) == '>')
        {
            var opening = new JSXOpeningFragment(start, pos + 1);
            var children = ParseJsxChildren(pos + 1, out var closeStart, out pos);
            pos = SkipJsxTrivia(pos);
            if (At(pos) != '>')
                throw Raise(pos, "Expected corresponding closing tag for JSX fragment");
            end = pos + 1;
            var closing = new JSXClosingFragment(closeStart, end);
            return new JSXFragment(start, end, opening, closing, children);
        }

        var name = ParseJsxElementName(ref pos);
        TSTypeParameterInstantiation? typeArguments = null;
        if (_ts && At(SkipJsxTrivia(pos)) == '<')
        {
            // TypeScript's type arguments of a generic component: <List<number> items={…} />.
            var typeStart = SkipJsxTrivia(pos);
            _lexer.ResumeAt(typeStart);
            typeArguments = ParseTypeArguments();
            EraseTs(typeStart, LastEnd);
            pos = LastEnd;
        }
        var attributes = _lists.Rent();
        while (true)
        {
            pos = SkipJsxTrivia(pos);
            var c = At(pos);
            if (c is '/' or '>')
                break;
            if (c == '{')
            {
                attributes.Add(ParseJsxSpreadAttribute(ref pos));
                continue;
            }
            attributes.Add(ParseJsxAttribute(ref pos));
        }
        var selfClosing = At(pos) == '/';
        if (selfClosing)
        {
            pos = SkipJsxTrivia(pos + 1);
            if (At(pos) != '>')
                throw Raise(pos, "Unexpected token, expected '>'");
        }
        var openingElement = new JSXOpeningElement(start, pos + 1, name, _lists.ToArrayAndReturn(attributes), selfClosing) { TypeArguments = typeArguments };
        if (selfClosing)
        {
            end = pos + 1;
            return new JSXElement(start, end, openingElement, null, []);
        }
        var elementChildren = ParseJsxChildren(pos + 1, out var closingStart, out pos);
        var closingName = ParseJsxElementName(ref pos);
        if (QualifiedName(closingName) != QualifiedName(name))
            throw Raise(closingName.Start, $"Expected corresponding JSX closing tag for <{QualifiedName(name)}>");
        pos = SkipJsxTrivia(pos);
        if (At(pos) != '>')
            throw Raise(pos, "Unexpected token, expected '>'");
        end = pos + 1;
        var closingElement = new JSXClosingElement(closingStart, end, closingName);
        return new JSXElement(start, end, openingElement, closingElement, elementChildren);
    }

    /// <summary>Parses children up to the closing tag; returns them, where `&lt;/` starts, and the offset after `&lt;/` and trivia.</summary>
    private Node[] ParseJsxChildren(int pos, out int closeStart, out int afterSlash)
    {
        var children = _lists.Rent();
        while (true)
        {
            var textStart = pos;
            var text = ScanJsxText(ref pos);
            if (pos > textStart)
                children.Add(new JSXText(textStart, pos, text));
            if (pos >= _source.Length)
                throw Raise(pos, "Unterminated JSX contents");
            var c = _source[pos];
            if (c == '<')
            {
                var next = SkipJsxTrivia(pos + 1);
                if (At(next) == '/')
                {
                    closeStart = pos;
                    afterSlash = SkipJsxTrivia(next + 1);
                    return _lists.ToArrayAndReturn(children);
                }
                children.Add(ParseJsxElementAt(pos, out pos));
                continue;
            }
            // c == '{'
            children.Add(ParseJsxExpressionContainer(ref pos, inAttribute: false));
        }
    }

    private Node ParseJsxExpressionContainer(ref int pos, bool inAttribute)
    {
        var start = pos;
        _lexer.ResumeAt(pos + 1);
        if (Kind == TokenKind.CloseBrace)
        {
            if (inAttribute)
                throw Raise(start, "JSX attributes must only be assigned a non-empty expression");
            var empty = new JSXEmptyExpression(start + 1, TokenStart);
            pos = _lexer.TokenEnd;
            return new JSXExpressionContainer(start, pos, empty);
        }
        if (!inAttribute && Kind == TokenKind.DotDotDot)
        {
            NextToken();
            var spread = ParseExpression();
            if (Kind != TokenKind.CloseBrace)
                throw UnexpectedExpecting(TokenKind.CloseBrace);
            pos = _lexer.TokenEnd;
            return new JSXSpreadChild(start, pos, spread);
        }
        var expression = ParseExpression();
        if (Kind != TokenKind.CloseBrace)
            throw UnexpectedExpecting(TokenKind.CloseBrace);
        pos = _lexer.TokenEnd;
        return new JSXExpressionContainer(start, pos, expression);
    }

    private Node ParseJsxSpreadAttribute(ref int pos)
    {
        var start = pos;
        _lexer.ResumeAt(pos + 1);
        Expect(TokenKind.DotDotDot);
        var argument = ParseMaybeAssign();
        if (Kind != TokenKind.CloseBrace)
            throw UnexpectedExpecting(TokenKind.CloseBrace);
        pos = _lexer.TokenEnd;
        return new JSXSpreadAttribute(start, pos, argument);
    }

    private Node ParseJsxAttribute(ref int pos)
    {
        var start = pos;
        var name = ParseJsxIdentifier(ref pos);
        Node attributeName = name;
        var afterName = SkipJsxTrivia(pos);
        if (At(afterName) == ':')
        {
            pos = SkipJsxTrivia(afterName + 1);
            var local = ParseJsxIdentifier(ref pos);
            attributeName = new JSXNamespacedName(name.Start, local.End, name, local);
            afterName = SkipJsxTrivia(pos);
        }
        if (At(afterName) != '=')
            return new JSXAttribute(start, attributeName.End, attributeName, null);
        pos = SkipJsxTrivia(afterName + 1);
        var c = At(pos);
        Node value;
        if (c is '"' or '\'')
        {
            value = ScanJsxString(ref pos, c);
        }
        else if (c == '{')
        {
            value = ParseJsxExpressionContainer(ref pos, inAttribute: true);
        }
        else if (c == '<')
        {
            value = ParseJsxElementAt(pos, out pos);
        }
        else
        {
            throw Raise(pos, "JSX value should be either an expression or a quoted JSX text");
        }
        return new JSXAttribute(start, value.End, attributeName, value);
    }

    private Node ParseJsxElementName(ref int pos)
    {
        var start = pos;
        if (At(pos) == '>')
            return new JSXIdentifier(pos, pos, "");
        var name = ParseJsxIdentifier(ref pos);
        var after = SkipJsxTrivia(pos);
        if (At(after) == ':')
        {
            pos = SkipJsxTrivia(after + 1);
            var local = ParseJsxIdentifier(ref pos);
            return new JSXNamespacedName(start, local.End, name, local);
        }
        Node result = name;
        while (At(after) == '.')
        {
            pos = SkipJsxTrivia(after + 1);
            var property = ParseJsxIdentifier(ref pos);
            result = new JSXMemberExpression(start, property.End, result, property);
            after = SkipJsxTrivia(pos);
        }
        return result;
    }

    private JSXIdentifier ParseJsxIdentifier(ref int pos)
    {
        var start = pos;
        if (pos >= _source.Length)
            throw Raise(pos, "Unterminated JSX contents");
        var first = CodePointAt(pos);
        if (!CharClass.IsIdStart(first))
            throw Raise(pos, $"Unexpected token '{char.ConvertFromUtf32(first)}' in JSX");
        pos += first > 0xFFFF ? 2 : 1;
        while (pos < _source.Length)
        {
            var c = _source[pos];
            if (c == '-' || CharClass.IsAsciiIdPart(c))
            {
                pos++;
                continue;
            }
            if (c > 127)
            {
                var cp = CodePointAt(pos);
                if (CharClass.IsIdPart(cp))
                {
                    pos += cp > 0xFFFF ? 2 : 1;
                    continue;
                }
            }
            break;
        }
        return new JSXIdentifier(start, pos, _lexer.Intern(_source.AsSpan(start, pos - start)));
    }

    /// <summary>Scans JSX text up to `&lt;` or `{`; returns its value with entities decoded and CRLF normalized.</summary>
    private string ScanJsxText(ref int pos)
    {
        StringBuilder? builder = null;
        var chunkStart = pos;
        while (pos < _source.Length)
        {
            var c = _source[pos];
            if (c is '<' or '{')
                break;
            if (c is '>' or '}')
                throw Raise(pos, $"Unexpected token `{c}`. Did you mean `{(c == '>' ? "&gt;" : "&rbrace;")}` or `{{'{c}'}}`?");
            if (c == '&')
            {
                builder ??= new StringBuilder();
                builder.Append(_source, chunkStart, pos - chunkStart);
                builder.Append(ReadJsxEntity(ref pos));
                chunkStart = pos;
                continue;
            }
            if (c == '\r' && pos + 1 < _source.Length && _source[pos + 1] == '\n')
            {
                builder ??= new StringBuilder();
                builder.Append(_source, chunkStart, pos - chunkStart).Append('\n');
                pos += 2;
                chunkStart = pos;
                continue;
            }
            pos++;
        }
        if (builder is null)
            return _source.Substring(chunkStart, pos - chunkStart);
        builder.Append(_source, chunkStart, pos - chunkStart);
        return builder.ToString();
    }

    private Literal ScanJsxString(ref int pos, char quote)
    {
        var start = pos;
        pos++;
        StringBuilder? builder = null;
        var chunkStart = pos;
        while (true)
        {
            if (pos >= _source.Length)
                throw Raise(start, "Unterminated string constant");
            var c = _source[pos];
            if (c == quote)
                break;
            if (c == '&')
            {
                builder ??= new StringBuilder();
                builder.Append(_source, chunkStart, pos - chunkStart);
                builder.Append(ReadJsxEntity(ref pos));
                chunkStart = pos;
                continue;
            }
            pos++;
        }
        string value;
        if (builder is null)
        {
            value = _source.Substring(chunkStart, pos - chunkStart);
        }
        else
        {
            builder.Append(_source, chunkStart, pos - chunkStart);
            value = builder.ToString();
        }
        pos++;
        return new Literal(start, pos, LiteralKind.String) { StringValue = value };
    }

    /// <summary>Reads an entity at `&amp;`; if it is not one, returns "&amp;" and moves past the ampersand only.</summary>
    private string ReadJsxEntity(ref int pos)
    {
        var ampersand = pos;
        var scan = pos + 1;
        var count = 0;
        while (scan < _source.Length && count++ < 10)
        {
            var c = _source[scan++];
            if (c == ';')
            {
                var body = _source.AsSpan(ampersand + 1, scan - ampersand - 2);
                var decoded = DecodeJsxEntity(body, _options.JsxCodePoints);
                if (decoded is not null)
                {
                    pos = scan;
                    return decoded;
                }
                break;
            }
        }
        pos = ampersand + 1;
        return "&";
    }

    /// <summary>JSX text with its entities decoded (numeric ones as code points).</summary>
    internal static string DecodeJsxEntities(ReadOnlySpan<char> raw)
    {
        var ampersand = raw.IndexOf('&');
        if (ampersand < 0)
            return raw.ToString();
        var builder = new StringBuilder(raw.Length);
        var position = 0;
        while (ampersand >= 0)
        {
            builder.Append(raw[position..ampersand]);
            var semicolon = raw[ampersand..].IndexOf(';');
            string? decoded = null;
            if (semicolon > 1 && semicolon <= 11)
                decoded = DecodeJsxEntity(raw.Slice(ampersand + 1, semicolon - 1), codePoints: true);
            if (decoded is null)
            {
                builder.Append('&');
                position = ampersand + 1;
            }
            else
            {
                builder.Append(decoded);
                position = ampersand + semicolon + 1;
            }
            var next = raw[position..].IndexOf('&');
            ampersand = next < 0 ? -1 : position + next;
        }
        builder.Append(raw[position..]);
        return builder.ToString();
    }

    private static string? DecodeJsxEntity(ReadOnlySpan<char> body, bool codePoints)
    {
        if (body.Length == 0)
            return null;
        if (body[0] == '#')
        {
            var isHex = body.Length > 1 && body[1] == 'x';
            var digits = body[(isHex ? 2 : 1)..];
            if (digits.Length == 0)
                return null;
            var value = 0L;
            foreach (var d in digits)
            {
                var digit = isHex ? CharClass.HexValue(d) : (CharClass.IsDecimalDigit(d) ? d - '0' : -1);
                if (digit < 0)
                    return null;
                value = value * (isHex ? 16 : 10) + digit;
                if (value > 0x10FFFFFF) value = 0x10FFFFFF;
            }
            // String.fromCharCode keeps only the low 16 bits, and acorn-jsx uses it; Babel and
            // TypeScript (what the JSX transform matches) read a code point.
            if (codePoints && value is >= 0x10000 and <= 0x10FFFF)
                return char.ConvertFromUtf32((int)value);
            return ((char)(value & 0xFFFF)).ToString();
        }
        foreach (var c in body)
        {
            if (!char.IsAsciiLetterOrDigit(c))
                return null;
        }
        var entity = string.Concat("&", body, ";");
        var decodedEntity = WebUtility.HtmlDecode(entity);
        return decodedEntity == entity ? null : decodedEntity;
    }

    private static string QualifiedName(Node name) => name switch
    {
        JSXIdentifier identifier => identifier.Name,
        JSXNamespacedName namespaced => namespaced.Namespace.Name + ":" + namespaced.Name.Name,
        JSXMemberExpression member => QualifiedName(member.Object) + "." + member.Property.Name,
        _ => "",
    };

    private int SkipJsxTrivia(int pos) => _lexer.SkipTriviaFrom(pos);

    private char At(int pos) => _lexer.CharAt(pos);

    private int CodePointAt(int pos) => _lexer.CodePointAt(pos);
}
