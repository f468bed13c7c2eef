// terser's optional compress options (CompressOptions): console calls and debugger statements
// dropped, calls of named functions taken as pure, globals read as constants.

using System.Globalization;
using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Minifying;

public sealed partial class Compressor
{
    private CompressOptions _options = new();
    private HashSet<string>? _pureFunctions;

    private void UseOptions(CompressOptions options)
    {
        _options = options;
        if (options.PureFunctions.Count > 0)
            _pureFunctions = new HashSet<string>(options.PureFunctions, StringComparer.Ordinal);
    }

    // drop_console: console.log(…), console.info.apply(…) → void 0 (the arguments go too).
    private Node? DropConsoleCall(CallExpression call)
    {
        if (!_options.DropConsole || call.Callee is not MemberExpression)
            return null;
        var root = call.Callee;
        while (root is MemberExpression member)
            root = member.Object;
        return root is Identifier { Name: "console", Symbol: -1 } ? VoidZero(call.Start, call.End) : null;
    }

    // pure_funcs: the callee as written is one of the named functions.
    private bool IsPureFunction(Node callee) => _pureFunctions is not null && DottedName(callee) is { } name && _pureFunctions.Contains(name);

    // global_defs: a global name or a member path from one (process.env.NODE_ENV) read as its constant.
    private Node? GlobalDefinition(Node node)
    {
        if (_options.GlobalDefinitions.Count == 0)
            return null;
        var root = node;
        while (root is MemberExpression { Computed: false } member)
            root = member.Object;
        if (root is not Identifier { Symbol: -1 } || DottedName(node) is not { } name)
            return null;
        if (_options.GlobalDefinitions.TryGetValue(name, out var value))
            return ValueNode(node, value);
        if (_options.GlobalDefinitions.TryGetValue("@" + name, out var code) && code is string text)
            return CodeNode(node, text);
        return null;
    }

    private static Node? ValueNode(Node at, object? value) => value switch
    {
        null => new Literal(at.Start, at.End, LiteralKind.Null),
        string text => String(at, text),
        bool flag => ConstantNode(at, Bool(flag)),
        double or float or int or long or decimal => ConstantNode(at, Numeric(Convert.ToDouble(value, CultureInfo.InvariantCulture))),
        _ => null,
    };

    // An `@` definition's code, parsed for each read, its nodes placed where the read was.
    private static Node? CodeNode(Node at, string code)
    {
        var parse = JavaScriptParser.Parse("(" + code + "\n)", new ParseOptions { SourceType = SourceType.Script });
        if (parse.Program is not { Body: [ExpressionStatement { Expression: var expression }] })
            return null;
        new Relocator(at.Start, at.End).Visit(expression);
        return expression;
    }

    // `a.b.c` for a chain of names, else null.
    private static string? DottedName(Node node) => node switch
    {
        Identifier identifier => identifier.Name,
        MemberExpression { Computed: false, Property: Identifier property } member when DottedName(member.Object) is { } objectName
            => objectName + "." + property.Name,
        _ => null,
    };

    // Gives every node of a subtree one source range (code that came from an option, not a file).
    private sealed class Relocator(int start, int end) : AstVisitor
    {
        public override void Visit(Node node)
        {
            node.Start = start;
            node.End = end;
            base.Visit(node);
        }
    }
}
