// JSX to JavaScript, as Babel's preset-react (and TypeScript's jsx option) writes it:
//   classic:    <a x="1" {...p}>hi {b}</a>  →  React.createElement("a", { x: "1", ...p }, "hi ", b)
//   automatic:  the same                     →  _jsxs("a", { x: "1", ...p, children: ["hi ", b] })
//               with `import { jsxs as _jsxs } from "react/jsx-runtime"` (jsxDEV from
//               jsx-dev-runtime in development, with the element's file, line and column), the key
//               passed apart, and createElement where a key follows a spread (React's rule).
// Elements are written inside out: an element renders its attributes and children after the
// elements in them have been written. Text children follow JSX's whitespace rule (lines trimmed,
// blank lines dropped, the rest joined by a space). `@jsx`, `@jsxFrag`, `@jsxImportSource` and
// `@jsxRuntime` comments override the options, as in Babel.

using System.Text;
using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Diagnostics;

namespace Sharpack.JavaScript.Transforms;

internal sealed class JsxLowering : AstVisitor
{
    private readonly EditList _edits;
    private readonly string _source;
    private readonly LineTable _lines;
    private readonly TransformOptions _options;
    private JsxRuntime _runtime;
    private string _factory;
    private string _fragmentFactory;
    private string _importSource;

    // The automatic runtime's imports in use, in the order first used.
    private readonly List<string> _imports = [];
    private bool _usesFileName;

    private JsxLowering(EditList edits, LineTable lines, IReadOnlyList<Comment> comments, TransformOptions options)
    {
        _edits = edits;
        _source = edits.Source;
        _lines = lines;
        _options = options;
        _runtime = options.JsxRuntime;
        _factory = options.JsxFactory;
        _fragmentFactory = options.JsxFragmentFactory;
        _importSource = options.JsxImportSource;
        foreach (var comment in comments)
            ReadPragmas(_source.AsSpan(comment.Start, comment.End - comment.Start));
    }

    /// <summary>Lowers the JSX of <paramref name="program"/>; returns the names the output refers to (the classic factory's root), which imports must keep.</summary>
    public static IReadOnlyCollection<string> Apply(Program program, EditList edits, LineTable lines, IReadOnlyList<Comment> comments, TransformOptions options,
        Dictionary<JSXIdentifier, string>? renames)
    {
        var lowering = new JsxLowering(edits, lines, comments, options) { _renames = renames };
        if (lowering._runtime == JsxRuntime.Preserve)
            return [];
        lowering.Visit(program);
        lowering.AddImports(program);
        return lowering._runtime == JsxRuntime.Classic && lowering._sawJsx
            ? [RootName(lowering._factory), RootName(lowering._fragmentFactory)]
            : [];
    }

    private bool _sawJsx;

    // Tags that read something else (a namespace's exported variable: `N.Left`).
    private Dictionary<JSXIdentifier, string>? _renames;

    private string Rename(JSXIdentifier identifier) =>
        _renames is not null && _renames.TryGetValue(identifier, out var renamed) ? renamed : identifier.Name;

    private static string RootName(string expression)
    {
        var dot = expression.IndexOf('.');
        return dot < 0 ? expression : expression[..dot];
    }

    private void ReadPragmas(ReadOnlySpan<char> comment)
    {
        var at = comment.IndexOf('@');
        while (at >= 0)
        {
            comment = comment[(at + 1)..];
            var word = Word(comment);
            var rest = comment[word.Length..].TrimStart();
            var value = Word(rest, allowDots: true).ToString();
            switch (word)
            {
                case "jsx" when value.Length > 0:
                    _factory = value;
                    _runtime = JsxRuntime.Classic;
                    break;
                case "jsxFrag" when value.Length > 0:
                    _fragmentFactory = value;
                    break;
                case "jsxImportSource" when value.Length > 0:
                    _importSource = value;
                    break;
                case "jsxRuntime":
                    if (value == "classic") _runtime = JsxRuntime.Classic;
                    else if (value == "automatic") _runtime = JsxRuntime.Automatic;
                    break;
            }
            at = comment.IndexOf('@');
        }
    }

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, bool allowDots = false)
    {
        var i = 0;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '$' || (allowDots && text[i] is '.' or '-' or '/' or '@')))
            i++;
        return text[..i];
    }

    public override void Visit(Node node)
    {
        base.Visit(node);
        if (node is JSXElement or JSXFragment)
        {
            _sawJsx = true;
            var code = node is JSXElement element ? LowerElement(element) : LowerFragment((JSXFragment)node);
            _edits.Render(node.Start, node.End);
            _edits.Replace(node.Start, node.End, code);
        }
    }

    // ---- elements ----

    private Rendered LowerElement(JSXElement element)
    {
        var opening = element.OpeningElement;
        var type = TypeExpression(opening.Name);
        return Lower(element.Start, type, isIntrinsic: type[0] == '"', opening.Attributes, element.Children);
    }

    private Rendered LowerFragment(JSXFragment fragment)
    {
        var type = _runtime == JsxRuntime.Classic ? _fragmentFactory : Import("Fragment");
        return Lower(fragment.Start, type, isIntrinsic: false, [], fragment.Children);
    }

    private Rendered Lower(int start, string type, bool isIntrinsic, Node[] attributes, Node[] childNodes)
    {
        _ = isIntrinsic;
        var children = new List<Rendered>();
        var spreadChildren = false;
        foreach (var child in childNodes)
        {
            switch (child)
            {
                case JSXText text:
                    if (CleanText(_source.AsSpan(text.Start, text.End - text.Start)) is { } cleaned)
                        children.Add(new Rendered(JsString.Quote(cleaned), [new TransformSegment(0, text.Start, Copied: false)]));
                    break;
                case JSXExpressionContainer { Expression: JSXEmptyExpression }:
                    break;
                case JSXExpressionContainer container:
                    children.Add(_edits.RenderExpression(container.Expression));
                    break;
                case JSXSpreadChild spread:
                    {
                        var builder = new CodeBuilder().Add("...", spread.Start).Add(_edits.RenderExpression(spread.Expression));
                        children.Add(builder.Build());
                        spreadChildren = true;
                        break;
                    }
                default:
                    children.Add(_edits.Render(child.Start, child.End));
                    break;
            }
        }

        return _runtime == JsxRuntime.Classic
            ? Classic(start, type, attributes, children)
            : Automatic(start, type, attributes, children, spreadChildren);
    }

    private Rendered Classic(int start, string type, Node[] attributes, List<Rendered> children)
    {
        var builder = new CodeBuilder();
        builder.Add(_factory + "(" + type + ", ", start);
        if (attributes.Length == 0)
            builder.Add("null", start);
        else
            AddProps(builder, start, attributes, skipKey: false, children: null, staticChildren: false);
        foreach (var child in children)
        {
            builder.Add(", ", start);
            builder.Add(child);
        }
        builder.Add(")", start);
        return builder.Build();
    }

    private Rendered Automatic(int start, string type, Node[] attributes, List<Rendered> children, bool spreadChildren)
    {
        // A key after a spread must go through createElement (React: the spread may hold a key).
        var sawSpread = false;
        JSXAttribute? key = null;
        foreach (var attribute in attributes)
        {
            if (attribute is JSXSpreadAttribute)
            {
                sawSpread = true;
            }
            else if (attribute is JSXAttribute { Name: JSXIdentifier { Name: "key" } } keyAttribute)
            {
                if (sawSpread)
                    return CreateElementFallback(start, type, attributes, children);
                key = keyAttribute;
            }
        }
        var staticChildren = children.Count > 1 || spreadChildren;
        var development = _options.JsxDevelopment;
        var function = development ? Import("jsxDEV") : Import(staticChildren ? "jsxs" : "jsx");
        var builder = new CodeBuilder();
        builder.Add(function + "(" + type + ", ", start);
        AddProps(builder, start, attributes, skipKey: true, children, staticChildren);
        if (key is not null)
        {
            builder.Add(", ", start);
            builder.Add(AttributeValue(key));
        }
        else if (development)
        {
            builder.Add(", undefined", start);
        }
        if (development)
        {
            var (line, column) = _lines.GetLineColumn(start);
            _usesFileName = true;
            builder.Add($", {(staticChildren ? "true" : "false")}, {{ fileName: _jsxFileName, lineNumber: {line}, columnNumber: {column + 1} }}, undefined", start);
        }
        builder.Add(")", start);
        return builder.Build();
    }

    private Rendered CreateElementFallback(int start, string type, Node[] attributes, List<Rendered> children)
    {
        var builder = new CodeBuilder();
        builder.Add(ImportFromSource("createElement") + "(" + type + ", ", start);
        AddProps(builder, start, attributes, skipKey: false, children: null, staticChildren: false);
        foreach (var child in children)
        {
            builder.Add(", ", start);
            builder.Add(child);
        }
        builder.Add(")", start);
        return builder.Build();
    }

    private void AddProps(CodeBuilder builder, int start, Node[] attributes, bool skipKey, List<Rendered>? children, bool staticChildren)
    {
        builder.Add("{", start);
        var first = true;
        foreach (var attribute in attributes)
        {
            if (attribute is JSXSpreadAttribute spread)
            {
                builder.Add(first ? " ..." : ", ...", spread.Start);
                builder.Add(_edits.RenderExpression(spread.Argument));
                first = false;
                continue;
            }
            var named = (JSXAttribute)attribute;
            if (skipKey && named.Name is JSXIdentifier { Name: "key" })
                continue;
            builder.Add((first ? " " : ", ") + PropertyName(named.Name) + ": ", named.Start);
            builder.Add(AttributeValue(named));
            first = false;
        }
        if (children is { Count: > 0 })
        {
            builder.Add((first ? " " : ", ") + "children: ", start);
            if (staticChildren)
                builder.Add("[", start);
            for (var i = 0; i < children.Count; i++)
            {
                if (i > 0) builder.Add(", ", start);
                builder.Add(children[i]);
            }
            if (staticChildren)
                builder.Add("]", start);
            first = false;
        }
        builder.Add(first ? "}" : " }", start);
    }

    private Rendered AttributeValue(JSXAttribute attribute)
    {
        switch (attribute.Value)
        {
            case null:
                return new Rendered("true", [new TransformSegment(0, attribute.Start, Copied: false)]);
            case Literal { Kind: LiteralKind.String } text:
                return new Rendered(JsString.Quote(text.StringValue!), [new TransformSegment(0, text.Start, Copied: false)]);
            case JSXExpressionContainer container:
                return _edits.RenderExpression(container.Expression);
            default:
                return _edits.Render(attribute.Value.Start, attribute.Value.End);
        }
    }

    private static string PropertyName(Node name) => name switch
    {
        JSXIdentifier identifier when IsIdentifierName(identifier.Name) => identifier.Name,
        JSXIdentifier identifier => JsString.Quote(identifier.Name),
        JSXNamespacedName namespaced => JsString.Quote(namespaced.Namespace.Name + ":" + namespaced.Name.Name),
        _ => throw new InvalidOperationException("An attribute name that is not one."),
    };

    /// <summary>The element type: a string for an intrinsic element, else the expression naming the component.</summary>
    private string TypeExpression(Node name) => name switch
    {
        JSXIdentifier { Name: "this" } => "this",
        JSXIdentifier identifier when IsIntrinsic(identifier.Name) => JsString.Quote(identifier.Name),
        JSXIdentifier identifier => Rename(identifier),
        JSXNamespacedName namespaced => JsString.Quote(namespaced.Namespace.Name + ":" + namespaced.Name.Name),
        JSXMemberExpression member => ObjectExpression(member.Object) + (IsIdentifierName(member.Property.Name) ? "." + member.Property.Name : "[" + JsString.Quote(member.Property.Name) + "]"),
        _ => throw new InvalidOperationException("An element name that is not one."),
    };

    // The object of a member tag (<a.b />) is always a reference, whatever its case.
    private string ObjectExpression(Node name) => name is JSXIdentifier { Name: not "this" } identifier ? Rename(identifier) : TypeExpression(name);

    // React's rule: a lower-case first letter or a dash makes an intrinsic (host) element.
    private static bool IsIntrinsic(string name) => name.Length > 0 && (char.IsAsciiLetterLower(name[0]) || name.Contains('-'));

    private static bool IsIdentifierName(string name)
    {
        if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] is '_' or '$'))
            return false;
        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '$'))
                return false;
        }
        return true;
    }

    /// <summary>
    /// JSX text as a child, by TypeScript's rule (Babel's differs only in what whitespace is): each
    /// line trimmed of whitespace (but the first line's start and the last line's end), lines with
    /// nothing left dropped, the rest joined by a space, entities decoded after trimming (so
    /// <c>&amp;nbsp;</c> stays); null when nothing is left.
    /// </summary>
    internal static string? CleanText(ReadOnlySpan<char> raw)
    {
        StringBuilder? builder = null;
        string? single = null;
        var firstNonWhitespace = 0;
        var lastNonWhitespace = -1;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                if (firstNonWhitespace != -1 && lastNonWhitespace != -1)
                    AddLine(raw[firstNonWhitespace..(lastNonWhitespace + 1)]);
                firstNonWhitespace = -1;
            }
            else if (!IsSingleLineWhitespace(c))
            {
                lastNonWhitespace = i;
                if (firstNonWhitespace == -1)
                    firstNonWhitespace = i;
            }
        }
        if (firstNonWhitespace != -1)
            AddLine(raw[firstNonWhitespace..]);
        return builder?.ToString() ?? single;

        void AddLine(ReadOnlySpan<char> line)
        {
            var decoded = Parsing.Parser.DecodeJsxEntities(line);
            if (single is null && builder is null)
            {
                single = decoded;
                return;
            }
            builder ??= new StringBuilder(single);
            builder.Append(' ').Append(decoded);
        }
    }

    // TypeScript's isWhiteSpaceSingleLine.
    private static bool IsSingleLineWhitespace(char c) =>
        c is ' ' or '\t' or '\v' or '\f' or '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200B') or '\u202F' or '\u205F' or '\u3000' or '\uFEFF';

    // ---- the automatic runtime's imports ----

    private string Import(string name)
    {
        if (!_imports.Contains(name))
            _imports.Add(name);
        return "_" + name;
    }

    private readonly List<string> _sourceImports = [];

    private string ImportFromSource(string name)
    {
        if (!_sourceImports.Contains(name))
            _sourceImports.Add(name);
        return "_" + name;
    }

    private void AddImports(Program program)
    {
        if (_imports.Count == 0 && _sourceImports.Count == 0 && !_usesFileName)
            return;
        var runtime = _importSource + (_options.JsxDevelopment ? "/jsx-dev-runtime" : "/jsx-runtime");
        var code = new StringBuilder();
        if (program.IsModule)
        {
            if (_imports.Count > 0)
                code.Append("import { ").Append(string.Join(", ", _imports.Select(static name => $"{name} as _{name}"))).Append(" } from ").Append(JsString.Quote(runtime)).Append(";\n");
            if (_sourceImports.Count > 0)
                code.Append("import { ").Append(string.Join(", ", _sourceImports.Select(static name => $"{name} as _{name}"))).Append(" } from ").Append(JsString.Quote(_importSource)).Append(";\n");
        }
        else
        {
            if (_imports.Count > 0)
                code.Append("const { ").Append(string.Join(", ", _imports.Select(static name => $"{name}: _{name}"))).Append(" } = require(").Append(JsString.Quote(runtime)).Append(");\n");
            if (_sourceImports.Count > 0)
                code.Append("const { ").Append(string.Join(", ", _sourceImports.Select(static name => $"{name}: _{name}"))).Append(" } = require(").Append(JsString.Quote(_importSource)).Append(");\n");
        }
        if (_usesFileName)
            code.Append("var _jsxFileName = ").Append(JsString.Quote(_options.FileName ?? "")).Append(";\n");
        _edits.Insert(PrologueEnd(program), code.ToString());
    }

    // After a hashbang and the directive prologue ("use strict"; "use client").
    private int PrologueEnd(Program program)
    {
        var position = 0;
        foreach (var statement in program.Body)
        {
            if (statement is ExpressionStatement { Directive: not null })
                position = statement.End;
            else
                break;
        }
        if (position == 0 && _source.StartsWith("#!", StringComparison.Ordinal))
        {
            var newline = _source.IndexOf('\n');
            position = newline < 0 ? _source.Length : newline + 1;
        }
        return position;
    }
}
