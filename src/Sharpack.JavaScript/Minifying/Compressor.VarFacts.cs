// What one walk before compressing finds out about vars (terser's reduce_vars and unused):
// when a function declared at the top of a body may first run, and which vars nothing reads.
// A function declaration is created when its body starts, so code anywhere before a `var` may call
// it; its reads of the var are safe only if nothing can call it before the var is set. A
// declaration's earliest call is the first place that refers to it: straight-line code of its
// scope at the reference itself; a function expression, arrow or method where it is created (its
// start); another such declaration when that one may first run (followed to a fixed point); a
// declaration in a block, anywhere (its block may start before). Unreferenced: never. The walk also
// counts the plain assignments to each variable: a var whose every reference is one is never read,
// and its assignments become their values.

using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Scopes;

namespace Sharpack.JavaScript.Minifying;

public sealed partial class Compressor
{
    // The earliest source position code may call a function declared at the top of a body, by
    // symbol (int.MaxValue: nothing refers to it); null until a var needs it.
    private Dictionary<int, int>? _earliestCalls;
    // Each function node's var scope: the function, module or script scope it is declared in.
    private Dictionary<FunctionNode, int>? _declaredIn;

    // The scope whose vars a function's declaration lives among (-1 when the tree does not know the node).
    private int DeclaringVarScope(FunctionNode function)
    {
        _declaredIn ??= [];
        if (_declaredIn.TryGetValue(function, out var known))
            return known;
        var scope = OutermostScope(function);
        if (scope >= 0)
        {
            // Out of the function's own scopes, then up to a var scope.
            scope = _scopes.GetScope(scope).Parent;
            while (scope >= 0 && _scopes.GetScope(scope).Kind is not (ScopeKind.Function or ScopeKind.Module or ScopeKind.Global or ScopeKind.StaticBlock))
                scope = _scopes.GetScope(scope).Parent;
        }
        _declaredIn[function] = scope;
        return scope;
    }

    // Vars nothing reads, only assigns with `=` (by symbol), and how many of those assignments went.
    private HashSet<int>? _writeOnly;
    private Dictionary<int, int>? _writeOnlyDropped;

    private bool IsWriteOnly(int symbol) => _writeOnly is not null && _writeOnly.Contains(symbol);

    private void FindVarFacts(Program program)
    {
        var finder = new VarFactFinder(this);
        finder.Visit(program);
        foreach (var (symbol, writes) in finder.Writes)
        {
            ref readonly var info = ref _scopes.GetSymbol(symbol);
            if (info.Kind == SymbolKind.Var && info.ReferenceCount == writes
                && (info.Flags & (SymbolFlags.Exported | SymbolFlags.UsedInWith)) == 0
                && (info.Scope != _scopes.RootScope || _isModule)
                && _scopes.GetNameRoot(symbol) == symbol
                && !_scopes.IsTaintedByEval(info.Scope) && !_scopes.IsInsideWith(info.Scope))
            {
                (_writeOnly ??= []).Add(symbol);
                _writeOnlyDropped ??= [];
            }
        }
        var earliest = new Dictionary<int, int>();
        foreach (var symbol in finder.BodyLevel)
        {
            // An exported function may be called by an importer in a cycle before the body runs.
            earliest[symbol] = (_scopes.GetSymbol(symbol).Flags & SymbolFlags.Exported) != 0 ? 0 : int.MaxValue;
        }
        // Fixed point: a declaration referred to from another may run when that one first runs.
        var changed = true;
        for (var round = 0; changed; round++)
        {
            changed = false;
            foreach (var (target, from, position) in finder.Edges)
            {
                var at = from < 0 ? position : earliest[from];
                if (at < earliest[target])
                {
                    earliest[target] = at;
                    changed = true;
                }
            }
            if (round > 64 && changed)
            {
                // A chain this long is not worth following: every declaration may run at once.
                foreach (var symbol in finder.BodyLevel)
                    earliest[symbol] = 0;
                break;
            }
        }
        _earliestCalls = earliest;
    }

    // Finds the top-of-body function declarations and every reference to them, with the function
    // (inside the declaring scope) that holds the reference.
    private sealed class VarFactFinder(Compressor compressor) : AstVisitor
    {
        private readonly List<(FunctionNode Function, int DeclaredIn, int BodySymbol)> _stack = [];

        public HashSet<int> BodyLevel { get; } = [];

        // (declaration referred to, the declaration holding the reference or -1, the position it may run from)
        public List<(int Target, int From, int Position)> Edges { get; } = [];

        // Plain `x = …` assignments by symbol.
        public Dictionary<int, int> Writes { get; } = [];

        public override void Visit(Node node)
        {
            switch (node)
            {
                case Program program:
                    NoteBodyLevel(program.Body);
                    base.Visit(node);
                    return;
                case FunctionNode function:
                    var bodySymbol = function is FunctionDeclaration { Id.Symbol: >= 0 } declaration && BodyLevel.Contains(declaration.Id!.Symbol) ? declaration.Id!.Symbol : -1;
                    _stack.Add((function, compressor.DeclaringVarScope(function), bodySymbol));
                    if (function.Body is BlockStatement body)
                        NoteBodyLevel(body.Body);
                    // Not the declaration's own name: it refers to nothing.
                    foreach (var parameter in function.Params)
                        Visit(parameter);
                    Visit(function.Body);
                    _stack.RemoveAt(_stack.Count - 1);
                    return;
                case Identifier { Symbol: >= 0 } reference when BodyLevel.Contains(reference.Symbol):
                    Refer(reference);
                    return;
                case AssignmentExpression { Operator: Operator.Assign, Left: Identifier { Symbol: >= 0 } written }:
                    Writes[written.Symbol] = Writes.GetValueOrDefault(written.Symbol) + 1;
                    break;
            }
            base.Visit(node);
        }

        private void NoteBodyLevel(Node[] statements)
        {
            foreach (var statement in statements)
            {
                if (statement is FunctionDeclaration { Id.Symbol: >= 0 } declaration)
                    BodyLevel.Add(declaration.Id!.Symbol);
            }
        }

        private void Refer(Identifier reference)
        {
            var scope = compressor._scopes.GetSymbol(reference.Symbol).Scope;
            foreach (var (function, declaredIn, bodySymbol) in _stack)
            {
                if (declaredIn != scope)
                    continue;
                // The outermost function inside the declaring scope holds the reference.
                if (bodySymbol >= 0)
                    Edges.Add((reference.Symbol, bodySymbol, 0));
                else
                    Edges.Add((reference.Symbol, -1, function is FunctionDeclaration ? 0 : function.Start));
                return;
            }
            Edges.Add((reference.Symbol, -1, reference.Start));
        }
    }
}
