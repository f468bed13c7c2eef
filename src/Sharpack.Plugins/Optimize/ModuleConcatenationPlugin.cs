// Follows webpack lib/optimize/ModuleConcatenationPlugin.js (optimization.concatenateModules,
// on in production): at optimizeChunkModules, ES modules become roots of concatenations, lowest
// depth first; a root takes in the modules it imports when every active reference to them comes,
// through ES imports (or require() calls, with concatenateModules.commonjs: strict CommonJS
// modules and externals join too), from modules already in the concatenation and they are in the root's chunks;
// each concatenation becomes a ConcatenatedModule in the root's place. Why a module stayed on its
// own is recorded as webpack's optimizationBailout ("ModuleConcatenation bailout: …").

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Plugins.JavaScript.Dependencies.Esm;

namespace Sharpack.Plugins.Optimize;

/// <summary>Merges ES modules into the scope of the module that imports them (scope hoisting).</summary>
public sealed class ModuleConcatenationPlugin : IPlugin
{
    private const string BailoutPrefix = "ModuleConcatenation bailout: ";

    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.Compilation.Tap("ModuleConcatenationPlugin", (compilation, _) =>
            compilation.Hooks.OptimizeChunkModules.Tap("ModuleConcatenationPlugin", (_, modules) =>
            {
                Run(compilation, [.. modules]);
                return null;
            }));

    private static void Run(Compilation compilation, List<Module> modules)
    {
        var graph = compilation.Graph;
        var deferImport = compilation.Options.Experiments.DeferImport;
        // webpack's isCommonJsConcatenationEnabled: strict CommonJS modules join, wrapped.
        var commonJs = compilation.Options.Optimization.ConcatenateCommonJsModules;
        var chunkGraph = compilation.ChunkGraph;
        var cache = new Cache(chunkGraph, commonJs);
        var entryModules = new HashSet<Module>();
        foreach (var chunk in compilation.Chunks)
        {
            foreach (var module in chunk.EntryModules) entryModules.Add(module);
        }
        var relevant = new List<Module>();
        var possibleInners = new HashSet<Module>();
        // Why a module cannot be inner, for the roots' "Cannot concat with" reasons.
        var innerReasons = new Dictionary<Module, string>();
        foreach (var module in modules)
        {
            if (module.IsRemoved) continue;
            if (module.GetConcatenationBailoutReason(commonJs) is { } reason)
            {
                Bailout(graph, module, reason, innerReasons);
                continue;
            }
            if (module.IsAsync)
            {
                Bailout(graph, module, "Module is async", innerReasons);
                continue;
            }
            if (chunkGraph.GetNumberOfModuleChunks(module) == 0)
            {
                Bailout(graph, module, "Module is not in any chunk", innerReasons);
                continue;
            }
            var canBeRoot = true;
            var relevantExports = graph.GetExportsInfo(module).GetRelevantExports(null);
            List<string>? unknownReexports = null;
            List<string>? unknownProvided = null;
            foreach (var exportInfo in relevantExports)
            {
                if (exportInfo.IsReexport && exportInfo.GetTarget(graph) is null)
                    (unknownReexports ??= []).Add((exportInfo.Name ?? "other exports") + ": " + exportInfo.GetUsedInfo());
                if (exportInfo.Provided != ProvidedState.Provided)
                    (unknownProvided ??= []).Add((exportInfo.Name ?? "other exports") + ": " + exportInfo.GetProvidedInfo() + " and " + exportInfo.GetUsedInfo());
            }
            if (unknownReexports is not null)
            {
                Bailout(graph, module, $"Reexports in this module do not have a static target ({string.Join(", ", unknownReexports)})", innerReasons);
                continue;
            }
            if (unknownProvided is not null)
            {
                Bailout(graph, module, $"List of module exports is dynamic ({string.Join(", ", unknownProvided)})", innerReasons);
                canBeRoot = false;
            }
            // A CommonJS member runs wrapped inside a root whose exports are an ES module's.
            if (ConcatenatedModule.RunsWrapped(module))
                canBeRoot = false;
            // webpack: a concatenated module writes JavaScript only, so a module with other output
            // (a stylesheet) is a member at most, staying in its chunks for that output.
            if (module.StaysInChunksWhenConcatenated)
                canBeRoot = false;
            // webpack: a root's own output is JavaScript and nothing else (a module that writes none,
            // such as a stylesheet only a page's <style> reads, is no root).
            if (module.SourceTypes is not ["javascript"])
                canBeRoot = false;
            if (canBeRoot) relevant.Add(module);
            // An entry module is started by id: it can only be a root.
            if (entryModules.Contains(module))
                innerReasons[module] = "Module is an entry point";
            // A deferred module is evaluated on first use of its namespace, not in place.
            else if (deferImport && DeferredImports.IsDeferredAnywhere(graph, module))
                innerReasons[module] = "Module is deferred";
            else
                possibleInners.Add(module);
        }
        // Lower depth first: those are likely roots, and a module taken as inner is not tried as root.
        relevant.Sort((a, b) => graph.GetDepth(a).CompareTo(graph.GetDepth(b)));
        cache.Prepare(graph, relevant, possibleInners);

        var configurations = new List<Configuration>();
        var usedAsInner = new HashSet<Module>();
        foreach (var root in relevant)
        {
            if (usedAsInner.Contains(root)) continue;
            var chunkRuntime = cache.Runtime(root);
            var configuration = new Configuration(root, cache.GetRootChunks(chunkGraph, root));
            var failures = new Dictionary<Module, Problem>();
            var candidates = new List<Module>(cache.Imports(graph, root, chunkRuntime));
            var seen = new HashSet<Module>(candidates);
            for (var i = 0; i < candidates.Count; i++)
            {
                var candidate = candidates[i];
                var found = new List<Module>();
                var problem = TryToAdd(compilation, cache, configuration, candidate, chunkRuntime, possibleInners, innerReasons, found, failures, avoidMutateOnFailure: true);
                if (problem is not null)
                {
                    failures[candidate] = problem;
                    configuration.Warnings[candidate] = problem;
                    continue;
                }
                foreach (var next in found)
                {
                    if (seen.Add(next)) candidates.Add(next);
                }
            }
            if (configuration.Modules.Count > 1)
            {
                configurations.Add(configuration);
                foreach (var module in configuration.Modules)
                {
                    if (module != root) usedAsInner.Add(module);
                }
            }
            else
            {
                foreach (var (module, problem) in configuration.SortedWarnings())
                    graph.GetOptimizationBailout(root).Add(BailoutPrefix + Rejected(module, problem, innerReasons));
            }
        }

        // The largest first: a root already inside a larger concatenation is not made a module.
        configurations.Sort((a, b) => b.Modules.Count.CompareTo(a.Modules.Count));
        var usedModules = new HashSet<Module>();
        foreach (var configuration in configurations)
        {
            var root = configuration.Root;
            if (usedModules.Contains(root)) continue;
            foreach (var module in configuration.Modules) usedModules.Add(module);
            Integrate(compilation, configuration, innerReasons, commonJs);
        }
    }

    private static void Integrate(Compilation compilation, Configuration configuration, Dictionary<Module, string> innerReasons, bool commonJs)
    {
        var graph = compilation.Graph;
        var chunkGraph = compilation.ChunkGraph;
        var root = configuration.Root;
        var set = configuration.Modules;
        var identifier = ConcatenatedModule.CreateIdentifier(root, set, compilation.Options.Context, compilation.Options.Output);
        var concatenated = new ConcatenatedModule(identifier, root, [.. configuration.Order], chunkGraph.GetModuleRuntimes(root));
        graph.Add(concatenated);
        foreach (var (module, problem) in configuration.SortedWarnings())
            graph.GetOptimizationBailout(concatenated).Add(BailoutPrefix + Rejected(module, problem, innerReasons));
        graph.CloneModuleAttributes(root, concatenated);
        // A module whose other output (a stylesheet) is rendered from the chunk stays in it, without its JavaScript.
        var leaving = set;
        foreach (var module in set)
        {
            if (module == root || !module.StaysInChunksWhenConcatenated)
                continue;
            module.JavaScriptConcatenated = true;
            if (ReferenceEquals(leaving, set))
                leaving = [.. set];
            leaving.Remove(module);
        }
        foreach (var chunk in configuration.RootChunks)
            chunkGraph.DisconnectChunkAndModules(chunk, leaving, keep: root);
        foreach (var module in set)
        {
            // The concatenated module reaches what its modules reach outside it.
            graph.CopyOutgoingConnections(module, concatenated, c =>
                c.OriginModule == module && !(c.Dependency is { } d && ConcatenatedModule.IsConcatenatable(d, commonJs) && set.Contains(c.Module)));
            if (module != root && chunkGraph.GetNumberOfModuleChunks(module) == 0 && !module.NeedsIdWhenConcatenated)
                ModuleGraph.RemoveModule(module);
        }
        chunkGraph.ReplaceModule(root, concatenated);
        ModuleGraph.RemoveModule(root);
        graph.MoveIncomingConnections(root, concatenated, c =>
            !(c.Dependency is { } d && ConcatenatedModule.IsConcatenatable(d, commonJs) && c.OriginModule is { } origin && set.Contains(origin)));
        foreach (var module in set)
        {
            concatenated.Blocks.AddRange(module.Blocks);
            foreach (var dependency in module.Dependencies)
            {
                if (!ConcatenatedModule.IsConcatenatable(dependency, commonJs) || graph.GetModule(dependency) is not { } target || !set.Contains(target))
                    concatenated.Dependencies.Add(dependency);
            }
        }
    }

    // webpack's _tryToAdd: null when `module` (and every module importing it, recursively) joined the configuration.
    private static bool DefersModuleIn(ModuleGraph graph, Module module, Configuration configuration)
    {
        foreach (var dependency in module.Dependencies)
        {
            if (dependency is EsmImportSideEffectDependency { Phase: Sharpack.JavaScript.Ast.ImportPhase.Defer } && graph.GetModule(dependency) is { } target
                && configuration.Modules.Contains(target))
                return true;
        }
        return false;
    }

    private static Problem? TryToAdd(Compilation compilation, Cache cache, Configuration configuration, Module module, RuntimeSpec? runtime,
        HashSet<Module> possibleModules, Dictionary<Module, string> innerReasons, List<Module> candidates, Dictionary<Module, Problem> failures, bool avoidMutateOnFailure)
    {
        if (failures.TryGetValue(module, out var cached)) return cached;
        if (configuration.Modules.Contains(module)) return null;
        var graph = compilation.Graph;
        var chunkGraph = compilation.ChunkGraph;
        if (!possibleModules.Contains(module))
            return failures[module] = new Problem(module, null);
        // A deferred import stays a boundary: concatenated with the module it defers (a cycle),
        // the namespace would lose its lazy evaluation.
        if (compilation.Options.Experiments.DeferImport && DefersModuleIn(graph, module, configuration))
            return failures[module] = Problem.Text(() => $"Module {module.ReadableName} imports a module in this configuration via import defer");
        var missingChunks = new List<Chunk>();
        foreach (var chunk in configuration.RootChunks)
        {
            if (!chunkGraph.IsModuleInChunk(module, chunk)) missingChunks.Add(chunk);
        }
        if (missingChunks.Count > 0)
        {
            return failures[module] = Problem.Text(() =>
                $"Module {module.ReadableName} is not in the same chunk(s) (expected in chunk(s) {ChunkNames(missingChunks)}, module is in chunk(s) {ChunkNames(chunkGraph.GetModuleChunks(module))})");
        }
        // What does not depend on the root is worked out once per module and runtime.
        var incoming = cache.Incoming(graph, module, runtime);
        if (incoming.NonModuleActive)
            return failures[module] = Problem.Text(() => $"Module {module.ReadableName} is referenced in an unsupported way");
        if (cache.OtherChunkOrigins(chunkGraph, module, runtime, incoming, configuration.RootChunks) is { } otherChunkModules)
            return failures[module] = Problem.Text(() => $"Module {module.ReadableName} is referenced from different chunks by these modules: {string.Join(", ", otherChunkModules)}");
        if (incoming.Unsupported is { } unsupported)
            return failures[module] = Problem.Text(() => $"Module {module.ReadableName} is referenced from these modules with unsupported syntax: {string.Join(", ", unsupported)}");
        if (incoming.Partial is { } partial)
            return failures[module] = Problem.Text(() => $"Module {module.ReadableName} is runtime-dependent referenced by these modules: {string.Join(", ", partial)}");
        var snapshot = avoidMutateOnFailure ? configuration.Order.Count : -1;
        configuration.Add(module);
        // Every module importing the added one must be in the configuration too.
        foreach (var origin in incoming.SortedOrigins)
        {
            var problem = TryToAdd(compilation, cache, configuration, origin, runtime, possibleModules, innerReasons, candidates, failures, avoidMutateOnFailure: false);
            if (problem is not null)
            {
                if (snapshot >= 0) configuration.Rollback(snapshot);
                return failures[module] = problem;
            }
        }
        candidates.AddRange(cache.Imports(graph, module, runtime));
        return null;
    }

    private static bool Overlaps(RuntimeSpec? a, RuntimeSpec? b)
    {
        if (a is null || b is null) return true;
        foreach (var name in a.Names)
        {
            if (b.Contains(name)) return true;
        }
        return false;
    }

    private static string ChunkNames(IReadOnlyList<Chunk> chunks)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var chunk in chunks) names.Add(chunk.Name ?? "unnamed chunk(s)");
        return string.Join(", ", names);
    }

    private static void Bailout(ModuleGraph graph, Module module, string reason, Dictionary<Module, string> innerReasons)
    {
        innerReasons[module] = reason;
        graph.GetOptimizationBailout(module).Add(BailoutPrefix + reason);
    }

    // webpack's formatBailoutWarning for a module a root could not take: the reason itself, or the
    // module the failure comes from (itself or an importer) with that module's own reason.
    private static string Rejected(Module module, Problem problem, Dictionary<Module, string> innerReasons)
    {
        if (problem.Message is { } message)
            return "Cannot concat with " + module.ReadableName + ": " + message();
        var cause = problem.Module!;
        var reason = innerReasons.TryGetValue(cause, out var text) ? ": " + text : "";
        return cause == module
            ? "Cannot concat with " + module.ReadableName + reason
            : "Cannot concat with " + module.ReadableName + " because of " + cause.ReadableName + reason;
    }

    // Why a module could not be added: a message, or the module that could not be (webpack's problem).
    private sealed record Problem(Module? Module, Func<string>? Message)
    {
        public static Problem Text(Func<string> message) => new(null, message);
    }

    // What every root asks again (webpack's moduleRuntimeCache, and connection activity: a
    // condition may walk the graph for side effects). PERF: synthetic 1,000 spent 0.5 s of its
    // 0.56 s here asking the same connections and runtimes for each of its 900 candidate roots.
    private sealed class Cache(ChunkGraph chunkGraph, bool commonJs)
    {
        public bool CommonJs { get; } = commonJs;

        private readonly Dictionary<Module, RuntimeSpec?> _runtimes = [];

        public RuntimeSpec? Runtime(Module module)
        {
            if (!_runtimes.TryGetValue(module, out var runtime))
                _runtimes[module] = runtime = chunkGraph.GetModuleRuntimes(module);
            return runtime;
        }

        /// <summary>
        /// Works out, in parallel, the imports and importers of every module that may be asked for
        /// (in its own runtime, the one a root of its chunks asks in). PERF: the first root of an app
        /// hoisted into its entry asked them one by one for thousands of modules (synthetic 10,000:
        /// 0.3 s of one core for its root).
        /// </summary>
        public void Prepare(ModuleGraph graph, List<Module> roots, HashSet<Module> inners)
        {
            var modules = new List<Module>(inners);
            foreach (var root in roots)
            {
                if (!inners.Contains(root)) modules.Add(root);
            }
            if (modules.Count < 256)
                return;
            // Every runtime a module's importers have, read while the workers run: made first.
            foreach (var module in modules)
            {
                Runtime(module);
                CacheImporterRuntimes(graph, module);
            }
            var runtimes = new RuntimeSpec?[modules.Count];
            for (var i = 0; i < runtimes.Length; i++) runtimes[i] = _runtimes[modules[i]];
            var incoming = new IncomingInfo[modules.Count];
            var imports = new List<Module>[modules.Count];
            Parallel.For(0, modules.Count, i =>
            {
                incoming[i] = ComputeIncoming(graph, modules[i], runtimes[i]);
                imports[i] = ConcatenatedModule.ConcatenatedImports(graph, modules[i], runtimes[i], CommonJs);
            });
            for (var i = 0; i < modules.Count; i++)
            {
                _incoming.TryAdd((modules[i], runtimes[i]), incoming[i]);
                _imports.TryAdd((modules[i], runtimes[i]), imports[i]);
            }
        }

        private readonly Dictionary<(Module, RuntimeSpec?), List<Module>> _imports = [];

        // PERF: a module's concatenatable imports, the same for every root: synthetic 10,000 added
        // 69,639 modules to configurations over its 9,008 candidate roots (62,305 rolled back), and
        // worked them out again for each. Callers copy the list, never change it.
        public List<Module> Imports(ModuleGraph graph, Module module, RuntimeSpec? runtime)
        {
            if (!_imports.TryGetValue((module, runtime), out var imports))
                _imports[(module, runtime)] = imports = ConcatenatedModule.ConcatenatedImports(graph, module, runtime, CommonJs);
            return imports;
        }

        private readonly Dictionary<(Module, RuntimeSpec?, List<Chunk>), List<string>?> _otherChunkOrigins = [];

        // The importers of `module` outside some of `rootChunks`, sorted (null when none). PERF: it
        // depends on the module and the root's chunks only, and a module imported from thousands of
        // modules was checked importer by importer for each of the thousands of roots that reach it
        // (synthetic 10,000: most of its 1.3 s of concatenation). Roots of one chunk list share the
        // list object (GetRootChunks), so it keys the cache.
        public List<string>? OtherChunkOrigins(ChunkGraph graph, Module module, RuntimeSpec? runtime, IncomingInfo incoming, List<Chunk> rootChunks)
        {
            if (_otherChunkOrigins.TryGetValue((module, runtime, rootChunks), out var known))
                return known;
            List<string>? names = null;
            foreach (var origin in incoming.Origins)
            {
                foreach (var chunk in rootChunks)
                {
                    if (!graph.IsModuleInChunk(origin, chunk))
                    {
                        (names ??= []).Add(origin.ReadableName);
                        break;
                    }
                }
            }
            names?.Sort(StringComparer.Ordinal);
            return _otherChunkOrigins[(module, runtime, rootChunks)] = names;
        }

        private readonly Dictionary<string, List<Chunk>> _rootChunks = new(StringComparer.Ordinal);

        // The chunks of `root` as one shared list per set of chunks, so caches can key on it.
        public List<Chunk> GetRootChunks(ChunkGraph graph, Module root)
        {
            var chunks = graph.GetModuleChunks(root);
            var builder = new System.Text.StringBuilder();
            foreach (var chunk in chunks)
                builder.Append(chunk.Key).Append(',');
            var key = builder.ToString();
            if (!_rootChunks.TryGetValue(key, out var shared))
                _rootChunks[key] = shared = [.. chunks];
            return shared;
        }

        private readonly Dictionary<(Module, RuntimeSpec?), IncomingInfo> _incoming = [];

        // A module's active incoming connections in `runtime`, by importing module (orphans and
        // modules of other runtimes left out), and the reasons they give that no root changes.
        public IncomingInfo Incoming(ModuleGraph graph, Module module, RuntimeSpec? runtime)
        {
            if (_incoming.TryGetValue((module, runtime), out var known))
                return known;
            CacheImporterRuntimes(graph, module);
            return _incoming[(module, runtime)] = ComputeIncoming(graph, module, runtime);
        }

        // ComputeIncoming only reads the runtimes cache: the importers' runtimes go in first.
        private void CacheImporterRuntimes(ModuleGraph graph, Module module)
        {
            foreach (var connection in graph.GetIncomingConnections(module))
            {
                if (connection.OriginModule is { } origin) Runtime(origin);
            }
        }

        // Reads the runtimes cache only (the caller filled it for the importers): safe in parallel.
        private IncomingInfo ComputeIncoming(ModuleGraph graph, Module module, RuntimeSpec? runtime)
        {
            var nonModuleActive = false;
            var byOrigin = new Dictionary<Module, List<ModuleGraphConnection>>();
            var origins = new List<Module>();
            foreach (var connection in graph.GetIncomingConnections(module))
            {
                if (connection.OriginModule is not { } origin)
                {
                    nonModuleActive |= connection.IsActive(runtime);
                    continue;
                }
                if (chunkGraph.GetNumberOfModuleChunks(origin) == 0) continue;
                if (!Overlaps(runtime, _runtimes[origin])) continue;
                if (!connection.IsActive(runtime)) continue;
                if (!byOrigin.TryGetValue(origin, out var list))
                {
                    byOrigin[origin] = list = [];
                    origins.Add(origin);
                }
                list.Add(connection);
            }
            List<string>? unsupported = null;
            foreach (var origin in origins)
            {
                SortedSet<string>? types = null;
                foreach (var connection in byOrigin[origin])
                {
                    if (connection.Dependency is not { } dependency || !ConcatenatedModule.IsConcatenatable(dependency, CommonJs))
                        (types ??= new SortedSet<string>(StringComparer.Ordinal)).Add(connection.Dependency?.TypeName ?? "unknown");
                }
                if (types is not null) (unsupported ??= []).Add($"{origin.ReadableName} (referenced with {string.Join(", ", types)})");
            }
            unsupported?.Sort(StringComparer.Ordinal);
            List<string>? partial = null;
            if (runtime is { Count: > 1 })
            {
                // Referenced in some of the runtimes only: the module would run where it must not.
                foreach (var origin in origins)
                {
                    var always = false;
                    var some = false;
                    foreach (var connection in byOrigin[origin])
                    {
                        var active = 0;
                        foreach (var name in runtime.Names)
                        {
                            if (connection.IsTargetActive(RuntimeSpec.Of(name))) active++;
                        }
                        if (active == runtime.Count) { always = true; break; }
                        if (active > 0) some = true;
                    }
                    if (!always && some) (partial ??= []).Add(origin.ReadableName);
                }
            }
            var sorted = new List<Module>(origins);
            sorted.Sort(static (a, b) => string.CompareOrdinal(a.Identifier, b.Identifier));
            return new IncomingInfo(nonModuleActive, origins, sorted, unsupported, partial);
        }
    }

    private sealed record IncomingInfo(bool NonModuleActive, List<Module> Origins, List<Module> SortedOrigins, List<string>? Unsupported, List<string>? Partial);

    // webpack's ConcatConfiguration: the root and the modules added, in the order added.
    private sealed class Configuration(Module root, List<Chunk> rootChunks)
    {
        public Module Root { get; } = root;
        public List<Chunk> RootChunks { get; } = rootChunks;
        public HashSet<Module> Modules { get; } = [root];
        public List<Module> Order { get; } = [root];
        public Dictionary<Module, Problem> Warnings { get; } = [];

        public void Add(Module module)
        {
            if (Modules.Add(module)) Order.Add(module);
        }

        public void Rollback(int count)
        {
            for (var i = Order.Count - 1; i >= count; i--)
            {
                Modules.Remove(Order[i]);
                Order.RemoveAt(i);
            }
        }

        public List<(Module Module, Problem Problem)> SortedWarnings()
        {
            var list = new List<(Module, Problem)>();
            foreach (var (module, problem) in Warnings) list.Add((module, problem));
            list.Sort(static (a, b) => string.CompareOrdinal(a.Item1.Identifier, b.Item1.Identifier));
            return list;
        }
    }
}
