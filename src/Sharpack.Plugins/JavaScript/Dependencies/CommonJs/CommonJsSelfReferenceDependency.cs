// Follows webpack lib/dependencies/CommonJsSelfReferenceDependency.js: a CommonJS module reading
// its own exports (`exports.a`, `module.exports.a`, top-level `this.a`) uses them, through a
// connection to itself; `exports` read whole uses every export. The read is written with the
// export's used name.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.JavaScript.Dependencies.CommonJs;

/// <summary>A read of the module's own exports.</summary>
/// <param name="names">The path read (empty: the exports object).</param>
/// <param name="exportsBase">What is read (<see cref="CommonJsBase.Exports"/>, <see cref="CommonJsBase.ModuleExports"/> or <see cref="CommonJsBase.This"/>).</param>
/// <param name="call">The path is called (<c>exports.f()</c>): the object it is called on is used whole.</param>
public sealed class CommonJsSelfReferenceDependency(IReadOnlyList<string> names, CommonJsBase exportsBase, bool call) : Dependency, ICommonJsConcatenatable
{
    /// <inheritdoc />
    public bool CanConcatenate => true;

    /// <summary>The path read.</summary>
    public IReadOnlyList<string> Names { get; } = names;

    /// <summary>What is read.</summary>
    public CommonJsBase Base { get; } = exportsBase;

    /// <summary>Whether the path is called.</summary>
    public bool IsCall { get; } = call;

    /// <inheritdoc />
    public override bool IsSelfReference => true;

    /// <inheritdoc />
    public override string TypeName => "cjs self exports reference";

    /// <inheritdoc />
    public override int GetNumberOfIdOccurrences() => 0;

    /// <inheritdoc />
    public override IReadOnlyList<ReferencedExport> GetReferencedExports(ModuleGraph moduleGraph, Core.Runtime.RuntimeSpec? runtime) =>
        [new ReferencedExport(IsCall ? CommonJsDependencyHelpers.WithoutLast(Names) : Names)];

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
        // A worker entry's `this` is its global scope: the names stay as written, the base is the global.
        if (CommonJsDependencyHelpers.IsWorkerGlobal(Base, context))
        {
            context.Source.Replace(Start, End - 1, CommonJsDependencyHelpers.Base(Base, context, workerGlobal: true) + PropertyNames.Access(Names));
            return;
        }
        // Unused only where the module is in no chunk (nothing processed its usage; webpack does
        // not generate such a module at all, Sharpack does): the code stays as written.
        if ((Names.Count == 0 ? Names : context.Generation.Graph.GetExportsInfo(context.Module).GetUsedName(Names, context.Runtime)) is not { } used)
            return;
        var exportsBase = CommonJsDependencyHelpers.Base(Base, context, workerGlobal: false);
        // Nothing to change when the names stay: the code is left as written.
        if (CommonJsDependencyHelpers.PathEquals(used, Names))
            return;
        context.Source.Replace(Start, End - 1, exportsBase + PropertyNames.Access(used));
    }
}
