// Follows webpack's Template.numberToIdentifier: the n-th shortest JavaScript identifier, for
// names the bundler makes up (mangled exports): a-z A-Z _ $ first, then two characters with
// digits allowed after the first, and so on.

namespace Sharpack.Core.CodeGeneration;

/// <summary>Short identifiers numbered as webpack numbers them.</summary>
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
}
