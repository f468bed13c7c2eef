// Follows webpack lib/performance/UnusedRuleWarningPlugin.js (webpack 5.112, performance.unusedRules):
// after seal, the outermost rules of module.rules whose conditions never held for a module are
// reported, named by their path and what identifies them (usually a typo in test, include or
// exclude). A rule aimed at another compiler (its `compiler` condition) is left out; so is an
// empty build, which is no evidence. Not gated on hints: with hints off it is a warning.

using Sharpack.Core;
using Sharpack.Core.Options;
using Sharpack.Core.Stats;

namespace Sharpack.Plugins.Performance;

/// <summary>webpack's UnusedRuleWarningPlugin.</summary>
public sealed class UnusedRuleWarningPlugin(PerformanceOptions options)
{
    private const string Name = "UnusedRuleWarningPlugin";

    /// <summary>Taps <paramref name="compiler"/>.</summary>
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        compiler.Hooks.Compilation.Tap(Name, (compilation, _) => compilation.Hooks.AfterSeal.Tap(Name, () => Check(compilation)));
    }

    private void Check(Compilation compilation)
    {
        if (compilation.Graph.Modules.Count == 0)
            return;
        var descriptions = new List<string>();
        Collect(compilation.Options.Rules, descriptions);
        if (descriptions.Count == 0)
            return;
        var message = "webpack rule recommendations: \nThe following " + (descriptions.Count == 1 ? "rule was" : "rules were")
            + " never applied to a module: " + string.Join(", ", descriptions)
            + ".\nA rule that matches nothing is usually a typo in 'test', 'include' or 'exclude', or a leftover from a removed file type. "
            + "Plugins add rules as well, so a rule listed here may come from a plugin rather than from your configuration.\n"
            + "For more info visit https://webpack.js.org/configuration/module/#modulerules";
        PerformanceHints.Report(compilation, options.Hints, new BuildDiagnostic(message) { IsWarning = true, Inline = true });
    }

    // The outermost unused rules: one below an unused rule is unused only because of its parent.
    private static void Collect(IReadOnlyList<ModuleRule> rules, List<string> descriptions)
    {
        foreach (var rule in rules)
        {
            if (!rule.Used)
            {
                if (!AimsAtACompiler(rule))
                    descriptions.Add(rule.WebpackPath.Replace("ruleSet[1].rules", "module.rules", StringComparison.Ordinal) + rule.Description);
                continue;
            }
            Collect(rule.Rules, descriptions);
            Collect(rule.OneOf, descriptions);
        }
    }

    private static bool AimsAtACompiler(ModuleRule rule)
    {
        foreach (var condition in rule.Conditions)
        {
            if (condition.Property == RuleDataProperty.Compiler)
                return true;
        }
        return false;
    }
}
