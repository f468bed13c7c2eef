// TypeScript to JavaScript, as TypeScript's own emit does it under isolatedModules (each file on
// its own): the parser already erased the types; this pass writes what has a value at run time.
// Enums and namespaces become the IIFEs TypeScript writes (EnumEmitter, the namespace code here),
// parameter properties become assignments in the constructor (and fields, with
// useDefineForClassFields), `import x = …` and `export = …` become their CommonJS forms, and
// imports used only as types are dropped (TypeScript's import elision; verbatimModuleSyntax
// keeps all but `type` ones). Namespaces and enums are emitted inside out: a namespace renders its
// body after the enums and namespaces in it have been written.

using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Parsing;
using Sharpack.JavaScript.Scopes;

namespace Sharpack.JavaScript.Transforms;

internal sealed partial class TypeScriptLowering : AstVisitor
{
    private readonly EditList _edits;
    private readonly string _source;
    private readonly TypeScriptFacts _facts;
    private readonly ScopeTree _scopes;
    private readonly TransformOptions _options;
    private readonly Dictionary<FunctionNode, List<Identifier>> _parameterProperties = [];
    private readonly EnumEmitter _enums;

    /// <summary>The namespace whose body is being walked, innermost last.</summary>
    private readonly List<NamespaceContext> _namespaces = [];

    private sealed class NamespaceContext(string name, string path, HashSet<int> exportedVariables)
    {
        public readonly string Name = name;
        /// <summary>The names from the program's top down (<c>A.B</c>): a namespace written in several blocks is one.</summary>
        public readonly string Path = path;
        public readonly HashSet<int> ExportedVariables = exportedVariables;
    }

    // What the blocks of each namespace (by path) seen so far export: a later block reads them as `N.x`.
    private readonly Dictionary<string, HashSet<string>> _namespaceExports = new(StringComparer.Ordinal);

    private TypeScriptLowering(EditList edits, TypeScriptFacts facts, ScopeTree scopes, TransformOptions options)
    {
        _edits = edits;
        _source = edits.Source;
        _facts = facts;
        _scopes = scopes;
        _options = options;
        _enums = new EnumEmitter(edits);
        foreach (var property in facts.ParameterProperties)
        {
            if (!_parameterProperties.TryGetValue(property.Constructor, out var names))
                _parameterProperties[property.Constructor] = names = [];
            names.Add(property.Name);
        }
    }

    /// <summary>
    /// The first step, before JSX is lowered: inside namespaces, exported variables become
    /// properties of the namespace object (<c>N.x</c>), in code and in JSX tags (<see cref="JsxRenames"/>).
    /// </summary>
    public static TypeScriptLowering Prepare(Program program, EditList edits, TypeScriptFacts facts, ScopeTree scopes, TransformOptions options)
    {
        var lowering = new TypeScriptLowering(edits, facts, scopes, options);
        ConstEnumInliner.Apply(program, edits);
        lowering.PrepareNamespaces(program.Body, null);
        return lowering;
    }

    /// <summary>JSX tags that name an exported variable of an enclosing namespace, with what they become.</summary>
    public Dictionary<JSXIdentifier, string> JsxRenames { get; } = [];

    /// <summary>
    /// Lowers the rest of the program's TypeScript; imports of <paramref name="jsxNames"/> (the
    /// classic JSX factory's root, which the JSX transform refers to) are kept.
    /// </summary>
    public void Apply(Program program, IReadOnlyCollection<string> jsxNames)
    {
        _program = program;
        VisitStatementList(program.Body, null, topLevel: true);
        ElideImportsAndExports(program, jsxNames);
        AddDecoratorHelpers(program);
    }

    private readonly Dictionary<TSModuleDeclaration, NamespaceContext> _contexts = [];
    private Program? _program;

    private void PrepareNamespaces(Node[] statements, NamespaceContext? parent)
    {
        foreach (var statement in statements)
        {
            if ((statement is ExportNamedDeclaration { Declaration: { } inner } ? inner : statement) is not TSModuleDeclaration { IsInstantiated: true } declaration)
                continue;
            var name = declaration.Id.Name;
            var exportedVariables = new HashSet<int>();
            for (var i = 0; i < declaration.Body.Length; i++)
            {
                if (declaration.Exported[i] && declaration.Body[i] is VariableDeclaration variables)
                    PrepareExportedVariables(variables, exportedVariables);
                else if (declaration.Exported[i] && declaration.Body[i] is TSImportEqualsDeclaration { Id.Symbol: >= 0 } alias)
                    exportedVariables.Add(alias.Id.Symbol);
            }
            var path = parent is null ? name : parent.Path + "." + name;
            var context = new NamespaceContext(name, path, exportedVariables);
            _contexts[declaration] = context;
            _namespaceExports.TryGetValue(path, out var earlierExports);
            if (exportedVariables.Count > 0 || earlierExports is not null)
                new NamespaceReferenceRewriter(_edits, context.Name, exportedVariables, earlierExports, JsxRenames).VisitAll(declaration.Body);
            RecordExports(declaration, path);
            PrepareNamespaces(declaration.Body, context);
        }
    }

    public override void Visit(Node node)
    {
        switch (node.Type)
        {
            case NodeType.BlockStatement:
                VisitStatementList(((BlockStatement)node).Body, null, topLevel: false);
                return;
            case NodeType.StaticBlock:
                VisitStatementList(((StaticBlock)node).Body, null, topLevel: false);
                return;
            case NodeType.SwitchCase:
                {
                    var switchCase = (SwitchCase)node;
                    if (switchCase.Test is { } test)
                        Visit(test);
                    VisitStatementList(switchCase.Consequent, null, topLevel: false);
                    return;
                }
            case NodeType.VariableDeclarator:
                if (node is VariableDeclarator { Id: Identifier variable, Init: ClassExpression { Id: null } initializer } && HasDecorators(initializer))
                    _contextualClassName = variable.Name;
                break;
            case NodeType.ClassExpression when ((ClassNode)node).Decorators is not null && _options.ExperimentalDecorators:
                if (Unsupported is null)
                    Unsupported = (node.Start, "TypeScript's experimentalDecorators apply to class declarations, not to class expressions");
                break;
            case NodeType.ClassExpression when HasDecorators((ClassNode)node) && !_options.ExperimentalDecorators:
                LowerEsDecoratedClass((ClassNode)node, null);
                return;
            case NodeType.ClassDeclaration:
            case NodeType.ClassExpression:
                if (HasDecorators((ClassNode)node) && Unsupported is null)
                    Unsupported = (node.Start, "TypeScript's experimentalDecorators apply to class declarations, not to class expressions");
                if (_facts.AccessorFields.Count > 0)
                    LowerAccessors((ClassNode)node);
                break;
            case NodeType.ClassBody:
                LowerParameterProperties((ClassBody)node);
                break;
        }
        base.Visit(node);
    }

    // ---- statement lists: where enums and namespaces are, and what they merge with ----

    private void VisitStatementList(Node[] statements, bool[]? exported, bool topLevel)
    {
        var namespaceContext = exported is null ? null : _namespaces[^1];
        // Names declared in this list so far: an enum or namespace of such a name merges with it (no second `var`).
        HashSet<string>? declared = null;
        for (var i = 0; i < statements.Length; i++)
        {
            var statement = statements[i];
            var isExported = exported is not null && exported[i];
            var declaration = statement switch
            {
                ExportNamedDeclaration { Declaration: { } inner } => inner,
                ExportDefaultDeclaration { Declaration: ClassDeclaration defaultClass } => defaultClass,
                _ => statement,
            };
            var esmExport = !ReferenceEquals(declaration, statement);
            switch (declaration)
            {
                case TSEnumDeclaration enumDeclaration:
                    {
                        base.Visit(enumDeclaration);
                        declared ??= new HashSet<string>(StringComparer.Ordinal);
                        var needsVar = declared.Add(enumDeclaration.Id.Name);
                        var target = Target(enumDeclaration.Id.Name, isExported ? namespaceContext : null);
                        var code = _enums.Emit(enumDeclaration, DeclarationPrefix(needsVar, esmExport, topLevel, enumDeclaration.Id.Name), target);
                        ReplaceStatement(statement, code);
                        break;
                    }
                case TSModuleDeclaration namespaceDeclaration:
                    {
                        if (!namespaceDeclaration.IsInstantiated)
                        {
                            _edits.Render(statement.Start, statement.End);
                            _edits.Erase(statement.Start, statement.End);
                            break;
                        }
                        declared ??= new HashSet<string>(StringComparer.Ordinal);
                        var needsVar = declared.Add(namespaceDeclaration.Id.Name);
                        LowerNamespace(namespaceDeclaration, statement, isExported ? namespaceContext : null, esmExport, needsVar, topLevel);
                        break;
                    }
                case TSImportEqualsDeclaration importEquals:
                    LowerImportEquals(importEquals, statement, isExported ? namespaceContext : null);
                    break;
                case TSExportAssignment exportAssignment:
                    base.Visit(exportAssignment);
                    _edits.Replace(exportAssignment.Start, exportAssignment.Expression.Start, "module.exports = ");
                    break;
                case ClassDeclaration @class when HasDecorators(@class):
                    if (@class.Id is { } decoratedId)
                        (declared ??= new HashSet<string>(StringComparer.Ordinal)).Add(decoratedId.Name);
                    LowerDecoratedClass(@class, statement);
                    break;
                default:
                    if (declaration is ClassDeclaration { Id: { } classId })
                        (declared ??= new HashSet<string>(StringComparer.Ordinal)).Add(classId.Name);
                    else if (declaration is FunctionDeclaration { Id: { } functionId })
                        (declared ??= new HashSet<string>(StringComparer.Ordinal)).Add(functionId.Name);
                    Visit(statement);
                    if (isExported && namespaceContext is not null)
                        ExportFromNamespace(declaration, namespaceContext);
                    break;
            }
        }
    }

    private static string DeclarationPrefix(bool needsVar, bool esmExport, bool topLevel, string name) =>
        !needsVar ? "" : (esmExport ? "export " : "") + (topLevel ? "var " : "let ") + name + ";\n";

    // `(E || (E = {}))`, or inside a namespace N that exports E: `(E = N.E || (N.E = {}))`.
    private static string Target(string name, NamespaceContext? exportingNamespace) =>
        exportingNamespace is null
            ? $"{name} || ({name} = {{}})"
            : $"{name} = {exportingNamespace.Name}.{name} || ({exportingNamespace.Name}.{name} = {{}})";

    private void ReplaceStatement(Node statement, in Rendered code)
    {
        // Whatever else lay in the statement (an erased `export`) goes with it.
        _edits.Render(statement.Start, statement.End);
        _edits.Replace(statement.Start, statement.End, code);
    }

    // ---- namespaces ----

    private void LowerNamespace(TSModuleDeclaration declaration, Node statement, NamespaceContext? exportingNamespace, bool esmExport, bool needsVar, bool topLevel)
    {
        var name = declaration.Id.Name;
        var context = _contexts[declaration];
        _namespaces.Add(context);
        VisitStatementList(declaration.Body, declaration.Exported, topLevel: false);
        _namespaces.RemoveAt(_namespaces.Count - 1);

        // A dotted name (`namespace A.B { }`) has no braces of its own: its body is the inner declaration.
        var dotted = declaration.Body is [TSModuleDeclaration inner] && !HasBraceBefore(inner.Start, declaration.Id.End);
        int bodyStart, bodyEnd;
        if (dotted)
        {
            bodyStart = declaration.Body[0].Start;
            bodyEnd = declaration.Body[0].End;
        }
        else
        {
            bodyStart = OpenBraceAfter(declaration.Id.End) + 1;
            bodyEnd = declaration.End - 1;
        }
        var body = _edits.Render(bodyStart, bodyEnd);
        var builder = new CodeBuilder();
        builder.Add(DeclarationPrefix(needsVar, esmExport, topLevel, name), declaration.Start);
        builder.Add($"(function ({name}) {{", declaration.Start);
        if (dotted) builder.Add("\n", declaration.Start);
        builder.Add(body);
        if (dotted) builder.Add("\n", declaration.End);
        builder.Add($"}})({Target(name, exportingNamespace)});", declaration.End);
        ReplaceStatement(statement, builder.Build());
    }

    // `export const x = 1, { a } = o` inside a namespace: the names are properties of the namespace
    // object, so the declaration becomes assignments (`N.x = 1, ({ a: N.a } = o)`).
    private void PrepareExportedVariables(VariableDeclaration variables, HashSet<int> symbols)
    {
        _edits.Erase(variables.Start, variables.Declarations[0].Start);
        var identifiers = new List<Identifier>();
        foreach (var declarator in variables.Declarations)
        {
            identifiers.Clear();
            BindingPatterns.Identifiers(declarator.Id, identifiers);
            foreach (var identifier in identifiers)
            {
                if (identifier.Symbol >= 0)
                    symbols.Add(identifier.Symbol);
            }
            if (declarator.Id is not Identifier && declarator.Init is not null)
            {
                _edits.Insert(declarator.Start, "(");
                _edits.Insert(declarator.End, ")");
            }
        }
    }

    private void RecordExports(TSModuleDeclaration declaration, string path)
    {
        if (!_namespaceExports.TryGetValue(path, out var names))
            _namespaceExports[path] = names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < declaration.Body.Length; i++)
        {
            if (!declaration.Exported[i])
                continue;
            switch (declaration.Body[i])
            {
                case VariableDeclaration variables:
                    var identifiers = new List<Identifier>();
                    foreach (var declarator in variables.Declarations)
                        BindingPatterns.Identifiers(declarator.Id, identifiers);
                    foreach (var identifier in identifiers)
                        names.Add(identifier.Name);
                    break;
                case FunctionDeclaration { Id: { } id }: names.Add(id.Name); break;
                case ClassDeclaration { Id: { } id }: names.Add(id.Name); break;
                case TSEnumDeclaration { Id: var id }: names.Add(id.Name); break;
                case TSModuleDeclaration { Id: var id, IsInstantiated: true }: names.Add(id.Name); break;
                case TSImportEqualsDeclaration { Id: var id }: names.Add(id.Name); break;
            }
        }
    }

    private void ExportFromNamespace(Node declaration, NamespaceContext context)
    {
        var id = declaration switch
        {
            FunctionDeclaration function => function.Id,
            ClassDeclaration @class => @class.Id,
            _ => null,
        };
        if (id is not null)
            _edits.Insert(declaration.End, $"\n{context.Name}.{id.Name} = {id.Name};");
    }

    private bool HasBraceBefore(int position, int from) => _source.AsSpan(from, position - from).Contains('{');

    private int OpenBraceAfter(int position)
    {
        var i = position;
        while (i < _source.Length)
        {
            var c = _source[i];
            if (c == '{')
                return i;
            if (c == '/' && i + 1 < _source.Length && _source[i + 1] == '/')
            {
                while (i < _source.Length && _source[i] is not ('\n' or '\r'))
                    i++;
                continue;
            }
            if (c == '/' && i + 1 < _source.Length && _source[i + 1] == '*')
            {
                var close = _source.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = close < 0 ? _source.Length : close + 2;
                continue;
            }
            i++;
        }
        throw new InvalidOperationException("A namespace without a body.");
    }

    // ---- import x = …, parameter properties ----

    private void LowerImportEquals(TSImportEqualsDeclaration declaration, Node statement, NamespaceContext? exportingNamespace)
    {
        var name = declaration.Id.Name;
        var used = declaration.Id.Symbol < 0 || _scopes.GetSymbol(declaration.Id.Symbol).ReferenceCount > 0
            || declaration.IsExport || exportingNamespace is not null || _options.VerbatimModuleSyntax;
        if (!used)
        {
            ReplaceStatement(statement, Rendered.Empty);
            return;
        }
        Visit(declaration.ModuleReference);
        var value = declaration.ModuleReference is Literal literal
            ? "require(" + _source[literal.Start..literal.End] + ")"
            : _edits.Render(declaration.ModuleReference.Start, declaration.ModuleReference.End).Text;
        string code;
        if (exportingNamespace is not null)
            code = $"{exportingNamespace.Name}.{name} = {value};";
        else if (declaration.ModuleReference is Literal)
            code = (declaration.IsExport ? "export " : "") + $"const {name} = {value};";
        else
            code = (declaration.IsExport ? "export " : "") + $"var {name} = {value};";
        ReplaceStatement(statement, new Rendered(code, [new TransformSegment(0, statement.Start, Copied: false)]));
    }

    private void LowerParameterProperties(ClassBody body)
    {
        foreach (var element in body.Body)
        {
            if (element is not MethodDefinition { Kind: MethodKind.Constructor } constructor
                || !_parameterProperties.TryGetValue(constructor.Value, out var names))
                continue;
            var function = constructor.Value;
            var block = (BlockStatement)function.Body;
            // After `super(…)` when the constructor calls it (TypeScript looks into try blocks too);
            // else after the directives.
            var position = SuperCallEnd(block);
            if (position < 0)
            {
                position = block.Start + 1;
                foreach (var statement in block.Body)
                {
                    if (statement is not ExpressionStatement { Directive: not null })
                        break;
                    position = statement.End;
                }
            }
            var assignments = new System.Text.StringBuilder();
            // After a statement that ended by ASI (`super()` then a newline), the first assignment
            // must not continue it on the same line.
            if (_source[position - 1] is not (';' or '{' or '}'))
                assignments.Append(';');
            foreach (var name in names)
                assignments.Append(" this.").Append(name.Name).Append(" = ").Append(name.Name).Append(';');
            _edits.Insert(position, assignments.ToString());
            if (_options.UseDefineForClassFields)
            {
                var fields = new System.Text.StringBuilder();
                foreach (var name in names)
                    fields.Append(' ').Append(name.Name).Append(';');
                _edits.Insert(body.Start + 1, fields.ToString());
            }
        }
    }

    // `accessor x = v` becomes what TypeScript writes for ES2022: private storage and a getter/setter
    // pair (`#x_accessor_storage = v; get x() { … } set x(value) { … }`); a static one reads the class.
    private void LowerAccessors(ClassNode @class)
    {
        foreach (var element in @class.Body.Body)
        {
            if (element is not PropertyDefinition field || !_facts.AccessorFields.Contains(field))
                continue;
            var name = field.Key switch
            {
                Identifier identifier => identifier.Name,
                PrivateIdentifier privateName => privateName.Name,
                Literal literal => literal.StringValue ?? JsNumber.ToString(literal.NumberValue),
                _ => "accessor",
            };
            var storage = "#" + (IsIdentifierLike(name) ? name : "accessor") + "_accessor_storage";
            var key = field.Key is PrivateIdentifier ? "#" + name : _source[field.Key.Start..field.Key.End];
            var owner = field.Static && @class.Id is { } id ? id.Name : "this";
            var prefix = field.Static ? "static " : "";
            var builder = new CodeBuilder();
            builder.Add(prefix + storage, field.Start);
            if (_accessorInitializers.Remove(field, out var decorated))
                builder.Add(" = ", field.Start).Add(decorated);
            else if (field.Value is { } value)
                builder.Add(" = ", field.Start).Add(_edits.RenderExpression(value));
            if (_privateAccessorDescriptors.Remove(field, out var descriptor))
                builder.Add($"; {prefix}get {key}() {{ return {descriptor}.get.call(this); }} {prefix}set {key}(value) {{ return {descriptor}.set.call(this, value); }}", field.Start);
            else
                builder.Add($"; {prefix}get {key}() {{ return {owner}.{storage}; }} {prefix}set {key}(value) {{ {owner}.{storage} = value; }}", field.Start);
            _edits.Render(field.Start, field.End);
            _edits.Replace(field.Start, field.End, builder.Build());
        }
    }

    private static bool IsIdentifierLike(string name)
    {
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('_' or '$'))
                return false;
        }
        return name.Length > 0;
    }

    private static int SuperCallEnd(BlockStatement block)
    {
        foreach (var statement in block.Body)
        {
            if (statement is ExpressionStatement { Expression: CallExpression { Callee: Super } })
                return statement.End;
            if (statement is TryStatement attempt && SuperCallEnd(attempt.Block) is >= 0 and var inTry)
                return inTry;
        }
        return -1;
    }

    // ---- import elision and type-only exports ----

    private void ElideImportsAndExports(Program program, IReadOnlyCollection<string> jsxNames)
    {
        var hadModuleSyntax = false;
        var keepsModuleSyntax = false;
        foreach (var statement in program.Body)
        {
            switch (statement)
            {
                case ImportDeclaration import:
                    hadModuleSyntax = true;
                    keepsModuleSyntax |= LowerImport(import, jsxNames);
                    break;
                case ExportNamedDeclaration { Declaration: TSModuleDeclaration { IsInstantiated: false } }:
                    // Erased with its namespace of types.
                    hadModuleSyntax = true;
                    break;
                case ExportDefaultDeclaration { Declaration: ClassDeclaration @class } when HasDecorators(@class):
                    keepsModuleSyntax = hadModuleSyntax = true;
                    break;
                case ExportNamedDeclaration { Declaration: null } named:
                    hadModuleSyntax = true;
                    keepsModuleSyntax |= LowerLocalExport(named);
                    break;
                case ExportDefaultDeclaration { Declaration: Identifier { Symbol: < 0 } name } when _facts.TypeNames.Contains(name.Name):
                    hadModuleSyntax = true;
                    _edits.Render(statement.Start, statement.End);
                    _edits.Erase(statement.Start, statement.End);
                    break;
                case ExportNamedDeclaration or ExportDefaultDeclaration or ExportAllDeclaration:
                    hadModuleSyntax = keepsModuleSyntax = true;
                    break;
                case EmptyStatement when IsErasedModuleSyntax(statement):
                    hadModuleSyntax = true;
                    break;
            }
        }
        // TypeScript keeps a module a module: `export {};` when nothing of its import/export syntax is left.
        if (hadModuleSyntax && !keepsModuleSyntax && program.IsModule)
            _edits.Insert(_source.Length, (_source.Length > 0 && _source[^1] != '\n' ? "\n" : "") + "export {};\n");
    }

    private bool IsErasedModuleSyntax(Node statement) =>
        _source.AsSpan(statement.Start).StartsWith("import") || _source.AsSpan(statement.Start).StartsWith("export");

    /// <summary>Drops the specifiers only types use; true when the import stays.</summary>
    private bool LowerImport(ImportDeclaration import, IReadOnlyCollection<string> jsxNames)
    {
        var rewritten = _facts.RewrittenClauses.Contains(import);
        if (import.Specifiers.Length == 0 && !rewritten)
            return true;
        var kept = new List<Node>(import.Specifiers.Length);
        foreach (var specifier in import.Specifiers)
        {
            var local = specifier switch
            {
                ImportSpecifier named => named.Local,
                ImportDefaultSpecifier byDefault => byDefault.Local,
                _ => ((ImportNamespaceSpecifier)specifier).Local,
            };
            if (_options.VerbatimModuleSyntax || IsUsed(local) || jsxNames.Contains(local.Name) || MetadataNames.Contains(local.Name))
                kept.Add(specifier);
        }
        if (kept.Count == import.Specifiers.Length && !rewritten)
            return true;
        if (kept.Count == 0 && !_options.VerbatimModuleSyntax)
        {
            _edits.Erase(import.Start, import.End);
            return false;
        }
        var code = new System.Text.StringBuilder("import ");
        var namedSpecifiers = new List<string>();
        var first = true;
        foreach (var specifier in kept)
        {
            var text = _source[specifier.Start..specifier.End];
            if (specifier is ImportSpecifier)
            {
                namedSpecifiers.Add(text);
                continue;
            }
            if (!first) code.Append(", ");
            code.Append(text);
            first = false;
        }
        if (namedSpecifiers.Count > 0 || kept.Count == 0)
        {
            if (!first) code.Append(", ");
            code.Append("{ ").Append(string.Join(", ", namedSpecifiers)).Append(namedSpecifiers.Count > 0 ? " }" : "}");
        }
        code.Append(" from ").Append(_source[import.Source.Start..import.End]);
        _edits.Replace(import.Start, import.End, code.ToString());
        return true;
    }

    private bool IsUsed(Identifier local) => local.Symbol >= 0 && _scopes.GetSymbol(local.Symbol).ReferenceCount > 0;

    /// <summary>Drops <c>export { T }</c> of a type; true when the export stays.</summary>
    private bool LowerLocalExport(ExportNamedDeclaration named)
    {
        var rewritten = _facts.RewrittenClauses.Contains(named);
        var kept = new List<ExportSpecifier>(named.Specifiers.Length);
        foreach (var specifier in named.Specifiers)
        {
            if (named.Source is null && specifier.Local is Identifier { Symbol: < 0 } local && _facts.TypeNames.Contains(local.Name))
                continue;
            kept.Add(specifier);
        }
        if (kept.Count == named.Specifiers.Length && !rewritten)
            return true;
        if (kept.Count == 0 && named.Specifiers.Length + (rewritten ? 1 : 0) > 0)
        {
            _edits.Erase(named.Start, named.End);
            return false;
        }
        var code = new System.Text.StringBuilder("export { ");
        for (var i = 0; i < kept.Count; i++)
        {
            if (i > 0) code.Append(", ");
            code.Append(_source, kept[i].Start, kept[i].End - kept[i].Start);
        }
        code.Append(" }");
        if (named.Source is not null)
            code.Append(" from ").Append(_source[named.Source.Start..named.End]);
        else
            code.Append(';');
        _edits.Replace(named.Start, named.End, code.ToString());
        return true;
    }

    /// <summary>Inside a namespace: its exported variables are read and written as properties of the namespace object.</summary>
    private sealed class NamespaceReferenceRewriter(EditList edits, string name, HashSet<int> symbols, HashSet<string>? earlierExports,
        Dictionary<JSXIdentifier, string> jsxRenames) : AstVisitor
    {
        private bool Rewrites(Identifier identifier) => Rewrites(identifier.Symbol, identifier.Name);

        private bool Rewrites(int symbol, string identifierName) =>
            symbol >= 0 ? symbols.Contains(symbol) : earlierExports is not null && earlierExports.Contains(identifierName);

        public void VisitAll(Node[] nodes)
        {
            foreach (var node in nodes)
                Visit(node);
        }

        public override void Visit(Node node)
        {
            switch (node)
            {
                case Identifier identifier when Rewrites(identifier):
                    edits.Replace(identifier.Start, identifier.End, $"{name}.{identifier.Name}");
                    return;
                case JSXOpeningElement opening:
                    {
                        var head = opening.Name;
                        while (head is JSXMemberExpression member)
                            head = member.Object;
                        if (head is JSXIdentifier tag && (tag.Symbol >= 0 || char.IsAsciiLetterUpper(tag.Name[0]) || !ReferenceEquals(head, opening.Name))
                            && Rewrites(tag.Symbol, tag.Name))
                            jsxRenames[tag] = $"{name}.{tag.Name}";
                        foreach (var attribute in opening.Attributes)
                            Visit(attribute);
                        return;
                    }
                case Property { Shorthand: true } property:
                    {
                        var value = property.Value is AssignmentPattern pattern ? pattern.Left : property.Value;
                        if (value is Identifier shorthand && Rewrites(shorthand))
                            edits.Insert(property.Start, shorthand.Name + ": ");
                        Visit(property.Value);
                        return;
                    }
                case Property { Computed: false } property:
                    Visit(property.Value);
                    return;
                case MemberExpression { Computed: false } member:
                    Visit(member.Object);
                    return;
                case MethodDefinition { Computed: false } method:
                    Visit(method.Value);
                    return;
                case PropertyDefinition { Computed: false } field:
                    if (field.Value is { } value2)
                        Visit(value2);
                    return;
            }
            base.Visit(node);
        }
    }
}
