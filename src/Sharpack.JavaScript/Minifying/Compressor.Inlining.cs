// Single-use functions (terser's reduce_vars and unused for function declarations): a function
// declared in a function body (or a module's top level) and referenced once, by a read in the
// same function that runs at most once per call (outside loops), becomes a function expression in
// the place of that reference, and its declaration goes: `function f(){…} x.y = f` is
// `x.y = function(){…}`. The reference may sit in blocks that declare nothing, so that every name
// the function reads still means the same there (the mangler's view of scopes stays true). Only the
// function's own name is lost, as mangling would lose it anyway.

using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Scopes;

namespace Sharpack.JavaScript.Minifying;

public sealed partial class Compressor
{
    // Declarations that may move to their one reference, by symbol; those that did.
    private Dictionary<int, FunctionDeclaration>? _singleUse;
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
                continue;
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

    // The function expression a read of a single-use function becomes, or null.
    private FunctionExpression? InlineSingleUse(Identifier reference)
    {
        if (_singleUse is null || _loopDepth != 0 || !_singleUse.Remove(reference.Symbol, out var declaration))
            return null;
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
