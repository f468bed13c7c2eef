// Follows webpack lib/dependencies/WebAssemblyImportDependency.js: one import of a WebAssembly
// module, `(import "./math.js" "add" (func …))`, is a request for the JavaScript (or WebAssembly)
// module it names and a read of one of its exports. The wasm module's generator writes the value
// into the import object; the dependency itself edits no code.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.Wasm;

/// <summary>An import of a WebAssembly module.</summary>
/// <param name="request">The import's module name, resolved as a request from the wasm file's folder.</param>
/// <param name="name">The name of the export read.</param>
/// <param name="kind">What the binary imports (a function, a memory, a global…).</param>
public sealed class WasmImportDependency(string request, string name, WasmExternalKind kind) : Dependency
{
    /// <inheritdoc />
    public override string? Request { get; } = request;

    /// <summary>The export of the requested module the import reads.</summary>
    public string Name { get; } = name;

    /// <summary>What the binary imports.</summary>
    public WasmExternalKind Kind { get; } = kind;

    /// <inheritdoc />
    public override DependencyCategory Category => DependencyCategory.Wasm;

    /// <inheritdoc />
    public override string TypeName => "wasm import";

    /// <inheritdoc />
    public override IReadOnlyList<ReferencedExport> GetReferencedExports(ModuleGraph moduleGraph, Sharpack.Core.Runtime.RuntimeSpec? runtime) =>
        [new ReferencedExport([Name])];

    /// <inheritdoc />
    public override void Apply(TemplateContext context)
    {
    }
}
