// Walks a parsed module once and turns what webpack's JavascriptParser hooks would see into
// dependencies: ESM imports/exports (HarmonyDetection, HarmonyImport/Export plugins), CommonJS
// require (CommonJsPlugin), import() (ImportParserPlugin, eager until code splitting), and the
// free variables webpack rewrites (APIPlugin, NodeStuffPlugin, DefinePlugin, ConstPlugin).

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Options;
using Sharpack.Core.Runtime;
using Sharpack.Core.Stats;
using Sharpack.JavaScript;
using Sharpack.JavaScript.Ast;
using Sharpack.Plugins.JavaScript.Dependencies.CommonJs;
using Sharpack.Plugins.JavaScript.Dependencies.Esm;
using Sharpack.Plugins.JavaScript.Dependencies.Misc;

namespace Sharpack.Plugins.JavaScript;

/// <summary>Collects a module's dependencies from its syntax tree.</summary>
public sealed class DependencyCollector : AstVisitor
{
    private readonly JavaScriptModule _module;
    private readonly string _source;
    private readonly SharpackOptions _options;
    private readonly CollectedModule _result = new();
    private readonly Dictionary<int, (EsmImportSideEffectDependency Import, string? Name)> _importBindings = [];
    private readonly Dictionary<string, EsmImportSideEffectDependency> _importsByRequest = new(StringComparer.Ordinal);
    private readonly EsmExportsDependency _exports = new();
    private readonly Dictionary<string, string> _defines;
    private int _thisDepth;
    private Identifier? _calleeIdentifier;

    private DependencyCollector(JavaScriptModule module, string source, SharpackOptions options)
    {
        _module = module;
        _source = source;
        _options = options;
        _defines = new Dictionary<string, string>(options.Define, StringComparer.Ordinal);
        if (options.Optimization.NodeEnv is { } nodeEnv && !_defines.ContainsKey("process.env.NODE_ENV"))
            _defines["process.env.NODE_ENV"] = CodeGenerationContext.JsonString(nodeEnv);
    }

    /// <summary>Collects the dependencies of <paramref name="module"/>.</summary>
    public static CollectedModule Collect(JavaScriptModule module, ParseResult parse, SharpackOptions options, bool forceEsm)
    {
        var collector = new DependencyCollector(module, parse.Source, options);
        var program = parse.Program!;
        collector._result.IsEsm = forceEsm;
        collector._result.IsStrictByDirective = program.Body.Length > 0 && program.Body[0] is ExpressionStatement { Directive: "use strict" };
        collector.RegisterImports(program);
        collector.Visit(program);
        if (collector._result.IsEsm)
        {
            collector._result.Dependencies.Add(collector._exports);
            collector._result.ExportNames.AddRange(collector._exports.Exports.Keys);
        }
        return collector._result;
    }

    private void Add(Sharpack.Core.ModuleGraph.Dependency dependency) => _result.Dependencies.Add(dependency);

    private void Replace(int start, int end, string code, RuntimeGlobals requirements = RuntimeGlobals.None) =>
        Add(new ReplaceDependency(code, requirements) { Start = start, End = end });

    // Imports are hoisted: bind every import before walking, so uses above them resolve too.
    private void RegisterImports(Program program)
    {
        foreach (var statement in program.Body)
        {
            switch (statement)
            {
                case ImportDeclaration import:
                    {
                        _result.IsEsm = true;
                        var dependency = ImportFor(import.Source.StringValue!);
                        dependency.StatementRanges.Add((import.Start, import.End));
                        foreach (var specifier in import.Specifiers)
                        {
                            switch (specifier)
                            {
                                case ImportSpecifier named:
                                    _importBindings[named.Local.Symbol] = (dependency, ModuleExportName(named.Imported));
                                    break;
                                case ImportDefaultSpecifier defaultSpecifier:
                                    _importBindings[defaultSpecifier.Local.Symbol] = (dependency, "default");
                                    break;
                                case ImportNamespaceSpecifier ns:
                                    _importBindings[ns.Local.Symbol] = (dependency, null);
                                    break;
                            }
                        }
                        break;
                    }
                case ExportNamedDeclaration or ExportDefaultDeclaration or ExportAllDeclaration:
                    _result.IsEsm = true;
                    break;
            }
        }
    }

    private EsmImportSideEffectDependency ImportFor(string request)
    {
        if (_importsByRequest.TryGetValue(request, out var existing))
            return existing;
        var index = _importsByRequest.Count;
        var variable = ToIdentifier(request) + "__WEBPACK_IMPORTED_MODULE_" + index + "__";
        var dependency = new EsmImportSideEffectDependency(request, index, variable);
        _importsByRequest.Add(request, dependency);
        Add(dependency);
        return dependency;
    }

    private static string ModuleExportName(Node name) => name is Identifier identifier ? identifier.Name : ((Literal)name).StringValue!;

    /// <summary>webpack's Template.toIdentifier: a readable variable name from a request.</summary>
    private static string ToIdentifier(string request)
    {
        var builder = new System.Text.StringBuilder(request.Length + 1);
        var lastWasSeparator = false;
        for (var i = 0; i < request.Length; i++)
        {
            var c = request[i];
            var valid = char.IsAsciiLetterOrDigit(c) || c == '$' || (c == '_' && i == 0);
            if (i == 0 && !(char.IsAsciiLetter(c) || c is '$' or '_'))
            {
                builder.Append('_');
                lastWasSeparator = true;
                continue;
            }
            if (valid || c == '_')
            {
                builder.Append(c);
                lastWasSeparator = false;
            }
            else if (!lastWasSeparator)
            {
                builder.Append('_');
                lastWasSeparator = true;
            }
        }
        return builder.ToString();
    }

    /// <inheritdoc />
    public override void Visit(Node node)
    {
        switch (node)
        {
            case ImportDeclaration:
                return;
            case ExportNamedDeclaration export:
                VisitExportNamed(export);
                return;
            case ExportDefaultDeclaration exportDefault:
                VisitExportDefault(exportDefault);
                return;
            case ExportAllDeclaration exportAll:
                VisitExportAll(exportAll);
                return;
            case Identifier identifier:
                VisitIdentifier(identifier);
                return;
            case ThisExpression thisExpression:
                if (_thisDepth == 0)
                {
                    if (_result.IsEsm) Replace(thisExpression.Start, thisExpression.End, "undefined");
                    else
                    {
                        _result.UsesThis = true;
                        _result.RuntimeRequirements |= RuntimeGlobals.ThisAsExports;
                    }
                }
                return;
            case MemberExpression member:
                VisitMember(member);
                return;
            case CallExpression call:
                VisitCall(call);
                return;
            case ImportExpression import:
                VisitImportExpression(import);
                return;
            case UnaryExpression { Operator: Operator.Typeof, Argument: Identifier { Symbol: -1 } argument } unary:
                {
                    var replacement = argument.Name switch
                    {
                        "require" or "__webpack_require__" => "\"function\"",
                        "module" or "exports" when !_result.IsEsm => "\"object\"",
                        _ => null,
                    };
                    if (replacement is not null) Replace(unary.Start, unary.End, replacement);
                    else base.Visit(node);
                    return;
                }
            case Property property:
                if (property.Shorthand && property.Value is Identifier value && value.Symbol >= 0 && _importBindings.TryGetValue(value.Symbol, out var binding))
                {
                    Add(new EsmImportSpecifierDependency(binding.Import, binding.Name, isCall: false, shorthandKey: value.Name) { Start = value.Start, End = value.End });
                    return;
                }
                if (property.Computed) Visit(property.Key);
                Visit(property.Value);
                return;
            case MethodDefinition method:
                if (method.Computed) Visit(method.Key);
                _thisDepth++;
                Visit(method.Value);
                _thisDepth--;
                return;
            case PropertyDefinition field:
                if (field.Computed) Visit(field.Key);
                if (field.Value is not null)
                {
                    _thisDepth++;
                    Visit(field.Value);
                    _thisDepth--;
                }
                return;
            case StaticBlock:
            case FunctionDeclaration:
            case FunctionExpression:
                _thisDepth++;
                base.Visit(node);
                _thisDepth--;
                return;
            case LabeledStatement labeled:
                Visit(labeled.Body);
                return;
            case BreakStatement or ContinueStatement:
                return;
            case MetaProperty meta:
                VisitMetaProperty(meta, meta.Start, meta.End, null);
                return;
            default:
                base.Visit(node);
                return;
        }
    }

    private void VisitExportNamed(ExportNamedDeclaration export)
    {
        if (export.Declaration is { } declaration)
        {
            // `export const a = 1` → `const a = 1`, with a getter for each declared name.
            Replace(export.Start, declaration.Start, "");
            switch (declaration)
            {
                case VariableDeclaration variables:
                    foreach (var declarator in variables.Declarations)
                        foreach (var name in BoundNames(declarator.Id))
                            _exports.Exports[name] = new ExportSource(name);
                    break;
                case FunctionDeclaration { Id: { } id }:
                    _exports.Exports[id.Name] = new ExportSource(id.Name);
                    break;
                case ClassDeclaration { Id: { } classId }:
                    _exports.Exports[classId.Name] = new ExportSource(classId.Name);
                    break;
            }
            Visit(declaration);
            return;
        }
        if (export.Source is { } source)
        {
            var import = ImportFor(source.StringValue!);
            import.StatementRanges.Add((export.Start, export.End));
            foreach (var specifier in export.Specifiers)
            {
                var importName = ModuleExportName(specifier.Local);
                _exports.Exports[ModuleExportName(specifier.Exported)] = new ExportSource(null, import, importName);
            }
            return;
        }
        Replace(export.Start, export.End, "");
        foreach (var specifier in export.Specifiers)
        {
            var local = (Identifier)specifier.Local;
            var exportedName = ModuleExportName(specifier.Exported);
            if (local.Symbol >= 0 && _importBindings.TryGetValue(local.Symbol, out var binding))
                _exports.Exports[exportedName] = new ExportSource(null, binding.Import, binding.Name);
            else
                _exports.Exports[exportedName] = new ExportSource(local.Name);
        }
    }

    private void VisitExportDefault(ExportDefaultDeclaration export)
    {
        const string DefaultName = "__WEBPACK_DEFAULT_EXPORT__";
        switch (export.Declaration)
        {
            case FunctionDeclaration { Id: { } id } function:
                Replace(export.Start, function.Start, "/* harmony default export */ ");
                _exports.Exports["default"] = new ExportSource(id.Name);
                Visit(function);
                return;
            case ClassDeclaration { Id: { } classId } classDeclaration:
                Replace(export.Start, classDeclaration.Start, "/* harmony default export */ ");
                _exports.Exports["default"] = new ExportSource(classId.Name);
                Visit(classDeclaration);
                return;
            case FunctionDeclaration anonymousFunction:
                Replace(export.Start, anonymousFunction.Start, "/* harmony default export */ ");
                Replace(NameInsertionPoint(anonymousFunction), NameInsertionPoint(anonymousFunction), " " + DefaultName);
                _exports.Exports["default"] = new ExportSource(DefaultName);
                Visit(anonymousFunction);
                return;
            case ClassDeclaration anonymousClass:
                Replace(export.Start, anonymousClass.Start, "/* harmony default export */ ");
                Replace(anonymousClass.Start + 5, anonymousClass.Start + 5, " " + DefaultName);
                _exports.Exports["default"] = new ExportSource(DefaultName);
                Visit(anonymousClass);
                return;
            default:
                {
                    var expression = export.Declaration;
                    Replace(export.Start, expression.Start, $"/* harmony default export */ const {DefaultName} = (");
                    Visit(expression);
                    Replace(expression.End, export.End, ");");
                    _exports.Exports["default"] = new ExportSource(DefaultName);
                    return;
                }
        }
    }

    // After `function` (and `*`): where an anonymous default-exported function gets its name.
    private int NameInsertionPoint(FunctionDeclaration function)
    {
        var keyword = _source.IndexOf("function", function.Start, StringComparison.Ordinal);
        var position = keyword + "function".Length;
        if (function.IsGenerator)
            position = _source.IndexOf('*', position) + 1;
        return position;
    }

    private void VisitExportAll(ExportAllDeclaration export)
    {
        var import = ImportFor(export.Source.StringValue!);
        import.StatementRanges.Add((export.Start, export.End));
        if (export.Exported is { } exported)
            _exports.Exports[ModuleExportName(exported)] = new ExportSource(null, import, null);
        else
            Add(new EsmExportStarDependency(import, _exports) { Start = export.Start, End = export.End });
    }

    private void VisitIdentifier(Identifier identifier)
    {
        if (identifier.Symbol >= 0)
        {
            if (_importBindings.TryGetValue(identifier.Symbol, out var binding))
            {
                var isCall = ReferenceEquals(_calleeIdentifier, identifier);
                Add(new EsmImportSpecifierDependency(binding.Import, binding.Name, isCall, shorthandKey: null) { Start = identifier.Start, End = identifier.End });
            }
            return;
        }
        if (_defines.TryGetValue(identifier.Name, out var defined))
        {
            Replace(identifier.Start, identifier.End, defined);
            return;
        }
        switch (identifier.Name)
        {
            case "module":
                if (!_result.IsEsm) _result.RuntimeRequirements |= RuntimeGlobals.Module;
                break;
            case "exports":
                if (!_result.IsEsm) _result.RuntimeRequirements |= RuntimeGlobals.Exports;
                break;
            case "__webpack_require__":
                _result.RuntimeRequirements |= RuntimeGlobals.Require;
                break;
            case "__webpack_public_path__":
                Replace(identifier.Start, identifier.End, "__webpack_require__.p", RuntimeGlobals.PublicPath);
                break;
            case "__webpack_hash__":
                Replace(identifier.Start, identifier.End, "__webpack_require__.h()", RuntimeGlobals.GetFullHash);
                break;
            case "__filename":
                ReplaceNodeGlobal(identifier, _options.Node.Filename, "/index.js");
                break;
            case "__dirname":
                ReplaceNodeGlobal(identifier, _options.Node.Dirname, "/");
                break;
        }
    }

    private void ReplaceNodeGlobal(Identifier identifier, string? mode, string mock)
    {
        switch (mode)
        {
            case "mock":
            case "warn-mock":
                Replace(identifier.Start, identifier.End, CodeGenerationContext.JsonString(mock));
                break;
            case "node-module":
                var path = _module.Resource;
                var value = identifier.Name == "__dirname" ? Path.GetDirectoryName(path) ?? "/" : path;
                Replace(identifier.Start, identifier.End, CodeGenerationContext.JsonString(Path.GetRelativePath(_options.Context, value).Replace('\\', '/')));
                break;
        }
    }

    private void VisitMember(MemberExpression member)
    {
        // A dotted path rooted at a free variable or import.meta: defines, process.env.NODE_ENV,
        // module.hot, import.meta.url.
        if (!member.Computed && DottedPath(member) is { } path)
        {
            if (_defines.TryGetValue(path, out var defined))
            {
                Replace(member.Start, member.End, defined);
                return;
            }
            if (path is "module.hot" && !_result.IsEsm)
            {
                Replace(member.Start, member.End, "undefined");
                return;
            }
            if (path is "module.id")
                _result.RuntimeRequirements |= RuntimeGlobals.ModuleId;
            if (path is "module.loaded")
                _result.RuntimeRequirements |= RuntimeGlobals.ModuleLoaded;
            if (member.Object is MetaProperty meta && VisitMetaProperty(meta, member.Start, member.End, ((Identifier)member.Property).Name))
                return;
        }
        Visit(member.Object);
        if (member.Computed)
            Visit(member.Property);
    }

    /// <summary>Handles import.meta (and import.meta.x when <paramref name="property"/> is set); true if replaced.</summary>
    private bool VisitMetaProperty(MetaProperty meta, int start, int end, string? property)
    {
        if (meta.Meta.Name != "import")
            return false;
        switch (property)
        {
            case "url":
                Replace(start, end, CodeGenerationContext.JsonString(new Uri(_module.Resource).AbsoluteUri));
                return true;
            case "webpack":
                Replace(start, end, "5");
                return true;
            case "webpackHot":
                Replace(start, end, "undefined");
                return true;
            case null:
                Replace(start, end, "({ url: " + CodeGenerationContext.JsonString(new Uri(_module.Resource).AbsoluteUri) + " })");
                return true;
            default:
                return false;
        }
    }

    private static string? DottedPath(MemberExpression member)
    {
        var parts = new List<string>();
        Node current = member;
        while (current is MemberExpression { Computed: false, Property: Identifier property } m)
        {
            parts.Add(property.Name);
            current = m.Object;
        }
        switch (current)
        {
            case Identifier { Symbol: -1 } root:
                parts.Add(root.Name);
                break;
            case MetaProperty meta:
                parts.Add(meta.Meta.Name + "." + meta.Property.Name);
                break;
            default:
                return null;
        }
        parts.Reverse();
        return string.Join('.', parts);
    }

    private void VisitCall(CallExpression call)
    {
        if (call.Callee is Identifier { Symbol: -1, Name: "require" } && call.Arguments.Length == 1 && StaticString(call.Arguments[0]) is { } request)
        {
            Add(new CommonJsRequireDependency(request) { Start = call.Start, End = call.End });
            return;
        }
        if (call.Callee is MemberExpression { Computed: false, Object: Identifier { Symbol: -1, Name: "require" }, Property: Identifier { Name: "resolve" } }
            && call.Arguments.Length == 1 && StaticString(call.Arguments[0]) is { } resolveRequest)
        {
            Add(new RequireResolveDependency(resolveRequest) { Start = call.Start, End = call.End });
            return;
        }
        if (call.Callee is Identifier callee)
        {
            _calleeIdentifier = callee;
            Visit(callee);
            _calleeIdentifier = null;
        }
        else
        {
            Visit(call.Callee);
        }
        foreach (var argument in call.Arguments)
            Visit(argument);
    }

    private void VisitImportExpression(ImportExpression import)
    {
        if (StaticString(import.Source) is { } request)
        {
            Add(new ImportEagerDependency(request) { Start = import.Start, End = import.End });
            if (import.Options is not null) Visit(import.Options);
            return;
        }
        _result.Warnings.Add(Warning(import.Start, "Critical dependency: the request of a dependency is an expression (import() of an expression is not supported yet)"));
        base.Visit(import);
    }

    private BuildDiagnostic Warning(int offset, string message)
    {
        var (line, column, frame) = _module.Locate(offset);
        return new BuildDiagnostic(message, _module.ReadableName, line, column, frame) { IsWarning = true };
    }

    private static string? StaticString(Node node) => node switch
    {
        Literal { Kind: LiteralKind.String } literal => literal.StringValue,
        TemplateLiteral { Expressions.Length: 0 } template => template.Quasis[0].Cooked,
        _ => null,
    };

    private static IEnumerable<string> BoundNames(Node pattern)
    {
        switch (pattern)
        {
            case Identifier identifier:
                yield return identifier.Name;
                break;
            case ObjectPattern obj:
                foreach (var property in obj.Properties)
                {
                    var target = property is Property p ? p.Value : ((RestElement)property).Argument;
                    foreach (var name in BoundNames(target)) yield return name;
                }
                break;
            case ArrayPattern array:
                foreach (var element in array.Elements)
                {
                    if (element is null) continue;
                    foreach (var name in BoundNames(element)) yield return name;
                }
                break;
            case AssignmentPattern assignment:
                foreach (var name in BoundNames(assignment.Left)) yield return name;
                break;
            case RestElement rest:
                foreach (var name in BoundNames(rest.Argument)) yield return name;
                break;
        }
    }
}
