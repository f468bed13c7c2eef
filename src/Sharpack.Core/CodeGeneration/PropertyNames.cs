// Follows webpack lib/util/property.js: an object key or member access written bare when the name
// is a plain identifier that is not a reserved word, quoted (JSON.stringify) otherwise.

using System.Collections.Frozen;

namespace Sharpack.Core.CodeGeneration;

/// <summary>Writes property names into generated code as webpack does.</summary>
public static class PropertyNames
{
    private static readonly FrozenSet<string> s_reserved = FrozenSet.Create(StringComparer.Ordinal,
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "export", "extends",
        "finally", "for", "function", "if", "import", "in", "instanceof", "new", "return", "super", "switch", "this", "throw", "try",
        "typeof", "var", "void", "while", "with", "enum", "implements", "interface", "let", "package", "private", "protected",
        "public", "static", "yield", "await", "null", "true", "false");

    /// <summary>webpack's RESERVED_IDENTIFIER: a reserved word (or literal) that no binding may be named.</summary>
    public static bool IsReserved(string name) => s_reserved.Contains(name);

    /// <summary>webpack's SAFE_IDENTIFIER and not RESERVED_IDENTIFIER: <c>[_a-zA-Z$][_a-zA-Z$0-9]*</c>, not a reserved word.</summary>
    public static bool IsSafeIdentifier(string name) => IsIdentifierName(name) && !s_reserved.Contains(name);

    /// <summary>
    /// webpack's SAFE_IDENTIFIER, reserved words included: <c>[_a-zA-Z$][_a-zA-Z$0-9]*</c>, a name
    /// that may follow a dot or stand in an import specifier (<c>import { default as x }</c>).
    /// </summary>
    public static bool IsIdentifierName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
            return false;
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '$'))
                return false;
        }
        return true;
    }

    /// <summary>webpack's propertyName: the key of an object literal (<c>a</c>, <c>"a-b"</c>).</summary>
    public static string Key(string name) => IsSafeIdentifier(name) ? name : CodeGenerationContext.JsonString(name);

    /// <summary>webpack's propertyAccess for one name: <c>.a</c> or <c>["a-b"]</c>.</summary>
    public static string Access(string name) =>
        IsCanonicalNumber(name) ? "[" + name + "]"
        : IsSafeIdentifier(name) ? "." + name
        : "[" + CodeGenerationContext.JsonString(name) + "]";

    // `${Number(name)}` === name (only a digit, "-", "N" or "I" can start one): read as a number key.
    private static bool IsCanonicalNumber(string name) =>
        name.Length > 0 && (char.IsAsciiDigit(name[0]) || name[0] is '-' or 'N' or 'I')
        && double.TryParse(name, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number)
        && Sharpack.JavaScript.JsNumber.ToString(number) == name;

    /// <summary>webpack's propertyAccess: <paramref name="path"/> from <paramref name="start"/> up to <paramref name="end"/> (its end when null) read as properties (<c>.a["b-c"]</c>).</summary>
    public static string Access(IReadOnlyList<string> path, int start = 0, int? end = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stop = end ?? path.Count;
        if (stop - start == 1)
            return Access(path[start]);
        var builder = new System.Text.StringBuilder();
        for (var i = start; i < stop; i++)
            builder.Append(Access(path[i]));
        return builder.ToString();
    }
}
