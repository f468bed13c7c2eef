// Follows webpack's getLocalIdent (lib/dependencies/CssIcssExportDependency.js) and
// cssExportConvention (lib/util/conventions.js, from css-loader): the name a CSS module's local
// class, id or keyframes gets in the stylesheet (generator.localIdentName: `[uniqueName]-[id]-[local]`
// in development, `[fullhash]` otherwise), and the names its export takes in JavaScript
// (generator.exportsConvention).

using System.Text;
using Sharpack.Core.Options;

namespace Sharpack.Plugins.Css;

/// <summary>The generator options of a CSS module, with webpack's defaults.</summary>
public sealed record CssGeneratorOptions
{
    /// <summary><c>localIdentName</c>.</summary>
    public string LocalIdentName { get; init; } = "[uniqueName]-[id]-[local]";

    /// <summary><c>localIdentHashSalt</c>.</summary>
    public string? LocalIdentHashSalt { get; init; }

    /// <summary><c>localIdentHashDigest</c> (default <c>base64url</c>).</summary>
    public string LocalIdentHashDigest { get; init; } = "base64url";

    /// <summary><c>localIdentHashDigestLength</c> (default 6).</summary>
    public int LocalIdentHashDigestLength { get; init; } = 6;

    /// <summary><c>localIdentHashFunction</c>, or null for <c>output.hashFunction</c>.</summary>
    public string? LocalIdentHashFunction { get; init; }

    /// <summary><c>exportsConvention</c>: <c>as-is</c>, <c>camel-case</c>, <c>camel-case-only</c>, <c>dashes</c>, <c>dashes-only</c>.</summary>
    public string ExportsConvention { get; init; } = "as-is";

    /// <summary><c>exportsConvention</c> as a configuration function, or null.</summary>
    public JsFunction? ExportsConventionFunction { get; init; }

    /// <summary><c>exportsOnly</c>: the module's JavaScript exports its names and no stylesheet is written (server builds).</summary>
    public bool ExportsOnly { get; init; }

    /// <summary><c>esModule</c>: the exports object is an ES module namespace.</summary>
    public bool EsModule { get; init; } = true;
}

/// <summary>Local identifiers and export names of CSS modules.</summary>
public static class CssLocalIdent
{
    /// <summary>
    /// The local identifier of <paramref name="local"/> in the module at <paramref name="relativePath"/>
    /// (<c>./src/a.module.css</c>) with id <paramref name="moduleId"/>, before CSS escaping.
    /// </summary>
    public static string Create(string local, string relativePath, string moduleId, string contentHash, CssGeneratorOptions generator, OutputOptions output)
    {
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(relativePath);
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(output);
        var template = generator.LocalIdentName;
        string? hash = null, fullHash = null;
        if (template.Contains("hash]", StringComparison.Ordinal) || template.Contains("hash:", StringComparison.Ordinal))
        {
            var hasher = generator.LocalIdentHashFunction is { } function
                ? Core.Hashing.Hash.Create(function) ?? throw new InvalidOperationException($"Unknown localIdentHashFunction '{function}'.")
                : Core.Hashing.Hash.CreateUnsalted(output);
            if ((generator.LocalIdentHashSalt ?? output.HashSalt) is { Length: > 0 } salt)
                hasher.Append(salt);
            if (output.UniqueName.Length > 0)
                hasher.Append(output.UniqueName);
            hasher.Append(relativePath);
            hasher.Append(local);
            fullHash = hasher.Digest(generator.LocalIdentHashDigest);
            hash = fullHash.Length > generator.LocalIdentHashDigestLength ? fullHash[..generator.LocalIdentHashDigestLength] : fullHash;
        }
        Core.ModuleGraph.Module.ParseResource(relativePath, out var file, out var query, out var fragment);
        var slash = file.LastIndexOf('/');
        var baseName = file[(slash + 1)..];
        var dot = baseName.LastIndexOf('.');
        var ext = dot > 0 ? baseName[dot..] : "";
        var name = baseName[..(baseName.Length - ext.Length)];
        var path = file[..(slash + 1)];
        var result = Core.Seal.PathPlaceholders.Replace(template, (key, argument, hasArgument) =>
        {
            var value = key switch
            {
                "local" => local,
                "uniqueName" or "uniquename" => output.UniqueName,
                "id" => PrepareId(moduleId),
                "name" => name,
                "ext" => ext,
                "path" => path,
                "file" => file,
                "base" => baseName,
                "query" => query,
                "fragment" => fragment,
                "hash" or "fullhash" => hasArgument ? fullHash : hash,
                "contenthash" => contentHash,
                _ => null,
            };
            if (value is null || !hasArgument || !key.Contains("hash", StringComparison.Ordinal))
                return value;
            var length = Core.Seal.PathPlaceholders.Length(argument);
            return length < 0 ? null : length < value.Length ? value[..length] : value;
        });
        // Protects the first character: a digit or `--` cannot start a class name.
        if (result.Length > 0 && (char.IsAsciiDigit(result[0]) || (result[0] == '-' && result.Length > 1 && (char.IsAsciiDigit(result[1]) || result[1] == '-'))))
            result = "_" + result;
        return result;
    }

    // webpack's prepareLocalIdentId: leading characters that cannot start a name go, the others that
    // cannot be in one become `_` (`@` stays: it is in scoped package names).
    private static string PrepareId(string id)
    {
        var start = 0;
        while (start < id.Length && !(char.IsAsciiLetterOrDigit(id[start]) || id[start] == '_'))
            start++;
        var builder = new StringBuilder(id.Length - start);
        var inInvalid = false;
        for (var i = start; i < id.Length; i++)
        {
            var c = id[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '@' or '_' or '-')
            {
                builder.Append(c);
                inInvalid = false;
            }
            else if (!inInvalid)
            {
                builder.Append('_');
                inInvalid = true;
            }
        }
        return builder.ToString();
    }

    /// <summary>webpack's escapeIdentifier: <paramref name="identifier"/> as a CSS identifier token.</summary>
    public static string Escape(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        StringBuilder? builder = null;
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            var plain = c >= 0x80 || char.IsAsciiLetterOrDigit(c) || c is '_' or '-';
            if (plain)
            {
                builder?.Append(c);
                continue;
            }
            builder ??= new StringBuilder(identifier, 0, i, identifier.Length + 8);
            if (c < 0x20 || c == 0x7f)
            {
                builder.Append('\\').Append(((int)c).ToString("X", System.Globalization.CultureInfo.InvariantCulture));
                // A space ends the hex escape only where a hex digit or space follows.
                if (i + 1 < identifier.Length && (char.IsAsciiHexDigit(identifier[i + 1]) || identifier[i + 1] == ' '))
                    builder.Append(' ');
            }
            else
            {
                builder.Append('\\').Append(c);
            }
        }
        var output = builder?.ToString() ?? identifier;
        if (identifier.Length > 1 && identifier[0] == '-' && (identifier[1] == '-' || char.IsAsciiDigit(identifier[1])))
            return "\\-" + output[1..];
        if (identifier.Length > 0 && char.IsAsciiDigit(identifier[0]))
            return "\\3" + identifier[0] + (output.Length > 1 && (char.IsAsciiHexDigit(output[1]) || output[1] == ' ') ? " " : "") + output[1..];
        return output;
    }

    /// <summary>webpack's cssExportConvention for a named convention: the export names of <paramref name="name"/>.</summary>
    public static IReadOnlyList<string> ExportNames(string name, string convention)
    {
        ArgumentNullException.ThrowIfNull(name);
        switch (convention)
        {
            case "camel-case":
                {
                    var camel = CamelCase(name);
                    return camel == name ? [name] : [name, camel];
                }
            case "camel-case-only":
                return [CamelCase(name)];
            case "dashes":
                {
                    var dashes = DashesCamelCase(name);
                    return dashes == name ? [name] : [name, dashes];
                }
            case "dashes-only":
                return [DashesCamelCase(name)];
            default:
                return [name];
        }
    }

    /// <summary>css-loader's dashesCamelCase: <c>-+(\w)</c> becomes the letter upper-cased.</summary>
    public static string DashesCamelCase(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var builder = new StringBuilder(input.Length);
        for (var i = 0; i < input.Length; i++)
        {
            if (input[i] == '-')
            {
                var j = i;
                while (j < input.Length && input[j] == '-')
                    j++;
                if (j < input.Length && (char.IsAsciiLetterOrDigit(input[j]) || input[j] == '_'))
                {
                    builder.Append(char.ToUpperInvariant(input[j]));
                    i = j;
                    continue;
                }
                builder.Append(input, i, j - i);
                i = j - 1;
                continue;
            }
            builder.Append(input[i]);
        }
        return builder.ToString();
    }

    /// <summary>css-loader's camelCase.</summary>
    public static string CamelCase(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var result = input.Trim();
        if (result.Length == 0)
            return "";
        if (result.Length == 1)
            return result.ToLowerInvariant();
        if (result != result.ToLowerInvariant())
            result = PreserveCamelCase(result);
        var start = 0;
        while (start < result.Length && result[start] is '_' or '.' or '-' or ' ')
            start++;
        result = result[start..].ToLowerInvariant();
        var builder = new StringBuilder(result.Length);
        for (var i = 0; i < result.Length; i++)
        {
            var c = result[i];
            if (c is '_' or '.' or '-' or ' ')
            {
                var j = i;
                while (j < result.Length && result[j] is '_' or '.' or '-' or ' ')
                    j++;
                if (j == result.Length)
                    break;
                if (char.IsLetterOrDigit(result[j]) || result[j] == '_')
                {
                    builder.Append(char.ToUpperInvariant(result[j]));
                    i = j;
                    continue;
                }
                i = j - 1;
                continue;
            }
            builder.Append(c);
        }
        // \d+([\p{Alpha}\p{N}_]|$): the letter after a run of digits is upper-cased.
        for (var i = 1; i < builder.Length; i++)
        {
            if (char.IsAsciiDigit(builder[i - 1]) && char.IsLetter(builder[i]))
                builder[i] = char.ToUpperInvariant(builder[i]);
        }
        return builder.ToString();
    }

    private static string PreserveCamelCase(string input)
    {
        var result = new StringBuilder(input);
        bool lastLower = false, lastUpper = false, lastLastUpper = false;
        for (var i = 0; i < result.Length; i++)
        {
            var c = result[i];
            if (lastLower && char.IsUpper(c))
            {
                result.Insert(i, '-');
                lastLower = false;
                lastLastUpper = lastUpper;
                lastUpper = true;
                i++;
            }
            else if (lastUpper && lastLastUpper && char.IsLower(c))
            {
                result.Insert(i - 1, '-');
                lastLastUpper = lastUpper;
                lastUpper = false;
                lastLower = true;
            }
            else
            {
                lastLower = char.ToLowerInvariant(c) == c && char.ToUpperInvariant(c) != c;
                lastLastUpper = lastUpper;
                lastUpper = char.ToUpperInvariant(c) == c && char.ToLowerInvariant(c) != c;
            }
        }
        return result.ToString();
    }
}
