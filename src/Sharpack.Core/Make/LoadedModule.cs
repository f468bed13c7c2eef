// What a loader's this.loadModule gets back (webpack's LoaderPlugin): the module's source after
// its own loaders, their source map, and the files it was built from; or why it could not be had.

namespace Sharpack.Core.Make;

/// <summary>The answer to <c>this.loadModule</c>.</summary>
public sealed record LoadedModule
{
    /// <summary>Why the module could not be loaded (webpack's error message), or null.</summary>
    public string? Error { get; init; }

    /// <summary>The module's source as text, when it is text.</summary>
    public string? Text { get; init; }

    /// <summary>The module's source as bytes, when it is bytes (an asset's).</summary>
    public byte[]? Bytes { get; init; }

    /// <summary>The source map its loaders gave (JSON), or null.</summary>
    public string? SourceMap { get; init; }

    /// <summary>The module's resource (<c>/src/a.js?q</c>).</summary>
    public string Resource { get; init; } = "";

    /// <summary>The module's identifier.</summary>
    public string Identifier { get; init; } = "";

    /// <summary>The files the module's build read: they become the loading module's file dependencies too.</summary>
    public IReadOnlyList<string> FileDependencies { get; init; } = [];

    /// <summary>The folders the module's build listed.</summary>
    public IReadOnlyList<string> ContextDependencies { get; init; } = [];

    /// <summary>The paths the module's build looked for and did not find.</summary>
    public IReadOnlyList<string> MissingDependencies { get; init; } = [];

    /// <summary>A failure.</summary>
    public static LoadedModule Failed(string error) => new() { Error = error };
}
