// The identifiers a binding pattern declares, for the passes that rename or export them.

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Transforms;

internal static class BindingPatterns
{
    /// <summary>The names a binding pattern declares (<c>x</c>, <c>{ a, b: [c] }</c>, <c>...rest</c>, <c>y = 1</c>), in order.</summary>
    public static void Identifiers(Node? pattern, List<Identifier> into)
    {
        switch (pattern)
        {
            case Identifier id:
                into.Add(id);
                break;
            case ObjectPattern objectPattern:
                foreach (var property in objectPattern.Properties)
                    Identifiers(property is Property p ? p.Value : property, into);
                break;
            case ArrayPattern arrayPattern:
                foreach (var element in arrayPattern.Elements)
                    Identifiers(element, into);
                break;
            case RestElement rest:
                Identifiers(rest.Argument, into);
                break;
            case AssignmentPattern assignment:
                Identifiers(assignment.Left, into);
                break;
        }
    }
}
