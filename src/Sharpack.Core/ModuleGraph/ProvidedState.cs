// Follows webpack lib/ExportsInfo.js ExportInfo.provided, whose four values are undefined, null,
// true and false; here an enum says which.

namespace Sharpack.Core.ModuleGraph;

/// <summary>Whether a module provides an export.</summary>
public enum ProvidedState : byte
{
    /// <summary>Not determined yet (webpack's <c>undefined</c>).</summary>
    NoInfo,
    /// <summary>Determined: the export does not exist (webpack's <c>false</c>).</summary>
    NotProvided,
    /// <summary>Determined: the export exists (webpack's <c>true</c>).</summary>
    Provided,
    /// <summary>Only the runtime knows, e.g. a CommonJS module (webpack's <c>null</c>).</summary>
    Unknown,
}
