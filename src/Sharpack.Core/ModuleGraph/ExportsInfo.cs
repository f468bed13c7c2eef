// Follows webpack lib/ExportsInfo.js ExportsInfo: the exports of a module (or of an export's
// value) by name, plus "other exports" — what holds for every name not listed (unknown for
// CommonJS, not provided for a statically analysed ES module) — and a side-effects-only entry
// (the module is needed for its side effects though no export is used). A star re-export may
// redirect the names this module does not list to the exports info of another.

using System.Text;
using Sharpack.Core.Runtime;

namespace Sharpack.Core.ModuleGraph;

/// <summary>What is known about a module's exports.</summary>
public sealed class ExportsInfo
{
    // PERF: most modules export a few names, found by a scan of _ordered; the map is made past
    // MapThreshold (a dictionary per module was 2.7 MB of three.js x10's exports flagging).
    private const int MapThreshold = 8;
    private Dictionary<string, ExportInfo>? _exports;
    private readonly List<ExportInfo> _ordered = [];
    private bool _orderedSorted = true;
    // A sorted copy of _ordered when names were added out of order, made on demand, dropped by an add.
    // The list itself is never sorted in place: readers on other threads (the parallel linking
    // reports, code generation) may be scanning it.
    private List<ExportInfo>? _sorted;
    private readonly ExportInfo _otherExportsInfo = new(null, null);
    private readonly ExportInfo _sideEffectsOnlyInfo = new("*side effects only*", null);
    private ExportsInfo? _redirectTo;

    /// <summary>The exports listed here, in the order they were added.</summary>
    public IReadOnlyList<ExportInfo> OwnedExports => _ordered;

    /// <summary>The exports listed here, sorted by name.</summary>
    public IReadOnlyList<ExportInfo> OrderedOwnedExports => Sorted();

    /// <summary>Every export listed here or in the exports info names are redirected to, sorted by name.</summary>
    public IReadOnlyList<ExportInfo> OrderedExports
    {
        get
        {
            var sorted = Sorted();
            if (_redirectTo is null) return sorted;
            var merged = new SortedDictionary<string, ExportInfo>(StringComparer.Ordinal);
            foreach (var info in _redirectTo.OrderedExports) merged[info.Name!] = info;
            foreach (var info in sorted) merged[info.Name!] = info;
            return [.. merged.Values];
        }
    }

    /// <summary>What holds for every export not listed.</summary>
    public ExportInfo OtherExportsInfo => _redirectTo?.OtherExportsInfo ?? _otherExportsInfo;

    /// <summary>The entry that records the module is used only for its side effects.</summary>
    public ExportInfo SideEffectsOnlyInfo => _sideEffectsOnlyInfo;

    private IReadOnlyList<ExportInfo> Sorted()
    {
        if (_orderedSorted)
            return _ordered;
        if (Volatile.Read(ref _sorted) is { } sorted)
            return sorted;
        // Threads that race here make equal copies; whichever is stored, each reader gets a whole one.
        sorted = new List<ExportInfo>(_ordered);
        sorted.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        Volatile.Write(ref _sorted, sorted);
        return sorted;
    }

    /// <summary>Redirects names not listed here to <paramref name="exportsInfo"/>; true when that changed.</summary>
    public bool SetRedirectNamedTo(ExportsInfo? exportsInfo)
    {
        if (_redirectTo == exportsInfo) return false;
        _redirectTo = exportsInfo;
        return true;
    }

    /// <summary>Starts provision analysis for every export.</summary>
    public void SetHasProvideInfo()
    {
        foreach (var info in _ordered) info.SetHasProvideInfo();
        if (_redirectTo is not null) _redirectTo.SetHasProvideInfo();
        else _otherExportsInfo.SetHasProvideInfo();
    }

    /// <summary>Starts usage analysis for every export.</summary>
    public void SetHasUseInfo()
    {
        foreach (var info in _ordered) info.SetHasUseInfo();
        _sideEffectsOnlyInfo.SetHasUseInfo();
        if (_redirectTo is not null) _redirectTo.SetHasUseInfo();
        else _otherExportsInfo.SetHasUseInfo();
    }

    /// <summary>The export listed here under <paramref name="name"/>, created from "other exports" when missing.</summary>
    public ExportInfo GetOwnExportInfo(string name) => Find(name) ?? Add(name);

    /// <summary>Makes room for <paramref name="count"/> more exports (a spec about to list that many).</summary>
    public void EnsureCapacity(int count)
    {
        var total = _ordered.Count + count;
        _ordered.EnsureCapacity(total);
        if (total <= MapThreshold)
            return;
        if (_exports is null)
            BuildMap(total);
        else
            _exports.EnsureCapacity(total);
    }

    private void BuildMap(int capacity)
    {
        _exports = new Dictionary<string, ExportInfo>(capacity, StringComparer.Ordinal);
        foreach (var info in _ordered) _exports.Add(info.Name!, info);
    }

    private ExportInfo? Find(string name)
    {
        if (_exports is not null)
            return _exports.GetValueOrDefault(name);
        foreach (var info in _ordered)
        {
            if (string.Equals(info.Name, name, StringComparison.Ordinal)) return info;
        }
        return null;
    }

    /// <summary>The export <paramref name="name"/>, created when missing (in the redirect target, if any).</summary>
    public ExportInfo GetExportInfo(string name)
    {
        if (Find(name) is { } info) return info;
        if (_redirectTo is not null) return _redirectTo.GetExportInfo(name);
        return Add(name);
    }

    private ExportInfo Add(string name)
    {
        var created = new ExportInfo(name, _otherExportsInfo);
        if (_exports is null && _ordered.Count >= MapThreshold)
            BuildMap(_ordered.Count * 2);
        _exports?.Add(name, created);
        if (_ordered.Count > 0 && string.CompareOrdinal(_ordered[^1].Name, name) > 0) _orderedSorted = false;
        _ordered.Add(created);
        _sorted = null;
        return created;
    }

    /// <summary>The export <paramref name="name"/> if listed, else "other exports"; never creates one.</summary>
    public ExportInfo GetReadOnlyExportInfo(string name)
    {
        if (Find(name) is { } info) return info;
        if (_redirectTo is not null) return _redirectTo.GetReadOnlyExportInfo(name);
        return _otherExportsInfo;
    }

    /// <summary>The export at a path through nested exports infos, or null where the path leaves what is known.</summary>
    public ExportInfo? GetReadOnlyExportInfoRecursive(IReadOnlyList<string> name)
    {
        var exportsInfo = this;
        for (var i = 0; ; i++)
        {
            var info = exportsInfo.GetReadOnlyExportInfo(name[i]);
            if (i == name.Count - 1) return info;
            if (info.ExportsInfo is null) return null;
            exportsInfo = info.ExportsInfo;
        }
    }

    /// <summary>The exports info of the value at <paramref name="name"/> (this for an empty or null path), or null when not known.</summary>
    public ExportsInfo? GetNestedExportsInfo(IReadOnlyList<string>? name)
    {
        if (name is not { Count: > 0 }) return this;
        var exportsInfo = this;
        foreach (var part in name)
        {
            var info = exportsInfo.GetReadOnlyExportInfo(part);
            if (info.ExportsInfo is null) return null;
            exportsInfo = info.ExportsInfo;
        }
        return exportsInfo;
    }


    /// <summary>
    /// How many leading names of <paramref name="ids"/> (at most <paramref name="count"/>) name
    /// exports, through namespaces re-exported whole; what follows is a property of the value
    /// read (webpack's trimIdsToThoseImported: code writes the leading names with their used
    /// names and keeps the rest as written, dot or bracket, which minifiers treat differently).
    /// Never less than one: an import of a missing export stays whole.
    /// </summary>
    public int CountImportedIds(IReadOnlyList<string> ids, int count)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var exportsInfo = this;
        for (var i = 0; i < count; i++)
        {
            var info = exportsInfo.GetReadOnlyExportInfo(ids[i]);
            if (i == 0 && ids[i] == "default")
            {
                // The default of a module whose default is its value: its properties are exports too.
                if (info.ExportsInfo is { } defaultNested) exportsInfo = defaultNested;
                continue;
            }
            // JSON's nested infos list keys that are not exports: stop before them.
            if (info.Provided == ProvidedState.NotProvided)
                return i > 0 ? i : count;
            if (info.ExportsInfo is not { } nested)
                return i + 1;
            exportsInfo = nested;
        }
        return count;
    }
    /// <summary>
    /// Marks every export, and every name not listed, as provided in a way only the runtime knows
    /// (except <paramref name="excludeExports"/>); with a target, they re-export the same names of
    /// <paramref name="targetModule"/>. True when that changed anything.
    /// </summary>
    public bool SetUnknownExportsProvided(bool canMangle = false, IReadOnlySet<string>? excludeExports = null,
        Dependency? targetKey = null, ModuleGraphConnection? targetModule = null, int priority = 0)
    {
        var changed = false;
        if (excludeExports is not null)
        {
            foreach (var name in excludeExports) GetExportInfo(name);
        }
        foreach (var info in _ordered)
        {
            if (!canMangle && info.CanMangleProvide != false)
            {
                info.CanMangleProvide = false;
                changed = true;
            }
            if (excludeExports is not null && excludeExports.Contains(info.Name!)) continue;
            if (info.Provided is not (ProvidedState.Provided or ProvidedState.Unknown))
            {
                info.Provided = ProvidedState.Unknown;
                changed = true;
            }
            if (targetKey is not null && targetModule is not null)
                info.SetTarget(targetKey, targetModule, [info.Name!], -1);
        }
        if (_redirectTo is not null)
        {
            if (_redirectTo.SetUnknownExportsProvided(canMangle, excludeExports, targetKey, targetModule, priority)) changed = true;
        }
        else
        {
            if (_otherExportsInfo.Provided is not (ProvidedState.Provided or ProvidedState.Unknown))
            {
                _otherExportsInfo.Provided = ProvidedState.Unknown;
                changed = true;
            }
            if (!canMangle && _otherExportsInfo.CanMangleProvide != false)
            {
                _otherExportsInfo.CanMangleProvide = false;
                changed = true;
            }
            if (targetKey is not null && targetModule is not null)
                _otherExportsInfo.SetTarget(targetKey, targetModule, null, priority);
        }
        return changed;
    }

    /// <summary>Marks everything used in a way only the runtime knows (the namespace object escapes).</summary>
    public bool SetUsedInUnknownWay(RuntimeSpec? runtime)
    {
        var changed = false;
        foreach (var info in _ordered)
        {
            if (info.SetUsedInUnknownWay(runtime)) changed = true;
        }
        if (_redirectTo is not null ? _redirectTo.SetUsedInUnknownWay(runtime) : _otherExportsInfo.SetUsedInUnknownWay(runtime)) changed = true;
        return changed;
    }

    /// <summary>Marks everything used without information on how (a module whose exports are not analysed).</summary>
    public bool SetUsedWithoutInfo(RuntimeSpec? runtime)
    {
        var changed = false;
        foreach (var info in _ordered)
        {
            if (info.SetUsedWithoutInfo(runtime)) changed = true;
        }
        if (_redirectTo is not null ? _redirectTo.SetUsedWithoutInfo(runtime) : _otherExportsInfo.SetUsedWithoutInfo(runtime)) changed = true;
        return changed;
    }

    /// <summary>Marks every provided export used.</summary>
    public bool SetAllKnownExportsUsed(RuntimeSpec? runtime)
    {
        var changed = false;
        foreach (var info in _ordered)
        {
            if (info.Provided is not (ProvidedState.Provided)) continue;
            if (info.SetUsed(UsageState.Used, runtime)) changed = true;
        }
        return changed;
    }

    /// <summary>Records that the module is needed for its side effects in <paramref name="runtime"/>.</summary>
    public bool SetUsedForSideEffectsOnly(RuntimeSpec? runtime) =>
        _sideEffectsOnlyInfo.SetUsedConditionally(static used => used == UsageState.Unused, UsageState.Used, runtime);

    /// <summary>True when any export is used in <paramref name="runtime"/>.</summary>
    public bool IsUsed(RuntimeSpec? runtime)
    {
        if (_redirectTo is not null)
        {
            if (_redirectTo.IsUsed(runtime)) return true;
        }
        else if (_otherExportsInfo.GetUsed(runtime) != UsageState.Unused)
        {
            return true;
        }
        foreach (var info in _ordered)
        {
            if (info.GetUsed(runtime) != UsageState.Unused) return true;
        }
        return false;
    }

    /// <summary>True when the module is needed in <paramref name="runtime"/>: an export is used, or its side effects.</summary>
    public bool IsModuleUsed(RuntimeSpec? runtime) =>
        IsUsed(runtime) || _sideEffectsOnlyInfo.GetUsed(runtime) != UsageState.Unused;

    /// <summary>
    /// The used exports in <paramref name="runtime"/>: <see cref="UsedExports.NoInfo"/>, <see cref="UsedExports.Unknown"/>
    /// (all may be used), <see cref="UsedExports.None"/> (the module is not used at all), or the names.
    /// </summary>
    public UsedExports GetUsedExports(RuntimeSpec? runtime)
    {
        switch (_otherExportsInfo.GetUsed(runtime))
        {
            case UsageState.NoInfo: return UsedExports.NoInfo;
            case UsageState.Unknown or UsageState.OnlyPropertiesUsed or UsageState.Used: return UsedExports.Unknown;
        }
        var names = new List<string>();
        foreach (var info in Sorted())
        {
            switch (info.GetUsed(runtime))
            {
                case UsageState.NoInfo: return UsedExports.NoInfo;
                case UsageState.Unknown: return UsedExports.Unknown;
                case UsageState.OnlyPropertiesUsed or UsageState.Used: names.Add(info.Name!); break;
            }
        }
        if (_redirectTo is not null)
        {
            var inner = _redirectTo.GetUsedExports(runtime);
            if (inner.Kind is UsedExportsKind.NoInfo or UsedExportsKind.Unknown) return inner;
            if (inner.Names is { } innerNames) names.AddRange(innerNames);
        }
        if (names.Count == 0)
        {
            switch (_sideEffectsOnlyInfo.GetUsed(runtime))
            {
                case UsageState.NoInfo: return UsedExports.NoInfo;
                case UsageState.Unused: return UsedExports.None;
            }
        }
        return new UsedExports(UsedExportsKind.Names, names);
    }

    /// <summary>The provided exports: null when not known, an empty name list with <paramref name="unknown"/> true when only the runtime knows, or the names.</summary>
    public IReadOnlyList<string>? GetProvidedExports(out bool unknown)
    {
        unknown = false;
        switch (_otherExportsInfo.Provided)
        {
            case ProvidedState.NoInfo: return null;
            case ProvidedState.Unknown or ProvidedState.Provided: unknown = true; return [];
        }
        var names = new List<string>();
        foreach (var info in Sorted())
        {
            switch (info.Provided)
            {
                case ProvidedState.NoInfo: return null;
                case ProvidedState.Unknown: unknown = true; return [];
                case ProvidedState.Provided: names.Add(info.Name!); break;
            }
        }
        if (_redirectTo is not null)
        {
            var inner = _redirectTo.GetProvidedExports(out unknown);
            if (inner is null || unknown) return inner;
            foreach (var name in inner)
            {
                if (!names.Contains(name)) names.Add(name);
            }
        }
        return names;
    }

    /// <summary>The exports that are used in <paramref name="runtime"/> and not known to be missing ("other exports" last when it counts).</summary>
    public List<ExportInfo> GetRelevantExports(RuntimeSpec? runtime)
    {
        var list = new List<ExportInfo>();
        foreach (var info in _ordered)
        {
            if (info.GetUsed(runtime) == UsageState.Unused || info.Provided == ProvidedState.NotProvided) continue;
            list.Add(info);
        }
        if (_redirectTo is not null)
        {
            foreach (var info in _redirectTo.GetRelevantExports(runtime))
            {
                if (info.Name is null || Find(info.Name) is null) list.Add(info);
            }
        }
        if (_otherExportsInfo.Provided != ProvidedState.NotProvided && _otherExportsInfo.GetUsed(runtime) != UsageState.Unused)
            list.Add(_otherExportsInfo);
        return list;
    }

    /// <summary>Whether <paramref name="name"/> is provided (webpack's isExportProvided: true, false or null for unknown).</summary>
    public bool? IsExportProvided(string name) => ToBool(GetReadOnlyExportInfo(name).Provided);

    /// <summary>Whether the export at <paramref name="path"/> is provided (null: unknown).</summary>
    public bool? IsExportProvided(IReadOnlyList<string> path) => ToBool(GetProvided(path));

    /// <summary>
    /// Whether the export at <paramref name="path"/> is provided, following nested exports (webpack's
    /// isExportProvided on a path): a provided export with properties past what is known is
    /// <see cref="ProvidedState.NoInfo"/>.
    /// </summary>
    public ProvidedState GetProvided(IReadOnlyList<string> path)
    {
        var exportsInfo = this;
        for (var i = 0; ; i++)
        {
            var info = exportsInfo.GetReadOnlyExportInfo(path[i]);
            if (info.ExportsInfo is not null && i < path.Count - 1)
            {
                exportsInfo = info.ExportsInfo;
                continue;
            }
            return info.Provided == ProvidedState.Provided && i < path.Count - 1 ? ProvidedState.NoInfo : info.Provided;
        }
    }

    private static bool? ToBool(ProvidedState state) => state switch
    {
        ProvidedState.Provided => true,
        ProvidedState.NotProvided => false,
        _ => null,
    };

    /// <summary>A key equal for two runtimes exactly when the usage is the same in both.</summary>
    public string GetUsageKey(RuntimeSpec? runtime)
    {
        var key = new StringBuilder();
        if (_redirectTo is not null) key.Append(_redirectTo.GetUsageKey(runtime));
        else key.Append((int)_otherExportsInfo.GetUsed(runtime));
        key.Append('|').Append((int)_sideEffectsOnlyInfo.GetUsed(runtime));
        foreach (var info in OrderedOwnedExports) key.Append('|').Append((int)info.GetUsed(runtime));
        return key.ToString();
    }

    /// <summary>True when every export is used the same way in both runtimes.</summary>
    public bool IsEquallyUsed(RuntimeSpec? runtimeA, RuntimeSpec? runtimeB)
    {
        if (_redirectTo is not null)
        {
            if (!_redirectTo.IsEquallyUsed(runtimeA, runtimeB)) return false;
        }
        else if (_otherExportsInfo.GetUsed(runtimeA) != _otherExportsInfo.GetUsed(runtimeB))
        {
            return false;
        }
        if (_sideEffectsOnlyInfo.GetUsed(runtimeA) != _sideEffectsOnlyInfo.GetUsed(runtimeB)) return false;
        foreach (var info in _ordered)
        {
            if (info.GetUsed(runtimeA) != info.GetUsed(runtimeB)) return false;
        }
        return true;
    }

    /// <summary>How the export at <paramref name="path"/> is used (an empty path: the "other exports").</summary>
    public UsageState GetUsed(IReadOnlyList<string> path, RuntimeSpec? runtime)
    {
        if (path.Count == 0) return OtherExportsInfo.GetUsed(runtime);
        var exportsInfo = this;
        for (var i = 0; ; i++)
        {
            var info = exportsInfo.GetReadOnlyExportInfo(path[i]);
            if (i == path.Count - 1 || info.ExportsInfo is null) return info.GetUsed(runtime);
            exportsInfo = info.ExportsInfo;
        }
    }

    /// <summary>How the export <paramref name="name"/> is used.</summary>
    public UsageState GetUsed(string name, RuntimeSpec? runtime) => GetReadOnlyExportInfo(name).GetUsed(runtime);

    /// <summary>The output name of export <paramref name="name"/>, or null when it is unused.</summary>
    public string? GetUsedName(string name, RuntimeSpec? runtime) => GetReadOnlyExportInfo(name).GetUsedName(name, runtime);

    /// <summary>The output path of the export at <paramref name="path"/>, or null when it is unused (an empty path: the namespace, if used).</summary>
    public IReadOnlyList<string>? GetUsedName(IReadOnlyList<string> path, RuntimeSpec? runtime)
    {
        if (path.Count == 0) return IsUsed(runtime) ? path : null;
        var exportsInfo = this;
        List<string>? result = null;
        for (var i = 0; ; i++)
        {
            var info = exportsInfo.GetReadOnlyExportInfo(path[i]);
            var usedName = info.GetUsedName(path[i], runtime);
            if (usedName is null) return null;
            if (i == path.Count - 1)
            {
                if (result is null) return usedName == path[i] ? path : [usedName];
                result.Add(usedName);
                return result;
            }
            (result ??= []).Add(usedName);
            if (info.ExportsInfo is not null && info.GetUsed(runtime) == UsageState.OnlyPropertiesUsed)
            {
                exportsInfo = info.ExportsInfo;
                continue;
            }
            for (var j = i + 1; j < path.Count; j++) result.Add(path[j]);
            return result;
        }
    }

    /// <summary>True once an owned export was inlined (webpack's _hasInlinedExports: a fast answer for modules without).</summary>
    public bool HasInlinedExports { get; private set; }

    /// <summary>Records that an owned export was inlined.</summary>
    public void MarkInlinedExports() => HasInlinedExports = true;

    /// <summary>
    /// The constant the export at <paramref name="path"/> is inlined as in <paramref name="runtime"/>
    /// (webpack's getUsedName returning an InlinedUsedName), with the rest of the path read from it
    /// in <paramref name="suffix"/>; null when the path reads no inlined export.
    /// </summary>
    public InlinedValue? GetInlined(IReadOnlyList<string> path, RuntimeSpec? runtime, out IReadOnlyList<string>? suffix)
    {
        suffix = null;
        var exportsInfo = this;
        for (var i = 0; i < path.Count; i++)
        {
            var hasInlined = exportsInfo.AnyInlined();
            var info = exportsInfo.GetReadOnlyExportInfo(path[i]);
            if (hasInlined)
            {
                if (info.GetUsedName(path[i], runtime) is null) return null;
                if (info.Inlined is { } value)
                {
                    if (i < path.Count - 1)
                    {
                        var rest = new string[path.Count - i - 1];
                        for (var j = 0; j < rest.Length; j++) rest[j] = path[i + 1 + j];
                        suffix = rest;
                    }
                    return value;
                }
            }
            if (i == path.Count - 1 || info.ExportsInfo is null || info.GetUsed(runtime) != UsageState.OnlyPropertiesUsed)
                return null;
            exportsInfo = info.ExportsInfo;
        }
        return null;
    }

    /// <summary>The constant the export <paramref name="name"/> is inlined as in <paramref name="runtime"/>, or null (no allocation: asked by connection conditions).</summary>
    public InlinedValue? GetInlined(string name, RuntimeSpec? runtime)
    {
        if (!AnyInlined())
            return null;
        var info = GetReadOnlyExportInfo(name);
        return info.Inlined is { } value && info.GetUsedName(name, runtime) is not null ? value : null;
    }

    // An inlined export can only be on a level whose own or redirected exports info is marked.
    private bool AnyInlined()
    {
        for (var e = this; e is not null; e = e._redirectTo)
        {
            if (e.HasInlinedExports) return true;
        }
        return false;
    }

    /// <summary>No export of the module may be inlined (webpack's exportsInfo.canInlineUse = false: a library's exports are read by name).</summary>
    public void SetCanInlineUseFalse()
    {
        foreach (var info in _ordered)
            info.CanInlineUse = false;
        _otherExportsInfo.CanInlineUse = false;
    }

    /// <summary>Adds what a module's hash must see of the exports in <paramref name="runtime"/>.</summary>
    public void AppendHash(StringBuilder hash, RuntimeSpec? runtime) => AppendHash(hash, runtime, []);

    internal void AppendHash(StringBuilder hash, RuntimeSpec? runtime, HashSet<ExportsInfo> visited)
    {
        visited.Add(this);
        foreach (var info in OrderedExports)
        {
            if (info.HasInfo(_otherExportsInfo, runtime)) info.AppendHash(hash, runtime, visited);
        }
        _sideEffectsOnlyInfo.AppendHash(hash, runtime, visited);
        _otherExportsInfo.AppendHash(hash, runtime, visited);
        _redirectTo?.AppendHash(hash, runtime, visited);
        visited.Remove(this);
    }
}
