// webpack's getScheme (lib/util/URLAbsoluteSpecifier.js): whether a specifier starts with a URL
// scheme, a letter then letters, digits, "+" or "-" up to a colon; a lone letter before a colon
// and a separator (or nothing) is a Windows drive, not a scheme.

namespace Sharpack.Core.CodeGeneration;

/// <summary>Reads URL schemes as webpack does.</summary>
public static class UrlSchemes
{
    /// <summary>Whether <paramref name="specifier"/> starts with a scheme (<c>https:</c>, <c>data:</c>, <c>node:</c>).</summary>
    public static bool Has(ReadOnlySpan<char> specifier)
    {
        if (specifier.Length == 0 || !char.IsAsciiLetter(specifier[0]))
            return false;
        var i = 1;
        while (i < specifier.Length && (char.IsAsciiLetterOrDigit(specifier[i]) || specifier[i] is '+' or '-'))
            i++;
        if (i >= specifier.Length || specifier[i] != ':')
            return false;
        if (i == 1)
        {
            var next = i + 1 < specifier.Length ? specifier[i + 1] : '\0';
            if (next is '\0' or '\\' or '/' or '#' or '?')
                return false;
        }
        return true;
    }
}
