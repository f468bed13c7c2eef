// webpack's DestructuringAssignmentProperty (lib/javascript/JavascriptParser.js): one key of an
// object pattern (or index of an array pattern) that destructures a value the parser's hooks know.

namespace Sharpack.Plugins.JavaScript;

/// <summary>A property a destructuring pattern reads.</summary>
/// <param name="Id">The property's name (an array element's index).</param>
/// <param name="Start">Where its key is written (an array element: the element).</param>
/// <param name="End">Where its key ends.</param>
/// <param name="Shorthand">The key is also the name bound (<c>{ a }</c>, <c>{ a = 1 }</c>).</param>
/// <param name="Pattern">What a nested pattern reads of the property's value, or null when the value is read whole.</param>
public sealed record DestructuringProperty(string Id, int Start, int End, bool Shorthand, IReadOnlyList<DestructuringProperty>? Pattern)
{
    /// <summary>
    /// The paths read through <paramref name="properties"/> to the values bound whole (webpack's
    /// traverseDestructuringAssignmentProperties with onLeftNode), each after <paramref name="prefix"/>.
    /// </summary>
    public static List<IReadOnlyList<string>> LeafPaths(IReadOnlyList<DestructuringProperty> properties, IReadOnlyList<string> prefix)
    {
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(prefix);
        var paths = new List<IReadOnlyList<string>>();
        var stack = new List<string>(prefix);
        AddLeaves(properties, stack, paths);
        return paths;
    }

    private static void AddLeaves(IReadOnlyList<DestructuringProperty> properties, List<string> stack, List<IReadOnlyList<string>> paths)
    {
        foreach (var property in properties)
        {
            stack.Add(property.Id);
            if (property.Pattern is { } nested)
                AddLeaves(nested, stack, paths);
            else
                paths.Add(stack.ToArray());
            stack.RemoveAt(stack.Count - 1);
        }
    }
}
