// WHATWG HTML §4.8.4.3.10 "parse a srcset attribute": the image candidates' URLs with where they
// are in the value (what a build rewrites), the descriptors checked as the standard checks them,
// and webpack's messages for what it rejects ("Invalid srcset descriptor found in '…' at '…'",
// "Must contain one or more image candidate strings").

namespace Sharpack.Html;

/// <summary>An image candidate of a <c>srcset</c>: its URL and where the URL is in the value.</summary>
/// <param name="Url">The URL as written.</param>
/// <param name="Start">Where it starts in the value.</param>
/// <param name="End">Where it ends (exclusive).</param>
public readonly record struct HtmlSrcsetCandidate(string Url, int Start, int End);

/// <summary>Parses <c>srcset</c> and <c>imagesrcset</c> values.</summary>
public static class HtmlSrcset
{
    /// <summary>The candidates of <paramref name="input"/>; false with the message when it is not a valid srcset.</summary>
    public static bool TryParse(string input, out List<HtmlSrcsetCandidate> candidates, out string? error)
    {
        ArgumentNullException.ThrowIfNull(input);
        candidates = [];
        error = null;
        var position = 0;
        var descriptors = new List<string>();
        while (true)
        {
            // Splitting loop: skip spaces and commas.
            while (position < input.Length && (IsSpace(input[position]) || input[position] == ','))
                position++;
            if (position >= input.Length)
            {
                if (candidates.Count == 0)
                {
                    error = "Must contain one or more image candidate strings";
                    return false;
                }
                return true;
            }
            var start = position;
            while (position < input.Length && !IsSpace(input[position]))
                position++;
            var url = input[start..position];
            descriptors.Clear();
            if (url.EndsWith(','))
                url = url.TrimEnd(',');
            else
                position = TokenizeDescriptors(input, position, descriptors);
            if (!CheckDescriptors(descriptors, out var bad))
            {
                error = $"Invalid srcset descriptor found in '{input}' at '{bad}'";
                return false;
            }
            candidates.Add(new HtmlSrcsetCandidate(url, start, start + url.Length));
        }
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    // The descriptor tokenizer: descriptors up to the next comma outside parentheses (or the end).
    private static int TokenizeDescriptors(string input, int position, List<string> descriptors)
    {
        while (position < input.Length && IsSpace(input[position]))
            position++;
        var current = -1;
        var inParens = false;
        var afterDescriptor = false;
        for (; ; position++)
        {
            var end = position >= input.Length;
            var c = end ? '\0' : input[position];
            if (inParens)
            {
                if (end)
                {
                    descriptors.Add(input[current..position]);
                    return position;
                }
                if (c == ')')
                    inParens = false;
                continue;
            }
            if (afterDescriptor)
            {
                if (end)
                    return position;
                if (IsSpace(c))
                    continue;
                afterDescriptor = false;
                position--;
                continue;
            }
            if (end)
            {
                if (current >= 0)
                    descriptors.Add(input[current..position]);
                return position;
            }
            if (IsSpace(c))
            {
                if (current >= 0)
                {
                    descriptors.Add(input[current..position]);
                    current = -1;
                    afterDescriptor = true;
                }
            }
            else if (c == ',')
            {
                if (current >= 0)
                    descriptors.Add(input[current..position]);
                return position + 1;
            }
            else
            {
                if (current < 0)
                    current = position;
                if (c == '(')
                    inParens = true;
            }
        }
    }

    // The descriptor parser: at most one of a width (`100w`) or a density (`2x`), an optional
    // height (`50h`, with a width); the one that breaks the rules is returned.
    private static bool CheckDescriptors(List<string> descriptors, out string? bad)
    {
        bad = null;
        // Zero counts as absent, as in webpack's (JavaScript truthiness) checks.
        double width = 0, density = 0, height = 0;
        var error = false;
        foreach (var descriptor in descriptors)
        {
            bad = descriptor;
            var last = descriptor[^1];
            var value = descriptor[..^1];
            if (last == 'w' && IsNonNegativeInteger(value))
            {
                error |= width != 0 || density != 0;
                var parsed = double.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                if (parsed == 0)
                    error = true;
                else
                    width = parsed;
            }
            else if (last == 'x' && IsFloatingPoint(value))
            {
                error |= width != 0 || density != 0 || height != 0;
                var parsed = double.Parse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
                if (parsed < 0)
                    error = true;
                else
                    density = parsed;
            }
            else if (last == 'h' && IsNonNegativeInteger(value))
            {
                error |= height != 0 || density != 0;
                var parsed = double.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                if (parsed == 0)
                    error = true;
                else
                    height = parsed;
            }
            else
            {
                error = true;
            }
        }
        return !error;
    }

    private static bool IsNonNegativeInteger(string value) => value.Length > 0 && value.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;

    // A valid floating-point number: -?(digits | digits? . digits)([eE][+-]?digits)?
    private static bool IsFloatingPoint(string value)
    {
        var i = 0;
        if (i < value.Length && value[i] == '-')
            i++;
        var integer = i;
        while (i < value.Length && char.IsAsciiDigit(value[i]))
            i++;
        var hasInteger = i > integer;
        if (i < value.Length && value[i] == '.')
        {
            i++;
            var fraction = i;
            while (i < value.Length && char.IsAsciiDigit(value[i]))
                i++;
            if (i == fraction)
                return false;
        }
        else if (!hasInteger)
        {
            return false;
        }
        if (i < value.Length && value[i] is 'e' or 'E')
        {
            i++;
            if (i < value.Length && value[i] is '+' or '-')
                i++;
            var exponent = i;
            while (i < value.Length && char.IsAsciiDigit(value[i]))
                i++;
            if (i == exponent)
                return false;
        }
        return i == value.Length;
    }
}
