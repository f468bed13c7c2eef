// Follows webpack lib/ModuleGraphConnection.js: the edge a dependency makes from the module that
// holds it (origin; null for an entry) to the module it resolved to. A connection is active,
// inactive, or conditional: then the dependency decides per runtime (a re-export nobody uses,
// an import of a side-effect-free module whose exports are unused).

using Sharpack.Core.Runtime;

namespace Sharpack.Core.ModuleGraph;

/// <summary>Decides whether a conditional connection is active in a runtime.</summary>
public delegate ConnectionState ConnectionCondition(ModuleGraphConnection connection, RuntimeSpec? runtime);

/// <summary>An edge of the module graph.</summary>
public sealed class ModuleGraphConnection
{
    private ConnectionCondition? _condition;
    private bool _active = true;

    internal ModuleGraphConnection(Module? originModule, Dependency? dependency, Module module, bool weak, ConnectionCondition? condition)
    {
        OriginModule = originModule;
        Dependency = dependency;
        ResolvedModule = module;
        Module = module;
        Weak = weak;
        _condition = condition;
    }

    /// <summary>The module holding the dependency; null for an entry dependency.</summary>
    public Module? OriginModule { get; }

    /// <summary>The dependency that made the edge.</summary>
    public Dependency? Dependency { get; }

    /// <summary>The module the request resolved to (kept when <see cref="Module"/> is redirected, e.g. by concatenation).</summary>
    public Module ResolvedModule { get; }

    /// <summary>The module the edge points to.</summary>
    public Module Module { get; internal set; }

    /// <summary>A weak edge resolves its module but does not include it (<c>require.resolveWeak</c>).</summary>
    public bool Weak { get; }

    /// <summary>True while the state depends on the runtime (a condition is set).</summary>
    public bool Conditional => _condition is not null;

    /// <summary>Why the edge exists besides its dependency (webpack's explanations), for stats.</summary>
    public List<string>? Explanations { get; private set; }

    /// <summary>Adds a reason shown in stats.</summary>
    public void AddExplanation(string explanation) => (Explanations ??= []).Add(explanation);

    /// <summary>Adds a condition; the edge is active only where every condition says so.</summary>
    public void AddCondition(ConnectionCondition condition)
    {
        if (!_active)
            return;
        if (_condition is not { } previous)
        {
            _condition = condition;
            return;
        }
        _condition = (connection, runtime) => Intersect(previous(connection, runtime), condition(connection, runtime));
    }

    /// <summary>A copy from <paramref name="originModule"/> with the same dependency, target, and condition or activity.</summary>
    internal ModuleGraphConnection CopyFrom(Module originModule) =>
        new(originModule, Dependency, Module, Weak, _condition) { _active = _active, Explanations = Explanations };

    /// <summary>Makes the edge unconditionally active or inactive.</summary>
    public void SetActive(bool value)
    {
        _condition = null;
        _active = value;
    }

    /// <summary>The edge's state in <paramref name="runtime"/> (null: any runtime).</summary>
    public ConnectionState GetActiveState(RuntimeSpec? runtime) =>
        _condition is { } condition ? condition(this, runtime) : _active ? ConnectionState.Active : ConnectionState.Inactive;

    /// <summary>True unless the edge is inactive in <paramref name="runtime"/>.</summary>
    public bool IsActive(RuntimeSpec? runtime) => GetActiveState(runtime) != ConnectionState.Inactive;

    /// <summary>True when the target itself is needed in <paramref name="runtime"/> (not only what it connects to).</summary>
    public bool IsTargetActive(RuntimeSpec? runtime) => GetActiveState(runtime) == ConnectionState.Active;

    /// <summary>Both states together: the more active one (webpack's addConnectionStates).</summary>
    public static ConnectionState Add(ConnectionState a, ConnectionState b)
    {
        if (a == ConnectionState.Active || b == ConnectionState.Active) return ConnectionState.Active;
        if (a == ConnectionState.Inactive) return b;
        if (b == ConnectionState.Inactive) return a;
        if (a == ConnectionState.TransitiveOnly) return b;
        if (b == ConnectionState.TransitiveOnly) return a;
        return a;
    }

    // Both conditions must hold (webpack's intersectConnectionStates).
    private static ConnectionState Intersect(ConnectionState a, ConnectionState b)
    {
        if (a == ConnectionState.Inactive || b == ConnectionState.Inactive) return ConnectionState.Inactive;
        if (a == ConnectionState.Active) return b;
        if (b == ConnectionState.Active) return a;
        if (a == ConnectionState.Circular) return b;
        if (b == ConnectionState.Circular) return a;
        return a;
    }
}
