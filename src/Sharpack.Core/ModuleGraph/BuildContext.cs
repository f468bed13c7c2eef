// What a module needs while it builds on a worker thread: the options and where it lives.

using Sharpack.Core.Options;

namespace Sharpack.Core.ModuleGraph;

/// <summary>Inputs of <see cref="Module.Build"/>.</summary>
public sealed class BuildContext(SharpackOptions options)
{
    /// <summary>The build's options.</summary>
    public SharpackOptions Options { get; } = options;
}
