// Follows webpack lib/util/concatenate.js: the names a concatenated module never gives a
// top-level binding (keywords, globals scripts commonly read, the runtime's own), and how a new
// name is found for a binding whose name is taken: the module's path segments before the name,
// from the file name outward ("a" in ./src/foo.js: foo_a, then src_foo_a), then a number.

using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Sharpack.Core.CodeGeneration;

namespace Sharpack.Plugins.Optimize;

internal static partial class ConcatenationNames
{
    /// <summary>Names always renamed (webpack's RESERVED_NAMES).</summary>
    public static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        ConcatenationScope.DefaultExport, ConcatenationScope.NamespaceObjectExport, "__webpack_modules__", "__webpack_module_cache__",
        // keywords
        "abstract", "arguments", "async", "await", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
        "debugger", "default", "delete", "do", "double", "else", "enum", "eval", "export", "extends", "false", "final", "finally", "float",
        "for", "function", "goto", "if", "implements", "import", "in", "instanceof", "int", "interface", "let", "long", "native", "new", "null",
        "package", "private", "protected", "public", "return", "short", "static", "super", "switch", "synchronized", "this", "throw",
        "throws", "transient", "true", "try", "typeof", "var", "void", "volatile", "while", "with", "yield",
        // commonjs/amd
        "module", "__dirname", "__filename", "exports", "require", "define",
        // js globals
        "Array", "Date", "hasOwnProperty", "Infinity", "isFinite", "isNaN", "isPrototypeOf", "length", "Math",
        "NaN", "name", "Number", "Object", "prototype", "String", "Symbol", "toString", "undefined", "valueOf",
        // browser globals
        "alert", "all", "anchor", "anchors", "area", "assign", "blur", "button", "checkbox", "clearInterval", "clearTimeout",
        "clientInformation", "close", "closed", "confirm", "constructor", "crypto", "decodeURI", "decodeURIComponent",
        "defaultStatus", "document", "element", "elements", "embed", "embeds", "encodeURI", "encodeURIComponent", "escape",
        "event", "fileUpload", "focus", "form", "forms", "frame", "innerHeight", "innerWidth", "layer", "layers", "link", "location",
        "mimeTypes", "navigate", "navigator", "frames", "frameRate", "hidden", "history", "image", "images", "offscreenBuffering",
        "open", "opener", "option", "outerHeight", "outerWidth", "packages", "pageXOffset", "pageYOffset", "parent", "parseFloat",
        "parseInt", "password", "pkcs11", "plugin", "prompt", "propertyIsEnum", "radio", "reset", "screenX", "screenY", "scroll",
        "secure", "select", "self", "setInterval", "setTimeout", "status", "submit", "taint", "text", "textarea", "top", "unescape",
        "untaint", "window",
        // window events
        "onblur", "onclick", "onerror", "onfocus", "onkeydown", "onkeypress", "onkeyup", "onmouseover", "onload", "onmouseup", "onmousedown", "onsubmit",
    };

    // A module's readable name split into the segments new names are built from, once per name.
    private static readonly ConcurrentDictionary<string, string[]> s_segments = new(StringComparer.Ordinal);

    /// <summary>
    /// A name for <paramref name="oldName"/> that neither set holds, built from the segments of
    /// <paramref name="readableName"/> (webpack's findNewName).
    /// </summary>
    public static string FindNewName(string oldName, HashSet<string> used1, HashSet<string>? used2, string readableName)
    {
        var name = oldName switch
        {
            ConcatenationScope.DefaultExport => "",
            ConcatenationScope.NamespaceObjectExport => "namespaceObject",
            _ => oldName,
        };
        var segments = s_segments.GetOrAdd(readableName, static text => UncoolParts().Replace(text, "").Split('/'));
        for (var i = segments.Length - 1; i >= 0; i--)
        {
            name = segments[i] + (name.Length > 0 ? "_" + name : "");
            var identifier = IdentifierNames.FromText(name);
            if (!used1.Contains(identifier) && (used2 is null || !used2.Contains(identifier)))
                return identifier;
        }
        var baseName = IdentifierNames.FromText(name);
        for (var n = 0; ; n++)
        {
            var candidate = baseName + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!used1.Contains(candidate) && (used2 is null || !used2.Contains(candidate)))
                return candidate;
        }
    }

    // webpack's "uncool stuff": leading ./ and ../, an /index.js or .js ending, " + 3 modules".
    [GeneratedRegex(@"\.+/|(?:/index)?\.[a-zA-Z0-9]{1,4}(?:$|\s|\?)|\s*\+\s*\d+\s*modules")]
    private static partial Regex UncoolParts();
}
