// What the ES module parser plugins keep while one module is parsed (webpack keeps it on
// parser.state): the import dependency of each request, in order, and the module's exports.

using Sharpack.Plugins.JavaScript.Dependencies.Esm;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>The ES module plugins' state for one module.</summary>
internal sealed class EsmParserState
{
    /// <summary>The side-effect import of each request (one per request and phase, numbered in order).</summary>
    public Dictionary<string, EsmImportSideEffectDependency> ImportsByRequest { get; } = new(StringComparer.Ordinal);

    /// <summary>The import of the import declaration whose specifiers are being bound.</summary>
    public EsmImportSideEffectDependency? CurrentImport { get; set; }

    /// <summary>The module's exports (added to the module when it is an ES module).</summary>
    public EsmExportsDependency Exports { get; } = new();
}

/// <summary>What an import binding stands for: the import and the name imported from it (null for a namespace).</summary>
internal sealed record EsmImportBinding(EsmImportSideEffectDependency Import, string? Name);
