// Follows webpack lib/ContextExclusionPlugin.js: the names a context folder lists (files and
// subfolders alike) that match the negative matcher are left out, on the context module
// factory's contextModuleFiles hook, so `require("./locale/" + x)` holds no `./locale/*.test.js`.

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Sharpack.Core;

namespace Sharpack.Plugins.Builtin;

/// <summary>Leaves files out of context modules by name (webpack's ContextExclusionPlugin).</summary>
public sealed class ContextExclusionPlugin : IPlugin
{
    private const string Title = "Context Exclusion Plugin";
    private readonly Regex _negativeMatcher;

    /// <summary>Leaves out the names <paramref name="negativeMatcher"/> matches.</summary>
    public ContextExclusionPlugin(Regex negativeMatcher)
    {
        ArgumentNullException.ThrowIfNull(negativeMatcher);
        _negativeMatcher = negativeMatcher;
    }

    /// <summary>A plugin from a configuration's argument: the RegExp.</summary>
    public ContextExclusionPlugin(JsonNode? options)
        : this(BuiltinOptions.RegExp(options, Title, "negativeMatcher") ?? throw BuiltinOptions.Invalid(Title, "negativeMatcher should be a RegExp."))
    {
    }

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        compiler.Hooks.ContextModuleFactory.Tap("ContextExclusionPlugin", factory =>
            factory.Hooks.ContextModuleFiles.Tap("ContextExclusionPlugin", files =>
            {
                var kept = new List<string>(files.Count);
                foreach (var file in files)
                {
                    if (!_negativeMatcher.IsMatch(file))
                        kept.Add(file);
                }
                return kept;
            }));
    }
}
