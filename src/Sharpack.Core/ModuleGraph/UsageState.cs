// Follows webpack lib/ExportsInfo.js UsageState: how an export is used in a runtime. The values
// are ordered: a larger one says more is used, and merging keeps the larger.

namespace Sharpack.Core.ModuleGraph;

/// <summary>How an export is used.</summary>
public enum UsageState : byte
{
    /// <summary>Not used.</summary>
    Unused = 0,
    /// <summary>Only some properties of the export's value are used (its nested exports info says which).</summary>
    OnlyPropertiesUsed = 1,
    /// <summary>No usage analysis ran, or the module was used without telling how.</summary>
    NoInfo = 2,
    /// <summary>Used in a way only the runtime knows (e.g. the namespace object escapes).</summary>
    Unknown = 3,
    /// <summary>Used.</summary>
    Used = 4,
}
