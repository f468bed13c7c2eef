// Follows webpack lib/html/HtmlParser.js's source model: which attributes of which elements hold
// URLs (DEFAULT_SOURCES_BY_TAG), what kind of source each is (a plain asset URL, a srcset, an SVG
// url() reference, a script or stylesheet that becomes an entry…), the filters that decide by the
// element's other attributes (a link's rel, a meta's name), and the sources every element has
// (`style=""` and SVG presentation attributes), folded into each tag's table.

using Sharpack.Html;

namespace Sharpack.Plugins.Html;

/// <summary>What an HTML source is, which decides how its value is read and what it becomes.</summary>
public enum HtmlSourceType : byte
{
    /// <summary>One URL (<c>&lt;img src&gt;</c>): an asset.</summary>
    Src,
    /// <summary>A srcset's candidates: assets.</summary>
    Srcset,
    /// <summary>CSS <c>url()</c>s in an SVG presentation attribute: assets.</summary>
    CssUrl,
    /// <summary>The <c>icon-uri</c> of an <c>msapplication-task</c> meta value: an asset.</summary>
    MsapplicationTask,
    /// <summary>A classic script: an entry.</summary>
    Script,
    /// <summary>A module script: an entry.</summary>
    ScriptModule,
    /// <summary><c>&lt;link rel=modulepreload&gt;</c>: an entry that does not run.</summary>
    Modulepreload,
    /// <summary><c>&lt;link rel=stylesheet&gt;</c>: a CSS entry.</summary>
    Stylesheet,
    /// <summary>Another page: an HTML entry.</summary>
    Html,
    /// <summary><c>&lt;link rel=preload as=script|style&gt;</c>: an entry that does not run.</summary>
    Preload,
    /// <summary><c>&lt;link rel=prefetch as=script|style&gt;</c>: an entry that does not run.</summary>
    Prefetch,
    /// <summary>A <c>&lt;style&gt;</c> body: an inline CSS module.</summary>
    StylesheetStyle,
    /// <summary>A <c>style=""</c> value: an inline CSS module of declarations.</summary>
    StylesheetStyleAttribute,
    /// <summary><c>&lt;iframe srcdoc&gt;</c>: an inline HTML module.</summary>
    Srcdoc,
}

/// <summary>An element whose sources are being read: its attributes (decoded values) and whether CSS is built in.</summary>
/// <param name="Element">The element.</param>
/// <param name="Css">CSS is built in (<c>&lt;link rel=stylesheet&gt;</c> and inline styles go through it).</param>
public readonly record struct HtmlSourceElement(HtmlNode Element, bool Css)
{
    /// <summary>The decoded value of the attribute <paramref name="name"/>, or null.</summary>
    public string? Attribute(string name) => Element.Attribute(name);
}

/// <summary>A source: its type (or how the element decides it), a filter, and the namespace it applies in.</summary>
/// <param name="Type">The type, when fixed.</param>
/// <param name="Resolve">How the element decides the type (over <paramref name="Type"/>).</param>
/// <param name="Filter">Whether the element's value is a source at all (the element, the decoded value).</param>
/// <param name="Namespace">Only elements of this namespace have it.</param>
public sealed record HtmlSourceItem(
    HtmlSourceType Type,
    Func<HtmlSourceElement, HtmlSourceType>? Resolve = null,
    Func<HtmlSourceElement, string, bool>? Filter = null,
    HtmlNamespace? Namespace = null)
{
    /// <summary>The type the item has on <paramref name="element"/>.</summary>
    public HtmlSourceType TypeOn(HtmlSourceElement element) => Resolve is { } resolve ? resolve(element) : Type;
}

/// <summary>The sources of each element name (any-tag sources folded in), null entries being disabled ones.</summary>
public sealed class HtmlSources
{
    // Before the tables below, which are built from them when the class is initialized.
    private static readonly HtmlSourceItem s_src = new(HtmlSourceType.Src);
    private static readonly HtmlSourceItem s_srcset = new(HtmlSourceType.Srcset);

    // webpack's STYLE_ATTRIBUTE: only declarations that can hold a URL go through CSS.
    private static readonly HtmlSourceItem s_styleAttribute = new(HtmlSourceType.StylesheetStyleAttribute,
        Filter: static (_, value) => ContainsAny(value, "url(", "src(", "image(", "image-set("));

    // webpack's SVG_CSS_URL: presentation attributes holding a url() FuncIRI.
    private static readonly HtmlSourceItem s_svgCssUrl = new(HtmlSourceType.CssUrl,
        Filter: static (_, value) => ContainsAny(value, "url("), Namespace: HtmlNamespace.Svg);

    private readonly Dictionary<string, Dictionary<string, HtmlSourceItem?>> _byTag;
    private readonly Dictionary<string, HtmlSourceItem?> _any;

    private HtmlSources(Dictionary<string, Dictionary<string, HtmlSourceItem?>> byTag, Dictionary<string, HtmlSourceItem?> any)
    {
        // webpack's foldAnySources: each tag's table holds the any-tag sources under its own.
        foreach (var (tag, bucket) in byTag)
        {
            var folded = new Dictionary<string, HtmlSourceItem?>(any, StringComparer.Ordinal);
            foreach (var (attribute, item) in bucket)
                folded[attribute] = item;
            byTag[tag] = folded;
        }
        _byTag = byTag;
        _any = any;
    }

    /// <summary>The built-in table (<c>module.parser.html.sources: true</c>).</summary>
    public static HtmlSources Default { get; } = new(DefaultByTag(), DefaultAny());

    /// <summary><c>sources: false</c>: only <c>style=""</c> is read.</summary>
    public static HtmlSources Disabled { get; } = new([], new(StringComparer.Ordinal) { ["style"] = s_styleAttribute });

    /// <summary>The sources of elements named <paramref name="tag"/>.</summary>
    public IReadOnlyDictionary<string, HtmlSourceItem?> For(string tag) => _byTag.TryGetValue(tag, out var bucket) ? bucket : _any;

    /// <summary>
    /// A user's <c>sources</c> array: the built-in tables where it holds <c>"..."</c>, with its entries over
    /// them (an entry without a tag applies to every element; a null item disables a built-in source).
    /// </summary>
    public static HtmlSources From(IEnumerable<(string? Tag, string Attribute, HtmlSourceItem? Item)> entries, bool withDefaults)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var byTag = withDefaults ? DefaultByTag() : new Dictionary<string, Dictionary<string, HtmlSourceItem?>>(StringComparer.Ordinal);
        var any = DefaultAny();
        foreach (var (tag, attribute, item) in entries)
        {
            var name = attribute.ToLowerInvariant();
            if (tag is null)
            {
                any[name] = item;
                continue;
            }
            var lowered = tag.ToLowerInvariant();
            Bucket(byTag, lowered)[name] = item;
            // The tree holds foreign elements under their adjusted names (feImage): the entry is under both.
            if (HtmlNames.AdjustedSvgTagName(lowered) is { } adjusted && adjusted != lowered)
                Bucket(byTag, adjusted)[name] = item;
        }
        return new HtmlSources(byTag, any);
    }

    private static Dictionary<string, HtmlSourceItem?> Bucket(Dictionary<string, Dictionary<string, HtmlSourceItem?>> byTag, string tag)
    {
        if (!byTag.TryGetValue(tag, out var bucket))
            byTag[tag] = bucket = new Dictionary<string, HtmlSourceItem?>(StringComparer.Ordinal);
        return bucket;
    }

    private static Dictionary<string, HtmlSourceItem?> DefaultAny()
    {
        var any = new Dictionary<string, HtmlSourceItem?>(StringComparer.Ordinal) { ["style"] = s_styleAttribute };
        foreach (var name in (ReadOnlySpan<string>)["fill", "stroke", "clip-path", "mask", "filter", "marker", "marker-start", "marker-mid", "marker-end", "cursor"])
            any[name] = s_svgCssUrl;
        return any;
    }

    // webpack's DEFAULT_SOURCES_BY_TAG.
    private static Dictionary<string, Dictionary<string, HtmlSourceItem?>> DefaultByTag()
    {
        var scriptSrc = new HtmlSourceItem(HtmlSourceType.Script, Resolve: static element =>
            IsExecutableScript(element) ? IsModuleScript(element) ? HtmlSourceType.ScriptModule : HtmlSourceType.Script : HtmlSourceType.Src);
        var linkHref = new HtmlSourceItem(HtmlSourceType.Src, Resolve: LinkHrefType, Filter: static (element, _) => LinkHasAssetRel(element) || LinkHasAssetItemprop(element));
        var metaContent = new HtmlSourceItem(HtmlSourceType.Src,
            Resolve: static element => element.Attribute("name") is { } name && name.Trim().Equals("msapplication-task", StringComparison.OrdinalIgnoreCase)
                ? HtmlSourceType.MsapplicationTask
                : HtmlSourceType.Src,
            Filter: static (element, _) => MetaNamesAsset(element));
        var href = new Dictionary<string, HtmlSourceItem?>(StringComparer.Ordinal) { ["xlink:href"] = s_src, ["href"] = s_src };
        var table = new Dictionary<string, Dictionary<string, HtmlSourceItem?>>(StringComparer.Ordinal)
        {
            ["applet"] = new(StringComparer.Ordinal) { ["code"] = s_src, ["object"] = s_src },
            ["audio"] = new(StringComparer.Ordinal) { ["src"] = s_src },
            ["body"] = new(StringComparer.Ordinal) { ["background"] = s_src },
            ["embed"] = new(StringComparer.Ordinal) { ["src"] = s_src },
            ["iframe"] = new(StringComparer.Ordinal) { ["srcdoc"] = new HtmlSourceItem(HtmlSourceType.Srcdoc) },
            ["img"] = new(StringComparer.Ordinal) { ["src"] = s_src, ["srcset"] = s_srcset },
            ["input"] = new(StringComparer.Ordinal) { ["src"] = s_src },
            ["link"] = new(StringComparer.Ordinal)
            {
                ["href"] = linkHref,
                ["imagesrcset"] = new HtmlSourceItem(HtmlSourceType.Srcset, Filter: static (element, _) => LinkHasAssetRel(element)),
            },
            ["meta"] = new(StringComparer.Ordinal) { ["content"] = metaContent },
            ["mglyph"] = new(StringComparer.Ordinal) { ["src"] = s_src },
            ["object"] = new(StringComparer.Ordinal) { ["data"] = s_src, ["classid"] = s_src },
            ["param"] = new(StringComparer.Ordinal)
            {
                ["value"] = new HtmlSourceItem(HtmlSourceType.Src, Filter: static (element, _) => element.Attribute("valuetype") is { } type && type.Trim().Equals("ref", StringComparison.OrdinalIgnoreCase)),
            },
            ["script"] = new(StringComparer.Ordinal) { ["src"] = scriptSrc, ["href"] = scriptSrc, ["xlink:href"] = scriptSrc },
            ["source"] = new(StringComparer.Ordinal) { ["src"] = s_src, ["srcset"] = s_srcset },
            ["table"] = new(StringComparer.Ordinal) { ["background"] = s_src },
            ["td"] = new(StringComparer.Ordinal) { ["background"] = s_src },
            ["th"] = new(StringComparer.Ordinal) { ["background"] = s_src },
            ["track"] = new(StringComparer.Ordinal) { ["src"] = s_src },
            ["video"] = new(StringComparer.Ordinal) { ["poster"] = s_src, ["src"] = s_src },
        };
        // SVG references to other files (fragment-only `#id` values stay), under the adjusted names.
        foreach (var tag in (ReadOnlySpan<string>)["altGlyph", "color-profile", "cursor", "feImage", "filter", "font-face-uri", "glyphRef", "image",
                     "linearGradient", "mpath", "pattern", "radialGradient", "textPath", "tref", "use"])
            table[tag] = new Dictionary<string, HtmlSourceItem?>(href, StringComparer.Ordinal);
        return table;
    }

    /// <summary>The body sources (webpack's CONTENT_SOURCES): an inline script, a <c>&lt;style&gt;</c>; null for other elements.</summary>
    public static HtmlSourceItem? ContentOf(string tag) => tag switch
    {
        "script" => s_scriptContent,
        "style" => s_styleContent,
        _ => null,
    };

    private static readonly HtmlSourceItem s_scriptContent = new(HtmlSourceType.Script,
        Resolve: static element => IsModuleScript(element) ? HtmlSourceType.ScriptModule : HtmlSourceType.Script,
        Filter: static (element, _) => element.Attribute("src") is null && element.Attribute("href") is null && element.Attribute("xlink:href") is null && IsExecutableScript(element));

    private static readonly HtmlSourceItem s_styleContent = new(HtmlSourceType.StylesheetStyle,
        Filter: static (element, _) => element.Attribute("type") is not { } type || type.Trim() is "" || type.Trim().Equals("text/css", StringComparison.OrdinalIgnoreCase));

    // webpack's LINK_HREF: modulepreload, a stylesheet (with CSS), preload/prefetch of a script (or of a
    // style with CSS) become entries; every other allowed link is an asset URL.
    private static HtmlSourceType LinkHrefType(HtmlSourceElement element)
    {
        var rels = Rels(element);
        if (rels.Contains("modulepreload"))
            return HtmlSourceType.Modulepreload;
        if (element.Css && rels.Contains("stylesheet"))
            return HtmlSourceType.Stylesheet;
        var kind = rels.Contains("preload") ? HtmlSourceType.Preload : rels.Contains("prefetch") ? HtmlSourceType.Prefetch : (HtmlSourceType?)null;
        if (kind is { } hint)
        {
            var @as = element.Attribute("as")?.Trim().ToLowerInvariant() ?? "";
            if (@as == "script" || (element.Css && @as == "style"))
                return hint;
        }
        return HtmlSourceType.Src;
    }

    private static readonly HashSet<string> s_assetRels = new(StringComparer.Ordinal)
    {
        "stylesheet", "icon", "mask-icon", "apple-touch-icon", "apple-touch-icon-precomposed", "apple-touch-startup-image",
        "manifest", "prefetch", "preload", "modulepreload", "image_src",
    };

    private static readonly Dictionary<string, HashSet<string>> s_metaNames = new(StringComparer.Ordinal)
    {
        ["name"] = new(StringComparer.Ordinal)
        {
            "msapplication-tileimage", "msapplication-square70x70logo", "msapplication-square150x150logo", "msapplication-wide310x150logo",
            "msapplication-square310x310logo", "msapplication-config", "msapplication-task", "twitter:image", "twitter:image:src",
            "twitter:player:stream", "thumbnail",
        },
        ["property"] = new(StringComparer.Ordinal)
        {
            "og:image", "og:image:url", "og:image:secure_url", "og:audio", "og:audio:secure_url", "og:video", "og:video:secure_url", "vk:image",
        },
        ["itemprop"] = new(StringComparer.Ordinal)
        {
            "image", "logo", "screenshot", "thumbnailurl", "contenturl", "downloadurl", "duringmedia", "embedurl", "installurl", "layoutimage",
        },
    };

    private static string[] Rels(HtmlSourceElement element) =>
        element.Attribute("rel") is { } rel ? rel.Trim().ToLowerInvariant().Split(s_whitespace, StringSplitOptions.RemoveEmptyEntries) : [];

    private static readonly char[] s_whitespace = [' ', '\t', '\n', '\f', '\r', '\v', '\u00A0', '\u2028', '\u2029', '\uFEFF'];

    private static bool LinkHasAssetRel(HtmlSourceElement element)
    {
        foreach (var rel in Rels(element))
        {
            if (s_assetRels.Contains(rel))
                return true;
        }
        return false;
    }

    private static bool LinkHasAssetItemprop(HtmlSourceElement element) =>
        element.Attribute("itemprop") is { Length: > 0 } itemprop && s_metaNames["itemprop"].Contains(itemprop.Trim().ToLowerInvariant());

    private static bool MetaNamesAsset(HtmlSourceElement element)
    {
        foreach (var (attribute, names) in s_metaNames)
        {
            if (element.Attribute(attribute) is { Length: > 0 } name && names.Contains(name.Trim().ToLowerInvariant()))
                return true;
        }
        return false;
    }

    private static bool IsModuleScript(HtmlSourceElement element) =>
        element.Attribute("type") is { } type && type.Trim().Equals("module", StringComparison.OrdinalIgnoreCase);

    // webpack's isExecutableJsScript: no type, or one of the JavaScript MIME types (or module).
    private static bool IsExecutableScript(HtmlSourceElement element) =>
        element.Attribute("type") is not { } type || HtmlNames.IsJavaScriptType(type.Trim().ToLowerInvariant());

    private static bool ContainsAny(string value, params ReadOnlySpan<string> needles)
    {
        foreach (var needle in needles)
        {
            if (value.Contains(needle, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }
}
