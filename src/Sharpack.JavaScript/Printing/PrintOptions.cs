// What the printer keeps and how it spells what it prints.

namespace Sharpack.JavaScript.Printing;

/// <summary>Which comments of the source the printer keeps.</summary>
public enum CommentPolicy : byte
{
    /// <summary>No comment (annotations excepted, see <see cref="PrintOptions.KeepAnnotations"/>).</summary>
    None,

    /// <summary>
    /// Legal comments, as terser's <c>comments: "some"</c>: those starting <c>/*!</c> or holding
    /// <c>@preserve</c>, <c>@copyright</c>, <c>@lic</c> or <c>@cc_on</c>.
    /// </summary>
    Legal,
}

/// <summary>Options of <see cref="JsPrinter"/>.</summary>
public sealed class PrintOptions
{
    /// <summary>Shared default options: compact output, legal comments and annotations kept.</summary>
    public static PrintOptions Default { get; } = new();

    /// <summary>Escapes every character outside ASCII in strings, templates, regular expressions and names (terser's <c>ascii_only</c>).</summary>
    public bool AsciiOnly { get; init; }

    /// <summary>The comments kept; default <see cref="CommentPolicy.Legal"/>.</summary>
    public CommentPolicy Comments { get; init; } = CommentPolicy.Legal;

    /// <summary>Keeps <c>/*#__PURE__*/</c> and <c>/*#__NO_SIDE_EFFECTS__*/</c> before the calls and functions they annotate; default true.</summary>
    public bool KeepAnnotations { get; init; } = true;

    /// <summary>
    /// New names by symbol (an index into the program's scope tree), or null to keep every name;
    /// a null entry keeps that symbol's name. The mangler fills it.
    /// </summary>
    public IReadOnlyList<string?>? SymbolNames { get; init; }

    /// <summary>
    /// Comments this accepts (given with their <c>/* */</c> or <c>//</c>) are not printed but
    /// collected (terser-webpack-plugin's extractComments); null extracts none.
    /// </summary>
    public Func<string, bool>? ExtractComment { get; init; }

    /// <summary>
    /// Which comments stay (given with their <c>/* */</c> or <c>//</c>), in place of
    /// <see cref="Comments"/>' legal test unless that is <see cref="CommentPolicy.None"/>
    /// (terser's <c>format.comments</c> as "all", a RegExp or a function); null for the policy's test.
    /// </summary>
    public Func<string, bool>? KeepComment { get; init; }

    /// <summary>Collects a mapping from each printed token that has a source position to that position (for source maps).</summary>
    public bool RecordMappings { get; init; }
}
