// Follows the hooks of webpack lib/javascript/JavascriptParser.js: hook maps keyed by a free
// name (`require`, `__webpack_public_path__`), a dotted member chain rooted at one
// (`require.resolve`, `module.hot`, `import.meta.webpackContext`) or a variable tag (an ES import
// binding), plus the statement-level hooks (import, export, program, statement, finish). The hooks
// belong to one compiler and are tapped before make; every module's JavascriptParser calls them
// from a worker thread. A name nobody tapped costs one dictionary miss; the parser only works out
// a member chain's name when its root is one some hook map has a key for (see IsRoot).

using Sharpack.Core;
using Sharpack.Core.Hooks;
using Sharpack.Core.Options;
using Sharpack.JavaScript.Ast;
using Sharpack.Plugins.JavaScript.Parser;

namespace Sharpack.Plugins.JavaScript;

/// <summary>The JavaScript parser's hooks of one compiler (webpack's <c>parser.hooks</c>).</summary>
public sealed class JavascriptParserHooks
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compiler, JavascriptParserHooks> s_byCompiler = [];
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SharpackOptions, JavascriptParserHooks> s_byOptions = [];

    private volatile HashSet<string> _roots = new(StringComparer.Ordinal);
    private readonly Lock _rootsLock = new();

    /// <summary>Hooks with the built-in parser plugins tapped (webpack's plugins that tap <c>normalModuleFactory.hooks.parser</c>).</summary>
    public JavascriptParserHooks(SharpackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Evaluate = Map("evaluate", static key => new SyncBailHook<JavascriptParser, Node, BasicEvaluatedExpression?>(key));
        EvaluateTypeof = Map("evaluateTypeof", static key => new SyncBailHook<JavascriptParser, Node, BasicEvaluatedExpression?>(key));
        EvaluateIdentifier = Map("evaluateIdentifier", static key => new SyncBailHook<JavascriptParser, Node, BasicEvaluatedExpression?>(key));
        Expression = Map("expression", static key => new SyncBailHook<JavascriptParser, Node, bool?>(key));
        ExpressionMemberChain = Map("expressionMemberChain", static key => new SyncBailHook<JavascriptParser, MemberExpression, string?, bool?>(key), chain: true);
        UnhandledExpressionMemberChain = Map("unhandledExpressionMemberChain", static key => new SyncBailHook<JavascriptParser, MemberExpression, string?, bool?>(key), chain: true);
        Call = Map("call", static key => new SyncBailHook<JavascriptParser, CallExpression, bool?>(key));
        CallMemberChain = Map("callMemberChain", static key => new SyncBailHook<JavascriptParser, CallExpression, string?, bool?>(key), chain: true);
        New = Map("new", static key => new SyncBailHook<JavascriptParser, NewExpression, bool?>(key));
        AssignMemberChain = Map("assignMemberChain", static key => new SyncBailHook<JavascriptParser, AssignmentExpression, IReadOnlyList<string>, bool?>(key), chain: true);
        MemberChainOfCallMemberChain = Map("memberChainOfCallMemberChain", static key => new SyncBailHook<JavascriptParser, MemberExpression, IReadOnlyList<string>, bool?>(key));
        CallMemberChainOfCallMemberChain = Map("callMemberChainOfCallMemberChain", static key => new SyncBailHook<JavascriptParser, CallExpression, IReadOnlyList<string>, bool?>(key));
        Typeof = Map("typeof", static key => new SyncBailHook<JavascriptParser, UnaryExpression, bool?>(key));
        CanRename = new HookMap<SyncBailHook<JavascriptParser, Node, bool?>>(static key => new SyncBailHook<JavascriptParser, Node, bool?>(key), "canRename");
        Rename = new HookMap<SyncBailHook<JavascriptParser, Node, bool?>>(static key => new SyncBailHook<JavascriptParser, Node, bool?>(key), "rename");
        BuiltinParserPlugins.Apply(this, options);
    }

    /// <summary>The hooks of <paramref name="compiler"/> (made, with the built-in plugins, on first use).</summary>
    public static JavascriptParserHooks For(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        return s_byCompiler.GetValue(compiler, static c => new JavascriptParserHooks(c.Options));
    }

    /// <summary>The hooks for a module built without a compiler: the built-in plugins on <paramref name="options"/>.</summary>
    public static JavascriptParserHooks ForOptions(SharpackOptions options) =>
        s_byOptions.GetValue(options, static o => new JavascriptParserHooks(o));

    /// <summary>Every definition tapped on these hooks, merged (DefinePlugin's whole-object and destructured reads, import.meta.env).</summary>
    public DefineDefinitions Definitions { get; } = new();

    /// <summary>
    /// webpack's ImportMetaPlugin propertyInDestructuring: the code of one property of a destructured
    /// <c>import.meta</c> (<c>"dirname: __webpack_dirname__,"</c>) from the plugin that owns it, or null.
    /// </summary>
    public SyncBailHook<JavascriptParser, string, string?> ImportMetaPropertyInDestructuring { get; } = new("propertyInDestructuring");

    /// <summary>Evaluates an expression by its node type's name (<c>"CallExpression"</c>; webpack's <c>evaluate</c>) before the parser's own evaluation; asked only when some key is tapped.</summary>
    public HookMap<SyncBailHook<JavascriptParser, Node, BasicEvaluatedExpression?>> Evaluate { get; }

    /// <summary>Evaluates <c>typeof name</c> of a free name (webpack's <c>evaluateTypeof</c>).</summary>
    public HookMap<SyncBailHook<JavascriptParser, Node, BasicEvaluatedExpression?>> EvaluateTypeof { get; }

    /// <summary>Evaluates a free name or dotted path inside a request (webpack's <c>evaluateIdentifier</c>).</summary>
    public HookMap<SyncBailHook<JavascriptParser, Node, BasicEvaluatedExpression?>> EvaluateIdentifier { get; }

    /// <summary>
    /// A use of a free name, a dotted path, <c>this</c> (key "this", top level only), <c>import.meta</c>
    /// or a tagged variable; true when handled (the parser then skips the node).
    /// </summary>
    public HookMap<SyncBailHook<JavascriptParser, Node, bool?>> Expression { get; }

    /// <summary>A member chain on a free root (the path as the third argument) or a tagged variable (null path), after <see cref="Expression"/> found no answer.</summary>
    public HookMap<SyncBailHook<JavascriptParser, MemberExpression, string?, bool?>> ExpressionMemberChain { get; }

    /// <summary>
    /// A member chain on a free root (the path as the third argument) that no expression hook answered, for
    /// the chain or any shorter path of it (webpack's unhandledExpressionMemberChain); true when handled (the root is not walked).
    /// </summary>
    public HookMap<SyncBailHook<JavascriptParser, MemberExpression, string?, bool?>> UnhandledExpressionMemberChain { get; }

    /// <summary>A call of a free name or dotted path (<c>require</c>, <c>require.context</c>); true when handled (the call is not walked).</summary>
    public HookMap<SyncBailHook<JavascriptParser, CallExpression, bool?>> Call { get; }

    /// <summary>A call of a member chain on a free root (path as the third argument) after <see cref="Call"/> found no answer.</summary>
    public HookMap<SyncBailHook<JavascriptParser, CallExpression, string?, bool?>> CallMemberChain { get; }

    /// <summary>
    /// webpack's assignMemberChain: <c>root.a.b = value</c> (plain <c>=</c>) where root is a free name
    /// or top-level <c>this</c> (key "this") and every member a name or string literal; the members
    /// come as the third argument. True when handled (the assignment is not walked).
    /// </summary>
    public HookMap<SyncBailHook<JavascriptParser, AssignmentExpression, IReadOnlyList<string>, bool?>> AssignMemberChain { get; }

    /// <summary>
    /// webpack's memberChainOfCallMemberChain: a member chain on the result of a call of a free name
    /// (<c>require("x").a.b</c>, keyed by the callee's name), the members as the third argument
    /// (find the call with <see cref="JavascriptParser.GetCallOfMemberChain"/>). True when handled.
    /// </summary>
    public HookMap<SyncBailHook<JavascriptParser, MemberExpression, IReadOnlyList<string>, bool?>> MemberChainOfCallMemberChain { get; }

    /// <summary>webpack's callMemberChainOfCallMemberChain: <c>require("x").a.b(…)</c>, as <see cref="MemberChainOfCallMemberChain"/> for the callee. True when handled.</summary>
    public HookMap<SyncBailHook<JavascriptParser, CallExpression, IReadOnlyList<string>, bool?>> CallMemberChainOfCallMemberChain { get; }

    /// <summary><c>new name(…)</c> of a free name or dotted path.</summary>
    public HookMap<SyncBailHook<JavascriptParser, NewExpression, bool?>> New { get; }

    /// <summary>
    /// webpack's canRename: <c>var x = name</c> (a free name or dotted path) makes x an alias of
    /// name when a tap answers true; the initializer is then not walked.
    /// </summary>
    public HookMap<SyncBailHook<JavascriptParser, Node, bool?>> CanRename { get; }

    /// <summary>webpack's rename: after canRename, a tap that answers true handles the initializer itself and x stays a plain variable.</summary>
    public HookMap<SyncBailHook<JavascriptParser, Node, bool?>> Rename { get; }

    /// <summary><c>typeof name</c> of a free name or dotted path; true when handled.</summary>
    public HookMap<SyncBailHook<JavascriptParser, UnaryExpression, bool?>> Typeof { get; }

    /// <summary><c>import(…)</c>; true when handled.</summary>
    public SyncBailHook<JavascriptParser, ImportExpression, bool?> ImportCall { get; } = new("importCall");

    /// <summary>An import declaration and its request, before the walk (imports are hoisted).</summary>
    public SyncBailHook<JavascriptParser, ImportDeclaration, string, bool?> Import { get; } = new("import");

    /// <summary>One import specifier (named, default or namespace) of an import declaration, before the walk.</summary>
    public SyncBailHook<JavascriptParser, Node, ImportDeclaration, bool?> ImportSpecifier { get; } = new("importSpecifier");

    /// <summary><c>export { a, b as c }</c> without a source.</summary>
    public SyncBailHook<JavascriptParser, ExportNamedDeclaration, bool?> Export { get; } = new("export");

    /// <summary><c>export … from "request"</c> and <c>export * from "request"</c>, before the walk, in statement order with the imports (webpack's blockPreWalk).</summary>
    public SyncBailHook<JavascriptParser, Node, string, bool?> ExportImport { get; } = new("exportImport");

    /// <summary><c>export const/function/class …</c>; the declaration is walked when the hook says so.</summary>
    public SyncBailHook<JavascriptParser, ExportNamedDeclaration, bool?> ExportDeclaration { get; } = new("exportDeclaration");

    /// <summary><c>export default …</c>.</summary>
    public SyncBailHook<JavascriptParser, ExportDefaultDeclaration, bool?> ExportExpression { get; } = new("exportExpression");

    /// <summary>
    /// An <c>if</c> statement, before it is walked (webpack's statementIf): true walks only the
    /// consequent, false only the alternate, null both. Called only when tapped.
    /// </summary>
    public SyncBailHook<JavascriptParser, IfStatement, bool?> StatementIf { get; } = new("statementIf");

    /// <summary>A <c>return</c> or <c>throw</c> in a function (webpack's terminate): true ends the statement list it is in.</summary>
    public SyncBailHook<JavascriptParser, Node, bool?> Terminate { get; } = new("terminate");

    /// <summary>A statement after the end of its list (webpack's unusedStatement): true when a tap dropped it (it is then not walked).</summary>
    public SyncBailHook<JavascriptParser, Node, bool?> UnusedStatement { get; } = new("unusedStatement");

    /// <summary>A <c>?:</c> expression (webpack's expressionConditionalOperator): true walks only the consequent, false only the alternate, null all.</summary>
    public SyncBailHook<JavascriptParser, ConditionalExpression, bool?> ExpressionConditionalOperator { get; } = new("expressionConditionalOperator");

    /// <summary>
    /// A <c>&amp;&amp;</c>, <c>||</c> or <c>??</c> expression (webpack's expressionLogicalOperator):
    /// true walks only the right side, false neither (the tap walked what it kept), null both.
    /// </summary>
    public SyncBailHook<JavascriptParser, LogicalExpression, bool?> ExpressionLogicalOperator { get; } = new("expressionLogicalOperator");

    /// <summary>A binary expression before its operands are walked (webpack's binaryExpression); true when the tap handled it.</summary>
    public SyncBailHook<JavascriptParser, BinaryExpression, bool?> BinaryExpression { get; } = new("binaryExpression");

    /// <summary>The program, before any statement is walked; true stops the walk.</summary>
    public SyncBailHook<JavascriptParser, Program, bool?> Program { get; } = new("program");

    /// <summary>A top-level statement, before it is walked; true skips it. Called only when tapped.</summary>
    public SyncBailHook<JavascriptParser, Node, bool?> Statement { get; } = new("statement");

    /// <summary>After the walk.</summary>
    public SyncHook<JavascriptParser, Program> Finish { get; } = new("finish");

    /// <summary>
    /// Whether some hook map has a dotted key rooted at <paramref name="root"/> (the name before the
    /// first dot), or a member chain map has it as a key: the parser spells out a member chain only then.
    /// </summary>
    public bool IsRoot(string root) => _roots.Contains(root);

    // A member chain's name matters for a dotted key (`require.cache`), and for any key of the
    // member chain maps (their keys are roots); a plain name (`exports`) matters only where the
    // identifier itself is used (PERF: `exports.x = …` is not spelt out for it).
    private HookMap<THook> Map<THook>(string name, Func<string, THook> factory, bool chain = false)
        where THook : class
    {
        var map = new HookMap<THook>(factory, name);
        map.Intercept((key, hook) =>
        {
            var dot = key.IndexOf('.', StringComparison.Ordinal);
            if (chain || dot > 0)
                AddRoot(dot > 0 ? key[..dot] : key);
            return hook;
        });
        return map;
    }

    private void AddRoot(string root)
    {
        if (_roots.Contains(root))
            return;
        lock (_rootsLock)
            _roots = new HashSet<string>(_roots, StringComparer.Ordinal) { root };
    }
}
