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
using Sharpack.Plugins.JavaScript.Dependencies.Amd;
using Sharpack.Plugins.JavaScript.Dependencies.CommonJs;
using Sharpack.Plugins.JavaScript.Dependencies.Context;
using Sharpack.Plugins.JavaScript.Dependencies.Esm;
using Sharpack.Plugins.JavaScript.Dependencies.Misc;

namespace Sharpack.Plugins.JavaScript;

/// <summary>Collects a module's dependencies from its syntax tree.</summary>
public sealed class DependencyCollector : AstVisitor
{
    private readonly JavaScriptModule _module;
    private readonly string _source;
    private readonly SharpackOptions _options;
    private readonly JavascriptParserOptions _parser;
    private readonly CollectedModule _result = new();
    private readonly Dictionary<int, (EsmImportSideEffectDependency Import, string? Name)> _importBindings = [];
    private readonly Dictionary<string, EsmImportSideEffectDependency> _importsByRequest = new(StringComparer.Ordinal);
    private readonly EsmExportsDependency _exports = new();
    private readonly JavascriptParserExtensions.Snapshot _defines;
    private readonly IReadOnlyList<int> _asiPositions;
    private HashSet<int>? _asiPositionSet;
    private readonly bool _commonJs;
    private readonly bool _amd;
    private readonly HashSet<int> _requireAliases = [];
    private readonly Dictionary<string, string> _localModules = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<Comment> _comments;
    private Sharpack.Core.ModuleGraph.AsyncDependenciesBlock? _currentBlock;
    private int _thisDepth;
    private int _functionDepth;

    // webpack's parser.scope.inTry: directly inside a try block (not its catch or finally, and not
    // in a function declared there). require(), import() and contexts made there are optional: a
    // module they cannot find is a warning, and the code throws MODULE_NOT_FOUND where it runs.
    private bool _inTry;
    private Identifier? _calleeIdentifier;
    private readonly Sharpack.JavaScript.Scopes.ScopeTree? _scopes;

    private DependencyCollector(JavaScriptModule module, ParseResult parse, SharpackOptions options, JavascriptParserExtensions? extensions)
    {
        _module = module;
        _source = parse.Source;
        _options = options;
        _asiPositions = parse.AsiPositions;
        _scopes = parse.Scopes;
        _comments = parse.Comments;
        _parser = module.ParserOptions ?? JavascriptParserOptions.Default with { Node = options.Node };
        // Strict ES modules (javascript/esm) get no CommonJS and no AMD: require, module and define
        // stay free variables, as they do when the parser options switch those plugins off.
        _commonJs = !module.IsStrictEsm && _parser.Commonjs;
        _amd = !module.IsStrictEsm && _parser.Amd;
        // The free names (and dotted paths) DefinePlugin replaces and ProvidePlugin provides: the
        // same for every module, so built once (PERF: a copy per module was a dictionary per module).
        _defines = extensions?.Current ?? JavascriptParserExtensions.ForOptions(options);
    }

    // PERF: most modules have no ASI position, or a few: a scan beats a set built per module.
    private bool IsAsiPosition(int position)
    {
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

    /// <summary>Collects the dependencies of <paramref name="module"/>.</summary>
    public static CollectedModule Collect(JavaScriptModule module, ParseResult parse, SharpackOptions options, bool forceEsm, JavascriptParserExtensions? extensions = null)
    {
        var collector = new DependencyCollector(module, parse, options, extensions);
        var program = parse.Program!;
        // harmony: false turns off ES module detection too (HarmonyDetectionParserPlugin).
        collector._result.IsEsm = forceEsm && collector._parser.Harmony;
        collector._result.IsStrictByDirective = program.Body.Length > 0 && program.Body[0] is ExpressionStatement { Directive: "use strict" };
        if (parse.Source.StartsWith("#!", StringComparison.Ordinal))
        {
            // A hashbang is only valid at the start of a file; inside a bundle it is a syntax error.
            var lineEnd = parse.Source.AsSpan().IndexOfAny('\n', '\r');
            collector.Replace(0, lineEnd < 0 ? parse.Source.Length : lineEnd, "");
        }
        if (collector._parser.Harmony)
            collector.RegisterImports(program);
        collector.Visit(program);
        if (collector._result.IsEsm)
        {
            collector._result.Dependencies.Add(collector._exports);
            collector._result.ExportNames.AddRange(collector._exports.Exports.Keys);
            // Each re-exported name connects to its module, so exports analysis follows it there.
            foreach (var (name, source) in collector._exports.Exports)
            {
                if (source.Import is { } import)
                    collector._result.Dependencies.Add(new EsmExportImportedSpecifierDependency(name, import, source.ImportName));
            }
        }
        return collector._result;
    }

    private void Add(Sharpack.Core.ModuleGraph.Dependency dependency)
    {
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
        _result.Dependencies.Add(dependency);
    }

    private void AddBlock(Sharpack.Core.ModuleGraph.AsyncDependenciesBlock block)
    {
        if (_currentBlock is not null) _currentBlock.Blocks.Add(block);
        else _result.Blocks.Add(block);
    }

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
                        var dependency = ImportFor(import.Source.StringValue!, import.Start, import.End);
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

    private EsmImportSideEffectDependency ImportFor(string request, int start, int end)
    {
        if (_importsByRequest.TryGetValue(request, out var existing))
            return existing;
        var index = _importsByRequest.Count;
        var variable = ToIdentifier(request) + "__WEBPACK_IMPORTED_MODULE_" + index + "__";
        var dependency = new EsmImportSideEffectDependency(request, index, variable) { Start = start, End = end };
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
        // PERF: a switch on the node type (a jump table) rather than on the class (a test per case).
        switch (node.Type)
        {
            case NodeType.ImportDeclaration:
                return;
            case NodeType.ExportNamedDeclaration or NodeType.ExportDefaultDeclaration or NodeType.ExportAllDeclaration when !_parser.Harmony:
                base.Visit(node);
                return;
            case NodeType.ExportNamedDeclaration:
                VisitExportNamed((ExportNamedDeclaration)node);
                return;
            case NodeType.ExportDefaultDeclaration:
                VisitExportDefault((ExportDefaultDeclaration)node);
                return;
            case NodeType.ExportAllDeclaration:
                VisitExportAll((ExportAllDeclaration)node);
                return;
            case NodeType.Identifier:
                VisitIdentifier((Identifier)node);
                return;
            case NodeType.ThisExpression:
                var thisExpression = (ThisExpression)node;
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
            case NodeType.MemberExpression:
                VisitMember((MemberExpression)node);
                return;
            case NodeType.CallExpression:
                VisitCall((CallExpression)node);
                return;
            case NodeType.ImportExpression:
                VisitImportExpression((ImportExpression)node);
                return;
            case NodeType.UnaryExpression when node is UnaryExpression { Operator: Operator.Typeof, Argument: Identifier { Symbol: -1 } argument } unary:
                {
                    var replacement = argument.Name switch
                    {
                        "require" when _commonJs => "\"function\"",
                        "define" when _amd => "\"function\"",
                        "__webpack_require__" or "__webpack_is_included__" => "\"function\"",
                        "module" or "exports" when _commonJs && !_result.IsEsm => "\"object\"",
                        _ => null,
                    };
                    if (replacement is not null) Replace(unary.Start, unary.End, replacement);
                    else base.Visit(node);
                    return;
                }
            // webpack's CommonJsImportsParserPlugin: `typeof require.resolve(Weak)` is "function",
            // so the check runs where no `require` exists (the browser).
            case NodeType.UnaryExpression when _commonJs && node is UnaryExpression
            {
                Operator: Operator.Typeof,
                Argument: MemberExpression { Computed: false, Object: Identifier { Symbol: -1, Name: "require" }, Property: Identifier { Name: "resolve" or "resolveWeak" } },
            } unary:
                Replace(unary.Start, unary.End, "\"function\"");
                return;
            case NodeType.Property:
                var property = (Property)node;
                if (property.Shorthand && property.Value is Identifier value && value.Symbol >= 0 && _importBindings.TryGetValue(value.Symbol, out var binding))
                {
                    Add(new EsmImportSpecifierDependency(binding.Import, binding.Name, isCall: false, shorthandKey: value.Name) { Start = value.Start, End = value.End });
                    return;
                }
                if (property.Shorthand && property.Value is Identifier shorthand && NestedWebpackName(shorthand) is { } nestedName)
                {
                    // `{ __webpack_require__ }` keeps its key: `{ __webpack_require__: __nested_… }`.
                    Replace(shorthand.Start, shorthand.End, shorthand.Name + ": " + nestedName);
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
                    _inTry = false;
                    _thisDepth++;
                    _functionDepth++;
                    base.Visit(node);
                    _functionDepth--;
                    _thisDepth--;
                    _inTry = inTry;
                    return;
                }
            case NodeType.ArrowFunctionExpression:
                {
                    var inTry = _inTry;
                    _inTry = false;
                    _functionDepth++;
                    base.Visit(node);
                    _functionDepth--;
                    _inTry = inTry;
                    return;
                }
            case NodeType.TryStatement:
                {
                    var tryStatement = (TryStatement)node;
                    var inTry = _inTry;
                    _inTry = true;
                    Visit(tryStatement.Block);
                    _inTry = inTry;
                    if (tryStatement.Handler is { } handler)
                        Visit(handler);
                    if (tryStatement.Finalizer is { } finalizer)
                        Visit(finalizer);
                    return;
                }
            case NodeType.AwaitExpression when _functionDepth == 0:
            case NodeType.ForOfStatement when _functionDepth == 0 && ((ForOfStatement)node).Await:
                _result.HasTopLevelAwait = true;
                base.Visit(node);
                return;
            case NodeType.LabeledStatement:
                Visit(((LabeledStatement)node).Body);
                return;
            case NodeType.BreakStatement or NodeType.ContinueStatement:
                return;
            case NodeType.MetaProperty:
                var meta = (MetaProperty)node;
                VisitMetaProperty(meta, meta.Start, meta.End, null);
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
            var import = ImportFor(source.StringValue!, export.Start, export.End);
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
        var import = ImportFor(export.Source.StringValue!, export.Start, export.End);
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
            if (NestedWebpackName(identifier) is { } nested)
            {
                Replace(identifier.Start, identifier.End, nested);
                return;
            }
            if (_importBindings.TryGetValue(identifier.Symbol, out var binding))
            {
                var isCall = ReferenceEquals(_calleeIdentifier, identifier);
                Add(new EsmImportSpecifierDependency(binding.Import, binding.Name, isCall, shorthandKey: null)
                {
                    Start = identifier.Start,
                    End = identifier.End,
                    AsiSafe = !IsAsiPosition(identifier.Start),
                });
            }
            return;
        }
        if (_defines.Values.TryGetValue(identifier.Name, out var defined))
        {
            Replace(identifier.Start, identifier.End, defined);
            return;
        }
        if (_defines.Provides.TryGetValue(identifier.Name, out var provided))
        {
            AddProvided(identifier.Name, provided, identifier.Start, identifier.End);
            return;
        }
        switch (identifier.Name)
        {
            case "module":
                if (!_result.IsEsm && _parser.Commonjs) _result.RuntimeRequirements |= RuntimeGlobals.Module;
                break;
            case "exports":
                if (!_result.IsEsm && _parser.Commonjs) _result.RuntimeRequirements |= RuntimeGlobals.Exports;
                break;
            case "__webpack_require__":
                _result.RuntimeRequirements |= RuntimeGlobals.Require;
                break;
            case "__non_webpack_require__":
                Replace(identifier.Start, identifier.End, "require");
                break;
            case "__webpack_module__":
                Replace(identifier.Start, identifier.End, "module", RuntimeGlobals.Module | RuntimeGlobals.ModuleId);
                break;
            case "__webpack_public_path__":
                Replace(identifier.Start, identifier.End, "__webpack_require__.p", RuntimeGlobals.PublicPath);
                break;
            case "__webpack_hash__":
                Replace(identifier.Start, identifier.End, "__webpack_require__.h()", RuntimeGlobals.GetFullHash);
                break;
            case "__webpack_chunkname__":
                Replace(identifier.Start, identifier.End, "__webpack_require__.cn", RuntimeGlobals.ChunkName);
                break;
            case "__webpack_runtime_id__":
                Replace(identifier.Start, identifier.End, "__webpack_require__.j", RuntimeGlobals.RuntimeId);
                break;
            case "global" when _parser.Node is { Global: true }:
                // Follows webpack's NodeStuffPlugin: node's `global` is the global object.
                Replace(identifier.Start, identifier.End, "__webpack_require__.g", RuntimeGlobals.Global);
                break;
            case "__resourceQuery":
                {
                    var query = _module.Resource.IndexOf('?');
                    Replace(identifier.Start, identifier.End, CodeGenerationContext.JsonString(query < 0 ? "" : _module.Resource[query..]));
                    break;
                }
            // webpack's NodeStuffPlugin leaves __filename and __dirname alone in javascript/esm
            // (strict ES modules have import.meta.filename instead).
            case "__filename" when _parser.Node is { } node && !_module.IsStrictEsm:
                ReplaceNodeGlobal(identifier, node.Filename, "/index.js");
                break;
            case "__dirname" when _parser.Node is { } node && !_module.IsStrictEsm:
                ReplaceNodeGlobal(identifier, node.Dirname, "/");
                break;
        }
    }

    // Follows webpack's ProvidePlugin: a free use of a provided name (`$`, `Buffer`, `a.b`) is a
    // dependency on its module; the name (a dotted one as __webpack_provided_a_dot_b) is declared
    // at the top of the module and the use refers to it.
    private void AddProvided(string name, JavascriptParserExtensions.ProvidedModule provided, int start, int end)
    {
        var variable = name.Contains('.', StringComparison.Ordinal) ? "__webpack_provided_" + name.Replace(".", "_dot_", StringComparison.Ordinal) : name;
        // Always the module's own dependency (webpack's module.addDependency), even inside a block
        // loaded on demand: the declaration runs when the module does.
        _result.Dependencies.Add(new ProvidedDependency(provided.Request, variable, provided.Path) { Start = start, End = end });
    }

    // webpack's CompatibilityPlugin: a bundle inside the module (a package shipped as a webpack
    // build) declares its own __webpack_require__ (and __webpack_exports__); renamed, it no longer
    // hides the one this module's rewritten requires call. Null for any other identifier.
    private string? NestedWebpackName(Identifier identifier)
    {
        if (identifier.Symbol < 0 || identifier.Name is not ("__webpack_require__" or "__webpack_exports__"))
            return null;
        if (identifier.Name == "__webpack_exports__")
            return "__nested_webpack_exports__";
        var declaration = _scopes!.Symbols[identifier.Symbol].Declaration;
        return "__nested_webpack_require_" + declaration.Start.ToString(System.Globalization.CultureInfo.InvariantCulture) + "__";
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
        // `ns.x` on a namespace import is a use of the export x (webpack's parser does the same),
        // which gives CommonJS namespaces their interop (`ns.default` is module.exports).
        if (member.Object is Identifier { Symbol: >= 0 } namespaceId && _importBindings.TryGetValue(namespaceId.Symbol, out var namespaceBinding)
            && namespaceBinding.Name is null && PropertyName(member) is { } exportName)
        {
            // Calls keep the namespace as `this` (webpack's namespaceObjectAsContext): no `(0, …)`.
            Add(new EsmImportSpecifierDependency(namespaceBinding.Import, exportName, isCall: false, shorthandKey: null)
            {
                Start = member.Start,
                End = member.End,
                AsiSafe = !IsAsiPosition(member.Start),
            });
            return;
        }
        // A dotted path rooted at a free variable or import.meta: defines, process.env.NODE_ENV,
        // module.hot, import.meta.url.
        if (!member.Computed && DottedPath(member, _defines.Roots) is { } path)
        {
            if (_defines.Values.TryGetValue(path, out var defined))
            {
                Replace(member.Start, member.End, defined);
                return;
            }
            if (_defines.Provides.TryGetValue(path, out var provided))
            {
                AddProvided(path, provided, member.Start, member.End);
                return;
            }
            if (path.StartsWith("__webpack_exports_info__.", StringComparison.Ordinal))
            {
                var parts = path.Split('.');
                Add(new ExportsInfoDependency(parts[1..^1], parts[^1]) { Start = member.Start, End = member.End });
                return;
            }
            if (path is "define.amd" or "require.amd" && _amd)
            {
                Replace(member.Start, member.End, "__webpack_require__.amdO", RuntimeGlobals.AmdOptions);
                return;
            }
            if (path is "require.cache" && _commonJs)
            {
                Replace(member.Start, member.End, "__webpack_require__.c", RuntimeGlobals.ModuleCache);
                return;
            }
            // CommonJsPlugin: the entry module is the module cache's entry for the entry module id.
            if (path is "require.main" && _commonJs)
            {
                Replace(member.Start, member.End, "__webpack_require__.c[__webpack_require__.s]", RuntimeGlobals.ModuleCache | RuntimeGlobals.EntryModuleId);
                return;
            }
            if (path is "module.hot" && !_result.IsEsm && _parser.Commonjs)
            {
                Replace(member.Start, member.End, "undefined");
                return;
            }
            if (path is "module.id" && _parser.Commonjs)
                _result.RuntimeRequirements |= RuntimeGlobals.ModuleId;
            if (path is "module.loaded" && _parser.Commonjs)
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
                var prefix = IsAsiPosition(start) ? ";" : "";
                Replace(start, end, prefix + "({ url: " + CodeGenerationContext.JsonString(new Uri(_module.Resource).AbsoluteUri) + " })");
                return true;
            default:
                return false;
        }
    }

    private static string? PropertyName(MemberExpression member) => member switch
    {
        { Computed: false, Property: Identifier property } => property.Name,
        { Computed: true, Property: Literal { Kind: LiteralKind.String } literal } => literal.StringValue,
        _ => null,
    };

    // `a.b.c` for a member chain rooted at a free variable or at import.meta; null otherwise, and
    // null for a root no caller looks for (PERF: `Math.imul`, `console.log` and every other
    // member expression built a list and a string here).
    private static string? DottedPath(MemberExpression member, HashSet<string> defineRoots)
    {
        Node current = member;
        while (current is MemberExpression { Computed: false, Property: Identifier } m)
            current = m.Object;
        string rootName;
        switch (current)
        {
            case Identifier { Symbol: -1 } root:
                rootName = root.Name;
                if (rootName is not ("__webpack_exports_info__" or "define" or "require" or "module") && !defineRoots.Contains(rootName))
                    return null;
                break;
            case MetaProperty meta:
                rootName = meta.Meta.Name + "." + meta.Property.Name;
                break;
            default:
                return null;
        }
        var builder = new System.Text.StringBuilder(rootName);
        AppendProperties(builder, member);
        return builder.ToString();

        static void AppendProperties(System.Text.StringBuilder builder, Node node)
        {
            if (node is not MemberExpression { Computed: false, Property: Identifier property } m)
                return;
            AppendProperties(builder, m.Object);
            builder.Append('.').Append(property.Name);
        }
    }

    // `require` as a free variable outside strict ES modules, or a callback parameter webpack passes
    // __webpack_require__ to. Each use (require(), require.context, …) checks its own parser option.
    private bool IsRequire(Node node) =>
        node is Identifier identifier && (identifier.Symbol == -1 ? identifier.Name == "require" && !_module.IsStrictEsm : _requireAliases.Contains(identifier.Symbol));

    private void VisitCall(CallExpression call)
    {
        if (_parser.Commonjs && IsRequire(call.Callee) && call.Arguments.Length == 1 && StaticString(call.Arguments[0]) is { } request)
        {
            // A name defined earlier in this file with define("name", …) is an AMD local module.
            if (_localModules.TryGetValue(request, out var localModule))
                Replace(call.Start, call.End, localModule);
            else
                Add(new CommonJsRequireDependency(request) { Start = call.Start, End = call.End });
            return;
        }
        if (_parser.Commonjs && IsRequire(call.Callee) && call.Arguments.Length == 1 && TryContextRequest(call.Arguments[0], "sync") is { } contextDependency)
        {
            contextDependency.Replacements.Add((call.Callee.Start, call.Callee.End, "__webpack_require__({id})"));
            Add(contextDependency);
            Visit(call.Arguments[0]);
            return;
        }
        if (_parser.RequireContext && call.Callee is MemberExpression { Computed: false, Property: Identifier { Name: "context" } } requireContext && IsRequire(requireContext.Object)
            && call.Arguments.Length >= 1 && StaticString(call.Arguments[0]) is { } contextDirectory)
        {
            VisitRequireContext(call, contextDirectory);
            return;
        }
        if (call.Callee is MemberExpression { Computed: false, Object: MetaProperty, Property: Identifier { Name: "webpackContext" } }
            && call.Arguments.Length >= 1 && StaticString(call.Arguments[0]) is { } metaContextDirectory)
        {
            VisitImportMetaWebpackContext(call, metaContextDirectory);
            return;
        }
        // The callback may be any expression (a function declared elsewhere), as in webpack's
        // AMDRequireDependenciesBlockParserPlugin.
        if (_parser.Amd && IsRequire(call.Callee) && call.Arguments.Length >= 2 && call.Arguments[0] is ArrayExpression requireArray && call.Arguments[1] is not SpreadElement)
        {
            Add(new AmdRequireDependency(AmdArray(requireArray), call.Arguments[1].Start, call.Arguments[1].End) { Start = call.Start, End = call.End });
            if (IsFunctionLike(call.Arguments[1])) AliasRequireParameter(call.Arguments[1]);
            Visit(call.Arguments[1]);
            return;
        }
        if (_parser.RequireEnsure && call.Callee is MemberExpression { Computed: false, Property: Identifier { Name: "ensure" } } ensure && IsRequire(ensure.Object)
            && call.Arguments.Length >= 2 && IsFunctionLike(call.Arguments[1]))
        {
            VisitRequireEnsure(call);
            return;
        }
        if (_amd && call.Callee is Identifier { Symbol: -1, Name: "define" } && call.Arguments.Length >= 1 && TryVisitDefine(call))
            return;
        // RequireIncludePlugin: the module joins the chunk without running; deprecated unless opted in.
        if (_parser.RequireInclude != false && call.Callee is MemberExpression { Computed: false, Property: Identifier { Name: "include" } } include
            && IsRequire(include.Object) && call.Arguments.Length == 1 && StaticString(call.Arguments[0]) is { } includeRequest)
        {
            if (_parser.RequireInclude is null)
                _result.Warnings.Add(Warning(call.Start, "require.include() is deprecated and will be removed soon."));
            Add(new RequireIncludeDependency(includeRequest) { Start = call.Start, End = call.End });
            return;
        }
        if (_commonJs && call.Callee is MemberExpression { Computed: false, Object: Identifier { Symbol: -1, Name: "require" }, Property: Identifier { Name: "resolve" or "resolveWeak" } resolveName }
            && call.Arguments.Length == 1)
        {
            var weak = resolveName.Name == "resolveWeak";
            if (StaticString(call.Arguments[0]) is { } resolveRequest)
            {
                Add(new RequireResolveDependency(resolveRequest, weak) { Start = call.Start, End = call.End });
                return;
            }
            // Follows webpack's RequireResolveContextDependency: the context module resolves the id.
            if (TryContextRequest(call.Arguments[0], weak ? "weak" : "sync") is { } resolveContext)
            {
                resolveContext.Replacements.Add((call.Callee.Start, call.Callee.End, "__webpack_require__({id}).resolve"));
                Add(resolveContext);
                Visit(call.Arguments[0]);
                return;
            }
        }
        if (call.Callee is Identifier { Symbol: -1, Name: "__webpack_is_included__" } && call.Arguments.Length == 1 && StaticString(call.Arguments[0]) is { } includedRequest)
        {
            Add(new WebpackIsIncludedDependency(includedRequest) { Start = call.Start, End = call.End });
            return;
        }
        VisitCallee(call.Callee);
        foreach (var argument in call.Arguments)
            Visit(argument);
    }

    // Follows webpack's ContextDependencyHelpers.create: `"./dir/pre" + x + ".js"`,
    // `\`./dir/pre${x}.js\``, String.raw`./dir/pre${x}.js` or `"./dir/pre".concat(x, ".js")` is the
    // context "./dir" with the pattern ^\.\/pre.*\.js$, and the request passed to it becomes
    // "./pre" + x + ".js".
    private ContextDependency? TryContextRequest(Node request, string mode, ImportOptions? magic = null)
    {
        var parts = new List<RequestPart>();
        AddRequestParts(request, parts);
        if (parts.Count < 2 || parts[0].Text is not { } prefix || !parts.Exists(static part => part.Text is null))
            return null;
        var suffix = parts[^1].Text ?? "";
        var prefixPart = parts[0];
        // The folder is the prefix up to its last slash ("." when it has none, the prefix then
        // matched as it is); it may be a module request (`@scope/${name}`), resolved to a folder.
        var slash = prefix.LastIndexOf('/');
        if (prefix.Length == 0)
            return null;
        var directory = slash < 0 ? "." : slash == 0 ? "/" : prefix[..slash];
        var rest = slash < 0 ? prefix : "." + prefix[slash..];
        // A template's known parts between its first and last also go into the pattern
        // (`./a/${x}-min-${y}.js` is ^\.\/.*\-min\-.*\.js$); a concatenation's do not, as in webpack.
        var pattern = new System.Text.StringBuilder("^").Append(System.Text.RegularExpressions.Regex.Escape(rest)).Append(".*");
        var patternText = new System.Text.StringBuilder("^").Append(EscapeJs(rest)).Append(".*");
        if (request is TemplateLiteral or TaggedTemplateExpression)
        {
            var inner = new System.Text.StringBuilder();
            for (var i = 1; i < parts.Count - 1; i++)
            {
                if (parts[i].Text is { } known)
                {
                    inner.Append(known);
                    continue;
                }
                if (inner.Length == 0)
                    continue;
                pattern.Append(System.Text.RegularExpressions.Regex.Escape(inner.ToString())).Append(".*");
                patternText.Append(EscapeJs(inner.ToString())).Append(".*");
                inner.Clear();
            }
        }
        pattern.Append(System.Text.RegularExpressions.Regex.Escape(suffix)).Append('$');
        patternText.Append(EscapeJs(suffix)).Append('$');
        var dependency = new ContextDependency(directory, new Sharpack.Core.ModuleGraph.ContextOptions(Recursive: true, pattern.ToString(), patternText.ToString(), mode,
            magic?.GroupOptions, magic?.Include, magic?.Exclude))
        { Start = request.Start, End = request.End };
        dependency.Replacements.Add((prefixPart.Start, prefixPart.End, prefixPart.Kind switch
        {
            RequestPartKind.Quasi => rest.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal).Replace("${", "\\${", StringComparison.Ordinal),
            RequestPartKind.RawQuasi => rest.Replace("`", "\\`", StringComparison.Ordinal).Replace("${", "\\${", StringComparison.Ordinal),
            _ => CodeGenerationContext.JsonString(rest),
        }));
        if (_parser.WrappedContextCritical)
            _result.Warnings.Add(Warning(request.Start, "Critical dependency: a part of the request of a dependency is an expression"));
        return dependency;
    }

    private enum RequestPartKind : byte { Unknown, Literal, Quasi, RawQuasi }

    // One piece of a request as webpack's evaluator sees it: known text (with the source range it
    // came from) or an expression only known at run time.
    private readonly record struct RequestPart(string? Text, int Start, int End, RequestPartKind Kind);

    private static void AddRequestParts(Node node, List<RequestPart> parts)
    {
        switch (node)
        {
            case Literal { Kind: LiteralKind.String } literal:
                parts.Add(new RequestPart(literal.StringValue, literal.Start, literal.End, RequestPartKind.Literal));
                return;
            case TemplateLiteral template:
                AddTemplateParts(template, raw: false, parts);
                return;
            case TaggedTemplateExpression tagged when IsStringRaw(tagged.Tag):
                AddTemplateParts(tagged.Quasi, raw: true, parts);
                return;
            case BinaryExpression { Operator: Operator.Add } binary:
                AddRequestParts(binary.Left, parts);
                AddRequestParts(binary.Right, parts);
                return;
            // "./dir/".concat(a, "b"): String.prototype.concat on a string the evaluator knows.
            case CallExpression { Callee: MemberExpression callee } call when IsConcatCall(call):
                {
                    var start = parts.Count;
                    AddRequestParts(callee.Object, parts);
                    if (parts[start].Text is null)
                    {
                        // Not a string the evaluator knows: the whole call is a run-time value.
                        parts.RemoveRange(start, parts.Count - start);
                        parts.Add(new RequestPart(null, node.Start, node.End, RequestPartKind.Unknown));
                        return;
                    }
                    foreach (var argument in call.Arguments)
                    {
                        if (argument is SpreadElement) parts.Add(new RequestPart(null, argument.Start, argument.End, RequestPartKind.Unknown));
                        else AddRequestParts(argument, parts);
                    }
                    return;
                }
        }
        parts.Add(StaticString(node) is { } text
            ? new RequestPart(text, node.Start, node.End, RequestPartKind.Unknown)
            : new RequestPart(null, node.Start, node.End, RequestPartKind.Unknown));
    }

    private static void AddTemplateParts(TemplateLiteral template, bool raw, List<RequestPart> parts)
    {
        for (var i = 0; i < template.Quasis.Length; i++)
        {
            var quasi = template.Quasis[i];
            parts.Add(new RequestPart(raw ? quasi.Raw : quasi.Cooked, quasi.Start, quasi.End, raw ? RequestPartKind.RawQuasi : RequestPartKind.Quasi));
            if (i < template.Expressions.Length)
                AddRequestParts(template.Expressions[i], parts);
        }
    }

    private static bool IsConcatCall(Node node) =>
        node is CallExpression { Callee: MemberExpression { Computed: false, Property: Identifier { Name: "concat" } } };

    private static bool IsStringRaw(Node tag) =>
        tag is MemberExpression { Computed: false, Object: Identifier { Symbol: -1, Name: "String" }, Property: Identifier { Name: "raw" } };

    private static string EscapeJs(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            if ("\\^$.*+?()[]{}|/-".Contains(c)) builder.Append('\\');
            builder.Append(c);
        }
        return builder.ToString();
    }

    // Follows webpack's RequireContextDependencyParserPlugin: require.context(dir, recursive, regExp, mode).
    private void VisitRequireContext(CallExpression call, string directory)
    {
        var arguments = call.Arguments;
        var recursive = arguments.Length < 2 || arguments[1] is not Literal { Kind: LiteralKind.Boolean, BooleanValue: false };
        var patternText = "^\\.\\/.*$";
        var pattern = "^\\./.*$";
        if (arguments.Length >= 3 && arguments[2] is Literal { Kind: LiteralKind.RegExp } regExp)
        {
            patternText = regExp.RegexPattern!;
            pattern = DotNetPattern(regExp) ?? pattern;
        }
        var mode = arguments.Length >= 4 && StaticString(arguments[3]) is { } modeText ? modeText : "sync";
        var dependency = new ContextDependency(directory, new Sharpack.Core.ModuleGraph.ContextOptions(recursive, pattern, patternText, mode)) { Start = call.Start, End = call.End };
        dependency.Replacements.Add((call.Start, call.End, "__webpack_require__({id})"));
        Add(dependency);
    }

    // Follows webpack's ImportMetaContextDependencyParserPlugin: import.meta.webpackContext(dir,
    // { recursive, regExp, mode, include, exclude, chunkName, prefetch, preload }).
    private void VisitImportMetaWebpackContext(CallExpression call, string directory)
    {
        var recursive = true;
        var patternText = "^\\.\\/.*$";
        var pattern = "^\\./.*$";
        var mode = "sync";
        string? include = null, exclude = null, chunkName = null;
        int? prefetch = null, preload = null;
        if (call.Arguments.Length >= 2 && call.Arguments[1] is ObjectExpression options)
        {
            foreach (var item in options.Properties)
            {
                if (item is not Property { Computed: false, Key: Identifier key } property)
                    continue;
                var value = property.Value;
                switch (key.Name)
                {
                    case "recursive" when value is Literal { Kind: LiteralKind.Boolean } flag: recursive = flag.BooleanValue; break;
                    case "regExp" when value is Literal { Kind: LiteralKind.RegExp } regExp:
                        patternText = regExp.RegexPattern!;
                        pattern = DotNetPattern(regExp) ?? pattern;
                        break;
                    case "include" when value is Literal { Kind: LiteralKind.RegExp } regExp:
                        include = DotNetPattern(regExp);
                        break;
                    case "exclude" when value is Literal { Kind: LiteralKind.RegExp } regExp:
                        exclude = DotNetPattern(regExp);
                        break;
                    case "mode" when StaticString(value) is { } modeText: mode = modeText; break;
                    case "chunkName" when StaticString(value) is { } name: chunkName = name; break;
                    case "prefetch" when value is Literal { Kind: LiteralKind.Boolean, BooleanValue: true }: prefetch = 0; break;
                    case "preload" when value is Literal { Kind: LiteralKind.Boolean, BooleanValue: true }: preload = 0; break;
                    default:
                        _result.Warnings.Add(Warning(property.Start, $"import.meta.webpackContext: unsupported or non-literal option '{key.Name}' is ignored"));
                        break;
                }
            }
        }
        var groupOptions = chunkName is null && prefetch is null && preload is null ? null : new Sharpack.Core.ChunkGraph.ChunkGroupOptions(chunkName, prefetch, preload);
        var dependency = new ContextDependency(directory, new Sharpack.Core.ModuleGraph.ContextOptions(recursive, pattern, patternText, mode, groupOptions, include, exclude)) { Start = call.Start, End = call.End };
        dependency.Replacements.Add((call.Start, call.End, "__webpack_require__({id})"));
        Add(dependency);
    }

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
        else
        {
            Visit(callee);
        }
    }

    /// <summary>A regular expression literal as a .NET pattern, or null when it cannot be translated.</summary>
    private static string? DotNetPattern(Literal regExp) =>
        Sharpack.Core.Options.JsRegExpTranslator.Translate(regExp.RegexPattern!, regExp.RegexFlags ?? "", out _);

    private static bool IsFunctionLike(Node node) =>
        node is FunctionExpression or ArrowFunctionExpression
        || node is CallExpression { Callee: MemberExpression { Object: FunctionExpression, Property: Identifier { Name: "bind" } } };

    private void AliasRequireParameter(Node callback)
    {
        var function = callback as FunctionNode
            ?? (callback is CallExpression { Callee: MemberExpression { Object: FunctionNode bound } } ? bound : null);
        if (function is null)
            return;
        foreach (var parameter in function.Params)
        {
            if (parameter is Identifier { Name: "require" } identifier && identifier.Symbol >= 0)
                _requireAliases.Add(identifier.Symbol);
        }
    }

    // Follows webpack lib/dependencies/RequireEnsureDependenciesBlockParserPlugin.js: the listed
    // requests and everything the callback requires load with the block, in a chunk named by the
    // last string argument.
    private void VisitRequireEnsure(CallExpression call)
    {
        var arguments = call.Arguments;
        var callback = arguments[1];
        var error = arguments.Length >= 3 && IsFunctionLike(arguments[2]) ? arguments[2] : null;
        var nameIndex = error is null ? 2 : 3;
        var chunkName = arguments.Length > nameIndex ? StaticString(arguments[nameIndex]) : null;
        var block = new Sharpack.Core.ModuleGraph.AsyncDependenciesBlock(new Sharpack.Core.ChunkGraph.ChunkGroupOptions(chunkName), null, call.Start) { End = call.End };
        Add(new RequireEnsureDependency(block, callback.Start, callback.End, error?.Start ?? -1, error?.End ?? -1) { Start = call.Start, End = call.End });
        AddBlock(block);
        var outer = _currentBlock;
        _currentBlock = block;
        if (arguments[0] is ArrayExpression items)
        {
            foreach (var item in items.Elements)
            {
                if (item is not null && StaticString(item) is { } itemRequest)
                    AddToBlock(block, new ModuleIncludeDependency(itemRequest) { Start = item.Start, End = item.End });
            }
        }
        else if (StaticString(arguments[0]) is { } single)
        {
            AddToBlock(block, new ModuleIncludeDependency(single) { Start = arguments[0].Start, End = arguments[0].End });
        }
        AliasRequireParameter(callback);
        Visit(callback);
        _currentBlock = outer;
        if (error is not null) Visit(error);
    }

    private void AddToBlock(Sharpack.Core.ModuleGraph.AsyncDependenciesBlock block, Sharpack.Core.ModuleGraph.Dependency dependency)
    {
        dependency.Block = block;
        block.Dependencies.Add(dependency);
        Add(dependency);
    }

    private List<AmdArrayItem> AmdArray(ArrayExpression array)
    {
        var items = new List<AmdArrayItem>();
        foreach (var element in array.Elements)
        {
            var request = element is null ? null : StaticString(element);
            switch (request)
            {
                case null when element is not null && TryContextRequest(element, "sync") is { } contextDependency:
                    {
                        // The array is rendered whole, so the context's request is rewritten here
                        // rather than by an edit inside it.
                        var (prefixStart, prefixEnd, prefixText) = contextDependency.Replacements[0];
                        contextDependency.Replacements.Clear();
                        var code = string.Concat(_source.AsSpan(element.Start, prefixStart - element.Start), prefixText, _source.AsSpan(prefixEnd, element.End - prefixEnd));
                        Add(contextDependency);
                        items.Add(new AmdArrayItem(null, null, null, contextDependency, code));
                        break;
                    }
                case null:
                    items.Add(new AmdArrayItem("undefined", null, null));
                    break;
                case "require":
                    items.Add(new AmdArrayItem("__webpack_require__", null, null));
                    break;
                case "exports":
                    _result.RuntimeRequirements |= RuntimeGlobals.Exports;
                    items.Add(new AmdArrayItem("exports", null, null));
                    break;
                case "module":
                    _result.RuntimeRequirements |= RuntimeGlobals.Module;
                    items.Add(new AmdArrayItem("module", null, null));
                    break;
                default:
                    if (_localModules.TryGetValue(request, out var local))
                    {
                        items.Add(new AmdArrayItem(null, null, local));
                        break;
                    }
                    var include = new ModuleIncludeDependency(request) { Start = element!.Start, End = element.End };
                    Add(include);
                    items.Add(new AmdArrayItem(null, include, null));
                    break;
            }
        }
        return items;
    }

    // Follows webpack lib/dependencies/AMDDefineDependencyParserPlugin.js.
    private bool TryVisitDefine(CallExpression call)
    {
        var arguments = call.Arguments;
        var index = 0;
        string? name = null;
        if (arguments[0] is Literal { Kind: LiteralKind.String } nameLiteral && arguments.Length >= 2)
        {
            name = nameLiteral.StringValue;
            index = 1;
        }
        ArrayExpression? array = null;
        if (index < arguments.Length - 1 && arguments[index] is ArrayExpression dependencies)
        {
            array = dependencies;
            index++;
        }
        if (index != arguments.Length - 1)
            return false;
        var factory = arguments[index];
        var items = array is null ? null : AmdArray(array);
        string? localVariable = null;
        if (name is not null)
        {
            localVariable = "__WEBPACK_LOCAL_MODULE_" + _localModules.Count + "__";
            _localModules[name] = localVariable;
        }
        var isFunction = factory is FunctionExpression or ArrowFunctionExpression;
        var kind = isFunction ? AmdFactoryKind.Function
            : factory is ObjectExpression or ArrayExpression or Literal or TemplateLiteral || localVariable is not null ? AmdFactoryKind.Value
            : AmdFactoryKind.Unknown;
        Add(new AmdDefineDependency(items, factory.Start, factory.End, kind, localVariable) { Start = call.Start, End = call.End });
        _result.RuntimeRequirements |= RuntimeGlobals.Module | RuntimeGlobals.Exports;
        if (isFunction) AliasRequireParameter(factory);
        Visit(factory);
        return true;
    }

    // Follows webpack lib/dependencies/ImportParserPlugin.js: import() opens an async block (its
    // own chunk group) unless webpackMode says eager or weak; magic comments name the chunk and
    // ask for prefetch/preload; an expression with a static prefix is a lazy context.
    private void VisitImportExpression(ImportExpression import)
    {
        // import: false leaves import() to the runtime (ImportPlugin is off, magic comments too).
        if (!_parser.Import)
        {
            base.Visit(import);
            return;
        }
        var magic = ImportMagic(import);
        if (magic.Ignore)
        {
            base.Visit(import);
            return;
        }
        if (StaticString(import.Source) is { } request)
        {
            switch (magic.Mode)
            {
                case "eager":
                    Add(new ImportEagerDependency(request) { Start = import.Start, End = import.End });
                    break;
                case "weak":
                    Add(new ImportWeakDependency(request) { Start = import.Start, End = import.End });
                    break;
                default:
                    var block = new Sharpack.Core.ModuleGraph.AsyncDependenciesBlock(magic.GroupOptions, request, import.Start) { End = import.End };
                    AddBlock(block);
                    AddToBlock(block, new ImportDependency(request, block) { Start = import.Start, End = import.End });
                    break;
            }
            if (import.Options is not null) Visit(import.Options);
            return;
        }
        var contextMode = magic.Mode == "weak" ? "async-weak" : magic.Mode;
        if (TryContextRequest(import.Source, contextMode, magic) is { } context)
        {
            context.Replacements.Add((import.Start, import.Source.Start, "__webpack_require__({id})("));
            context.Replacements.Add((import.Source.End, import.End, ")"));
            Add(context);
            Visit(import.Source);
            return;
        }
        if (_parser.ExprContextCritical)
            _result.Warnings.Add(Warning(import.Start, "Critical dependency: the request of a dependency is an expression"));
        base.Visit(import);
    }

    private sealed record ImportOptions(bool Ignore, string Mode, Sharpack.Core.ChunkGraph.ChunkGroupOptions GroupOptions, string? Include, string? Exclude);

    private ImportOptions ImportMagic(ImportExpression import)
    {
        var errors = new List<string>();
        var magic = MagicComments.Parse(_source, _comments, import.Start, import.End, errors);
        foreach (var error in errors) _result.Warnings.Add(Warning(import.Start, error));
        // module.parser.javascript.dynamicImport* are the defaults the magic comments override.
        var defaultPrefetch = _parser.DynamicImportPrefetch is { } p ? (int?)p : null;
        var defaultPreload = _parser.DynamicImportPreload is { } q ? (int?)q : null;
        if (magic.Count == 0)
        {
            return new ImportOptions(false, _parser.DynamicImportMode,
                defaultPrefetch is null && defaultPreload is null && _parser.DynamicImportFetchPriority is null
                    ? Sharpack.Core.ChunkGraph.ChunkGroupOptions.Empty
                    : new Sharpack.Core.ChunkGraph.ChunkGroupOptions(null, defaultPrefetch, defaultPreload, _parser.DynamicImportFetchPriority), null, null);
        }
        var ignore = false;
        if (magic.TryGetValue("webpackIgnore", out var ignoreValue))
        {
            if (ignoreValue.Boolean is { } b) ignore = b;
            else Expected(import, "webpackIgnore", "a boolean", ignoreValue);
        }
        var mode = _parser.DynamicImportMode;
        if (magic.TryGetValue("webpackMode", out var modeValue))
        {
            if (modeValue.String is "lazy" or "lazy-once" or "eager" or "weak") mode = modeValue.String;
            else Expected(import, "webpackMode", "a string (\"lazy\", \"lazy-once\", \"eager\" or \"weak\")", modeValue);
        }
        string? name = null;
        if (magic.TryGetValue("webpackChunkName", out var nameValue))
        {
            if (nameValue.String is { } n) name = n;
            else Expected(import, "webpackChunkName", "a string", nameValue);
        }
        var prefetch = magic.ContainsKey("webpackPrefetch") ? Order(import, magic, "webpackPrefetch") : defaultPrefetch;
        var preload = magic.ContainsKey("webpackPreload") ? Order(import, magic, "webpackPreload") : defaultPreload;
        var fetchPriority = _parser.DynamicImportFetchPriority;
        if (magic.TryGetValue("webpackFetchPriority", out var priorityValue))
        {
            if (priorityValue.String is "high" or "low" or "auto") fetchPriority = priorityValue.String;
            else Expected(import, "webpackFetchPriority", "true or \"low\", \"high\" or \"auto\"", priorityValue);
        }
        if (magic.TryGetValue("webpackExports", out var exportsValue) && exportsValue.String is null && exportsValue.Strings is null)
            Expected(import, "webpackExports", "a string or an array of strings", exportsValue);
        var include = ContextRegExp(import, magic, "webpackInclude");
        var exclude = ContextRegExp(import, magic, "webpackExclude");
        return new ImportOptions(ignore, mode, new Sharpack.Core.ChunkGraph.ChunkGroupOptions(name, prefetch, preload, fetchPriority), include, exclude);
    }

    private int? Order(ImportExpression import, Dictionary<string, MagicValue> magic, string key)
    {
        if (!magic.TryGetValue(key, out var value))
            return null;
        if (value.Boolean is { } b) return b ? 0 : null;
        if (value.Number is { } n && n == Math.Floor(n)) return (int)n;
        Expected(import, key, "true or a number", value);
        return null;
    }

    private string? ContextRegExp(ImportExpression import, Dictionary<string, MagicValue> magic, string key)
    {
        if (!magic.TryGetValue(key, out var value))
            return null;
        if (value.RegExp is { } regExp && Sharpack.Core.Options.JsRegExpTranslator.Translate(regExp.Source, regExp.Flags, out _) is { } pattern)
            return pattern;
        Expected(import, key, "a regular expression", value);
        return null;
    }

    private void Expected(ImportExpression import, string key, string expected, MagicValue received) =>
        _result.Warnings.Add(Warning(import.Start, $"`{key}` expected {expected}, but received: {received}."));

    private BuildDiagnostic Warning(int offset, string message)
    {
        var (line, column, frame) = _module.Locate(offset);
        return new BuildDiagnostic(message, _module.ReadableName, line, column, frame) { IsWarning = true };
    }

    // Follows the string part of webpack's JavascriptParser.evaluateExpression: literals, templates
    // (String.raw ones too) and String#concat chains of known parts, `+` of static strings, and
    // conditionals with a literal test.
    private static string? StaticString(Node node) => node switch
    {
        Literal { Kind: LiteralKind.String } literal => literal.StringValue,
        TemplateLiteral { Expressions.Length: 0 } template => template.Quasis[0].Cooked,
        // Only the shapes AddRequestParts takes apart (anything else would come back here).
        TemplateLiteral => KnownRequestText(node),
        TaggedTemplateExpression tagged when IsStringRaw(tagged.Tag) => KnownRequestText(node),
        CallExpression when IsConcatCall(node) => KnownRequestText(node),
        BinaryExpression { Operator: Operator.Add } binary when StaticString(binary.Left) is { } left && StaticString(binary.Right) is { } right => left + right,
        ConditionalExpression { Test: Literal { Kind: LiteralKind.Boolean } test } conditional => StaticString(test.BooleanValue ? conditional.Consequent : conditional.Alternate),
        _ => null,
    };

    // `./a/${"b"}`, String.raw`./a/${"b"}` or "./a/".concat("b"): a request whose parts are all
    // known is a constant.
    private static string? KnownRequestText(Node node)
    {
        var parts = new List<RequestPart>();
        AddRequestParts(node, parts);
        var text = new System.Text.StringBuilder();
        foreach (var part in parts)
        {
            if (part.Text is null)
                return null;
            text.Append(part.Text);
        }
        return text.ToString();
    }

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
