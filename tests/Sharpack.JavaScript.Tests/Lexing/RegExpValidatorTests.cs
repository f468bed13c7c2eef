// RegExpValidator against acorn 8.19 (ecmaVersion "latest"). The expectations of the case table
// and of the known cases were produced by running acorn on the literal /pattern/flags: the reason
// acorn gives after "Invalid regular expression: /pattern/: ", or null where it accepts the
// literal. The last two facts cover inputs no literal can have (acorn does not handle them).

using Sharpack.JavaScript.Lexing;
using Xunit;

namespace Sharpack.JavaScript.Tests.Lexing;

public sealed class RegExpValidatorTests
{
    // Pattern, then acorn's reason without flags, with u, and with v (null: valid).
    private static readonly (string Pattern, string? Plain, string? Unicode, string? UnicodeSets)[] s_acornCases =
    [
        (@"a", null, null, null),
        (@"abc", null, null, null),
        (@"a|b", null, null, null),
        (@"a||b", null, null, null),
        (@"|", null, null, null),
        (@"^a$", null, null, null),
        (@"\b\B", null, null, null),
        (@".", null, null, null),
        (@"a*", null, null, null),
        (@"a+?", null, null, null),
        (@"a??", null, null, null),
        (@"a{2}", null, null, null),
        (@"a{2,}", null, null, null),
        (@"a{2,3}", null, null, null),
        (@"a{3,2}", @"numbers out of order in {} quantifier", @"numbers out of order in {} quantifier", @"numbers out of order in {} quantifier"),
        (@"a{3,2}?", @"numbers out of order in {} quantifier", @"numbers out of order in {} quantifier", @"numbers out of order in {} quantifier"),
        (@"a{", null, @"Incomplete quantifier", @"Incomplete quantifier"),
        (@"a{1", null, @"Incomplete quantifier", @"Incomplete quantifier"),
        (@"a{1,", null, @"Incomplete quantifier", @"Incomplete quantifier"),
        (@"a{,1}", null, @"Incomplete quantifier", @"Incomplete quantifier"),
        (@"{", null, @"Lone quantifier brackets", @"Lone quantifier brackets"),
        (@"}", null, @"Lone quantifier brackets", @"Lone quantifier brackets"),
        (@"]", null, @"Lone quantifier brackets", @"Lone quantifier brackets"),
        (@"{*", null, @"Lone quantifier brackets", @"Lone quantifier brackets"),
        (@"}?", null, @"Lone quantifier brackets", @"Lone quantifier brackets"),
        (@"{1}", @"Nothing to repeat", @"Nothing to repeat", @"Nothing to repeat"),
        (@"x{1}{2}", @"Nothing to repeat", @"Nothing to repeat", @"Nothing to repeat"),
        (@"a**", @"Nothing to repeat", @"Nothing to repeat", @"Nothing to repeat"),
        (@"+a", @"Nothing to repeat", @"Nothing to repeat", @"Nothing to repeat"),
        (@"?", @"Nothing to repeat", @"Nothing to repeat", @"Nothing to repeat"),
        (@"a|*", @"Nothing to repeat", @"Nothing to repeat", @"Nothing to repeat"),
        (@"(*)", @"Nothing to repeat", @"Nothing to repeat", @"Nothing to repeat"),
        (@"a{99999999999999999999,1}", @"numbers out of order in {} quantifier", @"numbers out of order in {} quantifier", @"numbers out of order in {} quantifier"),
        (@"a{2,99999999999999999999}", null, null, null),
        (@"\1", null, @"Invalid escape", @"Invalid escape"),
        (@"\1(a)", null, null, null),
        (@"(a)\1", null, null, null),
        (@"(a)\2", null, @"Invalid escape", @"Invalid escape"),
        (@"\8", null, @"Invalid escape", @"Invalid escape"),
        (@"\9", null, @"Invalid escape", @"Invalid escape"),
        (@"\0", null, null, null),
        (@"\00", null, @"Invalid escape", @"Invalid escape"),
        (@"\01", null, @"Invalid escape", @"Invalid escape"),
        (@"\07", null, @"Invalid escape", @"Invalid escape"),
        (@"\08", null, @"Invalid escape", @"Invalid escape"),
        (@"\377", null, @"Invalid escape", @"Invalid escape"),
        (@"\400", null, @"Invalid escape", @"Invalid escape"),
        (@"(a\1)", null, null, null),
        (@"\c", null, @"Invalid unicode escape", @"Invalid unicode escape"),
        (@"\cA", null, null, null),
        (@"\cz", null, null, null),
        (@"\c1", null, @"Invalid unicode escape", @"Invalid unicode escape"),
        (@"\c_", null, @"Invalid unicode escape", @"Invalid unicode escape"),
        (@"[\c]", null, @"Invalid class escape", @"Invalid character in character class"),
        (@"[\cA]", null, null, null),
        (@"[\c1]", null, @"Invalid class escape", @"Invalid character in character class"),
        (@"[\c_]", null, @"Invalid class escape", @"Invalid character in character class"),
        (@"[\c*]", null, @"Invalid class escape", @"Invalid character in character class"),
        (@"\ca", null, null, null),
        (@"\c\d", null, @"Invalid unicode escape", @"Invalid unicode escape"),
        (@"\x", null, @"Invalid escape", @"Invalid escape"),
        (@"\x1", null, @"Invalid escape", @"Invalid escape"),
        (@"\x41", null, null, null),
        (@"\u", null, @"Invalid unicode escape", @"Invalid unicode escape"),
        (@"\u12", null, @"Invalid unicode escape", @"Invalid unicode escape"),
        (@"\u1234", null, null, null),
        (@"\u{41}", null, null, null),
        (@"\u{110000}", null, @"Invalid unicode escape", @"Invalid unicode escape"),
        (@"\u{10FFFF}", null, null, null),
        (@"\u{}", null, @"Invalid unicode escape", @"Invalid unicode escape"),
        (@"\uD83D\uDE00", null, null, null),
        (@"\uD83D", null, null, null),
        (@"\u{1F600}", null, null, null),
        (@"\a", null, @"Invalid escape", @"Invalid escape"),
        (@"\e", null, @"Invalid escape", @"Invalid escape"),
        (@"\-", null, @"Invalid escape", @"Invalid escape"),
        (@"\/", null, null, null),
        (@"\.", null, null, null),
        (@"\$", null, null, null),
        (@"\k", null, @"Invalid named reference", @"Invalid named reference"),
        (@"\k<a>", null, @"Invalid named capture referenced", @"Invalid named capture referenced"),
        (@"(?<a>x)\k<a>", null, null, null),
        (@"(?<a>x)\k<b>", @"Invalid named capture referenced", @"Invalid named capture referenced", @"Invalid named capture referenced"),
        (@"(?<a>x)\k", @"Invalid named reference", @"Invalid named reference", @"Invalid named reference"),
        (@"\k<a>(?<a>x)", null, null, null),
        (@"(?<a>x)\k<a", @"Invalid capture group name", @"Invalid capture group name", @"Invalid capture group name"),
        (@"(?<a>x)(?<a>y)", @"Duplicate capture group name", @"Duplicate capture group name", @"Duplicate capture group name"),
        (@"(?<a>x)|(?<a>y)", null, null, null),
        (@"((?<a>x)|(?<a>y))(?<a>z)", @"Duplicate capture group name", @"Duplicate capture group name", @"Duplicate capture group name"),
        (@"(?:(?<a>x)|(?<b>y))\k<a>", null, null, null),
        (@"(?<a>x)|((?<a>y)|(?<a>z))", null, null, null),
        (@"((?<a>x)|y)(?<a>z)", @"Duplicate capture group name", @"Duplicate capture group name", @"Duplicate capture group name"),
        (@"(?<$>x)", null, null, null),
        (@"(?<_a1>x)", null, null, null),
        (@"(?<1a>x)", @"Invalid capture group name", @"Invalid capture group name", @"Invalid capture group name"),
        (@"(?<>x)", @"Invalid capture group name", @"Invalid capture group name", @"Invalid capture group name"),
        (@"(?<a", @"Invalid capture group name", @"Invalid capture group name", @"Invalid capture group name"),
        (@"(?<a>", @"Unterminated group", @"Unterminated group", @"Unterminated group"),
        (@"(?<\u0061>x)", null, null, null),
        (@"(?<\u{61}>x)", null, null, null),
        (@"(?<a\u0062>x)\k<ab>", null, null, null),
        (@"(?<\x61>x)", @"Invalid capture group name", @"Invalid capture group name", @"Invalid capture group name"),
        (@"(?<\u12>x)", @"Invalid unicode escape", @"Invalid unicode escape", @"Invalid unicode escape"),
        ("(?<\u03C0>x)", null, null, null),
        ("(?<\uD835\uDC9C>x)", null, null, null),
        (@"(?<\uD835\uDC9C>x)", null, null, null),
        ("(?<a\u200Db>x)", null, null, null),
        (@"(", @"Unterminated group", @"Unterminated group", @"Unterminated group"),
        (@")", @"Unmatched ')'", @"Unmatched ')'", @"Unmatched ')'"),
        (@"(a", @"Unterminated group", @"Unterminated group", @"Unterminated group"),
        (@"a)", @"Unmatched ')'", @"Unmatched ')'", @"Unmatched ')'"),
        (@"(?:a", @"Unterminated group", @"Unterminated group", @"Unterminated group"),
        (@"(?:a)", null, null, null),
        (@"(?a)", @"Invalid group", @"Invalid group", @"Invalid group"),
        (@"(?", @"Invalid group", @"Invalid group", @"Invalid group"),
        (@"(?=a)", null, null, null),
        (@"(?!a)", null, null, null),
        (@"(?<=a)", null, null, null),
        (@"(?<!a)", null, null, null),
        (@"(?=a)*", null, @"Invalid quantifier", @"Invalid quantifier"),
        (@"(?!.){0,}?", null, @"Invalid quantifier", @"Invalid quantifier"),
        (@"(?<=a)*", @"Nothing to repeat", @"Nothing to repeat", @"Nothing to repeat"),
        (@"(?<!a)?", @"Nothing to repeat", @"Nothing to repeat", @"Nothing to repeat"),
        (@"(?=a){2}", null, @"Invalid quantifier", @"Invalid quantifier"),
        (@"\b*", @"Nothing to repeat", @"Nothing to repeat", @"Nothing to repeat"),
        (@"^*", @"Nothing to repeat", @"Nothing to repeat", @"Nothing to repeat"),
        (@"$+", @"Nothing to repeat", @"Nothing to repeat", @"Nothing to repeat"),
        (@"\B{1}", @"Nothing to repeat", @"Nothing to repeat", @"Nothing to repeat"),
        (@"(?i:a)", null, null, null),
        (@"(?-i:a)", null, null, null),
        (@"(?i-m:a)", null, null, null),
        (@"(?ims-:a)", null, null, null),
        (@"(?-ims:a)", null, null, null),
        (@"(?ii:a)", @"Duplicate regular expression modifiers", @"Duplicate regular expression modifiers", @"Duplicate regular expression modifiers"),
        (@"(?i-i:a)", @"Duplicate regular expression modifiers", @"Duplicate regular expression modifiers", @"Duplicate regular expression modifiers"),
        (@"(?-:a)", @"Invalid regular expression modifiers", @"Invalid regular expression modifiers", @"Invalid regular expression modifiers"),
        (@"(?-)", @"Invalid group", @"Invalid group", @"Invalid group"),
        (@"(?i)", @"Invalid group", @"Invalid group", @"Invalid group"),
        (@"(?x:a)", @"Invalid group", @"Invalid group", @"Invalid group"),
        (@"(?i-ss:a)", @"Duplicate regular expression modifiers", @"Duplicate regular expression modifiers", @"Duplicate regular expression modifiers"),
        (@"(?ii)", @"Duplicate regular expression modifiers", @"Duplicate regular expression modifiers", @"Duplicate regular expression modifiers"),
        (@"(?i-", @"Invalid group", @"Invalid group", @"Invalid group"),
        (@"(?mi:a)", null, null, null),
        (@"[]", null, null, null),
        (@"[^]", null, null, null),
        (@"[a-z]", null, null, null),
        (@"[z-a]", @"Range out of order in character class", @"Range out of order in character class", @"Range out of order in character class"),
        (@"[a-a]", null, null, null),
        (@"[\d-a]", null, @"Invalid character class", @"Unterminated character class"),
        (@"[a-\d]", null, @"Invalid character class", @"Unterminated character class"),
        (@"[\d-\w]", null, @"Invalid character class", @"Unterminated character class"),
        (@"[-a]", null, null, @"Invalid character in character class"),
        (@"[a-]", null, null, @"Unterminated character class"),
        (@"[a-b-c]", null, null, @"Unterminated character class"),
        (@"[\b]", null, null, null),
        (@"[\B]", null, @"Invalid escape", @"Invalid character in character class"),
        (@"[\-]", null, null, null),
        (@"[\1]", null, @"Invalid class escape", @"Invalid character in character class"),
        (@"[\8]", null, @"Invalid escape", @"Invalid character in character class"),
        (@"[\0]", null, null, null),
        (@"[\00]", null, @"Invalid class escape", @"Invalid character in character class"),
        (@"[\01-\0]", @"Range out of order in character class", @"Invalid class escape", @"Invalid character in character class"),
        (@"[\x41-\x40]", @"Range out of order in character class", @"Range out of order in character class", @"Range out of order in character class"),
        (@"[\u0041-\u0040]", @"Range out of order in character class", @"Range out of order in character class", @"Range out of order in character class"),
        ("[\uD83D\uDE00-\uD83D\uDE01]", @"Range out of order in character class", null, null),
        ("[\uD83D\uDE01-\uD83D\uDE00]", @"Range out of order in character class", @"Range out of order in character class", @"Range out of order in character class"),
        (@"[\uD83D\uDE00-\uD83D\uDE01]", @"Range out of order in character class", null, null),
        (@"[\u{1F600}-\u{1F601}]", @"Range out of order in character class", null, null),
        (@"[\k]", null, @"Invalid escape", @"Invalid character in character class"),
        (@"[\q]", null, @"Invalid escape", @"Invalid escape"),
        (@"[\q{a}]", null, @"Invalid escape", null),
        (@"[\p{L}]", null, null, null),
        (@"[\p{L}-z]", @"Range out of order in character class", @"Invalid character class", @"Unterminated character class"),
        (@"[[a]]", null, @"Lone quantifier brackets", null),
        (@"[a&&b]", null, null, null),
        (@"[a--b]", @"Range out of order in character class", @"Range out of order in character class", null),
        (@"[\]]", null, null, null),
        (@"[\c-a]", @"Range out of order in character class", @"Invalid class escape", @"Invalid character in character class"),
        (@"[\z]", null, @"Invalid escape", @"Invalid character in character class"),
        (@"[(]", null, null, @"Invalid character in character class"),
        (@"[{}]", null, null, @"Invalid character in character class"),
        (@"[|]", null, null, @"Invalid character in character class"),
        (@"[/]", null, null, @"Invalid character in character class"),
        (@"[\/]", null, null, null),
        (@"\p{L}", null, null, null),
        (@"\P{L}", null, null, null),
        (@"\p{Lu}", null, null, null),
        (@"\p{Letter}", null, null, null),
        (@"\p{gc=Lu}", null, null, null),
        (@"\p{General_Category=Letter}", null, null, null),
        (@"\p{General_Category=Greek}", null, @"Invalid property value", @"Invalid property value"),
        (@"\p{Script=Greek}", null, null, null),
        (@"\p{sc=Grek}", null, null, null),
        (@"\p{scx=Latn}", null, null, null),
        (@"\p{Script_Extensions=Latin}", null, null, null),
        (@"\p{Script=Foo}", null, @"Invalid property value", @"Invalid property value"),
        (@"\p{Foo}", null, @"Invalid property name", @"Invalid property name"),
        (@"\p{Foo=Bar}", null, @"Invalid property name", @"Invalid property name"),
        (@"\p{}", null, @"Invalid property name", @"Invalid property name"),
        (@"\p", null, @"Invalid property name", @"Invalid property name"),
        (@"\p{L", null, @"Invalid property name", @"Invalid property name"),
        (@"\p{ASCII}", null, null, null),
        (@"\p{Any}", null, null, null),
        (@"\p{Emoji}", null, null, null),
        (@"\p{RGI_Emoji}", null, @"Invalid property name", null),
        (@"\P{RGI_Emoji}", null, @"Invalid property name", @"Invalid property name"),
        (@"\p{Basic_Emoji}", null, @"Invalid property name", null),
        (@"\p{Script}", null, @"Invalid property name", @"Invalid property name"),
        (@"\p{Script=}", null, @"Invalid property name", @"Invalid property name"),
        (@"\p{=Greek}", null, @"Invalid property name", @"Invalid property name"),
        (@"\p{ascii}", null, @"Invalid property name", @"Invalid property name"),
        (@"\p{Script=Kawi}", null, null, null),
        (@"\p{sc=Zzzz}", null, null, null),
        (@"\p{Lowercase_Letter}", null, null, null),
        (@"\p{L=Lu}", null, @"Invalid property name", @"Invalid property name"),
        (@"\p{gc=L_}", null, @"Invalid property value", @"Invalid property value"),
        (@"\p{Extended_Pictographic}", null, null, null),
        (@"\p{Script=Greek", null, @"Invalid property name", @"Invalid property name"),
        (@"\p{Nd}", null, null, null),
        (@"\p{digit}", null, null, null),
        (@"\p{punct}", null, null, null),
        (@"[\p{RGI_Emoji}--\q{a}]", @"Range out of order in character class", @"Invalid property name", null),
        (@"[^\p{RGI_Emoji}]", null, @"Invalid property name", @"Negated character class may contain strings"),
        (@"[\p{RGI_Emoji}&&\p{Emoji}]", null, @"Invalid property name", null),
        (@"[^\p{RGI_Emoji}&&\p{Emoji}]", null, @"Invalid property name", null),
        (@"[^\p{RGI_Emoji}--\p{Emoji}]", @"Range out of order in character class", @"Invalid property name", @"Negated character class may contain strings"),
        (@"[^\q{ab}]", null, @"Invalid escape", @"Negated character class may contain strings"),
        (@"[^\q{a}]", null, @"Invalid escape", null),
        (@"[^\q{a|b}]", null, @"Invalid escape", null),
        (@"[^\q{}]", null, @"Invalid escape", @"Negated character class may contain strings"),
        (@"[^\q{a|bc}]", null, @"Invalid escape", @"Negated character class may contain strings"),
        (@"[\q{abc|d}]", null, @"Invalid escape", null),
        (@"[\q{a\|b}]", null, @"Invalid escape", null),
        (@"[\q{a]", null, @"Invalid escape", @"Invalid character in character class"),
        (@"[\qa]", null, @"Invalid escape", @"Invalid escape"),
        (@"[a&&&b]", null, null, @"Invalid character in character class"),
        (@"[a&&]", null, null, @"Invalid character in character class"),
        (@"[&&a]", null, null, @"Invalid character in character class"),
        (@"[a&&b&&c]", null, null, null),
        (@"[a--b--c]", @"Range out of order in character class", @"Range out of order in character class", null),
        (@"[a&&b--c]", @"Range out of order in character class", @"Range out of order in character class", @"Unterminated character class"),
        (@"[a--b&&c]", @"Range out of order in character class", @"Range out of order in character class", @"Unterminated character class"),
        (@"[ab&&c]", null, null, @"Unterminated character class"),
        (@"[a-z&&b]", null, null, @"Unterminated character class"),
        (@"[[a-z]&&[aeiou]]", null, @"Lone quantifier brackets", null),
        (@"[a-z--[aeiou]]", null, @"Lone quantifier brackets", @"Unterminated character class"),
        (@"[[a][b]]", null, @"Lone quantifier brackets", null),
        (@"[a[b]c]", null, @"Lone quantifier brackets", null),
        (@"[[[a]]]", null, @"Lone quantifier brackets", null),
        (@"[^[^a]]", null, @"Lone quantifier brackets", null),
        (@"[)]", null, null, @"Invalid character in character class"),
        (@"[-]", null, null, @"Invalid character in character class"),
        (@"[!!]", null, null, @"Invalid character in character class"),
        (@"[!]", null, null, null),
        (@"[a!!b]", null, null, @"Unterminated character class"),
        (@"[\!]", null, @"Invalid escape", null),
        (@"[\!\!]", null, @"Invalid escape", null),
        (@"[##]", null, null, @"Invalid character in character class"),
        (@"[\&&a]", null, @"Invalid escape", null),
        (@"[a\&\&b]", null, @"Invalid escape", null),
        (@"[\d]", null, null, null),
        (@"[\d--\s]", null, @"Invalid character class", null),
        (@"[\q{}]", null, @"Invalid escape", null),
        (@"[a|b]", null, null, @"Unterminated character class"),
        (@"[\|]", null, null, null),
        (@"[a{]", null, null, @"Unterminated character class"),
        (@"[\{]", null, null, null),
        (@"[\x41]", null, null, null),
        (@"[\u{1F600}]", null, null, null),
        ("[\uD83D\uDE00]", null, null, null),
        (@"[a&&[b]]", null, @"Lone quantifier brackets", null),
        (@"[[a]&&b]", null, @"Lone quantifier brackets", null),
        (@"[[^a]]", null, @"Lone quantifier brackets", null),
        (@"[[]]", null, @"Lone quantifier brackets", null),
        (@"[^[]]", null, @"Lone quantifier brackets", null),
        (@"[^\q{a}--\q{b}]", @"Range out of order in character class", @"Invalid escape", null),
        (@"[~~]", null, null, @"Invalid character in character class"),
        (@"[a~~]", null, null, @"Unterminated character class"),
        (@"[^^]", null, null, null),
        (@"[^^^]", null, null, @"Invalid character in character class"),
        (@"[\^^]", null, null, null),
        (@"[$$]", null, null, @"Invalid character in character class"),
        (@"[``]", null, null, @"Invalid character in character class"),
        ("\uD83D\uDE00{2}", null, null, null),
        (@".{1,2}", null, null, null),
        (@"\w+", null, null, null),
        (@"\d{3}", null, null, null),
        (@"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10", null, null, null),
        (@"(a)\10", null, @"Invalid escape", @"Invalid escape"),
        (@"\11(a)", null, @"Invalid escape", @"Invalid escape"),
        (@"(?:)", null, null, null),
        (@"()", null, null, null),
        (@"(|)", null, null, null),
        (@"a{1}?", null, null, null),
        (@"a{1}??", @"Nothing to repeat", @"Nothing to repeat", @"Nothing to repeat"),
        (@"a{1,2}{3}", @"Nothing to repeat", @"Nothing to repeat", @"Nothing to repeat"),
        (@"\u{0041}", null, null, null),
        (@"[\u{41}-\u{5a}]", @"Range out of order in character class", null, null),
        (@"\u{ 41}", null, @"Invalid unicode escape", @"Invalid unicode escape"),
        (@"\u{41", null, @"Invalid unicode escape", @"Invalid unicode escape"),
        (@"\x4g", null, @"Invalid escape", @"Invalid escape"),
        (@"\u004g", null, @"Invalid unicode escape", @"Invalid unicode escape"),
        (@"[\x]", null, @"Invalid escape", @"Invalid escape"),
        (@"[\u]", null, @"Invalid unicode escape", @"Invalid unicode escape"),
        (@"[\u{}]", null, @"Invalid unicode escape", @"Invalid unicode escape"),
    ];

    public static TheoryData<string, string, string?> AcornCases()
    {
        var data = new TheoryData<string, string, string?>();
        foreach (var (pattern, plain, unicode, unicodeSets) in s_acornCases)
        {
            data.Add(pattern, "", plain);
            data.Add(pattern, "u", unicode);
            data.Add(pattern, "v", unicodeSets);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AcornCases))]
    public void Validate_MatchesAcorn(string pattern, string flags, string? reason)
    {
        var expected = reason is null ? null : $"Invalid regular expression: /{pattern}/: {reason}";
        Assert.Equal(expected, RegExpValidator.Validate(pattern, flags));
    }

    [Theory]
    [InlineData(@"\1", "u", "Invalid escape")]
    [InlineData(@"{*", "u", "Lone quantifier brackets")]
    [InlineData(@"(?!.){0,}?", "u", "Invalid quantifier")]
    [InlineData(@"}?", "u", "Lone quantifier brackets")]
    [InlineData(@"\1", "", null)]
    [InlineData(@"{*", "", null)]
    [InlineData(@"(?!.){0,}?", "", null)]
    [InlineData(@"[\d-a]", "", null)]
    [InlineData(@"[\d-a]", "u", "Invalid character class")]
    [InlineData(@"(?<a>x)|(?<a>y)", "", null)]
    [InlineData(@"(?<a>x)(?<a>y)", "", "Duplicate capture group name")]
    [InlineData(@"\p{Script=Greek}", "u", null)]
    [InlineData(@"[\p{RGI_Emoji}--\q{a}]", "v", null)]
    [InlineData(@"[^\p{RGI_Emoji}]", "v", "Negated character class may contain strings")]
    [InlineData(@"\p{RGI_Emoji}", "u", "Invalid property name")]
    [InlineData(@"(?i-i:a)", "", "Duplicate regular expression modifiers")]
    [InlineData(@"a{2,1}", "", "numbers out of order in {} quantifier")]
    [InlineData(@"[z-a]", "", "Range out of order in character class")]
    public void Validate_KnownCases(string pattern, string flags, string? reason)
    {
        var expected = reason is null ? null : $"Invalid regular expression: /{pattern}/: {reason}";
        Assert.Equal(expected, RegExpValidator.Validate(pattern, flags));
    }

    [Theory]
    [InlineData("g", null)]
    [InlineData("dgimsuy", null)]
    [InlineData("dgimsvy", null)]
    [InlineData("x", "Invalid regular expression flag")]
    [InlineData("gg", "Duplicate regular expression flag")]
    [InlineData("uv", "Invalid regular expression flag")]
    public void Validate_ChecksFlags(string flags, string? expected)
    {
        Assert.Equal(expected, RegExpValidator.Validate("a", flags));
    }

    [Theory]
    [InlineData("")]
    [InlineData("u")]
    public void Validate_SurrogatePairIsOneCodePointOnlyWithU(string flags)
    {
        // Without u the range runs from the low surrogate of the first emoji to the high one of the second.
        var expected = flags == "u" ? null : "Invalid regular expression: /[\uD83D\uDE00-\uD83D\uDE01]/: Range out of order in character class";
        Assert.Equal(expected, RegExpValidator.Validate("[\uD83D\uDE00-\uD83D\uDE01]", flags));
    }

    [Fact]
    public void Validate_RejectsTrailingBackslash()
    {
        // A literal's body cannot end in a lone backslash; a caller passing one still gets an error.
        Assert.Equal(@"Invalid regular expression: /a\/: \ at end of pattern", RegExpValidator.Validate(@"a\", ""));
        Assert.NotNull(RegExpValidator.Validate(@"a\", "u"));
    }

    [Fact]
    public void Validate_DeepNestingIsAnErrorNotAStackOverflow()
    {
        var pattern = new string('(', 200_000) + new string(')', 200_000);
        var message = RegExpValidator.Validate(pattern, "");
        Assert.NotNull(message);
        Assert.EndsWith("/: Too deeply nested", message);
    }
}
