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
        switch (node)
        {
            case Program n: VisitAll(n.Body); break;
            case ExpressionStatement n: Visit(n.Expression); break;
            case BlockStatement n: VisitAll(n.Body); break;
            case StaticBlock n: VisitAll(n.Body); break;
            case WithStatement n: Visit(n.Object); Visit(n.Body); break;
            case ReturnStatement n: VisitOptional(n.Argument); break;
            case LabeledStatement n: Visit(n.Label); Visit(n.Body); break;
            case BreakStatement n: VisitOptional(n.Label); break;
            case ContinueStatement n: VisitOptional(n.Label); break;
            case IfStatement n: Visit(n.Test); Visit(n.Consequent); VisitOptional(n.Alternate); break;
            case SwitchStatement n: Visit(n.Discriminant); VisitAll(n.Cases); break;
            case SwitchCase n: VisitOptional(n.Test); VisitAll(n.Consequent); break;
            case ThrowStatement n: Visit(n.Argument); break;
            case TryStatement n: Visit(n.Block); VisitOptional(n.Handler); VisitOptional(n.Finalizer); break;
            case CatchClause n: VisitOptional(n.Param); Visit(n.Body); break;
            case WhileStatement n: Visit(n.Test); Visit(n.Body); break;
            case DoWhileStatement n: Visit(n.Body); Visit(n.Test); break;
            case ForStatement n: VisitOptional(n.Init); VisitOptional(n.Test); VisitOptional(n.Update); Visit(n.Body); break;
            case ForInStatement n: Visit(n.Left); Visit(n.Right); Visit(n.Body); break;
            case ForOfStatement n: Visit(n.Left); Visit(n.Right); Visit(n.Body); break;
            case FunctionNode n: VisitOptional(n.Id); VisitAll(n.Params); Visit(n.Body); break;
            case VariableDeclaration n: VisitAll(n.Declarations); break;
            case VariableDeclarator n: Visit(n.Id); VisitOptional(n.Init); break;
            case ClassNode n: VisitOptional(n.Id); VisitOptional(n.SuperClass); Visit(n.Body); break;
            case ClassBody n: VisitAll(n.Body); break;
            case MethodDefinition n: Visit(n.Key); Visit(n.Value); break;
            case PropertyDefinition n: Visit(n.Key); VisitOptional(n.Value); break;
            case ImportDeclaration n: VisitAll(n.Specifiers); Visit(n.Source); VisitAll(n.Attributes); break;
            case ImportSpecifier n: Visit(n.Imported); Visit(n.Local); break;
            case ImportDefaultSpecifier n: Visit(n.Local); break;
            case ImportNamespaceSpecifier n: Visit(n.Local); break;
            case ImportAttribute n: Visit(n.Key); Visit(n.Value); break;
            case ExportNamedDeclaration n: VisitOptional(n.Declaration); VisitAll(n.Specifiers); VisitOptional(n.Source); VisitAll(n.Attributes); break;
            case ExportSpecifier n: Visit(n.Local); Visit(n.Exported); break;
            case ExportDefaultDeclaration n: Visit(n.Declaration); break;
            case ExportAllDeclaration n: VisitOptional(n.Exported); Visit(n.Source); VisitAll(n.Attributes); break;
            case ArrayExpression n: VisitAll(n.Elements); break;
            case ObjectExpression n: VisitAll(n.Properties); break;
            case Property n:
                if (!n.Shorthand) Visit(n.Key);
                Visit(n.Value);
                break;
            case UnaryExpression n: Visit(n.Argument); break;
            case UpdateExpression n: Visit(n.Argument); break;
            case BinaryExpression n: Visit(n.Left); Visit(n.Right); break;
            case LogicalExpression n: Visit(n.Left); Visit(n.Right); break;
            case AssignmentExpression n: Visit(n.Left); Visit(n.Right); break;
            case MemberExpression n: Visit(n.Object); Visit(n.Property); break;
            case ChainExpression n: Visit(n.Expression); break;
            case ConditionalExpression n: Visit(n.Test); Visit(n.Consequent); Visit(n.Alternate); break;
            case CallExpression n: Visit(n.Callee); VisitAll(n.Arguments); break;
            case NewExpression n: Visit(n.Callee); VisitAll(n.Arguments); break;
            case SequenceExpression n: VisitAll(n.Expressions); break;
            case YieldExpression n: VisitOptional(n.Argument); break;
            case AwaitExpression n: Visit(n.Argument); break;
            case TemplateLiteral n:
                for (var i = 0; i < n.Quasis.Length; i++)
                {
                    Visit(n.Quasis[i]);
                    if (i < n.Expressions.Length) Visit(n.Expressions[i]);
                }
                break;
            case TaggedTemplateExpression n: Visit(n.Tag); Visit(n.Quasi); break;
            case MetaProperty n: Visit(n.Meta); Visit(n.Property); break;
            case ImportExpression n: Visit(n.Source); VisitOptional(n.Options); break;
            case SpreadElement n: Visit(n.Argument); break;
            case ObjectPattern n: VisitAll(n.Properties); break;
            case ArrayPattern n: VisitAll(n.Elements); break;
            case RestElement n: Visit(n.Argument); break;
            case AssignmentPattern n: Visit(n.Left); Visit(n.Right); break;
            case JSXElement n: Visit(n.OpeningElement); VisitAll(n.Children); VisitOptional(n.ClosingElement); break;
            case JSXOpeningElement n: Visit(n.Name); VisitAll(n.Attributes); break;
            case JSXClosingElement n: Visit(n.Name); break;
            case JSXFragment n: Visit(n.OpeningFragment); VisitAll(n.Children); Visit(n.ClosingFragment); break;
            case JSXNamespacedName n: Visit(n.Namespace); Visit(n.Name); break;
            case JSXMemberExpression n: Visit(n.Object); Visit(n.Property); break;
            case JSXAttribute n: Visit(n.Name); VisitOptional(n.Value); break;
            case JSXSpreadAttribute n: Visit(n.Argument); break;
            case JSXExpressionContainer n: Visit(n.Expression); break;
            case JSXSpreadChild n: Visit(n.Expression); break;
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
