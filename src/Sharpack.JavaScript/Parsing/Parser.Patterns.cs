// The cover grammar: expressions converted to patterns once `=` or `=>` shows they were
// patterns, and the checks on assignment targets and bindings.

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Parsing;

internal sealed partial class Parser
{
    /// <summary>Converts an expression parsed by the cover grammar into a pattern.</summary>
    private Node ToAssignable(Node node, bool isBinding, CoverErrors? errors)
    {
        switch (node)
        {
            case Identifier identifier:
                if (CanAwait() && identifier.Name == "await")
                    throw Raise(node.Start, "Cannot use 'await' as identifier inside an async function");
                return node;
            case ObjectPattern or ArrayPattern or AssignmentPattern or RestElement:
                return node;
            case ObjectExpression obj:
                {
                    CheckPatternErrors(errors, isAssign: true);
                    var properties = obj.Properties;
                    for (var i = 0; i < properties.Length; i++)
                    {
                        var property = properties[i];
                        if (property is SpreadElement spread)
                        {
                            var argument = ToAssignable(spread.Argument, isBinding, null);
                            if (argument is ArrayPattern or ObjectPattern)
                                throw Raise(argument.Start, "Unexpected token");
                            if (argument is AssignmentPattern)
                                throw Raise(argument.Start, "Rest elements cannot have a default value");
                            properties[i] = new RestElement(spread.Start, spread.End, argument);
                        }
                        else if (property is Property p)
                        {
                            if (p.Kind != PropertyKind.Init || p.Method)
                                throw Raise(p.Key.Start, "Object pattern can't contain getter or setter");
                            p.Value = ToAssignable(p.Value, isBinding, null);
                        }
                    }
                    var objectPattern = new ObjectPattern(obj.Start, obj.End, properties) { IsParenthesized = obj.IsParenthesized };
                    MoveBindingTypes(obj, objectPattern);
                    return objectPattern;
                }
            case ArrayExpression array:
                {
                    CheckPatternErrors(errors, isAssign: true);
                    var elements = array.Elements;
                    for (var i = 0; i < elements.Length; i++)
                    {
                        if (elements[i] is { } element)
                            elements[i] = ToAssignable(element, isBinding, null);
                    }
                    var arrayPattern = new ArrayPattern(array.Start, array.End, elements) { IsParenthesized = array.IsParenthesized };
                    MoveBindingTypes(array, arrayPattern);
                    return arrayPattern;
                }
            case SpreadElement spreadElement:
                {
                    var argument = ToAssignable(spreadElement.Argument, isBinding, null);
                    if (argument is AssignmentPattern)
                        throw Raise(argument.Start, "Rest elements cannot have a default value");
                    var restElement = new RestElement(spreadElement.Start, spreadElement.End, argument);
                    MoveBindingTypes(spreadElement, restElement);
                    return restElement;
                }
            case AssignmentExpression assignment:
                if (assignment.Operator != Operator.Assign)
                    throw Raise(assignment.Left.End, "Only '=' operator can be used for specifying default value.");
                {
                    var assignmentPattern = new AssignmentPattern(assignment.Start, assignment.End, ToAssignable(assignment.Left, isBinding, null), assignment.Right) { IsParenthesized = assignment.IsParenthesized };
                    MoveBindingTypes(assignment, assignmentPattern);
                    return assignmentPattern;
                }
            case ChainExpression:
                throw Raise(node.Start, "Optional chaining cannot appear in left-hand side");
            case MemberExpression when !isBinding:
                return node;
            // TypeScriptTree parses keep `x!`, `x as T` and `<T>x` as nodes; TypeScript assigns through them.
            case TSNonNullExpression or TSTypeCastExpression when !isBinding:
                return node;
            default:
                throw Raise(node.Start, "Assigning to rvalue");
        }
    }

    /// <summary>Checks a destructuring assignment target (`[a, b.c] = …`).</summary>
    private void CheckAssignmentPattern(Node node)
    {
        switch (node)
        {
            case ObjectPattern obj:
                foreach (var property in obj.Properties)
                {
                    if (property is Property p) CheckAssignmentInner(p.Value);
                    else if (property is RestElement rest) CheckAssignmentPattern(rest.Argument);
                }
                break;
            case ArrayPattern array:
                foreach (var element in array.Elements)
                {
                    if (element is not null) CheckAssignmentInner(element);
                }
                break;
            default:
                CheckSimpleAssignmentTarget(node);
                break;
        }
    }

    private void CheckAssignmentInner(Node node)
    {
        switch (node)
        {
            case AssignmentPattern assignment:
                CheckAssignmentPattern(assignment.Left);
                break;
            case RestElement rest:
                CheckAssignmentPattern(rest.Argument);
                break;
            default:
                CheckAssignmentPattern(node);
                break;
        }
    }

    /// <summary>Checks a simple assignment target (an identifier or a member expression).</summary>
    private void CheckSimpleAssignmentTarget(Node node)
    {
        switch (node)
        {
            case Identifier identifier:
                if (_strict && identifier.Name is "eval" or "arguments")
                    throw Raise(node.Start, $"Assigning to {identifier.Name} in strict mode");
                break;
            case MemberExpression:
                break;
            case ChainExpression:
                throw Raise(node.Start, "Optional chaining cannot appear in left-hand side");
            case TSNonNullExpression nonNull:
                CheckSimpleAssignmentTarget(nonNull.Expression);
                break;
            case TSTypeCastExpression cast:
                CheckSimpleAssignmentTarget(cast.Expression);
                break;
            default:
                throw Raise(node.Start, "Assigning to rvalue");
        }
    }

    /// <summary>Checks the names a binding pattern declares.</summary>
    private void CheckBindingPattern(Node node, BindingKind kind)
    {
        switch (node)
        {
            case Identifier identifier:
                {
                    var name = identifier.Name;
                    if (_strict && name is "eval" or "arguments")
                        throw Raise(node.Start, $"Binding {name} in strict mode");
                    if (kind == BindingKind.Lexical && name == "let")
                        throw Raise(node.Start, "let is disallowed as a lexically bound name");
                    if (_strict && IsStrictReservedWord(name))
                        throw Raise(node.Start, $"The keyword '{name}' is reserved");
                    if (identifier.IsParenthesized)
                        throw Raise(node.Start, "Binding parenthesized body");
                    break;
                }
            case ObjectPattern obj:
                foreach (var property in obj.Properties)
                {
                    if (property is Property p) CheckBindingPattern(p.Value, kind);
                    else if (property is RestElement rest) CheckBindingPattern(rest.Argument, kind);
                }
                break;
            case ArrayPattern array:
                foreach (var element in array.Elements)
                {
                    if (element is not null) CheckBindingPattern(element, kind);
                }
                break;
            case AssignmentPattern assignment:
                CheckBindingPattern(assignment.Left, kind);
                break;
            case RestElement rest:
                CheckBindingPattern(rest.Argument, kind);
                break;
            case TSParameterProperty property:
                CheckBindingPattern(property.Parameter, kind);
                break;
            case MemberExpression:
                throw Raise(node.Start, "Binding member expression");
            default:
                throw Raise(node.Start, "Binding rvalue");
        }
    }

    /// <summary>Raises the errors that make an expression invalid as a pattern.</summary>
    private static void CheckPatternErrors(CoverErrors? errors, bool isAssign)
    {
        if (errors is null)
            return;
        if (errors.TrailingComma >= 0)
            throw Raise(errors.TrailingComma, "Comma is not permitted after the rest element");
        var parens = isAssign ? errors.ParenthesizedAssign : errors.ParenthesizedBind;
        if (parens >= 0)
            throw Raise(parens, isAssign ? "Assigning to rvalue" : "Parenthesized pattern");
    }

    /// <summary>True if the expression holds something only valid in a pattern; throws if asked.</summary>
    private static bool CheckExpressionErrors(CoverErrors? errors, bool andThrow)
    {
        if (errors is null)
            return false;
        if (!andThrow)
            return errors.ShorthandAssign >= 0 || errors.DoubleProto >= 0;
        if (errors.ShorthandAssign >= 0)
            throw Raise(errors.ShorthandAssign, "Shorthand property assignments are valid only in destructuring patterns");
        if (errors.DoubleProto >= 0)
            throw Raise(errors.DoubleProto, "Redefinition of __proto__ property");
        return false;
    }

    private static bool HasExpressionErrors(CoverErrors? errors) => CheckExpressionErrors(errors, andThrow: false);
}
