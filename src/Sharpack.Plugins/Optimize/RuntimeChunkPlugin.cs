// Follows webpack lib/optimize/RuntimeChunkPlugin.js (optimization.runtimeChunk): every entry
// that names no runtime and depends on no other entry gets the runtime chunk the option names
// for it ("single": one "runtime" for all, "multiple"/true: "runtime~<entry>"), set on the
// entry's options before the compilation adds its entries, as webpack's addEntry tap does.

using Sharpack.Core;

namespace Sharpack.Plugins.Optimize;

/// <summary>Moves the runtime of entries into runtime chunks.</summary>
/// <param name="name">The runtime chunk's name for an entry's name.</param>
public sealed class RuntimeChunkPlugin(Func<string, string?> name) : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.ThisCompilation.Tap("RuntimeChunkPlugin", (compilation, _) =>
            compilation.Hooks.AddEntry.Tap("RuntimeChunkPlugin", entry =>
            {
                if (entry.Runtime is null && !entry.OwnRuntime && entry.DependOn.Count == 0)
                    entry.Runtime = name(entry.Name);
            }));
}
