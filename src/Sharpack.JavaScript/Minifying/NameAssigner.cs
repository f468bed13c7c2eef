// Gives every scope's own symbols the first names of the name list that the scope may use
// (terser's scheme): scopes are visited parents first, and a scope skips only the names of the
// outer symbols read somewhere inside it (its "enclosed" set), so a new name shadows every outer
// name the scope never reads. Sibling functions thus name their parameters e, t, n… alike, and the
// few most common names cover most of the output, which gzip rewards. Names go in declaration
// order, parameters first, even where a scope has more symbols than one-character names: ordering
// by use makes shorter output that gzips larger (1.8% against 3.7% above terser's on the
// minification benchmark).

using Sharpack.JavaScript.Scopes;

namespace Sharpack.JavaScript.Minifying;

/// <summary>Assigns name-list entries to the renamable symbols of a program.</summary>
internal sealed class NameAssigner
{
    private readonly ScopeTree _tree;
    private readonly bool[] _renamable;
    private readonly NameGenerator _names;
    // Root symbol → its entry in the name list, or -1.
    private readonly int[] _nameOf;
    // Scope s → roots of the outer symbols read inside it: _enclosed[_enclosedStart[s].._enclosedStart[s + 1]].
    private int[] _enclosedStart = [];
    private int[] _enclosed = [];
    // Scope → names of linked symbols declared further in whose root is further out: the scope's
    // own symbols must not hide them.
    private readonly List<int>?[] _passing;
    // Root → the linked symbols declared in another scope than the root.
    private readonly Dictionary<int, List<int>> _remoteLinks = [];
    // The names the current scope may not take, and those a linked root may not take.
    private readonly NameMarks _taken = new();
    private readonly NameMarks _takenForLinks = new();
    private int _stamp;

    public NameAssigner(ScopeTree tree, bool[] renamable, NameGenerator names)
    {
        _tree = tree;
        _renamable = renamable;
        _names = names;
        var symbols = tree.Symbols;
        _nameOf = new int[symbols.Length];
        Array.Fill(_nameOf, -1);
        _passing = new List<int>?[tree.Scopes.Length];
        for (var i = 0; i < symbols.Length; i++)
        {
            if (!renamable[i])
                continue;
            var root = tree.GetNameRoot(i);
            if (root != i && symbols[i].Scope != symbols[root].Scope)
            {
                if (!_remoteLinks.TryGetValue(root, out var members))
                    _remoteLinks[root] = members = [];
                members.Add(i);
            }
        }
        CollectEnclosed();
    }

    /// <summary>The name given to <paramref name="root"/> (a renamable link root) by <see cref="Run"/>.</summary>
    public string NameOf(int root) => _names[_nameOf[root]];

    /// <summary>Names every renamable symbol.</summary>
    public void Run()
    {
        var scopes = _tree.Scopes;
        var symbols = _tree.Symbols;
        var own = new List<int>();
        for (var s = 0; s < scopes.Length; s++)
        {
            own.Clear();
            foreach (var symbol in _tree.GetSymbols(s))
            {
                if (_renamable[symbol] && _tree.GetNameRoot(symbol) == symbol)
                    own.Add(symbol);
            }
            if (own.Count == 0)
                continue;

            var stamp = ++_stamp;
            MarkReadNames(s, _taken, stamp);
            // A function expression's parameter never takes the function's own name (a syntax
            // error in some engines' strict mode; terser's #179), and a body's declaration never
            // takes a parameter's when the parameters have their own scope (an early error).
            var parent = scopes[s].Parent;
            if (parent >= 0 && scopes[s].Kind is ScopeKind.Function or ScopeKind.FunctionParameters
                && scopes[parent].Kind is ScopeKind.FunctionName or ScopeKind.FunctionParameters)
            {
                foreach (var symbol in _tree.GetSymbols(parent))
                {
                    if (_renamable[symbol])
                        _taken.Set(_nameOf[_tree.GetNameRoot(symbol)], stamp);
                }
            }

            var next = 0;
            foreach (var symbol in own)
            {
                while (_taken.Has(next, stamp))
                    next++;
                var name = next;
                if (_remoteLinks.TryGetValue(symbol, out var members))
                {
                    // Linked symbols further in share the name: it must be free in every scope
                    // between them and this one too.
                    var linkStamp = ++_stamp;
                    foreach (var member in members)
                    {
                        for (var p = symbols[member].Scope; p != s && p >= 0; p = scopes[p].Parent)
                            MarkReadNames(p, _takenForLinks, linkStamp);
                    }
                    while (_taken.Has(name, stamp) || _takenForLinks.Has(name, linkStamp))
                        name++;
                    foreach (var member in members)
                    {
                        for (var p = symbols[member].Scope; p != s && p >= 0; p = scopes[p].Parent)
                            (_passing[p] ??= []).Add(name);
                    }
                }
                _nameOf[symbol] = name;
                _taken.Set(name, stamp);
            }
        }
    }

    // Marks the names a symbol of scope s may not take: those of the outer symbols read inside it
    // and of the linked symbols passing through it.
    private void MarkReadNames(int s, NameMarks taken, int stamp)
    {
        for (var k = _enclosedStart[s]; k < _enclosedStart[s + 1]; k++)
            taken.Set(_nameOf[_enclosed[k]], stamp);
        if (_passing[s] is { } passing)
        {
            foreach (var name in passing)
                taken.Set(name, stamp);
        }
    }

    // Every scope's enclosed set: for a reference, each scope from the one it is made in out to
    // (not including) the declaring one. References are taken symbol by symbol, so that a walk
    // stops at a scope already marked with the symbol (its outer scopes then have it too).
    private void CollectEnclosed()
    {
        var scopes = _tree.Scopes;
        var symbols = _tree.Symbols;
        var references = _tree.OuterReferences;

        // The references grouped by root symbol (a counting sort).
        var groupStart = new int[symbols.Length + 1];
        foreach (var reference in references)
        {
            var root = _tree.GetNameRoot(reference.Symbol);
            if (_renamable[root])
                groupStart[root + 1]++;
        }
        for (var i = 0; i < symbols.Length; i++)
            groupStart[i + 1] += groupStart[i];
        var grouped = new int[groupStart[symbols.Length]];
        var fill = (int[])groupStart.Clone();
        for (var i = 0; i < references.Length; i++)
        {
            var root = _tree.GetNameRoot(references[i].Symbol);
            if (_renamable[root])
                grouped[fill[root]++] = i;
        }

        // (scope, root) pairs, each once.
        var mark = new int[scopes.Length];
        Array.Fill(mark, -1);
        var pairScopes = new List<int>();
        var pairRoots = new List<int>();
        for (var root = 0; root < symbols.Length; root++)
        {
            for (var k = groupStart[root]; k < groupStart[root + 1]; k++)
            {
                var reference = references[grouped[k]];
                var declared = symbols[reference.Symbol].Scope;
                for (var s = reference.Scope; s != declared && s >= 0 && mark[s] != root; s = scopes[s].Parent)
                {
                    mark[s] = root;
                    pairScopes.Add(s);
                    pairRoots.Add(root);
                }
            }
        }

        // By scope (another counting sort).
        _enclosedStart = new int[scopes.Length + 1];
        foreach (var s in pairScopes)
            _enclosedStart[s + 1]++;
        for (var i = 0; i < scopes.Length; i++)
            _enclosedStart[i + 1] += _enclosedStart[i];
        _enclosed = new int[pairScopes.Count];
        var next = (int[])_enclosedStart.Clone();
        for (var i = 0; i < pairScopes.Count; i++)
            _enclosed[next[pairScopes[i]]++] = pairRoots[i];
    }

    // Name entries stamped with the pass that may not take them (a new stamp clears all at once).
    private sealed class NameMarks
    {
        private int[] _stamps = new int[64];

        public void Set(int name, int stamp)
        {
            if (name < 0)
                return;
            if (name >= _stamps.Length)
                Array.Resize(ref _stamps, Math.Max(name + 1, _stamps.Length * 2));
            _stamps[name] = stamp;
        }

        public bool Has(int name, int stamp) => name < _stamps.Length && _stamps[name] == stamp;
    }
}
