// Follows the data webpack lib/optimize/InnerGraph.js collects (through InnerGraphPlugin's
// parser hooks): for each top-level statement, the top-level names it declares and the top-level
// names its code uses. Tree shaking (a later step) will keep a statement only when an export or a
// kept statement uses what it declares; nothing reads it yet.
//
// PERF: a use is noted from the identifier the walk visits anyway: one array read to see whether
// its symbol is top-level, and a mark per symbol (no set per statement).

using Sharpack.JavaScript.Ast;

namespace Sharpack.Plugins.JavaScript;

public sealed partial class JavascriptParser
{
    private int _statementNumber;
    private int[]? _usedInStatement;
    private List<int>? _statementUses;

    private void BeginTopLevelStatement(Node statement)
    {
        _statementNumber++;
        _statementUses?.Clear();
    }

    private void NoteTopLevelUse(int symbol)
    {
        var symbols = _scopes.Symbols;
        if (symbols[symbol].Scope != _scopes.RootScope || _statementNumber == 0)
            return;
        var marks = _usedInStatement ??= new int[symbols.Length];
        if (marks[symbol] == _statementNumber)
            return;
        marks[symbol] = _statementNumber;
        (_statementUses ??= []).Add(symbol);
    }

    private void EndTopLevelStatement(Node statement)
    {
        var declares = DeclaredNames(statement);
        string[] uses = [];
        if (_statementUses is { Count: > 0 } symbols)
        {
            var names = new List<string>(symbols.Count);
            foreach (var symbol in symbols)
            {
                var name = _scopes.Symbols[symbol].Name;
                if (Array.IndexOf(declares, name) < 0)
                    names.Add(name);
            }
            uses = [.. names];
        }
        _result.TopLevelStatements.Add(new TopLevelStatement(statement.Start, statement.End, declares, uses));
    }

    // The names a top-level statement binds: variables, functions, classes, imports; an export
    // default of an expression binds webpack's *default*.
    private static string[] DeclaredNames(Node statement)
    {
        switch (statement)
        {
            case VariableDeclaration variables:
                {
                    var names = new List<string>();
                    foreach (var declarator in variables.Declarations)
                        AddBoundNames(declarator.Id, names);
                    return [.. names];
                }
            case FunctionDeclaration { Id: { } id }:
                return [id.Name];
            case ClassDeclaration { Id: { } classId }:
                return [classId.Name];
            case ExportNamedDeclaration { Declaration: { } declaration }:
                return DeclaredNames(declaration);
            case ExportDefaultDeclaration { Declaration: FunctionDeclaration { Id: { } id } }:
                return [id.Name];
            case ExportDefaultDeclaration { Declaration: ClassDeclaration { Id: { } classId } }:
                return [classId.Name];
            case ExportDefaultDeclaration:
                return ["*default*"];
            case ImportDeclaration import:
                {
                    var names = new string[import.Specifiers.Length];
                    for (var i = 0; i < names.Length; i++)
                    {
                        names[i] = import.Specifiers[i] switch
                        {
                            ImportSpecifier named => named.Local.Name,
                            ImportDefaultSpecifier defaultSpecifier => defaultSpecifier.Local.Name,
                            ImportNamespaceSpecifier ns => ns.Local.Name,
                            _ => "",
                        };
                    }
                    return names;
                }
            default:
                return [];
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
