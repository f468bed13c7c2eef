// The walk proper: one switch on NodeType for statements and expressions, binding patterns
// (which declare), assignment targets (which write), and JSX names. Property keys, member
// names, labels, meta properties and private names are not references and are left alone.

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Scopes;

internal sealed partial class ScopeBinder
{
    private void Visit(Node node)
    {
        if ((++_nesting & 31) == 0)
            EnsureStack(node);
        switch (node.Type)
        {
            // Statements
            case NodeType.ExpressionStatement:
                Visit(((ExpressionStatement)node).Expression);
                break;
            case NodeType.BlockStatement:
                VisitBlock((BlockStatement)node);
                break;
            case NodeType.WithStatement:
                VisitWith((WithStatement)node);
                break;
            case NodeType.ReturnStatement:
                if (((ReturnStatement)node).Argument is { } returned)
                    Visit(returned);
                break;
            case NodeType.LabeledStatement:
                Visit(((LabeledStatement)node).Body);
                break;
            case NodeType.IfStatement:
                VisitIf((IfStatement)node);
                break;
            case NodeType.SwitchStatement:
                VisitSwitch((SwitchStatement)node);
                break;
            case NodeType.ThrowStatement:
                Visit(((ThrowStatement)node).Argument);
                break;
            case NodeType.TryStatement:
                VisitTry((TryStatement)node);
                break;
            case NodeType.WhileStatement:
                var whileStatement = (WhileStatement)node;
                Visit(whileStatement.Test);
                Visit(whileStatement.Body);
                break;
            case NodeType.DoWhileStatement:
                var doWhile = (DoWhileStatement)node;
                Visit(doWhile.Body);
                Visit(doWhile.Test);
                break;
            case NodeType.ForStatement:
                VisitFor((ForStatement)node);
                break;
            case NodeType.ForInStatement:
                var forIn = (ForInStatement)node;
                VisitForInOf(forIn, forIn.Left, forIn.Right, forIn.Body, DeclarationKind.VarForInOf);
                break;
            case NodeType.ForOfStatement:
                var forOf = (ForOfStatement)node;
                VisitForInOf(forOf, forOf.Left, forOf.Right, forOf.Body, DeclarationKind.VarForInOf);
                break;
            case NodeType.FunctionDeclaration:
                var declaration = (FunctionDeclaration)node;
                if (declaration.Id is not null)
                    DeclareFunction(declaration);
                VisitFunction(declaration, isMethod: false);
                break;
            case NodeType.VariableDeclaration:
                VisitVariableDeclaration((VariableDeclaration)node, DeclarationKind.Var);
                break;
            case NodeType.ClassDeclaration:
            case NodeType.ClassExpression:
                VisitClass((ClassNode)node);
                break;
            case NodeType.StaticBlock:
                VisitStaticBlock((StaticBlock)node);
                break;

            // Modules
            case NodeType.ImportDeclaration:
                VisitImport((ImportDeclaration)node);
                break;
            case NodeType.ExportNamedDeclaration:
                VisitExportNamed((ExportNamedDeclaration)node);
                break;
            case NodeType.ExportDefaultDeclaration:
                VisitExportDefault((ExportDefaultDeclaration)node);
                break;
            case NodeType.ExportAllDeclaration:
                VisitExportAll((ExportAllDeclaration)node);
                break;

            // TypeScript
            case NodeType.TSEnumDeclaration:
                VisitEnum((TSEnumDeclaration)node);
                break;
            case NodeType.TSModuleDeclaration:
                VisitNamespace((TSModuleDeclaration)node);
                break;
            case NodeType.TSImportEqualsDeclaration:
                VisitImportEquals((TSImportEqualsDeclaration)node);
                break;
            case NodeType.TSExportAssignment:
                Visit(((TSExportAssignment)node).Expression);
                break;

            // Expressions
            case NodeType.Identifier:
                var id = (Identifier)node;
                Reference(id, id.Name, ReferenceFlags.None);
                break;
            case NodeType.ArrayExpression:
                foreach (var element in ((ArrayExpression)node).Elements)
                {
                    if (element is not null)
                        Visit(element);
                }
                break;
            case NodeType.ObjectExpression:
                VisitObject((ObjectExpression)node);
                break;
            case NodeType.FunctionExpression:
            case NodeType.ArrowFunctionExpression:
                VisitFunction((FunctionNode)node, isMethod: false);
                break;
            case NodeType.UnaryExpression:
                Visit(((UnaryExpression)node).Argument);
                break;
            case NodeType.UpdateExpression:
                VisitTarget(((UpdateExpression)node).Argument);
                break;
            case NodeType.BinaryExpression:
            case NodeType.LogicalExpression:
                VisitBinaryChain(node);
                break;
            case NodeType.AssignmentExpression:
                VisitAssignment((AssignmentExpression)node);
                break;
            case NodeType.MemberExpression:
            case NodeType.ChainExpression:
            case NodeType.CallExpression:
            case NodeType.NewExpression:
            case NodeType.TaggedTemplateExpression:
                VisitCallChain(node);
                break;
            case NodeType.ConditionalExpression:
                VisitConditional((ConditionalExpression)node);
                break;
            case NodeType.SequenceExpression:
                VisitAll(((SequenceExpression)node).Expressions);
                break;
            case NodeType.YieldExpression:
                if (((YieldExpression)node).Argument is { } yielded)
                    Visit(yielded);
                break;
            case NodeType.AwaitExpression:
                Visit(((AwaitExpression)node).Argument);
                break;
            case NodeType.TemplateLiteral:
                VisitAll(((TemplateLiteral)node).Expressions);
                break;
            case NodeType.ImportExpression:
                var import = (ImportExpression)node;
                Visit(import.Source);
                if (import.Options is not null)
                    Visit(import.Options);
                break;
            case NodeType.SpreadElement:
                Visit(((SpreadElement)node).Argument);
                break;

            // JSX
            case NodeType.JSXElement:
                VisitJsxElement((JSXElement)node);
                break;
            case NodeType.JSXFragment:
                VisitAll(((JSXFragment)node).Children);
                break;
            case NodeType.JSXExpressionContainer:
                Visit(((JSXExpressionContainer)node).Expression);
                break;
            case NodeType.JSXSpreadChild:
                Visit(((JSXSpreadChild)node).Expression);
                break;

            // Patterns reached as expressions (an arrow's parameters are declared, not visited).
            case NodeType.ObjectPattern:
            case NodeType.ArrayPattern:
            case NodeType.AssignmentPattern:
            case NodeType.RestElement:
                VisitTarget(node);
                break;

            // Nothing to bind: EmptyStatement, DebuggerStatement, Break/ContinueStatement
            // (labels), Literal, ThisExpression, Super, PrivateIdentifier, MetaProperty,
            // TemplateElement, JSXText, JSXEmptyExpression, and the parts handled by their parents.
            default:
                break;
        }
        _nesting--;
    }

    private void VisitAll(Node[] nodes)
    {
        foreach (var node in nodes)
            Visit(node);
    }

    private void VisitObject(ObjectExpression node)
    {
        foreach (var member in node.Properties)
        {
            if (member is not Property property)
            {
                Visit(member);
                continue;
            }
            if (property.Computed)
                Visit(property.Key);
            if (property.Method || property.Kind != PropertyKind.Init)
                VisitFunction((FunctionNode)property.Value, isMethod: true);
            else
                Visit(property.Value);
        }
    }

    private void VisitConditional(ConditionalExpression node)
    {
        // a ? b : c ? d : ... loops instead of recursing.
        while (true)
        {
            Visit(node.Test);
            Visit(node.Consequent);
            if (node.Alternate is ConditionalExpression next)
            {
                node = next;
                continue;
            }
            Visit(node.Alternate);
            return;
        }
    }

    private void VisitAssignment(AssignmentExpression node)
    {
        // a = b = c = ... loops instead of recursing.
        while (true)
        {
            if (node.Operator == Operator.Assign)
                VisitTarget(node.Left);
            else if (node.Left is Identifier id)
                Reference(id, id.Name, ReferenceFlags.Write);
            else
                Visit(node.Left);
            if (node.Right is AssignmentExpression next)
            {
                node = next;
                continue;
            }
            Visit(node.Right);
            return;
        }
    }

    private void PushSpine(Node node)
    {
        if (_spineCount == _spine.Length)
            Array.Resize(ref _spine, _spine.Length * 2);
        _spine[_spineCount++] = node;
    }

    /// <summary>a + b + c ... nests to the left; walk down the left edge, then the right operands in order.</summary>
    private void VisitBinaryChain(Node node)
    {
        int mark = _spineCount;
        while (true)
        {
            if (node.Type == NodeType.BinaryExpression)
            {
                PushSpine(node);
                node = ((BinaryExpression)node).Left;
            }
            else if (node.Type == NodeType.LogicalExpression)
            {
                PushSpine(node);
                node = ((LogicalExpression)node).Left;
            }
            else
            {
                break;
            }
        }
        Visit(node);
        while (_spineCount > mark)
        {
            var parent = _spine[--_spineCount];
            _spine[_spineCount] = null!;
            Visit(parent is BinaryExpression binary ? binary.Right : ((LogicalExpression)parent).Right);
        }
    }

    /// <summary>a.b().c[d]`e` ... nests through objects, callees and tags; walk down to the head, then the rest in order.</summary>
    private void VisitCallChain(Node node)
    {
        int mark = _spineCount;
        while (true)
        {
            switch (node.Type)
            {
                case NodeType.MemberExpression:
                    PushSpine(node);
                    node = ((MemberExpression)node).Object;
                    continue;
                case NodeType.CallExpression:
                    PushSpine(node);
                    node = ((CallExpression)node).Callee;
                    continue;
                case NodeType.NewExpression:
                    PushSpine(node);
                    node = ((NewExpression)node).Callee;
                    continue;
                case NodeType.TaggedTemplateExpression:
                    PushSpine(node);
                    node = ((TaggedTemplateExpression)node).Tag;
                    continue;
                case NodeType.ChainExpression:
                    node = ((ChainExpression)node).Expression;
                    continue;
            }
            break;
        }

        if (node is Identifier head)
        {
            // eval(...) calls eval directly (even parenthesized) unless the call is optional.
            var flags = ReferenceFlags.None;
            if (_spineCount > mark && _spine[_spineCount - 1] is CallExpression { Optional: false } call
                && call.Callee == head && head.Name == "eval")
            {
                flags = ReferenceFlags.EvalCallee;
            }
            Reference(head, head.Name, flags);
        }
        else
        {
            Visit(node);
        }

        while (_spineCount > mark)
        {
            var link = _spine[--_spineCount];
            _spine[_spineCount] = null!;
            switch (link.Type)
            {
                case NodeType.MemberExpression:
                    var member = (MemberExpression)link;
                    if (member.Computed)
                        Visit(member.Property);
                    break;
                case NodeType.CallExpression:
                    VisitAll(((CallExpression)link).Arguments);
                    break;
                case NodeType.NewExpression:
                    VisitAll(((NewExpression)link).Arguments);
                    break;
                case NodeType.TaggedTemplateExpression:
                    VisitAll(((TaggedTemplateExpression)link).Quasi.Expressions);
                    break;
            }
        }
    }

    // ---- Patterns -------------------------------------------------------------------------

    /// <summary>Declares the names of a binding pattern; its defaults and computed keys are references.</summary>
    private void DeclarePattern(Node pattern, DeclarationKind kind)
    {
        EnsureStack(pattern);
        switch (pattern.Type)
        {
            case NodeType.Identifier:
                DeclareIdentifier((Identifier)pattern, kind);
                break;
            case NodeType.ObjectPattern:
                foreach (var member in ((ObjectPattern)pattern).Properties)
                {
                    if (member is Property property)
                    {
                        if (property.Computed)
                            Visit(property.Key);
                        DeclarePattern(property.Value, kind);
                    }
                    else
                    {
                        DeclarePattern(member, kind);
                    }
                }
                break;
            case NodeType.ArrayPattern:
                foreach (var element in ((ArrayPattern)pattern).Elements)
                {
                    if (element is not null)
                        DeclarePattern(element, kind);
                }
                break;
            case NodeType.RestElement:
                DeclarePattern(((RestElement)pattern).Argument, kind);
                break;
            case NodeType.AssignmentPattern:
                var assignment = (AssignmentPattern)pattern;
                DeclarePattern(assignment.Left, kind);
                Visit(assignment.Right);
                break;
        }
    }

    /// <summary>Walks an assignment target: its identifiers are written; members and defaults are read.</summary>
    private void VisitTarget(Node target)
    {
        EnsureStack(target);
        switch (target.Type)
        {
            case NodeType.Identifier:
                var id = (Identifier)target;
                Reference(id, id.Name, ReferenceFlags.Write);
                break;
            case NodeType.ObjectPattern:
                foreach (var member in ((ObjectPattern)target).Properties)
                {
                    if (member is Property property)
                    {
                        if (property.Computed)
                            Visit(property.Key);
                        VisitTarget(property.Value);
                    }
                    else
                    {
                        VisitTarget(member);
                    }
                }
                break;
            case NodeType.ArrayPattern:
                foreach (var element in ((ArrayPattern)target).Elements)
                {
                    if (element is not null)
                        VisitTarget(element);
                }
                break;
            case NodeType.RestElement:
                VisitTarget(((RestElement)target).Argument);
                break;
            case NodeType.AssignmentPattern:
                var assignment = (AssignmentPattern)target;
                VisitTarget(assignment.Left);
                Visit(assignment.Right);
                break;
            default:
                Visit(target);
                break;
        }
    }

    // ---- JSX ------------------------------------------------------------------------------

    private void VisitJsxElement(JSXElement element)
    {
        var opening = element.OpeningElement;
        VisitJsxName(opening.Name);
        foreach (var attribute in opening.Attributes)
        {
            if (attribute is JSXAttribute { Value: { } value })
                Visit(value);
            else if (attribute is JSXSpreadAttribute spread)
                Visit(spread.Argument);
        }
        VisitAll(element.Children);
    }

    /// <summary>
    /// &lt;Foo&gt; and &lt;foo.bar&gt; refer to variables; &lt;div&gt; and &lt;a:b&gt; do not. The
    /// reference is counted, but a JSXIdentifier has no Symbol to set (the closing tag repeats it).
    /// </summary>
    private void VisitJsxName(Node name)
    {
        if (name is JSXIdentifier tag)
        {
            if (tag.Name.Length > 0 && !char.IsAsciiLetterLower(tag.Name[0]))
                Reference(tag, tag.Name, ReferenceFlags.None);
            return;
        }
        if (name is JSXMemberExpression)
        {
            while (name is JSXMemberExpression member)
                name = member.Object;
            if (name is JSXIdentifier { Name: not "this" } head)
                Reference(head, head.Name, ReferenceFlags.None);
        }
    }
}
