// Which runtime module provides which runtime globals; plugins register them (webpack's
// runtimeRequirementInTree hook, reduced to a table). A registration fires when any of its
// trigger bits is required, once per runtime chunk; its handler sees that chunk and the
// requirements so far, may add requirements, and may decline to add a module (return null),
// e.g. a chunk loading module whose loading type the chunk's entry does not use.

using Sharpack.Core.ChunkGraph;

namespace Sharpack.Core.Runtime;

/// <summary>
/// webpack's runtimeRequirementInTree tap: for the runtime chunk <paramref name="chunk"/>, adds to
/// <paramref name="requirements"/> what the required globals need and returns the runtime module
/// that implements them, or null.
/// </summary>
public delegate RuntimeModule? RuntimeRequirementHandler(Chunk chunk, ref RuntimeGlobals requirements);

/// <summary>Maps runtime globals to the runtime modules that implement them.</summary>
public sealed class RuntimeModuleRegistry
{
    private readonly List<(RuntimeGlobals Trigger, RuntimeRequirementHandler Handle)> _entries = [];

    /// <summary>Registers the module that implements <paramref name="global"/>.</summary>
    public void Register(RuntimeGlobals global, Func<RuntimeModule> create) =>
        _entries.Add((global, (Chunk _, ref RuntimeGlobals _) => create()));

    /// <summary>Registers a module created when any bit of <paramref name="trigger"/> is required; the factory may return null.</summary>
    public void Register(RuntimeGlobals trigger, Func<RuntimeGlobals, RuntimeModule?> create) =>
        _entries.Add((trigger, (Chunk _, ref RuntimeGlobals requirements) => create(requirements)));

    /// <summary>Registers a handler called when any bit of <paramref name="trigger"/> is required in a runtime chunk's tree.</summary>
    public void Register(RuntimeGlobals trigger, RuntimeRequirementHandler handler) => _entries.Add((trigger, handler));

    /// <summary>
    /// Adds to <paramref name="requirements"/> everything the runtime modules for it require, until
    /// nothing new is added, and returns those modules ordered by stage then name.
    /// </summary>
    public List<RuntimeModule> Resolve(Chunk chunk, ref RuntimeGlobals requirements)
    {
        var modules = new List<RuntimeModule>();
        var fired = new bool[_entries.Count];
        bool changed;
        do
        {
            changed = false;
            for (var i = 0; i < _entries.Count; i++)
            {
                var (trigger, handle) = _entries[i];
                if (fired[i] || (requirements & trigger) == 0)
                    continue;
                fired[i] = true;
                var before = requirements;
                var module = handle(chunk, ref requirements);
                if (module is not null)
                {
                    modules.Add(module);
                    requirements |= module.Requires;
                }
                // New requirements may trigger registrations already passed over in this round.
                changed |= requirements != before;
            }
        }
        while (changed);
        modules.Sort((a, b) => a.Stage != b.Stage ? a.Stage.CompareTo(b.Stage) : string.CompareOrdinal(a.Name, b.Name));
        return modules;
    }
}
