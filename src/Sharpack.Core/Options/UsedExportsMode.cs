// optimization.usedExports: false, true (per runtime) or "global".

namespace Sharpack.Core.Options;

/// <summary>How <c>optimization.usedExports</c> analyses usage.</summary>
public enum UsedExportsMode : byte
{
    /// <summary>No usage analysis (<c>false</c>; the development default).</summary>
    Off,
    /// <summary>Usage per runtime (<c>true</c>; the production default).</summary>
    PerRuntime,
    /// <summary>One usage for all runtimes (<c>"global"</c>).</summary>
    Global,
}
