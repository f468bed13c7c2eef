// Which runtime module provides which runtime global; plugins register them (webpack's
// runtimeRequirementInTree hook, reduced to a table).

namespace Sharpack.Core.Runtime;

/// <summary>Maps runtime globals to the runtime modules that implement them.</summary>
public sealed class RuntimeModuleRegistry
{
    private readonly List<(RuntimeGlobals Global, Func<RuntimeModule> Create)> _entries = [];

    /// <summary>Registers the module that implements <paramref name="global"/>.</summary>
    public void Register(RuntimeGlobals global, Func<RuntimeModule> create) => _entries.Add((global, create));

    /// <summary>
    /// Adds to <paramref name="requirements"/> everything the runtime modules for it require, until
    /// nothing new is added, and returns those modules ordered by stage then name.
    /// </summary>
    public List<RuntimeModule> Resolve(ref RuntimeGlobals requirements)
    {
        var modules = new List<RuntimeModule>();
        var added = RuntimeGlobals.None;
        bool changed;
        do
        {
            changed = false;
            foreach (var (global, create) in _entries)
            {
                if ((requirements & global) == 0 || (added & global) != 0)
                    continue;
                added |= global;
                var module = create();
                modules.Add(module);
                if ((requirements | module.Requires) != requirements)
                {
                    requirements |= module.Requires;
                    changed = true;
                }
            }
        }
        while (changed);
        modules.Sort((a, b) => a.Stage != b.Stage ? a.Stage.CompareTo(b.Stage) : string.CompareOrdinal(a.Name, b.Name));
        return modules;
    }
}
