// Which runtime module provides which runtime globals; plugins register them (webpack's
// runtimeRequirementInTree hook, reduced to a table). A registration fires when any of its
// trigger bits is required, once per chunk; its factory sees the requirements so far and may
// decline (return null), e.g. a chunk loading module for another target.

namespace Sharpack.Core.Runtime;

/// <summary>Maps runtime globals to the runtime modules that implement them.</summary>
public sealed class RuntimeModuleRegistry
{
    private readonly List<(RuntimeGlobals Trigger, Func<RuntimeGlobals, RuntimeModule?> Create)> _entries = [];

    /// <summary>Registers the module that implements <paramref name="global"/>.</summary>
    public void Register(RuntimeGlobals global, Func<RuntimeModule> create) => _entries.Add((global, _ => create()));

    /// <summary>Registers a module created when any bit of <paramref name="trigger"/> is required; the factory may return null.</summary>
    public void Register(RuntimeGlobals trigger, Func<RuntimeGlobals, RuntimeModule?> create) => _entries.Add((trigger, create));

    /// <summary>
    /// Adds to <paramref name="requirements"/> everything the runtime modules for it require, until
    /// nothing new is added, and returns those modules ordered by stage then name.
    /// </summary>
    public List<RuntimeModule> Resolve(ref RuntimeGlobals requirements)
    {
        var modules = new List<RuntimeModule>();
        var fired = new bool[_entries.Count];
        bool changed;
        do
        {
            changed = false;
            for (var i = 0; i < _entries.Count; i++)
            {
                var (trigger, create) = _entries[i];
                if (fired[i] || (requirements & trigger) == 0)
                    continue;
                fired[i] = true;
                if (create(requirements) is not { } module)
                    continue;
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
