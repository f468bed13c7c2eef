// The result of scope analysis: every scope and symbol of one program in two flat arrays,
// addressed by int handles (Identifier.Symbol is a symbol handle), plus what a bundler asks
// of a module: the globals it uses, whether eval or with defeat renaming, and its exports.
// Immutable once built (but for Reparent, which the minifier's compressor alone calls on its own
// tree); the lazy lookup tables are built under a lock.

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Scopes;

/// <summary>Scopes and symbols of a program.</summary>
public sealed class ScopeTree
{
    // Above this many symbols, FindSymbol builds a dictionary for the scope instead of scanning.
    private const int LinearFindLimit = 16;

    private readonly Scope[] _scopes;
    private readonly int _scopeCount;
    private readonly Symbol[] _symbols;
    private readonly int _symbolCount;
    private readonly int[] _scopeSymbols;
    private readonly UnresolvedReference[] _unresolved;
    private readonly OuterReference[] _outer;
    private readonly ModuleExport[] _exports;
    private readonly object _lazyLock = new();
    private Dictionary<Node, int>? _scopeByNode;
    private Dictionary<int, Dictionary<string, int>>? _symbolIndex;
    private string[]? _unresolvedNames;

    internal ScopeTree(Scope[] scopes, int scopeCount, Symbol[] symbols, int symbolCount, int[] scopeSymbols,
        UnresolvedReference[] unresolved, OuterReference[] outer, ModuleExport[] exports, bool hasDirectEval)
    {
        _scopes = scopes;
        _scopeCount = scopeCount;
        _symbols = symbols;
        _symbolCount = symbolCount;
        _scopeSymbols = scopeSymbols;
        _unresolved = unresolved;
        _outer = outer;
        _exports = exports;
        HasDirectEval = hasDirectEval;
    }

    /// <summary>The root scope: <see cref="ScopeKind.Global"/> for a script, <see cref="ScopeKind.Module"/> for a module.</summary>
    public int RootScope => 0;

    /// <summary>All scopes, indexed by scope handle, in the order they open (pre-order).</summary>
    public ReadOnlySpan<Scope> Scopes => _scopes.AsSpan(0, _scopeCount);

    /// <summary>All symbols, indexed by symbol handle (the value of <see cref="Identifier.Symbol"/>).</summary>
    public ReadOnlySpan<Symbol> Symbols => _symbols.AsSpan(0, _symbolCount);

    /// <summary>Every reference that no declaration binds, in source order.</summary>
    public ReadOnlySpan<UnresolvedReference> UnresolvedReferences => _unresolved;

    /// <summary>Every reference made from a scope nested inside the scope of the symbol it resolves to, and every var declared in a block nested inside its scope.</summary>
    public ReadOnlySpan<OuterReference> OuterReferences => _outer;

    /// <summary>The names exported from the module's own bindings, in source order (empty for a script).</summary>
    public ReadOnlySpan<ModuleExport> Exports => _exports;

    /// <summary>True when the program contains a direct <c>eval(...)</c> call.</summary>
    public bool HasDirectEval { get; }

    /// <summary>The scope with handle <paramref name="scope"/>.</summary>
    public ref readonly Scope GetScope(int scope) => ref _scopes[CheckScope(scope)];

    // The compressor moved a function's code into another scope (a single-use function inlined
    // where its one call is): the scope now sits there, so that what its code reads from outside
    // is seen from every scope between (the mangler's view). Scope handles keep their numbers.
    internal void Reparent(int scope, int parent) => _scopes[CheckScope(scope)].Parent = CheckScope(parent);

    /// <summary>The symbol with handle <paramref name="symbol"/>.</summary>
    public ref readonly Symbol GetSymbol(int symbol)
    {
        if ((uint)symbol >= (uint)_symbolCount)
            throw new ArgumentOutOfRangeException(nameof(symbol));
        return ref _symbols[symbol];
    }

    /// <summary>The symbols declared in <paramref name="scope"/>, in declaration order.</summary>
    public ReadOnlySpan<int> GetSymbols(int scope)
    {
        ref readonly var s = ref _scopes[CheckScope(scope)];
        return _scopeSymbols.AsSpan(s.FirstSymbol, s.SymbolCount);
    }

    /// <summary>The symbols declared at the top level (the names a module declares, including hoisted <c>var</c>s).</summary>
    public ReadOnlySpan<int> TopLevelSymbols => GetSymbols(RootScope);

    /// <summary>The symbol named <paramref name="name"/> declared in <paramref name="scope"/> itself, or -1.</summary>
    public int FindSymbol(int scope, string name)
    {
        var symbols = GetSymbols(scope);
        if (symbols.Length <= LinearFindLimit)
        {
            foreach (int symbol in symbols)
            {
                if (_symbols[symbol].Name == name)
                    return symbol;
            }
            return -1;
        }
        return GetSymbolIndex(scope, symbols).TryGetValue(name, out int found) ? found : -1;
    }

    /// <summary>
    /// The symbol <paramref name="name"/> resolves to from <paramref name="scope"/>, searching
    /// outward; -1 for a global. An implicit <c>arguments</c> is found only if the function uses it.
    /// </summary>
    public int Resolve(int scope, string name)
    {
        for (int s = CheckScope(scope); s >= 0; s = _scopes[s].Parent)
        {
            int symbol = FindSymbol(s, name);
            if (symbol >= 0)
                return symbol;
        }
        return -1;
    }

    /// <summary>
    /// The innermost scope <paramref name="node"/> creates, or -1. For a function this is its
    /// <see cref="ScopeKind.Function"/> scope, which its body BlockStatement maps to as well; a
    /// catch clause's body maps to its <see cref="ScopeKind.Catch"/> scope.
    /// </summary>
    public int ScopeOf(Node node)
    {
        var map = Volatile.Read(ref _scopeByNode) ?? BuildScopeByNode();
        return map.TryGetValue(node, out int scope) ? scope : -1;
    }

    /// <summary>True when a direct <c>eval</c> in this scope or below can reach the names visible here.</summary>
    public bool IsTaintedByEval(int scope) => (GetScope(scope).Flags & ScopeFlags.ContainsDirectEval) != 0;

    /// <summary>True when the scope is a <c>with</c> body or inside one.</summary>
    public bool IsInsideWith(int scope) => (GetScope(scope).Flags & ScopeFlags.InsideWith) != 0;

    /// <summary>True when the scope's code is strict mode code.</summary>
    public bool IsStrict(int scope) => (GetScope(scope).Flags & ScopeFlags.Strict) != 0;

    /// <summary>The symbol a symbol's <see cref="Symbol.Link"/> chain ends at: the one whose name all linked symbols share.</summary>
    public int GetNameRoot(int symbol)
    {
        while (GetSymbol(symbol).Link >= 0)
            symbol = _symbols[symbol].Link;
        return symbol;
    }

    /// <summary>The distinct names of <see cref="UnresolvedReferences"/>, in order of first use.</summary>
    public IReadOnlyList<string> UnresolvedNames => Volatile.Read(ref _unresolvedNames) ?? BuildUnresolvedNames();

    /// <summary>True when the program uses the global <paramref name="name"/> (a reference no declaration binds).</summary>
    public bool UsesGlobal(string name)
    {
        foreach (var reference in _unresolved)
        {
            if (reference.Name == name)
                return true;
        }
        return false;
    }

    private int CheckScope(int scope)
    {
        if ((uint)scope >= (uint)_scopeCount)
            throw new ArgumentOutOfRangeException(nameof(scope));
        return scope;
    }

    private Dictionary<string, int> GetSymbolIndex(int scope, ReadOnlySpan<int> symbols)
    {
        lock (_lazyLock)
        {
            _symbolIndex ??= [];
            if (!_symbolIndex.TryGetValue(scope, out var index))
            {
                index = new Dictionary<string, int>(symbols.Length, StringComparer.Ordinal);
                foreach (int symbol in symbols)
                    index.TryAdd(_symbols[symbol].Name, symbol);
                _symbolIndex.Add(scope, index);
            }
            return index;
        }
    }

    private Dictionary<Node, int> BuildScopeByNode()
    {
        lock (_lazyLock)
        {
            if (_scopeByNode is not null)
                return _scopeByNode;
            var map = new Dictionary<Node, int>(_scopeCount * 2, ReferenceEqualityComparer.Instance);
            for (int i = 0; i < _scopeCount; i++)
            {
                // Later (inner) scopes of the same node win: a function's Function scope over
                // its FunctionName or FunctionParameters scope.
                var node = _scopes[i].Node;
                map[node] = i;
                if (node is FunctionNode { Body: BlockStatement body } && _scopes[i].Kind == ScopeKind.Function)
                    map[body] = i;
                else if (node is CatchClause clause)
                    map[clause.Body] = i;
            }
            Volatile.Write(ref _scopeByNode, map);
            return map;
        }
    }

    private string[] BuildUnresolvedNames()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var reference in _unresolved)
        {
            if (seen.Add(reference.Name))
                names.Add(reference.Name);
        }
        var result = names.ToArray();
        Volatile.Write(ref _unresolvedNames, result);
        return result;
    }
}
