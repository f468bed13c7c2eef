// Runs builds: make, seal, emit for one configuration, as webpack's Compiler does. Features
// (module types, runtime modules, the chunk renderer) are registered on it by plugins.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Make;
using Sharpack.Core.Options;
using Sharpack.Core.Runtime;
using Sharpack.Core.Stats;

namespace Sharpack.Core;

/// <summary>Builds one configuration.</summary>
public sealed class Compiler(SharpackOptions options)
{
    /// <summary>The normalized options this compiler builds with.</summary>
    public SharpackOptions Options { get; } = options;

    /// <summary>Module types and their factories.</summary>
    public ModuleTypeRegistry ModuleTypes { get; } = new();

    /// <summary>Runtime modules by the global they implement.</summary>
    public RuntimeModuleRegistry RuntimeModules { get; } = new();

    /// <summary>Renders chunks into files; set by the JavaScript modules plugin.</summary>
    public IChunkRenderer? ChunkRenderer { get; set; }

    /// <summary>Runs one full build and writes its assets into <c>output.path</c>.</summary>
    public BuildStats Run()
    {
        Profiler.ReportStartup();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var compilation = new Compilation(this);
        Seal.SealPasses.Timed(compilation, "make", static c => c.Make());
        if (compilation.Errors.Count == 0)
            compilation.Seal();
        IReadOnlyList<AssetStats> emitted = [];
        if (compilation.Errors.Count == 0)
            Seal.SealPasses.Timed(compilation, "emit", c => emitted = Emitter.Emit(c));
        var statsStarted = System.Diagnostics.Stopwatch.GetTimestamp();
        var stats = BuildStats.From(compilation, emitted, started.Elapsed);
        Profiler.Report("stats", System.Diagnostics.Stopwatch.GetElapsedTime(statsStarted));
        return stats;
    }
}
