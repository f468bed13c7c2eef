// A plugin, as in webpack: an object whose Apply taps the compiler's hooks (and, from its
// compilation hooks, the compilation's). Built-in features and a user's plugins are the same kind.

namespace Sharpack.Core;

/// <summary>A plugin: <see cref="Apply"/> is called once with the compiler, before any build.</summary>
public interface IPlugin
{
    /// <summary>Taps the hooks of <paramref name="compiler"/>.</summary>
    void Apply(Compiler compiler);
}
