// Single-use functions (terser's reduce_vars and unused for function declarations): a function
// declared in a function body (or a module's top level) and referenced once becomes a function
// expression in the place of that reference, and its declaration goes: `function f(){…} x.y = f`
// is `x.y = function(){…}`. A read that is not a call must be in the same function and run at most
// once per call (outside loops), in blocks that declare nothing, as the function's value may
// escape there. A call may be anywhere, in loops and in nested functions (`g(){ f(a) }` is
// `g(){ (function(b){…})(a) }`): only the function's identity differs, which a call cannot see. Its
// scope then moves under the call's in the scope tree, so that the mangler never gives a name
// the function reads from outside to a symbol of a scope between; and a scope between that
// declares such a name as it stands (when nothing renames it: no mangling, reserved names, a name
// a with body reads) keeps the function where it is. Not into a with body, a scope a direct eval
// can reach, or strict code when the function is sloppy. Only the function's own name is lost, as
// mangling would lose it anyway.

using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Scopes;

namespace Sharpack.JavaScript.Minifying;

public sealed partial class Compressor
{
    // Declarations that may move to their one reference, by symbol; those that did.
    private Dictionary<int, FunctionDeclaration>? _singleUse;
    // The scope of the one reference, for those whose reference is a call in another function.
    private Dictionary<int, int>? _calledFrom;
    // For those: the names the function reads from outside itself (of outer symbols and globals),
    // by the function's outermost scope; what goes into it later adds its names.
    private Dictionary<int, HashSet<string>>? _outerNames;
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
        if (_calledFrom is not null)
            CollectOuterNames();
    }

    // The function's outermost scope (its parameters' or its name's when it has one); -1 when the
    // tree does not know the node.
    private int OutermostScope(FunctionNode function)
    {
        var scope = _scopes.ScopeOf(function);
        while (scope >= 0 && _scopes.GetScope(scope).Parent is var parent and >= 0 && ReferenceEquals(_scopes.GetScope(parent).Node, function))
            scope = parent;
        return scope;
    }

    // The names each function called from elsewhere reads from outside itself: a reference walks
    // out from its scope to the scope that declares it (to the root for a global), passing the
    // functions it is made in.
    private void CollectOuterNames()
    {
        _outerNames = [];
        foreach (var symbol in _calledFrom!.Keys)
            _outerNames[OutermostScope(_singleUse![symbol])] = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in _scopes.OuterReferences)
        {
            var declared = _scopes.GetSymbol(reference.Symbol).Scope;
            for (var s = reference.Scope; s >= 0 && s != declared; s = _scopes.GetScope(s).Parent)
            {
                if (_outerNames.TryGetValue(s, out var names))
                    names.Add(_scopes.GetSymbol(reference.Symbol).Name);
            }
        }
        foreach (var reference in _scopes.UnresolvedReferences)
        {
            for (var s = reference.Scope; s >= 0; s = _scopes.GetScope(s).Parent)
            {
                if (_outerNames.TryGetValue(s, out var names))
                    names.Add(reference.Name);
            }
        }
    }

    // Whether a scope from `inner` out to (not including) `outer` declares one of `names`.
    private bool DeclaresAnyBetween(int inner, int outer, HashSet<string> names)
    {
        for (var s = inner; s >= 0 && s != outer; s = _scopes.GetScope(s).Parent)
        {
            foreach (var symbol in _scopes.GetSymbols(s))
            {
                if (names.Contains(_scopes.GetSymbol(symbol).Name))
                    return true;
            }
        }
        return false;
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
            // The function's outermost scope moves under the call's, unless the call is inside the
            // function itself (`f` calls `g` once, `g` calls `f` once, and `f` went into `g`
            // already), or a scope between declares a name it reads.
            var scope = OutermostScope(declaration);
            for (var s = from; s >= 0; s = _scopes.GetScope(s).Parent)
            {
                if (s == scope)
                    return null;
            }
            var names = _outerNames![scope];
            if (DeclaresAnyBetween(from, _scopes.GetSymbol(reference.Symbol).Scope, names))
                return null;
            _scopes.Reparent(scope, from);
            // The functions it now sits in read its names too, should they move as well.
            for (var s = from; s >= 0; s = _scopes.GetScope(s).Parent)
            {
                if (s != scope && _outerNames.TryGetValue(s, out var around))
                    around.UnionWith(names);
            }
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
