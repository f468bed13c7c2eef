// Drops what nothing reads (terser's `unused`): a function declared in a function body (or a
// module's top level) that no code references, a class whose definition does nothing else, a
// variable whose initializer has no effect. Removing one releases the references it held, so the
// pass repeats until nothing more goes. Names a direct eval or `with` can reach, a script's
// globals, exports and parameters are never dropped; an initializer that may run code (a call, a
// property read, a `new`) stays, unless a /*#__PURE__*/ annotation vouches for a call.

using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Scopes;

namespace Sharpack.JavaScript.Minifying;

public sealed partial class Compressor
{
    // Live references by symbol: the scope tree's counts, less those of dropped code.
    private int[] _references = [];
    private bool _dropped;

    /// <summary>The symbols whose declarations were dropped: they are no longer in the program (the mangler gives them no name).</summary>
    public HashSet<int> Dropped { get; } = [];

    // An unread name of a function or class expression goes (terser's and esbuild's default; the
    // mangler would rename it anyway): its scope then holds nothing, and the parameters of a named
    // function take the same names as those of an anonymous one.
    private void DropUnreadName(Node node)
    {
        if (node is FunctionExpression { Id: { Symbol: >= 0 } functionId } function && _scopes.GetSymbol(functionId.Symbol).ReferenceCount == 0
            && !_scopes.IsTaintedByEval(_scopes.GetSymbol(functionId.Symbol).Scope))
        {
            Dropped.Add(functionId.Symbol);
            function.Id = null;
        }
        else if (node is ClassExpression { Id: { Symbol: >= 0 } classId } classExpression && _scopes.GetSymbol(classId.Symbol).ReferenceCount == 0
            && !_scopes.IsTaintedByEval(_scopes.GetSymbol(classId.Symbol).Scope))
        {
            Dropped.Add(classId.Symbol);
            classExpression.Id = null;
        }
    }

    private void InitializeUnused()
    {
        var symbols = _scopes.Symbols;
        _references = new int[symbols.Length];
        for (var i = 0; i < symbols.Length; i++)
            _references[i] = symbols[i].ReferenceCount;
        // Reads that became their constant's literal read nothing now, nor do assignments to
        // variables nothing reads.
        if (_constantReads is not null)
        {
            foreach (var (symbol, reads) in _constantReads)
                _references[symbol] -= reads;
        }
        if (_writeOnlyDropped is not null)
        {
            foreach (var (symbol, writes) in _writeOnlyDropped)
                _references[symbol] -= writes;
        }
    }

    // A declaration's symbol that may go when nothing reads it.
    private bool IsDroppable(int symbol)
    {
        if (symbol < 0)
            return false;
        ref readonly var info = ref _scopes.GetSymbol(symbol);
        if (info.Kind is not (SymbolKind.Var or SymbolKind.Let or SymbolKind.Const or SymbolKind.Function or SymbolKind.Class))
            return false;
        if (info.Scope == _scopes.RootScope && !_isModule)
            return false;
        if ((info.Flags & (SymbolFlags.Exported | SymbolFlags.UsedInWith)) != 0 || _scopes.IsTaintedByEval(info.Scope) || _scopes.IsInsideWith(info.Scope))
            return false;
        // A name shared with another symbol (Annex B, a class's inner name) goes only if both are unread.
        var root = _scopes.GetNameRoot(symbol);
        return _references[symbol] == 0 && _references[root] == 0;
    }

    // Drops unread declarations from a function's (or the program's) own statements.
    private Node[] DropUnused(Node[] statements)
    {
        List<Node>? kept = null;
        for (var i = 0; i < statements.Length; i++)
        {
            var statement = statements[i];
            var drop = false;
            switch (statement)
            {
                case FunctionDeclaration { Id: { } inlinedId } when WasInlined(inlinedId.Symbol):
                    // Its body lives on where it was read: its references stay.
                    Dropped.Add(inlinedId.Symbol);
                    drop = true;
                    break;
                case LabeledStatement { Body: FunctionDeclaration { Id: { } labelledId } } when WasInlined(labelledId.Symbol):
                    Dropped.Add(labelledId.Symbol);
                    drop = true;
                    break;
                case FunctionDeclaration { Id: { } id } function when IsDroppable(id.Symbol):
                    Release(function);
                    Dropped.Add(id.Symbol);
                    drop = true;
                    break;
                case ClassDeclaration { Id: { } classId } classDeclaration when IsDroppable(classId.Symbol) && IsPureClass(classDeclaration):
                    Release(classDeclaration);
                    Dropped.Add(classId.Symbol);
                    drop = true;
                    break;
                case VariableDeclaration declaration when declaration.Kind is VariableKind.Var or VariableKind.Let or VariableKind.Const:
                    {
                        // An unread variable goes; a value with effects stays, run where it ran:
                        // in front of the next kept value, or after the declaration.
                        List<VariableDeclarator>? declarators = null;
                        List<Node>? effects = null;
                        for (var d = 0; d < declaration.Declarations.Length; d++)
                        {
                            var declarator = declaration.Declarations[d];
                            if (declarator.Id is Identifier name && IsDroppable(name.Symbol)
                                // `const x;` is a syntax error: a const keeps one declarator at least.
                                && !(declarator.Init is null && declaration.Kind == VariableKind.Const))
                            {
                                if (declarator.Init is { } init)
                                {
                                    if (IsPure(init))
                                        Release(init);
                                    else
                                        (effects ??= []).Add(init);
                                }
                                Dropped.Add(name.Symbol);
                                declarators ??= [.. declaration.Declarations.AsSpan(0, d)];
                                continue;
                            }
                            if (effects is { Count: > 0 } && declarator.Init is { } value)
                            {
                                effects.Add(value);
                                declarator.Init = new SequenceExpression(effects[0].Start, value.End, [.. effects]);
                                effects.Clear();
                            }
                            declarators?.Add(declarator);
                        }
                        if (declarators is not null)
                        {
                            _dropped = true;
                            if (declarators.Count == 0)
                                drop = true;
                            else
                                declaration.Declarations = [.. declarators];
                        }
                        if (effects is { Count: > 0 })
                        {
                            var expression = effects.Count == 1 ? effects[0] : new SequenceExpression(effects[0].Start, effects[^1].End, [.. effects]);
                            kept ??= [.. statements.AsSpan(0, i)];
                            if (!drop)
                                kept.Add(declaration);
                            kept.Add(new ExpressionStatement(expression.Start, expression.End, expression, null));
                            continue;
                        }
                        break;
                    }
            }
            if (drop)
            {
                _dropped = true;
                kept ??= [.. statements.AsSpan(0, i)];
                continue;
            }
            // Declarations a dropped statement separated join again.
            if (kept is { Count: > 0 } && kept[^1] is VariableDeclaration previous && statement is VariableDeclaration next
                && previous.Kind == next.Kind && next.Kind is VariableKind.Var or VariableKind.Let or VariableKind.Const
                && previous.Declarations.Length < MaxJoinedDeclarators)
            {
                previous.Declarations = [.. previous.Declarations, .. next.Declarations];
                continue;
            }
            // And so do expressions: a kept value's effects, the next statement.
            if (kept is { Count: > 0 } && kept[^1] is ExpressionStatement { Directive: null } before && statement is ExpressionStatement { Directive: null } after
                && CanJoin(before.Expression))
            {
                before.Expression = Sequence(before.Expression, after.Expression);
                before.End = after.End;
                continue;
            }
            kept?.Add(statement);
        }
        return kept is null ? statements : [.. kept];
    }

    // The references a dropped subtree held are no longer live, nor are the functions in it.
    private void Release(Node node) => new ReferenceReleaser(_references, _deadBodies ??= []).Visit(node);

    // The bodies of functions whose code went with a dropped statement: not looked at again (a
    // second release of their references would count them twice). By body, as an inlined
    // function's expression shares its declaration's.
    private HashSet<Node>? _deadBodies;

    // Every function's own statements, inner functions first (scopes are numbered in pre-order,
    // so a function's inner scopes come after its own). The scope tree knows every function, so the
    // passes need not walk the whole tree to find them; a function the compressor cut away (a dead
    // branch) is dropped from too, which only releases references that were gone already.
    private List<BlockStatement> FunctionBodies()
    {
        var bodies = new List<BlockStatement>();
        var scopes = _scopes.Scopes;
        for (var s = scopes.Length - 1; s >= 0; s--)
        {
            if (scopes[s].Kind == ScopeKind.Function && scopes[s].Node is FunctionNode { Body: BlockStatement body })
                bodies.Add(body);
        }
        return bodies;
    }

    // Decrements the count of every name in a subtree that reads or writes a binding; the names
    // that declare one (a function's name and parameters, a declarator's pattern, a class's name,
    // a catch parameter) are no references and are skipped, their default values are not.
    private sealed class ReferenceReleaser(int[] references, HashSet<Node> dead) : AstVisitor
    {
        public override void Visit(Node node)
        {
            switch (node)
            {
                case Identifier { Symbol: >= 0 } identifier:
                    references[identifier.Symbol]--;
                    return;
                case FunctionNode function:
                    dead.Add(function.Body);
                    foreach (var parameter in function.Params)
                        Binding(parameter);
                    Visit(function.Body);
                    return;
                case ClassNode classNode:
                    if (classNode.SuperClass is { } superClass)
                        Visit(superClass);
                    Visit(classNode.Body);
                    return;
                case VariableDeclarator declarator:
                    Binding(declarator.Id);
                    if (declarator.Init is { } init)
                        Visit(init);
                    return;
                case CatchClause handler:
                    if (handler.Param is { } param)
                        Binding(param);
                    Visit(handler.Body);
                    return;
                case Property { Shorthand: true } shorthand:
                    Visit(shorthand.Value);
                    return;
                default:
                    base.Visit(node);
                    return;
            }
        }

        // A binding pattern: its names declare, its defaults and computed keys read.
        private void Binding(Node pattern)
        {
            switch (pattern)
            {
                case Identifier:
                    return;
                case AssignmentPattern assignment:
                    Binding(assignment.Left);
                    Visit(assignment.Right);
                    return;
                case ObjectPattern obj:
                    foreach (var item in obj.Properties)
                    {
                        if (item is Property property)
                        {
                            if (property.Computed)
                                Visit(property.Key);
                            Binding(property.Value);
                        }
                        else if (item is RestElement rest)
                        {
                            Binding(rest.Argument);
                        }
                    }
                    return;
                case ArrayPattern array:
                    foreach (var element in array.Elements)
                    {
                        if (element is not null)
                            Binding(element);
                    }
                    return;
                case RestElement rest:
                    Binding(rest.Argument);
                    return;
                default:
                    Visit(pattern);
                    return;
            }
        }
    }

    // An expression whose evaluation does nothing but make a value (terser's is-side-effect-free).
    private bool IsPure(Node node) => node switch
    {
        Literal => true,
        Identifier identifier => identifier.Symbol >= 0 || s_pureGlobals.Contains(identifier.Name),
        FunctionExpression or ArrowFunctionExpression => true,
        ClassExpression classExpression => IsPureClass(classExpression),
        UnaryExpression { Operator: Operator.LogicalNot or Operator.Void or Operator.Typeof } unary => IsPure(unary.Argument),
        UnaryExpression { Operator: Operator.Minus or Operator.Plus or Operator.BitwiseNot, Argument: Literal } => true,
        LogicalExpression logical => IsPure(logical.Left) && IsPure(logical.Right),
        ConditionalExpression conditional => IsPure(conditional.Test) && IsPure(conditional.Consequent) && IsPure(conditional.Alternate),
        SequenceExpression sequence => Array.TrueForAll(sequence.Expressions, IsPure),
        ArrayExpression array => Array.TrueForAll(array.Elements, static e => e is null) || AllPure(array.Elements),
        ObjectExpression obj => Array.TrueForAll(obj.Properties, p => p is Property { Kind: PropertyKind.Init } property
            && (!property.Computed || property.Key is Literal) && (property.Method || IsPure(property.Value))),
        TemplateLiteral { Expressions.Length: 0 } => true,
        CallExpression call => IsPureCall(call),
        NewExpression newExpression => _pure is not null && _pure.Contains(newExpression.Start) && AllPure(newExpression.Arguments),
        _ => false,
    };

    private bool AllPure(Node?[] nodes)
    {
        foreach (var node in nodes)
        {
            if (node is null || node is SpreadElement || !IsPure(node))
                return false;
        }
        return true;
    }

    // A call a /*#__PURE__*/ annotation (or pure_funcs) vouches for (callee and call), with pure arguments.
    private bool IsPureCall(CallExpression call) =>
        ((_pure is not null && _pure.Contains(call.Start)) || IsPureFunction(call.Callee)) && AllPure(call.Arguments);

    // Globals every environment defines: reading one cannot throw.
    private static readonly HashSet<string> s_pureGlobals = new(StringComparer.Ordinal)
    {
        "undefined", "NaN", "Infinity", "Object", "Array", "Function", "Boolean", "Number", "String", "Symbol", "BigInt",
        "Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "Math", "JSON", "Date", "RegExp", "Map", "Set",
        "WeakMap", "WeakSet", "Promise", "Proxy", "Reflect", "ArrayBuffer", "DataView", "Int8Array", "Uint8Array",
        "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array", "Float32Array", "Float64Array",
        "BigInt64Array", "BigUint64Array", "parseInt", "parseFloat", "isNaN", "isFinite", "globalThis",
    };

    // A class whose definition runs no code: a pure heritage, no static blocks or static field
    // initializers, no computed keys.
    private bool IsPureClass(ClassNode node)
    {
        if (node.SuperClass is { } superClass && !IsPure(superClass))
            return false;
        foreach (var member in node.Body.Body)
        {
            switch (member)
            {
                case StaticBlock:
                    return false;
                case MethodDefinition { Computed: true } or PropertyDefinition { Computed: true }:
                    return false;
                case PropertyDefinition { Static: true, Value: { } value } when !IsPure(value):
                    return false;
            }
        }
        return true;
    }
}
