// Follows acorn src/regexp.js (8.19, ecmaVersion "latest"): the early errors of a regular
// expression literal. The lexer only finds where a literal ends; this checks its body against
// the ECMAScript 2025 pattern grammar for its flags and reports the first error in acorn's words.
// Without u/v it is the Annex B grammar (quantifiable lookaheads, legacy octal escapes, braces
// and `\c` as literals, back references that fall back to octal); with u the strict Unicode
// grammar; with v also the class set syntax. Literals are rare, so this is a plain recursive
// descent over the string with an index, and errors unwind as an exception to Validate.

using System.Runtime.CompilerServices;
using System.Text;

namespace Sharpack.JavaScript.Lexing;

/// <summary>Early errors of regular expression literals, with acorn's messages.</summary>
internal static partial class RegExpValidator
{
    /// <summary>
    /// Checks the body and flags of a regular expression literal (the text between the slashes,
    /// and the flags after them). Returns null when the literal is valid, else acorn's message,
    /// e.g. <c>Invalid regular expression: /{*/: Lone quantifier brackets</c>.
    /// </summary>
    public static string? Validate(string pattern, string flags)
    {
        var unicode = false;
        var unicodeSets = false;
        for (var i = 0; i < flags.Length; i++)
        {
            var flag = flags[i];
            if (flag is not ('d' or 'g' or 'i' or 'm' or 's' or 'u' or 'v' or 'y'))
                return "Invalid regular expression flag";
            if (flags.IndexOf(flag, i + 1) >= 0)
                return "Duplicate regular expression flag";
            if (flag == 'u') unicode = true;
            else if (flag == 'v') unicodeSets = true;
        }
        if (unicode && unicodeSets)
            return "Invalid regular expression flag";

        try
        {
            new PatternParser(pattern, unicode || unicodeSets, unicodeSets).Validate();
            return null;
        }
        catch (PatternException e)
        {
            return "Invalid regular expression: /" + pattern + "/: " + e.Message;
        }
    }

    /// <summary>What a class, class operand or property escape can match.</summary>
    private enum CharSet
    {
        /// <summary>Nothing was parsed.</summary>
        None,
        /// <summary>Parsed; matches single characters only.</summary>
        Characters,
        /// <summary>Parsed; may match strings (v flag), so it must not be negated.</summary>
        Strings,
    }

    /// <summary>Unwinds the parse at the first error; the message is acorn's, without the prefix.</summary>
    private sealed class PatternException(string message) : Exception(message);

    /// <summary>The state of one validation: a cursor over the pattern and what was seen so far.</summary>
    private sealed partial class PatternParser(string source, bool unicode, bool unicodeSets)
    {
        private readonly string _source = source;
        // The u grammar (also under v): code points, strict escapes, no Annex B extensions.
        private readonly bool _unicode = unicode;
        // The v grammar of character classes.
        private readonly bool _unicodeSets = unicodeSets;
        // `\k` is a named reference: under u/v, or on the second pass when the pattern has a named group.
        private bool _namedGroups = unicode;
        private int _pos;
        // The value of the last character, escape or code point read; -1 for a class escape like \d.
        private int _lastIntValue;
        // The value of the last decimal number read (quantifier bounds, back references), as acorn
        // keeps it: a double, so huge bounds compare as they do in JavaScript.
        private double _lastNumber;
        private string _lastStringValue = "";
        private bool _lastAssertionIsQuantifiable;
        private int _numCapturingParens;
        private double _maxBackReference;
        // Capture group name to the alternatives (branch ids) it was declared in.
        private readonly Dictionary<string, List<int>> _groupNames = new(StringComparer.Ordinal);
        private readonly List<string> _backReferenceNames = [];
        private readonly StringBuilder _name = new();

        // Alternatives as a tree, for duplicate group names (ES2025): each disjunction opens a set of
        // sibling branches sharing a base id; a name may repeat only in branches that are siblings
        // in some disjunction. Branch i has parent _branchParent[i] (-1 for none) and base _branchBase[i].
        private readonly List<int> _branchParent = [];
        private readonly List<int> _branchBase = [];
        private int _branch = -1;

        public void Validate()
        {
            ParsePattern();
            // Without u/v the pattern is first parsed with `\k` as an identity escape; if it has a
            // named group, it is parsed again with `\k<name>` as a reference and that result counts.
            if (!_namedGroups && _groupNames.Count > 0)
            {
                _namedGroups = true;
                ParsePattern();
            }
        }

        private void ParsePattern()
        {
            _pos = 0;
            _lastIntValue = 0;
            _lastNumber = 0;
            _lastStringValue = "";
            _lastAssertionIsQuantifiable = false;
            _numCapturingParens = 0;
            _maxBackReference = 0;
            _groupNames.Clear();
            _backReferenceNames.Clear();
            _branchParent.Clear();
            _branchBase.Clear();
            _branch = -1;

            Disjunction();

            if (_pos != _source.Length)
            {
                // The same messages as V8.
                if (Eat(')'))
                    throw Error("Unmatched ')'");
                if (Eat(']') || Eat('}'))
                    throw Error("Lone quantifier brackets");
            }
            if (_maxBackReference > _numCapturingParens)
                throw Error("Invalid escape");
            foreach (var name in _backReferenceNames)
            {
                if (!_groupNames.ContainsKey(name))
                    throw Error("Invalid named capture referenced");
            }
        }

        // Disjunction :: Alternative ( `|` Alternative )*
        private void Disjunction()
        {
            EnterNesting();
            _branch = NewBranch(_branch, -1);
            Alternative();
            while (Eat('|'))
            {
                _branch = NewBranch(_branchParent[_branch], _branchBase[_branch]);
                Alternative();
            }
            _branch = _branchParent[_branch];

            // The same messages as V8.
            if (EatQuantifier(noError: true))
                throw Error("Nothing to repeat");
            if (Eat('{'))
                throw Error("Lone quantifier brackets");
            _depth--;
        }

        private void Alternative()
        {
            while (_pos < _source.Length && EatTerm())
            {
            }
        }

        private bool EatTerm()
        {
            if (EatAssertion())
            {
                // Annex B: a lookahead may be quantified without u/v.
                if (_lastAssertionIsQuantifiable && EatQuantifier(noError: false) && _unicode)
                    throw Error("Invalid quantifier");
                return true;
            }
            if (_unicode ? EatAtom() : EatExtendedAtom())
            {
                EatQuantifier(noError: false);
                return true;
            }
            return false;
        }

        // ^ $ \b \B (?= (?! (?<= (?<!
        private bool EatAssertion()
        {
            var start = _pos;
            _lastAssertionIsQuantifiable = false;
            if (Eat('^') || Eat('$'))
                return true;
            if (Eat('\\'))
            {
                if (Eat('B') || Eat('b'))
                    return true;
                _pos = start;
            }
            if (Eat('(') && Eat('?'))
            {
                var lookbehind = Eat('<');
                if (Eat('=') || Eat('!'))
                {
                    Disjunction();
                    if (!Eat(')'))
                        throw Error("Unterminated group");
                    _lastAssertionIsQuantifiable = !lookbehind;
                    return true;
                }
            }
            _pos = start;
            return false;
        }

        // Quantifier :: ( `*` | `+` | `?` | `{n}` | `{n,}` | `{n,m}` ) `?`?
        // With noError the braces are only probed: no error for a bad or reversed range.
        private bool EatQuantifier(bool noError)
        {
            if (Eat('*') || Eat('+') || Eat('?') || EatBracedQuantifier(noError))
            {
                Eat('?');
                return true;
            }
            return false;
        }

        private bool EatBracedQuantifier(bool noError)
        {
            var start = _pos;
            if (!Eat('{'))
                return false;
            if (EatDecimalDigits())
            {
                var min = _lastNumber;
                var max = -1.0;
                if (Eat(',') && EatDecimalDigits())
                    max = _lastNumber;
                if (Eat('}'))
                {
                    if (max != -1 && max < min && !noError)
                        throw Error("numbers out of order in {} quantifier");
                    return true;
                }
            }
            if (_unicode && !noError)
                throw Error("Incomplete quantifier");
            _pos = start;
            return false;
        }

        // Atom[+U]
        private bool EatAtom() =>
            EatPatternCharacters()
            || Eat('.')
            || EatReverseSolidusAtomEscape()
            || EatCharacterClass()
            || EatUncapturingGroup()
            || EatCapturingGroup();

        // Annex B ExtendedAtom: what Atom[~U] becomes, with braces and lone `]` `}` as literals.
        private bool EatExtendedAtom() =>
            Eat('.')
            || EatReverseSolidusAtomEscape()
            || EatCharacterClass()
            || EatUncapturingGroup()
            || EatCapturingGroup()
            || EatInvalidBracedQuantifier()
            || EatExtendedPatternCharacter();

        private bool EatReverseSolidusAtomEscape()
        {
            var start = _pos;
            if (Eat('\\'))
            {
                if (EatAtomEscape())
                    return true;
                _pos = start;
            }
            return false;
        }

        // (?: ... ), and the ES2025 modifiers groups (?ims-ims: ... )
        private bool EatUncapturingGroup()
        {
            var start = _pos;
            if (Eat('('))
            {
                if (Eat('?'))
                {
                    var addStart = _pos;
                    var add = EatModifiers(out var addDuplicate);
                    var hasAdd = _pos != addStart;
                    var hasHyphen = Eat('-');
                    if (hasAdd || hasHyphen)
                    {
                        if (addDuplicate)
                            throw Error("Duplicate regular expression modifiers");
                        if (hasHyphen)
                        {
                            var removeStart = _pos;
                            var remove = EatModifiers(out var removeDuplicate);
                            if (!hasAdd && _pos == removeStart && Current() == ':')
                                throw Error("Invalid regular expression modifiers");
                            if (removeDuplicate || (remove & add) != 0)
                                throw Error("Duplicate regular expression modifiers");
                        }
                    }
                    if (Eat(':'))
                    {
                        Disjunction();
                        if (Eat(')'))
                            return true;
                        throw Error("Unterminated group");
                    }
                }
                _pos = start;
            }
            return false;
        }

        // Reads modifier letters (i, m, s) as a bit set; duplicate is set when one repeats.
        private int EatModifiers(out bool duplicate)
        {
            var set = 0;
            duplicate = false;
            while (true)
            {
                var bit = Current() switch { 'i' => 1, 'm' => 2, 's' => 4, _ => 0 };
                if (bit == 0)
                    return set;
                if ((set & bit) != 0)
                    duplicate = true;
                set |= bit;
                Advance();
            }
        }

        private bool EatCapturingGroup()
        {
            if (!Eat('('))
                return false;
            GroupSpecifier();
            Disjunction();
            if (Eat(')'))
            {
                _numCapturingParens++;
                return true;
            }
            throw Error("Unterminated group");
        }

        // Annex B InvalidBracedQuantifier: a well-formed {n,m} where an atom should be.
        private bool EatInvalidBracedQuantifier()
        {
            if (EatBracedQuantifier(noError: true))
                throw Error("Nothing to repeat");
            return false;
        }

        // PatternCharacter[+U], eagerly: a run of characters that are not syntax characters.
        private bool EatPatternCharacters()
        {
            var start = _pos;
            int ch;
            while ((ch = Current()) != -1 && !IsSyntaxCharacter(ch))
                Advance();
            return _pos != start;
        }

        // Annex B ExtendedPatternCharacter: anything but ^ $ \ . * + ? ( ) [ |; `\` only gets here
        // when no escape matched (a lone `\c`), and is then a literal backslash.
        private bool EatExtendedPatternCharacter()
        {
            var ch = Current();
            if (ch != -1 && ch != '$' && ch is not (>= '(' and <= '+') && ch != '.' && ch != '?' && ch != '[' && ch != '^' && ch != '|')
            {
                Advance();
                return true;
            }
            return false;
        }

        // GroupSpecifier :: [empty] | `?` GroupName
        private void GroupSpecifier()
        {
            if (!Eat('?'))
                return;
            if (!EatGroupName())
                throw Error("Invalid group");
            var name = _lastStringValue;
            if (_groupNames.TryGetValue(name, out var known))
            {
                foreach (var branch in known)
                {
                    if (!SeparatedFrom(branch, _branch))
                        throw Error("Duplicate capture group name");
                }
                known.Add(_branch);
            }
            else
            {
                _groupNames.Add(name, [_branch]);
            }
        }

        // GroupName :: `<` RegExpIdentifierName `>`, the name into _lastStringValue.
        private bool EatGroupName()
        {
            _lastStringValue = "";
            if (!Eat('<'))
                return false;
            if (EatRegExpIdentifierName() && Eat('>'))
                return true;
            throw Error("Invalid capture group name");
        }

        private bool EatRegExpIdentifierName()
        {
            _lastStringValue = "";
            if (!EatRegExpIdentifierChar(start: true))
                return false;
            _name.Clear();
            AppendCodePoint(_name, _lastIntValue);
            while (EatRegExpIdentifierChar(start: false))
                AppendCodePoint(_name, _lastIntValue);
            _lastStringValue = _name.ToString();
            return true;
        }

        // RegExpIdentifierStart / RegExpIdentifierPart: an identifier character, or `\u` escape of
        // one; code points even without u (ES2020).
        private bool EatRegExpIdentifierChar(bool start)
        {
            var begin = _pos;
            var ch = Current(forceU: true);
            Advance(forceU: true);
            if (ch == '\\' && EatRegExpUnicodeEscapeSequence(forceU: true))
                ch = _lastIntValue;
            if (ch >= 0 && ch <= 0x10FFFF && (start ? CharClass.IsIdStart(ch) : CharClass.IsIdPart(ch)))
            {
                _lastIntValue = ch;
                return true;
            }
            _pos = begin;
            return false;
        }

        // Annex B AtomEscape (what follows `\` outside a class).
        private bool EatAtomEscape()
        {
            if (EatBackReference()
                || EatCharacterClassEscape() != CharSet.None
                || EatCharacterEscape()
                || (_namedGroups && EatKGroupName()))
            {
                return true;
            }
            if (_unicode)
            {
                // The same message as V8.
                if (Current() == 'c')
                    throw Error("Invalid unicode escape");
                throw Error("Invalid escape");
            }
            return false;
        }

        // \1..: always a back reference under u (checked against the group count at the end);
        // without u only when that many groups have closed so far, else it is read again as octal.
        private bool EatBackReference()
        {
            var start = _pos;
            if (EatDecimalEscape())
            {
                var n = _lastNumber;
                if (_unicode)
                {
                    if (n > _maxBackReference)
                        _maxBackReference = n;
                    return true;
                }
                if (n <= _numCapturingParens)
                    return true;
                _pos = start;
            }
            return false;
        }

        private bool EatKGroupName()
        {
            if (!Eat('k'))
                return false;
            if (EatGroupName())
            {
                _backReferenceNames.Add(_lastStringValue);
                return true;
            }
            throw Error("Invalid named reference");
        }

        // Annex B CharacterEscape.
        private bool EatCharacterEscape() =>
            EatControlEscape()
            || EatCControlLetter()
            || EatZero()
            || EatHexEscapeSequence()
            || EatRegExpUnicodeEscapeSequence(forceU: false)
            || (!_unicode && EatLegacyOctalEscapeSequence())
            || EatIdentityEscape();

        private bool EatControlEscape()
        {
            var value = Current() switch { 't' => 0x09, 'n' => 0x0A, 'v' => 0x0B, 'f' => 0x0C, 'r' => 0x0D, _ => -1 };
            if (value < 0)
                return false;
            _lastIntValue = value;
            Advance();
            return true;
        }

        // `c` ControlLetter
        private bool EatCControlLetter()
        {
            var start = _pos;
            if (Eat('c'))
            {
                if (EatControlLetter())
                    return true;
                _pos = start;
            }
            return false;
        }

        private bool EatControlLetter()
        {
            var ch = Current();
            if (!IsControlLetter(ch))
                return false;
            _lastIntValue = ch % 0x20;
            Advance();
            return true;
        }

        // \0 not followed by a decimal digit.
        private bool EatZero()
        {
            if (Current() == '0' && !IsDecimalDigit(Lookahead()))
            {
                _lastIntValue = 0;
                Advance();
                return true;
            }
            return false;
        }

        private bool EatHexEscapeSequence()
        {
            var start = _pos;
            if (Eat('x'))
            {
                if (EatFixedHexDigits(2))
                    return true;
                if (_unicode)
                    throw Error("Invalid escape");
                _pos = start;
            }
            return false;
        }

        // `u` Hex4Digits, and under u (or in group names) a surrogate pair of two such escapes as
        // one code point, and `u{...}`.
        private bool EatRegExpUnicodeEscapeSequence(bool forceU)
        {
            var start = _pos;
            var unicode = forceU || _unicode;
            if (!Eat('u'))
                return false;
            if (EatFixedHexDigits(4))
            {
                var lead = _lastIntValue;
                if (unicode && lead is >= 0xD800 and <= 0xDBFF)
                {
                    var leadEnd = _pos;
                    if (Eat('\\') && Eat('u') && EatFixedHexDigits(4))
                    {
                        var trail = _lastIntValue;
                        if (trail is >= 0xDC00 and <= 0xDFFF)
                        {
                            _lastIntValue = ((lead - 0xD800) * 0x400) + (trail - 0xDC00) + 0x10000;
                            return true;
                        }
                    }
                    _pos = leadEnd;
                    _lastIntValue = lead;
                }
                return true;
            }
            if (unicode && Eat('{') && EatHexDigits() && Eat('}') && _lastIntValue <= 0x10FFFF)
                return true;
            if (unicode)
                throw Error("Invalid unicode escape");
            _pos = start;
            return false;
        }

        // Annex B IdentityEscape: under u only syntax characters and `/`; without u anything but
        // `c` (and `k` when named references are on).
        private bool EatIdentityEscape()
        {
            if (_unicode)
            {
                if (EatSyntaxCharacter())
                    return true;
                if (Eat('/'))
                {
                    _lastIntValue = '/';
                    return true;
                }
                return false;
            }
            var ch = Current();
            if (ch != 'c' && (!_namedGroups || ch != 'k'))
            {
                // Not reachable from a literal, whose body cannot end in a lone backslash; acorn
                // would accept it, the RegExp constructor would not.
                if (ch == -1)
                    throw Error("\\ at end of pattern");
                _lastIntValue = ch;
                Advance();
                return true;
            }
            return false;
        }

        // DecimalEscape :: NonZeroDigit DecimalDigits?, into _lastNumber.
        private bool EatDecimalEscape()
        {
            _lastNumber = 0;
            var ch = Current();
            if (ch is < '1' or > '9')
                return false;
            do
            {
                _lastNumber = (10 * _lastNumber) + (ch - '0');
                Advance();
            }
            while (IsDecimalDigit(ch = Current()));
            return true;
        }

        private bool EatSyntaxCharacter()
        {
            var ch = Current();
            if (!IsSyntaxCharacter(ch))
                return false;
            _lastIntValue = ch;
            Advance();
            return true;
        }

        // Annex B LegacyOctalEscapeSequence: up to \377.
        private bool EatLegacyOctalEscapeSequence()
        {
            if (!EatOctalDigit())
                return false;
            var n1 = _lastIntValue;
            if (EatOctalDigit())
            {
                var n2 = _lastIntValue;
                if (n1 <= 3 && EatOctalDigit())
                    _lastIntValue = (n1 * 64) + (n2 * 8) + _lastIntValue;
                else
                    _lastIntValue = (n1 * 8) + n2;
            }
            else
            {
                _lastIntValue = n1;
            }
            return true;
        }

        private bool EatOctalDigit()
        {
            var ch = Current();
            if (IsOctalDigit(ch))
            {
                _lastIntValue = ch - '0';
                Advance();
                return true;
            }
            _lastIntValue = 0;
            return false;
        }

        private bool EatDecimalDigits()
        {
            var start = _pos;
            _lastNumber = 0;
            int ch;
            while (IsDecimalDigit(ch = Current()))
            {
                _lastNumber = (10 * _lastNumber) + (ch - '0');
                Advance();
            }
            return _pos != start;
        }

        // HexDigits, into _lastIntValue; a value past U+10FFFF stays at 0x110000 (invalid anyway).
        private bool EatHexDigits()
        {
            var start = _pos;
            _lastIntValue = 0;
            int digit;
            while ((digit = HexValue(Current())) >= 0)
            {
                _lastIntValue = Math.Min((16 * _lastIntValue) + digit, 0x110000);
                Advance();
            }
            return _pos != start;
        }

        private bool EatFixedHexDigits(int length)
        {
            var start = _pos;
            _lastIntValue = 0;
            for (var i = 0; i < length; i++)
            {
                var digit = HexValue(Current());
                if (digit < 0)
                {
                    _pos = start;
                    return false;
                }
                _lastIntValue = (16 * _lastIntValue) + digit;
                Advance();
            }
            return true;
        }

        // The branch that opens a disjunction (baseId -1: a new set of siblings), or a sibling.
        private int NewBranch(int parent, int baseId)
        {
            var id = _branchParent.Count;
            _branchParent.Add(parent);
            _branchBase.Add(baseId < 0 ? id : baseId);
            return id;
        }

        // Two branches are separate when they, or any of their ancestors, are different
        // alternatives of the same disjunction.
        private bool SeparatedFrom(int branch, int other)
        {
            for (var a = branch; a >= 0; a = _branchParent[a])
            {
                for (var b = other; b >= 0; b = _branchParent[b])
                {
                    if (a != b && _branchBase[a] == _branchBase[b])
                        return true;
                }
            }
            return false;
        }

        // The character at index i: a code point under u (a surrogate pair read as one), else a
        // UTF-16 code unit; -1 past the end.
        private int At(int i, bool forceU = false)
        {
            var s = _source;
            if (i >= s.Length)
                return -1;
            var c = s[i];
            if ((forceU || _unicode) && char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                return char.ConvertToUtf32(c, s[i + 1]);
            return c;
        }

        private int NextIndex(int i, bool forceU = false)
        {
            var s = _source;
            if (i >= s.Length)
                return s.Length;
            if ((forceU || _unicode) && char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                return i + 2;
            return i + 1;
        }

        private int Current(bool forceU = false) => At(_pos, forceU);

        private int Lookahead() => At(NextIndex(_pos));

        private void Advance(bool forceU = false) => _pos = NextIndex(_pos, forceU);

        private bool Eat(int ch)
        {
            if (Current() != ch)
                return false;
            Advance();
            return true;
        }

        // Eats two characters, or neither.
        private bool EatChars(int first, int second)
        {
            if (Current() != first || At(NextIndex(_pos)) != second)
                return false;
            _pos = NextIndex(NextIndex(_pos));
            return true;
        }

        private static void AppendCodePoint(StringBuilder builder, int cp)
        {
            if (cp >= 0x10000)
            {
                cp -= 0x10000;
                builder.Append((char)(0xD800 + (cp >> 10))).Append((char)(0xDC00 + (cp & 0x3FF)));
            }
            else
            {
                builder.Append((char)cp);
            }
        }

        private static bool IsSyntaxCharacter(int ch) =>
            ch is '$' or (>= '(' and <= '+') or '.' or '?' or (>= '[' and <= '^') or (>= '{' and <= '}');

        private static bool IsControlLetter(int ch) => ch is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

        private static bool IsDecimalDigit(int ch) => ch is >= '0' and <= '9';

        private static bool IsOctalDigit(int ch) => ch is >= '0' and <= '7';

        private static int HexValue(int ch) => ch switch
        {
            >= '0' and <= '9' => ch - '0',
            >= 'A' and <= 'F' => ch - 'A' + 10,
            >= 'a' and <= 'f' => ch - 'a' + 10,
            _ => -1,
        };

        // Groups and classes nested deeper than this are an error, as is a stack about to run out.
        // PERF: a fixed bound keeps validation linear on threads with big stacks, where the runtime
        // walks ever deeper stacks at each collection and when the error unwinds (see
        // Parser.MaxNestingDepth): 400,000 nested groups on a 64 MB stack took 0.7 s, now 60 ms.
        private const int MaxNestingDepth = 20_000;
        private int _depth;

        // Paired with `_depth--` on the way out of a nesting production; an error ends the validation.
        private void EnterNesting()
        {
            if (++_depth > MaxNestingDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
                throw Error("Too deeply nested");
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static PatternException Error(string message) => new(message);
    }
}
