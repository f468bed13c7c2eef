// Token kinds. Reserved words get their own kinds so the parser switches on one byte;
// contextual keywords (async, let, of, ...) are identifiers and are told apart by name.

namespace Sharpack.JavaScript.Lexing;

/// <summary>The kind of the lexer's current token.</summary>
internal enum TokenKind : byte
{
    EndOfFile,
    Identifier,
    PrivateName,
    Number,
    BigInt,
    String,
    RegExp,
    /// <summary>A template without substitutions: <c>`abc`</c>.</summary>
    NoSubstitutionTemplate,
    /// <summary><c>`abc${</c></summary>
    TemplateHead,
    /// <summary><c>}abc${</c>, after the parser rescans a closing brace.</summary>
    TemplateMiddle,
    /// <summary><c>}abc`</c>, after the parser rescans a closing brace.</summary>
    TemplateTail,

    // Punctuators
    OpenBrace, CloseBrace, OpenParen, CloseParen, OpenBracket, CloseBracket,
    Dot, DotDotDot, Semicolon, Comma, Question, QuestionDot, Colon, Arrow, At, Hash,
    LessThan, GreaterThan, LessThanEquals, GreaterThanEquals,
    EqualsEquals, ExclamationEquals, EqualsEqualsEquals, ExclamationEqualsEquals,
    Plus, Minus, Asterisk, AsteriskAsterisk, Slash, Percent, PlusPlus, MinusMinus,
    LessThanLessThan, GreaterThanGreaterThan, GreaterThanGreaterThanGreaterThan,
    Ampersand, Bar, Caret, Exclamation, Tilde, AmpersandAmpersand, BarBar, QuestionQuestion,
    Equals, PlusEquals, MinusEquals, AsteriskEquals, AsteriskAsteriskEquals, SlashEquals,
    PercentEquals, LessThanLessThanEquals, GreaterThanGreaterThanEquals,
    GreaterThanGreaterThanGreaterThanEquals, AmpersandEquals, BarEquals, CaretEquals,
    AmpersandAmpersandEquals, BarBarEquals, QuestionQuestionEquals,

    // Reserved words (keep in this order: FirstKeyword..LastKeyword)
    Break, Case, Catch, Class, Const, Continue, Debugger, Default, Delete, Do, Else, Enum,
    Export, Extends, False, Finally, For, Function, If, Import, In, Instanceof, New, Null,
    Return, Super, Switch, This, Throw, True, Try, Typeof, Var, Void, While, With,

    // JSX-only tokens, produced by the lexer's JSX entry points
    JsxText,
    JsxIdentifier,
}
