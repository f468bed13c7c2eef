// Applies the built-in plugins to a compiler, as webpack's WebpackOptionsApply does.

using Sharpack.Core;
using Sharpack.Plugins.JavaScript;
using Sharpack.Plugins.Runtime;

namespace Sharpack.Plugins;

/// <summary>The built-in plugins.</summary>
public static class SharpackPlugins
{
    /// <summary>Creates a compiler for <paramref name="options"/> with every built-in plugin applied.</summary>
    public static Compiler CreateCompiler(Core.Options.SharpackOptions options)
    {
        var compiler = new Compiler(options);
        JavascriptModulesPlugin.Apply(compiler);
        RuntimePlugin.Apply(compiler);
        return compiler;
    }
}
