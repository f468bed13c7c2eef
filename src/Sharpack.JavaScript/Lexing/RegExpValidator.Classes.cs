// Character classes for RegExpValidator: the ClassRanges of the u and Annex B grammars, where
// ranges must be in order (and, under u, between single characters), and the ClassSetExpression
// of the v flag: nested classes, `&&` intersections, `--` subtractions, `\q{...}` strings, and
// the rule that a negated class must not match strings. Follows acorn src/regexp.js.

namespace Sharpack.JavaScript.Lexing;

internal static partial class RegExpValidator
{
    private sealed partial class PatternParser
    {
        // CharacterClass :: `[` `^`? ClassContents `]`
        private bool EatCharacterClass()
        {
            if (!Eat('['))
                return false;
            var negate = Eat('^');
            var result = ClassContents();
            if (!Eat(']'))
                throw Error("Unterminated character class");
            if (negate && result == CharSet.Strings)
                throw Error("Negated character class may contain strings");
            return true;
        }

        private CharSet ClassContents()
        {
            EnterNesting();
            var result = CharSet.Characters;
            if (Current() != ']')
            {
                if (_unicodeSets)
                    result = ClassSetExpression();
                else
                    NonEmptyClassRanges();
            }
            _depth--;
            return result;
        }

        // NonemptyClassRanges (u and Annex B): atoms, and atom `-` atom ranges.
        private void NonEmptyClassRanges()
        {
            while (EatClassAtom())
            {
                var left = _lastIntValue;
                if (Eat('-') && EatClassAtom())
                {
                    var right = _lastIntValue;
                    if (_unicode && (left == -1 || right == -1))
                        throw Error("Invalid character class");
                    if (left != -1 && right != -1 && left > right)
                        throw Error("Range out of order in character class");
                }
            }
        }

        // ClassAtom: one character or escape, its value in _lastIntValue (-1 for \d and the like).
        private bool EatClassAtom()
        {
            var start = _pos;
            if (Eat('\\'))
            {
                if (EatClassEscape())
                    return true;
                if (_unicode)
                {
                    // The same messages as V8.
                    var next = Current();
                    if (next == 'c' || IsOctalDigit(next))
                        throw Error("Invalid class escape");
                    throw Error("Invalid escape");
                }
                // Annex B: a backslash that starts no escape (`\c` without a letter) is literal.
                _pos = start;
            }
            var ch = Current();
            // acorn loops at the end of an unterminated class; that needs a body no literal has.
            if (ch != ']' && ch != -1)
            {
                _lastIntValue = ch;
                Advance();
                return true;
            }
            return false;
        }

        // Annex B ClassEscape: \b is a backspace, \- under u, \c with a digit or `_` without u.
        private bool EatClassEscape()
        {
            var start = _pos;
            if (Eat('b'))
            {
                _lastIntValue = 0x08;
                return true;
            }
            if (_unicode && Eat('-'))
            {
                _lastIntValue = '-';
                return true;
            }
            if (!_unicode && Eat('c'))
            {
                if (EatClassControlLetter())
                    return true;
                _pos = start;
            }
            return EatCharacterClassEscape() != CharSet.None || EatCharacterEscape();
        }

        // Annex B ClassControlLetter: \c followed by a decimal digit or `_`.
        private bool EatClassControlLetter()
        {
            var ch = Current();
            if (!IsDecimalDigit(ch) && ch != '_')
                return false;
            _lastIntValue = ch % 0x20;
            Advance();
            return true;
        }

        // ClassSetExpression (v): a union, or operands joined all by `&&` or all by `--`.
        private CharSet ClassSetExpression()
        {
            var result = CharSet.Characters;
            if (!EatClassSetRange())
            {
                var operand = EatClassSetOperand();
                if (operand == CharSet.None)
                    throw Error("Invalid character in character class");
                if (operand == CharSet.Strings)
                    result = CharSet.Strings;

                // ClassIntersection: matches strings only when every operand may.
                var start = _pos;
                while (EatChars('&', '&'))
                {
                    if (Current() != '&' && (operand = EatClassSetOperand()) != CharSet.None)
                    {
                        if (operand != CharSet.Strings)
                            result = CharSet.Characters;
                        continue;
                    }
                    throw Error("Invalid character in character class");
                }
                if (start != _pos)
                    return result;

                // ClassSubtraction: matches strings when the first operand may.
                while (EatChars('-', '-'))
                {
                    if (EatClassSetOperand() != CharSet.None)
                        continue;
                    throw Error("Invalid character in character class");
                }
                if (start != _pos)
                    return result;
            }

            // ClassUnion
            while (true)
            {
                if (EatClassSetRange())
                    continue;
                var operand = EatClassSetOperand();
                if (operand == CharSet.None)
                    return result;
                if (operand == CharSet.Strings)
                    result = CharSet.Strings;
            }
        }

        // ClassSetRange :: ClassSetCharacter `-` ClassSetCharacter
        private bool EatClassSetRange()
        {
            var start = _pos;
            if (EatClassSetCharacter())
            {
                var left = _lastIntValue;
                if (Eat('-') && EatClassSetCharacter())
                {
                    var right = _lastIntValue;
                    if (left != -1 && right != -1 && left > right)
                        throw Error("Range out of order in character class");
                    return true;
                }
                _pos = start;
            }
            return false;
        }

        // ClassSetOperand :: NestedClass | ClassStringDisjunction | ClassSetCharacter
        private CharSet EatClassSetOperand()
        {
            if (EatClassSetCharacter())
                return CharSet.Characters;
            var result = EatClassStringDisjunction();
            return result != CharSet.None ? result : EatNestedClass();
        }

        // NestedClass :: `[` `^`? ClassContents `]` | `\` CharacterClassEscape
        private CharSet EatNestedClass()
        {
            var start = _pos;
            if (Eat('['))
            {
                var negate = Eat('^');
                var result = ClassContents();
                if (Eat(']'))
                {
                    if (negate && result == CharSet.Strings)
                        throw Error("Negated character class may contain strings");
                    return result;
                }
                _pos = start;
            }
            if (Eat('\\'))
            {
                var result = EatCharacterClassEscape();
                if (result != CharSet.None)
                    return result;
                _pos = start;
            }
            return CharSet.None;
        }

        // ClassStringDisjunction :: `\q{` ClassString ( `|` ClassString )* `}`
        private CharSet EatClassStringDisjunction()
        {
            var start = _pos;
            if (EatChars('\\', 'q'))
            {
                if (!Eat('{'))
                    throw Error("Invalid escape"); // the same message as V8
                var result = ClassString();
                while (Eat('|'))
                {
                    if (ClassString() == CharSet.Strings)
                        result = CharSet.Strings;
                }
                if (Eat('}'))
                    return result;
                _pos = start;
            }
            return CharSet.None;
        }

        // ClassString: a string of one character matches a character; of none or several, a string.
        private CharSet ClassString()
        {
            var count = 0;
            while (EatClassSetCharacter())
                count++;
            return count == 1 ? CharSet.Characters : CharSet.Strings;
        }

        // ClassSetCharacter: a character other than the class set syntax characters and the first of
        // a reserved double punctuator (`&&`, `!!`, ...), a character escape, `\b`, or an escaped
        // reserved punctuator.
        private bool EatClassSetCharacter()
        {
            var start = _pos;
            if (Eat('\\'))
            {
                if (EatCharacterEscape() || EatClassSetReservedPunctuator())
                    return true;
                if (Eat('b'))
                {
                    _lastIntValue = 0x08;
                    return true;
                }
                _pos = start;
                return false;
            }
            var ch = Current();
            if (ch < 0 || (ch == Lookahead() && IsClassSetReservedDoublePunctuatorCharacter(ch)))
                return false;
            if (IsClassSetSyntaxCharacter(ch))
                return false;
            Advance();
            _lastIntValue = ch;
            return true;
        }

        private bool EatClassSetReservedPunctuator()
        {
            var ch = Current();
            if (!IsClassSetReservedPunctuator(ch))
                return false;
            _lastIntValue = ch;
            Advance();
            return true;
        }

        private static bool IsClassSetReservedDoublePunctuatorCharacter(int ch) =>
            ch is '!' or (>= '#' and <= '&') or (>= '*' and <= ',') or '.' or (>= ':' and <= '@') or '^' or '`' or '~';

        private static bool IsClassSetSyntaxCharacter(int ch) =>
            ch is '(' or ')' or '-' or '/' or (>= '[' and <= ']') or (>= '{' and <= '}');

        private static bool IsClassSetReservedPunctuator(int ch) =>
            ch is '!' or '#' or '%' or '&' or ',' or '-' or (>= ':' and <= '>') or '@' or '`' or '~';
    }
}
