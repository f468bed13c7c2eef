// A JavaScript plugin of a configuration (an object with apply(compiler), or a function plugin):
// applying it asks the configuration's node process to run it against a stand-in compiler
// (plugin-host.js), and every hook it taps there becomes a tap of sharpack's hook of that name
// (JavaScriptPluginHost).

using Sharpack.Core;

namespace Sharpack.Cli.Plugins;

/// <summary>A plugin written in JavaScript, run in the configuration's node process.</summary>
public sealed class JavaScriptPlugin : IPlugin
{
    private readonly JavaScriptPluginHost _host;

    internal JavaScriptPlugin(JavaScriptPluginHost host, int index, string name, string optionPath)
    {
        _host = host;
        Index = index;
        Name = name;
        OptionPath = optionPath;
    }

    /// <summary>The plugin's place in the node process's table.</summary>
    public int Index { get; }

    /// <summary>The plugin's constructor or function name ("" when anonymous).</summary>
    public string Name { get; }

    /// <summary>Where the configuration names it (<c>configuration.plugins[0]</c>).</summary>
    public string OptionPath { get; }

    /// <inheritdoc />
    public void Apply(Compiler compiler) => _host.Apply(this, compiler);
}

/// <summary>A JavaScript plugin failed where no compilation can take the error (applying it, or in the compiler's done hook).</summary>
public sealed class JavaScriptPluginException(string message) : Exception(message);
