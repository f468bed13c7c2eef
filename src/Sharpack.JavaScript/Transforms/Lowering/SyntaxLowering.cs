// Rewrites syntax a target lacks in older syntax, over JavaScript (TypeScript and JSX were lowered
// before it): `**`, object spread and rest, optional catch bindings, `?.`, `??`, logical
// assignment, numeric separators and the class features of ES2022. The rewrites are those esbuild
// and TypeScript write: conditionals on `null ==` for `?.` and `??`, `Math.pow`, small helpers for
// object spread/rest and private members. Each runs after the rewrites inside it (the walk is
// post-order), so a rewrite renders its children's code, theirs included. A value used twice is
// stored in a temporary variable (`_a`), declared with `var` in the function (or static block or
// program) it is used in; a concise arrow body becomes a block to hold it.

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Transforms;

internal sealed partial class SyntaxLowering : AstVisitor
{
    private readonly EditList _edits;
    private readonly string _source;
    private readonly SyntaxFeatures _lower;
    private readonly HashSet<string> _usedNames;
    private readonly List<Node> _ancestors = [];
    private readonly List<string> _helpers = [];
    private TempScope _scope;
    private int _nextTemp;
    private bool _changed;

    private sealed class TempScope(Node owner, TempScope? parent)
    {
        public readonly Node Owner = owner;
        public readonly TempScope? Parent = parent;
        public readonly List<string> Temps = [];
    }

    private SyntaxLowering(EditList edits, Program program, SyntaxFeatures lower)
    {
        _edits = edits;
        _source = edits.Source;
        _lower = lower;
        _usedNames = IdentifierNames.Collect(program, privateNamesAsUnderscored: true);
        _scope = new TempScope(program, null);
    }

    /// <summary>Lowers <paramref name="lower"/> in <paramref name="program"/> into <paramref name="edits"/>; true when anything was rewritten.</summary>
    public static bool Apply(Program program, EditList edits, SyntaxFeatures lower)
    {
        var lowering = new SyntaxLowering(edits, program, lower);
        lowering.Visit(program);
        lowering.DeclareTemps(lowering._scope);
        lowering.AddHelpers(program);
        return lowering._changed;
    }

    private bool Lowers(SyntaxFeatures feature) => (_lower & feature) != 0;

    public override void Visit(Node node)
    {
        _ancestors.Add(node);
        switch (node.Type)
        {
            case NodeType.FunctionDeclaration:
            case NodeType.FunctionExpression:
            case NodeType.ArrowFunctionExpression:
                VisitFunction((FunctionNode)node);
                break;
            case NodeType.StaticBlock:
                {
                    var outer = _scope;
                    _scope = new TempScope(node, outer);
                    base.Visit(node);
                    DeclareTemps(_scope);
                    _scope = outer;
                    break;
                }
            case NodeType.ChainExpression:
                base.Visit(node);
                if (Lowers(SyntaxFeatures.OptionalChain) || ChainHasLoweredPrivate((ChainExpression)node))
                    LowerChain((ChainExpression)node);
                break;
            case NodeType.LogicalExpression:
                base.Visit(node);
                if (((LogicalExpression)node).Operator == Operator.NullishCoalescing && Lowers(SyntaxFeatures.NullishCoalescing))
                    LowerNullish((LogicalExpression)node);
                break;
            case NodeType.BinaryExpression:
                if (!VisitPrivateIn((BinaryExpression)node))
                {
                    base.Visit(node);
                    // BigInts (ES2020) have no Math.pow: a target with them has `**` too.
                    if (((BinaryExpression)node).Operator == Operator.Exponent && Lowers(SyntaxFeatures.ExponentOperator)
                        && node is BinaryExpression { Left: not Literal { Kind: LiteralKind.BigInt }, Right: not Literal { Kind: LiteralKind.BigInt } })
                        LowerExponent((BinaryExpression)node);
                }
                break;
            case NodeType.AssignmentExpression:
                VisitAssignment((AssignmentExpression)node);
                break;
            case NodeType.Identifier:
                if (_renamedSymbols.Count > 0 && ((Identifier)node).Symbol >= 0)
                    RenameSymbol((Identifier)node);
                break;
            case NodeType.ThisExpression:
                if (_moved is { RewriteThis: true } moved)
                {
                    _edits.Replace(node.Start, node.End, moved.ClassReference);
                    _changed = true;
                }
                break;
            case NodeType.MemberExpression:
                VisitMember((MemberExpression)node);
                break;
            case NodeType.CallExpression:
                VisitCall((CallExpression)node);
                break;
            case NodeType.CatchClause:
                {
                    var clause = (CatchClause)node;
                    if (clause.Param is null && Lowers(SyntaxFeatures.OptionalCatchBinding))
                    {
                        _edits.Insert(clause.Start + "catch".Length, " (" + NewName() + ")");
                        _changed = true;
                    }
                    else if (clause.Param is { } param && Lowers(SyntaxFeatures.ObjectRestSpread) && HasObjectRest(param))
                    {
                        base.Visit(node);
                        LowerCatchParameterRest(clause);
                        break;
                    }
                    base.Visit(node);
                    break;
                }
            case NodeType.Literal:
                {
                    var literal = (Literal)node;
                    if (literal.Kind is LiteralKind.Number or LiteralKind.BigInt && Lowers(SyntaxFeatures.NumericSeparator)
                        && _source.AsSpan(literal.Start, literal.End - literal.Start).Contains('_'))
                    {
                        _edits.Replace(literal.Start, literal.End, _source[literal.Start..literal.End].Replace("_", "", StringComparison.Ordinal));
                        _changed = true;
                    }
                    break;
                }
            case NodeType.ObjectExpression:
                base.Visit(node);
                if (Lowers(SyntaxFeatures.ObjectRestSpread))
                    LowerObjectSpread((ObjectExpression)node);
                break;
            case NodeType.VariableDeclaration:
                base.Visit(node);
                if (Lowers(SyntaxFeatures.ObjectRestSpread))
                    LowerVariableRest((VariableDeclaration)node);
                break;
            case NodeType.ForInStatement:
            case NodeType.ForOfStatement:
                VisitForInOf(node);
                break;
            case NodeType.ClassDeclaration:
            case NodeType.ClassExpression:
                VisitClass((ClassNode)node);
                break;
            default:
                base.Visit(node);
                break;
        }
        _ancestors.RemoveAt(_ancestors.Count - 1);
    }

    private Node? Parent => _ancestors.Count >= 2 ? _ancestors[^2] : null;

    // ---- functions and their temporaries ----

    private void VisitFunction(FunctionNode function)
    {
        if (function.Id is { } id)
            Visit(id);
        // Parameters run in the enclosing function's scope as far as temporaries go: a `var` in the
        // body is not visible to default values.
        foreach (var parameter in function.Params)
            Visit(parameter);
        var outer = _scope;
        var outerMoved = _moved;
        if (function is not ArrowFunctionExpression && _moved?.Method != function)
            _moved = null; // its own `this` and `super`
        _scope = new TempScope(function, outer);
        var restParameters = Lowers(SyntaxFeatures.ObjectRestSpread) ? LowerParameterRest(function) : null;
        Visit(function.Body);
        DeclareTemps(_scope, restParameters);
        _scope = outer;
        _moved = outerMoved;
    }

    /// <summary>A fresh temporary variable in the current function.</summary>
    private string NewTemp()
    {
        var name = NewName();
        _scope.Temps.Add(name);
        return name;
    }

    /// <summary>A name no identifier of the program uses: <c>_a</c> … <c>_z</c>, <c>_a2</c> ….</summary>
    private string NewName()
    {
        while (true)
        {
            var index = _nextTemp++;
            var name = "_" + (char)('a' + index % 26) + (index >= 26 ? (index / 26 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
            if (_usedNames.Add(name))
                return name;
        }
    }

    // `var _a, _b;` at the start of the scope's body, after its directives; `prelude` (parameter
    // destructuring moved into the body) follows it.
    private void DeclareTemps(TempScope scope, Rendered? prelude = null)
    {
        if (scope.Temps.Count == 0 && prelude is null)
            return;
        _changed = true;
        var declaration = scope.Temps.Count == 0 ? "" : "var " + string.Join(", ", scope.Temps) + ";";
        var text = new CodeBuilder().Add(declaration, scope.Owner.Start);
        if (prelude is { } preludeCode)
            text.Add(preludeCode);
        var inserted = text.Build();
        switch (scope.Owner)
        {
            case ArrowFunctionExpression { IsExpression: true } arrow:
                {
                    // `=> expr` becomes `=> { var _a; return expr; }`: everything after `=>` is replaced (parentheses included).
                    var bodyStart = SourcePositions.ArrowBodyStart(_source, arrow);
                    var body = _edits.RenderExpression(arrow.Body);
                    var code = new CodeBuilder().Add(_source[bodyStart - 1] == '>' ? " { " : "{ ", bodyStart).Add(inserted).Add(" return ", bodyStart).Add(body).Add("; }", arrow.End).Build();
                    _edits.Replace(bodyStart, arrow.End, code);
                    return;
                }
            case FunctionNode { Body: BlockStatement block }:
                {
                    var position = SourcePositions.AfterDirectives(block.Body, block.Start + 1);
                    _edits.Replace(position, position, new CodeBuilder().Add(" ", position).Add(inserted).Build());
                    return;
                }
            case StaticBlock block:
                {
                    var position = block.Body.Length > 0 ? block.Body[0].Start : _source.IndexOf('{', block.Start) + 1;
                    _edits.Replace(position, position, new CodeBuilder().Add(inserted).Add(" ", position).Build());
                    return;
                }
            case Program program:
                SourcePositions.InsertAtTop(_edits, program, inserted);
                return;
        }
    }

    // ---- shared code building ----

    private Rendered Code(Node node) => _edits.RenderExpression(node);

    private static Rendered Text(string text, int original) => new CodeBuilder().Add(text, original).Build();

    private static bool IsSimple(Node node) => node.Type is NodeType.Identifier or NodeType.ThisExpression or NodeType.Super
        || (node is Literal { Kind: not LiteralKind.RegExp });

    /// <summary>
    /// Replaces <paramref name="node"/> with <paramref name="code"/>, a conditional or logical
    /// expression: parenthesized unless where it stands takes any expression, and kept from being
    /// read as the arguments of the statement before it.
    /// </summary>
    private void ReplaceWithLowPrecedence(Node node, Rendered code) => ReplaceWithLowPrecedence(node, node.Start, node.End, code, _ancestors.Count - 1);

    private void ReplaceWithLowPrecedence(Node node, int start, int end, Rendered code, int nodeIndex)
    {
        if (!node.IsParenthesized && NeedsParentheses(node, nodeIndex))
            code = new CodeBuilder().Add("(", start).Add(code).Add(")", end).Build();
        ReplaceKeepingStatementsApart(start, end, code, nodeIndex);
    }

    /// <summary>
    /// Replaces <c>[start, end)</c> with <paramref name="code"/>; when that code starts with <c>(</c>
    /// or <c>[</c> at the start of a statement, a <c>;</c> keeps it from continuing the statement before.
    /// </summary>
    private void ReplaceKeepingStatementsApart(int start, int end, Rendered code, int nodeIndex)
    {
        _changed = true;
        if (code.Text.Length > 0 && code.Text[0] is '(' or '[' && StartsStatementInList(nodeIndex))
            code = new CodeBuilder().Add(";", start).Add(code).Build();
        _edits.Replace(start, end, code);
    }

    // A conditional needs parentheses except where an assignment expression may stand.
    private bool NeedsParentheses(Node node, int nodeIndex)
    {
        if (nodeIndex < 1)
            return false;
        var parent = _ancestors[nodeIndex - 1];
        switch (parent)
        {
            case ExpressionStatement:
            case VariableDeclarator:
            case ReturnStatement:
            case ThrowStatement:
            case ArrayExpression:
            case SpreadElement:
            case SequenceExpression:
            case TemplateLiteral:
            case PropertyDefinition:
                return false;
            case AssignmentExpression assignment:
                return assignment.Right != node;
            case AssignmentPattern pattern:
                return pattern.Right != node;
            case Property property:
                return property.Value != node;
            case CallExpression call:
                return call.Callee == node;
            case NewExpression construct:
                return construct.Callee == node;
            case ConditionalExpression conditional:
                return conditional.Test == node;
            case ArrowFunctionExpression arrow:
                return arrow.Body != node;
            case IfStatement or WhileStatement or DoWhileStatement or SwitchStatement or SwitchCase or ForStatement:
                return false;
            default:
                return true;
        }
    }

    // True when the node begins an expression statement of a statement list: code starting with
    // `(` there would continue the statement before it when that one ends without a semicolon.
    private bool StartsStatementInList(int nodeIndex)
    {
        var start = _ancestors[nodeIndex].Start;
        for (var i = nodeIndex - 1; i >= 0; i--)
        {
            var ancestor = _ancestors[i];
            if (ancestor.Start != start)
                return false;
            if (ancestor is ExpressionStatement)
                return i > 0 && _ancestors[i - 1] is Program or BlockStatement or SwitchCase or StaticBlock;
            if (ancestor.IsParenthesized)
                return false;
        }
        return false;
    }

    // ---- ES2016: ** ----

    private void LowerExponent(BinaryExpression binary)
    {
        var left = Code(binary.Left);
        var right = Code(binary.Right);
        var code = new CodeBuilder().Add("Math.pow(", binary.Start).Add(left).Add(", ", binary.Left.End).Add(right).Add(")", binary.End).Build();
        _edits.Replace(binary.Start, binary.End, code);
        _changed = true;
    }

    // ---- ES2020: ?? ----

    private void LowerNullish(LogicalExpression logical)
    {
        var left = Code(logical.Left);
        var right = Code(logical.Right);
        var builder = new CodeBuilder();
        if (IsSimple(logical.Left))
        {
            builder.Add("null != ", logical.Start).Add(left).Add(" ? ", logical.Start).Add(left);
        }
        else
        {
            var temp = NewTemp();
            builder.Add("null != (" + temp + " = ", logical.Start).Add(left).Add(") ? " + temp, logical.Start);
        }
        builder.Add(" : ", logical.Left.End).Add(right);
        ReplaceWithLowPrecedence(logical, builder.Build());
    }

    // ---- assignments: **=, ||=, &&=, ??=, and private or rest targets ----

    private void VisitAssignment(AssignmentExpression assignment)
    {
        if (_moved is not null && assignment.Left is MemberExpression { Object: Super } superTarget
            && assignment.Operator is not (Operator.LogicalOrAssign or Operator.LogicalAndAssign or Operator.NullishAssign))
        {
            VisitSuperAssignment(assignment, superTarget);
            return;
        }
        if (assignment.Left is MemberExpression { Property: PrivateIdentifier } privateTarget && LowersPrivate(privateTarget))
        {
            VisitPrivateAssignment(assignment, privateTarget);
            return;
        }
        if (assignment.Operator == Operator.Assign && Lowers(SyntaxFeatures.ObjectRestSpread) && assignment.Left is ObjectPattern && HasObjectRest(assignment.Left))
        {
            Visit(assignment.Left);
            Visit(assignment.Right);
            LowerAssignmentRest(assignment);
            return;
        }
        base.Visit(assignment);
        switch (assignment.Operator)
        {
            case Operator.ExponentAssign when Lowers(SyntaxFeatures.ExponentOperator):
                LowerCompoundAssignment(assignment, "Math.pow(", ")");
                break;
            case Operator.LogicalOrAssign or Operator.LogicalAndAssign or Operator.NullishAssign when Lowers(SyntaxFeatures.LogicalAssignment):
                LowerLogicalAssignment(assignment);
                break;
        }
    }

    /// <summary>
    /// A reference read and then written (<c>a.b[c] op= v</c>): the object and a computed key are
    /// evaluated once, into temporaries when they are not simple. The first form holds the
    /// assignments to the temporaries; the second reads them.
    /// </summary>
    private (Rendered First, Rendered Second) TargetTwice(Node target)
    {
        if (target is not MemberExpression member)
        {
            var code = Code(target);
            return (code, code);
        }
        var (objectFirst, objectSecond) = ValueTwice(member.Object, parenthesize: true);
        if (!member.Computed)
        {
            var property = Text("." + _source[member.Property.Start..member.Property.End], member.Property.Start);
            return (Concat(objectFirst, property), Concat(objectSecond, property));
        }
        var keyCode = Code(member.Property);
        if (member.Property is Literal)
        {
            var key = new CodeBuilder().Add("[", member.Property.Start).Add(keyCode).Add("]", member.Property.End).Build();
            return (Concat(objectFirst, key), Concat(objectSecond, key));
        }
        var keyTemp = NewTemp();
        var keyFirst = new CodeBuilder().Add("[" + keyTemp + " = ", member.Property.Start).Add(keyCode).Add("]", member.Property.End).Build();
        return (Concat(objectFirst, keyFirst), Concat(objectSecond, Text("[" + keyTemp + "]", member.Property.Start)));
    }

    /// <summary>
    /// An expression to be read twice: itself twice when it is simple, else its value stored in a
    /// temporary first (<c>_a = expr</c>, in parentheses when asked) and the temporary after.
    /// </summary>
    private (Rendered First, Rendered Second) ValueTwice(Node expression, bool parenthesize)
    {
        var code = Code(expression);
        if (IsSimple(expression))
            return (code, code);
        var temp = NewTemp();
        var first = new CodeBuilder().Add((parenthesize ? "(" : "") + temp + " = ", expression.Start).Add(code);
        if (parenthesize)
            first.Add(")", expression.End);
        return (first.Build(), Text(temp, expression.Start));
    }

    private static Rendered Concat(in Rendered a, in Rendered b) => new CodeBuilder().Add(a).Add(b).Build();

    private void LowerCompoundAssignment(AssignmentExpression assignment, string open, string close)
    {
        var (first, second) = TargetTwice(assignment.Left);
        var right = Code(assignment.Right);
        var code = new CodeBuilder().Add(first).Add(" = " + open, assignment.Left.End).Add(second).Add(", ", assignment.Left.End).Add(right).Add(close, assignment.End).Build();
        ReplaceKeepingStatementsApart(assignment.Start, assignment.End, code, _ancestors.Count - 1);
    }

    private void LowerLogicalAssignment(AssignmentExpression assignment)
    {
        var (first, second) = TargetTwice(assignment.Left);
        var right = Code(assignment.Right);
        var write = new CodeBuilder().Add("(", assignment.Start).Add(second).Add(" = ", assignment.Left.End).Add(right).Add(")", assignment.End).Build();
        var builder = new CodeBuilder();
        switch (assignment.Operator)
        {
            case Operator.LogicalOrAssign:
                builder.Add(first).Add(" || ", assignment.Left.End).Add(write);
                break;
            case Operator.LogicalAndAssign:
                builder.Add(first).Add(" && ", assignment.Left.End).Add(write);
                break;
            default:
                if (!Lowers(SyntaxFeatures.NullishCoalescing))
                {
                    builder.Add(first).Add(" ?? ", assignment.Left.End).Add(write);
                }
                else if (assignment.Left is Identifier)
                {
                    builder.Add("null != ", assignment.Start).Add(first).Add(" ? ", assignment.Start).Add(first).Add(" : ", assignment.Left.End).Add(write);
                }
                else
                {
                    var temp = NewTemp();
                    builder.Add("null != (" + temp + " = ", assignment.Start).Add(first).Add(") ? " + temp + " : ", assignment.Left.End).Add(write);
                }
                break;
        }
        ReplaceWithLowPrecedence(assignment, builder.Build());
    }

    // ---- ES2020: ?. ----

    private void LowerChain(ChainExpression chain)
    {
        // The links from the outermost in, down to the innermost optional one; what is below it is evaluated as written.
        var links = new List<Node>();
        var node = chain.Expression;
        var deepestOptional = -1;
        while (true)
        {
            if (node is MemberExpression member)
            {
                links.Add(member);
                if (member.Optional)
                    deepestOptional = links.Count - 1;
                node = member.Object;
            }
            else if (node is CallExpression call)
            {
                links.Add(call);
                if (call.Optional)
                    deepestOptional = links.Count - 1;
                node = call.Callee;
            }
            else
            {
                break;
            }
            if (node.IsParenthesized)
                break;
        }
        if (deepestOptional < 0)
            return;
        var baseNode = Object(links[deepestOptional]);
        var isDelete = Parent is UnaryExpression { Operator: Operator.Delete };
        var conditions = new CodeBuilder();
        Rendered current;
        bool currentSimple;
        Rendered? thisArg = null;
        if (links[deepestOptional] is CallExpression && baseNode is MemberExpression baseMember)
        {
            // `a.b?.()` calls b with a as `this`: the object is kept for `.call`.
            (current, thisArg) = MemberKeepingObject(baseMember);
            currentSimple = false;
        }
        else
        {
            current = Code(baseNode);
            currentSimple = IsSimple(baseNode);
        }
        for (var i = deepestOptional; i >= 0; i--)
        {
            var link = links[i];
            var optional = link is MemberExpression { Optional: true } or CallExpression { Optional: true };
            if (optional)
            {
                if (currentSimple)
                {
                    conditions.Add("null == ", link.Start).Add(current);
                }
                else
                {
                    var temp = NewTemp();
                    conditions.Add("null == (" + temp + " = ", link.Start).Add(current).Add(")", link.Start);
                    current = Text(temp, link.Start);
                    currentSimple = true;
                }
                conditions.Add(isDelete ? " ? true : " : " ? void 0 : ", link.Start);
            }
            if (link is MemberExpression member)
            {
                var privateInfo = member.Property is PrivateIdentifier privateName ? LoweredPrivate(privateName) : null;
                var nextIsCall = i > 0 && links[i - 1] is CallExpression;
                var keepObject = nextIsCall && (privateInfo is not null || links[i - 1] is CallExpression { Optional: true });
                thisArg = null;
                if (keepObject)
                {
                    // `a.b?.()` and `a.#m()` inside the chain: the object is kept as the call's `this`.
                    if (currentSimple)
                    {
                        thisArg = current;
                    }
                    else
                    {
                        var temp = NewTemp();
                        current = new CodeBuilder().Add("(" + temp + " = ", member.Start).Add(current).Add(")", member.Start).Build();
                        thisArg = Text(temp, member.Start);
                    }
                }
                current = privateInfo is not null ? PrivateRead(privateInfo, current, member.Start) : Concat(current, MemberAccess(member));
                currentSimple = false;
            }
            else
            {
                var call = (CallExpression)link;
                var arguments = Arguments(call);
                if (thisArg is { } receiver)
                {
                    var builder = new CodeBuilder().Add(current).Add(".call(", call.Start).Add(receiver);
                    if (arguments.Text.Length > 0)
                        builder.Add(", ", call.Start).Add(arguments);
                    current = builder.Add(")", call.End).Build();
                }
                else
                {
                    current = new CodeBuilder().Add(current).Add("(", call.Start).Add(arguments).Add(")", call.End).Build();
                }
                thisArg = null;
                currentSimple = false;
            }
        }
        if (isDelete)
        {
            var unary = (UnaryExpression)Parent!;
            conditions.Add("delete ", unary.Start).Add(current);
            ReplaceWithLowPrecedence(unary, unary.Start, unary.End, conditions.Build(), _ancestors.Count - 2);
            return;
        }
        conditions.Add(current);
        ReplaceWithLowPrecedence(chain, conditions.Build());
    }

    private static Node Object(Node link) => link is MemberExpression member ? member.Object : ((CallExpression)link).Callee;

    // `obj.b` with obj kept for a call: `(_a = obj).b` and `_a`, or `this.b` and `this`.
    private (Rendered Member, Rendered Object) MemberKeepingObject(MemberExpression member)
    {
        var objectCode = Code(member.Object);
        Rendered first, reference;
        if (member.Object.Type is NodeType.ThisExpression or NodeType.Super)
        {
            first = objectCode;
            reference = Text("this", member.Object.Start);
        }
        else if (member.Object is Identifier)
        {
            first = reference = objectCode;
        }
        else
        {
            var temp = NewTemp();
            first = new CodeBuilder().Add("(" + temp + " = ", member.Object.Start).Add(objectCode).Add(")", member.Object.End).Build();
            reference = Text(temp, member.Object.Start);
        }
        if (member.Property is PrivateIdentifier privateName && LoweredPrivate(privateName) is { } info)
            return (PrivateRead(info, first, member.Start), reference);
        return (Concat(first, MemberAccess(member)), reference);
    }

    // `.name` or `[key]`.
    private Rendered MemberAccess(MemberExpression member)
    {
        if (member.Computed)
            return new CodeBuilder().Add("[", member.Property.Start).Add(Code(member.Property)).Add("]", member.Property.End).Build();
        return Text("." + _source[member.Property.Start..member.Property.End], member.Property.Start);
    }

    private Rendered Arguments(CallExpression call)
    {
        var builder = new CodeBuilder();
        for (var i = 0; i < call.Arguments.Length; i++)
        {
            if (i > 0)
                builder.Add(", ", call.Arguments[i].Start);
            builder.Add(Code(call.Arguments[i]));
        }
        return builder.Build();
    }

    // ---- helpers ----

    private void UseHelper(string name)
    {
        if (!_helpers.Contains(name))
            _helpers.Add(name);
    }

    private void AddHelpers(Program program)
    {
        if (_helpers.Count == 0)
            return;
        var text = new System.Text.StringBuilder();
        foreach (var name in LoweringHelpers.InOrder)
        {
            if (_helpers.Contains(name))
                text.Append(LoweringHelpers.Code(name)).Append('\n');
        }
        SourcePositions.InsertAtTop(_edits, program, Text(text.ToString().TrimEnd('\n'), 0));
        _changed = true;
    }
}
