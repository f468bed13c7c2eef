// Declaring names: the redeclaration rules of ECMAScript (and acorn's messages for them), the
// hoisting of var through blocks, sloppy-mode functions in blocks and their Annex B.3.2 vars.
// The rules follow acorn's declareName: a lexical name may not meet any other name in its
// scope; a var may not meet a lexical name in any block it hoists through, up to and including
// its function; a sloppy block function may meet only another sloppy block function.

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Scopes;

internal sealed partial class ScopeBinder
{
    private void DeclareIdentifier(Identifier id, DeclarationKind kind)
    {
        switch (kind)
        {
            case DeclarationKind.Var:
            case DeclarationKind.VarInitialized:
            case DeclarationKind.VarForInOf:
                DeclareVar(id, kind);
                break;
            case DeclarationKind.Let:
                DeclareLexical(id, SymbolKind.Let, forbidLet: true);
                break;
            case DeclarationKind.Const:
                DeclareLexical(id, SymbolKind.Const, forbidLet: true);
                break;
            case DeclarationKind.Using:
                DeclareLexical(id, SymbolKind.Using, forbidLet: true);
                break;
            case DeclarationKind.CatchParameter:
                DeclareLexical(id, SymbolKind.CatchParameter, forbidLet: false);
                break;
            default:
                DeclareParameter(id, allowDuplicates: kind == DeclarationKind.DuplicableParameter);
                break;
        }
    }

    /// <summary>let, const, using, class, import, catch patterns, strict block functions: unique in their scope.</summary>
    private int DeclareLexical(Identifier id, SymbolKind kind, bool forbidLet)
    {
        string name = id.Name;
        if (forbidLet && name == "let")
            Fail("let is disallowed as a lexically bound name", id.Start);
        var frame = _current;
        if (frame.Find(name) >= 0)
            FailRedeclared(id);
        if (frame.HasParameterScope && _frames[_depth - 2].Find(name) >= 0)
            FailRedeclared(id);
        int symbol = NewSymbol(name, kind, frame.Scope, id);
        frame.Add(name, symbol, BindingKind.Lexical);
        id.Symbol = symbol;
        return symbol;
    }

    private void DeclareParameter(Identifier id, bool allowDuplicates)
    {
        var frame = _current;
        int entry = frame.Find(id.Name);
        if (entry >= 0)
        {
            if (!allowDuplicates)
                Fail("Argument name clash", id.Start);
            id.Symbol = frame.Entries[entry].Symbol;
            return;
        }
        int symbol = NewSymbol(id.Name, SymbolKind.Parameter, frame.Scope, id);
        frame.Add(id.Name, symbol, BindingKind.Var);
        id.Symbol = symbol;
    }

    private void DeclareSimpleCatchParameter(Identifier id)
    {
        int symbol = NewSymbol(id.Name, SymbolKind.CatchParameter, _current.Scope, id);
        _current.Add(id.Name, symbol, BindingKind.SimpleCatch);
        id.Symbol = symbol;
    }

    /// <summary>A var: hoists to the nearest var scope, marking every block it passes through.</summary>
    private void DeclareVar(Identifier id, DeclarationKind kind)
    {
        string name = id.Name;
        int catchSymbol = -1;
        int depth = _depth - 1;
        ScopeFrame frame;
        for (; ; depth--)
        {
            frame = _frames[depth];
            if (frame.IsVarScope)
                break;
            int entry = frame.Find(name);
            if (entry < 0)
            {
                frame.Add(name, -1, BindingKind.None, varThrough: true);
                continue;
            }
            ref var e = ref frame.Entries[entry];
            switch (e.Kind)
            {
                case BindingKind.Lexical:
                case BindingKind.BlockFunction:
                    FailRedeclared(id);
                    break;
                case BindingKind.SimpleCatch:
                    // Annex B.3.4: a var may redeclare a simple catch parameter (since ES2019
                    // in a for-of head too, tc39/ecma262#1393).
                    if (catchSymbol < 0)
                        catchSymbol = e.Symbol;
                    break;
            }
            e.VarThrough = true;
        }

        int symbol;
        int varEntry = frame.Find(name);
        if (varEntry >= 0)
        {
            ref var e = ref frame.Entries[varEntry];
            if (e.Kind == BindingKind.Lexical)
                FailRedeclared(id);
            symbol = e.Symbol;
            if (kind != DeclarationKind.Var)
                _symbols[symbol].Flags |= SymbolFlags.Assigned;
        }
        else
        {
            symbol = NewSymbol(name, SymbolKind.Var, frame.Scope, id);
            frame.Add(name, symbol, BindingKind.Var);
            if (kind == DeclarationKind.VarForInOf)
                _symbols[symbol].Flags |= SymbolFlags.Assigned;
            if (frame.HasParameterScope)
            {
                // A body var named like a parameter starts with the parameter's value.
                int parameter = _frames[depth - 1].FindSymbol(name);
                if (parameter >= 0)
                    _symbols[symbol].Link = parameter;
            }
        }

        // Declared in a block, the var's name is taken in every block out to its scope: a
        // renamer must treat the declaration as a use there.
        if (depth < _depth - 1)
            AddOuterReference(_frames[_depth - 1].Scope, symbol);

        if (catchSymbol >= 0)
        {
            // The initializer assigns the catch parameter, so the identifier binds to it; every
            // catch parameter it passed keeps the var's name.
            id.Symbol = catchSymbol;
            for (int d = _depth - 1; d > depth; d--)
            {
                var f = _frames[d];
                if (f.Kind != ScopeKind.Catch)
                    continue;
                int entry = f.Find(name);
                if (entry >= 0 && f.Entries[entry].Kind == BindingKind.SimpleCatch)
                    _symbols[f.Entries[entry].Symbol].Link = symbol;
            }
        }
        else
        {
            id.Symbol = symbol;
        }
    }

    /// <summary>Declares a function declaration's name in the current scope.</summary>
    private void DeclareFunction(FunctionDeclaration function)
    {
        var id = function.Id!;
        var frame = _current;
        if (frame.Kind == ScopeKind.Module)
        {
            DeclareLexical(id, SymbolKind.Function, forbidLet: false);
        }
        else if (frame.IsVarScope)
        {
            DeclareVarScopedFunction(id);
        }
        else if (IsStrict || function.IsAsync || function.IsGenerator)
        {
            DeclareLexical(id, SymbolKind.Function, forbidLet: false);
        }
        else
        {
            DeclareSloppyBlockFunction(id);
        }
    }

    /// <summary>A function at the top level of a function, script or static block: var-like.</summary>
    private void DeclareVarScopedFunction(Identifier id)
    {
        var frame = _current;
        int entry = frame.Find(id.Name);
        if (entry >= 0)
        {
            var e = frame.Entries[entry];
            if (e.Kind == BindingKind.Lexical)
                FailRedeclared(id);
            ref var symbol = ref _symbols[e.Symbol];
            if (symbol.Kind == SymbolKind.Var)
                symbol.Kind = SymbolKind.Function;
            symbol.Flags |= SymbolFlags.Assigned;
            id.Symbol = e.Symbol;
            return;
        }
        int created = NewSymbol(id.Name, SymbolKind.Function, frame.Scope, id);
        frame.Add(id.Name, created, BindingKind.Var);
        id.Symbol = created;
    }

    /// <summary>A sloppy-mode plain function in a block: lexical but repeatable, and an Annex B candidate.</summary>
    private void DeclareSloppyBlockFunction(Identifier id)
    {
        var frame = _current;
        int entry = frame.Find(id.Name);
        if (entry >= 0)
        {
            var e = frame.Entries[entry];
            if (e.Kind != BindingKind.BlockFunction || e.VarThrough)
                FailRedeclared(id);
            id.Symbol = e.Symbol;
            return;
        }
        int symbol = NewSymbol(id.Name, SymbolKind.Function, frame.Scope, id);
        frame.Add(id.Name, symbol, BindingKind.BlockFunction);
        id.Symbol = symbol;
        if (_candidateCount == _candidates.Length)
            Array.Resize(ref _candidates, _candidates.Length * 2);
        _candidates[_candidateCount++] = new AnnexBCandidate(symbol, id, frame.Scope);
    }

    /// <summary>
    /// A block between a candidate and its function closes: if the block binds the name
    /// lexically, a var there would be an early error, so the candidate is not hoisted.
    /// </summary>
    private void BlockAnnexBFunctions(ScopeFrame frame)
    {
        if (frame.EntryCount == 0)
            return;
        for (int i = frame.CandidateStart; i < _candidateCount; i++)
        {
            ref var candidate = ref _candidates[i];
            if (candidate.Blocked || candidate.Scope == frame.Scope)
                continue;
            int entry = frame.Find(candidate.Id.Name);
            if (entry >= 0 && frame.Entries[entry].Kind is BindingKind.Lexical or BindingKind.BlockFunction)
                candidate.Blocked = true;
        }
    }

    /// <summary>
    /// The function (or script) closes: each candidate still unblocked becomes, or joins, a
    /// function-level var, unless the function declares the name lexically or as a parameter.
    /// </summary>
    private void HoistAnnexBFunctions(ScopeFrame frame)
    {
        for (int i = frame.CandidateStart; i < _candidateCount; i++)
        {
            ref var candidate = ref _candidates[i];
            if (candidate.Blocked)
                continue;
            string name = candidate.Id.Name;
            int target;
            int entry = frame.Find(name);
            if (entry >= 0)
            {
                var e = frame.Entries[entry];
                if (e.Kind == BindingKind.Lexical || _symbols[e.Symbol].Kind == SymbolKind.Parameter)
                    continue;
                target = e.Symbol;
            }
            else
            {
                if (frame.HasParameterScope && _frames[_depth - 2].Find(name) >= 0)
                    continue;
                target = NewSymbol(name, SymbolKind.HoistedFunction, frame.Scope, candidate.Id);
                frame.Add(name, target, BindingKind.Var);
            }
            _symbols[target].Flags |= SymbolFlags.Assigned;
            _symbols[candidate.Symbol].Link = target;
        }
        Array.Clear(_candidates, frame.CandidateStart, _candidateCount - frame.CandidateStart);
        _candidateCount = frame.CandidateStart;
    }
}
