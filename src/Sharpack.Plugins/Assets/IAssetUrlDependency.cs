namespace Sharpack.Plugins.Assets;

/// <summary>
/// A dependency whose module writes the asset's URL itself (a stylesheet's <c>url()</c>, a page's
/// <c>src</c>): it reads no JavaScript of the asset (webpack's asset-url source type).
/// </summary>
public interface IAssetUrlDependency;
