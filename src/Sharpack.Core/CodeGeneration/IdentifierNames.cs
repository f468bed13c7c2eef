// Follows webpack's Template.numberToIdentifier: the n-th shortest JavaScript identifier, for
// names the bundler makes up (mangled exports): a-z A-Z _ $ first, then two characters with
// digits allowed after the first, and so on; and Template.toIdentifier, an identifier made of
// any text (a chunk loading global's name, a concatenated module's renamed bindings).

namespace Sharpack.Core.CodeGeneration;

/// <summary>Identifiers made up as webpack makes them: numbered, or from text.</summary>
public static class IdentifierNames
{
    /// <summary>How many characters may start an identifier here (a-z A-Z _ $).</summary>
    public const int StartChars = 26 * 2 + 2;

    /// <summary>How many characters may continue one (a-z A-Z _ $ 0-9).</summary>
    public const int ContinuationChars = StartChars + 10;

    /// <summary>The identifier number <paramref name="n"/> (0 is <c>a</c>, 53 is <c>$</c>, 54 is <c>aa</c>).</summary>
    public static string FromNumber(long n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var builder = new System.Text.StringBuilder();
        builder.Append(StartChar((int)(n % StartChars)));
        if (n >= StartChars)
            AppendContinuation(builder, n / StartChars);
        return builder.ToString();
    }

    private static char StartChar(int n) => n switch
    {
        < 26 => (char)('a' + n),
        < 52 => (char)('A' + n - 26),
        52 => '_',
        _ => '$',
    };

    // webpack's numberToIdentifierContinuation: the low digit first, then the rest.
    private static void AppendContinuation(System.Text.StringBuilder builder, long n)
    {
        while (true)
        {
            var digit = (int)(n % ContinuationChars);
            builder.Append(digit switch
            {
                < 26 => (char)('a' + digit),
                < 52 => (char)('A' + digit - 26),
                < 62 => (char)('0' + digit - 52),
                62 => '_',
                _ => '$',
            });
            if (n < ContinuationChars)
                return;
            n /= ContinuationChars;
        }
    }

    /// <summary>
    /// webpack's Template.toIdentifier: a leading character that cannot start an identifier gets a
    /// "_" before it, and every run of characters other than ASCII letters, digits and <c>$</c>
    /// becomes one "_".
    /// </summary>
    public static string FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
            return "";
        if (IsPlainIdentifier(text))
            return text;
        // The "_" put before a non-identifier start joins the run that character starts.
        var inRun = !(char.IsAsciiLetter(text[0]) || text[0] is '$' or '_');
        var builder = new System.Text.StringBuilder(text.Length + 1);
        if (inRun)
            builder.Append('_');
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '$')
            {
                builder.Append(c);
                inRun = false;
            }
            else if (!inRun)
            {
                builder.Append('_');
                inRun = true;
            }
        }
        return builder.ToString();
    }

    // PERF: most texts are identifiers already (a file name, a binding's name): nothing to build.
    // (A run of "_" is one "_" in the result, so it is not one of them.)
    private static bool IsPlainIdentifier(string text)
    {
        if (!(char.IsAsciiLetter(text[0]) || text[0] is '$' or '_'))
            return false;
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            // A run of "_" is one "_" in the result.
            if (!(char.IsAsciiLetterOrDigit(c) || c == '$' || (c == '_' && text[i - 1] != '_')))
                return false;
        }
        return true;
    }
}
