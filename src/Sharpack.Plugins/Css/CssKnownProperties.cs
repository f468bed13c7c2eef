// webpack's CSS_MODULES_KEYWORDS and CSS_MODULES_KEYWORD_OPTIONS (lib/css/data.js, derived from each
// property's grammar): the properties whose value names a local thing in a CSS module (keyframes,
// containers, counters, counter styles, view transitions, grid areas and lines), the parser option
// that turns each on, and the keywords of each with how many times a keyword may be spelled before
// the next spelling is a name (`animation: ease ease` names `ease` the second time; `none` never is).
// One line per property: `property|option|keyword[=limit] …`, no limit meaning never a name.

namespace Sharpack.Plugins.Css;

/// <summary>The properties whose values hold local names in CSS modules.</summary>
public static class CssKnownProperties
{
    private static readonly string[] s_table =
    [
        "animation|animation|alternate=1 alternate-reverse=1 auto backwards=1 both=1 ease=1 ease-in=1 ease-in-out=1 ease-out=1 forwards=1 infinite=1 inherit initial linear=1 none normal=1 paused=1 reverse=1 revert revert-layer running=1 step-end=1 step-start=1 unset",
        "animation-name|animation|inherit initial none revert revert-layer unset",
        "container|container|inherit initial inline-size=1 none normal=1 revert revert-layer scroll-state=1 size=1 unset",
        "container-name|container|inherit initial none revert revert-layer unset",
        "list-style|customIdents|arabic-indic=1 armenian=1 bengali=1 cambodian=1 circle=1 cjk-decimal=1 cjk-earthly-branch=1 cjk-heavenly-stem=1 cjk-ideographic=1 decimal=1 decimal-leading-zero=1 devanagari=1 disc=1 disclosure-closed=1 disclosure-open=1 ethiopic-numeric=1 georgian=1 gujarati=1 gurmukhi=1 hebrew=1 hiragana=1 hiragana-iroha=1 inherit initial inside=1 japanese-formal=1 japanese-informal=1 kannada=1 katakana=1 katakana-iroha=1 khmer=1 korean-hangul-formal=1 korean-hanja-formal=1 korean-hanja-informal=1 lao=1 lower-alpha=1 lower-armenian=1 lower-greek=1 lower-latin=1 lower-roman=1 malayalam=1 mongolian=1 myanmar=1 none oriya=1 outside=1 persian=1 revert revert-layer simp-chinese-formal=1 simp-chinese-informal=1 square=1 tamil=1 telugu=1 thai=1 tibetan=1 trad-chinese-formal=1 trad-chinese-informal=1 unset upper-alpha=1 upper-armenian=1 upper-latin=1 upper-roman=1",
        "list-style-type|customIdents|arabic-indic=1 armenian=1 bengali=1 cambodian=1 circle=1 cjk-decimal=1 cjk-earthly-branch=1 cjk-heavenly-stem=1 cjk-ideographic=1 decimal=1 decimal-leading-zero=1 devanagari=1 disc=1 disclosure-closed=1 disclosure-open=1 ethiopic-numeric=1 georgian=1 gujarati=1 gurmukhi=1 hebrew=1 hiragana=1 hiragana-iroha=1 inherit initial japanese-formal=1 japanese-informal=1 kannada=1 katakana=1 katakana-iroha=1 khmer=1 korean-hangul-formal=1 korean-hanja-formal=1 korean-hanja-informal=1 lao=1 lower-alpha=1 lower-armenian=1 lower-greek=1 lower-latin=1 lower-roman=1 malayalam=1 mongolian=1 myanmar=1 none oriya=1 persian=1 revert revert-layer simp-chinese-formal=1 simp-chinese-informal=1 square=1 tamil=1 telugu=1 thai=1 tibetan=1 trad-chinese-formal=1 trad-chinese-informal=1 unset upper-alpha=1 upper-armenian=1 upper-latin=1 upper-roman=1",
        "system|customIdents|additive=1 alphabetic=1 arabic-indic=1 armenian=1 bengali=1 cambodian=1 circle=1 cjk-decimal=1 cjk-earthly-branch=1 cjk-heavenly-stem=1 cjk-ideographic=1 cyclic=1 decimal=1 decimal-leading-zero=1 devanagari=1 disc=1 disclosure-closed=1 disclosure-open=1 ethiopic-numeric=1 extends=1 fixed=1 georgian=1 gujarati=1 gurmukhi=1 hebrew=1 hiragana=1 hiragana-iroha=1 japanese-formal=1 japanese-informal=1 kannada=1 katakana=1 katakana-iroha=1 khmer=1 korean-hangul-formal=1 korean-hanja-formal=1 korean-hanja-informal=1 lao=1 lower-alpha=1 lower-armenian=1 lower-greek=1 lower-latin=1 lower-roman=1 malayalam=1 mongolian=1 myanmar=1 numeric=1 oriya=1 persian=1 simp-chinese-formal=1 simp-chinese-informal=1 square=1 symbolic=1 tamil=1 telugu=1 thai=1 tibetan=1 trad-chinese-formal=1 trad-chinese-informal=1 upper-alpha=1 upper-armenian=1 upper-latin=1 upper-roman=1",
        "fallback|customIdents|arabic-indic=1 armenian=1 bengali=1 cambodian=1 circle=1 cjk-decimal=1 cjk-earthly-branch=1 cjk-heavenly-stem=1 cjk-ideographic=1 decimal=1 decimal-leading-zero=1 devanagari=1 disc=1 disclosure-closed=1 disclosure-open=1 ethiopic-numeric=1 georgian=1 gujarati=1 gurmukhi=1 hebrew=1 hiragana=1 hiragana-iroha=1 japanese-formal=1 japanese-informal=1 kannada=1 katakana=1 katakana-iroha=1 khmer=1 korean-hangul-formal=1 korean-hanja-formal=1 korean-hanja-informal=1 lao=1 lower-alpha=1 lower-armenian=1 lower-greek=1 lower-latin=1 lower-roman=1 malayalam=1 mongolian=1 myanmar=1 oriya=1 persian=1 simp-chinese-formal=1 simp-chinese-informal=1 square=1 tamil=1 telugu=1 thai=1 tibetan=1 trad-chinese-formal=1 trad-chinese-informal=1 upper-alpha=1 upper-armenian=1 upper-latin=1 upper-roman=1",
        "speak-as|customIdents|arabic-indic=1 armenian=1 auto bengali=1 bullets cambodian=1 circle=1 cjk-decimal=1 cjk-earthly-branch=1 cjk-heavenly-stem=1 cjk-ideographic=1 decimal=1 decimal-leading-zero=1 devanagari=1 disc=1 disclosure-closed=1 disclosure-open=1 ethiopic-numeric=1 georgian=1 gujarati=1 gurmukhi=1 hebrew=1 hiragana=1 hiragana-iroha=1 japanese-formal=1 japanese-informal=1 kannada=1 katakana=1 katakana-iroha=1 khmer=1 korean-hangul-formal=1 korean-hanja-formal=1 korean-hanja-informal=1 lao=1 lower-alpha=1 lower-armenian=1 lower-greek=1 lower-latin=1 lower-roman=1 malayalam=1 mongolian=1 myanmar=1 numbers oriya=1 persian=1 simp-chinese-formal=1 simp-chinese-informal=1 spell-out square=1 tamil=1 telugu=1 thai=1 tibetan=1 trad-chinese-formal=1 trad-chinese-informal=1 upper-alpha=1 upper-armenian=1 upper-latin=1 upper-roman=1 words",
        "counter-reset|customIdents|inherit initial list-item none=1 page pages revert revert-layer unset",
        "counter-increment|customIdents|inherit initial list-item none=1 page pages revert revert-layer unset",
        "counter-set|customIdents|inherit initial list-item none=1 page pages revert revert-layer unset",
        "view-transition-name|customIdents|auto inherit initial match-element none revert revert-layer unset",
        "view-transition-group|customIdents|contain inherit initial nearest normal revert revert-layer unset",
        "view-transition-class|customIdents|inherit initial none revert revert-layer unset",
        "grid|grid|auto auto-flow=1 column=1 dense=1 inherit initial masonry=1 max-content min-content none=2 revert revert-layer row=1 subgrid=2 unset",
        "grid-area|grid|auto inherit initial revert revert-layer span unset",
        "grid-column|grid|auto inherit initial revert revert-layer span unset",
        "grid-column-end|grid|auto inherit initial revert revert-layer span unset",
        "grid-column-start|grid|auto inherit initial revert revert-layer span unset",
        "grid-row|grid|auto inherit initial revert revert-layer span unset",
        "grid-row-end|grid|auto inherit initial revert revert-layer span unset",
        "grid-row-start|grid|auto inherit initial revert revert-layer span unset",
        "grid-template|grid|auto inherit initial masonry=1 max-content min-content none=2 revert revert-layer subgrid=2 unset",
        "grid-template-areas|grid|inherit initial none=1 revert revert-layer unset",
        "grid-template-columns|grid|auto inherit initial masonry=1 max-content min-content none=1 revert revert-layer subgrid=1 unset",
        "grid-template-rows|grid|auto inherit initial masonry=1 max-content min-content none=1 revert revert-layer subgrid=1 unset",
    ];

    private static readonly Dictionary<string, (string Option, Dictionary<string, int> Keywords)> s_properties = Build();

    private static Dictionary<string, (string Option, Dictionary<string, int> Keywords)> Build()
    {
        var properties = new Dictionary<string, (string, Dictionary<string, int>)>(StringComparer.Ordinal);
        foreach (var line in s_table)
        {
            var parts = line.Split('|');
            var keywords = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var keyword in parts[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = keyword.IndexOf('=');
                keywords[equals < 0 ? keyword : keyword[..equals]] = equals < 0 ? int.MaxValue : int.Parse(keyword[(equals + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            }
            properties[parts[0]] = (parts[1], keywords);
        }
        return properties;
    }

    /// <summary>
    /// The keywords of <paramref name="property"/> (lower-case, without a vendor prefix) and the parser
    /// option that enables it (<c>animation</c>, <c>container</c>, <c>customIdents</c>, <c>grid</c>); false when it names nothing.
    /// </summary>
    public static bool TryGet(string property, out string option, out IReadOnlyDictionary<string, int> keywords)
    {
        if (s_properties.TryGetValue(property, out var entry))
        {
            option = entry.Option;
            keywords = entry.Keywords;
            return true;
        }
        option = "";
        keywords = s_empty;
        return false;
    }

    private static readonly Dictionary<string, int> s_empty = [];
}
