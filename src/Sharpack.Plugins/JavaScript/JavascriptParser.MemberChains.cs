// Follows webpack lib/javascript/JavascriptParser.js getMemberExpressionInfo and the hooks built on
// it that CommonJS tree shaking needs: a member chain as a list of names (string-literal keys
// included, `exports["a-b"]`), chains rooted at top-level `this`, assignments to a chain
// (assignMemberChain), member chains on a call's result (`require("x").a.b`,
// memberChainOfCallMemberChain and callMemberChainOfCallMemberChain), and where an expression
// stands in its statement (isStatementLevelExpression: a value nobody reads).

using Sharpack.JavaScript.Ast;

namespace Sharpack.Plugins.JavaScript;

public sealed partial class JavascriptParser
{
    // The expression of the expression statement being walked (webpack's statementPath top, for
    // isStatementLevelExpression), and whether that statement is one of the program's.
    private Node? _statementExpression;
    private bool _statementIsTopLevel;

    /// <summary>Whether top-level <c>this</c> is in scope here (webpack's <c>scope.topLevelScope</c>: not inside a function, method or class field; arrow functions keep it).</summary>
    public bool InTopLevelThisScope => _thisDepth == 0;

    /// <summary>Whether the walk is directly inside a <c>try</c> block (webpack's <c>scope.inTry</c>).</summary>
    public bool InTry => _inTry;

    /// <summary>Whether <paramref name="expression"/> is the whole expression of the statement being walked: its value is not used (webpack's isStatementLevelExpression).</summary>
    public bool IsStatementLevelExpression(Node expression) => ReferenceEquals(_statementExpression, expression);

    /// <summary>Whether <paramref name="expression"/> is the whole expression of a statement of the program itself (webpack's statementPath of length 1).</summary>
    public bool IsTopLevelStatementExpression(Node expression) => _statementIsTopLevel && ReferenceEquals(_statementExpression, expression);

    private void VisitExpressionStatement(ExpressionStatement statement)
    {
        var (outer, outerTopLevel) = (_statementExpression, _statementIsTopLevel);
        _statementExpression = statement.Expression;
        _statementIsTopLevel = ReferenceEquals(statement, _programStatement);
        Visit(statement.Expression);
        (_statementExpression, _statementIsTopLevel) = (outer, outerTopLevel);
    }

    // The declarator being walked (webpack's preDeclarator sees it), and whether it is a `const`'s.
    private VariableDeclarator? _declarator;
    private bool _declaratorIsConst;

    private void VisitVariableDeclaration(VariableDeclaration declaration)
    {
        var (outer, outerIsConst) = (_declarator, _declaratorIsConst);
        _declaratorIsConst = declaration.Kind == VariableKind.Const;
        foreach (var declarator in declaration.Declarations)
        {
            _declarator = declarator;
            Visit(declarator);
        }
        (_declarator, _declaratorIsConst) = (outer, outerIsConst);
    }

    /// <summary>The name <paramref name="awaited"/> initializes in <c>const|let|var name = await awaited</c>, or null.</summary>
    public Identifier? DeclaratorIdForAwaited(Node awaited) =>
        _declarator is { Id: Identifier { Symbol: >= 0 } id, Init: AwaitExpression { Argument: { } value } } && ReferenceEquals(value, awaited) ? id : null;

    /// <summary>The identifier declared by the declarator being walked when <paramref name="init"/> is its initializer (any kind of declaration), or null.</summary>
    public Identifier? DeclaratorIdFor(Node init) =>
        _declarator is { Id: Identifier { Symbol: >= 0 } id, Init: { } value } && ReferenceEquals(value, init) ? id : null;

    /// <summary>The name <paramref name="init"/> initializes when it is the whole initializer of <c>const name = init</c>, or null.</summary>
    public Identifier? ConstDeclaratorIdFor(Node init) =>
        _declaratorIsConst && _declarator is { Id: Identifier { Symbol: >= 0 } id, Init: { } value } && ReferenceEquals(value, init) ? id : null;

    // The program's statement being walked.
    private Node? _programStatement;

    /// <summary>
    /// How many of the <paramref name="count"/> names of the member chain ending at
    /// <paramref name="outer"/> (root first) come before its first <c>?.</c> (webpack's getNonOptionalPart).
    /// </summary>
    public static int NonOptionalLength(MemberExpression outer, int count)
    {
        ArgumentNullException.ThrowIfNull(outer);
        var length = count;
        var index = count - 1;
        for (Node node = outer; node is MemberExpression member && index >= 0; node = member.Object, index--)
        {
            if (member.Optional) length = index;
        }
        return length;
    }

    /// <summary>
    /// Where the chain through each of the names <paramref name="from"/> to <paramref name="to"/>
    /// (exclusive) of the <paramref name="count"/> names of the member chain ending at
    /// <paramref name="outer"/> ends (webpack's memberRanges): <c>a.b.c</c> gives the ends of
    /// <c>a.b</c> and <c>a.b.c</c>.
    /// </summary>
    public static int[] MemberEnds(MemberExpression outer, int count, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(outer);
        if (to <= from)
            return [];
        var ends = new int[to - from];
        var index = count - 1;
        for (Node node = outer; node is MemberExpression member && index >= from; node = member.Object, index--)
        {
            if (index < to) ends[index - from] = member.End;
        }
        return ends;
    }

    /// <summary>
    /// The names of a member chain (<c>a.b["c"]</c> gives b, c) and the node it starts at, or null
    /// when a member is computed from anything but a string literal.
    /// </summary>
    public static string[]? GetMemberChain(MemberExpression member, out Node root)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (StaticChainRoot(member, out var count, out _) is not { } start)
        {
            root = member;
            return null;
        }
        root = start;
        var names = new string[count];
        for (Node current = member; current is MemberExpression m; current = m.Object)
            names[--count] = MemberName(m)!;
        return names;
    }

    // The node a chain of static member names starts at, how many names and whether one is a
    // computed string literal; null when a member is not static. PERF: no allocation (asked for
    // every member expression the dotted-path hooks did not take).
    private static Node? StaticChainRoot(MemberExpression member, out int count, out bool computed)
    {
        count = 0;
        computed = false;
        Node current = member;
        while (current is MemberExpression m)
        {
            if (!HasStaticName(m))
                return null;
            computed |= m.Computed;
            count++;
            current = m.Object;
        }
        return current;
    }

    /// <summary>
    /// A member's static name as webpack's extractMemberExpressionChain reads it: a name, a computed
    /// literal key as <c>`${value}`</c> (<c>arr[0]</c>, <c>a["b"]</c>, <c>a[true]</c>) or a template
    /// without substitutions; null for any other computed key.
    /// </summary>
    public static string? MemberName(MemberExpression member) => member switch
    {
        { Computed: false, Property: Identifier name } => name.Name,
        { Computed: true, Property: Literal literal } => LiteralKey(literal),
        { Computed: true, Property: TemplateLiteral { Expressions.Length: 0 } template } => template.Quasis[0].Cooked,
        _ => null,
    };

    // Whether MemberName has an answer (PERF: without making a number's string).
    private static bool HasStaticName(MemberExpression member) => member switch
    {
        { Computed: false, Property: Identifier } => true,
        { Computed: true, Property: Literal } => true,
        { Computed: true, Property: TemplateLiteral { Expressions.Length: 0 } template } => template.Quasis[0].Cooked is not null,
        _ => false,
    };

    private static readonly string[] s_smallIntegers = CreateSmallIntegers();

    private static string[] CreateSmallIntegers()
    {
        var names = new string[256];
        for (var i = 0; i < names.Length; i++)
            names[i] = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return names;
    }

    private static string? LiteralKey(Literal literal) => literal.Kind switch
    {
        LiteralKind.String => literal.StringValue,
        LiteralKind.Number => literal.NumberValue is >= 0 and < 256 && literal.NumberValue == Math.Floor(literal.NumberValue)
            ? s_smallIntegers[(int)literal.NumberValue]
            : Sharpack.JavaScript.JsNumber.ToString(literal.NumberValue),
        LiteralKind.Boolean => literal.BooleanValue ? "true" : "false",
        LiteralKind.Null => "null",
        LiteralKind.RegExp => "/" + literal.RegexPattern + "/" + literal.RegexFlags,
        LiteralKind.BigInt => System.Numerics.BigInteger.TryParse(literal.StringValue, out var value) ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : literal.StringValue,
        _ => null,
    };

    /// <summary>The call a member chain starts at (<c>require("x")</c> of <c>require("x").a.b</c>), or null.</summary>
    public static CallExpression? GetCallOfMemberChain(MemberExpression member)
    {
        Node current = member;
        while (current is MemberExpression m)
            current = m.Object;
        return current as CallExpression;
    }

    // webpack's assignMemberChain: `root.a.b = value` for a free root or top-level this. True when a tap handled it.
    private bool TryAssignMemberChain(AssignmentExpression assignment, MemberExpression left)
    {
        if (_hooks.AssignMemberChain.IsEmpty)
            return false;
        var key = StaticChainRoot(left, out _, out _) switch
        {
            Identifier { Symbol: -1 } identifier => identifier.Name,
            // A tagged local goes to the taps of its tag (a free-name alias's tag is that name).
            Identifier identifier => GetTag(identifier.Symbol)?.Tag,
            ThisExpression when _thisDepth == 0 => "this",
            _ => null,
        };
        return key is not null && _hooks.AssignMemberChain.Get(key) is { } hook && hook.Call(this, assignment, GetMemberChain(left, out _)!) == true;
    }

    // Member chains the dotted-path hooks do not see: rooted at top-level `this` (key "this", the
    // path "this.a.b"), or with a string-literal key; and chains on a call's result. True when a tap handled it.
    private bool TryOtherMemberChain(MemberExpression member)
    {
        var root = StaticChainRoot(member, out _, out var computed);
        if (root is CallExpression call)
        {
            return !_hooks.MemberChainOfCallMemberChain.IsEmpty && GetCalleeName(call.Callee) is { } callee
                && _hooks.MemberChainOfCallMemberChain.Get(callee) is { } chainHook
                && chainHook.Call(this, member, GetMemberChain(member, out _)!) == true;
        }
        if (_hooks.ExpressionMemberChain.IsEmpty || PathRoot(root, computed) is not { } rootName
            || _hooks.ExpressionMemberChain.Get(rootName) is not { } hook)
            return false;
        var members = GetMemberChain(member, out _)!;
        return hook.Call(this, member, rootName + "." + string.Join('.', members)) == true;
    }

    // The same for a call's callee (`this.a()`, `exports["a"]()`, `require("x").a()`).
    private bool TryOtherCallMemberChain(CallExpression call, MemberExpression callee)
    {
        var root = StaticChainRoot(callee, out _, out var computed);
        if (root is CallExpression inner)
        {
            return !_hooks.CallMemberChainOfCallMemberChain.IsEmpty && GetCalleeName(inner.Callee) is { } name
                && _hooks.CallMemberChainOfCallMemberChain.Get(name) is { } chainHook
                && chainHook.Call(this, call, GetMemberChain(callee, out _)!) == true;
        }
        if (_hooks.CallMemberChain.IsEmpty || PathRoot(root, computed) is not { } rootName
            || _hooks.CallMemberChain.Get(rootName) is not { } hook)
            return false;
        var members = GetMemberChain(callee, out _)!;
        return hook.Call(this, call, rootName + "." + string.Join('.', members)) == true;
    }

    // The key of a chain the dotted-path hooks did not take: top-level `this`, or a free root
    // some hook knows whose chain has a string-literal key; else null.
    private string? PathRoot(Node? root, bool computed) => root switch
    {
        ThisExpression when _thisDepth == 0 => "this",
        // webpack's `*name.member()` syntax (parser.worker): a chain on a variable of that name.
        Identifier identifier when _hooks.IsRoot("*" + identifier.Name) => "*" + identifier.Name,
        Identifier { Symbol: -1 } identifier when computed && _hooks.IsRoot(identifier.Name) => identifier.Name,
        _ => null,
    };
}
