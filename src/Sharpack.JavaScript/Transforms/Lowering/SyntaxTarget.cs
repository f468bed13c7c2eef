// Which syntax a target runs: an ECMAScript edition (`es2017`, SWC's `jsc.target`) or engines with
// versions (`chrome 80`, `node 14.17`, browserslist queries that name versions). The versions each
// engine first ran a feature in are compat-table's (as esbuild and Babel read it); a feature any
// engine of the target lacks is lowered.

using System.Globalization;

namespace Sharpack.JavaScript.Transforms;

/// <summary>The syntax features a target lacks.</summary>
public static class SyntaxTarget
{
    private enum Engine { Chrome, Edge, Firefox, Safari, Ios, Node, Opera, Deno }

    private readonly record struct Version(int Major, int Minor, int Patch) : IComparable<Version>
    {
        public int CompareTo(Version other) =>
            Major != other.Major ? Major.CompareTo(other.Major) : Minor != other.Minor ? Minor.CompareTo(other.Minor) : Patch.CompareTo(other.Patch);
    }

    // Per feature: the edition, then the first version of chrome, edge, firefox, safari, ios, node, opera, deno.
    private static readonly (SyntaxFeatures Feature, int Edition, Version[] Engines)[] s_table =
    [
        (SyntaxFeatures.ExponentOperator, 2016, [V(52), V(14), V(52), V(10, 1), V(10, 3), V(7), V(39), V(1)]),
        (SyntaxFeatures.ObjectRestSpread, 2018, [V(60), V(79), V(55), V(11, 1), V(11, 3), V(8, 3), V(47), V(1)]),
        (SyntaxFeatures.OptionalCatchBinding, 2019, [V(66), V(79), V(58), V(11, 1), V(11, 3), V(10), V(53), V(1)]),
        (SyntaxFeatures.OptionalChain, 2020, [V(91), V(91), V(74), V(13, 1), V(13, 4), V(16, 1), V(77), V(1, 9)]),
        (SyntaxFeatures.NullishCoalescing, 2020, [V(80), V(80), V(72), V(13, 1), V(13, 4), V(14), V(67), V(1)]),
        (SyntaxFeatures.LogicalAssignment, 2021, [V(85), V(85), V(79), V(14), V(14), V(15), V(71), V(1, 2)]),
        (SyntaxFeatures.NumericSeparator, 2021, [V(75), V(79), V(70), V(13), V(13), V(12, 5), V(62), V(1)]),
        (SyntaxFeatures.ClassField, 2022, [V(73), V(79), V(69), V(14), V(14), V(12), V(60), V(1)]),
        (SyntaxFeatures.ClassStaticField, 2022, [V(73), V(79), V(75), V(14, 1), V(14, 5), V(12), V(60), V(1)]),
        (SyntaxFeatures.ClassPrivateField, 2022, [V(84), V(84), V(90), V(14, 1), V(14, 5), V(14, 6), V(70), V(1)]),
        (SyntaxFeatures.ClassPrivateMethod, 2022, [V(84), V(84), V(90), V(15), V(15), V(14, 6), V(70), V(1)]),
        (SyntaxFeatures.ClassPrivateBrandCheck, 2022, [V(91), V(91), V(90), V(15), V(15), V(16, 4), V(77), V(1, 9)]),
        (SyntaxFeatures.ClassStaticBlock, 2022, [V(91), V(94), V(93), V(16, 4), V(16, 4), V(16, 11), V(80), V(1, 14)]),
    ];

    // Samsung Internet's versions and the Chromium each is built on.
    private static readonly (int Samsung, int Chrome)[] s_samsung =
    [
        (5, 51), (6, 56), (7, 59), (8, 63), (9, 67), (10, 71), (11, 75), (12, 79), (13, 83), (14, 87), (15, 90), (16, 92),
        (17, 96), (18, 99), (19, 102), (20, 106), (21, 110), (22, 111), (23, 115), (24, 117), (25, 121), (26, 122), (27, 125),
    ];

    private static Version V(int major, int minor = 0) => new(major, minor, 0);

    /// <summary>The features an ECMAScript edition lacks: <paramref name="edition"/> is a year (2017) or an edition number (5, 6…); 3 and 5 lack them all.</summary>
    public static SyntaxFeatures ForEcmaScript(int edition)
    {
        if (edition >= 6 && edition < 1000)
            edition += 2009;
        var lacking = SyntaxFeatures.None;
        foreach (var (feature, year, _) in s_table)
        {
            if (edition < year)
                lacking |= feature;
        }
        return lacking;
    }

    /// <summary>
    /// The features an ECMAScript target name lacks (<c>es5</c>, <c>es2017</c>, <c>ES2020</c>, <c>esnext</c>), or null
    /// when <paramref name="name"/> is not one.
    /// </summary>
    public static SyntaxFeatures? ForEcmaScript(string name)
    {
        if (name.Length < 3 || !name.StartsWith("es", StringComparison.OrdinalIgnoreCase))
            return null;
        if (name.Equals("esnext", StringComparison.OrdinalIgnoreCase))
            return SyntaxFeatures.None;
        return int.TryParse(name.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var edition) ? ForEcmaScript(edition) : null;
    }

    /// <summary>
    /// The features that an engine at a version lacks (<c>chrome</c>, <c>edge</c>, <c>firefox</c>, <c>safari</c>, <c>ios</c>,
    /// <c>node</c>, <c>opera</c>, <c>deno</c>, <c>samsung</c>, and browserslist's names for them), or null for an engine
    /// Sharpack has no data for. Internet Explorer lacks them all.
    /// </summary>
    public static SyntaxFeatures? ForEngine(string name, string version)
    {
        if (!TryVersion(version, out var v))
            return null;
        Engine engine;
        switch (name.ToLowerInvariant())
        {
            case "chrome" or "and_chr" or "chromeandroid" or "chrome_android":
                engine = Engine.Chrome;
                break;
            case "android":
                // Android's WebView is numbered as Chrome since 37; the stock browsers before it are ES5.
                if (v.Major < 37)
                    return SyntaxFeatures.All;
                engine = Engine.Chrome;
                break;
            case "edge":
                // EdgeHTML (12-18) ran ES2016's exponent operator from 14 and nothing later.
                if (v.Major < 79)
                    return v.Major >= 14 ? SyntaxFeatures.All & ~SyntaxFeatures.ExponentOperator : SyntaxFeatures.All;
                engine = Engine.Edge;
                break;
            case "firefox" or "ff" or "and_ff" or "firefoxandroid":
                engine = Engine.Firefox;
                break;
            case "safari":
                engine = Engine.Safari;
                break;
            case "ios" or "ios_saf" or "ios_safari":
                engine = Engine.Ios;
                break;
            case "node":
                engine = Engine.Node;
                break;
            case "opera" or "op_mob" or "operamobile":
                engine = Engine.Opera;
                break;
            case "deno":
                engine = Engine.Deno;
                break;
            case "samsung":
                {
                    var chrome = 0;
                    foreach (var (samsung, chromium) in s_samsung)
                    {
                        if (v.Major >= samsung)
                            chrome = chromium;
                    }
                    if (v.Major > s_samsung[^1].Samsung)
                        chrome = s_samsung[^1].Chrome + (v.Major - s_samsung[^1].Samsung) * 4;
                    v = new Version(chrome, 0, 0);
                    engine = Engine.Chrome;
                    break;
                }
            case "ie" or "ie_mob":
                return SyntaxFeatures.All;
            default:
                return null;
        }
        var lacking = SyntaxFeatures.None;
        foreach (var (feature, _, engines) in s_table)
        {
            if (v.CompareTo(engines[(int)engine]) < 0)
                lacking |= feature;
        }
        return lacking;
    }

    /// <summary>
    /// The features a list of targets in esbuild's form lacks (<c>es2017</c>, <c>chrome58</c>,
    /// <c>node14.17</c>, <c>safari13.1</c>, joined by commas), or null with the item not understood.
    /// </summary>
    public static SyntaxFeatures? ForList(string targets, out string? unknown)
    {
        unknown = null;
        var lacking = SyntaxFeatures.None;
        foreach (var raw in targets.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var features = ForEcmaScript(raw);
            if (features is null)
            {
                var digit = 0;
                while (digit < raw.Length && !char.IsAsciiDigit(raw[digit]))
                    digit++;
                if (digit > 0 && digit < raw.Length)
                    features = ForEngine(raw[..digit], raw[digit..]);
            }
            if (features is null)
            {
                unknown = raw;
                return null;
            }
            lacking |= features.Value;
        }
        return lacking;
    }

    private static bool TryVersion(ReadOnlySpan<char> text, out Version version)
    {
        version = default;
        text = text.Trim();
        // A range `12.0-12.1` (as browserslist lists some versions) is its lowest version.
        var dash = text.IndexOf('-');
        if (dash > 0)
            text = text[..dash];
        Span<int> parts = stackalloc int[3];
        var count = 0;
        foreach (var range in text.Split('.'))
        {
            if (count == 3 || !int.TryParse(text[range], NumberStyles.None, CultureInfo.InvariantCulture, out parts[count]))
                return false;
            count++;
        }
        if (count == 0)
            return false;
        version = new Version(parts[0], parts[1], parts[2]);
        return true;
    }
}
