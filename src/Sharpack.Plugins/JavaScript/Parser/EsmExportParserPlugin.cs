// Follows webpack lib/dependencies/HarmonyExportDependencyParserPlugin.js: `export` keywords are
// removed and each exported name is recorded (a local, a re-exported import, or a star
// re-export); at the end the module's exports become one dependency that defines the getters.

using Sharpack.JavaScript.Ast;
using Sharpack.Plugins.JavaScript.Dependencies.Esm;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>ES exports: declarations, specifiers, default, re-exports.</summary>
public static class EsmExportParserPlugin
{
    private const string Name = "EsmExportParserPlugin";
    private const string DefaultName = "__WEBPACK_DEFAULT_EXPORT__";
    private const string DefaultBinding = "/* export default binding */ ";

    /// <summary>Taps <paramref name="hooks"/>.</summary>
    public static void Apply(JavascriptParserHooks hooks)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        hooks.ExportDeclaration.Tap(Name, static (parser, export) =>
        {
            // `export const a = 1` → `const a = 1`, with a getter for each declared name.
            var declaration = export.Declaration!;
            var exports = parser.Esm.Exports.Exports;
            parser.Replace(export.Start, declaration.Start, "");
            switch (declaration)
            {
                case VariableDeclaration variables:
                    var names = new List<string>();
                    foreach (var declarator in variables.Declarations)
                        JavascriptParser.AddBoundNames(declarator.Id, names);
                    foreach (var name in names)
                        exports[name] = new ExportSource(name);
                    break;
                case FunctionDeclaration { Id: { } id }:
                    exports[id.Name] = new ExportSource(id.Name);
                    break;
                case ClassDeclaration { Id: { } classId }:
                    exports[classId.Name] = new ExportSource(classId.Name);
                    break;
            }
            parser.Walk(declaration);
            return true;
        });
        hooks.ExportImport.Tap(Name, static (parser, statement, request) =>
        {
            var attributes = EsmImportParserPlugin.AttributesOf(statement switch
            {
                ExportNamedDeclaration named => named.Attributes,
                ExportAllDeclaration all => all.Attributes,
                _ => null,
            });
            var import = EsmImportParserPlugin.ImportFor(parser, request, statement.Start, statement.End, attributes: attributes);
            import.StatementRanges.Add((statement.Start, statement.End, false));
            // Removed, a re-export that followed an ASI line end leaves the next statement after one.
            if (parser.IsAsiPosition(statement.Start))
                parser.SetAsiPositionAfter(statement);
            var exports = parser.Esm.Exports;
            switch (statement)
            {
                case ExportNamedDeclaration named:
                    foreach (var specifier in named.Specifiers)
                    {
                        var importName = EsmImportParserPlugin.ModuleExportName(specifier.Local);
                        exports.Exports[EsmImportParserPlugin.ModuleExportName(specifier.Exported)] = new ExportSource(null, import, importName);
                    }
                    break;
                case ExportAllDeclaration { Exported: { } exported }:
                    exports.Exports[EsmImportParserPlugin.ModuleExportName(exported)] = new ExportSource(null, import, null);
                    break;
                default:
                    var star = new EsmExportStarDependency(import, exports) { Start = statement.Start, End = statement.End };
                    exports.Stars.Add(star);
                    parser.AddDependency(star);
                    break;
            }
            return true;
        });
        hooks.Export.Tap(Name, static (parser, export) =>
        {
            parser.Replace(export.Start, export.End, "");
            if (parser.IsAsiPosition(export.Start))
                parser.SetAsiPositionAfter(export);
            var exports = parser.Esm.Exports.Exports;
            foreach (var specifier in export.Specifiers)
            {
                var local = (Identifier)specifier.Local;
                var exportedName = EsmImportParserPlugin.ModuleExportName(specifier.Exported);
                if (parser.GetTag(local.Symbol) is { Tag: EsmImportParserPlugin.SpecifierTag, Data: EsmImportBinding binding })
                    exports[exportedName] = new ExportSource(null, binding.Import, binding.Name);
                else
                    exports[exportedName] = new ExportSource(local.Name);
            }
            return true;
        });
        hooks.ExportExpression.Tap(Name, static (parser, export) =>
        {
            var exports = parser.Esm.Exports.Exports;
            switch (export.Declaration)
            {
                case Identifier when ReexportedNamespace(parser, export) is { } binding:
                    // `export default ns` of an imported namespace is `export { ns as default }`: a
                    // re-export whose used exports follow the importers' (webpack 5.112's statement
                    // tap for it), not a value that references the whole namespace.
                    parser.Replace(export.Start, export.End, "");
                    if (parser.IsAsiPosition(export.Start))
                        parser.SetAsiPositionAfter(export);
                    exports["default"] = new ExportSource(null, binding.Import, null);
                    break;
                case FunctionDeclaration { Id: { } id } function:
                    parser.Replace(export.Start, function.Start, "/* harmony default export */ ");
                    exports["default"] = new ExportSource(id.Name) { BindingComment = DefaultBinding, ExportDefault = true };
                    parser.Walk(function);
                    break;
                case ClassDeclaration { Id: { } classId } classDeclaration:
                    parser.Replace(export.Start, classDeclaration.Start, "/* harmony default export */ ");
                    exports["default"] = new ExportSource(classId.Name) { BindingComment = DefaultBinding, ExportDefault = true };
                    parser.Walk(classDeclaration);
                    break;
                case FunctionDeclaration anonymousFunction:
                    parser.Replace(export.Start, anonymousFunction.Start, "/* harmony default export */ ");
                    // The keyword is rewritten with the name after it rather than the name inserted:
                    // text inserted where the source goes on would take that position's mapping
                    // from the parameters after it (a source map's identical positions merge).
                    var (keyword, insertion) = NameInsertionPoint(parser.Source, anonymousFunction);
                    parser.Replace(keyword, insertion, string.Concat(parser.Source.AsSpan(keyword, insertion - keyword), " ", DefaultName));
                    exports["default"] = new ExportSource(DefaultName) { BindingComment = DefaultBinding, ExportDefault = true };
                    if (parser.ParserOptions.AnonymousDefaultExportName)
                        parser.AddDependency(new AnonymousDefaultNameDependency(DefaultName, declaration: true) { Start = export.Start, End = export.Start });
                    parser.Walk(anonymousFunction);
                    break;
                default:
                    // An anonymous class declaration is bound as an expression (webpack: only a function declaration is renamed).
                    var expression = export.Declaration;
                    parser.AddDependency(new EsmExportExpressionDependency(DefaultName) { Start = export.Start, End = expression.Start });
                    parser.Walk(expression);
                    // Without a semicolon the closing text is an insertion: it follows any wrapper
                    // of the expression's end (an unused pure expression's `))`).
                    if (parser.ParserOptions.AnonymousDefaultExportName && IsAnonymousFunctionOrClass(expression))
                        parser.AddDependency(new AnonymousDefaultNameDependency(DefaultName, declaration: false, ");")
                        { Start = expression.End, End = export.End, Late = expression.End == export.End });
                    else if (expression.End == export.End)
                        parser.InsertLate(expression.End, ");");
                    else
                        parser.Replace(expression.End, export.End, ");");
                    // webpack's constValue of HarmonyExportExpressionDependency.
                    exports["default"] = new ExportSource(DefaultName)
                    {
                        Constant = parser.Options.Optimization.InlineExports ? JavascriptParser.ToInlinedValue(parser.EvaluateExpression(expression)) : null,
                        // Bound by a const where the environment has it (webpack's value binding then).
                        Immutable = parser.Options.Output.Environment.Const,
                        BindingComment = "",
                        ExportDefault = true,
                    };
                    break;
            }
            return true;
        });
        hooks.Finish.Tap(Name, static (parser, _) =>
        {
            if (!parser.Result.IsEsm)
                return;
            var exports = parser.Esm.Exports;
            parser.Result.Dependencies.Add(exports);
            parser.Result.ExportNames.AddRange(exports.Exports.Keys);
            // Each re-exported name connects to its module, so exports analysis follows it there.
            var sources = exports.Exports.Values;
            for (var i = 0; i < sources.Count; i++)
            {
                if (sources[i].Import is not { } import)
                {
                    // A top-level const (webpack's CONST_BINDING_TAG at the export specifier): its
                    // export may be a value, and its data is the constant it may be inlined as.
                    if (sources[i] is { LocalName: { } local } && local != DefaultName && parser.IsTopLevelConst(local))
                        exports.Exports.SetValueAtIndex(i, sources[i] with { Immutable = true, Constant = sources[i].Constant ?? parser.TopLevelConstant(local) });
                    // webpack's buildInfo.pureFunctions: the export's calls are pure in importers.
                    if (sources[i].LocalName is { } name && parser.IsNoSideEffectsFunction(name == DefaultName ? "default" : name))
                        exports.Exports.SetValueAtIndex(i, sources[i] with { PureFunction = true });
                    continue;
                }
                var reexport = new EsmExportImportedSpecifierDependency(exports.Exports.Keys[i], import, sources[i].ImportName);
                exports.Exports.SetValueAtIndex(i, sources[i] with { Reexport = reexport });
                parser.Result.Dependencies.Add(reexport);
            }
        });
    }

    /// <summary>
    /// The imported namespace <c>export default ns</c> re-exports (not deferred: a deferred
    /// namespace is a value of its own), or null when the statement exports anything else.
    /// </summary>
    internal static EsmImportBinding? ReexportedNamespace(JavascriptParser parser, ExportDefaultDeclaration export) =>
        export.Declaration is Identifier { Symbol: >= 0 } identifier
            && parser.GetTag(identifier.Symbol) is { Tag: EsmImportParserPlugin.SpecifierTag, Data: EsmImportBinding { Name: null } binding }
            && binding.Import.Phase != ImportPhase.Defer
            ? binding
            : null;

    // webpack's isAnonymousDefault: an arrow, or a function or class without a name.
    private static bool IsAnonymousFunctionOrClass(Node node) => node switch
    {
        ArrowFunctionExpression => true,
        FunctionExpression { Id: null } or ClassExpression { Id: null } or ClassDeclaration { Id: null } => true,
        _ => false,
    };

    // Where the `function` keyword starts, and where after it (and `*`) an anonymous default-exported function gets its name.
    private static (int Keyword, int Name) NameInsertionPoint(string source, FunctionDeclaration function)
    {
        var keyword = source.IndexOf("function", function.Start, StringComparison.Ordinal);
        var position = keyword + "function".Length;
        if (function.IsGenerator)
            position = source.IndexOf('*', position) + 1;
        return (keyword, position);
    }
}
