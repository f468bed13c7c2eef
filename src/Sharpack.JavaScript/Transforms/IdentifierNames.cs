// Every name the identifiers of a tree spell: names a transform generates (`_a`, `_c`, `_s`) must
// differ from all of them.

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Transforms;

internal sealed class IdentifierNames : AstVisitor
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly bool _privateNames;

    private IdentifierNames(bool privateNames) => _privateNames = privateNames;

    /// <summary>
    /// The names of <paramref name="root"/>'s identifiers (shorthand property keys included); with
    /// <paramref name="privateNamesAsUnderscored"/>, <c>_x</c> for each private name <c>#x</c> too.
    /// </summary>
    public static HashSet<string> Collect(Node root, bool privateNamesAsUnderscored = false)
    {
        var collector = new IdentifierNames(privateNamesAsUnderscored);
        collector.Visit(root);
        return collector._names;
    }

    public override void Visit(Node node)
    {
        if (node is Identifier identifier)
            _names.Add(identifier.Name);
        else if (_privateNames && node is PrivateIdentifier privateName)
            _names.Add("_" + privateName.Name);
        else if (node is Property { Shorthand: true, Key: Identifier key })
            _names.Add(key.Name);
        base.Visit(node);
    }
}
