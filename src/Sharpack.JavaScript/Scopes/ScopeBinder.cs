// Walks a parsed program once, in source order. It opens a scope for each construct that has
// one, declares names as they appear (so redeclaration errors come in acorn's order, at the
// same offsets), and queues every reference; a scope resolves the references queued in it when
// it closes, when all its declarations (hoisted ones included) are known, and hands the rest to
// its parent. What stays unresolved at the root is a global.
// One binder per thread is reused: frames, queues and stacks are pooled, and only the arrays
// that become the ScopeTree are allocated per program. The walk is a switch on NodeType with no
// closures; left-nested chains (a + b + ..., a.b().c()...) are walked with an explicit stack,
// and the remaining recursion checks the stack and fails with "Too deeply nested".
// Partial files: Statements (statements, functions, classes), Expressions (expressions,
// patterns, JSX), Declarations (the redeclaration rules, Annex B), Modules (imports, exports).

using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Scopes;

/// <summary>The scope analysis walk.</summary>
internal sealed partial class ScopeBinder
{
    [ThreadStatic]
    private static ScopeBinder? s_cached;

    private string _source = "";
    private bool _isModule;

    // The result, built in place.
    private Scope[] _scopes = [];
    private int _scopeCount;
    private Symbol[] _symbols = [];
    private int _symbolCount;
    private bool _hasDirectEval;

    // Open scopes; _frames[_depth - 1] is _current.
    private ScopeFrame[] _frames = new ScopeFrame[32];
    private int _depth;
    private ScopeFrame _current = null!;

    // References waiting for their scope to close; a scope owns the tail from its ReferenceStart.
    private PendingReference[] _references = new PendingReference[256];
    private int _referenceCount;

    // Annex B candidates; a scope owns the tail from its CandidateStart.
    private AnnexBCandidate[] _candidates = new AnnexBCandidate[16];
    private int _candidateCount;

    // How deep Visit is; the stack is checked every 32 levels (PERF: checking on every node
    // cost 7% of the walk; TryEnsureSufficientExecutionStack leaves 64 KB, far more than 32 levels use).
    private int _nesting;

    // Scope and symbol arrays larger than this are not kept from one program to the next.
    private const int KeptArrayLimit = 1 << 14;

    // Nodes of a left-nested chain being walked without recursion.
    private Node[] _spine = new Node[64];
    private int _spineCount;

    private readonly List<UnresolvedReference> _unresolved = [];

    // References bound to a symbol of an enclosing scope (the minifier's "enclosed" sets).
    private OuterReference[] _outer = new OuterReference[256];
    private int _outerCount;

    /// <summary>Analyzes a program on this thread's binder.</summary>
    public static ScopeTree? Run(Program program, string source, out ScopeError? error, bool typeScript = false)
    {
        var binder = s_cached ?? new ScopeBinder();
        s_cached = null;
        binder._typeScript = typeScript;
        try
        {
            return binder.Analyze(program, source, out error);
        }
        finally
        {
            binder.Reset();
            s_cached = binder;
        }
    }

    private ScopeTree? Analyze(Program program, string source, out ScopeError? error)
    {
        _source = source;
        _isModule = program.IsModule;
        // PERF: the scopes and symbols are built in this binder's arrays, kept from program to
        // program, and copied at their exact size into the tree: a bundler analyzes thousands of
        // small files, and arrays grown by doubling per file were 40 MB of 10,000 small files.
        // (A corpus of 32 M chars of npm packages has a symbol per ~170 chars and a scope per ~400.)
        if (_scopes.Length == 0)
        {
            _scopes = new Scope[Math.Clamp(source.Length / 512, 64, 1 << 20)];
            _symbols = new Symbol[Math.Clamp(source.Length / 256, 256, 1 << 20)];
        }
        try
        {
            PushScope(_isModule ? ScopeKind.Module : ScopeKind.Global, program, program.IsStrict || _isModule);
            VisitStatements(program.Body);
            if (_isModule)
                BindLocalExports();
            PopScope();
            CollectUnresolved();
        }
        catch (ScopeErrorException e)
        {
            error = e.Error;
            return null;
        }
        error = null;
        return BuildTree();
    }

    private void Reset()
    {
        _source = "";
        // Keep the arrays for the next program unless one grew large (a huge file's), without
        // references into this program's tree.
        if (_scopes.Length > KeptArrayLimit || _symbols.Length > KeptArrayLimit)
        {
            _scopes = [];
            _symbols = [];
        }
        else
        {
            Array.Clear(_scopes, 0, _scopeCount);
            Array.Clear(_symbols, 0, _symbolCount);
        }
        _scopeCount = 0;
        _symbolCount = 0;
        _hasDirectEval = false;
        _typeScript = false;
        _depth = 0;
        _nesting = 0;
        _current = null!;
        Array.Clear(_references, 0, _referenceCount);
        _referenceCount = 0;
        Array.Clear(_candidates, 0, _candidateCount);
        _candidateCount = 0;
        Array.Clear(_spine, 0, _spineCount);
        _spineCount = 0;
        _unresolved.Clear();
        if (_outer.Length > KeptArrayLimit)
            _outer = new OuterReference[256];
        _outerCount = 0;
        ResetModule();
    }

    // ---- Scopes ---------------------------------------------------------------------------

    private ScopeFrame PushScope(ScopeKind kind, Node node, bool strict)
    {
        var flags = strict ? ScopeFlags.Strict : ScopeFlags.None;
        int parent = -1;
        if (_depth > 0)
        {
            parent = _current.Scope;
            flags |= _current.Flags & ScopeFlags.InsideWith;
        }
        if (kind == ScopeKind.With)
            flags |= ScopeFlags.InsideWith;

        if (_scopeCount == _scopes.Length)
            Array.Resize(ref _scopes, _scopes.Length * 2);
        int scope = _scopeCount++;
        _scopes[scope] = new Scope { Kind = kind, Flags = flags, Parent = parent, Node = node };

        if (_depth == _frames.Length)
            Array.Resize(ref _frames, _frames.Length * 2);
        var frame = _frames[_depth] ??= new ScopeFrame();
        frame.Open(scope, kind, flags, _referenceCount, _candidateCount);
        _depth++;
        _current = frame;
        return frame;
    }

    private void PopScope()
    {
        var frame = _current;
        if (_candidateCount > frame.CandidateStart)
        {
            if (frame.IsVarScope)
                HoistAnnexBFunctions(frame);
            else
                BlockAnnexBFunctions(frame);
        }
        if (_referenceCount > frame.ReferenceStart)
            ResolveReferences(frame);
        _depth--;
        _current = _depth > 0 ? _frames[_depth - 1] : null!;
    }

    private bool IsStrict => (_current.Flags & ScopeFlags.Strict) != 0;

    // ---- Symbols --------------------------------------------------------------------------

    private int NewSymbol(string name, SymbolKind kind, int scope, Node declaration)
    {
        if (_symbolCount == _symbols.Length)
            Array.Resize(ref _symbols, _symbols.Length * 2);
        int symbol = _symbolCount++;
        _symbols[symbol] = new Symbol { Name = name, Kind = kind, Scope = scope, Declaration = declaration, Link = -1 };
        return symbol;
    }

    // ---- References -----------------------------------------------------------------------

    private void Reference(Node node, string name, ReferenceFlags flags)
    {
        if (_referenceCount == _references.Length)
            Array.Resize(ref _references, _references.Length * 2);
        _references[_referenceCount++] = new PendingReference(node, name, _current.Scope, flags);
    }

    /// <summary>Binds the references queued in a closing scope that it declares; keeps the rest for the parent.</summary>
    private void ResolveReferences(ScopeFrame frame)
    {
        var crossing = frame.IsFunctionBoundary ? ReferenceFlags.CrossedFunction
            : frame.Kind == ScopeKind.With ? ReferenceFlags.CrossedWith
            : ReferenceFlags.None;
        bool hasEntries = frame.EntryCount > 0;
        // PERF: most blocks declare nothing; their references simply become the parent's.
        if (!hasEntries && !frame.HasArguments && crossing == ReferenceFlags.None)
            return;

        var references = _references;
        int kept = frame.ReferenceStart;
        for (int i = frame.ReferenceStart; i < _referenceCount; i++)
        {
            ref var reference = ref references[i];
            int symbol = hasEntries ? frame.FindSymbol(reference.Name) : -1;
            if (symbol < 0 && frame.HasArguments && reference.Name == "arguments")
                symbol = DeclareArguments(frame);
            if (symbol >= 0)
            {
                Bind(ref reference, symbol);
                continue;
            }
            reference.Flags |= crossing;
            if (kept != i)
                references[kept] = reference;
            kept++;
        }
        Array.Clear(references, kept, _referenceCount - kept);
        _referenceCount = kept;
    }

    private void AddOuterReference(int scope, int symbol)
    {
        if (_outerCount == _outer.Length)
            Array.Resize(ref _outer, _outer.Length * 2);
        _outer[_outerCount++] = new OuterReference(scope, symbol);
    }

    private int DeclareArguments(ScopeFrame frame)
    {
        int symbol = NewSymbol("arguments", SymbolKind.Arguments, frame.Scope, _scopes[frame.Scope].Node);
        frame.Add("arguments", symbol, BindingKind.Var);
        return symbol;
    }

    private void Bind(ref PendingReference reference, int symbol)
    {
        ref var s = ref _symbols[symbol];
        s.ReferenceCount++;
        if (reference.Scope != s.Scope)
            AddOuterReference(reference.Scope, symbol);
        var flags = reference.Flags;
        if (flags != ReferenceFlags.None)
        {
            if ((flags & ReferenceFlags.Write) != 0)
                s.Flags |= SymbolFlags.Assigned;
            if ((flags & ReferenceFlags.CrossedFunction) != 0)
                s.Flags |= SymbolFlags.CapturedByClosure;
            if ((flags & ReferenceFlags.CrossedWith) != 0)
                s.Flags |= SymbolFlags.UsedInWith;
        }
        if (reference.Node is Identifier id)
            id.Symbol = symbol;
        else if (reference.Node is JSXIdentifier tag)
            tag.Symbol = symbol;
    }

    /// <summary>Records what is left after the root closes: globals, and direct evals.</summary>
    private void CollectUnresolved()
    {
        for (int i = 0; i < _referenceCount; i++)
        {
            ref var reference = ref _references[i];
            if ((reference.Flags & ReferenceFlags.EvalCallee) != 0)
                MarkDirectEval(reference.Scope);
            _unresolved.Add(new UnresolvedReference(reference.Name, reference.Node, reference.Scope,
                (_scopes[reference.Scope].Flags & ScopeFlags.InsideWith) != 0));
        }
    }

    private void MarkDirectEval(int scope)
    {
        _hasDirectEval = true;
        for (int s = scope; s >= 0 && (_scopes[s].Flags & ScopeFlags.ContainsDirectEval) == 0; s = _scopes[s].Parent)
            _scopes[s].Flags |= ScopeFlags.ContainsDirectEval;
    }

    // ---- Result ---------------------------------------------------------------------------

    private ScopeTree BuildTree()
    {
        // Group symbols by scope with a counting sort; a scope's symbols keep declaration order.
        var scopes = _scopes.AsSpan(0, _scopeCount).ToArray();
        var symbols = _symbols.AsSpan(0, _symbolCount).ToArray();
        for (int i = 0; i < _symbolCount; i++)
            scopes[symbols[i].Scope].SymbolCount++;
        int next = 0;
        for (int i = 0; i < _scopeCount; i++)
        {
            scopes[i].FirstSymbol = next;
            next += scopes[i].SymbolCount;
            scopes[i].SymbolCount = 0;
        }
        var scopeSymbols = new int[_symbolCount];
        for (int i = 0; i < _symbolCount; i++)
        {
            ref var scope = ref scopes[symbols[i].Scope];
            scopeSymbols[scope.FirstSymbol + scope.SymbolCount++] = i;
        }
        return new ScopeTree(scopes, _scopeCount, symbols, _symbolCount, scopeSymbols,
            _unresolved.Count == 0 ? [] : _unresolved.ToArray(), _outer.AsSpan(0, _outerCount).ToArray(), TakeExports(), _hasDirectEval);
    }

    // ---- Errors ---------------------------------------------------------------------------

    [DoesNotReturn]
    private static void Fail(string message, int offset) => throw new ScopeErrorException(new ScopeError(message, offset));

    [DoesNotReturn]
    private static void FailRedeclared(Identifier id) => Fail($"Identifier '{id.Name}' has already been declared", id.Start);

    private static void EnsureStack(Node node)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            Fail("Too deeply nested", node.Start);
    }

    /// <summary>Unwinds the walk at the first early error.</summary>
    private sealed class ScopeErrorException(ScopeError error) : Exception(error.Message)
    {
        public ScopeError Error { get; } = error;
    }
}
