// Runs builds: make, seal, emit for one configuration, as webpack's Compiler does.

using Sharpack.Core.Options;
using Sharpack.Core.Stats;

namespace Sharpack.Core;

/// <summary>Builds one configuration.</summary>
public sealed class Compiler(SharpackOptions options)
{
    /// <summary>The normalized options this compiler builds with.</summary>
    public SharpackOptions Options { get; } = options;

    /// <summary>Runs one full build and writes its assets into <c>output.path</c>.</summary>
    public BuildStats Run()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var compilation = new Compilation(Options);
        compilation.Make();
        if (compilation.Errors.Count == 0)
            compilation.Seal();
        var emitted = compilation.Errors.Count == 0 ? Emitter.Emit(compilation) : [];
        return BuildStats.From(compilation, emitted, started.Elapsed);
    }
}
