// Follows webpack lib/library/AmdLibraryPlugin.js (library types amd and amd-require): the chunk
// is the factory of an AMD define (named or not) or require call whose dependencies are the
// chunk's amd externals, passed in as __WEBPACK_EXTERNAL_MODULE_<id>__; the runtime returns the
// entry's exports as the module's value.

using System.Text;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Options;
using Sharpack.Sources;

namespace Sharpack.Plugins.Library;

/// <summary>The amd and amd-require library types.</summary>
/// <param name="type">The library type.</param>
/// <param name="requireAsWrapper">True for amd-require: <c>require([...], factory)</c> instead of <c>define</c>.</param>
public sealed class AmdLibraryPlugin(string type, bool requireAsWrapper) : AbstractLibraryPlugin("AmdLibraryPlugin", type)
{
    /// <inheritdoc />
    protected override bool HasRender => true;

    /// <inheritdoc />
    protected override string? Validate(LibraryOptions library)
    {
        if (requireAsWrapper)
            return library.Name is null ? null : "AMD library name must be unset. " + CommonLibraryNameMessage;
        return library.Name is null or { IsArray: false, Parts: [_] } ? null : "AMD library name must be a simple string or unset. " + CommonLibraryNameMessage;
    }

    /// <inheritdoc />
    protected override Source Render(Source source, Chunk chunk, ChunkRenderContext context, LibraryOptions library)
    {
        var output = context.Generation.Options.Output;
        var externals = ChunkExternals(chunk, "amd", "amd-require");
        var deps = new StringBuilder("[");
        var arguments = new StringBuilder();
        for (var i = 0; i < externals.Count; i++)
        {
            if (i > 0)
            {
                deps.Append(',');
                arguments.Append(", ");
            }
            deps.Append(externals[i].RequestJson("amd"));
            arguments.Append(ExternalVariable(externals[i]));
        }
        deps.Append(']');
        var iife = output.Iife;
        var fnStart = (output.Environment.ArrowFunction ? $"({arguments}) => {{" : $"function({arguments}) {{") + (iife || !chunk.HasRuntime ? " return " : "\n");
        var fnEnd = iife ? ";\n}" : "\n}";
        var container = library.AmdContainer is { } amdContainer ? amdContainer + "." : "";
        string head;
        if (requireAsWrapper)
            head = $"{container}require({deps}, {fnStart}";
        else if (library.Name?.Parts is [var name])
            head = $"{container}define({CodeGenerationContext.JsonString(ResolveName(name, chunk))}, {deps}, {fnStart}";
        else if (arguments.Length > 0)
            head = $"{container}define({deps}, {fnStart}";
        else
            head = $"{container}define({fnStart}";
        return new ConcatSource(new RawSource(head), source, new RawSource(fnEnd + ");"));
    }

    /// <inheritdoc />
    protected override void ChunkHash(Chunk chunk, Core.Hashing.Hash hash, LibraryOptions library, SharpackOptions options)
    {
        hash.Append("AmdLibraryPlugin");
        if (requireAsWrapper)
        {
            hash.Append("requireAsWrapper");
        }
        else if (library.Name?.Parts is [var name])
        {
            hash.Append("named");
            hash.Append(ResolveName(name, chunk));
        }
        else if (library.AmdContainer is { } container)
        {
            hash.Append("amdContainer");
            hash.Append(container);
        }
    }
}
