// optimization.sideEffects: false, "flag" (package.json and rules only) or true (also the source).

namespace Sharpack.Core.Options;

/// <summary>How <c>optimization.sideEffects</c> finds modules whose evaluation can be skipped.</summary>
public enum SideEffectsMode : byte
{
    /// <summary>Every module is evaluated where it is imported (<c>false</c>).</summary>
    Off,
    /// <summary>Only <c>package.json</c> <c>sideEffects</c> and rules' <c>sideEffects</c> say so (<c>"flag"</c>; the development default).</summary>
    Flag,
    /// <summary>Also the module's own top-level statements (<c>true</c>; the production default).</summary>
    Analyse,
}
