// Text going back into an attribute value of a page (inline CSS, an <iframe srcdoc> document):
// webpack's escapeAttrChar, `&`, `"` and `'` as references, so the value is the same text under
// either quote.

using System.Text;

namespace Sharpack.Html;

/// <summary>Escapes text for where it goes in a page.</summary>
public static class HtmlEscape
{
    /// <summary><paramref name="text"/> with <c>&amp;</c>, <c>"</c> and <c>'</c> as character references.</summary>
    public static string AttributeValue(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny("&\"'") < 0)
            return text.ToString();
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }
}
