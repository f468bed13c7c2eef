// What a loader's this.importModule gets back to run (webpack's Compilation.executeModule): the
// code of every module the requested one reaches, generated for a "build time" chunk whose module
// ids are the modules' identifiers, and the runtime modules that code needs; or why not.

namespace Sharpack.Core.Make;

/// <summary>The answer to <c>this.importModule</c>: the modules and runtime to execute.</summary>
public sealed record ImportedModule
{
    /// <summary>Why the module could not be imported (webpack's error message), or null.</summary>
    public string? Error { get; init; }

    /// <summary>The id of the module whose exports are the answer.</summary>
    public string EntryId { get; init; } = "";

    /// <summary>Every module the entry reaches, with its generated code.</summary>
    public IReadOnlyList<ExecutableModule> Modules { get; init; } = [];

    /// <summary>The runtime modules' code, in the order they run (each a function of <c>__webpack_require__</c>).</summary>
    public IReadOnlyList<ExecutableRuntimeModule> RuntimeModules { get; init; } = [];

    /// <summary>The files the modules were built from: they become the importing module's file dependencies too.</summary>
    public IReadOnlyList<string> FileDependencies { get; init; } = [];

    /// <summary>The folders the modules' builds listed.</summary>
    public IReadOnlyList<string> ContextDependencies { get; init; } = [];

    /// <summary>The paths the modules' builds looked for and did not find.</summary>
    public IReadOnlyList<string> MissingDependencies { get; init; } = [];

    /// <summary>Files the modules' code names (asset modules' files): emitted with the importing module.</summary>
    public IReadOnlyList<CodeGeneration.BuildTimeAsset> Assets { get; init; } = [];

    /// <summary>A failure.</summary>
    public static ImportedModule Failed(string error) => new() { Error = error };
}

/// <summary>A module's code for build-time execution: the body of <c>function(module, exportsArgument, __webpack_require__)</c>.</summary>
/// <param name="Id">The module's id (its identifier).</param>
/// <param name="Code">The generated code.</param>
/// <param name="ExportsArgument">The name the code gives its exports object.</param>
/// <param name="Name">The module's readable name, for stack traces.</param>
public sealed record ExecutableModule(string Id, string Code, string ExportsArgument, string Name);

/// <summary>A runtime module's code: the body of <c>function(__webpack_require__)</c>.</summary>
/// <param name="Name">Its name (<c>webpack/runtime/…</c>).</param>
/// <param name="Code">The generated code.</param>
public sealed record ExecutableRuntimeModule(string Name, string Code);
