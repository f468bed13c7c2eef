// The analyzer's working state for one open scope: its names (a short array scanned linearly,
// with a dictionary added once it grows), where its pending references and Annex B candidates
// start, and what kind of boundary it is. Frames are pooled by depth and reused, so a walk
// allocates nothing per scope but the Scope record it produces.

namespace Sharpack.JavaScript.Scopes;

/// <summary>An open scope while the analyzer runs.</summary>
internal sealed class ScopeFrame
{
    // PERF: most scopes declare a handful of names; a linear scan over them beats hashing.
    private const int IndexThreshold = 8;

    // Past this many names a frame's dictionary is dropped rather than cleared: Clear zeroes the
    // whole capacity, and a pooled frame that once held a module's thousand names made every
    // later module pay for zeroing it.
    private const int ReuseLimit = 256;

    private Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private bool _indexed;

    /// <summary>The scope's handle.</summary>
    public int Scope;
    /// <summary>The scope's kind.</summary>
    public ScopeKind Kind;
    /// <summary>The scope's flags when opened.</summary>
    public ScopeFlags Flags;
    /// <summary>var declarations stop here (function body, static block, script or module top level).</summary>
    public bool IsVarScope;
    /// <summary>A reference leaving this scope leaves a function (captured by a closure).</summary>
    public bool IsFunctionBoundary;
    /// <summary>An unresolved <c>arguments</c> binds to this function's implicit arguments.</summary>
    public bool HasArguments;
    /// <summary>A function body scope whose parameters are in the parent (FunctionParameters) frame.</summary>
    public bool HasParameterScope;
    /// <summary>Index of the scope's first pending reference.</summary>
    public int ReferenceStart;
    /// <summary>Index of the first Annex B candidate declared in this scope or below.</summary>
    public int CandidateStart;

    /// <summary>The names declared in (or hoisted through) the scope.</summary>
    public BindingEntry[] Entries = new BindingEntry[IndexThreshold];
    /// <summary>How many of <see cref="Entries"/> are used.</summary>
    public int EntryCount;

    /// <summary>Prepares the frame for a newly opened scope.</summary>
    public void Open(int scope, ScopeKind kind, ScopeFlags flags, int referenceStart, int candidateStart)
    {
        Scope = scope;
        Kind = kind;
        Flags = flags;
        IsVarScope = kind is ScopeKind.Function or ScopeKind.StaticBlock or ScopeKind.Global or ScopeKind.Module;
        IsFunctionBoundary = kind is ScopeKind.Function or ScopeKind.FunctionParameters or ScopeKind.StaticBlock;
        HasArguments = kind is ScopeKind.Function or ScopeKind.FunctionParameters;
        HasParameterScope = false;
        ReferenceStart = referenceStart;
        CandidateStart = candidateStart;
        if (EntryCount > 0)
        {
            Array.Clear(Entries, 0, EntryCount);
            EntryCount = 0;
        }
        if (_indexed)
        {
            if (_index.Count > ReuseLimit)
                _index = new Dictionary<string, int>(StringComparer.Ordinal);
            else
                _index.Clear();
            _indexed = false;
        }
    }

    /// <summary>The index of the entry for <paramref name="name"/>, or -1.</summary>
    public int Find(string name)
    {
        if (_indexed)
            return _index.TryGetValue(name, out int found) ? found : -1;
        var entries = Entries;
        for (int i = 0; i < EntryCount; i++)
        {
            if (entries[i].Name == name)
                return i;
        }
        return -1;
    }

    /// <summary>The symbol bound to <paramref name="name"/> in this scope, or -1.</summary>
    public int FindSymbol(string name)
    {
        int entry = Find(name);
        return entry >= 0 ? Entries[entry].Symbol : -1;
    }

    /// <summary>Adds an entry for a name not yet in the scope; returns its index.</summary>
    public int Add(string name, int symbol, BindingKind kind, bool varThrough = false)
    {
        if (EntryCount == Entries.Length)
            Array.Resize(ref Entries, Entries.Length * 2);
        int index = EntryCount++;
        Entries[index] = new BindingEntry { Name = name, Symbol = symbol, Kind = kind, VarThrough = varThrough };
        if (_indexed)
        {
            _index.Add(name, index);
        }
        else if (EntryCount > IndexThreshold)
        {
            for (int i = 0; i < EntryCount; i++)
                _index.Add(Entries[i].Name, i);
            _indexed = true;
        }
        return index;
    }
}
