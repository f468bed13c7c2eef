// Imports and exports: import bindings are lexical declarations of the module scope; each
// exported name may appear once ("Duplicate export 'x'", checked where acorn checks it); and
// `export { x }` must name a module-level binding ("Export 'x' is not defined", checked when
// the module's declarations are all known, as acorn does at the end of the program).

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Scopes;

internal sealed partial class ScopeBinder
{
    private readonly HashSet<string> _exportedNames = new(StringComparer.Ordinal);
    private readonly List<ExportSpecifier> _localExportSpecifiers = [];
    private readonly List<ModuleExport> _exports = [];

    private void ResetModule()
    {
        _exportedNames.Clear();
        _localExportSpecifiers.Clear();
        _exports.Clear();
    }

    private ModuleExport[] TakeExports() => _exports.Count == 0 ? [] : _exports.ToArray();

    private void VisitImport(ImportDeclaration declaration)
    {
        foreach (var specifier in declaration.Specifiers)
        {
            var local = specifier switch
            {
                ImportSpecifier named => named.Local,
                ImportDefaultSpecifier byDefault => byDefault.Local,
                _ => ((ImportNamespaceSpecifier)specifier).Local,
            };
            DeclareLexical(local, SymbolKind.Import, forbidLet: false);
        }
    }

    private void VisitExportNamed(ExportNamedDeclaration declaration)
    {
        if (declaration.Declaration is { } declared)
        {
            Visit(declared);
            switch (declared)
            {
                case VariableDeclaration variables:
                    foreach (var declarator in variables.Declarations)
                        ExportPatternNames(declarator.Id);
                    break;
                case FunctionDeclaration { Id: { } functionId }:
                    ExportBinding(functionId.Name, functionId, functionId.Start);
                    break;
                case ClassDeclaration { Id: { } classId }:
                    ExportBinding(classId.Name, classId, classId.Start);
                    break;
                case TSEnumDeclaration { Id: var enumId }:
                    ExportBinding(enumId.Name, enumId, enumId.Start);
                    break;
                case TSModuleDeclaration { Id: var namespaceId, IsInstantiated: true }:
                    ExportBinding(namespaceId.Name, namespaceId, namespaceId.Start);
                    break;
                case TSImportEqualsDeclaration { Id: var aliasId }:
                    ExportBinding(aliasId.Name, aliasId, aliasId.Start);
                    break;
            }
            return;
        }
        foreach (var specifier in declaration.Specifiers)
        {
            AddExportedName(ExportedName(specifier.Exported), specifier.Exported.Start);
            if (declaration.Source is null)
                _localExportSpecifiers.Add(specifier);
        }
    }

    private void VisitExportDefault(ExportDefaultDeclaration declaration)
    {
        // acorn checks the name at the `default` keyword, before parsing what follows.
        AddExportedName("default", FindDefaultKeyword(declaration.Start));
        var declared = declaration.Declaration;
        Visit(declared);
        var id = declared switch
        {
            FunctionDeclaration function => function.Id,
            ClassDeclaration @class => @class.Id,
            _ => null,
        };
        if (id is not null)
        {
            _symbols[id.Symbol].Flags |= SymbolFlags.Exported;
            _exports.Add(new ModuleExport("default", id.Symbol));
        }
        else
        {
            _exports.Add(new ModuleExport("default", -1));
        }
    }

    private void VisitExportAll(ExportAllDeclaration declaration)
    {
        if (declaration.Exported is { } exported)
            AddExportedName(ExportedName(exported), exported.Start);
    }

    private void ExportPatternNames(Node pattern)
    {
        switch (pattern)
        {
            case Identifier id:
                ExportBinding(id.Name, id, id.Start);
                break;
            case ObjectPattern objectPattern:
                foreach (var member in objectPattern.Properties)
                    ExportPatternNames(member is Property property ? property.Value : member);
                break;
            case ArrayPattern arrayPattern:
                foreach (var element in arrayPattern.Elements)
                {
                    if (element is not null)
                        ExportPatternNames(element);
                }
                break;
            case RestElement rest:
                ExportPatternNames(rest.Argument);
                break;
            case AssignmentPattern assignment:
                ExportPatternNames(assignment.Left);
                break;
        }
    }

    private void ExportBinding(string name, Identifier local, int offset)
    {
        AddExportedName(name, offset);
        _symbols[local.Symbol].Flags |= SymbolFlags.Exported;
        _exports.Add(new ModuleExport(name, local.Symbol));
    }

    private void AddExportedName(string name, int offset)
    {
        if (!_exportedNames.Add(name))
            Fail($"Duplicate export '{name}'", offset);
    }

    private static string ExportedName(Node node) => node is Identifier id ? id.Name : ((Literal)node).StringValue ?? "";

    /// <summary>Binds <c>export { x }</c> to the module's x, once every module-level name is declared.</summary>
    private void BindLocalExports()
    {
        var module = _current;
        foreach (var specifier in _localExportSpecifiers)
        {
            var local = (Identifier)specifier.Local;
            int symbol = module.FindSymbol(local.Name);
            if (symbol < 0 && _typeScript)
                continue;
            if (symbol < 0)
                FailUndefinedExport(local.Name);
            local.Symbol = symbol;
            ref var s = ref _symbols[symbol];
            s.ReferenceCount++;
            s.Flags |= SymbolFlags.Exported;
            _exports.Add(new ModuleExport(ExportedName(specifier.Exported), symbol));
        }
    }

    private void FailUndefinedExport(string name)
    {
        // acorn keeps the last occurrence of the first undefined name.
        int offset = 0;
        foreach (var specifier in _localExportSpecifiers)
        {
            if (((Identifier)specifier.Local).Name == name)
                offset = specifier.Local.Start;
        }
        Fail($"Export '{name}' is not defined", offset);
    }

    /// <summary>The offset of the <c>default</c> keyword after the <c>export</c> at <paramref name="exportStart"/>.</summary>
    private int FindDefaultKeyword(int exportStart)
    {
        var source = _source;
        int i = exportStart + "export".Length;
        while (i < source.Length)
        {
            char c = source[i];
            if (c == '/' && i + 1 < source.Length && source[i + 1] == '/')
            {
                while (i < source.Length && source[i] is not ('\n' or '\r' or '\u2028' or '\u2029'))
                    i++;
            }
            else if (c == '/' && i + 1 < source.Length && source[i + 1] == '*')
            {
                int end = source.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? source.Length : end + 2;
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
        return Math.Min(i, source.Length);
    }
}
