// Single-use variables (terser's collapse_vars): `var a = f(); return a.b` is `return f().b`.
// The last variable a declaration makes, read once in all the program and that read the first
// thing the next statement evaluates after what cannot see the difference, takes its value's
// place there, and the declarator goes; so does a declarator's value into the next declarator's. Walking the next statement in evaluation order, the value
// may pass constants, functions not yet called, and reads of names that nothing can reassign
// (for a value without side effects, any read); a call, an assignment, a `delete`, an `await` or a
// branch (`&&`, `?:`) stops the walk, unless the value has no side effects at all.

using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Scopes;

namespace Sharpack.JavaScript.Minifying;

public sealed partial class Compressor
{
    private enum CollapseState : byte { Searching, Done, Blocked }

    private int _collapseSymbol;
    private Node _collapseValue = null!;
    private bool _collapseValuePure;
    private CollapseState _collapseState;

    // Moves the values of the last declarators of `declaration` into `next` while it can; true when
    // the declaration is left empty (it should go).
    private bool CollapseInto(VariableDeclaration declaration, Node next)
    {
        while (declaration.Declarations.Length > 0
            && declaration.Declarations[^1] is { Id: Identifier { Symbol: >= 0 } name, Init: { } value }
            && IsCollapsible(name.Symbol)
            && TryCollapse(next, name.Symbol, value))
        {
            Dropped.Add(name.Symbol);
            declaration.Declarations = declaration.Declarations[..^1];
        }
        return declaration.Declarations.Length == 0;
    }

    // var a = f(), b = g(a)  →  var b = g(f()): each declarator's value into the next one's.
    private void CollapseDeclarators(VariableDeclaration declaration)
    {
        var declarators = declaration.Declarations;
        List<VariableDeclarator>? kept = null;
        for (var i = 0; i < declarators.Length; i++)
        {
            if (i + 1 < declarators.Length && declarators[i] is { Id: Identifier { Symbol: >= 0 } name, Init: { } value }
                && declarators[i + 1].Init is { } next && IsCollapsible(name.Symbol))
            {
                StartCollapse(name.Symbol, value);
                declarators[i + 1].Init = Collapse(next);
                if (_collapseState == CollapseState.Done)
                {
                    Dropped.Add(name.Symbol);
                    kept ??= [.. declarators.AsSpan(0, i)];
                    continue;
                }
            }
            kept?.Add(declarators[i]);
        }
        if (kept is not null)
            declaration.Declarations = [.. kept];
    }

    private void StartCollapse(int symbol, Node value)
    {
        _collapseSymbol = symbol;
        _collapseValue = value;
        _collapseValuePure = IsPure(value);
        _collapseState = CollapseState.Searching;
    }

    private bool IsCollapsible(int symbol)
    {
        ref readonly var info = ref _scopes.GetSymbol(symbol);
        return info.ReferenceCount == 1
            && info.Kind is SymbolKind.Var or SymbolKind.Let or SymbolKind.Const
            && (info.Flags & (SymbolFlags.Assigned | SymbolFlags.Exported | SymbolFlags.UsedInWith)) == 0
            && !(info.Scope == _scopes.RootScope && !_isModule)
            && _scopes.GetNameRoot(symbol) == symbol
            && !_scopes.IsTaintedByEval(info.Scope) && !_scopes.IsInsideWith(info.Scope);
    }

    private bool TryCollapse(Node next, int symbol, Node value)
    {
        StartCollapse(symbol, value);
        switch (next)
        {
            case ExpressionStatement { Directive: null } statement:
                statement.Expression = Collapse(statement.Expression);
                break;
            case ReturnStatement { Argument: { } argument } returned:
                returned.Argument = Collapse(argument);
                break;
            case ThrowStatement thrown:
                thrown.Argument = Collapse(thrown.Argument);
                break;
            case IfStatement guarded:
                guarded.Test = Collapse(guarded.Test);
                break;
            case SwitchStatement switched:
                switched.Discriminant = Collapse(switched.Discriminant);
                break;
            case VariableDeclaration { Declarations: [{ Init: { } init } first, ..] }:
                first.Init = Collapse(init);
                break;
            // A loop head with a let or const is a scope of its own (its right side sees the new
            // names, in their dead zone): a value moved there could read them.
            case ForStatement { Init: VariableDeclaration { Kind: VariableKind.Var, Declarations: [{ Init: { } init } first, ..] } }:
                first.Init = Collapse(init);
                break;
            case ForStatement { Init: { } init and not VariableDeclaration } loop:
                loop.Init = Collapse(init);
                break;
            case ForInStatement { Left: not VariableDeclaration { Kind: not VariableKind.Var } } forIn:
                forIn.Right = Collapse(forIn.Right);
                break;
            case ForOfStatement { Left: not VariableDeclaration { Kind: not VariableKind.Var } } forOf:
                forOf.Right = Collapse(forOf.Right);
                break;
        }
        return _collapseState == CollapseState.Done;
    }

    // The node with the variable's read replaced by its value, walked in evaluation order.
    private Node Collapse(Node node)
    {
        if (_collapseState != CollapseState.Searching)
            return node;
        switch (node)
        {
            case Identifier identifier:
                if (identifier.Symbol == _collapseSymbol)
                {
                    _collapseState = CollapseState.Done;
                    return _collapseValue;
                }
                if (!_collapseValuePure && !IsStableName(identifier))
                    _collapseState = CollapseState.Blocked;
                return node;
            case Literal or ThisExpression or FunctionExpression or ArrowFunctionExpression or TemplateLiteral { Expressions.Length: 0 }:
                return node;
            case MemberExpression member:
                if (member.Object is not Super)
                    member.Object = Collapse(member.Object);
                if (member.Computed)
                    member.Property = Collapse(member.Property);
                // The read itself may run a getter.
                BlockUnlessPure();
                return node;
            case CallExpression call:
                if (call.Callee is not Super)
                    call.Callee = Collapse(call.Callee);
                CollapseAll(call.Arguments);
                Block();
                return node;
            case NewExpression created:
                created.Callee = Collapse(created.Callee);
                CollapseAll(created.Arguments);
                Block();
                return node;
            case BinaryExpression binary:
                if (binary.Left is not PrivateIdentifier)
                    binary.Left = Collapse(binary.Left);
                binary.Right = Collapse(binary.Right);
                if (binary.Operator is Operator.In or Operator.Instanceof)
                    BlockUnlessPure();
                return node;
            case LogicalExpression logical:
                logical.Left = Collapse(logical.Left);
                BlockUnlessPure();
                logical.Right = Collapse(logical.Right);
                return node;
            case ConditionalExpression conditional:
                conditional.Test = Collapse(conditional.Test);
                BlockUnlessPure();
                conditional.Consequent = Collapse(conditional.Consequent);
                conditional.Alternate = Collapse(conditional.Alternate);
                return node;
            case UnaryExpression { Operator: not Operator.Delete } unary:
                unary.Argument = Collapse(unary.Argument);
                return node;
            case AssignmentExpression { Left: Identifier or MemberExpression } assignment:
                if (assignment.Left is MemberExpression target)
                {
                    if (target.Object is not Super)
                        target.Object = Collapse(target.Object);
                    if (target.Computed)
                        target.Property = Collapse(target.Property);
                }
                else if (assignment.Operator != Operator.Assign)
                {
                    // a += …: a is read first.
                    Collapse(assignment.Left);
                }
                if (assignment.Operator is Operator.LogicalAndAssign or Operator.LogicalOrAssign or Operator.NullishAssign)
                    Block();
                assignment.Right = Collapse(assignment.Right);
                Block();
                return node;
            case SequenceExpression sequence:
                CollapseAll(sequence.Expressions);
                return node;
            case ArrayExpression array:
                for (var i = 0; i < array.Elements.Length && _collapseState == CollapseState.Searching; i++)
                {
                    if (array.Elements[i] is SpreadElement spread)
                    {
                        spread.Argument = Collapse(spread.Argument);
                        Block();
                    }
                    else if (array.Elements[i] is { } element)
                    {
                        array.Elements[i] = Collapse(element);
                    }
                }
                return node;
            case ObjectExpression obj:
                foreach (var item in obj.Properties)
                {
                    if (_collapseState != CollapseState.Searching)
                        break;
                    if (item is Property property)
                    {
                        if (property.Computed)
                            property.Key = Collapse(property.Key);
                        if (property.Shorthand || property.Kind != PropertyKind.Init)
                            Block();
                        else if (!property.Method)
                            property.Value = Collapse(property.Value);
                    }
                    else
                    {
                        Block();
                    }
                }
                return node;
            case TemplateLiteral template:
                CollapseAll(template.Expressions);
                return node;
            default:
                Block();
                return node;
        }
    }

    private void CollapseAll(Node[] nodes)
    {
        for (var i = 0; i < nodes.Length && _collapseState == CollapseState.Searching; i++)
        {
            if (nodes[i] is SpreadElement spread)
            {
                spread.Argument = Collapse(spread.Argument);
                Block();
            }
            else
            {
                nodes[i] = Collapse(nodes[i]);
            }
        }
    }

    private void Block()
    {
        if (_collapseState == CollapseState.Searching)
            _collapseState = CollapseState.Blocked;
    }

    private void BlockUnlessPure()
    {
        if (!_collapseValuePure)
            Block();
    }

    // A name whose value the moved value cannot change: a local that nothing assigns (not an
    // import, whose exporter may).
    private bool IsStableName(Identifier identifier)
    {
        if (identifier.Symbol < 0)
            return false;
        ref readonly var info = ref _scopes.GetSymbol(identifier.Symbol);
        return (info.Flags & SymbolFlags.Assigned) == 0 && info.Kind != SymbolKind.Import;
    }
}
