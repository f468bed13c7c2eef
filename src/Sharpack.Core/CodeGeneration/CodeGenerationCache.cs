// webpack's code generation cache (Compilation._codeGenerationCache, keyed by the module hash of
// createModuleHashes): a module's generated code is kept by the compiler with a fingerprint of
// everything that code reads, and the next build takes it again when the fingerprint is the same.
//
// The fingerprint follows what webpack's module hash covers (Module.updateHash, the module graph
// hash, exportsInfo.updateHash, each dependency's updateHash): the module (a module built again is
// a new object), its id and flags, its own exports, and for each dependency its module (object, id,
// async, exports), what an optimization rewrote of it, and for each async block the ids of the
// chunks it loads. Optimizations that make code read modules further away — concatenation,
// mangled or inlined exports, used exports — turn the cache off (the development defaults keep
// them off), so a module's code depends on its neighbours alone.

using System.Text;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;

namespace Sharpack.Core.CodeGeneration;

/// <summary>Generated code of the last build, for the next.</summary>
internal sealed class CodeGenerationCache
{
    private Dictionary<(Module Module, string Runtime), (ulong Fingerprint, CodeGenerationResult Result)> _entries = [];
    private Dictionary<(Module Module, string Runtime), (ulong Fingerprint, CodeGenerationResult Result)> _next = [];

    /// <summary>Whether code generated in <paramref name="compilation"/> may be kept: only the module's neighbours shape it.</summary>
    public static bool Applies(Compilation compilation)
    {
        var optimization = compilation.Options.Optimization;
        return compilation.Compiler.CachesModules && !optimization.ConcatenateModules && optimization.MangleExports is null
            && optimization.UsedExports == Options.UsedExportsMode.Off && !compilation.Graph.InlineExports;
    }

    /// <summary>The kept code of <paramref name="module"/> for <paramref name="runtime"/> when its fingerprint is still <paramref name="fingerprint"/>.</summary>
    public CodeGenerationResult? TryGet(Module module, RuntimeSpec? runtime, ulong fingerprint) =>
        _entries.TryGetValue((module, runtime?.Key ?? ""), out var entry) && entry.Fingerprint == fingerprint ? entry.Result : null;

    /// <summary>Keeps <paramref name="result"/> for the next build (called on one thread, after the parallel generation).</summary>
    public void Keep(Module module, RuntimeSpec? runtime, ulong fingerprint, CodeGenerationResult result) =>
        _next[(module, runtime?.Key ?? "")] = (fingerprint, result);

    /// <summary>Ends a build: what it kept replaces what the one before kept.</summary>
    public void Rotate()
    {
        (_entries, _next) = (_next, _entries);
        _next.Clear();
    }

    /// <summary>Forgets everything.</summary>
    public void Clear()
    {
        _entries.Clear();
        _next.Clear();
    }

    [ThreadStatic] private static Hashing.XxHash64? t_hash;
    [ThreadStatic] private static StringBuilder? t_exports;
    [ThreadStatic] private static Hashing.XxHash64? t_exportsHash;

    /// <summary>
    /// The exports hashes of one compilation's modules (webpack's exportsInfo.updateHash), each
    /// computed once however many modules import it; per runtime.
    /// </summary>
    internal sealed class ExportsHashes(ModuleGraph.ModuleGraph graph)
    {
        private readonly Dictionary<string, ulong[]> _byRuntime = new(StringComparer.Ordinal);

        // PERF: nearly every build has one runtime; its array is read without the lock.
        private volatile Tuple<string, ulong[]>? _last;

        public ulong Of(Module module, RuntimeSpec? runtime)
        {
            var key = runtime?.Key ?? "";
            ulong[]? hashes;
            if (_last is { } last && last.Item1 == key)
            {
                hashes = last.Item2;
            }
            else
            {
                lock (_byRuntime)
                {
                    if (!_byRuntime.TryGetValue(key, out hashes))
                        _byRuntime.Add(key, hashes = new ulong[graph.Modules.Count]);
                }
                _last = Tuple.Create(key, hashes);
            }
            // A module added to the graph after the array was made (none in code generation) is hashed each time.
            if (module.Key < 0 || module.Key >= hashes.Length)
                return Compute(module, runtime);
            var known = Volatile.Read(ref hashes[module.Key]);
            if (known != 0)
                return known;
            var hash = Compute(module, runtime) | 1;
            Volatile.Write(ref hashes[module.Key], hash);
            return hash;
        }

        private ulong Compute(Module module, RuntimeSpec? runtime)
        {
            var text = t_exports ??= new StringBuilder();
            text.Clear();
            graph.GetExportsInfo(module).AppendHash(text, runtime);
            var hash = t_exportsHash ??= new Hashing.XxHash64();
            hash.Reset();
            foreach (var chunk in text.GetChunks())
                hash.Append(chunk.Span);
            return hash.GetCurrentHashAsUInt64();
        }
    }

    /// <summary>What the code of <paramref name="module"/> for <paramref name="runtime"/> reads, as one number.</summary>
    public static ulong Fingerprint(Module module, RuntimeSpec? runtime, ExportsHashes exports)
    {
        var hash = t_hash ??= new Hashing.XxHash64();
        hash.Reset();
        Int(hash, module.GetHashCode());
        hash.Append(module.Id);
        hash.Append(runtime?.Key ?? "");
        Int(hash, Flags(module));
        Int(hash, module.CodeGenerationStateHash());
        Long(hash, exports.Of(module, runtime));
        foreach (var dependency in module.Dependencies)
        {
            Int(hash, dependency.CodeGenerationStateHash());
            if (dependency.Connection is not { } connection)
            {
                Int(hash, 0);
                continue;
            }
            var target = connection.Module;
            Int(hash, target.GetHashCode());
            hash.Append(target.Id);
            Int(hash, Flags(target));
            Int(hash, (int)connection.GetActiveState(runtime));
            Long(hash, exports.Of(target, runtime));
        }
        foreach (var block in module.Blocks)
            AppendBlock(hash, block);
        return hash.GetCurrentHashAsUInt64();
    }

    private static void Long(Hashing.XxHash64 hash, ulong value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(ulong)];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(bytes, value);
        hash.Append(bytes);
    }

    private static void Int(Hashing.XxHash64 hash, int value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        hash.Append(bytes);
    }

    private static int Flags(Module module) =>
        (module.IsAsync ? 1 : 0) | (module.ChunkCount > 0 ? 2 : 0) | (module.ExportsOnDemand ? 4 : 0) | (module.IsRemoved ? 8 : 0)
        | (module.JavaScriptConcatenated ? 16 : 0) | (module.IsCircular switch { true => 32, false => 64, null => 0 });

    // The chunks an import() (or require.ensure, a worker) loads are named in the code.
    private static void AppendBlock(Hashing.XxHash64 hash, AsyncDependenciesBlock block)
    {
        if (block.Group is { } group)
        {
            Int(hash, group.Chunks.Count);
            foreach (var chunk in group.Chunks)
            {
                hash.Append(chunk.Id);
                hash.Append(chunk.Name ?? "");
            }
        }
        else
        {
            Int(hash, -1);
        }
        foreach (var nested in block.Blocks)
            AppendBlock(hash, nested);
    }
}
