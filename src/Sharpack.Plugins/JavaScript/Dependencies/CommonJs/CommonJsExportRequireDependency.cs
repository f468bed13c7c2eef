// Follows webpack lib/dependencies/CommonJsExportRequireDependency.js: a CommonJS re-export —
// `exports.x = require("./y")` (or `.z` of it), `module.exports = require("./y")`, and
// `Object.defineProperty(exports, "x", { value: require("./y") })` or its lazy getter form. The
// export's target is the required module's export, so what importers use of x is what this
// module uses of ./y; an unused re-export keeps only the require (for its side effects), and
// nothing at all when ./y has none.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Plugins.JavaScript.Dependencies.Esm;

namespace Sharpack.Plugins.JavaScript.Dependencies.CommonJs;

/// <summary>A CommonJS re-export of a required module (or of a property path of it).</summary>
/// <param name="request">The required request.</param>
/// <param name="names">The export path assigned (empty: the whole exports object, <c>module.exports = require(…)</c>).</param>
/// <param name="ids">The property path read of the required module (<c>require("./y").a.b</c> gives a, b).</param>
/// <param name="exportsBase">What is written to.</param>
/// <param name="resultUsed">The assignment's value is used (not a statement of its own): the whole path is used.</param>
public sealed class CommonJsExportRequireDependency(string request, IReadOnlyList<string> names, IReadOnlyList<string> ids, CommonJsBase exportsBase, bool resultUsed) : Dependency, ICommonJsConcatenatable
{
    /// <inheritdoc />
    public bool CanConcatenate => true;

    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <inheritdoc />
    public override DependencyCategory Category => DependencyCategory.CommonJs;

    /// <summary>The export path assigned.</summary>
    public IReadOnlyList<string> Names { get; } = names;

    /// <summary>The path read of the required module.</summary>
    public IReadOnlyList<string> Ids { get; } = ids;

    /// <summary>What is written to.</summary>
    public CommonJsBase Base { get; } = exportsBase;

    /// <summary>Whether the assignment's value is used.</summary>
    public bool ResultUsed { get; } = resultUsed;

    /// <summary>For <c>Object.defineProperty</c>: the range (start, end) of the re-exported expression.</summary>
    public (int Start, int End) ValueRange { get; init; }

    /// <summary>The re-export is a lazy <c>get: () =&gt; require(…)</c> accessor: unused, it needs not even load the module.</summary>
    public bool Getter { get; init; }

    /// <inheritdoc />
    public override string TypeName => "cjs export require";

    /// <inheritdoc />
    public override ConnectionCondition? GetCondition(ModuleGraph moduleGraph)
    {
        // `module.exports = require(…)` stays active: the module's value is the required one's.
        if (ResultUsed || Names.Count == 0)
            return null;
        return (connection, runtime) =>
        {
            if (connection.OriginModule is not { } parent)
                return ConnectionState.Active;
            if (moduleGraph.GetExportsInfo(parent).GetUsedName(Names, runtime) is not null)
                return ConnectionState.Active;
            if (Getter)
                return ConnectionState.Inactive;
            return connection.ResolvedModule.GetSideEffectsConnectionState(moduleGraph);
        };
    }

    /// <inheritdoc />
    public override IReadOnlyList<ReferencedExport> GetReferencedExports(ModuleGraph moduleGraph, RuntimeSpec? runtime)
    {
        // require(esm) unwrapping "module.exports": what is read of that value is not modelled.
        if (CommonJsDependencyHelpers.RequireEsmModuleExportsReferenced(this, moduleGraph) is { } unwrapped)
            return unwrapped;
        if (ResultUsed || moduleGraph.GetParentModule(this) is not { } parent)
            return FullResult();
        var exportsInfo = moduleGraph.GetExportsInfo(parent);
        foreach (var name in Names)
        {
            var exportInfo = exportsInfo.GetReadOnlyExportInfo(name);
            var used = exportInfo.GetUsed(runtime);
            if (used == UsageState.Unused)
                return ReferencedExport.None;
            if (used != UsageState.OnlyPropertiesUsed || exportInfo.ExportsInfo is null)
                return FullResult();
            exportsInfo = exportInfo.ExportsInfo;
        }
        if (exportsInfo.OtherExportsInfo.GetUsed(runtime) != UsageState.Unused)
            return FullResult();
        var referenced = new List<ReferencedExport>();
        foreach (var exportInfo in exportsInfo.OrderedExports)
            ProcessExportInfo.Run(runtime, referenced, [.. Ids, exportInfo.Name!], exportInfo, canInline: false);
        // The names read through the required module are written as they are.
        for (var i = 0; i < referenced.Count; i++)
            referenced[i] = referenced[i] with { CanMangle = false };
        return referenced;
    }

    private IReadOnlyList<ReferencedExport> FullResult() =>
        Ids.Count == 0 ? ReferencedExport.ExportsObject : [new ReferencedExport(Ids, CanMangle: false, CanInline: false)];

    /// <inheritdoc />
    public override ExportsSpec? GetExports(ModuleGraph moduleGraph)
    {
        var esmUnwrap = moduleGraph.GetModule(this) is { } required && CommonJsDependencyHelpers.IsRequireEsmModuleExportsModule(required, moduleGraph);
        // Names under a re-export may not be renamed: they are also read through the required module's object.
        if (Names.Count == 1)
        {
            if (moduleGraph.GetConnection(this) is not { } from)
                return null;
            IReadOnlyList<string>? chain = esmUnwrap ? [CommonJsDependencyHelpers.EsmModuleExportsName, .. Ids] : Ids.Count == 0 ? null : Ids;
            return new ExportsSpec
            {
                Exports = [new ExportSpec(Names[0]) { From = from, Export = chain, HasExport = true, CanMangle = false }],
                Dependencies = [from.Module],
            };
        }
        if (Names.Count > 1)
            return new ExportsSpec { Exports = [new ExportSpec(Names[0]) { CanMangle = false }] };
        if (moduleGraph.GetConnection(this) is not { } connection)
            return null;
        var imported = connection.Module;
        // `module.exports = require("./esm")` of a module unwrapping "module.exports": this
        // module's exports are that value, whose properties are not known statically.
        if (esmUnwrap)
            return new ExportsSpec { Exports = null, CanMangle = false, Dependencies = [imported] };
        // An ES module whose exports are not determined yet: a star re-export now could add
        // names (and __esModule) the monotonic merge cannot take back; wait for them.
        if (imported.GetExportsType(false) == ExportsType.Namespace)
        {
            var importedExportsInfo = moduleGraph.GetExportsInfo(imported);
            if (importedExportsInfo.OtherExportsInfo.Provided == ProvidedState.NotProvided && importedExportsInfo.OwnedExports.Count == 0)
                return new ExportsSpec { Exports = [], Dependencies = [imported] };
        }
        // The required module's names, when they are all known: each re-exported from it.
        if (GetStarReexports(moduleGraph, null, imported) is { } names)
        {
            var exports = new ExportSpec[names.Count];
            for (var i = 0; i < exports.Length; i++)
                exports[i] = new ExportSpec(names[i]) { From = connection, Export = [.. Ids, names[i]], HasExport = true, CanMangle = false };
            return new ExportsSpec { Exports = exports, Dependencies = [imported] };
        }
        return new ExportsSpec
        {
            Exports = null,
            From = Ids.Count == 0 ? connection : null,
            CanMangle = false,
            Dependencies = [imported],
        };
    }

    // webpack's getStarReexports: the names `module.exports = require(…)` takes over, when the
    // required module has no other exports or this module's other exports are unused; else null.
    private List<string>? GetStarReexports(ModuleGraph moduleGraph, RuntimeSpec? runtime, Module imported)
    {
        var importedExportsInfo = moduleGraph.GetExportsInfo(imported);
        if (Ids.Count > 0)
            importedExportsInfo = importedExportsInfo.GetNestedExportsInfo(Ids);
        if (moduleGraph.GetParentModule(this) is not { } parent)
            return null;
        var exportsInfo = moduleGraph.GetExportsInfo(parent);
        var noExtraExports = importedExportsInfo is not null && importedExportsInfo.OtherExportsInfo.Provided == ProvidedState.NotProvided;
        var noExtraImports = exportsInfo.OtherExportsInfo.GetUsed(runtime) == UsageState.Unused;
        if (!noExtraExports && !noExtraImports)
            return null;
        var isNamespaceImport = imported.GetExportsType(false) == ExportsType.Namespace;
        var names = new List<string>();
        if (noExtraImports)
        {
            foreach (var exportInfo in exportsInfo.OrderedExports)
            {
                var name = exportInfo.Name!;
                if (exportInfo.GetUsed(runtime) == UsageState.Unused)
                    continue;
                if (name == "__esModule" && isNamespaceImport)
                    names.Add(name);
                else if (importedExportsInfo is null || importedExportsInfo.GetReadOnlyExportInfo(name).Provided != ProvidedState.NotProvided)
                    names.Add(name);
            }
            return names;
        }
        foreach (var importedExportInfo in importedExportsInfo!.OrderedExports)
        {
            if (importedExportInfo.Provided == ProvidedState.NotProvided)
                continue;
            if (exportsInfo.GetReadOnlyExportInfo(importedExportInfo.Name!).GetUsed(runtime) == UsageState.Unused)
                continue;
            names.Add(importedExportInfo.Name!);
        }
        // The namespace object of an ES module carries the flag.
        if (isNamespaceImport && !names.Contains("__esModule"))
            names.Add("__esModule");
        return names;
    }

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        var graph = context.Generation.Graph;
        var used = graph.GetExportsInfo(context.Module).GetUsedName(Names, context.Runtime);
        var connection = graph.GetConnection(this);
        // Unused and not loaded: the module is not in the chunk and has no id.
        if (used is null && connection is not null && !connection.IsTargetActive(context.Runtime))
        {
            context.Source.Replace(Start, End - 1, "/* unused reexport */ 0");
            return;
        }
        var exportsBase = CommonJsDependencyHelpers.Base(Base, context);
        string requireExpression;
        // Inside a concatenation the value is the member's exports, read through its accessor.
        if (context.ConcatenationScope is { } scope && Target is { } target && scope.IsModuleInScope(target) && scope.IsRequiredInScope(target))
        {
            requireExpression = scope.CreateModuleReference(target, CommonJsDependencyHelpers.RequiredIds(target, graph, Ids), asiSafe: true, moduleExportsAccess: true);
        }
        else
        {
            requireExpression = CommonJsRequireDependency.RequireExpression(context, Target, Request!);
            if (Target is not null && CommonJsDependencyHelpers.RequireEsmModuleExportsAccess(Target, graph, context.Runtime) is { } unwrap)
                requireExpression += unwrap + PropertyNames.Access(Ids);
            else if (Target is not null && Ids.Count > 0 && graph.GetExportsInfo(Target).GetUsedName(Ids, context.Runtime) is { } usedImported)
            {
                var comment = CommonJsDependencyHelpers.PathEquals(usedImported, Ids) ? "" : Comments.ToNormalComment(PropertyNames.Access(Ids)) + " ";
                requireExpression += comment + PropertyNames.Access(usedImported);
            }
        }
        if (!CommonJsDependencyHelpers.IsDefineProperty(Base))
        {
            context.Source.Replace(Start, End - 1, used is not null
                ? exportsBase + PropertyNames.Access(used) + " = " + requireExpression
                : "/* unused reexport */ " + requireExpression);
            return;
        }
        if (used is null)
        {
            context.Source.Replace(Start, End - 1, "/* unused reexport */ " + requireExpression);
            return;
        }
        var descriptor = Getter ? "enumerable: true, get: () => (" : "value: (";
        context.Source.Replace(Start, ValueRange.Start - 1,
            $"Object.defineProperty({exportsBase}{PropertyNames.Access(used, 0, used.Count - 1)}, {CodeGenerationContext.JsonString(used[^1])}, {{ {descriptor}");
        context.Source.Replace(ValueRange.Start, ValueRange.End - 1, requireExpression);
        context.Source.Replace(ValueRange.End, End - 1, ") })");
    }
}
