// Follows webpack lib/optimize/ConstExportsPlugin.js (its optimizeDependencies part, with
// optimization.inlineExports): after usage is known, an export bound to a small primitive constant
// (ExportInfo.CanInlineProvide, from the parser) whose every use accepts a literal in its place
// (CanInlineUse) is inlined: importers read the literal, the module defines no getter for it, and
// an import that only read inlined exports no longer connects to the module. Modules whose other
// exports may be read in ways not known (the exports object escapes) keep theirs. Nested exports
// infos used only through property reads are visited too.

using Sharpack.Core;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.Optimize;

/// <summary>Inlines small constant exports at their uses (<c>optimization.inlineExports</c>).</summary>
public sealed class InlineExportsPlugin : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.Compilation.Tap("InlineExportsPlugin", (compilation, _) =>
        {
            compilation.Graph.InlineExports = true;
            compilation.Hooks.OptimizeDependencies.Tap(new Core.Hooks.TapOptions("InlineExportsPlugin") { Stage = Compilation.StageDefault }, modules =>
            {
                Run(compilation.Graph, modules);
                return null;
            });
        });

    private static void Run(ModuleGraph graph, IEnumerable<Module> modules)
    {
        var visited = new HashSet<ExportsInfo>();
        var queue = new List<ExportsInfo>();
        foreach (var module in modules)
            queue.Add(graph.GetExportsInfo(module));
        while (queue.Count > 0)
        {
            var items = queue.ToArray();
            queue.Clear();
            foreach (var exportsInfo in items)
            {
                if (!visited.Add(exportsInfo))
                    continue;
                // Some use of a name not known statically: any export may be read off the object.
                if (exportsInfo.OtherExportsInfo.GetUsed(null) != UsageState.Unused)
                    continue;
                foreach (var exportInfo in exportsInfo.OwnedExports)
                {
                    if (!exportInfo.HasUsedName && exportInfo.CanInline is { } value && exportInfo.Provided == ProvidedState.Provided)
                    {
                        exportInfo.SetInlined(value);
                        exportsInfo.MarkInlinedExports();
                    }
                    if (exportInfo.ExportsInfoOwned && exportInfo.ExportsInfo is { } nested
                        && exportInfo.GetUsed(null) is UsageState.OnlyPropertiesUsed or UsageState.Unused)
                    {
                        queue.Add(nested);
                    }
                }
            }
        }
    }
}
