// Follows webpack lib/library/JsonpLibraryPlugin.js (library type jsonp): the chunk is a call of
// the named function with the runtime's value, the entry's exports: `name(<runtime>)`.

using Sharpack.Core.ChunkGraph;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Options;
using Sharpack.Sources;

namespace Sharpack.Plugins.Library;

/// <summary>The jsonp library type.</summary>
/// <param name="type">The library type (<c>jsonp</c>).</param>
public sealed class JsonpLibraryPlugin(string type) : AbstractLibraryPlugin("JsonpLibraryPlugin", type)
{
    /// <inheritdoc />
    protected override bool HasRender => true;

    /// <inheritdoc />
    protected override string? Validate(LibraryOptions library) =>
        library.Name is { IsArray: false, Parts: [_] } ? null : "Jsonp library name must be a simple string. " + CommonLibraryNameMessage;

    /// <inheritdoc />
    protected override Source Render(Source source, Chunk chunk, ChunkRenderContext context, LibraryOptions library) =>
        new ConcatSource(new RawSource(ResolveName(library.Name!.Parts![0], chunk) + "("), source, new RawSource(")"));

    /// <inheritdoc />
    protected override void ChunkHash(Chunk chunk, Core.Hashing.Hash hash, LibraryOptions library, SharpackOptions options)
    {
        hash.Append("JsonpLibraryPlugin");
        hash.Append(ResolveName(library.Name!.Parts![0], chunk));
    }
}
