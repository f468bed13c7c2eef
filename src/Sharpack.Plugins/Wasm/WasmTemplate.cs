// The few pieces of webpack's Template the WebAssembly code is written with, so that it comes out
// as webpack's does: indent (a tab before every line that is not empty) and asString (lines joined).

using System.Text;

namespace Sharpack.Plugins.Wasm;

internal static class WasmTemplate
{
    /// <summary>webpack's Template.indent of a string: trailing space trimmed, a tab before each non-empty line.</summary>
    public static string Indent(string text)
    {
        text = text.TrimEnd();
        if (text.Length == 0)
            return "";
        var builder = new StringBuilder(text.Length + 16);
        if (text[0] != '\n')
            builder.Append('\t');
        for (var i = 0; i < text.Length; i++)
        {
            builder.Append(text[i]);
            if (text[i] == '\n' && i + 1 < text.Length && text[i + 1] != '\n')
                builder.Append('\t');
        }
        return builder.ToString();
    }

    /// <summary>webpack's Template.indent of lines: each indented, joined by new lines.</summary>
    public static string Indent(params string[] lines)
    {
        var indented = new string[lines.Length];
        for (var i = 0; i < lines.Length; i++)
            indented[i] = Indent(lines[i]);
        return string.Join('\n', indented);
    }

    /// <summary>webpack's Template.asString of lines.</summary>
    public static string Lines(params string[] lines) => string.Join('\n', lines);

    /// <summary>webpack's runtimeTemplate.basicFunction: <paramref name="body"/> indented in a block, an arrow function where the environment has them.</summary>
    public static string Function(string parameters, string body, bool arrows) =>
        Runtime.FunctionSyntax.Head(parameters, arrows) + "{\n" + Indent(body) + "\n}";
}
