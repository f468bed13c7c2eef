// Follows webpack lib/ExportsInfo.js ExportInfo: what is known about one export of a module —
// whether it is provided, how it is used in each runtime, whether it may be renamed and to what,
// and, for a re-export, its target (the connection and export path it reads). Usage is kept per
// runtime name, or globally when analysed without runtimes (`optimization.usedExports: "global"`).

using Sharpack.Core.Runtime;

namespace Sharpack.Core.ModuleGraph;

/// <summary>Where a re-export reads its value: a module and an export path in it (null: its namespace).</summary>
/// <param name="Module">The module read from.</param>
/// <param name="Connection">The connection to that module.</param>
/// <param name="Export">The export path; null for the module's namespace object.</param>
public readonly record struct ExportTarget(Module Module, ModuleGraphConnection Connection, IReadOnlyList<string>? Export);

/// <summary>Information about one export.</summary>
public sealed class ExportInfo
{
    private string? _usedName;
    private UsageState? _globalUsed;
    private Dictionary<string, UsageState>? _usedInRuntime;
    private bool _hasUseInRuntimeInfo;
    private List<(Dependency? Key, TargetItem Item)>? _targets;

    private sealed class TargetItem(ModuleGraphConnection connection, string[]? export, int priority)
    {
        public ModuleGraphConnection Connection = connection;
        public string[]? Export = export;
        public int Priority = priority;
    }

    internal ExportInfo(string? name, ExportInfo? initFrom)
    {
        Name = name;
        if (initFrom is null)
            return;
        _usedName = initFrom._usedName;
        _globalUsed = initFrom._globalUsed;
        _usedInRuntime = initFrom._usedInRuntime is { } used ? new Dictionary<string, UsageState>(used, StringComparer.Ordinal) : null;
        _hasUseInRuntimeInfo = initFrom._hasUseInRuntimeInfo;
        Provided = initFrom.Provided;
        TerminalBinding = initFrom.TerminalBinding;
        CanMangleProvide = initFrom.CanMangleProvide;
        CanMangleUse = initFrom.CanMangleUse;
        CanInlineProvide = initFrom.CanInlineProvide;
        CanInlineUse = initFrom.CanInlineUse;
        PureProvide = initFrom.PureProvide;
        if (initFrom._targets is { } targets)
        {
            _targets = new List<(Dependency?, TargetItem)>(targets.Count);
            foreach (var (key, item) in targets)
                _targets.Add((key, new TargetItem(item.Connection, item.Export ?? (name is null ? null : [name]), item.Priority)));
        }
    }

    /// <summary>The export's name; null for the "other exports" entry of an <see cref="ExportsInfo"/>.</summary>
    public string? Name { get; }

    /// <summary>Whether the module provides the export.</summary>
    public ProvidedState Provided { get; set; }

    /// <summary>True when the export is a binding of its module, not a re-export.</summary>
    public bool TerminalBinding { get; set; }

    /// <summary>Whether the way the export is provided allows renaming it (null: unknown).</summary>
    public bool? CanMangleProvide { get; set; }

    /// <summary>Whether the way the export is used allows renaming it (null: unknown).</summary>
    public bool? CanMangleUse { get; set; }

    /// <summary>The constant the export is bound to when it may be inlined at its uses (webpack's canInlineProvide); null otherwise.</summary>
    public InlinedValue? CanInlineProvide { get; set; }

    /// <summary>
    /// The export is a function annotated <c>/*#__NO_SIDE_EFFECTS__*/</c> (or named in the parser's
    /// <c>pureFunctions</c>): a call of it with pure arguments is pure in an importing module (webpack's pureProvide).
    /// </summary>
    public bool PureProvide { get; set; }

    /// <summary>Whether every use of the export accepts its literal instead (true), one does not (false), or nothing said (null) — webpack's canInlineUse.</summary>
    public bool? CanInlineUse { get; set; }

    /// <summary>The constant to inline when both its provision and every use allow it (webpack's canInline()); null otherwise.</summary>
    public InlinedValue? CanInline => CanInlineUse == true ? CanInlineProvide : null;

    /// <summary>The constant the export's uses read instead of the export (its used name is then its own name, never mangled); null when not inlined.</summary>
    public InlinedValue? Inlined { get; private set; }

    /// <summary>Inlines the export: its uses read <paramref name="value"/>, the module defines no getter for it.</summary>
    public void SetInlined(InlinedValue value)
    {
        Inlined = value;
        _usedName ??= Name;
    }

    /// <summary>The exports of the export's value, when known (a namespace re-export, a JSON object).</summary>
    public ExportsInfo? ExportsInfo { get; set; }

    /// <summary>True when <see cref="ExportsInfo"/> belongs to this export (not another module's).</summary>
    public bool ExportsInfoOwned { get; private set; }

    /// <summary>Whether the export may be renamed: both provision and use must allow it (null: not known).</summary>
    public bool? CanMangle => CanMangleProvide switch
    {
        null => CanMangleUse == false ? false : null,
        false => false,
        true => CanMangleUse,
    };

    /// <summary>True when the export re-exports another module's export.</summary>
    public bool IsReexport => !TerminalBinding && _targets is { Count: > 0 };

    /// <summary>Marks the export used in a way only the runtime knows; true when that changed anything.</summary>
    public bool SetUsedInUnknownWay(RuntimeSpec? runtime)
    {
        var changed = SetUsedConditionally(static used => used < UsageState.Unknown, UsageState.Unknown, runtime);
        if (CanMangleUse != false)
        {
            CanMangleUse = false;
            changed = true;
        }
        return changed;
    }

    /// <summary>Marks the export used without information on how; true when that changed anything.</summary>
    public bool SetUsedWithoutInfo(RuntimeSpec? runtime)
    {
        var changed = SetUsed(UsageState.NoInfo, runtime);
        if (CanMangleUse != false)
        {
            CanMangleUse = false;
            changed = true;
        }
        return changed;
    }

    /// <summary>Starts provision analysis: an export not known to be provided is not provided.</summary>
    public void SetHasProvideInfo()
    {
        if (Provided == ProvidedState.NoInfo)
            Provided = ProvidedState.NotProvided;
        CanMangleProvide ??= true;
        if (ExportsInfoOwned)
            ExportsInfo!.SetHasProvideInfo();
    }

    /// <summary>Starts usage analysis: an export not marked used is unused.</summary>
    public void SetHasUseInfo()
    {
        _hasUseInRuntimeInfo = true;
        CanMangleUse ??= true;
        if (ExportsInfoOwned)
            ExportsInfo!.SetHasUseInfo();
    }

    /// <summary>Sets the usage in <paramref name="runtime"/> to <paramref name="newValue"/> where <paramref name="condition"/> holds for the old one; true when that changed anything.</summary>
    public bool SetUsedConditionally(Func<UsageState, bool> condition, UsageState newValue, RuntimeSpec? runtime)
    {
        if (runtime is null)
        {
            if (_globalUsed is not { } global)
            {
                _globalUsed = newValue;
                return true;
            }
            if (global != newValue && condition(global))
            {
                _globalUsed = newValue;
                return true;
            }
            return false;
        }
        if (_usedInRuntime is null)
        {
            if (newValue == UsageState.Unused || !condition(UsageState.Unused))
                return false;
            _usedInRuntime = new Dictionary<string, UsageState>(StringComparer.Ordinal);
            foreach (var name in runtime.Names)
                _usedInRuntime[name] = newValue;
            return true;
        }
        var changed = false;
        foreach (var name in runtime.Names)
        {
            var oldValue = _usedInRuntime.GetValueOrDefault(name, UsageState.Unused);
            if (newValue == oldValue || !condition(oldValue))
                continue;
            if (newValue == UsageState.Unused) _usedInRuntime.Remove(name);
            else _usedInRuntime[name] = newValue;
            changed = true;
        }
        if (changed && _usedInRuntime.Count == 0)
            _usedInRuntime = null;
        return changed;
    }

    /// <summary>Sets the usage in <paramref name="runtime"/>; true when that changed anything.</summary>
    public bool SetUsed(UsageState newValue, RuntimeSpec? runtime) => SetUsedConditionally(static _ => true, newValue, runtime);

    /// <summary>How the export is used in <paramref name="runtime"/> (null: the most in any runtime).</summary>
    public UsageState GetUsed(RuntimeSpec? runtime)
    {
        if (!_hasUseInRuntimeInfo) return UsageState.NoInfo;
        if (_globalUsed is { } global) return global;
        if (_usedInRuntime is null) return UsageState.Unused;
        var max = UsageState.Unused;
        if (runtime is null)
        {
            foreach (var value in _usedInRuntime.Values)
            {
                if (value == UsageState.Used) return UsageState.Used;
                if (max < value) max = value;
            }
            return max;
        }
        foreach (var name in runtime.Names)
        {
            if (_usedInRuntime.TryGetValue(name, out var value))
            {
                if (value == UsageState.Used) return UsageState.Used;
                if (max < value) max = value;
            }
        }
        return max;
    }

    /// <summary>The name the export has in the output in <paramref name="runtime"/>, or null when it is unused there.</summary>
    public string? GetUsedName(string? fallbackName, RuntimeSpec? runtime)
    {
        if (_hasUseInRuntimeInfo)
        {
            if (_globalUsed is { } global)
            {
                if (global == UsageState.Unused) return null;
            }
            else
            {
                if (_usedInRuntime is null) return null;
                if (runtime is not null)
                {
                    var anyUsed = false;
                    foreach (var name in runtime.Names)
                    {
                        if (_usedInRuntime.ContainsKey(name)) { anyUsed = true; break; }
                    }
                    if (!anyUsed) return null;
                }
            }
        }
        return _usedName ?? Name ?? fallbackName;
    }

    /// <summary>True when a used name was set (the export is renamed).</summary>
    public bool HasUsedName => _usedName is not null;

    /// <summary>Renames the export in the output (export mangling).</summary>
    public void SetUsedName(string name) => _usedName = name;

    /// <summary>Removes the target set by <paramref name="key"/>; true when there was one.</summary>
    public bool UnsetTarget(Dependency? key)
    {
        if (_targets is null) return false;
        for (var i = 0; i < _targets.Count; i++)
        {
            if (_targets[i].Key == key)
            {
                _targets.RemoveAt(i);
                return true;
            }
        }
        return false;
    }

    /// <summary>Sets the target <paramref name="key"/> gives the export; true when that changed anything.</summary>
    public bool SetTarget(Dependency? key, ModuleGraphConnection connection, IReadOnlyList<string>? exportName, int priority = 0)
    {
        _targets ??= [];
        for (var i = 0; i < _targets.Count; i++)
        {
            if (_targets[i].Key != key) continue;
            var old = _targets[i].Item;
            if (old.Connection == connection && old.Priority == priority && SameExport(old.Export, exportName))
                return false;
            old.Connection = connection;
            old.Export = exportName is null ? null : [.. exportName];
            old.Priority = priority;
            return true;
        }
        _targets.Add((key, new TargetItem(connection, exportName is null ? null : [.. exportName], priority)));
        return true;
    }

    // The highest priority among the targets (almost always one target, or all of one priority).
    private int MaxPriority()
    {
        var max = int.MinValue;
        foreach (var (_, item) in _targets!)
            max = Math.Max(max, item.Priority);
        return max;
    }

    // The first target of the highest priority.
    private TargetItem FirstMaxTarget()
    {
        var max = MaxPriority();
        foreach (var (_, item) in _targets!)
        {
            if (item.Priority == max) return item;
        }
        throw new InvalidOperationException("No target.");
    }

    /// <summary>
    /// The binding the export finally reads: itself when it is a binding of its module, else the
    /// export (or namespace) its re-export chain ends at; null when unknown.
    /// </summary>
    public object? GetTerminalBinding(ModuleGraph moduleGraph, Func<ExportTarget, bool>? resolveTargetFilter = null)
    {
        if (TerminalBinding) return this;
        if (GetTarget(moduleGraph, resolveTargetFilter) is not { } target) return null;
        var exportsInfo = moduleGraph.GetExportsInfo(target.Module);
        return target.Export is null ? exportsInfo : exportsInfo.GetReadOnlyExportInfoRecursive(target.Export);
    }

    /// <summary>
    /// Follows the re-export chain while <paramref name="resolveTargetFilter"/> accepts each step;
    /// null when the export is no re-export, the chain is circular, or its targets disagree.
    /// </summary>
    public ExportTarget? GetTarget(ModuleGraph moduleGraph, Func<ExportTarget, bool>? resolveTargetFilter = null)
    {
        var result = GetTargetCore(moduleGraph, resolveTargetFilter ?? (static _ => true), null, out var circular);
        return circular ? null : result;
    }

    // webpack's _getTarget. `visited` holds the exports on the current path (added on the way in,
    // removed on the way out: webpack copies the set per level instead); allocated only when a
    // chain has more than one hop. PERF: three.js x10's barrels ask this for every re-exported name.
    private ExportTarget? GetTargetCore(ModuleGraph moduleGraph, Func<ExportTarget, bool> filter, HashSet<ExportInfo>? visited, out bool circular)
    {
        circular = false;
        if (_targets is not { Count: > 0 }) return null;
        if (visited is not null && visited.Contains(this))
        {
            circular = true;
            return null;
        }
        var added = visited?.Add(this) ?? false;
        try
        {
            ExportTarget? first = null;
            var max = MaxPriority();
            foreach (var (_, item) in _targets)
            {
                if (item.Priority != max) continue;
                var resolved = Resolve(moduleGraph, filter, item, visited, out circular);
                if (circular || resolved is not { } target) return null;
                if (first is not { } expected)
                {
                    first = target;
                    continue;
                }
                if (target.Module != expected.Module) return null;
                if (!SameExport(target.Export, expected.Export)) return null;
            }
            return first;
        }
        finally
        {
            if (added) visited!.Remove(this);
        }
    }

    // Two export paths, element by element (null equals only null).
    private static bool SameExport(IReadOnlyList<string>? a, IReadOnlyList<string>? b)
    {
        if (a is null || b is null) return a is null && b is null;
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private ExportTarget? Resolve(ModuleGraph moduleGraph, Func<ExportTarget, bool> filter, TargetItem input, HashSet<ExportInfo>? visited, out bool circular)
    {
        circular = false;
        var target = new ExportTarget(input.Connection.Module, input.Connection, input.Export);
        if (input.Export is null || !filter(target))
            return target;
        // A chain's first hop rents the set and gives it back at the end (the caller's next target
        // starts again from a set holding only this export, as the first did).
        var rented = visited is null;
        var set = visited ?? RentVisited();
        if (rented) set.Add(this);
        // The exports this call passes through stay visited for its later hops only.
        List<ExportInfo>? passed = null;
        try
        {
            while (true)
            {
                var exportInfo = moduleGraph.GetExportsInfo(target.Module).GetExportInfo(target.Export![0]);
                if (set.Contains(exportInfo))
                {
                    circular = true;
                    return null;
                }
                var next = exportInfo.GetTargetCore(moduleGraph, filter, set, out circular);
                if (circular) return null;
                if (next is not { } newTarget) return target;
                if (target.Export.Count == 1)
                {
                    target = newTarget;
                    if (target.Export is null) return target;
                }
                else
                {
                    var rest = new List<string>();
                    if (newTarget.Export is not null) rest.AddRange(newTarget.Export);
                    for (var i = 1; i < target.Export.Count; i++) rest.Add(target.Export[i]);
                    target = new ExportTarget(newTarget.Module, newTarget.Connection, rest);
                }
                if (!filter(target)) return target;
                if (set.Add(exportInfo)) (passed ??= []).Add(exportInfo);
            }
        }
        finally
        {
            if (rented)
            {
                ReturnVisited(set);
            }
            else if (passed is not null)
            {
                foreach (var info in passed) set.Remove(info);
            }
        }
    }

    // PERF: the sets that detect circular re-export chains, reused per thread (a set per question
    // was 1.2 MB of three.js x10's exports flagging, and a build collects no garbage until its budget).
    [ThreadStatic] private static Stack<HashSet<ExportInfo>>? t_visitedPool;

    /// <summary>An empty set of exports from this thread's pool; give it back with <see cref="ReturnVisited"/>.</summary>
    internal static HashSet<ExportInfo> RentVisited() =>
        t_visitedPool is { Count: > 0 } pool ? pool.Pop() : new HashSet<ExportInfo>();

    /// <summary>Clears <paramref name="set"/> and keeps it for the next <see cref="RentVisited"/> on this thread.</summary>
    internal static void ReturnVisited(HashSet<ExportInfo> set)
    {
        set.Clear();
        (t_visitedPool ??= new Stack<HashSet<ExportInfo>>()).Push(set);
    }

    /// <summary>
    /// The first module along the re-export chain (first targets only) that
    /// <paramref name="validTargetModuleFilter"/> accepts, with the export path there and the
    /// connection of the chain's last step; null when the export is no re-export, the chain is
    /// circular or ends before such a module.
    /// </summary>
    public (Module Module, IReadOnlyList<string>? Export, ModuleGraphConnection Connection)? FindTarget(ModuleGraph moduleGraph, Func<Module, bool> validTargetModuleFilter)
    {
        if (_targets is not { Count: > 0 }) return null;
        var raw = FirstMaxTarget();
        (Module Module, IReadOnlyList<string>? Export, ModuleGraphConnection Connection) target = (raw.Connection.Module, raw.Export, raw.Connection);
        HashSet<ExportInfo>? visited = null;
        try
        {
            return FindTargetCore(moduleGraph, validTargetModuleFilter, target, ref visited);
        }
        finally
        {
            if (visited is not null) ReturnVisited(visited);
        }
    }

    private (Module Module, IReadOnlyList<string>? Export, ModuleGraphConnection Connection)? FindTargetCore(ModuleGraph moduleGraph, Func<Module, bool> validTargetModuleFilter,
        (Module Module, IReadOnlyList<string>? Export, ModuleGraphConnection Connection) target, ref HashSet<ExportInfo>? visited)
    {
        while (true)
        {
            if (validTargetModuleFilter(target.Module)) return target;
            if (target.Export is not { Count: > 0 } path) return null;
            var exportInfo = moduleGraph.GetExportsInfo(target.Module).GetExportInfo(path[0]);
            if (visited is null)
            {
                visited = RentVisited();
                visited.Add(this);
            }
            if (!visited.Add(exportInfo)) return null;
            if (exportInfo._targets is not { Count: > 0 }) return null;
            var next = exportInfo.FirstMaxTarget();
            if (path.Count == 1)
            {
                target = (next.Connection.Module, next.Export, next.Connection);
                continue;
            }
            var rest = new List<string>();
            if (next.Export is not null) rest.AddRange(next.Export);
            for (var i = 1; i < path.Count; i++) rest.Add(path[i]);
            target = (next.Connection.Module, rest, next.Connection);
        }
    }

    /// <summary>
    /// Follows the chain as <see cref="GetTarget"/> and makes its end the only target (webpack's
    /// moveTarget, used when re-exports through side-effect-free modules are skipped).
    /// </summary>
    public ExportTarget? MoveTarget(ModuleGraph moduleGraph, Func<ExportTarget, bool> resolveTargetFilter, Func<ExportTarget, ModuleGraphConnection?>? updateOriginalConnection = null)
    {
        var found = GetTargetCore(moduleGraph, resolveTargetFilter, null, out var circular);
        if (circular || found is not { } target) return null;
        var original = FirstMaxTarget();
        if (original.Connection == target.Connection && ReferenceEquals(original.Export, target.Export))
            return null;
        _targets!.Clear();
        var connection = updateOriginalConnection?.Invoke(target) ?? target.Connection;
        _targets.Add((null, new TargetItem(connection, target.Export is null ? null : [.. target.Export], 0)));
        return target;
    }

    /// <summary>Gives the export its own nested exports info (redirecting to the one it had).</summary>
    public ExportsInfo CreateNestedExportsInfo()
    {
        if (ExportsInfoOwned) return ExportsInfo!;
        ExportsInfoOwned = true;
        var old = ExportsInfo;
        ExportsInfo = new ExportsInfo();
        ExportsInfo.SetHasProvideInfo();
        if (old is not null) ExportsInfo.SetRedirectNamedTo(old);
        return ExportsInfo;
    }

    /// <summary>The exports of the export's value, when known.</summary>
    public ExportsInfo? GetNestedExportsInfo() => ExportsInfo;

    /// <summary>True when the export differs from <paramref name="baseInfo"/> in what a hash must see.</summary>
    public bool HasInfo(ExportInfo baseInfo, RuntimeSpec? runtime) =>
        (_usedName is not null && _usedName != Name) || Provided == ProvidedState.Provided || TerminalBinding || GetUsed(runtime) != baseInfo.GetUsed(runtime);

    internal void AppendHash(System.Text.StringBuilder hash, RuntimeSpec? runtime, HashSet<ExportsInfo> visited)
    {
        hash.Append(_usedName ?? Name).Append((int)GetUsed(runtime)).Append((int)Provided).Append(TerminalBinding ? '1' : '0');
        if (Inlined is { } inlined)
            hash.Append('=').Append(inlined.Literal);
        if (ExportsInfo is { } nested && !visited.Contains(nested))
            nested.AppendHash(hash, runtime, visited);
    }

    /// <summary>How the export is used, in webpack's words ("used", "unused", "used in main"…), for stats.</summary>
    public string GetUsedInfo()
    {
        if (_globalUsed is { } global)
        {
            return global switch
            {
                UsageState.Unused => "unused",
                UsageState.NoInfo => "no usage info",
                UsageState.Unknown => "maybe used (runtime-defined)",
                UsageState.Used => "used",
                _ => "only properties used",
            };
        }
        if (_usedInRuntime is not null)
        {
            // Grouped by state in the order the states first appear, as webpack's Map does.
            var byState = new List<(UsageState State, List<string> Runtimes)>();
            foreach (var (runtime, used) in _usedInRuntime)
            {
                var index = byState.FindIndex(g => g.State == used);
                if (index < 0) byState.Add((used, [runtime]));
                else byState[index].Runtimes.Add(runtime);
            }
            var parts = new List<string>();
            foreach (var (used, runtimes) in byState)
            {
                var names = string.Join(", ", runtimes);
                parts.Add(used switch
                {
                    UsageState.NoInfo => $"no usage info in {names}",
                    UsageState.Unknown => $"maybe used in {names} (runtime-defined)",
                    UsageState.Used => $"used in {names}",
                    _ => $"only properties used in {names}",
                });
            }
            if (parts.Count > 0) return string.Join("; ", parts);
        }
        return _hasUseInRuntimeInfo ? "unused" : "no usage info";
    }

    /// <summary>Whether the export is provided, in webpack's words, for stats.</summary>
    public string GetProvidedInfo() => Provided switch
    {
        ProvidedState.NoInfo => "no provided info",
        ProvidedState.Unknown => "maybe provided (runtime-defined)",
        ProvidedState.Provided => "provided",
        _ => "not provided",
    };
}
