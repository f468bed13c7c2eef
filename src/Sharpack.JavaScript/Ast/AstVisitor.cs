// A depth-first walk over every node, for passes that look for a few node types (dependency
// collection, later tree shaking): override Visit, handle what you need, call base.Visit to
// descend. Children are visited in source order.

using System.Runtime.CompilerServices;

namespace Sharpack.JavaScript.Ast;

/// <summary>Visits a tree in source order.</summary>
public abstract class AstVisitor
{
    /// <summary>Visits <paramref name="node"/>; the default visits its children.</summary>
    public virtual void Visit(Node node)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new InsufficientExecutionStackException("The syntax tree is too deeply nested to walk.");
        VisitChildren(node);
    }

    /// <summary>Visits the children of <paramref name="node"/> in source order.</summary>
    protected void VisitChildren(Node node)
    {
        // PERF: a switch on the node type (a jump table), not on the node's class: a type-pattern
        // switch tests the classes one after another (two of them abstract, through a helper call),
        // about 45 tests for a call expression.
        switch (node.Type)
        {
            case NodeType.Program: { var n = (Program)node; VisitAll(n.Body); break; }
            case NodeType.ExpressionStatement: { var n = (ExpressionStatement)node; Visit(n.Expression); break; }
            case NodeType.BlockStatement: { var n = (BlockStatement)node; VisitAll(n.Body); break; }
            case NodeType.StaticBlock: { var n = (StaticBlock)node; VisitAll(n.Body); break; }
            case NodeType.WithStatement: { var n = (WithStatement)node; Visit(n.Object); Visit(n.Body); break; }
            case NodeType.ReturnStatement: { var n = (ReturnStatement)node; VisitOptional(n.Argument); break; }
            case NodeType.LabeledStatement: { var n = (LabeledStatement)node; Visit(n.Label); Visit(n.Body); break; }
            case NodeType.BreakStatement: { var n = (BreakStatement)node; VisitOptional(n.Label); break; }
            case NodeType.ContinueStatement: { var n = (ContinueStatement)node; VisitOptional(n.Label); break; }
            case NodeType.IfStatement: { var n = (IfStatement)node; Visit(n.Test); Visit(n.Consequent); VisitOptional(n.Alternate); break; }
            case NodeType.SwitchStatement: { var n = (SwitchStatement)node; Visit(n.Discriminant); VisitAll(n.Cases); break; }
            case NodeType.SwitchCase: { var n = (SwitchCase)node; VisitOptional(n.Test); VisitAll(n.Consequent); break; }
            case NodeType.ThrowStatement: { var n = (ThrowStatement)node; Visit(n.Argument); break; }
            case NodeType.TryStatement: { var n = (TryStatement)node; Visit(n.Block); VisitOptional(n.Handler); VisitOptional(n.Finalizer); break; }
            case NodeType.CatchClause: { var n = (CatchClause)node; VisitOptional(n.Param); Visit(n.Body); break; }
            case NodeType.WhileStatement: { var n = (WhileStatement)node; Visit(n.Test); Visit(n.Body); break; }
            case NodeType.DoWhileStatement: { var n = (DoWhileStatement)node; Visit(n.Body); Visit(n.Test); break; }
            case NodeType.ForStatement: { var n = (ForStatement)node; VisitOptional(n.Init); VisitOptional(n.Test); VisitOptional(n.Update); Visit(n.Body); break; }
            case NodeType.ForInStatement: { var n = (ForInStatement)node; Visit(n.Left); Visit(n.Right); Visit(n.Body); break; }
            case NodeType.ForOfStatement: { var n = (ForOfStatement)node; Visit(n.Left); Visit(n.Right); Visit(n.Body); break; }
            case NodeType.FunctionDeclaration: case NodeType.FunctionExpression: case NodeType.ArrowFunctionExpression: { var n = (FunctionNode)node; VisitOptional(n.Id); VisitAll(n.Params); Visit(n.Body); break; }
            case NodeType.VariableDeclaration: { var n = (VariableDeclaration)node; VisitAll(n.Declarations); break; }
            case NodeType.VariableDeclarator: { var n = (VariableDeclarator)node; Visit(n.Id); VisitOptional(n.Init); break; }
            case NodeType.ClassDeclaration: case NodeType.ClassExpression: { var n = (ClassNode)node; VisitOptional(n.Id); VisitOptional(n.SuperClass); Visit(n.Body); break; }
            case NodeType.ClassBody: { var n = (ClassBody)node; VisitAll(n.Body); break; }
            case NodeType.MethodDefinition: { var n = (MethodDefinition)node; Visit(n.Key); Visit(n.Value); break; }
            case NodeType.PropertyDefinition: { var n = (PropertyDefinition)node; Visit(n.Key); VisitOptional(n.Value); break; }
            case NodeType.ImportDeclaration: { var n = (ImportDeclaration)node; VisitAll(n.Specifiers); Visit(n.Source); VisitAll(n.Attributes); break; }
            case NodeType.ImportSpecifier: { var n = (ImportSpecifier)node; Visit(n.Imported); Visit(n.Local); break; }
            case NodeType.ImportDefaultSpecifier: { var n = (ImportDefaultSpecifier)node; Visit(n.Local); break; }
            case NodeType.ImportNamespaceSpecifier: { var n = (ImportNamespaceSpecifier)node; Visit(n.Local); break; }
            case NodeType.ImportAttribute: { var n = (ImportAttribute)node; Visit(n.Key); Visit(n.Value); break; }
            case NodeType.ExportNamedDeclaration: { var n = (ExportNamedDeclaration)node; VisitOptional(n.Declaration); VisitAll(n.Specifiers); VisitOptional(n.Source); VisitAll(n.Attributes); break; }
            case NodeType.ExportSpecifier: { var n = (ExportSpecifier)node; Visit(n.Local); Visit(n.Exported); break; }
            case NodeType.ExportDefaultDeclaration: { var n = (ExportDefaultDeclaration)node; Visit(n.Declaration); break; }
            case NodeType.ExportAllDeclaration: { var n = (ExportAllDeclaration)node; VisitOptional(n.Exported); Visit(n.Source); VisitAll(n.Attributes); break; }
            case NodeType.ArrayExpression: { var n = (ArrayExpression)node; VisitAll(n.Elements); break; }
            case NodeType.ObjectExpression: { var n = (ObjectExpression)node; VisitAll(n.Properties); break; }
            case NodeType.Property:
                {
                    var n = (Property)node;
                    if (!n.Shorthand) Visit(n.Key);
                    Visit(n.Value);
                    break;
                }
            case NodeType.UnaryExpression: { var n = (UnaryExpression)node; Visit(n.Argument); break; }
            case NodeType.UpdateExpression: { var n = (UpdateExpression)node; Visit(n.Argument); break; }
            case NodeType.BinaryExpression: { var n = (BinaryExpression)node; Visit(n.Left); Visit(n.Right); break; }
            case NodeType.LogicalExpression: { var n = (LogicalExpression)node; Visit(n.Left); Visit(n.Right); break; }
            case NodeType.AssignmentExpression: { var n = (AssignmentExpression)node; Visit(n.Left); Visit(n.Right); break; }
            case NodeType.MemberExpression: { var n = (MemberExpression)node; Visit(n.Object); Visit(n.Property); break; }
            case NodeType.ChainExpression: { var n = (ChainExpression)node; Visit(n.Expression); break; }
            case NodeType.ConditionalExpression: { var n = (ConditionalExpression)node; Visit(n.Test); Visit(n.Consequent); Visit(n.Alternate); break; }
            case NodeType.CallExpression: { var n = (CallExpression)node; Visit(n.Callee); VisitAll(n.Arguments); break; }
            case NodeType.NewExpression: { var n = (NewExpression)node; Visit(n.Callee); VisitAll(n.Arguments); break; }
            case NodeType.SequenceExpression: { var n = (SequenceExpression)node; VisitAll(n.Expressions); break; }
            case NodeType.YieldExpression: { var n = (YieldExpression)node; VisitOptional(n.Argument); break; }
            case NodeType.AwaitExpression: { var n = (AwaitExpression)node; Visit(n.Argument); break; }
            case NodeType.TemplateLiteral:
                {
                    var n = (TemplateLiteral)node;
                    for (var i = 0; i < n.Quasis.Length; i++)
                    {
                        Visit(n.Quasis[i]);
                        if (i < n.Expressions.Length) Visit(n.Expressions[i]);
                    }
                    break;
                }
            case NodeType.TaggedTemplateExpression: { var n = (TaggedTemplateExpression)node; Visit(n.Tag); Visit(n.Quasi); break; }
            case NodeType.MetaProperty: { var n = (MetaProperty)node; Visit(n.Meta); Visit(n.Property); break; }
            case NodeType.ImportExpression: { var n = (ImportExpression)node; Visit(n.Source); VisitOptional(n.Options); break; }
            case NodeType.SpreadElement: { var n = (SpreadElement)node; Visit(n.Argument); break; }
            case NodeType.ObjectPattern: { var n = (ObjectPattern)node; VisitAll(n.Properties); break; }
            case NodeType.ArrayPattern: { var n = (ArrayPattern)node; VisitAll(n.Elements); break; }
            case NodeType.RestElement: { var n = (RestElement)node; Visit(n.Argument); break; }
            case NodeType.AssignmentPattern: { var n = (AssignmentPattern)node; Visit(n.Left); Visit(n.Right); break; }
            case NodeType.JSXElement: { var n = (JSXElement)node; Visit(n.OpeningElement); VisitAll(n.Children); VisitOptional(n.ClosingElement); break; }
            case NodeType.JSXOpeningElement: { var n = (JSXOpeningElement)node; Visit(n.Name); VisitAll(n.Attributes); break; }
            case NodeType.JSXClosingElement: { var n = (JSXClosingElement)node; Visit(n.Name); break; }
            case NodeType.JSXFragment: { var n = (JSXFragment)node; Visit(n.OpeningFragment); VisitAll(n.Children); Visit(n.ClosingFragment); break; }
            case NodeType.JSXNamespacedName: { var n = (JSXNamespacedName)node; Visit(n.Namespace); Visit(n.Name); break; }
            case NodeType.JSXMemberExpression: { var n = (JSXMemberExpression)node; Visit(n.Object); Visit(n.Property); break; }
            case NodeType.JSXAttribute: { var n = (JSXAttribute)node; Visit(n.Name); VisitOptional(n.Value); break; }
            case NodeType.JSXSpreadAttribute: { var n = (JSXSpreadAttribute)node; Visit(n.Argument); break; }
            case NodeType.JSXExpressionContainer: { var n = (JSXExpressionContainer)node; Visit(n.Expression); break; }
            case NodeType.JSXSpreadChild: { var n = (JSXSpreadChild)node; Visit(n.Expression); break; }
            case NodeType.TSEnumDeclaration: { var n = (TSEnumDeclaration)node; Visit(n.Id); VisitAll(n.Members); break; }
            case NodeType.TSEnumMember: { var n = (TSEnumMember)node; Visit(n.Id); VisitOptional(n.Initializer); break; }
            case NodeType.TSModuleDeclaration: { var n = (TSModuleDeclaration)node; Visit(n.Id); VisitAll(n.Body); break; }
            case NodeType.TSImportEqualsDeclaration: { var n = (TSImportEqualsDeclaration)node; Visit(n.Id); Visit(n.ModuleReference); break; }
            case NodeType.TSExportAssignment: { var n = (TSExportAssignment)node; Visit(n.Expression); break; }
            case NodeType.Decorator: { var n = (Decorator)node; Visit(n.Expression); break; }
            default: break; // leaves: Identifier, Literal, ThisExpression, Super, TemplateElement, JSX leaves…
        }
    }

    private void VisitOptional(Node? node)
    {
        if (node is not null) Visit(node);
    }

    private void VisitAll<T>(T?[] nodes) where T : Node
    {
        foreach (var node in nodes)
        {
            if (node is not null) Visit(node);
        }
    }
}
