// `const enum` members used in the file that declares the enum are written as their values
// (`E.A` → `1 /* E.A */`), as esbuild does; the enum itself is still emitted, since under
// isolatedModules another file may read it. Only enums declared at the top of the module, only
// references that resolve to them (scope analysis), and only members whose value folds.

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Transforms;

internal sealed class ConstEnumInliner : AstVisitor
{
    private readonly EditList _edits;
    private readonly Dictionary<int, (string Name, Dictionary<string, object> Values)> _enums;
    private Node? _parent;

    private ConstEnumInliner(EditList edits, Dictionary<int, (string, Dictionary<string, object>)> enums)
    {
        _edits = edits;
        _enums = enums;
    }

    public static void Apply(Program program, EditList edits)
    {
        Dictionary<int, (string, Dictionary<string, object>)>? enums = null;
        var folder = new EnumEmitter(edits);
        foreach (var statement in program.Body)
        {
            var declaration = statement is ExportNamedDeclaration { Declaration: { } inner } ? inner : statement;
            if (declaration is TSEnumDeclaration enumDeclaration)
            {
                // Every enum is folded, in order, so that a const enum's members may refer to earlier enums.
                var values = folder.ConstantValues(enumDeclaration);
                if (enumDeclaration.Const && enumDeclaration.Id.Symbol >= 0 && values.Count > 0)
                    (enums ??= [])[enumDeclaration.Id.Symbol] = (enumDeclaration.Id.Name, values);
            }
        }
        if (enums is not null)
            new ConstEnumInliner(edits, enums).Visit(program);
    }

    public override void Visit(Node node)
    {
        switch (node)
        {
            case TSEnumDeclaration:
                return; // its own initializers are folded where it is emitted
            case MemberExpression { Object: Identifier owner } member when owner.Symbol >= 0 && _enums.TryGetValue(owner.Symbol, out var known):
                {
                    var key = member.Computed ? (member.Property as Literal)?.StringValue : (member.Property as Identifier)?.Name;
                    if (key is not null && known.Values.TryGetValue(key, out var value))
                    {
                        var text = EnumEmitter.LiteralText(value) + " /* " + known.Name + "." + key + " */";
                        // `E.A.toFixed()` needs `(1 /* E.A */).toFixed()`.
                        if (value is double && _parent is MemberExpression { Computed: false } parentMember && parentMember.Object == member && text[0] != '(')
                            text = "(" + text + ")";
                        _edits.Replace(member.Start, member.End, text);
                        return;
                    }
                    break;
                }
        }
        var outer = _parent;
        _parent = node;
        base.Visit(node);
        _parent = outer;
    }
}
