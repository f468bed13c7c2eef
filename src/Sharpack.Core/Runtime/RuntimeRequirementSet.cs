// webpack passes the runtimeRequirementIn* taps a mutable Set of requirement names; here the set is
// the RuntimeGlobals bits behind one reference, so a tap can add to what the pass is collecting.
// The pass reuses one instance per loop, so asking the hooks allocates nothing per module.

namespace Sharpack.Core.Runtime;

/// <summary>The runtime requirements of a module, chunk or runtime chunk tree, as the hooks collect them.</summary>
public sealed class RuntimeRequirementSet
{
    /// <summary>The requirements so far.</summary>
    public RuntimeGlobals Value { get; set; }

    /// <summary>Adds <paramref name="globals"/> (webpack's <c>set.add</c>); the pass then asks the hooks of the new ones too.</summary>
    public void Add(RuntimeGlobals globals) => Value |= globals;

    /// <summary>Whether any bit of <paramref name="globals"/> is required (webpack's <c>set.has</c>).</summary>
    public bool Has(RuntimeGlobals globals) => Value.HasAny(globals);

    /// <summary>Whether the global webpack calls <paramref name="name"/> is required.</summary>
    public bool Has(string name) => RuntimeGlobalNames.TryGet(name, out var global) && Has(global);
}
