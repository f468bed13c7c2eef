// Single-use functions (terser's reduce_vars and unused for function declarations): a function
// declared in a function body (or a module's top level) and referenced once becomes a function
// expression in the place of that reference, and its declaration goes: `function f(){…} x.y = f`
// is `x.y = function(){…}`. A read that is not a call must be in the same function and run at most
// once per call (outside loops), in blocks that declare nothing, as the function's value may
// escape there. A call may be anywhere, in loops and in nested functions (`g(){ f(a) }` is
// `g(){ (function(b){…})(a) }`): only the function's identity differs, which a call cannot see. Its
// scope then moves under the call's in the scope tree, so that the mangler never gives a name
// the function reads from outside to a symbol of a scope between. Not into a with body, a scope a
// direct eval can reach, or strict code when the function is sloppy. Only the function's own
// name is lost, as mangling would lose it anyway.

using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Scopes;

namespace Sharpack.JavaScript.Minifying;

public sealed partial class Compressor
{
    // Declarations that may move to their one reference, by symbol; those that did.
    private Dictionary<int, FunctionDeclaration>? _singleUse;
    // The scope of the one reference, for those whose reference is a call in another function.
    private Dictionary<int, int>? _calledFrom;
    private HashSet<int>? _inlined;
    // Loops around the expression being compressed, within its function.
    private int _loopDepth;

    private void FindSingleUseFunctions()
    {
        var scopes = _scopes.Scopes;
        var symbols = _scopes.Symbols;
        Dictionary<int, int>? referencedFrom = null;
        foreach (var scope in scopes)
        {
            if (scope.Kind != ScopeKind.Function || scope.Node is not FunctionDeclaration { Id.Symbol: >= 0 } declaration)
                continue;
            var symbol = declaration.Id!.Symbol;
            ref readonly var info = ref symbols[symbol];
            if (info.Kind != SymbolKind.Function || info.ReferenceCount != 1
                || (info.Flags & (SymbolFlags.Assigned | SymbolFlags.Exported | SymbolFlags.UsedInWith)) != 0
                || scopes[info.Scope].Kind is not (ScopeKind.Function or ScopeKind.Module)
                || _scopes.GetNameRoot(symbol) != symbol || _scopes.IsTaintedByEval(info.Scope) || _scopes.IsInsideWith(info.Scope))
                continue;
            if (referencedFrom is null)
            {
                referencedFrom = [];
                foreach (var reference in _scopes.OuterReferences)
                    referencedFrom[reference.Symbol] = reference.Scope;
            }
            if (referencedFrom.TryGetValue(symbol, out var from) && !OnlyEmptyBlocksBetween(from, info.Scope))
            {
                if (_scopes.IsTaintedByEval(from) || _scopes.IsInsideWith(from))
                    continue;
                (_calledFrom ??= [])[symbol] = from;
            }
            (_singleUse ??= [])[symbol] = declaration;
        }
    }

    // Whether every scope from `inner` out to (not including) `outer` is a block that declares nothing.
    private bool OnlyEmptyBlocksBetween(int inner, int outer)
    {
        for (var s = inner; s != outer; s = _scopes.GetScope(s).Parent)
        {
            if (s < 0 || _scopes.GetScope(s).Kind is not (ScopeKind.Block or ScopeKind.Switch) || _scopes.GetSymbols(s).Length != 0)
                return false;
        }
        return true;
    }

    // The function expression a read of a single-use function becomes, or null; `called` when
    // the read is a call's callee.
    private FunctionExpression? InlineSingleUse(Identifier reference, bool called = false)
    {
        if (_singleUse is null || !_singleUse.TryGetValue(reference.Symbol, out var declaration))
            return null;
        var from = -1;
        if (_calledFrom is not null && _calledFrom.TryGetValue(reference.Symbol, out var callScope))
        {
            from = callScope;
            if (!called || (_strict && !declaration.IsStrict))
                return null;
        }
        else if (!called && _loopDepth != 0)
        {
            return null;
        }
        if (from >= 0)
        {
            // The function's outermost scope (its parameters' when they have one) moves under the
            // call's, unless the call is inside the function itself: `f` calls `g` once, `g` calls
            // `f` once, and `f` went into `g` already.
            var scope = _scopes.ScopeOf(declaration);
            while (_scopes.GetScope(scope).Parent is var parent and >= 0 && ReferenceEquals(_scopes.GetScope(parent).Node, declaration))
                scope = parent;
            for (var s = from; s >= 0; s = _scopes.GetScope(s).Parent)
            {
                if (s == scope)
                    return null;
            }
            _scopes.Reparent(scope, from);
        }
        _singleUse.Remove(reference.Symbol);
        (_inlined ??= []).Add(reference.Symbol);
        // The body is the declaration's, compressed where the declaration stands (before or after).
        return new FunctionExpression(declaration.Start, declaration.End)
        {
            Params = declaration.Params,
            Body = declaration.Body,
            IsAsync = declaration.IsAsync,
            IsGenerator = declaration.IsGenerator,
            IsStrict = declaration.IsStrict,
        };
    }

    private bool WasInlined(int symbol) => _inlined is not null && _inlined.Contains(symbol);
}
