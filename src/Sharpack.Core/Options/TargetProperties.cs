// Follows webpack lib/config/target.js: what each target string says about the environment
// (web, webworker, [async-]node[X[.Y]], esX), merged over an array of targets the way webpack
// merges them: a property all targets agree on keeps its value, disagreement makes it unknown.

namespace Sharpack.Core.Options;

internal sealed class TargetProperties
{
    /// <summary>Targets Sharpack knows, for the error message.</summary>
    public const string Supported =
        "web, webworker, node, node18 or node18.12 (node[X[.Y]]), async-node[X[.Y]], es5 … es2024 (esX)";

    // Each property: true, false, or null (unknown: not said by any target, or said differently).
    public bool? Node { get; private set; }
    public bool? Web { get; private set; }
    public bool? WebWorker { get; private set; }
    public bool? Global { get; private set; }
    public bool? GlobalThis { get; private set; }
    public bool? ArrowFunction { get; private set; }

    /// <summary>The properties of one target, or null when the target is not known.</summary>
    /// <summary>A browser with every modern feature (what a browserslist target is taken as).</summary>
    public static TargetProperties ModernBrowser() => new() { Node = false, Web = true, Global = false, ArrowFunction = true, GlobalThis = true };

    /// <summary>The properties of a target Sharpack knows, or null.</summary>
    public static TargetProperties? Parse(string target)
    {
        switch (target)
        {
            case "web":
                return new() { Node = false, Web = true, Global = false };
            case "webworker":
                return new() { Node = false, Web = true, WebWorker = true, Global = false };
        }
        var rest = target.AsSpan();
        if (rest.StartsWith("async-node", StringComparison.Ordinal))
            rest = rest["async-".Length..];
        if (rest.StartsWith("node", StringComparison.Ordinal))
        {
            rest = rest["node".Length..];
            if (rest.IsEmpty)
                return new() { Node = true, Web = false, WebWorker = false, Global = true };
            if (!TryVersion(rest, out var major, out var minor))
                return null;
            bool AtLeast(int m, int n = 0) => major > m || (major == m && minor >= n);
            return new()
            {
                Node = true,
                Web = false,
                WebWorker = false,
                Global = true,
                GlobalThis = AtLeast(12),
                ArrowFunction = AtLeast(6),
            };
        }
        if (target.StartsWith("es", StringComparison.Ordinal) && target.Length > 2
            && int.TryParse(target.AsSpan(2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version))
        {
            if (version < 1000)
                version += 2009;
            return new() { ArrowFunction = version >= 2015, GlobalThis = version >= 2020 };
        }
        return null;
    }

    /// <summary>Merges the properties of several targets as webpack does.</summary>
    public static TargetProperties Merge(IReadOnlyList<TargetProperties> all)
    {
        if (all.Count == 1)
            return all[0];
        return new()
        {
            Node = MergeOne(all, static p => p.Node),
            Web = MergeOne(all, static p => p.Web),
            WebWorker = MergeOne(all, static p => p.WebWorker),
            Global = MergeOne(all, static p => p.Global),
            GlobalThis = MergeOne(all, static p => p.GlobalThis),
            // Read optimistically (unknown = available), so disagreement must mean "not available".
            ArrowFunction = MergeOne(all, static p => p.ArrowFunction, mixed: false),
        };
    }

    private static bool? MergeOne(IReadOnlyList<TargetProperties> all, Func<TargetProperties, bool?> get, bool? mixed = null)
    {
        bool hasTrue = false, hasFalse = false;
        foreach (var properties in all)
        {
            var value = get(properties);
            hasTrue |= value == true;
            hasFalse |= value == false;
        }
        return hasTrue && hasFalse ? mixed : hasTrue ? true : hasFalse ? false : null;
    }

    private static bool TryVersion(ReadOnlySpan<char> text, out int major, out int minor)
    {
        minor = 0;
        var dot = text.IndexOf('.');
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        const System.Globalization.NumberStyles digits = System.Globalization.NumberStyles.None;
        if (dot < 0)
            return int.TryParse(text, digits, culture, out major);
        return int.TryParse(text[..dot], digits, culture, out major) && int.TryParse(text[(dot + 1)..], digits, culture, out minor);
    }
}
