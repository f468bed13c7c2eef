// A file a loader emitted while its module was built (webpack's buildInfo.assets and assetsInfo):
// kept with the module and written to the output by the module assets pass after seal.

namespace Sharpack.Core.ModuleGraph;

/// <summary>A file a loader emitted (<c>this.emitFile</c>).</summary>
/// <param name="Content">The file's bytes.</param>
/// <param name="SourceMap">Its source map (JSON text), or null.</param>
/// <param name="Info">Its asset info.</param>
public sealed record ModuleAsset(byte[] Content, string? SourceMap, AssetInfo Info);
