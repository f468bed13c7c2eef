// Rewrites a program into a shorter one that does the same (a first part of terser's compress
// options, those that are local and always safe): statements of a list are joined (consecutive
// var/let/const declarations, expression statements into a sequence, blocks without lexical
// declarations flattened), bodies lose their braces when one statement is left, `if` becomes
// `&&`, `||` or `?:` when its branches are expressions or returns, `if (a) return b; return c`
// one return, `while (true)` `for(;;)`, `true`/`false` `!0`/`!1`, the global `undefined` `void 0`,
// `a["b"]` `a.b`, `typeof x === "y"` `==`, a concise arrow body for a lone return, and a nested
// "use strict" that strict code repeats is dropped. Nodes keep their source positions, so a
// source map still points at what they came from. Scopes stay valid: no binding is added or
// removed, and a function moved into another's code has its scope moved there too (Reparent).

using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Printing;
using Sharpack.JavaScript.Scopes;

namespace Sharpack.JavaScript.Minifying;

/// <summary>Shortens a program without changing what it does.</summary>
public sealed partial class Compressor
{
    // `undefined` may be read as void 0 only where nothing can rebind it: no `with` in the program.
    private readonly bool _undefinedIsGlobal;
    private readonly ScopeTree _scopes;
    private readonly bool _isModule;
    // Source positions a /*#__PURE__*/ annotation marks.
    private readonly HashSet<int>? _pure;
    private bool _strict;
    // Symbols a var statement has declared so far.
    private HashSet<int>? _declaredVars;

    private Compressor(ScopeTree scopes, bool isModule, HashSet<int>? pure)
    {
        _scopes = scopes;
        _isModule = isModule;
        _pure = pure;
        var any = false;
        foreach (var scope in scopes.Scopes)
        {
            if (scope.Kind == ScopeKind.With)
                any = true;
        }
        _undefinedIsGlobal = !any && !scopes.HasDirectEval;
    }

    /// <summary>
    /// Compresses <paramref name="program"/> in place; <paramref name="scopes"/> is its scope tree,
    /// <paramref name="source"/> and <paramref name="comments"/> its text and comments (for
    /// <c>/*#__PURE__*/</c> annotations).
    /// </summary>
    /// <param name="program">The program, rewritten in place.</param>
    /// <param name="scopes">Its scope tree.</param>
    /// <param name="source">Its text.</param>
    /// <param name="comments">Its comments.</param>
    /// <param name="options">terser's optional compress options; the defaults when null.</param>
    /// <returns>The symbols whose declarations are gone (for <see cref="Mangler.Mangle"/>).</returns>
    public static IReadOnlySet<int> Compress(Program program, ScopeTree scopes, string source = "", IReadOnlyList<Comment>? comments = null, CompressOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(scopes);
        var pure = comments is { Count: > 0 } ? JsPrinter.FindAnnotations(source, comments).Pure : null;
        var compressor = new Compressor(scopes, program.IsModule, pure) { _strict = program.IsStrict };
        if (options is not null)
            compressor.UseOptions(options);
        compressor.FindSingleUseFunctions();
        if (compressor.HasFunctionVars())
            compressor.FindVarFacts(program);
        program.Body = compressor.Statements(program.Body, body: true);
        // Unread declarations go; what they read may then be unread too (terser's passes).
        compressor.InitializeUnused();
        var bodies = compressor.FunctionBodies();
        for (var pass = 0; pass < 4; pass++)
        {
            compressor._dropped = false;
            foreach (var body in bodies)
            {
                if (compressor._deadBodies is null || !compressor._deadBodies.Contains(body))
                    body.Body = compressor.DropUnused(body.Body);
            }
            program.Body = compressor.DropUnused(program.Body);
            if (!compressor._dropped)
                break;
        }
        return compressor.Dropped;
    }

    // ---- Statement lists --------------------------------------------------------------------------

    // `body`: the list is a function's (or the program's) own statements.
    private Node[] Statements(Node[] list, bool body = false)
    {
        var outerBodyStatement = _bodyStatement;
        var result = new List<Node>(list.Length);
        foreach (var statement in list)
        {
            _bodyStatement = body ? statement.Start : -1;
            Add(result, Statement(statement));
        }
        _bodyStatement = outerBodyStatement;
        return [.. result];
    }

    private void Add(List<Node> result, Node statement)
    {
        // var a = f(); return a  →  return f()
        if (result.Count > 0 && result[^1] is VariableDeclaration { Kind: VariableKind.Var or VariableKind.Let or VariableKind.Const } previousDeclaration
            && statement is not (EmptyStatement or BlockStatement) && CollapseInto(previousDeclaration, statement))
        {
            result.RemoveAt(result.Count - 1);
        }
        switch (statement)
        {
            case EmptyStatement:
                return;
            case BlockStatement block when !HasLexicalDeclaration(block.Body):
                foreach (var inner in block.Body)
                    Add(result, inner);
                return;
            case VariableDeclaration declaration when declaration.Kind is VariableKind.Var or VariableKind.Let or VariableKind.Const
                && result.Count > 0 && result[^1] is VariableDeclaration previous && previous.Kind == declaration.Kind
                && previous.Declarations.Length < MaxJoinedDeclarators:
                previous.Declarations = [.. previous.Declarations, .. declaration.Declarations];
                previous.End = declaration.End;
                return;
            case ExpressionStatement { Directive: null } assigned when result.Count > 0 && result[^1] is VariableDeclaration { Kind: VariableKind.Var } declared
                && TakeInitializer(declared, assigned.Expression) is { } remaining:
                // var a; a = x, y()  →  var a = x; y()
                if (remaining is not EmptyStatement)
                    Add(result, new ExpressionStatement(remaining.Start, assigned.End, remaining, null));
                return;
            case ExpressionStatement { Directive: null } expression
                when result.Count > 0 && result[^1] is ExpressionStatement { Directive: null } previousExpression && CanJoin(previousExpression.Expression):
                // !function(){}() needs its `!` only at the start of a statement.
                previousExpression.Expression = Sequence(previousExpression.Expression,
                    expression.Expression is UnaryExpression { Operator: Operator.LogicalNot, Argument: CallExpression { Callee: FunctionExpression } call } ? call : expression.Expression);
                previousExpression.End = expression.End;
                return;
            case ReturnStatement { Argument: { } otherwise } returned
                when result.Count > 0 && result[^1] is IfStatement { Alternate: null, Consequent: ReturnStatement { Argument: { } then } } guard:
                // if (a) return b; return c  →  return a ? b : c, and again with the statement before:
                // if (a) return b; if (c) return d; return e  →  return a ? b : c ? d : e
                result.RemoveAt(result.Count - 1);
                Add(result, new ReturnStatement(guard.Start, returned.End, Conditional(guard.Test, then, otherwise)));
                return;
            case ReturnStatement { Argument: { } value } returned when result.Count > 0 && result[^1] is ExpressionStatement { Directive: null } before:
                // x(); return y  →  return x(), y (a block left with one statement loses its braces)
                result[^1] = new ReturnStatement(before.Start, returned.End, Sequence(before.Expression, value));
                return;
            case ThrowStatement thrown when result.Count > 0 && result[^1] is ExpressionStatement { Directive: null } before:
                result[^1] = new ThrowStatement(before.Start, thrown.End, Sequence(before.Expression, thrown.Argument));
                return;
            // (x(); if (a) → if (x(), a), and the same into switch and for heads, as terser's
            // sequences do, makes shorter code that gzips larger on the minification benchmark.)
            case IfStatement { Alternate: { } alternate } branch when EndsInJump(branch.Consequent):
                // if (a) return b; else c()  →  if (a) return b; c()
                branch.Alternate = null;
                result.Add(branch);
                Add(result, alternate);
                return;
        }
        result.Add(statement);
    }

    // When an expression statement starts by assigning the last variable of the var before it,
    // which has no value, or a constant one that the new value does not read, the value moves into
    // the declaration: what is left of the statement (an EmptyStatement for nothing), else null.
    private static Node? TakeInitializer(VariableDeclaration declaration, Node expression)
    {
        var first = expression is SequenceExpression { IsParenthesized: false } sequence ? sequence.Expressions[0] : expression;
        if (first is not AssignmentExpression { Operator: Operator.Assign, Left: Identifier { Symbol: >= 0 } target } assignment
            || declaration.Declarations[^1] is not { Id: Identifier { } declared } last
            || declared.Symbol != target.Symbol
            || (last.Init is not null && (ConstantOf(last.Init).Kind == ConstantKind.None || SymbolReader.Reads(assignment.Right, target.Symbol))))
            return null;
        last.Init = assignment.Right;
        declaration.End = assignment.End;
        if (expression is SequenceExpression rest)
        {
            return rest.Expressions.Length == 2
                ? rest.Expressions[1]
                : new SequenceExpression(rest.Expressions[1].Start, rest.End, rest.Expressions[1..]);
        }
        return new EmptyStatement(expression.Start, expression.End);
    }

    // A statement after which control never falls through to the next one.
    private static bool EndsInJump(Node statement) => statement switch
    {
        ReturnStatement or ThrowStatement or BreakStatement or ContinueStatement => true,
        BlockStatement { Body.Length: > 0 } block => EndsInJump(block.Body[^1]),
        _ => false,
    };

    // A loop's body: `continue;` at its end does nothing, and `if (a) continue; b()` there is `a || b()`.
    private Node LoopBody(Node body)
    {
        if (body is ContinueStatement { Label: null })
            return new EmptyStatement(body.Start, body.End);
        if (body is not BlockStatement block)
            return Body(body);
        var statements = Statements(block.Body);
        if (statements.Length > 0 && statements[^1] is ContinueStatement { Label: null })
            statements = statements[..^1];
        block.Body = InvertTrailingGuards(statements, inLoop: true);
        return Unbraced(block);
    }

    private static bool HasLexicalDeclaration(Node[] body)
    {
        foreach (var statement in body)
        {
            if (IsDeclaration(statement))
                return true;
        }
        return false;
    }

    // A declaration a block scopes (or Annex B treats specially): it cannot leave its block.
    private static bool IsDeclaration(Node statement) => statement switch
    {
        VariableDeclaration declaration => declaration.Kind != VariableKind.Var,
        ClassDeclaration or FunctionDeclaration => true,
        _ => false,
    };

    // ---- Statements -------------------------------------------------------------------------------

    private Node Statement(Node node)
    {
        switch (node)
        {
            case ExpressionStatement statement:
                if (statement.Directive is not null)
                    return statement;
                statement.Expression = Expression(statement.Expression);
                // A statement that does nothing goes (`void 0;` left of a dropped console call, a pure call).
                if (IsPure(statement.Expression))
                    return new EmptyStatement(statement.Start, statement.End);
                // (function(){})() as a statement: `!function(){}()` is one character shorter.
                if (statement.Expression is CallExpression { Callee: FunctionExpression } call)
                    statement.Expression = new UnaryExpression(call.Start, call.End, Operator.LogicalNot, call);
                return statement;
            case BlockStatement block:
                block.Body = Statements(block.Body);
                return block;
            case IfStatement ifStatement:
                return If(ifStatement);
            case ReturnStatement returned:
                if (returned.Argument is { } argument)
                {
                    var value = Expression(argument);
                    returned.Argument = IsUndefined(value) ? null : value;
                }
                return returned;
            case ThrowStatement thrown:
                thrown.Argument = Expression(thrown.Argument);
                return thrown;
            case DebuggerStatement when _options.DropDebugger:
                return new EmptyStatement(node.Start, node.End);
            case VariableDeclaration declaration:
                Declarations(declaration);
                if (declaration.Kind is VariableKind.Var or VariableKind.Let or VariableKind.Const)
                    CollapseDeclarators(declaration);
                return declaration.Kind == VariableKind.Var ? WithoutRedeclarations(declaration) : declaration;
            case FunctionDeclaration function:
                Function(function);
                return function;
            case ClassDeclaration classDeclaration:
                Class(classDeclaration);
                return classDeclaration;
            case WhileStatement loop:
                _loopDepth++;
                loop.Test = Condition(Expression(loop.Test));
                loop.Body = LoopBody(loop.Body);
                _loopDepth--;
                // while (true) → for (;;); any other while stays (as terser's `for(;a;)` it gzips larger on the benchmark)
                return IsTrue(loop.Test) ? new ForStatement(loop.Start, loop.End, null, null, null, loop.Body) : loop;
            case DoWhileStatement loop:
                _loopDepth++;
                loop.Body = Body(loop.Body);
                loop.Test = Condition(Expression(loop.Test));
                _loopDepth--;
                return loop;
            case ForStatement loop:
                _loopDepth++;
                if (loop.Init is VariableDeclaration init)
                    Declarations(init);
                else if (loop.Init is { } initExpression)
                    loop.Init = Expression(initExpression);
                if (loop.Test is { } test)
                {
                    var compressedTest = Condition(Expression(test));
                    loop.Test = IsTrue(compressedTest) ? null : compressedTest;
                }
                if (loop.Update is { } update)
                    loop.Update = Expression(update);
                loop.Body = LoopBody(loop.Body);
                _loopDepth--;
                return loop;
            case ForInStatement loop:
                loop.Right = Expression(loop.Right);
                _loopDepth++;
                ForLeft(loop.Left);
                loop.Body = LoopBody(loop.Body);
                _loopDepth--;
                return loop;
            case ForOfStatement loop:
                loop.Right = Expression(loop.Right);
                _loopDepth++;
                ForLeft(loop.Left);
                loop.Body = LoopBody(loop.Body);
                _loopDepth--;
                return loop;
            case LabeledStatement labeled:
                labeled.Body = Body(labeled.Body);
                return labeled;
            case WithStatement with:
                with.Object = Expression(with.Object);
                with.Body = Body(with.Body);
                return with;
            case SwitchStatement switchStatement:
                switchStatement.Discriminant = Expression(switchStatement.Discriminant);
                foreach (var switchCase in switchStatement.Cases)
                {
                    if (switchCase.Test is { } caseTest)
                        switchCase.Test = Expression(caseTest);
                    switchCase.Consequent = Statements(switchCase.Consequent);
                }
                return switchStatement;
            case TryStatement tryStatement:
                tryStatement.Block.Body = Statements(tryStatement.Block.Body);
                if (tryStatement.Handler is { } handler)
                {
                    if (handler.Param is { } param)
                        Pattern(param);
                    handler.Body.Body = Statements(handler.Body.Body);
                }
                if (tryStatement.Finalizer is { } finalizer)
                    finalizer.Body = Statements(finalizer.Body);
                return tryStatement;
            case ExportNamedDeclaration export:
                if (export.Declaration is { } exported)
                    export.Declaration = Statement(exported);
                return export;
            case ExportDefaultDeclaration exportDefault:
                exportDefault.Declaration = exportDefault.Declaration switch
                {
                    FunctionDeclaration or ClassDeclaration => Statement(exportDefault.Declaration),
                    // `export default f` stays a name: a function there would be a declaration.
                    Identifier name => name,
                    var expression => Expression(expression),
                };
                return exportDefault;
            default:
                return node;
        }
    }

    // The body of an if, a loop, a label or with: one statement without braces where that means the same.
    private Node Body(Node body) => Unbraced(Statement(body));

    private static Node Unbraced(Node statement)
    {
        if (statement is BlockStatement block)
        {
            if (block.Body.Length == 0)
                return new EmptyStatement(block.Start, block.End);
            if (block.Body.Length == 1 && !IsDeclaration(block.Body[0]))
                return block.Body[0];
        }
        return statement;
    }

    private Node If(IfStatement node)
    {
        node.Test = Condition(Expression(node.Test));
        node.Consequent = Body(node.Consequent);
        if (node.Alternate is { } alternate)
        {
            var compressed = Body(alternate);
            node.Alternate = compressed is EmptyStatement ? null : compressed;
        }
        return SimplifyIf(node);
    }

    // An if whose parts are compressed, as the shortest statement that does the same.
    private Node SimplifyIf(IfStatement node)
    {
        // if (constant): the branch taken, where the other declares no var or function (which
        // would still be declared).
        if (TruthOf(node.Test) is { } truth)
        {
            var dropped = truth ? node.Alternate : node.Consequent;
            if (dropped is null || !DeclaresHoisted(dropped))
                return (truth ? node.Consequent : node.Alternate) ?? new EmptyStatement(node.Start, node.End);
        }
        // if (a); else b  →  if (!a) b
        if (node.Consequent is EmptyStatement && node.Alternate is { } only)
        {
            node.Test = Not(node.Test);
            node.Consequent = only;
            node.Alternate = null;
        }
        // if (a) if (b) c  →  if (a && b) c
        if (node.Alternate is null && node.Consequent is IfStatement { Alternate: null } inner)
        {
            node.Test = Logical(Operator.LogicalAnd, node.Test, inner.Test);
            node.Consequent = inner.Consequent;
        }
        switch (node.Consequent, node.Alternate)
        {
            case (EmptyStatement, null):
                return new ExpressionStatement(node.Start, node.End, node.Test, null);
            case (ExpressionStatement { Directive: null } then, null):
                // if (a) b  →  a && b;  if (!a) b  →  a || b;  if (!a || !b) c  →  a && b || c
                return new ExpressionStatement(node.Start, node.End, node.Test switch
                {
                    UnaryExpression { Operator: Operator.LogicalNot } negated => Logical(Operator.LogicalOr, negated.Argument, then.Expression),
                    LogicalExpression { Operator: Operator.LogicalOr } either when NegatesFree(either.Left) && NegatesFree(either.Right)
                        => Logical(Operator.LogicalOr, Not(either), then.Expression),
                    _ => Logical(Operator.LogicalAnd, node.Test, then.Expression),
                }, null);
            case (ExpressionStatement { Directive: null } then, ExpressionStatement { Directive: null } otherwise):
                return new ExpressionStatement(node.Start, node.End, Conditional(node.Test, then.Expression, otherwise.Expression), null);
            case (ReturnStatement { Argument: { } then }, ReturnStatement { Argument: { } otherwise }):
                return new ReturnStatement(node.Start, node.End, Conditional(node.Test, then, otherwise));
        }
        return node;
    }

    // `if (a) return; b(); c()` ending a function  →  `if (!a) { b(); c() }`, which may then be
    // `a || (b(), c())`; `if (a) { x(); return } y()` → `if (a) x(); else y()` (terser's if_return);
    // the same with `continue` ending a loop's body.
    // Walked from the end, so that a chain of guards nests. What moves into the block must be
    // free to: no let, const, class or function declaration.
    private Node[] InvertTrailingGuards(Node[] statements, bool inLoop)
    {
        for (var i = statements.Length - 2; i >= 0; i--)
        {
            if (statements[i] is not IfStatement { Alternate: null } guard || WithoutTrailingJump(guard.Consequent, inLoop) is not { } consequent)
                continue;
            var rest = statements[(i + 1)..];
            if (HasLexicalDeclaration(rest))
                continue;
            var block = new BlockStatement(rest[0].Start, rest[^1].End, rest);
            guard.Consequent = consequent;
            guard.Alternate = Unbraced(block);
            guard.End = block.End;
            if (guard.Consequent is EmptyStatement)
            {
                guard.Test = Not(guard.Test);
                guard.Consequent = guard.Alternate;
                guard.Alternate = null;
            }
            var result = new List<Node>(i + 1);
            for (var k = 0; k < i; k++)
                result.Add(statements[k]);
            Add(result, SimplifyIf(guard));
            statements = [.. result];
            i = statements.Length - 1;
        }
        return statements;
    }

    // An if's consequent that ends in `return;` (in a loop's body `continue;`), without it; null for any other.
    private static Node? WithoutTrailingJump(Node consequent, bool inLoop)
    {
        if (IsTrailingJump(consequent, inLoop))
            return new EmptyStatement(consequent.Start, consequent.End);
        if (consequent is BlockStatement { Body.Length: > 0 } block && IsTrailingJump(block.Body[^1], inLoop) && !HasLexicalDeclaration(block.Body))
            return Unbraced(new BlockStatement(block.Start, block.End, block.Body[..^1]));
        return null;
    }

    private static bool IsTrailingJump(Node statement, bool inLoop) =>
        inLoop ? statement is ContinueStatement { Label: null } : statement is ReturnStatement { Argument: null };

    // Whether a statement declares a var or a function that its scope would lose if it went.
    private static bool DeclaresHoisted(Node statement)
    {
        switch (statement)
        {
            case VariableDeclaration { Kind: VariableKind.Var }:
            case FunctionDeclaration:
                return true;
            case BlockStatement block:
                foreach (var inner in block.Body)
                {
                    if (DeclaresHoisted(inner))
                        return true;
                }
                return false;
            case IfStatement ifStatement:
                return DeclaresHoisted(ifStatement.Consequent) || (ifStatement.Alternate is { } alternate && DeclaresHoisted(alternate));
            case LabeledStatement labeled:
                return DeclaresHoisted(labeled.Body);
            case ExpressionStatement or ReturnStatement or ThrowStatement or BreakStatement or ContinueStatement or EmptyStatement:
                return false;
            default:
                // Loops, switches, try: assume they may.
                return true;
        }
    }

    private void Declarations(VariableDeclaration declaration)
    {
        foreach (var declarator in declaration.Declarations)
        {
            Pattern(declarator.Id);
            if (declarator.Init is { } init)
            {
                declarator.Init = Expression(init);
                // let x = void 0 → let x (a let starts undefined each time; a var in a loop would keep its value).
                if (declaration.Kind == VariableKind.Let && declarator.Id is Identifier && IsUndefined(declarator.Init))
                    declarator.Init = null;
                else
                    NoteConstant(declaration, declarator);
            }
        }
    }

    // `var x;` where an earlier var already declared x does nothing: it goes (typescript.js has 204
    // `var ts;`, and the statements between them then join).
    private Node WithoutRedeclarations(VariableDeclaration declaration)
    {
        List<VariableDeclarator>? kept = null;
        for (var i = 0; i < declaration.Declarations.Length; i++)
        {
            var declarator = declaration.Declarations[i];
            if (declarator.Id is Identifier { Symbol: >= 0 } name && !(_declaredVars ??= []).Add(name.Symbol) && declarator.Init is null)
            {
                kept ??= [.. declaration.Declarations.AsSpan(0, i)];
                continue;
            }
            kept?.Add(declarator);
        }
        if (kept is null)
            return declaration;
        if (kept.Count == 0)
            return new EmptyStatement(declaration.Start, declaration.End);
        declaration.Declarations = [.. kept];
        return declaration;
    }

    private void ForLeft(Node left)
    {
        if (left is VariableDeclaration declaration)
            Declarations(declaration);
        else
            Pattern(left);
    }

    // ---- Functions and classes --------------------------------------------------------------------

    private void Function(FunctionNode function)
    {
        var outerLoopDepth = _loopDepth;
        _loopDepth = 0;
        // Its parameters' defaults run when it runs too.
        _functions.Add(function);
        foreach (var parameter in function.Params)
            Pattern(parameter);
        var outerStrict = _strict;
        _strict = outerStrict || function.IsStrict;
        if (function.Body is BlockStatement body)
        {
            var statements = Statements(body.Body, body: true);
            // A "use strict" inside strict code says nothing.
            if (outerStrict)
                statements = Array.FindAll(statements, static s => s is not ExpressionStatement { Directive: "use strict" });
            // `return;` at the end of a function does nothing.
            if (statements.Length > 0 && statements[^1] is ReturnStatement { Argument: null })
                statements = statements[..^1];
            statements = InvertTrailingGuards(statements, inLoop: false);
            body.Body = statements;
            // () => { return x; }  →  () => x
            if (function is ArrowFunctionExpression arrow && statements is [ReturnStatement { Argument: { } value }])
            {
                arrow.Body = value;
                arrow.IsExpression = true;
            }
        }
        else
        {
            function.Body = Expression(function.Body);
        }
        _functions.RemoveAt(_functions.Count - 1);
        _strict = outerStrict;
        _loopDepth = outerLoopDepth;
    }

    private void Class(ClassNode node)
    {
        var outerLoopDepth = _loopDepth;
        _loopDepth = 0;
        var outerStrict = _strict;
        _strict = true;
        if (node.SuperClass is { } superClass)
            node.SuperClass = Expression(superClass);
        foreach (var member in node.Body.Body)
        {
            switch (member)
            {
                case MethodDefinition method:
                    if (method.Computed)
                        method.Key = Expression(method.Key);
                    Function(method.Value);
                    break;
                case PropertyDefinition field:
                    if (field.Computed)
                        field.Key = Expression(field.Key);
                    if (field.Value is { } value)
                        field.Value = Expression(value);
                    break;
                case StaticBlock block:
                    block.Body = Statements(block.Body);
                    break;
            }
        }
        _strict = outerStrict;
        _loopDepth = outerLoopDepth;
    }

    // Patterns: only their default values and computed keys are expressions.
    private void Pattern(Node pattern)
    {
        switch (pattern)
        {
            case AssignmentPattern assignment:
                Pattern(assignment.Left);
                assignment.Right = Expression(assignment.Right);
                break;
            case ObjectPattern obj:
                foreach (var item in obj.Properties)
                {
                    if (item is Property property)
                    {
                        if (property.Computed)
                            property.Key = Expression(property.Key);
                        Pattern(property.Value);
                    }
                    else if (item is RestElement rest)
                    {
                        Pattern(rest.Argument);
                    }
                }
                break;
            case ArrayPattern array:
                foreach (var element in array.Elements)
                {
                    if (element is not null)
                        Pattern(element);
                }
                break;
            case RestElement rest:
                Pattern(rest.Argument);
                break;
            case MemberExpression member:
                Member(member);
                break;
        }
    }

    // ---- Expressions ------------------------------------------------------------------------------

    private Node Expression(Node node)
    {
        switch (node)
        {
            case Literal { Kind: LiteralKind.Boolean } boolean:
                // true → !0, false → !1
                return new UnaryExpression(boolean.Start, boolean.End, Operator.LogicalNot, Number(boolean.Start, boolean.End, boolean.BooleanValue ? 0 : 1));
            case Identifier { Name: "undefined", Symbol: -1 } identifier when _undefinedIsGlobal:
                return VoidZero(identifier.Start, identifier.End);
            case Identifier { Symbol: >= 0 } reference when ((Node?)InlineSingleUse(reference) ?? ReadConstant(reference)) is { } inlined:
                return inlined;
            case Identifier { Symbol: -1 } global when GlobalDefinition(global) is { } defined:
                return defined;
            case UnaryExpression unary:
                if (unary.Operator == Operator.LogicalNot && unary.Argument is Literal { Kind: LiteralKind.Boolean } negatedBoolean)
                    return new UnaryExpression(unary.Start, unary.End, Operator.LogicalNot, Number(negatedBoolean.Start, negatedBoolean.End, negatedBoolean.BooleanValue ? 1 : 0));
                if (unary.Operator == Operator.Delete)
                {
                    // `delete a.b` must stay a reference; only its parts are compressed.
                    if (unary.Argument is MemberExpression target)
                        Member(target);
                    return unary;
                }
                unary.Argument = Expression(unary.Argument);
                if (unary.Operator == Operator.LogicalNot)
                    unary.Argument = Condition(unary.Argument);
                if (unary.Operator == Operator.Void && unary.Argument is Literal { Kind: LiteralKind.Number or LiteralKind.String or LiteralKind.Null })
                    unary.Argument = Number(unary.Argument.Start, unary.Argument.End, 0);
                return FoldNegation(unary) ?? FoldUnary(unary) ?? unary;
            case UpdateExpression update:
                Target(update.Argument);
                return update;
            case BinaryExpression binary:
                binary.Left = binary.Left is PrivateIdentifier ? binary.Left : Expression(binary.Left);
                binary.Right = Expression(binary.Right);
                if (FoldBinary(binary) is { } folded)
                    return folded;
                // typeof x === "y": both sides are strings, so == means the same.
                if (binary.Operator is Operator.StrictEqual or Operator.StrictNotEqual
                    && (IsTypeof(binary.Left) || IsTypeof(binary.Right))
                    && (binary.Left is Literal { Kind: LiteralKind.String } || binary.Right is Literal { Kind: LiteralKind.String } || (IsTypeof(binary.Left) && IsTypeof(binary.Right))))
                    binary.Operator = binary.Operator == Operator.StrictEqual ? Operator.Equal : Operator.NotEqual;
                // typeof x == "undefined" → typeof x > "u": of typeof's answers only "undefined" sorts after "u".
                if (binary.Operator is Operator.Equal or Operator.NotEqual)
                {
                    if (binary.Right is Literal { Kind: LiteralKind.String, StringValue: "undefined" } && IsTypeof(binary.Left))
                        return new BinaryExpression(binary.Start, binary.End, binary.Operator == Operator.Equal ? Operator.GreaterThan : Operator.LessThan, binary.Left, String(binary.Right, "u"));
                    if (binary.Left is Literal { Kind: LiteralKind.String, StringValue: "undefined" } && IsTypeof(binary.Right))
                        return new BinaryExpression(binary.Start, binary.End, binary.Operator == Operator.Equal ? Operator.GreaterThan : Operator.LessThan, binary.Right, String(binary.Left, "u"));
                }
                return binary;
            case LogicalExpression logical:
                logical.Left = Expression(logical.Left);
                logical.Right = Expression(logical.Right);
                return FoldLogical(logical) ?? FoldNullCheck(logical) ?? logical;
            case AssignmentExpression { Operator: Operator.Assign, Left: Identifier { Symbol: >= 0 } written, Right: not (Identifier or MemberExpression or ChainExpression) } unread
                when IsWriteOnly(written.Symbol):
                // Nothing reads the variable: the value alone stays, for its effects or as the value.
                // Not a name or a property read, which as a callee, a tag or typeof's operand would
                // mean something else alone ((m = o.f)() calls f with o as this).
                _writeOnlyDropped![written.Symbol] = _writeOnlyDropped.GetValueOrDefault(written.Symbol) + 1;
                return Expression(unread.Right);
            case AssignmentExpression assignment:
                Target(assignment.Left);
                assignment.Right = Expression(assignment.Right);
                // a = a + b → a += b, for a name (read and written once either way).
                if (assignment.Operator == Operator.Assign && assignment.Left is Identifier assigned
                    && assignment.Right is BinaryExpression { Left: Identifier read } operation && read.Name == assigned.Name && read.Symbol == assigned.Symbol
                    && CompoundOf(operation.Operator) is { } compound)
                {
                    assignment.Operator = compound;
                    assignment.Right = operation.Right;
                }
                return assignment;
            case ConditionalExpression conditional:
                conditional.Test = Condition(Expression(conditional.Test));
                conditional.Consequent = Expression(conditional.Consequent);
                conditional.Alternate = Expression(conditional.Alternate);
                if (TruthOf(conditional.Test) is { } truth)
                    return truth ? conditional.Consequent : conditional.Alternate;
                return Conditional(conditional);
            case MemberExpression member:
                if (GlobalDefinition(member) is { } definedMember)
                    return definedMember;
                Member(member);
                return member;
            case ChainExpression chain:
                chain.Expression = Expression(chain.Expression);
                return chain;
            case CallExpression call:
                if (DropConsoleCall(call) is { } dropped)
                    return dropped;
                call.Callee = call.Callee switch
                {
                    Super => call.Callee,
                    Identifier { Symbol: >= 0 } callee when InlineSingleUse(callee, called: true) is { } inlined => inlined,
                    _ => Expression(call.Callee),
                };
                Expressions(call.Arguments);
                return call;
            case NewExpression newExpression:
                newExpression.Callee = Expression(newExpression.Callee);
                Expressions(newExpression.Arguments);
                return newExpression;
            case SequenceExpression sequence:
                Expressions(sequence.Expressions);
                return sequence;
            case ArrayExpression array:
                for (var i = 0; i < array.Elements.Length; i++)
                {
                    if (array.Elements[i] is { } element)
                        array.Elements[i] = Expression(element);
                }
                return array;
            case ObjectExpression obj:
                foreach (var item in obj.Properties)
                {
                    if (item is Property property)
                    {
                        if (property.Computed)
                            property.Key = Expression(property.Key);
                        if (property.Value is FunctionExpression method && (property.Method || property.Kind != PropertyKind.Init))
                            Function(method);
                        else if (!property.Shorthand)
                            property.Value = Expression(property.Value);
                    }
                    else if (item is SpreadElement spread)
                    {
                        spread.Argument = Expression(spread.Argument);
                    }
                }
                return obj;
            case SpreadElement spread:
                spread.Argument = Expression(spread.Argument);
                return spread;
            case FunctionExpression or ArrowFunctionExpression:
                Function((FunctionNode)node);
                DropUnreadName(node);
                return node;
            case ClassExpression classExpression:
                Class(classExpression);
                DropUnreadName(classExpression);
                return classExpression;
            case TemplateLiteral template:
                Expressions(template.Expressions);
                return template;
            case TaggedTemplateExpression tagged:
                tagged.Tag = Expression(tagged.Tag);
                Expressions(tagged.Quasi.Expressions);
                return tagged;
            case YieldExpression yield:
                if (yield.Argument is { } yielded)
                    yield.Argument = Expression(yielded);
                return yield;
            case AwaitExpression await:
                await.Argument = Expression(await.Argument);
                return await;
            case ImportExpression import:
                import.Source = Expression(import.Source);
                if (import.Options is { } options)
                    import.Options = Expression(options);
                return import;
            default:
                return node;
        }
    }

    private void Expressions(Node[] list)
    {
        for (var i = 0; i < list.Length; i++)
            list[i] = Expression(list[i]);
    }

    // An assignment's or update's target: a name stays a name; a member's parts are expressions.
    private void Target(Node target)
    {
        if (target is MemberExpression member)
            Member(member);
        else if (target is not Identifier)
            Pattern(target);
    }

    private void Member(MemberExpression member)
    {
        member.Object = member.Object is Super ? member.Object : Expression(member.Object);
        if (!member.Computed)
            return;
        member.Property = Expression(member.Property);
        // a["b"] → a.b
        if (member.Property is Literal { Kind: LiteralKind.String, StringValue: { } name } key && JsPrinter.IsIdentifierName(name))
        {
            member.Property = new Identifier(key.Start, key.End, name);
            member.Computed = false;
        }
    }

    // ---- Building blocks --------------------------------------------------------------------------

    private static Literal Number(int start, int end, double value) => new(start, end, LiteralKind.Number) { NumberValue = value };

    private static Literal String(Node at, string value) => new(at.Start, at.End, LiteralKind.String) { StringValue = value };

    private static Operator? CompoundOf(Operator op) => op switch
    {
        Operator.Add => Operator.AddAssign,
        Operator.Subtract => Operator.SubtractAssign,
        Operator.Multiply => Operator.MultiplyAssign,
        Operator.Divide => Operator.DivideAssign,
        Operator.Remainder => Operator.RemainderAssign,
        Operator.Exponent => Operator.ExponentAssign,
        Operator.LeftShift => Operator.LeftShiftAssign,
        Operator.RightShift => Operator.RightShiftAssign,
        Operator.UnsignedRightShift => Operator.UnsignedRightShiftAssign,
        Operator.BitwiseOr => Operator.BitwiseOrAssign,
        Operator.BitwiseXor => Operator.BitwiseXorAssign,
        Operator.BitwiseAnd => Operator.BitwiseAndAssign,
        _ => null,
    };

    private static UnaryExpression VoidZero(int start, int end) => new(start, end, Operator.Void, Number(start, end, 0));

    private bool IsUndefined(Node node) =>
        node is UnaryExpression { Operator: Operator.Void, Argument: Literal { Kind: LiteralKind.Number } }
        || (_undefinedIsGlobal && node is Identifier { Name: "undefined", Symbol: -1 });

    private static bool IsTrue(Node node) =>
        node is Literal { Kind: LiteralKind.Boolean, BooleanValue: true }
        || node is UnaryExpression { Operator: Operator.LogicalNot, Argument: Literal { Kind: LiteralKind.Number, NumberValue: 0 } };

    private static bool IsTypeof(Node node) => node is UnaryExpression { Operator: Operator.Typeof };

    // The negation of an if's test, where only its truth is read: !a is a, a === b is a !== b,
    // anything else !a.
    private static Node Not(Node node)
    {
        if (node is UnaryExpression { Operator: Operator.LogicalNot } negated)
            return negated.Argument;
        // !(a && b) → !a || !b where both negate without a `!` (comparisons, `!x`): two characters shorter.
        if (node is LogicalExpression { Operator: Operator.LogicalAnd or Operator.LogicalOr, IsParenthesized: false } logical
            && NegatesFree(logical.Left) && NegatesFree(logical.Right))
        {
            return new LogicalExpression(logical.Start, logical.End, logical.Operator == Operator.LogicalAnd ? Operator.LogicalOr : Operator.LogicalAnd,
                Not(logical.Left), Not(logical.Right));
        }
        var not = new UnaryExpression(node.Start, node.End, Operator.LogicalNot, node);
        return FoldNegation(not) ?? not;
    }

    // a op (b op c) → (a op b) op c: the same for && and ||, and printed without parentheses.
    private static LogicalExpression Logical(Operator op, Node left, Node right)
    {
        if (right is LogicalExpression { IsParenthesized: false } inner && inner.Operator == op)
            return new LogicalExpression(left.Start, right.End, op, Logical(op, left, inner.Left), inner.Right);
        return new LogicalExpression(left.Start, right.End, op, left, right);
    }

    private static bool NegatesFree(Node node) => node is UnaryExpression { Operator: Operator.LogicalNot }
        or BinaryExpression { Operator: Operator.Equal or Operator.NotEqual or Operator.StrictEqual or Operator.StrictNotEqual };

    private static Node Conditional(Node test, Node then, Node otherwise) =>
        Conditional(new ConditionalExpression(test.Start, otherwise.End, test, then, otherwise));

    // !a ? b : c  →  a ? c : b;  a ? x = b : x = c  →  x = a ? b : c (x a name); a ? !0 : !1  →  !!a
    private static Node Conditional(ConditionalExpression conditional)
    {
        if (conditional.Test is UnaryExpression { Operator: Operator.LogicalNot } negated)
        {
            conditional.Test = negated.Argument;
            (conditional.Consequent, conditional.Alternate) = (conditional.Alternate, conditional.Consequent);
        }
        // a ? !0 : !1  →  !!a (a where a is a boolean);  a ? !1 : !0  →  !a
        if (ConstantOf(conditional.Consequent) is { Kind: ConstantKind.Boolean } thenValue
            && ConstantOf(conditional.Alternate) is { Kind: ConstantKind.Boolean } otherwiseValue && thenValue.Boolean != otherwiseValue.Boolean)
        {
            var test = conditional.Test;
            var not = new UnaryExpression(conditional.Start, conditional.End, Operator.LogicalNot, test);
            if (!thenValue.Boolean)
                return FoldNegation(not) ?? not;
            return IsBoolean(test) ? test : new UnaryExpression(conditional.Start, conditional.End, Operator.LogicalNot, not);
        }
        if (conditional.Consequent is AssignmentExpression { Left: Identifier then } thenAssignment
            && conditional.Alternate is AssignmentExpression { Left: Identifier otherwise } otherwiseAssignment
            && thenAssignment.Operator == otherwiseAssignment.Operator && then.Name == otherwise.Name && then.Symbol == otherwise.Symbol
            && thenAssignment.Operator is not (Operator.LogicalAndAssign or Operator.LogicalOrAssign or Operator.NullishAssign))
        {
            conditional.Consequent = thenAssignment.Right;
            conditional.Alternate = otherwiseAssignment.Right;
            return new AssignmentExpression(conditional.Start, conditional.End, thenAssignment.Operator, then, conditional);
        }
        return conditional;
    }

    // Declarations joined into one statement at most: each join copies the list, so a limit keeps
    // joining linear on a hundred thousand declarations in a row (a new `var` costs five bytes).
    private const int MaxJoinedDeclarators = 200;

    // Whether a statement's expression may take the next statement's (terser's `sequences` limit).
    private bool CanJoin(Node expression) =>
        (expression is SequenceExpression { IsParenthesized: false } sequence ? sequence.Expressions.Length : 1) < _options.Sequences;

    private static SequenceExpression Sequence(Node first, Node second)
    {
        var items = new List<Node>();
        if (first is SequenceExpression { IsParenthesized: false } left)
            items.AddRange(left.Expressions);
        else
            items.Add(first);
        if (second is SequenceExpression { IsParenthesized: false } right)
            items.AddRange(right.Expressions);
        else
            items.Add(second);
        return new SequenceExpression(first.Start, second.End, [.. items]);
    }

    // Whether a subtree reads (or writes) a symbol.
    private sealed class SymbolReader(int symbol) : AstVisitor
    {
        private bool _found;

        public static bool Reads(Node node, int symbol)
        {
            var reader = new SymbolReader(symbol);
            reader.Visit(node);
            return reader._found;
        }

        public override void Visit(Node node)
        {
            if (_found)
                return;
            if (node is Identifier identifier && identifier.Symbol == symbol)
                _found = true;
            else
                base.Visit(node);
        }
    }
}
