// The minifier's merging of longhands into their shorthand: the four sides of a box property in
// one block (`margin-top: 0; margin-right: 1px; margin-bottom: 0; margin-left: 1px` →
// `margin: 0 1px`), where the cascade cannot tell the difference. The shorthand sets exactly the
// four longhands (unlike `border`, which also resets border-image, so the border sides never
// merge), each longhand appears once with the same priority, nothing between them touches the
// same box (a logical `margin-inline-start` or a `-webkit-` alias would be ordered against them),
// and each value is one plain component: no var() (a failed substitution would invalidate all four
// at once), no CSS-wide keyword (`margin: inherit 0` is invalid).

namespace Sharpack.Css;

public static partial class CssPrinter
{
    // Each box shorthand, the word every property that touches its box contains, and its longhands
    // in the shorthand's order (top, right, bottom, left; corners clockwise from top-left).
    private static readonly (string Shorthand, string Family, string[] Longhands)[] s_boxLonghands =
    [
        ("margin", "margin", ["margin-top", "margin-right", "margin-bottom", "margin-left"]),
        ("padding", "padding", ["padding-top", "padding-right", "padding-bottom", "padding-left"]),
        ("border-width", "border", ["border-top-width", "border-right-width", "border-bottom-width", "border-left-width"]),
        ("border-style", "border", ["border-top-style", "border-right-style", "border-bottom-style", "border-left-style"]),
        ("border-color", "border", ["border-top-color", "border-right-color", "border-bottom-color", "border-left-color"]),
        ("border-radius", "radius", ["border-top-left-radius", "border-top-right-radius", "border-bottom-right-radius", "border-bottom-left-radius"]),
        ("scroll-margin", "scroll-margin", ["scroll-margin-top", "scroll-margin-right", "scroll-margin-bottom", "scroll-margin-left"]),
        ("scroll-padding", "scroll-padding", ["scroll-padding-top", "scroll-padding-right", "scroll-padding-bottom", "scroll-padding-left"]),
    ];

    private static readonly string[] s_cssWideKeywords = ["inherit", "initial", "unset", "revert", "revert-layer"];

    // A shorthand to write in place of a run's longhands: at `At`, the others left out.
    private readonly record struct MergedLonghands(int At, string Shorthand, string Value, bool Important, int[] Members);

    private sealed partial class Writer
    {
        // The longhands of `declarations` that merge into shorthands, or null.
        private List<MergedLonghands>? MergeableLonghands(List<CssDeclaration> declarations)
        {
            if (declarations.Count < 4 || !declarations.Exists(static d => d.Name.Contains("top", StringComparison.OrdinalIgnoreCase)))
                return null; // every group has a top side
            List<MergedLonghands>? merged = null;
            foreach (var (shorthand, family, longhands) in s_boxLonghands)
            {
                var members = new int[4];
                var found = 0;
                for (var side = 0; side < 4; side++)
                {
                    members[side] = -1;
                    for (var i = 0; i < declarations.Count; i++)
                    {
                        if (!declarations[i].Name.Equals(longhands[side], StringComparison.OrdinalIgnoreCase))
                            continue;
                        if (members[side] >= 0)
                            goto next; // twice (a fallback): its order matters
                        members[side] = i;
                    }
                    if (members[side] < 0)
                        goto next;
                    found++;
                }
                if (found == 4 && TryMerge(declarations, family, longhands, members, out var value))
                {
                    merged ??= [];
                    merged.Add(new MergedLonghands(Min(members), shorthand, value, declarations[members[0]].Important, members));
                }
            next:;
            }
            return merged;
        }

        private static int Min(int[] members) => Math.Min(Math.Min(members[0], members[1]), Math.Min(members[2], members[3]));

        private bool TryMerge(List<CssDeclaration> declarations, string family, string[] longhands, int[] members, out string value)
        {
            value = "";
            var first = Min(members);
            var last = Math.Max(Math.Max(members[0], members[1]), Math.Max(members[2], members[3]));
            var important = declarations[members[0]].Important;
            for (var i = first; i <= last; i++)
            {
                var declaration = declarations[i];
                if (Array.IndexOf(members, i) >= 0)
                {
                    if (declaration.Important != important)
                        return false;
                    continue;
                }
                if (declaration.Name.Contains(family, StringComparison.OrdinalIgnoreCase))
                    return false;
            }
            var values = new string[4];
            for (var side = 0; side < 4; side++)
            {
                var text = Render(declarations[members[side]], static (writer, declaration) => writer.Tokens(declaration.Value, Context.Value, declaration.Name)).Text;
                if (text.Length == 0 || text.AsSpan().IndexOfAny(" ,/!") >= 0 || text.Contains("var(", StringComparison.OrdinalIgnoreCase)
                    || text.Contains("env(", StringComparison.OrdinalIgnoreCase) || text.Contains("attr(", StringComparison.OrdinalIgnoreCase)
                    || Array.Exists(s_cssWideKeywords, keyword => text.Equals(keyword, StringComparison.OrdinalIgnoreCase)))
                    return false;
                values[side] = text;
            }
            value = string.Join(' ', values, 0, BoxValuesKept(values));
            return true;
        }
    }
}
