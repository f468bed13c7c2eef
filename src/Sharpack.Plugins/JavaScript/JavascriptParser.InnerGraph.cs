// Follows the data webpack lib/optimize/InnerGraph.js collects (through InnerGraphPlugin's
// parser hooks): for each top-level statement, the top-level names it declares and the top-level
// names its code uses. Tree shaking (a later step) will keep a statement only when an export or a
// kept statement uses what it declares; nothing reads it yet. Recorded for ES modules, the ones
// whose exports tree shaking removes.
//
// PERF: a use is noted from the identifier the walk visits anyway: one array read to see whether
// its symbol is top-level, then a scan of the statement's few uses so far (a set past 16; an
// array of marks per module was 3 MB of three.js x10's make).

using Sharpack.JavaScript.Ast;

namespace Sharpack.Plugins.JavaScript;

public sealed partial class JavascriptParser
{
    private bool _inTopLevelStatement;
    private List<int>? _statementUses;
    private HashSet<int>? _statementUseSet;

    // webpack's inner graph symbols are per declarator: `var a = pure, b = impure()` makes `a` a
    // symbol of its own, so what a's initializer reads is needed only where a is. A top-level
    // declaration of several declarators is split: each declarator is an inner graph statement.
    private VariableDeclaration? _splitDeclaration;
    private int _nextDeclarator;
    private List<int[]>? _declaratorUses;

    private void BeginTopLevelStatement()
    {
        _inTopLevelStatement = _result.IsEsm && Options.Optimization.InnerGraph;
        _statementUses?.Clear();
        _statementUseSet?.Clear();
        _splitDeclaration = null;
        if (_inTopLevelStatement && _programStatement is VariableDeclaration or ExportNamedDeclaration { Declaration: VariableDeclaration }
            && (_programStatement as VariableDeclaration ?? (VariableDeclaration)((ExportNamedDeclaration)_programStatement).Declaration!) is { Declarations.Length: > 1 } declaration)
        {
            _splitDeclaration = declaration;
            _nextDeclarator = 0;
            (_declaratorUses ??= []).Clear();
        }
    }

    // Called as each declarator of the split declaration is walked: the uses so far are the previous one's.
    private void EnterTopLevelDeclarator(VariableDeclarator declarator)
    {
        var declaration = _splitDeclaration!;
        if (_nextDeclarator >= declaration.Declarations.Length || !ReferenceEquals(declaration.Declarations[_nextDeclarator], declarator))
            return;
        if (_nextDeclarator > 0)
            TakeDeclaratorUses();
        _nextDeclarator++;
    }

    private void TakeDeclaratorUses()
    {
        _declaratorUses!.Add(_statementUses is { Count: > 0 } uses ? [.. uses] : []);
        _statementUses?.Clear();
        _statementUseSet?.Clear();
    }

    // Each declarator of the split declaration as a statement of its own (the first from the
    // statement's start, the last to its end, so every offset of the statement is in one).
    private void EndSplitDeclaration(Node statement, VariableDeclaration declaration)
    {
        TakeDeclaratorUses();
        _splitDeclaration = null;
        var names = _result.TopLevelNames;
        var declarators = declaration.Declarations;
        for (var i = 0; i < declarators.Length; i++)
        {
            var declarator = declarators[i];
            var start = i == 0 ? statement.Start : declarator.Start;
            var end = i == declarators.Length - 1 ? statement.End : declarators[i + 1].Start;
            var declaresStart = names.Count;
            AddBoundNames(declarator.Id, names);
            var declaresCount = names.Count - declaresStart;
            var usesStart = names.Count;
            if (i < _declaratorUses!.Count)
            {
                foreach (var symbol in _declaratorUses[i])
                {
                    var name = _scopes.Symbols[symbol].Name;
                    if (names.IndexOf(name, declaresStart, declaresCount) < 0)
                        names.Add(name);
                }
            }
            var isPure = declarator.Id is Identifier && (declarator.Init is null || IsPure(declarator.Init, declarator.Start));
            var isConditionallyPure = false;
            if (!isPure && declarator is { Id: Identifier, Init: { } init } && PureImportCall(init) is { } call)
            {
                CallsOfThisStatement().Add(call.Import, call.Ids);
                isConditionallyPure = true;
            }
            if ((isPure || isConditionallyPure) && declarator.Init is { } pureInit)
                CollectDefinitionTimeExpressions(pureInit, _result.TopLevelStatements.Count);
            _result.TopLevelStatements.Add(new TopLevelStatement(start, end, declaresStart, declaresCount, usesStart, names.Count - usesStart,
                isPure, isConditionallyPure));
        }
    }

    private void NoteTopLevelUse(int symbol)
    {
        if (!_inTopLevelStatement || _scopes.Symbols[symbol].Scope != _scopes.RootScope)
            return;
        var uses = _statementUses ??= [];
        if (_statementUseSet is { } set)
        {
            if (set.Add(symbol))
                uses.Add(symbol);
            return;
        }
        if (uses.Contains(symbol))
            return;
        uses.Add(symbol);
        if (uses.Count > 16)
            _statementUseSet = [.. uses];
    }

    private void EndTopLevelStatement(Node statement)
    {
        if (!_inTopLevelStatement)
            return;
        _inTopLevelStatement = false;
        if (_splitDeclaration is { } split)
        {
            EndSplitDeclaration(statement, split);
            return;
        }
        var names = _result.TopLevelNames;
        var declaresStart = names.Count;
        AddDeclaredNames(statement, names);
        var declaresCount = names.Count - declaresStart;
        var usesStart = names.Count;
        if (_statementUses is { Count: > 0 } symbols)
        {
            foreach (var symbol in symbols)
            {
                var name = _scopes.Symbols[symbol].Name;
                if (names.IndexOf(name, declaresStart, declaresCount) < 0)
                    names.Add(name);
            }
        }
        var isPureDeclaration = declaresCount > 0 && IsPureDeclaration(statement);
        var isConditionallyPure = !isPureDeclaration && declaresCount > 0 && IsConditionallyPureDeclaration(statement);
        if (isPureDeclaration || isConditionallyPure)
            CollectDefinitionTimeExpressions(statement, _result.TopLevelStatements.Count);
        _result.TopLevelStatements.Add(new TopLevelStatement(statement.Start, statement.End, declaresStart, declaresCount, usesStart, names.Count - usesStart,
            isPureDeclaration, isConditionallyPure));
    }

    // The expressions of pure declarations that run when the declaration does (initializers, a
    // class's superclass and static values), each with its statement's index: unused, they are
    // made not to run (PureExpressionDependency), since bindings they read may not be loaded.
    private List<(int Start, int End, int Statement)>? _definitionTimeExpressions;

    // Ranges inside pure declarations whose code runs whenever the module does (computed class keys).
    private List<(int Start, int End)>? _alwaysNeededRanges;

    private void CollectDefinitionTimeExpressions(Node node, int statement)
    {
        switch (node)
        {
            case ExportNamedDeclaration { Declaration: { } declaration }:
                CollectDefinitionTimeExpressions(declaration, statement);
                break;
            // A re-exported namespace (`export default ns`) leaves no code to guard: the statement is removed.
            case ExportDefaultDeclaration exportDefault when Parser.EsmExportParserPlugin.ReexportedNamespace(this, exportDefault) is not null:
                break;
            case ExportDefaultDeclaration { Declaration: var declaration }:
                CollectDefinitionTimeExpressions(declaration, statement);
                break;
            case VariableDeclaration variables:
                foreach (var declarator in variables.Declarations)
                {
                    if (declarator.Init is { } init) CollectDefinitionTimeExpressions(init, statement);
                }
                break;
            // A function's body runs when called, and a literal reads nothing: neither is guarded
            // (webpack leaves `FunctionExpression`s and `Literal`s out of its pure parts).
            case FunctionNode:
            case Literal:
                break;
            case ClassNode classNode:
                if (classNode.SuperClass is { } superClass)
                    (_definitionTimeExpressions ??= []).Add((superClass.Start, superClass.End, statement));
                foreach (var member in classNode.Body.Body)
                {
                    if (member is PropertyDefinition { Static: true, Value: { } value } && value is not FunctionNode)
                        (_definitionTimeExpressions ??= []).Add((value.Start, value.End, statement));
                    // A computed key runs when the class is defined, and is not made not to: what it
                    // reads is always needed (webpack's classBodyElement leaves the key to no symbol).
                    var key = member switch
                    {
                        MethodDefinition { Computed: true } method => method.Key,
                        PropertyDefinition { Computed: true } property => property.Key,
                        _ => null,
                    };
                    if (key is not null)
                        (_alwaysNeededRanges ??= []).Add((key.Start, key.End));
                }
                break;
            default:
                (_definitionTimeExpressions ??= []).Add((node.Start, node.End, statement));
                break;
        }
    }

    // webpack's InnerGraphPlugin symbols: top-level functions, pure classes, variables whose
    // initializers are pure, and an exported default that is one of those or a pure expression.
    private bool IsPureDeclaration(Node statement) => statement switch
    {
        FunctionDeclaration => true,
        ClassDeclaration => IsPure(statement, statement.Start),
        // webpack tracks declarators that bind one identifier only: a destructuring one is code that always runs.
        VariableDeclaration variables => AllIdentifiers(variables) && AllInitializersPure(variables),
        ExportNamedDeclaration { Declaration: { } declaration } => IsPureDeclaration(declaration),
        // webpack's statementPurePart for `export default`: a function, a pure class, or a pure
        // expression (its /*#__PURE__*/ may sit right after `export default`), named *default*.
        ExportDefaultDeclaration { Declaration: var declaration } => declaration is FunctionDeclaration || IsPure(declaration, statement.Start),
        _ => false,
    };

    // The calls of imported functions each conditionally pure declaration (by statement index) depends on.
    private Dictionary<int, Dependencies.Esm.PureImportCalls>? _pureImportCalls;

    private Dependencies.Esm.PureImportCalls CallsOfThisStatement()
    {
        var index = _result.TopLevelStatements.Count;
        _pureImportCalls ??= [];
        if (!_pureImportCalls.TryGetValue(index, out var calls))
            _pureImportCalls[index] = calls = new Dependencies.Esm.PureImportCalls();
        return calls;
    }

    // webpack's deferred pure condition (pureConditionByCallExpr): a declaration whose initializers
    // are pure but for calls of imported functions with pure arguments — pure when those are.
    private bool IsConditionallyPureDeclaration(Node statement)
    {
        switch (statement)
        {
            case VariableDeclaration variables:
                if (!AllIdentifiers(variables)) return false;
                List<(Dependencies.Esm.EsmImportSideEffectDependency, IReadOnlyList<string>)>? calls = null;
                foreach (var declarator in variables.Declarations)
                {
                    if (declarator.Init is not { } init || IsPure(init, declarator.Start)) continue;
                    if (PureImportCall(init) is not { } call) return false;
                    (calls ??= []).Add(call);
                }
                if (calls is null) return false;
                var statementCalls = CallsOfThisStatement();
                foreach (var (import, ids) in calls)
                    statementCalls.Add(import, ids);
                return true;
            case ExportNamedDeclaration { Declaration: VariableDeclaration declaration }:
                return IsConditionallyPureDeclaration(declaration);
            case ExportDefaultDeclaration { Declaration: CallExpression call }:
                if (PureImportCall(call) is not { } defaultCall) return false;
                CallsOfThisStatement().Add(defaultCall.Import, defaultCall.Ids);
                return true;
            default:
                return false;
        }
    }

    // `f(…)` or `ns.f(…)` where f is an imported binding (not deferred) and every argument is pure:
    // the import and the export path called.
    private (Dependencies.Esm.EsmImportSideEffectDependency Import, IReadOnlyList<string> Ids)? PureImportCall(Node node)
    {
        if (node is not CallExpression call || call.Optional)
            return null;
        Identifier root;
        List<string>? members = null;
        switch (call.Callee)
        {
            case Identifier identifier:
                root = identifier;
                break;
            case MemberExpression member:
                if (GetMemberChain(member, out var chainRoot) is not { } chain || chainRoot is not Identifier chainIdentifier || HasOptional(member))
                    return null;
                root = chainIdentifier;
                members = [.. chain];
                break;
            default:
                return null;
        }
        if (GetTag(root.Symbol) is not { Tag: Parser.EsmImportParserPlugin.SpecifierTag, Data: Parser.EsmImportBinding binding }
            || binding.Import.Phase != ImportPhase.Evaluation)
            return null;
        var ids = new List<string>((members?.Count ?? 0) + 1);
        if (binding.Name is not null) ids.Add(binding.Name);
        if (members is not null) ids.AddRange(members);
        if (ids.Count == 0 || !ArgumentsArePure(call.Arguments, call.Callee.End))
            return null;
        return (binding.Import, ids);
    }

    private static bool HasOptional(MemberExpression member)
    {
        for (Node node = member; node is MemberExpression m; node = m.Object)
        {
            if (m.Optional) return true;
        }
        return false;
    }

    private static bool AllIdentifiers(VariableDeclaration variables)
    {
        foreach (var declarator in variables.Declarations)
        {
            if (declarator.Id is not Identifier) return false;
        }
        return true;
    }

    private bool AllInitializersPure(VariableDeclaration variables)
    {
        foreach (var declarator in variables.Declarations)
        {
            if (declarator.Init is { } init && !IsPure(init, declarator.Start)) return false;
        }
        return true;
    }

    /// <summary>
    /// Follows webpack's InnerGraph.inferDependencyUsage: for each import binding read inside a
    /// pure top-level declaration, the exports of this module through which that declaration is
    /// reachable (<see cref="Dependencies.Esm.EsmImportSpecifierDependency.UsedByExports"/>); the read
    /// is needed only where one of them is used. Reads elsewhere are always needed.
    /// </summary>
    private void InferDependencyUsage()
    {
        var statements = _result.TopLevelStatements;
        if (!_result.IsEsm || !Options.Optimization.InnerGraph || statements.Count == 0 || _esm is null)
            return;
        // Which exports each local name is exported as; "*default*" is the default expression's.
        var exportedAs = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (name, source) in _esm.Exports.Exports)
        {
            if (source.Import is not null || source.LocalName is not { } local) continue;
            var key = local == "__WEBPACK_DEFAULT_EXPORT__" ? "*default*" : local;
            if (!exportedAs.TryGetValue(key, out var set)) exportedAs[key] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(name);
        }
        // Declarations pure only through the imported functions they call count as impure until
        // the imported exports are known; PendingInnerGraph settles them then.
        var inference = new InnerGraphInference(statements, _result.TopLevelNames, exportedAs, i => statements[i].IsPureDeclaration);
        var pending = _pureImportCalls is { } conditions ? new PendingInnerGraph(statements, _result.TopLevelNames, exportedAs, conditions) : null;
        _result.PendingInnerGraph = pending;
        foreach (var dependency in _result.Dependencies)
        {
            // URLPlugin's and ImportMetaPlugin's onUsage: an asset a pure declaration names is needed where one of its exports is used.
            if (dependency is Dependencies.Url.UrlDependency url)
            {
                var at = StatementAt(statements, url.OuterStart);
                if (at >= 0 && !InAlwaysNeededRange(url.OuterStart) && statements[at].IsPureDeclaration)
                    url.UsedByExports = inference.UsedByExportsOf(at);
                continue;
            }
            if (dependency is not Dependencies.Esm.EsmImportSpecifierDependency specifier) continue;
            var index = StatementAt(statements, specifier.Start);
            if (index < 0 || InAlwaysNeededRange(specifier.Start)) continue;
            if (statements[index].IsPureDeclaration)
                specifier.UsedByExports = inference.UsedByExportsOf(index);
            if (pending is not null && (statements[index].IsPureDeclaration || statements[index].IsConditionallyPure))
            {
                specifier.Pending = true;
                pending.Reads.Add((specifier, index));
            }
        }
        if (_definitionTimeExpressions is { } expressions)
        {
            foreach (var (start, end, statement) in expressions)
            {
                var exports = statements[statement].IsPureDeclaration ? inference.UsedByExportsOf(statement) : null;
                if (exports is null && pending is null) continue;
                var dependency = new Dependencies.Misc.PureExpressionDependency(exports) { Start = start, End = end };
                _result.Dependencies.Add(dependency);
                pending?.Expressions.Add((dependency, statement));
            }
        }
    }

    private bool InAlwaysNeededRange(int offset)
    {
        if (_alwaysNeededRanges is not { } ranges) return false;
        foreach (var (start, end) in ranges)
        {
            if (offset >= start && offset < end) return true;
        }
        return false;
    }

    // The index of the top-level statement holding `offset`, or -1.
    private static int StatementAt(List<TopLevelStatement> statements, int offset)
    {
        int low = 0, high = statements.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var statement = statements[middle];
            if (offset < statement.Start) high = middle - 1;
            else if (offset >= statement.End) low = middle + 1;
            else return middle;
        }
        return -1;
    }

    // The names a top-level statement binds: variables, functions, classes, imports; an export
    // default of an expression binds webpack's *default*.
    private static void AddDeclaredNames(Node statement, List<string> names)
    {
        switch (statement)
        {
            case VariableDeclaration variables:
                foreach (var declarator in variables.Declarations)
                    AddBoundNames(declarator.Id, names);
                break;
            case FunctionDeclaration { Id: { } id }:
                names.Add(id.Name);
                break;
            case ClassDeclaration { Id: { } classId }:
                names.Add(classId.Name);
                break;
            case ExportNamedDeclaration { Declaration: { } declaration }:
                AddDeclaredNames(declaration, names);
                break;
            case ExportDefaultDeclaration { Declaration: FunctionDeclaration { Id: { } id } }:
                names.Add(id.Name);
                break;
            case ExportDefaultDeclaration { Declaration: ClassDeclaration { Id: { } classId } }:
                names.Add(classId.Name);
                break;
            case ExportDefaultDeclaration:
                names.Add("*default*");
                break;
            case ImportDeclaration import:
                foreach (var specifier in import.Specifiers)
                {
                    switch (specifier)
                    {
                        case ImportSpecifier named: names.Add(named.Local.Name); break;
                        case ImportDefaultSpecifier defaultSpecifier: names.Add(defaultSpecifier.Local.Name); break;
                        case ImportNamespaceSpecifier ns: names.Add(ns.Local.Name); break;
                    }
                }
                break;
        }
    }

    /// <summary>Adds the names <paramref name="pattern"/> binds (an identifier or a destructuring pattern) to <paramref name="names"/>.</summary>
    public static void AddBoundNames(Node pattern, List<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        switch (pattern)
        {
            case Identifier identifier:
                names.Add(identifier.Name);
                break;
            case ObjectPattern obj:
                foreach (var property in obj.Properties)
                    AddBoundNames(property is Property p ? p.Value : ((RestElement)property).Argument, names);
                break;
            case ArrayPattern array:
                foreach (var element in array.Elements)
                {
                    if (element is not null)
                        AddBoundNames(element, names);
                }
                break;
            case AssignmentPattern assignment:
                AddBoundNames(assignment.Left, names);
                break;
            case RestElement rest:
                AddBoundNames(rest.Argument, names);
                break;
        }
    }
}
