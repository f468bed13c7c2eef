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

    private void BeginTopLevelStatement()
    {
        _inTopLevelStatement = _result.IsEsm && Options.Optimization.InnerGraph;
        _statementUses?.Clear();
        _statementUseSet?.Clear();
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
        _result.TopLevelStatements.Add(new TopLevelStatement(statement.Start, statement.End, declaresStart, declaresCount, usesStart, names.Count - usesStart));
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
