// Constants (terser's reduce_vars for literals): a const, or a let nothing assigns, whose value is
// a literal takes the literal's place where it is read, when that makes the program shorter:
// `const N = 60; f(N)` is `f(60)`, and the declaration, read no more, goes. Only reads the walk
// meets after the declaration are replaced (a read before it, in a function declared earlier,
// keeps the name and the declaration stays). A var set once, by a statement of its function's own
// body (never in a block, loop or branch), is a constant too where it is read after that
// statement runs: in the body after it, in functions created after it, and in functions declared
// as statements of the body that nothing may call before it (Compressor.VarFacts); elsewhere
// (and in any other function declaration: exported, labelled, in a block) it may still be undefined.

using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Scopes;

namespace Sharpack.JavaScript.Minifying;

public sealed partial class Compressor
{
    // Constant values by symbol, and how many reads took them.
    private Dictionary<int, Node>? _constants;
    private Dictionary<int, int>? _constantReads;
    // Constant vars by symbol: where their declarator ends.
    private Dictionary<int, int>? _constantVars;
    // The start of the statement being compressed when it is one of a body's own, else -1.
    private int _bodyStatement = -1;
    // The functions around the code being compressed, outermost first.
    private readonly List<FunctionNode> _functions = [];

    // Whether some var may be a constant or never read: one in a function or a module (FindVarFacts is needed then).
    private bool HasFunctionVars()
    {
        foreach (ref readonly var symbol in _scopes.Symbols)
        {
            if (symbol.Kind == SymbolKind.Var && (symbol.Scope != _scopes.RootScope || _isModule))
                return true;
        }
        return false;
    }

    // Whether a read of a constant var, where the walk is, comes after the var was set.
    private bool ReadsSetVar(int symbol, int declaredEnd)
    {
        var scope = _scopes.GetSymbol(symbol).Scope;
        foreach (var function in _functions)
        {
            if (DeclaringVarScope(function) != scope)
                continue;
            // The outermost function inside the var's scope: a declaration at the top of the body
            // may run before the var is set, unless nothing calls it that early; any other
            // declaration (exported, labelled, in a block) is taken to run at any time.
            if (function is not FunctionDeclaration declaration)
                return true;
            return declaration.Id is { Symbol: >= 0 } id && _earliestCalls is not null
                && _earliestCalls.TryGetValue(id.Symbol, out var earliest) && earliest > declaredEnd;
        }
        return true;
    }

    // Records a declarator of a const (or an unassigned let) whose value is a literal.
    private void NoteConstant(VariableDeclaration declaration, VariableDeclarator declarator)
    {
        if (declarator is not { Id: Identifier { Symbol: >= 0 } name, Init: { } value })
            return;
        var isVar = declaration.Kind == VariableKind.Var;
        if (isVar ? _bodyStatement != declaration.Start || _earliestCalls is null || _scopes.GetSymbol(name.Symbol).Kind != SymbolKind.Var
            : declaration.Kind is not (VariableKind.Const or VariableKind.Let))
            return;
        var constant = ConstantOf(value);
        if (constant.Kind == ConstantKind.None)
            return;
        ref readonly var info = ref _scopes.GetSymbol(name.Symbol);
        if ((info.Flags & (SymbolFlags.Assigned | SymbolFlags.Exported | SymbolFlags.UsedInWith)) != 0
            || (info.Scope == _scopes.RootScope && !_isModule)
            || _scopes.GetNameRoot(name.Symbol) != name.Symbol
            || _scopes.IsTaintedByEval(info.Scope) || _scopes.IsInsideWith(info.Scope))
            return;
        // Each read costs the literal instead of a name (one or two characters); the declaration
        // (`,x=literal`) goes once all are replaced.
        var length = PrintedLength(constant);
        var reads = info.ReferenceCount;
        if (reads == 0 || (length - 1) * reads > length + 3)
            return;
        (_constants ??= [])[name.Symbol] = value;
        if (isVar)
            (_constantVars ??= [])[name.Symbol] = declarator.End;
    }

    // The literal a read of a constant becomes, or null.
    private Node? ReadConstant(Identifier reference)
    {
        if (_constants is null || !_constants.TryGetValue(reference.Symbol, out var value))
            return null;
        if (_constantVars is not null && _constantVars.TryGetValue(reference.Symbol, out var declaredEnd) && !ReadsSetVar(reference.Symbol, declaredEnd))
            return null;
        _constantReads ??= [];
        _constantReads[reference.Symbol] = _constantReads.GetValueOrDefault(reference.Symbol) + 1;
        // The literal keeps the value's source position, as terser's copy does: a source map
        // still leads to where the value was written.
        return ConstantNode(value, ConstantOf(value));
    }
}
