// Follows webpack's CssLoadingRuntimeModule.getCompilationHooks: waterfalls over the code the CSS
// loading runtime writes, so a plugin can change how a chunk's <link> is made (createStylesheet:
// attributes, a type, a nonce) and put into the document (linkInsert). Each gets the code and the
// runtime's chunk and returns the code to write. They belong to one build's options (a compiler's).

using Sharpack.Core.ChunkGraph;
using Sharpack.Core.Hooks;
using Sharpack.Core.Options;

namespace Sharpack.Plugins.Css;

/// <summary>The CSS loading runtime's code hooks.</summary>
public sealed class CssLoadingRuntimeModuleHooks
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SharpackOptions, CssLoadingRuntimeModuleHooks> s_byOptions = [];

    /// <summary>The hooks of the build with <paramref name="options"/> (created on first use).</summary>
    public static CssLoadingRuntimeModuleHooks For(SharpackOptions options) => s_byOptions.GetValue(options, static _ => new CssLoadingRuntimeModuleHooks());

    /// <summary>The hooks of <paramref name="compiler"/>'s builds.</summary>
    public static CssLoadingRuntimeModuleHooks For(Core.Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        return For(compiler.Options);
    }

    /// <summary>The code that makes a chunk's stylesheet link (<c>link</c>) before it is inserted.</summary>
    public SyncWaterfallHook<string, Chunk?> CreateStylesheet { get; } = new("createStylesheet");

    /// <summary>The code that inserts the link into the document.</summary>
    public SyncWaterfallHook<string, Chunk?> LinkInsert { get; } = new("linkInsert");
}
