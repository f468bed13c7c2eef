// Follows webpack lib/IgnoreWarningsPlugin.js (the ignoreWarnings option): on processWarnings,
// leaves out every warning one of the rules matches; a rule object matches when each part it
// gives does (message, module, file), a function when it answers truthy.

using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.Options;
using Sharpack.Core.Stats;

namespace Sharpack.Plugins.Builtin;

/// <summary>Leaves matching warnings out of the build's report (webpack's IgnoreWarningsPlugin).</summary>
public sealed class IgnoreWarningsPlugin(IReadOnlyList<IgnoreWarningRule> rules) : IPlugin
{
    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        compiler.Hooks.Compilation.Tap("IgnoreWarningsPlugin", (compilation, _) =>
            compilation.Hooks.ProcessWarnings.Tap("IgnoreWarningsPlugin", warnings =>
            {
                var kept = new List<BuildDiagnostic>(warnings.Count);
                foreach (var warning in warnings)
                {
                    if (!Ignored(warning))
                        kept.Add(warning);
                }
                return kept;
            }));
    }

    private bool Ignored(BuildDiagnostic warning)
    {
        foreach (var rule in rules)
        {
            if (rule.Function is { } function)
            {
                var module = warning.File is null ? null : new JsonObject { ["identifier"] = warning.File, ["resource"] = warning.File };
                var answer = function.Call(new JsonObject { ["message"] = warning.Message, ["module"] = module, ["file"] = warning.File }, new JsonObject());
                if (JsFunction.IsTruthy(answer))
                    return true;
                continue;
            }
            if (rule.Message is null && rule.Module is null && rule.File is null)
                continue;
            if ((rule.Message is null || rule.Message.IsMatch(warning.Message))
                && (rule.Module is null || (warning.File is { } moduleName && rule.Module.IsMatch(moduleName)))
                && (rule.File is null || (warning.File is { } file && rule.File.IsMatch(file))))
                return true;
        }
        return false;
    }
}
