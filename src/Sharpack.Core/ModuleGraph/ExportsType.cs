// How a module's exports look to an importer; decides interop (webpack's exportsType).

namespace Sharpack.Core.ModuleGraph;

/// <summary>webpack's <c>exportsType</c>.</summary>
public enum ExportsType : byte
{
    /// <summary>An ES module: exports are exactly its named exports.</summary>
    Namespace,
    /// <summary>CommonJS with <c>__esModule</c> unknown: default import is <c>module.exports</c> via <c>.n</c>.</summary>
    Dynamic,
    /// <summary>JSON and other modules whose default export is the whole value.</summary>
    DefaultOnly,
    /// <summary>CommonJS marked with <c>__esModule</c>.</summary>
    DefaultWithNamed,
}
