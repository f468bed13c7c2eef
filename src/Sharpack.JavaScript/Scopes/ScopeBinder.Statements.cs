// Statements, functions and classes: where scopes open and close, and in what order their
// parts are walked (source order, so errors come where acorn reports them).

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Scopes;

internal sealed partial class ScopeBinder
{
    private void VisitStatements(Node[] statements)
    {
        foreach (var statement in statements)
            Visit(statement);
    }

    private void VisitBlock(BlockStatement block)
    {
        PushScope(ScopeKind.Block, block, IsStrict);
        VisitStatements(block.Body);
        PopScope();
    }

    private void VisitIf(IfStatement statement)
    {
        // else-if chains loop instead of recursing.
        while (true)
        {
            Visit(statement.Test);
            VisitClauseBody(statement.Consequent);
            if (statement.Alternate is IfStatement next)
            {
                statement = next;
                continue;
            }
            if (statement.Alternate is not null)
                VisitClauseBody(statement.Alternate);
            return;
        }
    }

    /// <summary>A clause of an if: a function declaration there is the sole item of an implicit block (Annex B.3.3).</summary>
    private void VisitClauseBody(Node body)
    {
        if (body.Type != NodeType.FunctionDeclaration)
        {
            Visit(body);
            return;
        }
        PushScope(ScopeKind.Block, body, IsStrict);
        Visit(body);
        PopScope();
    }

    private void VisitSwitch(SwitchStatement statement)
    {
        Visit(statement.Discriminant);
        PushScope(ScopeKind.Switch, statement, IsStrict);
        foreach (var @case in statement.Cases)
        {
            if (@case.Test is not null)
                Visit(@case.Test);
            VisitStatements(@case.Consequent);
        }
        PopScope();
    }

    private void VisitTry(TryStatement statement)
    {
        VisitBlock(statement.Block);
        if (statement.Handler is { } handler)
        {
            // The parameter and the body share one scope: no name may be in both, except that
            // a var may redeclare a simple parameter.
            PushScope(ScopeKind.Catch, handler, IsStrict);
            if (handler.Param is Identifier id)
                DeclareSimpleCatchParameter(id);
            else if (handler.Param is not null)
                DeclarePattern(handler.Param, DeclarationKind.CatchParameter);
            VisitStatements(handler.Body.Body);
            PopScope();
        }
        if (statement.Finalizer is not null)
            VisitBlock(statement.Finalizer);
    }

    private void VisitWith(WithStatement statement)
    {
        Visit(statement.Object);
        PushScope(ScopeKind.With, statement, IsStrict);
        Visit(statement.Body);
        PopScope();
    }

    private static bool IsLexicalHead(Node? head) => head is VariableDeclaration { Kind: not VariableKind.Var };

    private void VisitFor(ForStatement statement)
    {
        bool scoped = IsLexicalHead(statement.Init);
        if (scoped)
            PushScope(ScopeKind.For, statement, IsStrict);
        if (statement.Init is VariableDeclaration declaration)
            VisitVariableDeclaration(declaration, DeclarationKind.Var);
        else if (statement.Init is not null)
            Visit(statement.Init);
        if (statement.Test is not null)
            Visit(statement.Test);
        if (statement.Update is not null)
            Visit(statement.Update);
        Visit(statement.Body);
        if (scoped)
            PopScope();
    }

    private void VisitForInOf(Node statement, Node left, Node right, Node body, DeclarationKind varKind)
    {
        // The right-hand side is in the head's scope too (it sees the new bindings, in their TDZ).
        bool scoped = IsLexicalHead(left);
        if (scoped)
            PushScope(ScopeKind.For, statement, IsStrict);
        if (left is VariableDeclaration declaration)
            VisitVariableDeclaration(declaration, varKind);
        else
            VisitTarget(left);
        Visit(right);
        Visit(body);
        if (scoped)
            PopScope();
    }

    /// <summary>Declares a declaration's names and walks its initializers; <paramref name="varKind"/> says which var this is.</summary>
    private void VisitVariableDeclaration(VariableDeclaration declaration, DeclarationKind varKind)
    {
        var kind = declaration.Kind switch
        {
            VariableKind.Var => varKind,
            VariableKind.Let => DeclarationKind.Let,
            VariableKind.Const => DeclarationKind.Const,
            _ => DeclarationKind.Using,
        };
        foreach (var declarator in declaration.Declarations)
        {
            var declaratorKind = kind == DeclarationKind.Var && declarator.Init is not null ? DeclarationKind.VarInitialized : kind;
            DeclarePattern(declarator.Id, declaratorKind);
            if (declarator.Init is not null)
                Visit(declarator.Init);
        }
    }

    // ---- Functions --------------------------------------------------------------------------

    private void VisitFunction(FunctionNode function, bool isMethod)
    {
        bool isArrow = function.Type == NodeType.ArrowFunctionExpression;
        bool strict = function.IsStrict;

        bool hasNameScope = function.Id is not null && function.Type == NodeType.FunctionExpression;
        if (hasNameScope)
        {
            var frame = PushScope(ScopeKind.FunctionName, function, IsStrict);
            var id = function.Id!;
            int symbol = NewSymbol(id.Name, SymbolKind.FunctionName, frame.Scope, id);
            frame.Add(id.Name, symbol, BindingKind.Lexical);
            id.Symbol = symbol;
        }

        var parameters = function.Params;
        bool simple = IsSimpleParameterList(parameters);
        // Parameter expressions get their own scope, so closures in them cannot see body vars.
        bool separate = !simple && HasParameterExpressions(parameters);
        var parameterKind = simple && !strict && !isArrow && !isMethod ? DeclarationKind.DuplicableParameter : DeclarationKind.Parameter;

        var outer = PushScope(separate ? ScopeKind.FunctionParameters : ScopeKind.Function, function, strict);
        if (isArrow)
            outer.HasArguments = false;
        foreach (var parameter in parameters)
            DeclarePattern(parameter, parameterKind);

        if (separate)
        {
            var body = PushScope(ScopeKind.Function, function, strict);
            body.HasParameterScope = true;
            body.HasArguments = false;
            body.IsFunctionBoundary = false;
        }

        if (function.Body is BlockStatement block)
            VisitStatements(block.Body);
        else
            Visit(function.Body);

        PopScope();
        if (separate)
            PopScope();
        if (hasNameScope)
            PopScope();
    }

    private static bool IsSimpleParameterList(Node[] parameters)
    {
        foreach (var parameter in parameters)
        {
            if (parameter.Type != NodeType.Identifier)
                return false;
        }
        return true;
    }

    private static bool HasParameterExpressions(Node[] parameters)
    {
        foreach (var parameter in parameters)
        {
            if (HasPatternExpression(parameter))
                return true;
        }
        return false;
    }

    private static bool HasPatternExpression(Node? pattern)
    {
        switch (pattern?.Type)
        {
            case NodeType.AssignmentPattern:
                return true;
            case NodeType.RestElement:
                return HasPatternExpression(((RestElement)pattern).Argument);
            case NodeType.ArrayPattern:
                foreach (var element in ((ArrayPattern)pattern).Elements)
                {
                    if (HasPatternExpression(element))
                        return true;
                }
                return false;
            case NodeType.ObjectPattern:
                foreach (var property in ((ObjectPattern)pattern).Properties)
                {
                    if (property is Property p ? p.Computed || HasPatternExpression(p.Value) : HasPatternExpression(property))
                        return true;
                }
                return false;
            default:
                return false;
        }
    }

    private void VisitDecorators(Decorator[]? decorators)
    {
        if (decorators is null)
            return;
        foreach (var decorator in decorators)
            Visit(decorator.Expression);
    }

    private void VisitStaticBlock(StaticBlock block)
    {
        var frame = PushScope(ScopeKind.StaticBlock, block, strict: true);
        frame.HasArguments = false;
        VisitStatements(block.Body);
        PopScope();
    }

    // ---- Classes ----------------------------------------------------------------------------

    private void VisitClass(ClassNode node)
    {
        // Decorators are evaluated where the class is (TypeScript's legacy decorators run after it).
        if (node.Decorators is { } classDecorators)
        {
            foreach (var decorator in classDecorators)
                Visit(decorator.Expression);
        }
        var id = node.Id;
        int outer = -1;
        if (id is not null && node.Type == NodeType.ClassDeclaration)
            outer = DeclareLexical(id, SymbolKind.Class, forbidLet: false);

        // The class scope holds the class's own immutable name; heritage and keys are inside it.
        var frame = PushScope(ScopeKind.Class, node, strict: true);
        if (id is not null)
        {
            int inner = NewSymbol(id.Name, SymbolKind.ClassName, frame.Scope, id);
            frame.Add(id.Name, inner, BindingKind.Lexical);
            if (outer >= 0)
                _symbols[inner].Link = outer;
            else
                id.Symbol = inner;
        }
        if (node.SuperClass is not null)
            Visit(node.SuperClass);
        foreach (var member in node.Body.Body)
        {
            switch (member.Type)
            {
                case NodeType.MethodDefinition:
                    var method = (MethodDefinition)member;
                    VisitDecorators(method.Decorators);
                    if (method.Value.ParameterDecorators is { } parameterDecorators)
                    {
                        foreach (var decorators in parameterDecorators)
                            VisitDecorators(decorators);
                    }
                    if (method.Computed)
                        Visit(method.Key);
                    VisitFunction(method.Value, isMethod: true);
                    break;
                case NodeType.PropertyDefinition:
                    var property = (PropertyDefinition)member;
                    VisitDecorators(property.Decorators);
                    if (property.Computed)
                        Visit(property.Key);
                    if (property.Value is not null)
                        Visit(property.Value);
                    break;
                case NodeType.StaticBlock:
                    VisitStaticBlock((StaticBlock)member);
                    break;
            }
        }
        PopScope();
    }
}
