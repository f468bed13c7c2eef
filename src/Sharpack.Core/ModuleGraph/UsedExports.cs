// The answer of ExportsInfo.GetUsedExports (webpack returns null, true, false or a set of names).

namespace Sharpack.Core.ModuleGraph;

/// <summary>The used exports of a module in a runtime.</summary>
/// <param name="Kind">Which answer.</param>
/// <param name="Names">For <see cref="UsedExportsKind.Names"/>, the names, sorted.</param>
public readonly record struct UsedExports(UsedExportsKind Kind, IReadOnlyList<string>? Names = null)
{
    /// <summary>No usage analysis.</summary>
    public static UsedExports NoInfo => new(UsedExportsKind.NoInfo);

    /// <summary>Any export may be used.</summary>
    public static UsedExports Unknown => new(UsedExportsKind.Unknown);

    /// <summary>The module is not used.</summary>
    public static UsedExports None => new(UsedExportsKind.None);
}
