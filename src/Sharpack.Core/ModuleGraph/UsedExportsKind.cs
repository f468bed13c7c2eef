// Which of its four answers ExportsInfo.GetUsedExports gives (webpack: null, true, false, a set).

namespace Sharpack.Core.ModuleGraph;

/// <summary>What <see cref="ExportsInfo.GetUsedExports"/> found.</summary>
public enum UsedExportsKind : byte
{
    /// <summary>No usage analysis (webpack's <c>null</c>).</summary>
    NoInfo,
    /// <summary>Any export may be used (webpack's <c>true</c>).</summary>
    Unknown,
    /// <summary>The module is not used at all (webpack's <c>false</c>).</summary>
    None,
    /// <summary>These exports are used.</summary>
    Names,
}
