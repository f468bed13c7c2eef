// The constructs that open a scope. Each scope in a ScopeTree has one of these kinds.

namespace Sharpack.JavaScript.Scopes;

/// <summary>What created a scope.</summary>
public enum ScopeKind : byte
{
    /// <summary>The top level of a script: its <c>var</c> and function declarations are global object properties.</summary>
    Global,
    /// <summary>The top level of a module.</summary>
    Module,
    /// <summary>A function's (or arrow's, or method's) own scope: its parameters when the list has no expressions, its <c>var</c>s, functions and the top-level lexical declarations of its body, and an implicit <c>arguments</c>.</summary>
    Function,
    /// <summary>The parameters of a function whose parameter list contains expressions (defaults, computed keys); its <see cref="Function"/> scope is a child and holds the body's declarations, which the parameter expressions cannot see.</summary>
    FunctionParameters,
    /// <summary>The scope that holds a named function expression's own name, around its function scope.</summary>
    FunctionName,
    /// <summary>A block statement (or the implicit block around <c>if (x) function f() {}</c>).</summary>
    Block,
    /// <summary>A class: its inner name binding, heritage, computed keys and members.</summary>
    Class,
    /// <summary>A catch clause: the catch parameter and the declarations of the catch body.</summary>
    Catch,
    /// <summary>The head of a <c>for</c>, <c>for-in</c> or <c>for-of</c> with a lexical declaration.</summary>
    For,
    /// <summary>The case block of a switch statement (all cases share it).</summary>
    Switch,
    /// <summary>A class static block (a function-like scope for its <c>var</c>s).</summary>
    StaticBlock,
    /// <summary>The body of a <c>with</c> statement: names in it may resolve to properties of the object.</summary>
    With,
}
