// Follows webpack lib/dependencies/HarmonyImportSpecifierDependency.js: a use of an imported
// binding becomes a property read on the import variable, with CommonJS interop for default
// imports, `(0, x.f)(…)` for calls (no `this`), and `key: value` for shorthand properties.

using System.Text;
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

    // The name the parser found, for a compilation that reuses the module after a redirect.
    private readonly string? _parsedExportName = exportName;

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

    /// <summary>
    /// What an object pattern reads of the value (<c>const { a, b: { c } } = ns</c>; webpack's
    /// referencedPropertiesInDestructuring): only those paths are used, and keys are written with
    /// the used names of mangled exports. Null when the value is not destructured.
    /// </summary>
    public IReadOnlyList<DestructuringProperty>? Destructured { get; init; }

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
    /// Whether the read was redirected past side-effect-free re-exporting modules (its connection
    /// points at the module defining the binding).
    /// </summary>
    public bool IsRedirected { get; private set; }

    /// <summary>
    /// Points the read at the module that defines the binding, skipping side-effect-free modules
    /// that re-export it (webpack's SideEffectsFlagPlugin): <paramref name="exportName"/> is the
    /// export read there (null: its namespace). The properties read from the binding stay as they are.
    /// </summary>
    internal void Redirect(string? exportName)
    {
        ExportName = exportName;
        IsRedirected = true;
    }

    /// <inheritdoc />
    /// <remarks>A side-effects redirect is the compilation's: the read goes back to its import.</remarks>
    public override void ResetCompilationState()
    {
        base.ResetCompilationState();
        ExportName = _parsedExportName;
        IsRedirected = false;
        ConsumedMembers = 0;
    }

    /// <inheritdoc />
    public override int CodeGenerationStateHash() => HashCode.Combine(ExportName, IsRedirected, ConsumedMembers);

    /// <summary>The next chain member the read may take into its binding (a namespace's export), or null.</summary>
    internal string? NextMember => ExportName is null && ConsumedMembers < ChainIds.Count ? ChainIds[ConsumedMembers] : null;

    /// <summary>
    /// Like <see cref="Redirect"/> for a read of a redirected namespace: its next member is now the
    /// binding, <paramref name="exportName"/> of the module that defines it.
    /// </summary>
    internal void RedirectMember(string? exportName)
    {
        ConsumedMembers++;
        Redirect(exportName);
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

    // webpack's isExportInlined for this read's ids (the export and the chain through namespaces) of `module`.
    private bool IsInlined(ModuleGraph moduleGraph, Module module, RuntimeSpec? runtime)
    {
        if (ExportName is not { } name)
            return false;
        var exportsInfo = moduleGraph.GetExportsInfo(module);
        return Chain is { Count: > 0 } chain && Destructured is null
            ? exportsInfo.GetInlined([name, .. chain], runtime, out _) is not null
            : exportsInfo.GetInlined(name, runtime) is not null;
    }

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
        // Properties read past a `?.` are not part of the reference (webpack's getNonOptionalPart):
        // the code writes them as they are.
        var remaining = Members is var all && Chain.Count < all.Count ? Slice(all, 0, Chain.Count) : Members;
        var members = MemberCall && remaining.Count > 0 && (ExportName is not null || remaining.Count > 1) ? Without(remaining, 1) : remaining;
        if (ExportName is null)
        {
            // A read redirected to a namespace (`z.a` where z re-exports a module's namespace) uses
            // the members read, which keep their names: the code reads them as written.
            if (members.Count == 0)
            {
                if (Destructured is { } destructured)
                    return InDestructuring(destructured, []);
                // webpack: the namespace as a value may get a decoupled object with the original
                // names (its exports stay mangleable); a deferred one keeps its special namespace.
                return Import.Phase == Sharpack.JavaScript.Ast.ImportPhase.Defer ? ReferencedExport.ExportsObject : ReferencedExport.ExportsObjectMangleable;
            }
            return [new ReferencedExport(members, CanMangle: false, CanInline: false)];
        }
        if (ExportName == "default" && moduleGraph.GetConnection(this) is { OriginModule: { } parent } connection)
        {
            switch (connection.Module.GetExportsType(parent.IsStrictEsm))
            {
                case ExportsType.Dynamic:
                    return ReferencedExport.ExportsObject;
                case ExportsType.DefaultOnly or ExportsType.DefaultWithNamed:
                    {
                        // The default is the whole value: its properties are the module's exports
                        // (the template reads them by their used names, but a deferred read as
                        // written); a method called on it uses it whole (webpack's namespaceObjectAsContext).
                        var path = MemberCall ? Without(remaining, 1) : remaining;
                        if (Destructured is { } destructured)
                            return InDestructuring(destructured, path);
                        return path.Count == 0 ? ReferencedExport.ExportsObject
                            : [new ReferencedExport(path, CanMangle: Import.Phase != Sharpack.JavaScript.Ast.ImportPhase.Defer, CanInline: false)];
                    }
            }
        }
        if (Destructured is { } properties)
            return InDestructuring(properties, [ExportName, .. members]);
        // A deferred read must read the export to evaluate its module: never inlined.
        var deferred = Import.Phase == Sharpack.JavaScript.Ast.ImportPhase.Defer;
        if (members.Count == 0)
            return [deferred ? new ReferencedExport([ExportName], CanInline: false) : ReferencedExport.Of(ExportName)];
        // The code replaces the binding and the exports of its chain (through namespaces) with
        // their used names or literal; properties of a value stay as written (`("abc").length`).
        return [new ReferencedExport([ExportName, .. members], CanInline: !deferred)];
    }

    // webpack's _getReferencedExportsInDestructuring: each path the pattern binds, never inlined
    // (a pattern cannot read a literal); their keys are written with the used names.
    private static IReadOnlyList<ReferencedExport> InDestructuring(IReadOnlyList<DestructuringProperty> properties, IReadOnlyList<string> prefix)
    {
        var paths = DestructuringProperty.LeafPaths(properties, prefix);
        var result = new ReferencedExport[paths.Count];
        for (var i = 0; i < result.Length; i++) result[i] = new ReferencedExport(paths[i], CanInline: false);
        return result;
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
            // webpack: the code stays as written and never runs; its name is declared so it still parses as a binding
            // (in a concatenation too: the declaration is a top-level name of the module, renamed as its others).
            if (LocalName.Length > 0)
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
                end = ChainEnd;
                // webpack's getTrimmedIdsAndRange here too: the properties of an export's value
                // (`React.Children.forEach` of a CommonJS module) stay as written after the reference.
                var taken = deferred ? ids.Count : context.Generation.Graph.GetExportsInfo(inScope).CountImportedIds(ids, ids.Count);
                if (taken < ids.Count)
                {
                    var members = taken - (ExportName is null ? 0 : 1);
                    end = members > 0 ? ChainEnds[ConsumedMembers + members - 1] : ConsumedMembers > 0 ? ChainEnds[ConsumedMembers - 1] : End;
                    ids = Slice(ids, 0, taken);
                }
                reference = scope.CreateModuleReference(inScope, ids, ChainCall, directImport: false, AsiSafe, deferred);
            }
            else
            {
                // Members taken into the binding by a redirect are part of what is replaced.
                if (ConsumedMembers > 0)
                    end = ChainEnds[ConsumedMembers - 1];
                reference = scope.CreateModuleReference(inScope, ExportName is null ? [] : [ExportName], CallsBinding, DirectImport && ConsumedMembers == 0, AsiSafe, deferred,
                    mangleableNamespace: ExportName is null && Destructured is null && !deferred);
            }
            // The binding written in its place keeps the imported name in a source map (the
            // concatenation links the reference to a final name that may differ, `BaseShape` to `Shape`).
            if (ShorthandKey is null)
                context.Source.Replace(Start, end - 1, reference, LocalName.Length > 0 ? LocalName : null);
            else
                context.Source.Replace(Start, end - 1, ShorthandKey + ": " + reference);
            RenameDestructuredKeys(context, inScope);
            return;
        }
        // webpack's getTrimmedIdsAndRange: chain members that are exports too (through namespaces
        // re-exported whole) join the binding and are written with their used names; the
        // properties of the value read after them stay as written.
        var graph = context.Generation.Graph;
        var exportName = ExportName;
        IReadOnlyList<string> imported = [];
        var replacedEnd = ConsumedMembers > 0 ? ChainEnds[ConsumedMembers - 1] : End;
        if (Chain is { Count: > 0 } rest && !Import.IsDeferred && graph.GetModule(this) is { } importedModule)
        {
            IReadOnlyList<string> ids = exportName is null ? rest : [exportName, .. rest];
            var taken = graph.GetExportsInfo(importedModule).CountImportedIds(ids, ids.Count) - (exportName is null ? 0 : 1);
            if (taken > 0)
            {
                exportName ??= rest[0];
                imported = ExportName is null ? Slice(rest, 1, taken - 1) : Slice(rest, 0, taken);
                replacedEnd = ChainEnds[ConsumedMembers + taken - 1];
            }
        }
        var mangleableNamespace = exportName is null && Destructured is null && Import.Phase != Sharpack.JavaScript.Ast.ImportPhase.Defer;
        var expression = IsRedirected && graph.GetModule(this) is { } redirected
            ? Expression(redirected, ImportVariables.Get(graph, context.Module, redirected, Import.Request!, deferred: false), Import.Request!, Import.Index, exportName, context, out var isProperty, imported,
                mangleableNamespace)
            : Expression(Import, exportName, context, out isProperty, AsiSafe, imported, mangleableNamespace);
        // The default of a CommonJS module is read by calling its getter, `x_default()`: read as a
        // value (e.g. `new Def()`, `new Def.default()`) the call needs parentheses around it.
        // webpack's exportFromImport: only a call of the imported binding itself loses its `this`
        // (`(0, x.f)()`); a call through a member keeps the object before it.
        var callsBinding = CallsBinding && imported.Count == 0;
        var readsDefaultGetter = exportName == "default" && !Import.IsDeferred
            && graph.GetModule(this)?.GetExportsType(context.Module.IsStrictEsm) == ExportsType.Dynamic;
        if (!callsBinding && readsDefaultGetter)
            expression = (AsiSafe ? "(" : ";(") + expression + ")";
        if (IsCall && isProperty && imported.Count == 0)
            expression = (AsiSafe ? "(0," : ";(0,") + expression + ")";
        if (ShorthandKey is not null)
            expression = ShorthandKey + ": " + expression;
        context.Source.Replace(Start, replacedEnd - 1, expression);
        if (graph.GetModule(this) is { } read)
            RenameDestructuredKeys(context, read);
    }

    // webpack's template for referencedPropertiesInDestructuring: a key naming a mangled export is
    // written as its used name (`{ /* a */ "b": a }` for a shorthand, which keeps the local name).
    private void RenameDestructuredKeys(TemplateContext context, Module module)
    {
        if (Destructured is not { } properties)
            return;
        IReadOnlyList<string> prefix = ExportName is null ? Members : [ExportName, .. Members];
        if (ExportName == "default" && module.GetExportsType(context.Module.IsStrictEsm) is ExportsType.DefaultOnly or ExportsType.DefaultWithNamed)
            prefix = Members;
        var exportsInfo = context.Generation.Graph.GetExportsInfo(module);
        var path = new List<string>(prefix);
        RenameKeys(context, exportsInfo, properties, path);
    }

    // False when a path is not used at all (webpack stops renaming there).
    private static bool RenameKeys(TemplateContext context, ExportsInfo exportsInfo, IReadOnlyList<DestructuringProperty> properties, List<string> path)
    {
        foreach (var property in properties)
        {
            path.Add(property.Id);
            if (exportsInfo.GetUsedName(path, context.Runtime) is not { } used)
                return false;
            var newName = used[^1];
            if (newName != property.Id)
            {
                var key = Comments.ToNormalComment(property.Id) + " " + CodeGenerationContext.JsonString(newName);
                context.Source.Replace(property.Start, property.End - 1, property.Shorthand ? key + ": " + property.Id : key);
            }
            if (property.Pattern is { } nested && !RenameKeys(context, exportsInfo, nested, path))
                return false;
            path.RemoveAt(path.Count - 1);
        }
        return true;
    }

    private static string[] Slice(IReadOnlyList<string> list, int start, int count)
    {
        var result = new string[Math.Max(0, count)];
        for (var i = 0; i < result.Length; i++) result[i] = list[start + i];
        return result;
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
    /// <remarks><paramref name="members"/> are exports of the export's value too (a namespace's), written with their used names; not for a deferred import.</remarks>
    /// <remarks><paramref name="mangleableNamespace"/>: the namespace read as a value may be an object with the original names (webpack's).</remarks>
    internal static string Expression(EsmImportSideEffectDependency import, string? exportName, TemplateContext context, out bool isProperty, bool? asiSafe = null, IReadOnlyList<string>? members = null,
        bool mangleableNamespace = false) =>
        import.IsDeferred
            ? DeferredExpression(import, exportName, context, out isProperty, asiSafe)
            : Expression(import.Target, import.GetVariable(context), import.Request!, import.Index, exportName, context, out isProperty, members, mangleableNamespace);

    // webpack's exportFromImport for a deferred import: exports are read through `.a` (which
    // evaluates the module); the namespace used as a value is the module's deferred namespace
    // object, made once per importing module.
    private static string DeferredExpression(EsmImportSideEffectDependency import, string? exportName, TemplateContext context, out bool isProperty, bool? asiSafe)
    {
        var target = import.Target!;
        var variable = import.GetVariable(context);
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
    internal static string Expression(Module? target, string variable, string request, int index, string? exportName, TemplateContext context, out bool isProperty, IReadOnlyList<string>? members = null,
        bool mangleableNamespace = false)
    {
        members ??= [];
        // An inlined export is its literal; its module need not even be loaded (webpack's InlinedUsedName).
        if (exportName is not null && target is not null
            && InlinedExpression(context.Generation.Graph, target, members.Count == 0 ? [exportName] : [exportName, .. members], context.Runtime) is { } literal)
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
            if (exportsType == ExportsType.Namespace && mangleableNamespace && target is not null && context.Generation.Options.Optimization.MangleExports is not null
                && MaterializedNamespaceObject(context, target, variable) is { } materialized)
                return materialized;
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
                    // webpack: the members follow the getter call as written.
                    isProperty = false;
                    return variable + "_default()" + PropertyNames.Access(members);
                case ExportsType.DefaultOnly:
                case ExportsType.DefaultWithNamed:
                    // The default is the module's value: its members are the module's exports.
                    if (members.Count > 0 && target is not null)
                        return UsedAccess(context, target, variable, members, out isProperty);
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
            return variable + PropertyAccess(exportName) + PropertyNames.Access(members);
        if (members.Count > 0)
            return UsedAccess(context, target, variable, [exportName, .. members], out isProperty);
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

    // webpack's _materializedNamespaceObject: a namespace object with the original export names
    // over the module's mangled ones, for a namespace that escapes as a value; null when no name
    // changed (the module's own namespace object serves).
    private static string? MaterializedNamespaceObject(TemplateContext context, Module target, string variable)
    {
        var exportsInfo = context.Generation.Graph.GetExportsInfo(target);
        var arrow = context.Generation.Options.Output.Environment.ArrowFunction;
        var definitions = new StringBuilder();
        var mangled = false;
        foreach (var exportInfo in exportsInfo.OrderedExports)
        {
            if (exportInfo.Provided == ProvidedState.NotProvided || exportInfo.Name is not { } name)
                continue;
            string value;
            if (InlinedExpression(context.Generation.Graph, target, [name], context.Runtime) is { } inlined)
            {
                mangled = true;
                value = inlined;
            }
            else if (exportsInfo.GetUsedName(name, context.Runtime) is { } used)
            {
                mangled |= used != name;
                value = variable + PropertyNames.Access(used);
            }
            else
            {
                continue;
            }
            definitions.Append(definitions.Length == 0 ? "\n\t" : ",\n\t").Append(PropertyNames.Key(name)).Append(": ")
                .Append(Runtime.FunctionSyntax.Returning(value, arrow));
        }
        if (!mangled)
            return null;
        var objectName = variable + "_namespace_object";
        context.RuntimeRequirements |= RuntimeGlobals.Exports | RuntimeGlobals.MakeNamespaceObject | RuntimeGlobals.DefinePropertyGetters;
        context.AddInitFragment(new InitFragment(
            $"var {objectName} = {{}};\n__webpack_require__.r({objectName});\n__webpack_require__.d({objectName}, {{{definitions}\n}});\n",
            Stage: 20, Position: 0, Key: objectName));
        return objectName;
    }

    // The export path read from the variable with its used names (webpack's exportFromImport).
    private static string UsedAccess(TemplateContext context, Module target, string variable, IReadOnlyList<string> path, out bool isProperty)
    {
        isProperty = true;
        var written = PropertyNames.Access(path);
        if (context.Generation.Graph.GetExportsInfo(target).GetUsedName(path, context.Runtime) is not { } used)
        {
            isProperty = false;
            return Comments.ToNormalComment("unused export " + written) + " undefined";
        }
        var access = PropertyNames.Access(used);
        return access == written ? variable + access : variable + Comments.ToNormalComment(written) + " " + access;
    }

    internal static string PropertyAccess(string name) => PropertyNames.Access(name);
}
