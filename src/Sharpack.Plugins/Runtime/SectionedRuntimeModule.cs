// A templated runtime module whose template has //@@NAME sections, kept for the names given
// when the module is made (the options and requirements the code depends on are known then).

using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary>A runtime module rendered from a template, keeping the sections named in <paramref name="sections"/>.</summary>
public sealed class SectionedRuntimeModule(string name, string template, string[] sections, RuntimeGlobals requires = default)
    : TemplatedRuntimeModule(name, template, requires)
{
    /// <inheritdoc />
    protected override string Fill(string template, RuntimeTemplateContext context) =>
        Sections(template, section => Array.IndexOf(sections, section) >= 0);
}
