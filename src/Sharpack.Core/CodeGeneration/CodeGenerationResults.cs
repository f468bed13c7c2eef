// Follows webpack lib/CodeGenerationResults.js: the code generation pass's artifact, each
// module's generated code per runtime (a module generated once for all its runtimes is stored
// under their union). Renderers, the runtime requirements and the hashes read it; a rebuild can
// keep the results of modules whose hash did not change.

using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Core.CodeGeneration;

/// <summary>
/// The generated code of every module, per runtime. As a dictionary it answers a module's only
/// result (or the one for all its runtimes); <see cref="Get"/> answers per runtime.
/// </summary>
public sealed class CodeGenerationResults : IReadOnlyDictionary<Module, CodeGenerationResult>
{
    // Almost every module has one result: the first inline, more (one per distinct runtime) in a list.
    private readonly Dictionary<Module, Entry> _byModule = [];

    private sealed class Entry(RuntimeSpec? runtime, CodeGenerationResult result)
    {
        public readonly RuntimeSpec? Runtime = runtime;
        public readonly CodeGenerationResult Result = result;
        public List<(RuntimeSpec? Runtime, CodeGenerationResult Result)>? More;
    }

    /// <summary>Stores <paramref name="result"/> as <paramref name="module"/>'s code for <paramref name="runtime"/> (null: every runtime).</summary>
    public void Add(Module module, RuntimeSpec? runtime, CodeGenerationResult result)
    {
        if (!_byModule.TryGetValue(module, out var entry))
        {
            _byModule.Add(module, new Entry(runtime, result));
            return;
        }
        if (entry.Runtime == runtime)
            throw new InvalidOperationException($"Code generation result for {module.ReadableName} ({runtime}) added twice.");
        (entry.More ??= []).Add((runtime, result));
    }

    /// <summary>
    /// <paramref name="module"/>'s code in <paramref name="runtime"/>: the result stored for a
    /// runtime holding all of it; with a null runtime, the module's only result. Throws, as webpack
    /// does, when there is none or the runtime is ambiguous.
    /// </summary>
    public CodeGenerationResult Get(Module module, RuntimeSpec? runtime) =>
        TryGet(module, runtime, out var result)
            ? result
            : throw new InvalidOperationException(_byModule.ContainsKey(module)
                ? $"No code generation result for {module.ReadableName} in runtime {runtime?.ToString() ?? "(none)"}: it was generated for other runtimes only."
                : $"No code generation result for {module.ReadableName}: it was not generated (is it in a chunk?).");

    /// <summary>Like <see cref="Get"/>, answering false instead of throwing.</summary>
    public bool TryGet(Module module, RuntimeSpec? runtime, [MaybeNullWhen(false)] out CodeGenerationResult result)
    {
        result = null;
        if (!_byModule.TryGetValue(module, out var entry))
            return false;
        if (entry.More is null)
        {
            if (runtime is not null && entry.Runtime is not null && !Covers(entry.Runtime, runtime))
                return false;
            result = entry.Result;
            return true;
        }
        if (runtime is null)
            return false; // several results: which one is ambiguous
        if (entry.Runtime is null || Covers(entry.Runtime, runtime))
        {
            result = entry.Result;
            return true;
        }
        foreach (var (other, otherResult) in entry.More)
        {
            if (other is null || Covers(other, runtime))
            {
                result = otherResult;
                return true;
            }
        }
        return false;
    }

    /// <summary>Every result of <paramref name="module"/> (one per group of runtimes it was generated for), in the order they were added.</summary>
    public IEnumerable<CodeGenerationResult> AllFor(Module module)
    {
        if (!_byModule.TryGetValue(module, out var entry))
            yield break;
        yield return entry.Result;
        if (entry.More is null)
            yield break;
        foreach (var (_, result) in entry.More)
            yield return result;
    }

    /// <summary>Every result of <paramref name="module"/> with the runtime it was stored for (null: every runtime), in the order they were added.</summary>
    public IEnumerable<(RuntimeSpec? Runtime, CodeGenerationResult Result)> EntriesFor(Module module)
    {
        if (!_byModule.TryGetValue(module, out var entry))
            yield break;
        yield return (entry.Runtime, entry.Result);
        if (entry.More is null)
            yield break;
        foreach (var more in entry.More)
            yield return more;
    }

    /// <summary>The result of <paramref name="module"/> when it has exactly one (generated once for all its runtimes), else null.</summary>
    public CodeGenerationResult? Single(Module module) =>
        _byModule.TryGetValue(module, out var entry) && entry.More is null ? entry.Result : null;

    /// <summary>How many results <paramref name="module"/> has (one per distinct runtime it was generated for).</summary>
    public int CountFor(Module module) =>
        _byModule.TryGetValue(module, out var entry) ? 1 + (entry.More?.Count ?? 0) : 0;

    private static bool Covers(RuntimeSpec outer, RuntimeSpec inner)
    {
        if (ReferenceEquals(outer, inner))
            return true;
        foreach (var name in inner.Names)
        {
            if (!outer.Contains(name))
                return false;
        }
        return true;
    }

    /// <summary>The modules with results.</summary>
    public IEnumerable<Module> Keys => _byModule.Keys;

    /// <summary>Each module's result for all its runtimes (the first, when it has several).</summary>
    public IEnumerable<CodeGenerationResult> Values
    {
        get
        {
            foreach (var entry in _byModule.Values)
                yield return entry.Result;
        }
    }

    /// <summary>How many modules have results.</summary>
    public int Count => _byModule.Count;

    /// <summary><paramref name="key"/>'s result when it has one for all its runtimes (see <see cref="Get"/>).</summary>
    public CodeGenerationResult this[Module key] => Get(key, null);

    /// <inheritdoc />
    public bool ContainsKey(Module key) => _byModule.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(Module key, [MaybeNullWhen(false)] out CodeGenerationResult value) => TryGet(key, null, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<Module, CodeGenerationResult>> GetEnumerator()
    {
        foreach (var (module, entry) in _byModule)
            yield return new KeyValuePair<Module, CodeGenerationResult>(module, entry.Result);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
