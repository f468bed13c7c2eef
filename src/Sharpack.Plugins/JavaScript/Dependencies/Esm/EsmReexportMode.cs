// Follows webpack lib/dependencies/HarmonyExportImportedSpecifierDependency.js (ExportMode and
// getMode): how a re-export is carried out, decided from the imported module's exports type and
// exports info and from how the re-exported names are used. The exports a re-export provides,
// what it references of its target and how it renders all follow from the mode.

using Sharpack.Core.ModuleGraph;

namespace Sharpack.Plugins.JavaScript.Dependencies.Esm;

/// <summary>webpack's re-export mode types.</summary>
public enum EsmReexportModeType : byte
{
    /// <summary>The imported module is missing.</summary>
    Missing,
    /// <summary>The re-exported name (or, for a star, every export) is unused.</summary>
    Unused,
    /// <summary>A star re-export that adds no name.</summary>
    EmptyStar,
    /// <summary>Names re-exported one by one.</summary>
    NormalReexport,
    /// <summary>A star re-export whose names only the runtime knows.</summary>
    DynamicReexport,
    /// <summary>The default export of a CommonJS module with runtime-decided interop.</summary>
    ReexportDynamicDefault,
    /// <summary>The default export of a module whose default is its whole value.</summary>
    ReexportNamedDefault,
    /// <summary>A named export of a module that has only a default: undefined.</summary>
    ReexportUndefined,
    /// <summary><c>export * as ns</c> of a non-ES module: a fake namespace object.</summary>
    ReexportFakeNamespaceObject,
    /// <summary><c>export * as ns</c>: the namespace object.</summary>
    ReexportNamespaceObject,
}

/// <summary>One name of a normal re-export.</summary>
/// <param name="Name">The name exported by this module.</param>
/// <param name="Ids">The export path read in the imported module.</param>
/// <param name="ExportInfo">This module's export info for the name.</param>
/// <param name="Checked">Provided only maybe by the imported module: checked at runtime.</param>
/// <param name="Hidden">Provided by an earlier star re-export instead.</param>
public sealed record EsmReexportItem(string Name, IReadOnlyList<string> Ids, ExportInfo ExportInfo, bool Checked, bool Hidden);

/// <summary>The mode of a re-export.</summary>
public sealed class EsmReexportMode(EsmReexportModeType type)
{
    /// <summary>Which mode.</summary>
    public EsmReexportModeType Type { get; } = type;

    /// <summary>The re-exported name (named modes).</summary>
    public string? Name { get; init; }

    /// <summary>The names re-exported (normal re-export).</summary>
    public IReadOnlyList<EsmReexportItem> Items { get; init; } = [];

    /// <summary>The export info of the name for namespace-like modes, or null.</summary>
    public ExportInfo? PartialNamespaceExportInfo { get; init; }

    /// <summary>Names a dynamic star re-export leaves out.</summary>
    public IReadOnlySet<string>? Ignored { get; init; }

    /// <summary>Names an earlier star re-export provides instead.</summary>
    public IReadOnlySet<string>? Hidden { get; init; }

    /// <summary>The fake namespace mode (0 for default-only, 2 for default-with-named).</summary>
    public int FakeType { get; init; }
}
