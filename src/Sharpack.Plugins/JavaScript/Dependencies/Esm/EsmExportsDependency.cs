// Follows webpack lib/dependencies/HarmonyExportInitFragment.js: marks the module as an ES
// module and defines a getter per export on `__webpack_exports__`, at the top of the module, so
// exports are live bindings and available before the module body runs (cycles).

using System.Text;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

/// <summary>The export definitions of an ES module.</summary>
public sealed class EsmExportsDependency : Dependency
{
    // The local a default-exported expression or anonymous declaration is bound to.
    private const string DefaultName = "__WEBPACK_DEFAULT_EXPORT__";

    /// <summary>Exported name → the local binding it reads, in ordinal order of the names.</summary>
    /// <remarks>PERF: a sorted list; a module has a few exports, mostly added in order, and a
    /// SortedDictionary (a tree node per export) cost 3% of a build of synthetic 10,000.</remarks>
    public SortedList<string, ExportSource> Exports { get; } = new(StringComparer.Ordinal);

    /// <summary>The module's <c>export * from</c> re-exports, in source order; their known names are defined with the module's own.</summary>
    public List<EsmExportStarDependency> Stars { get; } = [];

    /// <inheritdoc />
    /// <remarks>
    /// The module's own bindings (webpack's HarmonyExportSpecifierDependency and
    /// HarmonyExportExpressionDependency: priority 1, terminal bindings); re-exported names are
    /// provided by their <see cref="EsmExportImportedSpecifierDependency"/>.
    /// </remarks>
    public override ExportsSpec? GetExports(ModuleGraph moduleGraph) => _exportsSpec ??= LocalExports();

    // PERF: the module's own bindings do not change after build; flagging may ask several times.
    private ExportsSpec? _exportsSpec;

    private ExportsSpec LocalExports()
    {
        var exports = new List<ExportSpec>(Exports.Count);
        foreach (var (name, source) in Exports)
        {
            if (source.Import is null)
                exports.Add(new ExportSpec(name) { Inlined = source.Constant, IsPure = source.PureFunction });
        }
        return new ExportsSpec { Exports = exports, Priority = 1, TerminalBinding = true };
    }

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        // A wrapped member of a concatenation has a real exports object: it defines getters as a
        // module on its own does (webpack's isWrapped), reading modules of the concatenation through references.
        if (context.ConcatenationScope is { IsWrapped: false } scope)
        {
            // webpack's export templates in a concatenation scope: the concatenated module reads
            // local exports by their local names and follows re-exports through the exports info.
            foreach (var (name, source) in Exports)
            {
                if (source.Import is null && source.LocalName is { } local)
                    scope.RegisterExport(name, local);
            }
            return;
        }
        var exportsInfo = context.Generation.Graph.GetExportsInfo(context.Module);
        // An ES module library exporting these same bindings natively reads none of them back off the
        // exports object: it takes the definitions over (webpack's onDemandExportsGeneration).
        var onDemand = context.Module.ExportsOnDemand && DefinesOnlyNativeExports(context);
        // webpack's HarmonyCompatibilityDependency: the __esModule flag only where something may
        // read it (the exports object used as a whole; always without usage analysis).
        if (exportsInfo.GetReadOnlyExportInfo("__esModule").GetUsed(context.Runtime) != UsageState.Unused)
        {
            context.RuntimeRequirements |= RuntimeGlobals.MakeNamespaceObject | RuntimeGlobals.Exports;
            context.AddInitFragment(new InitFragment("__webpack_require__.r(__webpack_exports__);\n", Stage: 0, Position: 0, Key: "harmony namespace") { OnDemandExports = onDemand });
        }
        if (Exports.Count == 0 && Stars.Count == 0)
            return;
        // Follows webpack's HarmonyExportInitFragment: a getter per used export under its used
        // (possibly mangled) name, sorted by that name; unused exports leave a comment only.
        var environment = context.Generation.Options.Output.Environment;
        var definitions = new List<(string Key, string Value)>();
        List<(string Key, string Value)>? values = null;
        List<string>? unused = null;
        foreach (var star in Stars)
            star.Render(context, definitions);
        foreach (var (name, source) in Exports)
        {
            var used = exportsInfo.GetUsedName(name, context.Runtime);
            // Inlined: every use reads the literal, so the module defines no getter (webpack skips the export init).
            if (used is not null && source.Import is null && exportsInfo.GetInlined(name, context.Runtime) is not null)
                continue;
            if (used is null)
            {
                // An unused re-export renders nothing (webpack's template skips the "unused" mode).
                if (source.Import is null && !source.ExportDefault)
                    (unused ??= []).Add(name);
                continue;
            }
            // webpack's value binding (ExportBindingInitFragment): outside a cycle an export that
            // never changes is defined once as a value, after the module's code.
            if (source is { Import: null, Immutable: true } && context.Module.IsCircular == false)
            {
                (values ??= []).Add((used, (source.LocalName == DefaultName ? "/* export default binding */ " : "/* binding */ ") + source.LocalName));
                continue;
            }
            var value = ScopedReexport(source, context) ?? (source.Reexport is { RedirectedModule: { } redirected } reexport
                ? EsmImportSpecifierDependency.Expression(redirected, reexport.ImportVariable(context), source.Import!.Request!, source.Import.Index, reexport.ImportName, context, out _)
                : source.Import is { } import
                ? EsmImportSpecifierDependency.Expression(import, source.ImportName, context, out _)
                : source.BindingComment + source.LocalName);
            definitions.Add((used, value));
        }
        if (values is not null)
        {
            context.RuntimeRequirements |= RuntimeGlobals.DefinePropertyGetters | RuntimeGlobals.Exports;
            values.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
            var bindings = new StringBuilder("\n/* harmony export */ __webpack_require__.d(__webpack_exports__, [");
            for (var i = 0; i < values.Count; i++)
            {
                if (i > 0) bindings.Append(',');
                bindings.Append("\n/* harmony export */   ").Append(CodeGenerationContext.JsonString(values[i].Key)).Append(", 0, ").Append(values[i].Value);
            }
            bindings.Append("\n/* harmony export */ ]);\n");
            context.AddInitFragment(new InitFragment("", Stage: 1, Position: 1, Key: "harmony export bindings") { EndContent = bindings.ToString(), OnDemandExports = onDemand });
        }
        var builder = new StringBuilder();
        if (definitions.Count > 0)
        {
            context.RuntimeRequirements |= RuntimeGlobals.DefinePropertyGetters;
            definitions.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
            builder.Append("/* harmony export */ __webpack_require__.d(__webpack_exports__, {\n");
            for (var i = 0; i < definitions.Count; i++)
            {
                if (i > 0) builder.Append(",\n");
                builder.Append("/* harmony export */   ").Append(PropertyNames.Key(definitions[i].Key)).Append(": ")
                    .Append(Runtime.FunctionSyntax.Returning(definitions[i].Value, environment.ArrowFunction));
            }
            builder.Append("\n/* harmony export */ });\n");
        }
        if (unused is not null)
        {
            builder.Append(unused.Count == 1 ? "/* unused harmony export " : "/* unused harmony exports ")
                .Append(Comments.Escape(string.Join(", ", unused))).Append(" */\n");
        }
        context.AddInitFragment(new InitFragment(builder.ToString(), Stage: 1, Position: 0, Key: "harmony exports") { OnDemandExports = onDemand && definitions.Count > 0 });
    }

    // webpack's definesOnlyNativeExports: every export is a top-level declaration of the module, so a
    // library exporting them natively reads nothing off the exports object (no re-export, no export
    // default, no top-level await wrapping the declarations).
    private bool DefinesOnlyNativeExports(TemplateContext context)
    {
        if (Stars.Count > 0 || context.Generation.Graph.IsAsync(context.Module) || context.Module is not JavaScriptModule javascript)
            return false;
        foreach (var (name, source) in Exports)
        {
            if (name == "default" || source.Import is not null || source.LocalName is not { } local || !javascript.DeclaresAtTopLevel(local))
                return false;
        }
        return true;
    }

    // In a wrapped member of a concatenation, a re-export of a module of the concatenation reads it
    // through a module reference (resolved with the concatenation's interop); null elsewhere.
    private static string? ScopedReexport(ExportSource source, TemplateContext context)
    {
        if (context.ConcatenationScope is not { IsWrapped: true } scope || source.Import is not { } import)
            return null;
        var (module, name) = source.Reexport is { } reexport ? (reexport.ImportedModule, reexport.ImportName) : (import.Target, source.ImportName);
        if (module is null || !scope.IsModuleInScope(module))
            return null;
        return "/* reexport */ " + scope.CreateModuleReference(module, name is null ? [] : [name], asiSafe: true);
    }
}

/// <summary>Where an export's value comes from: a local binding, or a binding of an imported module.</summary>
public sealed record ExportSource(string? LocalName, EsmImportSideEffectDependency? Import = null, string? ImportName = null)
{
    /// <summary>For a re-export, its dependency (which the side-effects optimization may redirect); null for a local binding.</summary>
    public EsmExportImportedSpecifierDependency? Reexport { get; init; }

    /// <summary>For a local binding, the constant it is bound to when the export may be inlined (optimization.inlineExports); null otherwise.</summary>
    public InlinedValue? Constant { get; init; }

    /// <summary>For a local binding, a function annotated <c>/*#__NO_SIDE_EFFECTS__*/</c>: calling it is pure.</summary>
    public bool PureFunction { get; init; }

    /// <summary>
    /// For a local binding, whether it never changes (a top-level <c>const</c>, or a default-exported
    /// expression bound by <c>const</c>; webpack's constValue): outside a cycle its export is
    /// defined as a value, once the module has run.
    /// </summary>
    public bool Immutable { get; init; }

    /// <summary>
    /// What a getter of the local binding says of it: <c>/* binding */</c>, <c>/* export default
    /// binding */</c> for a default-exported declaration, nothing for a default-exported expression (webpack's).
    /// </summary>
    public string BindingComment { get; init; } = "/* binding */ ";

    /// <summary>
    /// Bound by <c>export default</c> (a declaration or an expression): unused, it is left out of the
    /// "unused harmony exports" comment (webpack's HarmonyExportExpressionDependency says nothing there).
    /// </summary>
    public bool ExportDefault { get; init; }
}
