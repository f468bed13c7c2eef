// Follows webpack lib/javascript/JavascriptParser.js: walks a parsed module once and asks the
// hooks (JavascriptParserHooks) what each free name, member chain, call, typeof, import and
// export means; the parser plugins (Parser/*ParserPlugin.cs, one per concern) answer by adding
// dependencies. The scope tree tells free names from locals: Identifier.Symbol is -1 for a free
// name, and a local may carry a tag (an ES import binding) or a rename (a callback parameter
// webpack passes __webpack_require__ to, which then counts as `require`). The parser also records,
// per top-level statement, the top-level names it declares and uses (webpack's InnerGraph input).
//
// PERF: a free identifier costs one dictionary lookup (Expression.Get); a member chain is spelt
// out only when its root is a key some hook map has (JavascriptParserHooks.IsRoot); hooks with no
// taps (statement, the evaluate maps) are not called; taps are static lambdas (no closure per node).

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Runtime;
using Sharpack.Core.Stats;
using Sharpack.JavaScript;
using Sharpack.JavaScript.Ast;
using Sharpack.Plugins.JavaScript.Dependencies.CommonJs;
using Sharpack.Plugins.JavaScript.Dependencies.Context;
using Sharpack.Plugins.JavaScript.Dependencies.Esm;
using Sharpack.Plugins.JavaScript.Dependencies.Misc;
using Sharpack.Plugins.JavaScript.Parser;

namespace Sharpack.Plugins.JavaScript;

/// <summary>Walks one module's syntax tree, calling <see cref="JavascriptParserHooks"/>; the result is a <see cref="CollectedModule"/>.</summary>
public sealed partial class JavascriptParser : AstVisitor
{
    private readonly JavascriptParserHooks _hooks;
    private readonly CollectedModule _result = new();
    private readonly IReadOnlyList<int> _asiPositions;
    private HashSet<int>? _asiPositionSet;
    private Dictionary<int, VariableTag>? _tags;
    private readonly Sharpack.JavaScript.Scopes.ScopeTree _scopes;
    private AsyncDependenciesBlock? _currentBlock;
    private int _thisDepth;
    private int _functionDepth;
    private bool _inTry;
    private bool _inStrictFunction;
    private bool _inShorthand;
    private Identifier? _calleeIdentifier;
    private MemberExpression? _calleeMember;
    private Node? _destructuringInit;
    private ObjectPattern? _destructuringPattern;
    private ObjectPattern[]? _destructuringChain;
    private EsmParserState? _esm;
    private List<AmdLocalModule>? _localModules;
    private readonly Sharpack.JavaScript.Diagnostics.LineTable _lines;

    private JavascriptParser(JavaScriptModule module, ParseResult parse, SharpackOptions options, JavascriptParserHooks hooks)
    {
        Module = module;
        Source = parse.Source;
        Options = options;
        _hooks = hooks;
        _asiPositions = parse.AsiPositions;
        _scopes = parse.Scopes!;
        _lines = parse.Lines;
        Comments = parse.Comments;
        ParserOptions = module.ParserOptions ?? JavascriptParserOptions.ForOptions(options);
        // Strict ES modules (javascript/esm) get no CommonJS and no AMD: require, module and define
        // stay free variables, as they do when the parser options switch those plugins off.
        CommonJs = !module.IsStrictEsm && ParserOptions.Commonjs;
        Amd = !module.IsStrictEsm && ParserOptions.Amd;
    }

    /// <summary>Parses <paramref name="parse"/>'s tree of <paramref name="module"/> with <paramref name="hooks"/> (the options' built-in ones when null).</summary>
    public static CollectedModule Parse(JavaScriptModule module, ParseResult parse, SharpackOptions options, bool forceEsm, JavascriptParserHooks? hooks = null)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(options);
        var parser = new JavascriptParser(module, parse, options, hooks ?? JavascriptParserHooks.ForOptions(options));
        parser.Run(parse.Program!, forceEsm);
        var result = parser._result;
        // webpack's moduleConcatenationBailout: code that needs its own module function.
        if (parser._scopes.HasDirectEval)
            result.ConcatenationBailout ??= "eval()";
        // A module-level `using` disposes when the module's evaluation ends, not the concatenation's.
        foreach (var statement in parse.Program!.Body)
        {
            if (statement is VariableDeclaration { Kind: VariableKind.Using or VariableKind.AwaitUsing })
            {
                result.ConcatenationBailout ??= "a top-level using declaration";
                break;
            }
        }
        // webpack's buildInfo.topLevelDeclarations, and the names read as globals: what entry
        // inlining checks for clashes without parsing the rendered code again.
        // Imported bindings are not declared by the rendered code (reads go through the import's variable).
        var topLevel = parser._scopes.TopLevelSymbols;
        var declarations = new List<string>(topLevel.Length);
        List<string>? imports = null;
        foreach (var symbol in topLevel)
        {
            var declared = parser._scopes.GetSymbol(symbol);
            if (declared.Kind != Sharpack.JavaScript.Scopes.SymbolKind.Import)
                declarations.Add(declared.Name);
            else
                (imports ??= []).Add(declared.Name);
        }
        result.TopLevelDeclarations = declarations;
        if (imports is not null) result.TopLevelImports = imports;
        result.FreeNames = parser._scopes.UnresolvedNames;
        if (result.RuntimeRequirements.HasAny(RuntimeGlobals.ModuleId))
            result.ConcatenationBailout ??= "module.id";
        if (result.RuntimeRequirements.HasAny(RuntimeGlobals.ModuleLoaded))
            result.ConcatenationBailout ??= "module.loaded";
        return result;
    }

    /// <summary>The module being parsed.</summary>
    public JavaScriptModule Module { get; }

    /// <summary>The module's text.</summary>
    public string Source { get; }

    /// <summary>The compilation's options.</summary>
    public SharpackOptions Options { get; }

    /// <summary>The module's <c>module.parser.javascript</c> options.</summary>
    public JavascriptParserOptions ParserOptions { get; }

    /// <summary>The comments of the module, in source order.</summary>
    public IReadOnlyList<Comment> Comments { get; }

    /// <summary>What the walk found so far (dependencies, ESM or not, runtime requirements, warnings).</summary>
    public CollectedModule Result => _result;

    /// <summary>CommonJS is on for this module (not javascript/esm, <c>commonjs</c> not switched off).</summary>
    public bool CommonJs { get; }

    /// <summary>AMD is on for this module (not javascript/esm, <c>amd</c> not switched off).</summary>
    public bool Amd { get; }

    /// <summary>The module's scopes and symbols.</summary>
    public Sharpack.JavaScript.Scopes.ScopeTree Scopes => _scopes;

    /// <summary>The block (of <c>require.ensure</c>, an AMD require…) dependencies added now join, or null.</summary>
    public AsyncDependenciesBlock? CurrentBlock
    {
        get => _currentBlock;
        set => _currentBlock = value;
    }

    /// <summary>The identifier being visited is the value of a shorthand property (<c>{ a }</c>).</summary>
    public bool InShorthand => _inShorthand;

    /// <summary>The ES module plugins' state: imports by request, the exports (made on first use).</summary>
    internal EsmParserState Esm => _esm ??= new();

    /// <summary>Adds the AMD local module <paramref name="name"/> (<c>define("name", …)</c>; webpack's addLocalModule).</summary>
    internal AmdLocalModule AddAmdLocalModule(string name)
    {
        var modules = _localModules ??= [];
        var module = new AmdLocalModule(name, modules.Count);
        modules.Add(module);
        return module;
    }

    /// <summary>
    /// The AMD local module <paramref name="name"/> names (relative to <paramref name="namedModule"/>,
    /// the module defining it, when given), flagged used; null when the file defined none by that
    /// name so far (webpack's getLocalModule + flagUsed).
    /// </summary>
    internal AmdLocalModule? GetAmdLocalModule(string name, string? namedModule)
    {
        if (_localModules is null)
            return null;
        if (namedModule is not null)
            name = AmdLocalModule.Lookup(namedModule, name);
        foreach (var module in _localModules)
        {
            if (module.Name != name)
                continue;
            module.Used = true;
            return module;
        }
        return null;
    }

    /// <summary>Whether <paramref name="identifier"/> is the callee being visited (or a template's tag).</summary>
    public bool IsCallee(Identifier identifier) => ReferenceEquals(_calleeIdentifier, identifier);

    /// <summary>Whether <paramref name="member"/> is the callee of the call being walked (<c>a.b()</c>).</summary>
    public bool IsCallee(MemberExpression member) => ReferenceEquals(_calleeMember, member);

    private void Run(Program program, bool forceEsm)
    {
        _program = program;
        // harmony: false turns off ES module detection too (HarmonyDetectionParserPlugin).
        _result.IsEsm = forceEsm && ParserOptions.Harmony;
        _result.IsStrictByDirective = program.Body.Length > 0 && program.Body[0] is ExpressionStatement { Directive: "use strict" };
        // webpack's UseStrictPlugin: the directive goes; the renderer writes "use strict" ahead of
        // the module's code, where it stays a directive whatever wraps the code (an eval devtool).
        if (_result.IsStrictByDirective)
            Replace(program.Body[0].Start, program.Body[0].End, "");
        if (Source.StartsWith("#!", StringComparison.Ordinal))
        {
            // A hashbang is only valid at the start of a file; inside a bundle it is a syntax error.
            var lineEnd = Source.AsSpan().IndexOfAny('\n', '\r');
            Replace(0, lineEnd < 0 ? Source.Length : lineEnd, "");
        }
        if (_hooks.Program.Call(this, program) == true)
            return;
        _result.InternalModuleArgument = Module.IsStrictEsm || DeclaresModule(program.Body);
        if (ParserOptions.Harmony)
            PreWalkImports(program);
        var statementHook = _hooks.Statement.IsUsed ? _hooks.Statement : null;
        var body = program.Body;
        // Known before the walk (webpack's pre-walk): the walk asks whether values are pure
        // (CommonJS object-literal exports) as well as the side-effects analysis after it.
        if (Source.Contains("__NO_SIDE_EFFECTS__", StringComparison.Ordinal) || ParserOptions.PureFunctions is { Count: > 0 })
            CollectNoSideEffectsFunctions(body);
        if (_result.IsEsm && Options.Optimization.InnerGraph)
        {
            // PERF: the inner graph's lists at their size (grown by doubling they were half of
            // their 3.5 MB of three.js x10's make).
            _result.TopLevelStatements.Capacity = body.Length;
            _result.TopLevelNames.Capacity = body.Length * 2;
        }
        for (var i = 0; i < body.Length; i++)
        {
            var statement = body[i];
            _programStatement = statement;
            BeginTopLevelStatement();
            if (statementHook?.Call(this, statement) != true)
                Visit(statement);
            EndTopLevelStatement(statement);
        }
        if (Options.Optimization.SideEffects == Core.Options.SideEffectsMode.Analyse)
            AnalyseSideEffects(body);
        _hooks.Finish.Call(this, program);
        InferDependencyUsage();
    }

    // webpack's APIPlugin preDeclarator and pre-statement taps: a top-level `var/let/const module`,
    // `function module` or `class module` (exported or not) takes the name of the module parameter.
    private static bool DeclaresModule(Node[] body)
    {
        foreach (var statement in body)
        {
            var declaration = statement is ExportNamedDeclaration { Declaration: { } exported } ? exported : statement;
            switch (declaration)
            {
                case VariableDeclaration variables:
                    foreach (var declarator in variables.Declarations)
                    {
                        if (declarator.Id is Identifier { Name: "module" })
                            return true;
                    }
                    break;
                case FunctionDeclaration { Id.Name: "module" }:
                case ClassDeclaration { Id.Name: "module" }:
                    return true;
            }
        }
        return false;
    }

    // Imports are hoisted: bind every import before walking, so uses above them resolve too.
    // Re-exports from another module are imports too (webpack's blockPreWalk handles both in
    // statement order): their source order is their place among the imports, so
    // `export * from "./a"; import { b } from "./b"` evaluates ./a first.
    private void PreWalkImports(Program program)
    {
        foreach (var statement in program.Body)
        {
            var from = statement switch
            {
                ExportNamedDeclaration { Declaration: null, Source: { } named } => named,
                ExportAllDeclaration all => all.Source,
                _ => null,
            };
            if (from is not null)
            {
                if (_hooks.ExportImport.Call(this, statement, from.StringValue!) == true)
                    (_preWalkedExports ??= []).Add(statement);
                continue;
            }
            if (statement is not ImportDeclaration import)
                continue;
            var request = import.Source.StringValue!;
            if (_hooks.Import.Call(this, import, request) == true)
                continue;
            foreach (var specifier in import.Specifiers)
                _hooks.ImportSpecifier.Call(this, specifier, import);
        }
    }

    // The re-exports the pre-walk's exportImport hook took.
    private HashSet<Node>? _preWalkedExports;

    // PERF: most modules have no ASI position, or a few: a scan beats a set built per module.
    /// <summary>
    /// Whether a statement ended without a semicolon right before <paramref name="position"/> (the
    /// start of the next token), as parsed or as a plugin set it since (webpack's isAsiPosition):
    /// code generated to start there with <c>(</c> or <c>[</c> needs a <c>;</c>.
    /// </summary>
    public bool IsAsiPosition(int position)
    {
        if (_asiOverrides is not null)
        {
            foreach (var (at, value) in _asiOverrides)
            {
                if (at == position) return value;
            }
        }
        var count = _asiPositions.Count;
        if (count <= 16)
        {
            for (var i = 0; i < count; i++)
            {
                if (_asiPositions[i] == position)
                    return true;
            }
            return false;
        }
        _asiPositionSet ??= [.. _asiPositions];
        return _asiPositionSet.Contains(position);
    }

    // Positions whose ASI state a plugin changed (webpack's setAsiPosition/unsetAsiPosition): few per module.
    private List<(int Position, bool Value)>? _asiOverrides;

    /// <summary>
    /// Marks the token after <paramref name="statement"/> as following an ASI line end (webpack's
    /// setAsiPosition): a plugin that removes a statement which itself followed one (<c>a = 1</c>,
    /// then <c>export { a }</c> removed) leaves the next statement glued to the line before.
    /// </summary>
    public void SetAsiPositionAfter(Node statement) => SetAsiOverride(NextTokenStart(statement.End), true);

    /// <summary>
    /// Marks the token after <paramref name="statement"/> as not following an ASI line end (webpack's
    /// unsetAsiPosition): the statement is replaced by code that ends with a semicolon or by nothing after one.
    /// </summary>
    public void UnsetAsiPositionAfter(Node statement) => SetAsiOverride(NextTokenStart(statement.End), false);

    private void SetAsiOverride(int position, bool value)
    {
        var overrides = _asiOverrides ??= [];
        for (var i = 0; i < overrides.Count; i++)
        {
            if (overrides[i].Position != position) continue;
            overrides[i] = (position, value);
            return;
        }
        overrides.Add((position, value));
    }

    // The start of the first token at or after `position`: past white space, line ends and comments.
    private int NextTokenStart(int position)
    {
        var source = Source;
        var i = position;
        while (i < source.Length)
        {
            var c = source[i];
            if (c == '/' && i + 1 < source.Length && source[i + 1] == '/')
            {
                while (i < source.Length && source[i] is not ('\n' or '\r' or '\u2028' or '\u2029')) i++;
            }
            else if (c == '/' && i + 1 < source.Length && source[i + 1] == '*')
            {
                var close = source.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = close < 0 ? source.Length : close + 2;
            }
            else if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                i++;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    /// <summary>
    /// Adds a dependency of the module, to the current block when there is one; inside <c>try</c>,
    /// a request (require(), import(), a context) is optional.
    /// </summary>
    public void AddDependency(Dependency dependency)
    {
        ArgumentNullException.ThrowIfNull(dependency);
        if (_inTry && dependency is CommonJsRequireDependency or RequireResolveDependency or ImportDependency or ImportEagerDependency
            or ImportWeakDependency or ContextDependency)
        {
            dependency.IsOptional = true;
        }
        if (dependency.Block is null && _currentBlock is not null)
        {
            dependency.Block = _currentBlock;
            _currentBlock.Dependencies.Add(dependency);
        }
        if (_guardStack is { Count: > 0 } && dependency is IGuardedDependency guarded)
            AttachGuards(guarded);
        _result.Dependencies.Add(dependency);
    }

    /// <summary>Adds a block loaded on demand, inside the current block when there is one.</summary>
    public void AddBlock(AsyncDependenciesBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (_currentBlock is not null) _currentBlock.Blocks.Add(block);
        else _result.Blocks.Add(block);
    }

    /// <summary>Adds <paramref name="dependency"/> to <paramref name="block"/> and to the module.</summary>
    public void AddToBlock(AsyncDependenciesBlock block, Dependency dependency)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(dependency);
        dependency.Block = block;
        block.Dependencies.Add(dependency);
        AddDependency(dependency);
    }

    /// <summary>
    /// Replaces the source from <paramref name="start"/> to <paramref name="end"/> by <paramref name="code"/>
    /// (webpack's ConstDependency), or by <paramref name="buildTimeCode"/> where the module runs at
    /// build time (webpack's BuildTimeConstDependency) when that is given.
    /// </summary>
    public void Replace(int start, int end, string code, RuntimeGlobals requirements = default, string? buildTimeCode = null)
    {
        _result.ReplacementRequirements |= requirements;
        AddDependency(new ReplaceDependency(code, requirements) { Start = start, End = end, BuildTimeCode = buildTimeCode });
    }

    /// <summary>
    /// Inserts <paramref name="code"/> at <paramref name="position"/> after whatever else is inserted
    /// there (webpack's replace(p, p - 0.5)): a statement's closing text behind the wrappers of its expression.
    /// </summary>
    public void InsertLate(int position, string code) => AddDependency(new ReplaceDependency(code) { Start = position, End = position, Late = true });

    /// <summary>A warning at <paramref name="offset"/> of the module.</summary>
    public BuildDiagnostic Warning(int offset, string message)
    {
        var (line, column, frame) = Module.Locate(offset);
        return new BuildDiagnostic(message, Module.ReadableName, line, column, frame) { IsWarning = true };
    }

    /// <summary>Walks <paramref name="node"/> (webpack's walkExpression / walkStatement).</summary>
    public void Walk(Node node) => Visit(node);

    /// <summary>Tags the local <paramref name="symbol"/>: its uses go to the hooks keyed by <paramref name="tag"/> (webpack's tagVariable).</summary>
    public void TagVariable(int symbol, string tag, object? data)
    {
        ArgumentException.ThrowIfNullOrEmpty(tag);
        (_tags ??= [])[symbol] = new VariableTag(tag, data);
    }

    // webpack's renaming (walkVariableDeclarator, walkAssignmentExpression, _walkIIFE): `var x =
    // require`, `x = require` or an IIFE's parameter given `require` makes x stand for the free
    // name wherever hooks look names up from here on in the walk (as webpack's setVariable does),
    // when a canRename tap agrees; the rename hook may rewrite the value (require's makes it
    // undefined: there is no require function in the bundle to hand over). False when the value
    // is not such a name: the caller walks it as usual.
    private bool TryAlias(int symbol, Node value)
    {
        if ((_scopes.Symbols[symbol].Flags & Sharpack.JavaScript.Scopes.SymbolFlags.UsedInWith) != 0)
            return false;
        if (RenameIdentifierOf(value) is not { } name)
            return false;
        if (_hooks.Rename.Get(name)?.Call(this, value) != true)
            TagVariable(symbol, name, FreeNameAlias.Instance);
        return true;
    }

    // The free name `value` renames to when a canRename tap agrees (webpack's getRenameIdentifier
    // + canRename), else null. PERF: only shapes that can evaluate to a name are evaluated (a
    // defined `VERSION` evaluates to its code, not to a name).
    private string? RenameIdentifierOf(Node value)
    {
        if (_hooks.CanRename.IsEmpty || value is not (Identifier or MemberExpression or LogicalExpression or ConditionalExpression or SequenceExpression))
            return null;
        if (GetRenameIdentifier(value) is not { } name || _hooks.CanRename.Get(name) is not { } canRename || canRename.Call(this, value) != true)
            return null;
        return name;
    }

    // webpack's walkCallExpression IIFE forms: `(function (a, b) {…})(x, y)`, the same with
    // `.call(thisArg, x, y)` or `.bind(thisArg, x, y)`, and arrow functions; only "simple"
    // functions (every parameter a plain identifier). An argument that is a renameable name
    // (require, define…) makes its parameter stand for that name instead of being walked.
    private bool TryWalkIife(CallExpression call)
    {
        FunctionNode? function;
        var firstArgument = 0;
        if (call.Callee is FunctionExpression or ArrowFunctionExpression)
        {
            function = (FunctionNode)call.Callee;
        }
        else if (call.Callee is MemberExpression { Computed: false, Object: FunctionExpression or ArrowFunctionExpression, Property: Identifier { Name: "call" or "bind" } } member
            && call.Arguments.Length > 0)
        {
            function = (FunctionNode)member.Object;
            firstArgument = 1;
        }
        else
        {
            return false;
        }
        foreach (var parameter in function.Params)
        {
            if (parameter is not Identifier)
                return false;
        }
        var arguments = call.Arguments;
        if (firstArgument == 1)
            Visit(arguments[0]);
        for (var i = firstArgument; i < arguments.Length; i++)
        {
            var argument = arguments[i];
            var index = i - firstArgument;
            if (argument is not SpreadElement && index < function.Params.Length && function.Params[index] is Identifier { Symbol: >= 0 } parameter
                && TryAlias(parameter.Symbol, argument))
                continue;
            // An argument past the parameters renames nothing, but webpack still asks (and rewrites it).
            if (index >= function.Params.Length && RenameIdentifierOf(argument) is { } name)
            {
                _hooks.Rename.Get(name)?.Call(this, argument);
                continue;
            }
            Visit(argument);
        }
        Visit(function);
        return true;
    }

    // The data of a tag that makes a variable an alias of a free name (the tag).
    private class FreeNameAlias
    {
        public static readonly FreeNameAlias Instance = new();
    }

    // A require function made by createRequire: the free require in every way, member chains included.
    private sealed class CreatedRequireAlias : FreeNameAlias
    {
        public static new readonly CreatedRequireAlias Instance = new();
    }

    /// <summary>Makes the local <paramref name="symbol"/> a require function of the module's own folder (<c>createRequire(import.meta.url)</c>).</summary>
    public void RenameToCreatedRequire(int symbol) => TagVariable(symbol, "require", CreatedRequireAlias.Instance);

    /// <summary>Whether <paramref name="node"/> is a require function <c>createRequire</c> made.</summary>
    public bool IsCreatedRequire(Node node) =>
        node is Identifier { Symbol: >= 0 } identifier && _tags is not null && _tags.TryGetValue(identifier.Symbol, out var tag) && tag.Data is CreatedRequireAlias;

    /// <summary>Whether <paramref name="node"/> is the free <c>require</c> or one <c>createRequire</c> made (not a callback's renamed parameter).</summary>
    public bool IsFreeOrCreatedRequire(Node node) => node is Identifier { Symbol: -1, Name: "require" } || IsCreatedRequire(node);

    private string? AliasOf(int symbol) =>
        _tags is not null && symbol >= 0 && _tags.TryGetValue(symbol, out var tag) && tag.Data is FreeNameAlias ? tag.Tag : null;

    /// <summary>The tag of <paramref name="symbol"/>, or null.</summary>
    public VariableTag? GetTag(int symbol) =>
        _tags is not null && symbol >= 0 && _tags.TryGetValue(symbol, out var tag) ? tag : null;

    /// <summary>
    /// Makes the local <paramref name="symbol"/> count as the free name <paramref name="name"/> in
    /// calls (webpack's scope renames: an AMD or require.ensure callback's <c>require</c> parameter).
    /// </summary>
    public void Rename(int symbol, string name) => TagVariable(symbol, name, FreeNameAlias.Instance);

    // The free name or dotted path a node is (webpack's getNameForExpression, without renames): the
    // key of the typeof and evaluate hook maps; null for anything else.
    private string? FreeNamePath(Node node) => node switch
    {
        Identifier { Symbol: -1 } identifier => identifier.Name,
        Identifier identifier when AliasOf(identifier.Symbol) is { } alias => alias,
        MemberExpression member => MemberPath(member),
        MetaProperty { Meta.Name: "import" } => "import.meta",
        // `a?.b`: the chain names what its member chain names (webpack reads through ChainExpression).
        ChainExpression { Expression: MemberExpression chained } => MemberPath(chained),
        _ => null,
    };

    /// <summary>
    /// The free name <paramref name="node"/> stands for in a call: a free identifier's name, a renamed
    /// local's, or a member chain on one of those or on import.meta (only roots some hook uses); else null.
    /// </summary>
    public string? GetCalleeName(Node node) => node switch
    {
        Identifier identifier => identifier.Symbol == -1 ? identifier.Name : AliasOf(identifier.Symbol),
        MemberExpression member => MemberPath(member),
        _ => null,
    };

    /// <summary>Whether the module's code is strict: an ES module, or a <c>"use strict"</c> program.</summary>
    public bool IsStrict => Module.IsStrictEsm || _result.IsEsm || _result.IsStrictByDirective;

    /// <summary>
    /// Whether the code being walked is strict (webpack's <c>parser.scope.isStrict</c>): the module's
    /// code is, or the function walked has a <c>"use strict"</c> directive or is inside one that has.
    /// </summary>
    public bool IsStrictScope => _inStrictFunction || IsStrict;

    /// <summary>Whether <paramref name="node"/> is <c>require</c>: free outside strict ES modules, or a local renamed to it.</summary>
    public bool IsRequire(Node node) =>
        node is Identifier identifier && (identifier.Symbol == -1 ? identifier.Name == "require" && !Module.IsStrictEsm
            : AliasOf(identifier.Symbol) == "require");

    /// <inheritdoc />
    public override void Visit(Node node)
    {
        if (_splitDeclaration is not null && node.Type == NodeType.VariableDeclarator)
            EnterTopLevelDeclarator((VariableDeclarator)node);
        // PERF: a switch on the node type (a jump table) rather than on the class (a test per case).
        switch (node.Type)
        {
            case NodeType.ImportDeclaration:
                return;
            case NodeType.ExportNamedDeclaration or NodeType.ExportDefaultDeclaration or NodeType.ExportAllDeclaration when !ParserOptions.Harmony:
                base.Visit(node);
                return;
            case NodeType.ExportNamedDeclaration:
                {
                    var export = (ExportNamedDeclaration)node;
                    var handled = export.Declaration is not null ? _hooks.ExportDeclaration.Call(this, export)
                        : export.Source is not null ? _preWalkedExports?.Contains(export)
                        : _hooks.Export.Call(this, export);
                    if (handled != true) base.Visit(node);
                    return;
                }
            case NodeType.ExportDefaultDeclaration:
                if (_hooks.ExportExpression.Call(this, (ExportDefaultDeclaration)node) != true) base.Visit(node);
                return;
            case NodeType.ExportAllDeclaration:
                {
                    var export = (ExportAllDeclaration)node;
                    if (_preWalkedExports?.Contains(export) != true) base.Visit(node);
                    return;
                }
            case NodeType.Identifier:
                VisitIdentifier((Identifier)node);
                return;
            case NodeType.ClassExpression when ((ClassExpression)node) is { Id: { Symbol: >= 0 } id, SuperClass: { } superClass }:
                HeritageRebinder.Rebind(_scopes, id.Symbol, superClass);
                base.Visit(node);
                return;
            case NodeType.ExpressionStatement:
                VisitExpressionStatement((ExpressionStatement)node);
                return;
            case NodeType.VariableDeclaration:
                VisitVariableDeclaration((VariableDeclaration)node);
                return;
            case NodeType.AssignmentExpression when ((AssignmentExpression)node) is { Operator: Operator.Assign, Left: MemberExpression left } assignment
                && TryAssignMemberChain(assignment, left):
                return;
            case NodeType.ThisExpression:
                if (_thisDepth == 0)
                    _hooks.Expression.Get("this")?.Call(this, node);
                return;
            case NodeType.MemberExpression:
                VisitMember((MemberExpression)node);
                return;
            case NodeType.CallExpression:
                VisitCall((CallExpression)node);
                return;
            case NodeType.NewExpression:
                {
                    var newExpression = (NewExpression)node;
                    if (!_hooks.New.IsEmpty && GetCalleeName(newExpression.Callee) is { } newName && _hooks.New.Get(newName)?.Call(this, newExpression) == true)
                        return;
                    // webpack's hooks.new.for(tag): `new X()` of a tagged variable (an import binding).
                    if (!_hooks.New.IsEmpty && newExpression.Callee is Identifier { Symbol: >= 0 } newCallee && GetTag(newCallee.Symbol) is { } newTag)
                    {
                        if (_hooks.New.Get(newTag.Tag)?.Call(this, newExpression) == true)
                            return;
                        // webpack's tagVariable keeps an import binding's own name as its free name:
                        // hooks for that name come after the tag's (`new Worker()` of an imported Worker).
                        if (newTag.Tag == Parser.EsmImportParserPlugin.SpecifierTag && _hooks.New.Get(newCallee.Name)?.Call(this, newExpression) == true)
                            return;
                    }
                    base.Visit(node);
                    return;
                }
            case NodeType.ImportExpression:
                if (_hooks.ImportCall.Call(this, (ImportExpression)node) != true)
                    base.Visit(node);
                return;
            case NodeType.UnaryExpression when ((UnaryExpression)node).Operator == Operator.Typeof:
                {
                    var unary = (UnaryExpression)node;
                    var name = FreeNamePath(unary.Argument);
                    if (name is not null && unary.Argument is MemberExpression or MetaProperty && name.StartsWith("import.meta", StringComparison.Ordinal))
                        NoteImportMeta(name);
                    if (name is null || _hooks.Typeof.Get(name)?.Call(this, unary) != true)
                        base.Visit(node);
                    return;
                }
            case NodeType.Property:
                var property = (Property)node;
                if (property.Shorthand && property.Value is Identifier shorthand)
                {
                    _inShorthand = true;
                    VisitIdentifier(shorthand);
                    _inShorthand = false;
                    return;
                }
                if (property.Computed) Visit(property.Key);
                Visit(property.Value);
                return;
            case NodeType.MethodDefinition:
                var method = (MethodDefinition)node;
                if (method.Computed) Visit(method.Key);
                _thisDepth++;
                Visit(method.Value);
                _thisDepth--;
                return;
            case NodeType.PropertyDefinition:
                var field = (PropertyDefinition)node;
                if (field.Computed) Visit(field.Key);
                if (field.Value is not null)
                {
                    _thisDepth++;
                    _functionDepth++;
                    Visit(field.Value);
                    _functionDepth--;
                    _thisDepth--;
                }
                return;
            case NodeType.StaticBlock:
            case NodeType.FunctionDeclaration:
            case NodeType.FunctionExpression:
                {
                    var inTry = _inTry;
                    var inStrict = _inStrictFunction;
                    _inTry = false;
                    _inStrictFunction = inStrict || node is FunctionNode { IsStrict: true };
                    _thisDepth++;
                    _functionDepth++;
                    VisitOwnScope(node);
                    _functionDepth--;
                    _thisDepth--;
                    _inTry = inTry;
                    _inStrictFunction = inStrict;
                    return;
                }
            case NodeType.ArrowFunctionExpression:
                {
                    var inTry = _inTry;
                    var inStrict = _inStrictFunction;
                    _inTry = false;
                    _inStrictFunction = inStrict || ((FunctionNode)node).IsStrict;
                    _functionDepth++;
                    VisitOwnScope(node);
                    _functionDepth--;
                    _inTry = inTry;
                    _inStrictFunction = inStrict;
                    return;
                }
            case NodeType.TryStatement:
                {
                    // webpack's parser.scope.inTry: directly inside a try block (not its catch or
                    // finally, and not in a function declared there). require(), import() and
                    // contexts made there are optional: a module they cannot find is a warning.
                    VisitTry((TryStatement)node);
                    return;
                }
            case NodeType.BlockStatement:
                VisitStatements(((BlockStatement)node).Body);
                return;
            case NodeType.ReturnStatement:
                VisitTerminating(node, ((ReturnStatement)node).Argument);
                return;
            case NodeType.ThrowStatement:
                VisitTerminating(node, ((ThrowStatement)node).Argument);
                return;
            case NodeType.SwitchStatement:
                VisitSwitch((SwitchStatement)node);
                return;
            case NodeType.IfStatement:
                VisitIf((IfStatement)node);
                return;
            case NodeType.WhileStatement or NodeType.DoWhileStatement or NodeType.ForStatement or NodeType.ForInStatement or NodeType.WithStatement:
                VisitOwnScope(node);
                return;
            case NodeType.AwaitExpression when _functionDepth == 0:
                _result.HasTopLevelAwait = true;
                base.Visit(node);
                return;
            case NodeType.ForOfStatement:
                if (_functionDepth == 0 && ((ForOfStatement)node).Await)
                    _result.HasTopLevelAwait = true;
                VisitOwnScope(node);
                return;
            case NodeType.ConditionalExpression when _hooks.ExpressionConditionalOperator.IsUsed:
                {
                    var conditional = (ConditionalExpression)node;
                    switch (_hooks.ExpressionConditionalOperator.Call(this, conditional))
                    {
                        case null:
                            VisitConditionalBranches(conditional);
                            break;
                        case true:
                            Visit(conditional.Consequent);
                            break;
                        case false:
                            Visit(conditional.Alternate);
                            break;
                    }
                    return;
                }
            case NodeType.BinaryExpression when _hooks.BinaryExpression.IsUsed:
                if (_hooks.BinaryExpression.Call(this, (BinaryExpression)node) != true)
                    base.Visit(node);
                return;
            case NodeType.LogicalExpression when _hooks.ExpressionLogicalOperator.IsUsed:
                {
                    var logical = (LogicalExpression)node;
                    switch (_hooks.ExpressionLogicalOperator.Call(this, logical))
                    {
                        case null:
                            base.Visit(node);
                            break;
                        case true:
                            Visit(logical.Right);
                            break;
                    }
                    return;
                }
            case NodeType.VariableDeclarator when ((VariableDeclarator)node) is { Id: ObjectPattern pattern, Init: { } init }:
                Visit(pattern);
                VisitDestructured(pattern, init);
                return;
            case NodeType.VariableDeclarator when !_hooks.CanRename.IsEmpty && ((VariableDeclarator)node) is { Id: Identifier { Symbol: >= 0 } id, Init: { } init }
                && TryAlias(id.Symbol, init):
                return;
            case NodeType.AssignmentExpression when !_hooks.CanRename.IsEmpty && ((AssignmentExpression)node) is { Operator: Operator.Assign, Left: Identifier { Symbol: >= 0 } target, Right: var value }
                && TryAlias(target.Symbol, value):
                return;
            case NodeType.AssignmentExpression when ((AssignmentExpression)node) is { Operator: Operator.Assign, Left: ObjectPattern pattern, Right: var right }:
                Visit(pattern);
                VisitDestructured(pattern, right, node);
                return;
            case NodeType.AssignmentExpression when ((AssignmentExpression)node).Left is Identifier:
                {
                    // webpack's walkAssignmentExpression: an assigned name goes to the assign hooks,
                    // not the expression ones, so writing a top-level binding is no use of it (the
                    // inner graph keeps what a write reaches only when something reads it).
                    var assignment = (AssignmentExpression)node;
                    Visit(assignment.Right);
                    _writingIdentifier = true;
                    VisitIdentifier((Identifier)assignment.Left);
                    _writingIdentifier = false;
                    return;
                }
            case NodeType.LabeledStatement:
                {
                    var outer = _terminated;
                    Visit(((LabeledStatement)node).Body);
                    _terminated = outer;
                    return;
                }
            case NodeType.BreakStatement or NodeType.ContinueStatement:
                return;
            case NodeType.MetaProperty:
                var meta = (MetaProperty)node;
                if (meta.Meta.Name == "import")
                {
                    NoteImportMeta(null);
                    _hooks.Expression.Get("import.meta")?.Call(this, meta);
                }
                return;
            case NodeType.TaggedTemplateExpression:
                var tagged = (TaggedTemplateExpression)node;
                // A tag is called like a callee: an imported tag must not get `this`.
                VisitCallee(tagged.Tag);
                Visit(tagged.Quasi);
                return;
            default:
                base.Visit(node);
                return;
        }
    }

    // The value an object pattern destructures (webpack's enterDestructuringAssignment): its hooks
    // may ask which keys are read (DestructuringAssignmentPropertiesFor). PERF: two fields, no
    // allocation unless a hook asks.
    // In a chain (`{ a } = { b } = value`, the assignment being the outer pattern's value) the
    // value is destructured by every pattern of it: the outer ones wait in _destructuringChain.
    private void VisitDestructured(ObjectPattern pattern, Node value, Node? assignment = null)
    {
        var (outerInit, outerPattern, outerChain) = (_destructuringInit, _destructuringPattern, _destructuringChain);
        if (assignment is not null && outerPattern is not null && ReferenceEquals(assignment, outerInit))
            _destructuringChain = outerChain is null ? [outerPattern] : [.. outerChain, outerPattern];
        else
            _destructuringChain = null;
        _destructuringInit = value is AwaitExpression awaited ? awaited.Argument : value;
        _destructuringPattern = pattern;
        Visit(value);
        (_destructuringInit, _destructuringPattern, _destructuringChain) = (outerInit, outerPattern, outerChain);
    }

    /// <summary>
    /// The keys an object pattern reads of <paramref name="expression"/> when it is the value being
    /// destructured (<c>const { A, B: b } = expression</c> gives A and B; webpack's
    /// destructuringAssignmentPropertiesFor); null when it is not, or when a key is not known
    /// (a rest element, a computed key the evaluator does not know).
    /// </summary>
    public IReadOnlyList<string>? DestructuringAssignmentPropertiesFor(Node expression)
    {
        if (_destructuringPattern is not { } pattern || !ReferenceEquals(expression, _destructuringInit))
            return null;
        var keys = new List<string>(pattern.Properties.Length);
        if (!AddPatternKeys(pattern, keys))
            return null;
        if (_destructuringChain is { } chain)
        {
            foreach (var outer in chain)
            {
                if (!AddPatternKeys(outer, keys))
                    return null;
            }
        }
        return keys;
    }

    /// <summary>
    /// The properties an object pattern reads of <paramref name="expression"/> when it is the
    /// value being destructured, with where each key is written and what nested patterns read of
    /// it (webpack's destructuringAssignmentPropertiesFor with its ranges); null when it is not, or
    /// when a key is not known. A nested pattern with an unknown key reads its value whole.
    /// </summary>
    public IReadOnlyList<DestructuringProperty>? DestructuringPropertiesFor(Node expression)
    {
        if (_destructuringPattern is not { } pattern || !ReferenceEquals(expression, _destructuringInit))
            return null;
        var properties = ObjectPatternProperties(pattern);
        if (properties is null || _destructuringChain is not { } chain)
            return properties;
        foreach (var outer in chain)
        {
            if (ObjectPatternProperties(outer) is not { } more)
                return null;
            properties.AddRange(more);
        }
        return properties;
    }

    // webpack's _preWalkObjectPattern: null when a key is not known (a rest element, a computed key
    // the evaluator does not know).
    private List<DestructuringProperty>? ObjectPatternProperties(ObjectPattern pattern)
    {
        var properties = new List<DestructuringProperty>(pattern.Properties.Length);
        foreach (var item in pattern.Properties)
        {
            if (item is not Property property || PatternKey(property) is not { } name)
                return null;
            properties.Add(new DestructuringProperty(name, property.Key.Start, property.Key.End, property.Shorthand, NestedPattern(property.Value)));
        }
        return properties;
    }

    // The name a pattern's property reads: its identifier, or its computed key as the evaluator knows it; null otherwise.
    private string? PatternKey(Property property) =>
        !property.Computed && property.Key is Identifier key ? key.Name : EvaluateExpression(property.Key)?.AsString();

    // webpack's _preWalkArrayPattern: elements by index; null with a rest element.
    private List<DestructuringProperty>? ArrayPatternProperties(ArrayPattern pattern)
    {
        var properties = new List<DestructuringProperty>(pattern.Elements.Length);
        for (var i = 0; i < pattern.Elements.Length; i++)
        {
            if (pattern.Elements[i] is not { } element)
                continue;
            if (element is RestElement)
                return null;
            properties.Add(new DestructuringProperty(i.ToString(System.Globalization.CultureInfo.InvariantCulture), element.Start, element.End, Shorthand: false, NestedPattern(element)));
        }
        return properties;
    }

    private List<DestructuringProperty>? NestedPattern(Node value) => value switch
    {
        ObjectPattern objectPattern => ObjectPatternProperties(objectPattern),
        ArrayPattern arrayPattern => ArrayPatternProperties(arrayPattern),
        _ => null,
    };

    /// <summary>The keys <paramref name="pattern"/> reads, each once; null when one is not known (a rest element, a computed key the evaluator does not know).</summary>
    public IReadOnlyList<string>? ObjectPatternKeys(ObjectPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var keys = new List<string>(pattern.Properties.Length);
        return AddPatternKeys(pattern, keys) ? keys : null;
    }

    // The keys an object pattern reads, each once; false when one is not known.
    private bool AddPatternKeys(ObjectPattern pattern, List<string> keys)
    {
        foreach (var item in pattern.Properties)
        {
            if (item is not Property property || PatternKey(property) is not { } name)
                return false;
            if (!keys.Contains(name))
                keys.Add(name);
        }
        return true;
    }

    // The identifier being visited is an assignment's target (written, not read).
    private bool _writingIdentifier;

    private void VisitIdentifier(Identifier identifier)
    {
        if (identifier.Symbol >= 0)
        {
            if (!_writingIdentifier)
                NoteTopLevelUse(identifier.Symbol);
            if (NestedWebpackName(identifier) is { } nested)
            {
                // `{ __webpack_require__ }` keeps its key: `{ __webpack_require__: __nested_… }`.
                Replace(identifier.Start, identifier.End, _inShorthand ? identifier.Name + ": " + nested : nested);
                return;
            }
            if (_tags is not null && _tags.TryGetValue(identifier.Symbol, out var tag)
                && !(tag.Data is FreeNameAlias && ReferenceEquals(_scopes.Symbols[identifier.Symbol].Declaration, identifier)))
                _hooks.Expression.Get(tag.Tag)?.Call(this, identifier);
            return;
        }
        _hooks.Expression.Get(identifier.Name)?.Call(this, identifier);
    }

    // webpack's CompatibilityPlugin: a bundle inside the module (a package shipped as a webpack
    // build) declares its own __webpack_require__ (and __webpack_exports__); renamed, it no longer
    // hides the one this module's rewritten requires call. Null for any other identifier.
    private string? NestedWebpackName(Identifier identifier)
    {
        if (identifier.Name is not ("__webpack_require__" or "__webpack_exports__"))
            return null;
        if (identifier.Name == "__webpack_exports__")
            return "__nested_webpack_exports__";
        var declaration = _scopes.Symbols[identifier.Symbol].Declaration;
        return "__nested_webpack_require_" + declaration.Start.ToString(System.Globalization.CultureInfo.InvariantCulture) + "__";
    }

    private void VisitMember(MemberExpression member)
    {
        // A member chain on a tagged variable (`ns.x.y` on a namespace import, `b.c` on a named
        // one): the hook gets the outermost member of static names.
        if (_tags is not null && TaggedChainRoot(member) is { } tagged && _tags.TryGetValue(tagged.Symbol, out var tag) && tag.Data is not FreeNameAlias)
        {
            NoteTopLevelUse(tagged.Symbol);
            // As webpack's: a tagged variable keeps its name as its free name, so a dotted path
            // hook on that name (a definition of `foo.bar.baz`) answers before the tag's chain.
            if (_hooks.IsRoot(tagged.Name) && StaticPath(member, tagged.Name) is { } taggedPath
                && _hooks.Expression.Get(taggedPath)?.Call(this, member) == true)
                return;
            if (_hooks.ExpressionMemberChain.Get(tag.Tag)?.Call(this, member, null) == true)
                return;
        }
        // A dotted path rooted at a free variable or import.meta: defines, process.env.NODE_ENV,
        // module.hot, import.meta.url (a string-literal key counts as a name: `import.meta["url"]`).
        else if (MemberPath(member, out var root) is { } path)
        {
            if (ReferenceEquals(root, ImportMetaRoot))
                NoteImportMeta(path);
            if (_hooks.Expression.Get(path)?.Call(this, member) == true)
                return;
            if (_hooks.ExpressionMemberChain.Get(root)?.Call(this, member, path) == true)
                return;
            if (!member.Computed && !_hooks.UnhandledExpressionMemberChain.IsEmpty && _hooks.UnhandledExpressionMemberChain.Get(root) is { } unhandled)
            {
                VisitUnhandledChain(member, path, unhandled);
                return;
            }
        }
        else if (TryOtherMemberChain(member))
        {
            return;
        }
        Visit(member.Object);
        if (member.Computed)
            Visit(member.Property);
    }

    private const string ImportMetaRoot = "import.meta";

    // webpack's HarmonyDetectionParserPlugin: import.meta only parses in a module, so using it makes
    // the module an ES module (from there on, as webpack's mid-walk enableHarmony); the webpack
    // pragmas import.meta.webpackHot and import.meta.webpackContext, usable in CommonJS, do not.
    private void NoteImportMeta(string? path)
    {
        if (_result.IsEsm || !ParserOptions.Harmony)
            return;
        if (path is not null && (IsPathUnder(path, "import.meta.webpackHot") || IsPathUnder(path, "import.meta.webpackContext")))
            return;
        _result.IsEsm = true;

        static bool IsPathUnder(string path, string prefix) =>
            path.StartsWith(prefix, StringComparison.Ordinal) && (path.Length == prefix.Length || path[prefix.Length] == '.');
    }

    // webpack's walkMemberExpressionWithExpressionName: the shorter paths' expression hooks, longest
    // first; when none answers, the unhandled chain hook gets the whole chain, and the root is
    // walked only if it declines.
    private void VisitUnhandledChain(MemberExpression member, string path, Sharpack.Core.Hooks.SyncBailHook<JavascriptParser, MemberExpression, string?, bool?> unhandled)
    {
        Node current = member;
        var objectPath = path;
        while (current is MemberExpression { Computed: false, Property: Identifier property, Object: var inner })
        {
            objectPath = objectPath[..(objectPath.Length - property.Name.Length - 1)];
            if (inner is not MemberExpression)
            {
                if (unhandled.Call(this, member, path) != true)
                    Visit(inner);
                return;
            }
            if (_hooks.Expression.Get(objectPath)?.Call(this, inner) == true)
                return;
            current = inner;
        }
        Visit(current);
    }

    // `root.b.c` for a chain of non-computed names on an identifier; null when one is computed.
    private static string? StaticPath(MemberExpression member, string root)
    {
        // webpack's extractMemberExpressionChain: a string-literal key is a member as a name is (`import.meta["resolve"]`).
        Node current = member;
        while (current is MemberExpression m && HasStaticName(m))
            current = m.Object;
        if (current is not Identifier)
            return null;
        var builder = new System.Text.StringBuilder(root);
        Append(builder, member);
        return builder.ToString();

        static void Append(System.Text.StringBuilder builder, Node node)
        {
            if (node is not MemberExpression { Property: Identifier property } m)
                return;
            Append(builder, m.Object);
            builder.Append('.').Append(property.Name);
        }
    }

    // The identifier a chain of static member names (`a.b`, `a["b"]`) starts at, or null.
    private static Identifier? TaggedChainRoot(MemberExpression member)
    {
        Node node = member;
        while (node is MemberExpression m && HasStaticName(m))
            node = m.Object;
        return node as Identifier is { Symbol: >= 0 } identifier ? identifier : null;
    }

    // `a.b.c` for a member chain rooted at a free variable (or a renamed local) or at import.meta;
    // null otherwise, and null for a root no hook looks for (PERF: `Math.imul`, `console.log` and
    // every other member expression would build a string here).
    private string? MemberPath(MemberExpression member) => MemberPath(member, out _);

    private string? MemberPath(MemberExpression member, out string rootName)
    {
        // webpack's extractMemberExpressionChain: a string-literal key is a member as a name is (`import.meta["resolve"]`).
        Node current = member;
        while (current is MemberExpression m && HasStaticName(m))
            current = m.Object;
        switch (current)
        {
            case Identifier { Symbol: -1 } root:
                rootName = root.Name;
                if (!_hooks.IsRoot(rootName))
                    return null;
                break;
            case Identifier root when AliasOf(root.Symbol) is { } alias:
                rootName = alias;
                if (!_hooks.IsRoot(rootName))
                    return null;
                break;
            case MetaProperty meta:
                rootName = meta.Meta.Name == "import" ? ImportMetaRoot : meta.Meta.Name + "." + meta.Property.Name;
                break;
            default:
                rootName = "";
                return null;
        }
        var builder = new System.Text.StringBuilder(rootName);
        AppendProperties(builder, member);
        return builder.ToString();

        static void AppendProperties(System.Text.StringBuilder builder, Node node)
        {
            if (node is not MemberExpression m || MemberName(m) is not { } name)
                return;
            AppendProperties(builder, m.Object);
            builder.Append('.').Append(name);
        }
    }

    // webpack's WorkerPlugin owns `new URL(…, import.meta.url)` given to a worker or worklet (its
    // default syntax: new Worker / SharedWorker, navigator.serviceWorker.register(), *.addModule()):
    // the URL names the worker's entry chunk, not an asset. Until Sharpack builds worker chunks,
    // such a URL is left as written.
    /// <summary>
    /// webpack's parseCommentOptions: the magic comments inside <paramref name="node"/>, a warning
    /// at the node for each comment that could not be read.
    /// </summary>
    public Dictionary<string, MagicValue> ParseCommentOptions(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var errors = new List<string>();
        var options = MagicComments.Parse(Source, Comments, node.Start, node.End, errors);
        foreach (var error in errors)
            _result.Warnings.Add(Warning(node.Start, error));
        return options;
    }

    /// <summary>How many workers the module has started so far (webpack's workerIndexMap): names each one's runtime.</summary>
    internal int WorkerIndex { get; set; }

    private void VisitCall(CallExpression call)
    {
        if (call.Callee is FunctionExpression or ArrowFunctionExpression or MemberExpression { Object: FunctionExpression or ArrowFunctionExpression }
            && TryWalkIife(call))
            return;
        var root = "";
        var callee = call.Callee;
        var name = callee switch
        {
            Identifier => GetCalleeName(callee),
            MemberExpression member => MemberPath(member, out root),
            // webpack evaluates the callee: `(typeof define == "function" && define.amd ? define
            // : fallback)(…)` calls define.
            ConditionalExpression or LogicalExpression or SequenceExpression => GetRenameIdentifier(callee),
            _ => null,
        };
        if (name is not null)
        {
            if (ReferenceEquals(root, ImportMetaRoot))
                NoteImportMeta(name);
            if (_hooks.Call.Get(name)?.Call(this, call) == true)
                return;
            if (callee is MemberExpression && !_hooks.CallMemberChain.IsEmpty && _hooks.CallMemberChain.Get(root)?.Call(this, call, name) == true)
                return;
        }
        else if (callee is MemberExpression calleeMember && TryOtherCallMemberChain(call, calleeMember))
        {
            return;
        }
        // `import("x").then(…)`: the import hook may read the callback (webpack's importThen).
        var outerThen = _importThen;
        _importThen = callee is MemberExpression { Object: ImportExpression, Computed: false, Property: Identifier { Name: "then" } } ? call : null;
        VisitCallee(call.Callee);
        _importThen = outerThen;
        foreach (var argument in call.Arguments)
            Visit(argument);
    }

    private CallExpression? _importThen;

    /// <summary>The <c>.then(…)</c> call on <paramref name="import"/> when it is being walked (webpack's importThen), or null.</summary>
    public CallExpression? ImportThenFor(ImportExpression import) =>
        _importThen is { Callee: MemberExpression { Object: var imported } } then && ReferenceEquals(imported, import) ? then : null;

    // A callee (or a template tag) that is an identifier is visited as one: an imported function
    // must then be called without `this`.
    private void VisitCallee(Node callee)
    {
        if (callee is Identifier identifier)
        {
            _calleeIdentifier = identifier;
            Visit(identifier);
            _calleeIdentifier = null;
        }
        else if (callee is MemberExpression member)
        {
            var outer = _calleeMember;
            _calleeMember = member;
            Visit(member);
            _calleeMember = outer;
        }
        else
        {
            Visit(callee);
        }
    }

    /// <summary>A tag on a local variable (webpack's tagVariable): the hooks are looked up by <paramref name="Tag"/>.</summary>
    /// <param name="Tag">The key of the hooks that handle the variable's uses.</param>
    /// <param name="Data">What the tagging plugin keeps with it.</param>
    public readonly record struct VariableTag(string Tag, object? Data);
}
