// Follows webpack lib/dependencies/HarmonyEvaluatedImportSpecifierDependency.js: `"x" in ns` (or
// `"x" in ns.a`, `"x" in binding`) on an ES import is answered at build time from the exports
// info when it is known there (` true` / ` false`), else written as an `in` test of the used name
// against the imported value.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

/// <summary>An <c>in</c> test of a key against an imported binding.</summary>
public sealed class EsmEvaluatedImportSpecifierDependency(EsmImportSideEffectDependency import, IReadOnlyList<string> ids) : Dependency
{
    /// <summary>The import the binding comes from.</summary>
    public EsmImportSideEffectDependency Import { get; } = import;

    /// <summary>The path tested: the binding's export and members read, then the key (<c>"x" in ns.a</c>: a, x).</summary>
    public IReadOnlyList<string> Ids { get; } = ids;

    /// <inheritdoc />
    public override Dependency? ResolvesWith => Import;

    /// <inheritdoc />
    public override int GetNumberOfIdOccurrences() => 0;

    /// <inheritdoc />
    public override string TypeName => "evaluated X in harmony import specifier";

    /// <inheritdoc />
    public override IReadOnlyList<ReferencedExport> GetReferencedExports(ModuleGraph moduleGraph, RuntimeSpec? runtime)
    {
        // As the import specifier it is (webpack's subclass): the path including the key is used.
        if (Ids[0] == "default" && moduleGraph.GetConnection(this) is { OriginModule: { } parent } connection)
        {
            switch (connection.Module.GetExportsType(parent.IsStrictEsm))
            {
                case ExportsType.Dynamic:
                    return ReferencedExport.ExportsObject;
                case ExportsType.DefaultOnly or ExportsType.DefaultWithNamed:
                    return Ids.Count == 1 ? ReferencedExport.ExportsObject : [new ReferencedExport(Rest(Ids), CanInline: false)];
            }
        }
        return [new ReferencedExport(Ids, CanInline: false)];
    }

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        var graph = context.Generation.Graph;
        if (graph.GetConnection(this) is not { } connection || !connection.IsTargetActive(context.Runtime))
            return;
        var target = connection.Module;
        var exportsInfo = graph.GetExportsInfo(target);
        // Default-only is left to run time: its default may be a primitive, where `in` throws.
        bool? value = null;
        switch (target.GetExportsType(context.Module.IsStrictEsm))
        {
            case ExportsType.DefaultWithNamed:
                value = Ids[0] == "default" ? (Ids.Count == 1 ? true : exportsInfo.IsExportProvided(Rest(Ids))) : exportsInfo.IsExportProvided(Ids);
                break;
            case ExportsType.Namespace:
                value = Ids[0] == "__esModule" ? (Ids.Count == 1 ? true : null) : exportsInfo.IsExportProvided(Ids);
                break;
            case ExportsType.Dynamic:
                if (Ids[0] != "default") value = exportsInfo.IsExportProvided(Ids);
                break;
        }
        if (value is { } known)
        {
            context.Source.Replace(Start, End - 1, known ? " true" : " false");
            return;
        }
        var used = exportsInfo.GetUsedName(Ids, context.Runtime);
        var key = used is { Count: > 0 } ? CodeGenerationContext.JsonString(used[^1]) : "\"\"";
        var objectIds = new string[Ids.Count - 1];
        for (var i = 0; i < objectIds.Length; i++) objectIds[i] = Ids[i];
        string code;
        if (context.ConcatenationScope is { } scope && scope.IsModuleInScope(target))
        {
            code = scope.CreateModuleReference(target, objectIds, asiSafe: true);
        }
        else
        {
            // The object's path is exports all the way (through namespaces): written with used names.
            code = EsmImportSpecifierDependency.Expression(Import, objectIds.Length == 0 ? null : objectIds[0], context, out _,
                members: objectIds.Length > 1 ? objectIds[1..] : null);
        }
        context.Source.Replace(Start, End - 1, key + " in " + code);
    }

    private static string[] Rest(IReadOnlyList<string> path)
    {
        var rest = new string[path.Count - 1];
        for (var i = 1; i < path.Count; i++) rest[i - 1] = path[i];
        return rest;
    }
}
