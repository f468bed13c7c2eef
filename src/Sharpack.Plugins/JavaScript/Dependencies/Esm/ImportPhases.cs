// webpack's ImportPhaseUtils.stringify: the name rules match an import's phase by.

using Sharpack.JavaScript.Ast;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

internal static class ImportPhases
{
    /// <summary><c>defer</c>, <c>source</c> or <c>evaluation</c>.</summary>
    public static string Name(ImportPhase phase) => phase switch
    {
        ImportPhase.Defer => "defer",
        ImportPhase.Source => "source",
        _ => "evaluation",
    };
}
