// An early error found by scope analysis (a redeclaration, a duplicate export, ...). The parser
// turns it into a SyntaxError with a line and column; the message follows acorn's wording.

namespace Sharpack.JavaScript.Scopes;

/// <summary>An early error found by scope analysis.</summary>
/// <param name="Message">What is wrong, in acorn's words (e.g. "Identifier 'a' has already been declared").</param>
/// <param name="Offset">UTF-16 offset of the offending name in the source.</param>
public readonly record struct ScopeError(string Message, int Offset);
