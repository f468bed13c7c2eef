// Follows webpack lib/dependencies/HarmonyImportSpecifierDependency.js: a use of an imported
// binding becomes a property read on the import variable, with CommonJS interop for default
// imports, `(0, x.f)(…)` for calls (no `this`), and `key: value` for shorthand properties.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

/// <summary>A reference to an imported binding.</summary>
public sealed class EsmImportSpecifierDependency(EsmImportSideEffectDependency import, string? exportName, bool isCall, string? shorthandKey) : Dependency, IGuardedDependency
{
    /// <inheritdoc />
    public override string TypeName => "harmony import specifier";

    /// <summary>The module's id is written by the import statement, not at each use.</summary>
    public override int GetNumberOfIdOccurrences() => 0;

    /// <inheritdoc />
    public IReadOnlyList<DependencyGuard>? BranchGuards { get; set; }

    /// <summary>The import the binding comes from.</summary>
    public EsmImportSideEffectDependency Import { get; } = import;

    /// <summary>The imported name (<c>default</c> for a default import), or null for a namespace import.</summary>
    public string? ExportName { get; private set; } = exportName;

    /// <summary>The reference is the callee of a call.</summary>
    public bool IsCall { get; } = isCall;

    /// <summary>The property key when the reference is a shorthand property (<c>{ a }</c>).</summary>
    public string? ShorthandKey { get; } = shorthandKey;

    /// <summary>The properties read from the binding (<c>b.c</c>: ["c"]); they narrow what is used of the export.</summary>
    public IReadOnlyList<string> MemberIds { get; init; } = [];

    /// <summary>
    /// The properties read from the binding up to the first optional one, with the called name
    /// (webpack's ids after the imported name): a concatenation resolves them with the binding, so
    /// that <c>ns.a.b</c> through namespace re-exports reads the final binding.
    /// </summary>
    public IReadOnlyList<string> ChainIds { get; init; } = [];

    /// <summary>Where each member of <see cref="ChainIds"/> ends (the binding read through it, <c>b.c</c> for c).</summary>
    public IReadOnlyList<int> ChainEnds { get; init; } = [];

    /// <summary>Where the member chain of <see cref="ChainIds"/> ends (its last property; the binding's end without one).</summary>
    public int ChainEnd => ChainEnds.Count > 0 ? ChainEnds[^1] : End;

    /// <summary>
    /// How many members of the chain a side-effects redirect has taken into the binding (webpack's
    /// setIds with <c>ids.slice(1)</c>): <c>b.c</c> with b a namespace re-export reads c of the
    /// module defining it; the code replaces the binding with those members.
    /// </summary>
    public int ConsumedMembers { get; private set; }

    // The members after the consumed ones.
    private IReadOnlyList<string> Members => ConsumedMembers == 0 ? MemberIds : Skip(MemberIds, ConsumedMembers);

    private IReadOnlyList<string> Chain => ConsumedMembers == 0 ? ChainIds : Skip(ChainIds, ConsumedMembers);

    // The binding itself is called: a call of the imported name, or of the last chain member consumed.
    private bool CallsBinding => IsCall || (ConsumedMembers > 0 && ConsumedMembers == ChainIds.Count && ChainCall);

    private static string[] Skip(IReadOnlyList<string> list, int count)
    {
        var result = new string[Math.Max(0, list.Count - count)];
        for (var i = 0; i < result.Length; i++) result[i] = list[i + count];
        return result;
    }

    /// <summary>The member chain of <see cref="ChainIds"/> is the callee of a call.</summary>
    public bool ChainCall { get; init; }

    /// <summary>The last of <see cref="MemberIds"/> is called (<c>b.c()</c>): what is before it is the call's <c>this</c>, used whole.</summary>
    public bool MemberCall { get; init; }

    /// <summary>A method of a namespace import is called (<c>ns.f()</c>): the namespace is its <c>this</c>, used whole.</summary>
    public bool UsesNamespaceAsThis { get; init; }

    /// <summary>The reference is the imported binding itself, not a member of a namespace import (webpack's directImport).</summary>
    public bool DirectImport { get; init; } = true;

    /// <summary>False where a statement starts after an ASI line end: code starting with <c>(</c> needs a <c>;</c>.</summary>
    public bool AsiSafe { get; init; } = true;

    /// <summary>The local name the module reads the import by (<c>x</c> in <c>import { a as x }</c>, the namespace's name for <c>ns.a</c>).</summary>
    public string LocalName { get; init; } = "";

    /// <inheritdoc />
    public override Dependency? ResolvesWith => Import;

    /// <summary>
    /// The variable of the module the read was redirected to past side-effect-free re-exporting
    /// modules (its connection points there), or null when it reads its import's module.
    /// </summary>
    public string? RedirectedVariable { get; private set; }

    /// <summary>
    /// Points the read at the module that defines the binding, skipping side-effect-free modules
    /// that re-export it (webpack's SideEffectsFlagPlugin): <paramref name="exportName"/> is the
    /// export read there (null: its namespace), <paramref name="variable"/> the importing module's
    /// variable for that module. The properties read from the binding stay as they are.
    /// </summary>
    internal void Redirect(string? exportName, string variable)
    {
        ExportName = exportName;
        RedirectedVariable = variable;
    }

    /// <summary>The next chain member the read may take into its binding (a namespace's export), or null.</summary>
    internal string? NextMember => ExportName is null && ConsumedMembers < ChainIds.Count ? ChainIds[ConsumedMembers] : null;

    /// <summary>
    /// Like <see cref="Redirect"/> for a read of a redirected namespace: its next member is now the
    /// binding, <paramref name="exportName"/> of the module that defines it.
    /// </summary>
    internal void RedirectMember(string? exportName, string variable)
    {
        ConsumedMembers++;
        Redirect(exportName, variable);
    }

    /// <summary>
    /// webpack's usedByExports (the inner graph): the exports of this module through which the read
    /// is reached — it is needed only where one of them is used; null when always needed.
    /// </summary>
    public HashSet<string>? UsedByExports { get; set; }

    /// <summary>The read's usage is settled once imported exports are known (its declaration calls imported functions).</summary>
    internal bool Pending { get; set; }

    /// <inheritdoc />
    /// <remarks>webpack's getDependencyUsedByExportsCondition.</remarks>
    public override ConnectionCondition? GetCondition(ModuleGraph moduleGraph)
    {
        // webpack: a read of an inlined export needs nothing of its module (the literal is read),
        // and a read only unused exports reach is not needed either.
        if (UsedByExports is null && !Pending && !moduleGraph.InlineExports)
            return null;
        return (connection, runtime) =>
        {
            var exports = UsedByExports;
            if (IsInlined(moduleGraph, connection.Module, runtime) || ImportGuard.IsDead(BranchGuards, moduleGraph, runtime))
                return ConnectionState.Inactive;
            if (exports is null)
                return ConnectionState.Active;
            // The dependency's own module (a copy of the connection on a concatenated module has that one as origin).
            if (moduleGraph.GetParentModule(this) is not { } self) return ConnectionState.Active;
            var exportsInfo = moduleGraph.GetExportsInfo(self);
            foreach (var name in exports)
            {
                if (exportsInfo.GetUsed(name, runtime) != UsageState.Unused) return ConnectionState.Active;
            }
            return ConnectionState.Inactive;
        };
    }

    // webpack's isExportInlined for this read's export of `module`.
    private bool IsInlined(ModuleGraph moduleGraph, Module module, RuntimeSpec? runtime) =>
        ExportName is { } name && moduleGraph.GetExportsInfo(module).GetInlined(name, runtime) is not null;

    /// <inheritdoc />
    public override IReadOnlyList<string>? GetWarnings(ModuleGraph moduleGraph) =>
        ExportsPresence.Level(moduleGraph, this) == "warn" ? LinkingProblems(moduleGraph) : null;

    /// <inheritdoc />
    public override IReadOnlyList<string>? GetErrors(ModuleGraph moduleGraph) =>
        ExportsPresence.Level(moduleGraph, this) == "error" ? LinkingProblems(moduleGraph) : null;

    private string[]? LinkingProblems(ModuleGraph moduleGraph)
    {
        if (ExportName is null)
            return null;
        var members = Members;
        IReadOnlyList<string> ids = members.Count == 0 ? [ExportName] : [ExportName, .. members];
        return ExportsPresence.LinkingProblem(moduleGraph, this, ids, Import.Request!, $"(imported as '{LocalName}')") is { } problem ? [problem] : null;
    }

    /// <inheritdoc />
    public override IReadOnlyList<ReferencedExport> GetReferencedExports(ModuleGraph moduleGraph, Sharpack.Core.Runtime.RuntimeSpec? runtime)
    {
        // Follows webpack's HarmonyImportSpecifierDependency.getReferencedExports: the namespace
        // object, and the default import of a module whose default is its whole value, use
        // everything; so does the default import of a CommonJS module (interop decided at runtime).
        if (UsesNamespaceAsThis)
            return ReferencedExport.ExportsObject;
        // webpack: a call through a member chain (not the binding itself) uses the object before
        // the called name whole, as the call's `this`.
        var remaining = Members;
        var members = MemberCall && remaining.Count > 0 && (ExportName is not null || remaining.Count > 1) ? Without(remaining, 1) : remaining;
        if (ExportName is null)
        {
            // A read redirected to a namespace (`z.a` where z re-exports a module's namespace) uses
            // the members read, which keep their names: the code reads them as written.
            return members.Count == 0 ? ReferencedExport.ExportsObject : [new ReferencedExport(members, CanMangle: false, CanInline: false)];
        }
        if (ExportName == "default" && moduleGraph.GetConnection(this) is { OriginModule: { } parent } connection)
        {
            switch (connection.Module.GetExportsType(parent.IsStrictEsm))
            {
                case ExportsType.Dynamic:
                    return ReferencedExport.ExportsObject;
                case ExportsType.DefaultOnly or ExportsType.DefaultWithNamed:
                    {
                        // The default is the whole value: its properties are the module's exports,
                        // read by the names written (the template does not rename them); a method
                        // called on it uses it whole (webpack's namespaceObjectAsContext).
                        var path = MemberCall ? Without(remaining, 1) : remaining;
                        return path.Count == 0 ? ReferencedExport.ExportsObject : [new ReferencedExport(path, CanMangle: false, CanInline: false)];
                    }
            }
        }
        // A deferred read must read the export to evaluate its module: never inlined.
        var deferred = Import.Phase == Sharpack.JavaScript.Ast.ImportPhase.Defer;
        if (members.Count == 0)
            return [deferred ? new ReferencedExport([ExportName], CanInline: false) : ReferencedExport.Of(ExportName)];
        // The code replaces the binding only (its properties stay as written): the binding may be
        // inlined (`("abc").length`), an export of its value (a namespace's) may not.
        var nested = moduleGraph.GetModule(this) is { } target && moduleGraph.GetExportsInfo(target).GetReadOnlyExportInfo(ExportName).ExportsInfo is not null;
        return [new ReferencedExport([ExportName, .. members], CanInline: !nested && !deferred)];
    }

    private static IReadOnlyList<string> Without(IReadOnlyList<string> path, int last)
    {
        var result = new string[Math.Max(0, path.Count - last)];
        for (var i = 0; i < result.Length; i++) result[i] = path[i];
        return result;
    }

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        // A read only unused exports reach stays as written (dead code; webpack leaves it too).
        if (context.Generation.Graph.GetConnection(this) is { } connection && !connection.IsTargetActive(context.Runtime)
            && !IsInlined(context.Generation.Graph, connection.Module, context.Runtime)
            && (UsedByExports is not null || ImportGuard.IsDead(BranchGuards, context.Generation.Graph, context.Runtime)))
        {
            // webpack: the code stays as written and never runs; its name is declared so it still parses as a binding.
            // (Not in a concatenation, whose shared scope may hold the name already.)
            if (LocalName.Length > 0 && context.ConcatenationScope is null)
            {
                context.AddInitFragment(new InitFragment($"/* unused harmony import specifier */ var {LocalName};\n",
                    Stage: 10, Position: 0, Key: "unused import specifier " + LocalName));
            }
            return;
        }
        if (context.ConcatenationScope is { } scope && context.Generation.Graph.GetModule(this) is { } inScope && scope.IsModuleInScope(inScope))
        {
            // webpack's template in a concatenation scope: a module reference the concatenated
            // module resolves to the final name of the binding.
            // A method called on a namespace import keeps the namespace object as its `this`.
            var deferred = Import.Phase == Sharpack.JavaScript.Ast.ImportPhase.Defer;
            var end = End;
            string reference;
            if (UsesNamespaceAsThis && ExportName is not null)
            {
                reference = scope.CreateModuleReference(inScope, [], asiSafe: AsiSafe, deferredImport: deferred)
                    + PropertyAccess(context.Generation.Graph.GetExportsInfo(inScope).GetUsedName(ExportName, context.Runtime) ?? ExportName);
            }
            else if (Chain is { Count: > 0 } chain)
            {
                // webpack's ids with the member chain: the whole chain is the reference, resolved
                // through re-exports to the final binding; a call keeps its object as `this`.
                IReadOnlyList<string> ids = ExportName is null ? chain : [ExportName, .. chain];
                reference = scope.CreateModuleReference(inScope, ids, ChainCall, directImport: false, AsiSafe, deferred);
                end = ChainEnd;
            }
            else
            {
                // Members taken into the binding by a redirect are part of what is replaced.
                if (ConsumedMembers > 0)
                    end = ChainEnds[ConsumedMembers - 1];
                reference = scope.CreateModuleReference(inScope, ExportName is null ? [] : [ExportName], CallsBinding, DirectImport && ConsumedMembers == 0, AsiSafe, deferred);
            }
            context.Source.Replace(Start, end - 1, ShorthandKey is null ? reference : ShorthandKey + ": " + reference);
            return;
        }
        var expression = RedirectedVariable is { } variable
            ? Expression(context.Generation.Graph.GetModule(this), variable, Import.Request!, Import.Index, ExportName, context, out var isProperty)
            : Expression(Import, ExportName, context, out isProperty, AsiSafe);
        // `x_default()` read as a value (e.g. `new Def()`) needs parentheses around the getter call.
        var callsBinding = CallsBinding;
        if (!callsBinding && expression.EndsWith("_default()", StringComparison.Ordinal))
            expression = (AsiSafe ? "(" : ";(") + expression + ")";
        if (callsBinding && isProperty)
            expression = (AsiSafe ? "(0," : ";(0,") + expression + ")";
        if (ShorthandKey is not null)
            expression = ShorthandKey + ": " + expression;
        // Members taken into the binding by a redirect are part of what is replaced.
        context.Source.Replace(Start, (ConsumedMembers > 0 ? ChainEnds[ConsumedMembers - 1] : End) - 1, expression);
    }

    /// <summary>
    /// The literal read in place of the export at <paramref name="path"/> of <paramref name="module"/>
    /// when it is inlined (webpack's InlinedUsedName.render), with the rest of the path read from it; null when it is not.
    /// </summary>
    internal static string? InlinedExpression(ModuleGraph graph, Module module, IReadOnlyList<string> path, RuntimeSpec? runtime) =>
        graph.GetExportsInfo(module).GetInlined(path, runtime, out var suffix) is { } value
            ? value.Render("/* inlined export " + Comments.Escape(PropertyNames.Access(path)) + " */", suffix)
            : null;

    /// <summary>The code that reads <paramref name="exportName"/> from the module <paramref name="import"/> loads.</summary>
    internal static string Expression(EsmImportSideEffectDependency import, string? exportName, TemplateContext context, out bool isProperty, bool? asiSafe = null) =>
        import.IsDeferred
            ? DeferredExpression(import, exportName, context, out isProperty, asiSafe)
            : Expression(import.Target, import.VariableName, import.Request!, import.Index, exportName, context, out isProperty);

    // webpack's exportFromImport for a deferred import: exports are read through `.a` (which
    // evaluates the module); the namespace used as a value is the module's deferred namespace
    // object, made once per importing module.
    private static string DeferredExpression(EsmImportSideEffectDependency import, string? exportName, TemplateContext context, out bool isProperty, bool? asiSafe)
    {
        var target = import.Target!;
        var variable = import.VariableName;
        import.Declare(context);
        var exportsType = target.GetExportsType(context.Module.IsStrictEsm);
        isProperty = false;
        if (exportName is null)
        {
            context.RuntimeRequirements |= RuntimeGlobals.MakeDeferredNamespaceObject;
            var cache = variable + "_deferred_namespace_cache";
            context.AddInitFragment(new InitFragment($"var {cache};\n", Stage: -10, Position: -1, Key: cache));
            var prefix = asiSafe switch { true => "", false => ";", null => "Object" };
            return $"/*#__PURE__*/ {prefix}({cache} || ({cache} = __webpack_require__.z({context.ModuleIdLiteral(target)}, {DeferredImports.Mode(exportsType)})))";
        }
        if (exportName == "default" && exportsType != ExportsType.Namespace)
            return variable + ".a";
        if (exportsType == ExportsType.DefaultOnly)
            return "/* non-default import from non-esm module */undefined";
        if (exportsType != ExportsType.Namespace && exportName == "__esModule")
            return "/* __esModule */true";
        var used = context.Generation.Graph.GetExportsInfo(target).GetUsedName(exportName, context.Runtime);
        if (used is null)
            return Comments.ToNormalComment("unused export " + PropertyAccess(exportName)) + " undefined";
        isProperty = true;
        return used == exportName
            ? variable + ".a" + PropertyAccess(exportName)
            : variable + ".a" + Comments.ToNormalComment(PropertyAccess(exportName)) + " " + PropertyAccess(used);
    }

    // Follows webpack's RuntimeTemplate.exportFromImport; a binding read declares its import.
    internal static string Expression(Module? target, string variable, string request, int index, string? exportName, TemplateContext context, out bool isProperty)
    {
        // An inlined export is its literal; its module need not even be loaded (webpack's InlinedUsedName).
        if (exportName is not null && target is not null && InlinedExpression(context.Generation.Graph, target, [exportName], context.Runtime) is { } literal)
        {
            isProperty = false;
            return literal;
        }
        EsmImportSideEffectDependency.DeclareImport(context, target, variable, request, index);
        var exportsType = target?.GetExportsType(context.Module.IsStrictEsm) ?? ExportsType.Namespace;
        isProperty = true;
        if (exportName is null)
        {
            isProperty = false;
            if (exportsType is ExportsType.Namespace or ExportsType.Dynamic || target is null)
                return variable;
            // A namespace object for a module that has none: its value as default (and its properties).
            context.RuntimeRequirements |= RuntimeGlobals.CreateFakeNamespaceObject;
            var mode = exportsType == ExportsType.DefaultOnly ? "" : ", 2";
            context.AddInitFragment(new InitFragment(
                $"/* harmony import */ var {variable}_namespace = /*#__PURE__*/__webpack_require__.t({variable}{mode});\n",
                Stage: 10, Position: index * 2 + 1, Key: "import namespace " + variable));
            return variable + "_namespace";
        }
        if (exportName == "default")
        {
            switch (exportsType)
            {
                case ExportsType.Dynamic:
                    isProperty = false;
                    return variable + "_default()";
                case ExportsType.DefaultOnly:
                case ExportsType.DefaultWithNamed:
                    isProperty = false;
                    return variable;
            }
        }
        else if (exportsType == ExportsType.DefaultOnly)
        {
            isProperty = false;
            return "/* non-default import from non-esm module */undefined";
        }
        else if (exportsType != ExportsType.Namespace && exportName == "__esModule")
        {
            isProperty = false;
            return "/* __esModule */true";
        }
        if (target is null)
            return variable + PropertyAccess(exportName);
        // The export's name in the output in this runtime: unused (tree shaken) or renamed (mangled).
        var used = context.Generation.Graph.GetExportsInfo(target).GetUsedName(exportName, context.Runtime);
        if (used is null)
        {
            isProperty = false;
            return Comments.ToNormalComment("unused export " + PropertyAccess(exportName)) + " undefined";
        }
        return used == exportName
            ? variable + PropertyAccess(exportName)
            : variable + Comments.ToNormalComment(PropertyAccess(exportName)) + " " + PropertyAccess(used);
    }

    internal static string PropertyAccess(string name) => PropertyNames.Access(name);
}
