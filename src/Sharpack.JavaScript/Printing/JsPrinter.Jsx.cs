// JSX, printed as written: text and attribute strings come from the source unchanged (their
// entities and whitespace are meaningful), names are not renamed.

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Printing;

public sealed partial class JsPrinter
{
    private void PrintJsx(Node node)
    {
        Map(node.Start);
        switch (node)
        {
            case JSXElement element:
                {
                    var opening = element.OpeningElement;
                    Token("<");
                    PrintJsxName(opening.Name);
                    foreach (var attribute in opening.Attributes)
                    {
                        // Attributes are separated even after a string or an expression: `<a b="" c>`.
                        Append(' ');
                        if (attribute is JSXSpreadAttribute spread)
                        {
                            Append("{...");
                            PrintExpression(spread.Argument, Level.Assign, Flags.None);
                            Token("}");
                            continue;
                        }
                        var jsxAttribute = (JSXAttribute)attribute;
                        PrintJsxName(jsxAttribute.Name);
                        if (jsxAttribute.Value is { } value)
                        {
                            Append('=');
                            PrintJsxChild(value);
                        }
                    }
                    if (opening.SelfClosing)
                    {
                        Append("/>");
                        break;
                    }
                    Append('>');
                    foreach (var child in element.Children)
                        PrintJsxChild(child);
                    Append("</");
                    PrintJsxName(element.ClosingElement!.Name);
                    Append('>');
                    break;
                }
            case JSXFragment fragment:
                Token("<>");
                foreach (var child in fragment.Children)
                    PrintJsxChild(child);
                Append("</>");
                break;
            default:
                throw new NotSupportedException($"Cannot print a {node.Type} as JSX.");
        }
        _afterRegExp = false;
    }

    private void PrintJsxChild(Node child)
    {
        switch (child)
        {
            case JSXText text:
                Append(_source.AsSpan(text.Start, text.End - text.Start));
                break;
            case Literal literal:
                // An attribute's string: JSX strings have no escapes, so the source spelling is the value.
                Append(_source.AsSpan(literal.Start, literal.End - literal.Start));
                break;
            case JSXExpressionContainer container:
                Append('{');
                if (container.Expression is not JSXEmptyExpression)
                    PrintExpression(container.Expression, Level.Lowest, Flags.None);
                Append('}');
                break;
            case JSXSpreadChild spread:
                Append("{...");
                PrintExpression(spread.Expression, Level.Lowest, Flags.None);
                Append('}');
                break;
            case JSXElement or JSXFragment:
                PrintJsx(child);
                break;
            default:
                throw new NotSupportedException($"Cannot print a {child.Type} in JSX.");
        }
    }

    private void PrintJsxName(Node name)
    {
        switch (name)
        {
            case JSXIdentifier identifier:
                Append(identifier.Name);
                break;
            case JSXNamespacedName namespaced:
                Append(namespaced.Namespace.Name);
                Append(':');
                Append(namespaced.Name.Name);
                break;
            case JSXMemberExpression member:
                PrintJsxName(member.Object);
                Append('.');
                Append(member.Property.Name);
                break;
            default:
                throw new NotSupportedException($"Cannot print a {name.Type} as a JSX name.");
        }
    }
}
