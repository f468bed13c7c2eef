// The element sets the tree builder consults (WHATWG HTML §13.2.4.2, §13.2.6): special elements,
// the scopes' boundaries, and the SVG and MathML name adjustments of §13.2.6.5.

namespace Sharpack.Html;

internal static class HtmlElements
{
    public static readonly HashSet<string> SpecialHtml = new(StringComparer.Ordinal)
    {
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button",
        "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption",
        "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr",
        "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed",
        "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section", "select",
        "source", "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr",
        "track", "ul", "wbr", "xmp",
    };

    // Elements whose end tags generate implied end tags (§13.2.6.3).
    public static readonly HashSet<string> ImpliedEndTags = new(StringComparer.Ordinal)
    {
        "dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc",
    };

    public static readonly HashSet<string> ImpliedEndTagsThoroughly = new(StringComparer.Ordinal)
    {
        "caption", "colgroup", "dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc", "tbody", "td", "tfoot",
        "th", "thead", "tr",
    };

    public static readonly HashSet<string> Headings = new(StringComparer.Ordinal) { "h1", "h2", "h3", "h4", "h5", "h6" };

    public static readonly HashSet<string> Formatting = new(StringComparer.Ordinal)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    // §13.2.6.5: SVG element names with capitals.
    public static readonly Dictionary<string, string> SvgTagNames = new(StringComparer.Ordinal)
    {
        ["altglyph"] = "altGlyph",
        ["altglyphdef"] = "altGlyphDef",
        ["altglyphitem"] = "altGlyphItem",
        ["animatecolor"] = "animateColor",
        ["animatemotion"] = "animateMotion",
        ["animatetransform"] = "animateTransform",
        ["clippath"] = "clipPath",
        ["feblend"] = "feBlend",
        ["fecolormatrix"] = "feColorMatrix",
        ["fecomponenttransfer"] = "feComponentTransfer",
        ["fecomposite"] = "feComposite",
        ["feconvolvematrix"] = "feConvolveMatrix",
        ["fediffuselighting"] = "feDiffuseLighting",
        ["fedisplacementmap"] = "feDisplacementMap",
        ["fedistantlight"] = "feDistantLight",
        ["fedropshadow"] = "feDropShadow",
        ["feflood"] = "feFlood",
        ["fefunca"] = "feFuncA",
        ["fefuncb"] = "feFuncB",
        ["fefuncg"] = "feFuncG",
        ["fefuncr"] = "feFuncR",
        ["fegaussianblur"] = "feGaussianBlur",
        ["feimage"] = "feImage",
        ["femerge"] = "feMerge",
        ["femergenode"] = "feMergeNode",
        ["femorphology"] = "feMorphology",
        ["feoffset"] = "feOffset",
        ["fepointlight"] = "fePointLight",
        ["fespecularlighting"] = "feSpecularLighting",
        ["fespotlight"] = "feSpotLight",
        ["fetile"] = "feTile",
        ["feturbulence"] = "feTurbulence",
        ["foreignobject"] = "foreignObject",
        ["glyphref"] = "glyphRef",
        ["lineargradient"] = "linearGradient",
        ["radialgradient"] = "radialGradient",
        ["textpath"] = "textPath",
    };

    // §13.2.6.5: SVG attribute names with capitals.
    public static readonly Dictionary<string, string> SvgAttributeNames = new(StringComparer.Ordinal)
    {
        ["attributename"] = "attributeName",
        ["attributetype"] = "attributeType",
        ["basefrequency"] = "baseFrequency",
        ["baseprofile"] = "baseProfile",
        ["calcmode"] = "calcMode",
        ["clippathunits"] = "clipPathUnits",
        ["diffuseconstant"] = "diffuseConstant",
        ["edgemode"] = "edgeMode",
        ["filterunits"] = "filterUnits",
        ["glyphref"] = "glyphRef",
        ["gradienttransform"] = "gradientTransform",
        ["gradientunits"] = "gradientUnits",
        ["kernelmatrix"] = "kernelMatrix",
        ["kernelunitlength"] = "kernelUnitLength",
        ["keypoints"] = "keyPoints",
        ["keysplines"] = "keySplines",
        ["keytimes"] = "keyTimes",
        ["lengthadjust"] = "lengthAdjust",
        ["limitingconeangle"] = "limitingConeAngle",
        ["markerheight"] = "markerHeight",
        ["markerunits"] = "markerUnits",
        ["markerwidth"] = "markerWidth",
        ["maskcontentunits"] = "maskContentUnits",
        ["maskunits"] = "maskUnits",
        ["numoctaves"] = "numOctaves",
        ["pathlength"] = "pathLength",
        ["patterncontentunits"] = "patternContentUnits",
        ["patterntransform"] = "patternTransform",
        ["patternunits"] = "patternUnits",
        ["pointsatx"] = "pointsAtX",
        ["pointsaty"] = "pointsAtY",
        ["pointsatz"] = "pointsAtZ",
        ["preservealpha"] = "preserveAlpha",
        ["preserveaspectratio"] = "preserveAspectRatio",
        ["primitiveunits"] = "primitiveUnits",
        ["refx"] = "refX",
        ["refy"] = "refY",
        ["repeatcount"] = "repeatCount",
        ["repeatdur"] = "repeatDur",
        ["requiredextensions"] = "requiredExtensions",
        ["requiredfeatures"] = "requiredFeatures",
        ["specularconstant"] = "specularConstant",
        ["specularexponent"] = "specularExponent",
        ["spreadmethod"] = "spreadMethod",
        ["startoffset"] = "startOffset",
        ["stddeviation"] = "stdDeviation",
        ["stitchtiles"] = "stitchTiles",
        ["surfacescale"] = "surfaceScale",
        ["systemlanguage"] = "systemLanguage",
        ["tablevalues"] = "tableValues",
        ["targetx"] = "targetX",
        ["targety"] = "targetY",
        ["textlength"] = "textLength",
        ["viewbox"] = "viewBox",
        ["viewtarget"] = "viewTarget",
        ["xchannelselector"] = "xChannelSelector",
        ["ychannelselector"] = "yChannelSelector",
        ["zoomandpan"] = "zoomAndPan",
    };

    // §13.2.6.5: attributes in the XLink, XML and XMLNS namespaces (written `prefix:local`).
    public static readonly HashSet<string> ForeignAttributes = new(StringComparer.Ordinal)
    {
        "xlink:actuate", "xlink:arcrole", "xlink:href", "xlink:role", "xlink:show", "xlink:title", "xlink:type",
        "xml:lang", "xml:space", "xmlns", "xmlns:xlink",
    };

    // §13.2.6.5: start tags that break out of foreign content.
    public static readonly HashSet<string> BreakOut = new(StringComparer.Ordinal)
    {
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4",
        "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small",
        "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
    };
}
