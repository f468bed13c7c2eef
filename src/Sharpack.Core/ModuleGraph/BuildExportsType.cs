// Follows webpack's buildMeta.exportsType: how a built module declares its exports; exports
// analysis (FlagDependencyExportsPlugin) and usage (FlagDependencyUsagePlugin) only look into
// modules that declare them.

namespace Sharpack.Core.ModuleGraph;

/// <summary>How a module declares its exports.</summary>
public enum BuildExportsType : byte
{
    /// <summary>Not declared (CommonJS, externals): anything may be exported (webpack's <c>undefined</c>).</summary>
    None,
    /// <summary>An ES module: its exports are its named exports.</summary>
    Namespace,
    /// <summary>A default export with named properties (JSON).</summary>
    Default,
    /// <summary>CommonJS flagged with <c>__esModule</c>.</summary>
    Flagged,
    /// <summary>CommonJS whose <c>__esModule</c> flag is decided at runtime.</summary>
    Dynamic,
}
