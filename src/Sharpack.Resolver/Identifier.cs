// Follows enhanced-resolve lib/util/identifier.js: splits "path?query#fragment". A `#` at the very
// start belongs to the path (an internal `#import` specifier), and `\0` escapes a `?` or `#` that
// is part of the path.

namespace Sharpack.Resolver;

/// <summary>Splits a request into path, query and fragment.</summary>
internal static class Identifier
{
    /// <summary>Returns false only for an empty identifier.</summary>
    public static bool TryParse(string identifier, out string path, out string query, out string fragment)
    {
        path = query = fragment = "";
        if (identifier.Length == 0) return false;
        if (identifier.Contains('\0')) return ParseEscaped(identifier, out path, out query, out fragment);

        var queryStart = identifier.IndexOf('?');
        var fragmentStart = identifier.Length > 1 ? identifier.IndexOf('#', 1) : -1;
        if (fragmentStart < 0)
        {
            if (queryStart < 0)
            {
                path = identifier;
                return true;
            }
            path = identifier[..queryStart];
            query = identifier[queryStart..];
            return true;
        }
        if (queryStart < 0 || fragmentStart < queryStart)
        {
            path = identifier[..fragmentStart];
            fragment = identifier[fragmentStart..];
            return true;
        }
        path = identifier[..queryStart];
        query = identifier[queryStart..fragmentStart];
        fragment = identifier[fragmentStart..];
        return true;
    }

    // The regex path of identifier.js: /^(#?(?:\0.|[^?#\0])*)(\?(?:\0.|[^#\0])*)?(#.*)?$/ with
    // the escapes removed from path and query.
    private static bool ParseEscaped(string s, out string path, out string query, out string fragment)
    {
        path = query = fragment = "";
        var i = 0;
        var builder = new System.Text.StringBuilder();
        if (i < s.Length && s[i] == '#') builder.Append(s[i++]);
        while (i < s.Length && s[i] is not ('?' or '#'))
        {
            if (s[i] == '\0')
            {
                if (i + 1 >= s.Length) return false;
                builder.Append(s[i + 1]);
                i += 2;
                continue;
            }
            builder.Append(s[i++]);
        }
        path = builder.ToString();
        if (i < s.Length && s[i] == '?')
        {
            builder.Clear();
            while (i < s.Length && s[i] != '#')
            {
                if (s[i] == '\0')
                {
                    if (i + 1 >= s.Length) return false;
                    builder.Append(s[i + 1]);
                    i += 2;
                    continue;
                }
                builder.Append(s[i++]);
            }
            query = builder.ToString();
        }
        if (i < s.Length) fragment = s[i..];
        return true;
    }
}
