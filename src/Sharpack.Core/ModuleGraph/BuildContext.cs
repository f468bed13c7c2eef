// What a module needs while it builds on a worker thread: the options, the input file system its
// source and folders are read through (the compiler's, the disk by default), and the loaders
// its loader chain names.

using Sharpack.Core.Make;
using Sharpack.Core.Options;
using Sharpack.Resolver;

namespace Sharpack.Core.ModuleGraph;

/// <summary>Inputs of <see cref="Module.Build"/>.</summary>
public sealed class BuildContext(SharpackOptions options, IFileSystem? fileSystem = null, LoaderRegistry? loaders = null)
{
    /// <summary>The build's options.</summary>
    public SharpackOptions Options { get; } = options;

    /// <summary>The file system modules read their input through (the disk when none was given).</summary>
    public IFileSystem FileSystem { get; } = fileSystem ?? PhysicalFileSystem.Instance;

    /// <summary>The C# loaders by name (the compiler's; none when none was given).</summary>
    public LoaderRegistry Loaders { get; } = loaders ?? new LoaderRegistry();

    /// <summary>The compilation's context module factory (its hooks filter a context's folder listings), or null.</summary>
    public ContextModuleFactory? ContextModuleFactory { get; init; }

    /// <summary>Where JavaScript loaders run (the compiler's); null when none can (a JavaScript loader then fails its module).</summary>
    public IJavaScriptLoaderHost? JavaScriptLoaders { get; init; }

    /// <summary>Resolves requests for loaders (<c>this.resolve</c>); set by the make phase.</summary>
    internal LoaderResolution? LoaderResolution { get; init; }

    /// <summary>Called before a module's JavaScript loaders run (the make phase adds threads to wait beside node); may be called many times.</summary>
    internal Action? JavaScriptLoadersStarting { get; init; }

    /// <summary>
    /// Watching: told of each resource file just before a module's build reads it, so a change made
    /// while the build ran is seen by comparing with what was read (no clock involved).
    /// </summary>
    internal Action<string>? ReadingFile { get; init; }

    /// <summary>Modules are hot-replaceable (a loader's <c>this.hot</c>).</summary>
    public bool Hot { get; init; }

    /// <summary>
    /// Builds a module for a loader's <c>this.loadModule</c> (its module, context and request) and
    /// waits for it; set by make.
    /// </summary>
    internal Func<NormalModule, string, string, Make.LoadedModule>? LoadModule { get; init; }

    /// <summary>Builds a module and all it reaches for a loader's <c>this.importModule</c> and generates their code; set by make.</summary>
    internal Func<NormalModule, string, string, Make.ImportOptions, Make.ImportedModule>? ImportModule { get; init; }
}
