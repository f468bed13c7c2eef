// Follows webpack lib/dependencies/CommonJsExportsDependency.js: `exports.x = …`,
// `module.exports.x = …`, top-level `this.x = …` and `Object.defineProperty(exports, "x", …)`
// provide the export x. At code generation an unused export's value goes to
// `__webpack_unused_export__` (kept for its side effects, dropped by the minifier when it has
// none), a used one is written under its used (possibly mangled) name.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.JavaScript.Dependencies.CommonJs;

/// <summary>A CommonJS export assignment or definition.</summary>
/// <param name="names">The export path assigned (<c>exports.a.b = …</c> gives a, b); the first is the export.</param>
/// <param name="exportsBase">What is written to.</param>
public sealed class CommonJsExportsDependency(IReadOnlyList<string> names, CommonJsBase exportsBase) : Dependency
{
    /// <summary>The export path.</summary>
    public IReadOnlyList<string> Names { get; } = names;

    /// <summary>What is written to.</summary>
    public CommonJsBase Base { get; } = exportsBase;

    /// <summary>For <c>Object.defineProperty</c>: the descriptor's range (start, end); unused for an assignment.</summary>
    public (int Start, int End) ValueRange { get; init; }

    /// <inheritdoc />
    public override string TypeName => "cjs exports";

    /// <inheritdoc />
    public override ExportsSpec? GetExports(ModuleGraph moduleGraph) => new()
    {
        Exports = [new ExportSpec(Names[0]) { CanMangle = !CommonJsDependencyHelpers.IsObjectPrototypeName(Names[0]) }],
    };

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        // A worker entry's `this` is its global scope (webpack): the names stay, nothing is unused.
        var workerGlobal = CommonJsDependencyHelpers.IsWorkerGlobal(Base, context);
        var used = workerGlobal ? Names : context.Generation.Graph.GetExportsInfo(context.Module).GetUsedName(Names, context.Runtime);
        var exportsBase = CommonJsDependencyHelpers.Base(Base, context, workerGlobal);
        if (!CommonJsDependencyHelpers.IsDefineProperty(Base))
        {
            // The range is the assignment's left side.
            if (used is null)
            {
                CommonJsDependencyHelpers.DeclareUnusedExport(context);
                context.Source.Replace(Start, End - 1, "__webpack_unused_export__");
                return;
            }
            context.Source.Replace(Start, End - 1, exportsBase + PropertyNames.Access(used));
            return;
        }
        // The range is the whole call; the descriptor stays.
        if (used is null)
        {
            CommonJsDependencyHelpers.DeclareUnusedExport(context);
            context.Source.Replace(Start, ValueRange.Start - 1, "__webpack_unused_export__ = (");
            context.Source.Replace(ValueRange.End, End - 1, ")");
            return;
        }
        context.Source.Replace(Start, ValueRange.Start - 1,
            $"Object.defineProperty({exportsBase}{PropertyNames.Access(used, 0, used.Count - 1)}, {CodeGenerationContext.JsonString(used[^1])}, (");
        context.Source.Replace(ValueRange.End, End - 1, "))");
    }
}
