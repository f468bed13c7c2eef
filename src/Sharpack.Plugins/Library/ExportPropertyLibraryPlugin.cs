// Follows webpack lib/library/ExportPropertyLibraryPlugin.js: for the wrapping library types
// (amd, umd, system, jsonp), `library.export` narrows what the runtime returns to one export:
// the startup reassigns __webpack_exports__ to it, and the entry's exports are marked used.

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Runtime;
using Sharpack.Sources;

namespace Sharpack.Plugins.Library;

/// <summary><c>library.export</c> for the wrapping library types.</summary>
/// <param name="type">The library type it serves.</param>
public sealed class ExportPropertyLibraryPlugin(string type) : AbstractLibraryPlugin("ExportPropertyLibraryPlugin", type)
{
    /// <inheritdoc />
    protected override bool HasRenderStartup => true;

    /// <inheritdoc />
    protected override void FinishEntryModule(Module module, string entryName, LibraryOptions library, Compilation compilation) =>
        MarkExportsUsed(module, entryName, library, compilation);

    /// <inheritdoc />
    protected override RuntimeGlobals RuntimeRequirements(Chunk chunk, RuntimeGlobals requirements, LibraryOptions library, Compilation compilation) =>
        requirements | RuntimeGlobals.Exports;

    /// <inheritdoc />
    protected override Source RenderStartup(Source source, Module module, Chunk chunk, ChunkRenderContext context, LibraryOptions library) =>
        library.Export is not { } export ? source
            : new ConcatSource(source, new RawSource("__webpack_exports__ = __webpack_exports__" + AssignLibraryPlugin.PropertyAccess(export, 0) + ";\n"));
}
