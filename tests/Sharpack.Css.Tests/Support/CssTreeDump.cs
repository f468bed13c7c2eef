// A canonical text form of a parsed stylesheet, for comparing trees: rules and declarations
// nested by indentation, component values as kind:decoded-value, whitespace runs as one WS and
// none at the ends of a prelude or value (the printer writes them so).

using System.Globalization;
using System.Text;
using Sharpack.Css;

namespace Sharpack.Css.Tests.Support;

internal static class CssTreeDump
{
    public static string Dump(CssStylesheet sheet)
    {
        var text = new StringBuilder();
        Nodes(sheet, sheet.Rules, 0, text);
        return text.ToString();
    }

    private static void Nodes(CssStylesheet sheet, List<CssNode> nodes, int depth, StringBuilder text)
    {
        foreach (var node in nodes)
        {
            text.Append(' ', depth * 2);
            switch (node)
            {
                case CssQualifiedRule rule:
                    text.Append("rule ").Append(Values(sheet, rule.Prelude)).Append('\n');
                    Nodes(sheet, rule.Block, depth + 1, text);
                    break;
                case CssAtRule atRule:
                    text.Append('@').Append(atRule.Name).Append(' ').Append(Values(sheet, atRule.Prelude)).Append(atRule.Block is null ? ";" : " {").Append('\n');
                    if (atRule.Block is { } block)
                        Nodes(sheet, block, depth + 1, text);
                    break;
                case CssDeclaration declaration:
                    text.Append(declaration.Name).Append(": ").Append(Values(sheet, declaration.Value)).Append(declaration.Important ? " !important" : "").Append('\n');
                    break;
            }
        }
    }

    public static string Values(CssStylesheet sheet, CssTokenRange range)
    {
        var parts = new List<string>();
        for (var i = range.Start; i < range.End; i++)
        {
            var token = sheet.Tokens[i];
            var part = token.Kind switch
            {
                CssTokenKind.Whitespace => "WS",
                CssTokenKind.Number or CssTokenKind.Percentage => $"{token.Kind}:{token.Number.ToString("R", CultureInfo.InvariantCulture)}{(token.IsInteger ? "i" : "n")}",
                CssTokenKind.Dimension => $"Dimension:{token.Number.ToString("R", CultureInfo.InvariantCulture)}{(token.IsInteger ? "i" : "n")}:{sheet.Value(i)}",
                CssTokenKind.Hash => $"Hash:{sheet.Value(i)}{((token.Flags & CssTokenFlags.HashId) != 0 ? ":id" : "")}",
                _ => $"{token.Kind}:{sheet.Value(i)}",
            };
            if (part == "WS" && (parts.Count == 0 || parts[^1] == "WS"))
                continue;
            parts.Add(part);
        }
        while (parts.Count > 0 && parts[^1] == "WS")
            parts.RemoveAt(parts.Count - 1);
        return string.Join(" ", parts);
    }
}
