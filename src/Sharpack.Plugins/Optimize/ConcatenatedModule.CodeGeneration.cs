// Follows webpack's ConcatenatedModule.codeGeneration, in its stages: list the modules in
// evaluation order (inner modules where their first import is, every other imported module as
// an "external" loaded by __webpack_require__); generate each inner module with a concatenation
// scope and parse the result; reserve every global the code reads; give each top-level binding its
// name (renamed where taken, never to a name a reference site shadows); replace the module
// references by the final names; then emit the root's export getters, the namespace objects some
// code needs, and the modules' code in order.

using System.Text;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.JavaScript;
using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Scopes;
using Sharpack.Plugins.JavaScript.Dependencies.Esm;
using Sharpack.Sources;

namespace Sharpack.Plugins.Optimize;

public sealed partial class ConcatenatedModule
{
    /// <summary>
    /// Whether modules are concatenated along the dependency (webpack's Dependency.canConcatenate):
    /// ES imports and re-exports; with <paramref name="commonJs"/> also the <c>require()</c> forms that
    /// may be rewritten (a module they load runs wrapped in the concatenation, evaluated where called).
    /// </summary>
    internal static bool IsConcatenatable(Dependency dependency, bool commonJs) =>
        DeferredImports.IsEsmImport(dependency) || dependency.JoinsConcatenation
        || commonJs && dependency is Sharpack.Plugins.JavaScript.Dependencies.CommonJs.ICommonJsConcatenatable { CanConcatenate: true };

    // webpack's entryCanBeWrapped: a member or module outside whose evaluation may wait behind an
    // accessor (a normal module; an external other than an import declaration or a promise).
    private static bool CanBeWrapped(Module module) =>
        module is Sharpack.Plugins.JavaScript.JavaScriptModule or Sharpack.Plugins.Json.JsonModule
        || module is Sharpack.Plugins.Externals.ExternalModule { HasTopLevelAwait: false, Type: not "module" and not "import" };

    /// <summary>
    /// Whether a member of a concatenation runs behind a lazy accessor with its own <c>module</c> and
    /// <c>exports</c> (webpack's needWrapped): a JavaScript module that is not an ES module.
    /// </summary>
    internal static bool RunsWrapped(Module module) =>
        module is Sharpack.Plugins.JavaScript.JavaScriptModule && module.ModuleType.StartsWith("javascript/", StringComparison.Ordinal)
        && module.BuildExportsType != BuildExportsType.Namespace;

    // The source order of an ES import edge (webpack's sourceOrder): the import's index.
    private static int SourceOrder(Dependency dependency) => dependency switch
    {
        EsmImportSideEffectDependency d => d.Index,
        EsmImportSpecifierDependency d => d.Import.Index,
        EsmReexportDependency d => d.Import.Index,
        _ => int.MaxValue,
    };

    /// <summary>The modules <paramref name="module"/> reaches through active concatenatable edges in <paramref name="runtime"/>, in source order (require() calls last).</summary>
    internal static List<Module> ConcatenatedImports(ModuleGraph graph, Module module, RuntimeSpec? runtime, bool commonJs)
    {
        var edges = ConcatenatedImportEdges(graph, module, runtime, commonJs);
        var targets = new List<Module>(edges.Count);
        foreach (var (target, _, _, _) in edges)
            targets.Add(target);
        return targets;
    }

    // Each imported module once, at its first reference (a require() after every import: it has no
    // source order); NonDefer: some reference evaluates it in place (not every one is an `import
    // defer`); Required: only require() calls reach it (webpack's wrapped external: evaluated where
    // called); AnyRequired: some require() call does (it then runs wrapped).
    private static List<(Module Target, bool NonDefer, bool Required, bool AnyRequired)> ConcatenatedImportEdges(ModuleGraph graph, Module module, RuntimeSpec? runtime, bool commonJs)
    {
        var references = new List<(int Order, int Start, Module Target, bool NonDefer, bool Required)>();
        foreach (var connection in graph.GetOutgoingConnections(module))
        {
            if (connection.Dependency is not { } dependency || connection.OriginModule != module || !IsConcatenatable(dependency, commonJs))
                continue;
            if (!connection.IsTargetActive(runtime))
                continue;
            // webpack: a module without JavaScript (a stylesheet imported for its styles) is nothing to
            // run; one that stays in its chunks for that output joins as a member all the same.
            if (!connection.Module.HasSourceBasicType("javascript") && !connection.Module.StaysInChunksWhenConcatenated)
                continue;
            var required = !DeferredImports.IsEsmImport(dependency);
            // A require() evaluates its module where it is called, not at the module's place.
            references.Add((SourceOrder(dependency), dependency.Start, connection.Module, !required && !DeferredImports.IsDeferred(dependency), required));
        }
        references.Sort(static (a, b) => a.Order != b.Order ? a.Order.CompareTo(b.Order) : a.Start.CompareTo(b.Start));
        var targets = new List<(Module Target, bool NonDefer, bool Required, bool AnyRequired)>(references.Count);
        foreach (var (_, _, target, nonDefer, required) in references)
        {
            var at = targets.FindIndex(t => t.Target == target);
            if (at < 0) targets.Add((target, nonDefer, required, required));
            else targets[at] = (target, targets[at].NonDefer || nonDefer, targets[at].Required && required, targets[at].AnyRequired || required);
        }
        return targets;
    }

    /// <inheritdoc />
    public override CodeGenerationResult Generate(CodeGenerationContext context, RuntimeSpec? runtime) =>
        new Generation(this, context, RuntimeSpec.Intersect(runtime, Runtime)).Run();

    // What is known of one module of the concatenation while the code is generated.
    private sealed class Info(Module module, int index, bool external)
    {
        public readonly Module Module = module;
        public readonly int Index = index;
        public readonly bool External = external;

        // Evaluated by its accessor NamespaceFnName (webpack's wrapped): a member's code is then not
        // parsed (its module references are found in its text and replaced as text, WrappedNames
        // are the words in it, all claimed); a module outside is loaded by the accessor.
        public bool Wrapped;
        public string? NamespaceFnName;
        public List<(string Name, int Start, int End)>? References;
        public string[]? WrappedNames;

        // Inner modules: the generated code, its tree and scopes, the names given.
        public ConcatenationScope? Scope;
        public ReplaceSource? Source;
        public Analysis? Analysis;
        public RuntimeGlobals RuntimeRequirements;
        public IReadOnlyList<InitFragment>? ChunkInitFragments;
        public readonly Dictionary<string, string> InternalNames = new(StringComparer.Ordinal);
        public string? NamespaceObjectName;
        public bool NamespaceObjectNeeded;

        // webpack's escapeNamespaceObjectName: the namespace as an escaping value, with the original
        // names over mangled exports (null: the module's own namespace serves); decided once.
        public bool EscapeDecided;
        public string? EscapeNamespaceObjectName;

        // Externals: the variable holding the module's exports.
        public string? Name;

        // Externals some import defers (webpack's deferred): read through DeferredName.a, their
        // namespace as a value is DeferredNamespaceObjectName; Name is declared where an import
        // evaluates it in place.
        public bool Deferred;
        public string? DeferredName;
        public bool DeferredNamespaceObjectUsed;
        public string? DeferredNamespaceObjectName;

        // Interop objects for modules that are not ES modules.
        public bool InteropNamespaceObjectUsed;
        public string? InteropNamespaceObjectName;
        public bool InteropNamespaceObject2Used;
        public string? InteropNamespaceObject2Name;
        public bool InteropDefaultAccessUsed;
        public string? InteropDefaultAccessName;
    }

    // A binding's final form: a top-level name of an inner module (Name) or an expression (RawName), then property ids.
    private readonly record struct Binding(Info Info, string? Name, string? RawName, IReadOnlyList<string> Ids, string Comment = "");

    private sealed class Generation(ConcatenatedModule owner, CodeGenerationContext context, RuntimeSpec? runtime)
    {
        private readonly ModuleGraph _graph = context.Graph;
        private readonly List<Info> _list = [];
        private readonly Dictionary<Module, Info> _map = [];
        // Evaluation order: each module once; a deferred external again where an import first
        // evaluates it in place (NonDefer).
        private readonly List<(Info Info, bool NonDefer)> _order = [];
        private readonly HashSet<string> _allUsedNames = new(ConcatenationNames.Reserved, StringComparer.Ordinal);
        // The names the inner modules read as globals (webpack's freeNames of the concatenation).
        private readonly HashSet<string> _globals = new(StringComparer.Ordinal);
        private readonly Dictionary<(Module, string), (HashSet<string> Names, HashSet<long> Checked)> _usedNamesInScope = [];
        private readonly List<Info> _neededNamespaceObjects = [];
        private readonly bool _commonJs = context.Options.Optimization.ConcatenateCommonJsModules;
        private ConcatenationWrapping? _wrapping;
        private RuntimeGlobals _requirements;

        public CodeGenerationResult Run()
        {
            CreateConcatenationList();
            if (_commonJs)
            {
                var wrapped = new HashSet<Module>();
                foreach (var info in _list)
                {
                    if (info.Wrapped) wrapped.Add(info.Module);
                }
                _wrapping = new ConcatenationWrapping(wrapped, owner.Contains);
            }
            var indexes = new Dictionary<Module, int>(_map.Count);
            foreach (var (module, other) in _map) indexes.Add(module, other.Index);
            var inner = new List<Info>(_list.Count);
            foreach (var info in _list)
            {
                if (!info.External) inner.Add(info);
            }
            // PERF: each module is generated and parsed on its own; a large concatenation (an app
            // hoisted into its entry) would otherwise use one core.
            if (inner.Count > 1)
                Parallel.ForEach(inner, info => Analyse(info, indexes));
            else
                foreach (var info in inner) Analyse(info, indexes);
            ReserveGlobals();
            foreach (var info in _list)
                NameBindings(info);
            foreach (var info in _list)
            {
                if (!info.External) LinkReferences(info);
            }
            return Render();
        }

        // The concatenatable edges of each member, found for all of them at once.
        private Dictionary<Module, List<(Module Target, bool NonDefer, bool Required, bool AnyRequired)>>? _edges;

        private List<(Module Target, bool NonDefer, bool Required, bool AnyRequired)> EdgesOf(Module module) =>
            _edges is not null && _edges.TryGetValue(module, out var edges) ? edges : ConcatenatedImportEdges(_graph, module, runtime, _commonJs);

        // webpack's _createConcatenationList: depth first from the root, a module after the modules it imports.
        private void CreateConcatenationList()
        {
            // PERF: the edges of thousands of members (an app hoisted into its entry) are found in
            // parallel; the walk that orders the modules stays sequential.
            if (owner.Modules.Count > 64)
            {
                var members = new Module[owner.Modules.Count];
                var n = 0;
                foreach (var member in owner.Modules) members[n++] = member;
                var found = new List<(Module Target, bool NonDefer, bool Required, bool AnyRequired)>[members.Length];
                Parallel.For(0, members.Length, i => found[i] = ConcatenatedImportEdges(_graph, members[i], runtime, _commonJs));
                _edges = new Dictionary<Module, List<(Module Target, bool NonDefer, bool Required, bool AnyRequired)>>(members.Length);
                for (var i = 0; i < members.Length; i++) _edges.Add(members[i], found[i]);
            }
            var visited = new HashSet<Module> { owner.RootModule };
            foreach (var (target, nonDefer, required, anyRequired) in EdgesOf(owner.RootModule))
            {
                Link(owner.RootModule, target, required, anyRequired);
                Enter(target, nonDefer, required, visited);
            }
            Add(owner.RootModule, external: false, nonDefer: true);
            DecideWrapping();
        }

        // The edges wrapping spreads along, and the modules require() loads (webpack's importConnections, wrappedModules).
        private readonly Dictionary<Module, List<Module>> _importTargets = [];
        private readonly HashSet<Module> _requiredModules = [];

        private void Link(Module origin, Module target, bool required, bool anyRequired)
        {
            if (required && !owner.Contains(target))
                return;
            if (!_importTargets.TryGetValue(origin, out var list))
                _importTargets[origin] = list = [];
            if (!list.Contains(target)) list.Add(target);
            if (anyRequired) _requiredModules.Add(target);
        }

        // A lazily evaluated module may only depend on lazily evaluated ones: wrapping spreads from
        // every CommonJS member and require() target along every edge, ES imports included.
        private void DecideWrapping()
        {
            if (!_commonJs)
                return;
            var wrapped = new HashSet<Module>(_requiredModules);
            foreach (var info in _list)
            {
                if (!info.External && RunsWrapped(info.Module)) wrapped.Add(info.Module);
            }
            if (wrapped.Count == 0)
                return;
            var queue = new List<Module>(wrapped);
            for (var i = 0; i < queue.Count; i++)
            {
                if (!_importTargets.TryGetValue(queue[i], out var targets)) continue;
                foreach (var target in targets)
                {
                    if (wrapped.Add(target)) queue.Add(target);
                }
            }
            foreach (var info in _list)
            {
                // A deferred module keeps its deferred loader.
                if (wrapped.Contains(info.Module) && !info.Deferred && CanBeWrapped(info.Module))
                    info.Wrapped = true;
            }
        }

        private void Enter(Module module, bool nonDefer, bool required, HashSet<Module> visited)
        {
            // A module outside reached only by require() calls loads where they run (webpack's
            // wrapped external): they keep their __webpack_require__.
            if (required && !owner.Contains(module))
                return;
            // A stylesheet without JavaScript outside the concatenation (in chunks of other entries
            // too) is nothing to require here.
            if (!owner.Contains(module) && !module.HasSourceBasicType("javascript"))
                return;
            if (!visited.Add(module))
            {
                // Deferred where first reached, evaluated in place here (webpack's reference entry).
                if (nonDefer && _map.TryGetValue(module, out var known) && known.External && !_order.Exists(e => e.Info == known && e.NonDefer))
                    _order.Add((known, true));
                return;
            }
            if (owner.Contains(module))
            {
                foreach (var (target, targetNonDefer, targetRequired, anyRequired) in EdgesOf(module))
                {
                    Link(module, target, targetRequired, anyRequired);
                    Enter(target, targetNonDefer, targetRequired, visited);
                }
                Add(module, external: false, nonDefer: true);
                return;
            }
            Add(module, external: true, nonDefer);
        }

        private void Add(Module module, bool external, bool nonDefer)
        {
            var info = new Info(module, _list.Count, external);
            // webpack's moduleGraph.isDeferred (with experiments.deferImport): an external some
            // import defers is loaded through a deferred loader, and read through it everywhere.
            if (external && context.Options.Experiments.DeferImport && DeferredImports.IsDeferredAnywhere(_graph, module))
                info.Deferred = true;
            _list.Add(info);
            _map.Add(module, info);
            _order.Add((info, nonDefer));
        }

        // [1] ANALYSE: the module's code generated in the concatenation scope, parsed with scopes.
        private void Analyse(Info info, IReadOnlyDictionary<Module, int> indexes)
        {
            var scope = new ConcatenationScope(indexes, _wrapping, info.Wrapped);
            var result = info.Module.GenerateConcatenated(context, runtime, scope);
            // PERF: the text parsed here is the text rendered later: made once (three.js x10 built
            // its 22 MB twice more, once to size the chunk and once to write it).
            var generated = new CachedSource(result.Source);
            var code = generated.GetText();
            if (info.Wrapped)
            {
                // Kept as written, inside its own function: only its module references are replaced.
                info.Scope = scope;
                info.References = ConcatenationScope.FindModuleReferences(code);
                info.WrappedNames = IdentifiersOf(code);
                info.Source = new ReplaceSource(generated);
                info.RuntimeRequirements = result.RuntimeRequirements & ~(RuntimeGlobals.Module | RuntimeGlobals.Exports | RuntimeGlobals.ThisAsExports);
                info.ChunkInitFragments = result.ChunkInitFragments;
                return;
            }
            var parse = JavaScriptParser.Parse(code, new ParseOptions { SourceType = SourceType.Module, FileName = info.Module.ReadableName });
            if (parse.Error is { } error || parse.Scopes is null)
            {
                var message = parse.Error is { } e ? $"{e.Message} ({e.Line}:{e.Column})" : "no scope analysis";
                throw new InvalidOperationException($"{info.Module.ReadableName} could not be analysed for concatenation: {message}");
            }
            info.Scope = scope;
            // PERF: what renaming and linking need is kept, the tree is let go (a concatenation of
            // three.js held 700 MB of trees until its code was rendered).
            info.Analysis = Analysis.Of(parse);
            info.Source = new ReplaceSource(generated);
            info.RuntimeRequirements = result.RuntimeRequirements;
            info.ChunkInitFragments = result.ChunkInitFragments;
        }

        // [2] RESERVE: the globals every module reads; the names visible where each module reference is.
        private void ReserveGlobals()
        {
            foreach (var info in _list)
            {
                if (info.External) continue;
                if (info.Scope?.ReservedNames is { } reserved)
                {
                    foreach (var name in reserved)
                    {
                        if (_allUsedNames.Add(name)) _globals.Add(name);
                    }
                }
                if (info.Wrapped)
                {
                    ReserveWrapped(info);
                    continue;
                }
                // PERF: a reference read in many places is bound once.
                Dictionary<string, (HashSet<string> Names, HashSet<long> Checked)>? bound = null;
                foreach (var reference in info.Analysis!.Unresolved)
                {
                    var name = reference.Name;
                    if (!ConcatenationScope.IsModuleReference(name))
                    {
                        _allUsedNames.Add(name);
                        _globals.Add(name);
                        continue;
                    }
                    bound ??= new Dictionary<string, (HashSet<string>, HashSet<long>)>(StringComparer.Ordinal);
                    if (!bound.TryGetValue(name, out var usedNames))
                    {
                        if (info.Scope!.MatchModuleReference(name) is not { } match) continue;
                        // An escaping namespace with mangled exports is its own top-level object.
                        if (EscapeName(_list[match.Index], match) is not null) continue;
                        var binding = GetFinalBinding(_list[match.Index], match.Ids, asCall: false, match.DeferredImport, info.Module.IsStrictEsm, asiSafe: true, null, match.ModuleExportsAccess);
                        bound[name] = usedNames = UsedNamesInScope(binding.Info.Module, binding.Name ?? "");
                    }
                    AddScopeSymbols(info, reference.Scope, usedNames.Names, usedNames.Checked);
                }
            }
        }

        // A wrapped body is not renamed: every identifier in it is claimed, so that no generated name
        // shadows one of its globals or is shadowed by one of its declarations. Its references are
        // bound here already: binding one flags the interop objects it needs, named in [3].
        private void ReserveWrapped(Info info)
        {
            foreach (var name in info.WrappedNames!)
            {
                if (_allUsedNames.Add(name))
                    _globals.Add(name);
            }
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (name, _, _) in info.References!)
            {
                if (!seen.Add(name) || info.Scope!.MatchModuleReference(name) is not { } match) continue;
                GetFinalBinding(_list[match.Index], match.Ids, match.Call, match.DeferredImport, info.Module.IsStrictEsm, match.AsiSafe, null, match.ModuleExportsAccess);
            }
        }

        [ThreadStatic]
        private static HashSet<string>? t_names;

        // Every distinct word of a wrapped body that could be a name (module references and property
        // names aside): a number's digits and letters (1e5, 0x1f) are not names. PERF: runs in [1], in parallel; a
        // name is made a string once per module, not at each of its occurrences.
        private static string[] IdentifiersOf(string code)
        {
            var names = t_names ??= new HashSet<string>(StringComparer.Ordinal);
            var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
            var i = 0;
            while (i < code.Length)
            {
                var c = code[i];
                if (char.IsAsciiLetter(c) || c == '_' || c == '$')
                {
                    var start = i;
                    while (i < code.Length && (char.IsAsciiLetterOrDigit(code[i]) || code[i] == '_' || code[i] == '$'))
                        i++;
                    var name = code.AsSpan(start, i - start);
                    if (!ConcatenationScope.IsModuleReference(name) && !IsPropertyName(code, start))
                        lookup.Add(name);
                }
                else if (char.IsAsciiDigit(c))
                {
                    while (i < code.Length && (char.IsAsciiLetterOrDigit(code[i]) || code[i] == '_' || code[i] == '$'))
                        i++;
                }
                else
                {
                    i++;
                }
            }
            var result = new string[names.Count];
            names.CopyTo(result);
            names.Clear();
            return result;
        }

        // A word after `.` (spaces aside) is a property name, which binds nothing (webpack's
        // findIdentifiers); after `...` it is a name again.
        private static bool IsPropertyName(string code, int start)
        {
            var i = start - 1;
            while (i >= 0 && code[i] is ' ' or '\t' or '\n' or '\r')
                i--;
            return i >= 0 && code[i] == '.' && (i == 0 || code[i - 1] != '.');
        }

        private (HashSet<string> Names, HashSet<long> Checked) UsedNamesInScope(Module module, string name)
        {
            if (!_usedNamesInScope.TryGetValue((module, name), out var entry))
                _usedNamesInScope[(module, name)] = entry = (new HashSet<string>(StringComparer.Ordinal), []);
            return entry;
        }

        // webpack's addScopeSymbols: the names declared from the scope outward, below the module scope.
        private static void AddScopeSymbols(Info info, int scope, HashSet<string> names, HashSet<long> checkedScopes)
        {
            var analysis = info.Analysis!;
            for (var s = scope; s > analysis.RootScope; s = analysis.ScopeParents[s])
            {
                if (!checkedScopes.Add(((long)info.Index << 32) | (uint)s)) break;
                foreach (var name in analysis.ScopeNames[s])
                    names.Add(name);
            }
        }

        // [3] RENAME: each top-level binding keeps its name unless taken; then the generated names.
        private void NameBindings(Info info)
        {
            var readable = info.Module.ReadableName;
            var (namespaceUsedNames, _) = UsedNamesInScope(info.Module, "");
            if (info.Wrapped && !info.External)
            {
                // Its one name in the shared scope; every read of it (require() and import alike) is
                // the live exports object, through the call.
                info.NamespaceFnName = ConcatenationNames.FindNewName("namespaceFn", _allUsedNames, namespaceUsedNames, readable);
                _allUsedNames.Add(info.NamespaceFnName);
                info.NamespaceObjectName = info.NamespaceFnName + "()";
            }
            else if (!info.External)
            {
                var analysis = info.Analysis!;
                foreach (var (symbol, name) in analysis.TopLevel)
                {
                    var (usedNames, checkedScopes) = UsedNamesInScope(info.Module, name);
                    // The namespace value is read as the module itself (no binding name): the
                    // names visible where the module is read must not shadow it either.
                    if (name == info.Scope!.NamespaceExportSymbol)
                        usedNames.UnionWith(namespaceUsedNames);
                    if (!_allUsedNames.Contains(name) && !usedNames.Contains(name))
                    {
                        _allUsedNames.Add(name);
                        info.InternalNames[name] = name;
                        continue;
                    }
                    var list = analysis.Uses.GetValueOrDefault(symbol);
                    if (list is not null)
                    {
                        foreach (var use in list)
                            AddScopeSymbols(info, use.Scope, usedNames, checkedScopes);
                    }
                    var newName = ConcatenationNames.FindNewName(name, _allUsedNames, usedNames, readable);
                    _allUsedNames.Add(newName);
                    info.InternalNames[name] = newName;
                    Analysis.Rename(info.Source!, list, name, newName);
                }
                if (info.Scope!.NamespaceExportSymbol is { } symbolName)
                {
                    info.NamespaceObjectName = info.InternalNames.GetValueOrDefault(symbolName, symbolName);
                }
                else
                {
                    info.NamespaceObjectName = ConcatenationNames.FindNewName("namespaceObject", _allUsedNames, namespaceUsedNames, readable);
                    _allUsedNames.Add(info.NamespaceObjectName);
                }
            }
            else
            {
                info.Name = ConcatenationNames.FindNewName("", _allUsedNames, namespaceUsedNames, readable);
                _allUsedNames.Add(info.Name);
                if (info.Wrapped)
                {
                    // Loaded on first read: its exports are the accessor's call.
                    info.NamespaceFnName = ConcatenationNames.FindNewName("namespaceFn", _allUsedNames, namespaceUsedNames, readable);
                    _allUsedNames.Add(info.NamespaceFnName);
                    info.Name = info.NamespaceFnName + "()";
                }
                if (info.Deferred)
                {
                    info.DeferredName = ConcatenationNames.FindNewName("deferred", _allUsedNames, namespaceUsedNames, readable);
                    _allUsedNames.Add(info.DeferredName);
                    info.DeferredNamespaceObjectName = ConcatenationNames.FindNewName("deferredNamespaceObject", _allUsedNames, namespaceUsedNames, readable);
                    _allUsedNames.Add(info.DeferredNamespaceObjectName);
                }
            }
            var exportsType = info.Module.BuildExportsType;
            if (exportsType != BuildExportsType.Namespace)
            {
                info.InteropNamespaceObjectName = ConcatenationNames.FindNewName("namespaceObject", _allUsedNames, namespaceUsedNames, readable);
                _allUsedNames.Add(info.InteropNamespaceObjectName);
            }
            // Named for every such module: root exports and namespace objects, resolved after
            // renaming, may be the first to need it.
            if (exportsType == BuildExportsType.Default)
            {
                info.InteropNamespaceObject2Name = ConcatenationNames.FindNewName("namespaceObject2", _allUsedNames, namespaceUsedNames, readable);
                _allUsedNames.Add(info.InteropNamespaceObject2Name);
            }
            if (exportsType is BuildExportsType.Dynamic or BuildExportsType.None)
            {
                info.InteropDefaultAccessName = ConcatenationNames.FindNewName("default", _allUsedNames, namespaceUsedNames, readable);
                _allUsedNames.Add(info.InteropDefaultAccessName);
            }
        }

        // [4] LINK: every module reference replaced by its final name (with the "._" after it).
        private void LinkReferences(Info info)
        {
            Dictionary<string, string>? finalNames = null;
            // Each reference name once (a binding read in many places): null when it is no reference of this scope.
            string? FinalNameOf(string name)
            {
                finalNames ??= new Dictionary<string, string>(StringComparer.Ordinal);
                if (finalNames.TryGetValue(name, out var known))
                    return known;
                if (info.Scope!.MatchModuleReference(name) is not { } match)
                    return null;
                return finalNames[name] = EscapeName(_list[match.Index], match) ?? GetFinalName(_list[match.Index], match.Ids, match.Call, callContext: !match.DirectImport,
                    info.Module.IsStrictEsm, match.AsiSafe, match.DeferredImport, match.ModuleExportsAccess);
            }
            if (info.Wrapped)
            {
                foreach (var (name, start, end) in info.References!)
                {
                    if (FinalNameOf(name) is { } finalName)
                        info.Source!.Replace(start, end - 1, finalName);
                }
                return;
            }
            foreach (var reference in info.Analysis!.Unresolved)
            {
                if (ConcatenationScope.IsModuleReference(reference.Name) && FinalNameOf(reference.Name) is { } finalName)
                    info.Source!.Replace(reference.Start, reference.End + 1, finalName);
            }
        }

        // webpack's getFinalBinding: where an export of a module of the concatenation is, following re-exports inside it.
        // webpack's getFinalBinding; depDeferred: the read comes through an `import defer`, which
        // reads a deferred external through its loader's `.a` (or its deferred namespace object).
        // moduleExportsAccess: the read is the member's own exports value, as require() sees it (no interop).
        private Binding GetFinalBinding(Info info, IReadOnlyList<string> exportName, bool asCall, bool depDeferred, bool strictHarmonyModule, bool? asiSafe, HashSet<ExportInfo>? alreadyVisited,
            bool moduleExportsAccess = false)
        {
            var exportsType = info.Module.GetExportsType(strictHarmonyModule);
            var moduleDeferred = info.External && info.Deferred && !info.Module.HasTopLevelAwait;
            var deferred = depDeferred && moduleDeferred;
            if (moduleExportsAccess && !info.External)
            {
                // The exports object is keyed by used names: the ids are resolved here, once.
                NeedNamespaceObject(info);
                var usedName = exportName.Count == 0 ? exportName : _graph.GetExportsInfo(info.Module).GetUsedName(exportName, runtime);
                // A wrapped body only runs when its accessor is called: an unused read keeps the call.
                if (usedName is null)
                    return new Binding(info, null, info.Wrapped ? "/* unused export */ (" + info.NamespaceObjectName + ", undefined)" : "/* unused export */ undefined", []);
                return new Binding(info, null, info.NamespaceObjectName ?? "", usedName);
            }
            if (exportName.Count == 0)
            {
                switch (exportsType)
                {
                    case ExportsType.DefaultOnly or ExportsType.DefaultWithNamed when deferred:
                        info.DeferredNamespaceObjectUsed = true;
                        return new Binding(info, null, info.DeferredNamespaceObjectName ?? "", exportName);
                    case ExportsType.DefaultOnly:
                        info.InteropNamespaceObject2Used = true;
                        return new Binding(info, null, InteropExpression(info, info.InteropNamespaceObject2Name), exportName);
                    case ExportsType.DefaultWithNamed:
                        info.InteropNamespaceObjectUsed = true;
                        return new Binding(info, null, InteropExpression(info, info.InteropNamespaceObjectName), exportName);
                }
            }
            else
            {
                switch (exportsType)
                {
                    case ExportsType.DefaultWithNamed:
                        if (exportName[0] == "default")
                        {
                            exportName = Rest(exportName);
                            // The default of a deferred module is its value: read through `.a`, not the namespace proxy.
                            if (deferred)
                                return new Binding(info, null, info.DeferredName + ".a", exportName);
                        }
                        else if (exportName[0] == "__esModule")
                            return new Binding(info, null, "/* __esModule */true", Rest(exportName));
                        break;
                    case ExportsType.DefaultOnly:
                        {
                            var exportId = exportName[0];
                            if (exportId == "__esModule")
                                return new Binding(info, null, "/* __esModule */true", Rest(exportName));
                            exportName = Rest(exportName);
                            if (exportId != "default")
                                return new Binding(info, null, "/* non-default import from default-exporting module */undefined", exportName);
                            if (deferred)
                                return new Binding(info, null, info.DeferredName + ".a", exportName);
                            break;
                        }
                    case ExportsType.Dynamic:
                        if (exportName[0] == "default")
                        {
                            if (deferred)
                                return new Binding(info, null, info.DeferredName + ".a", Rest(exportName));
                            // Evaluated in place from a deferred loader: the value itself is the default.
                            if (moduleDeferred)
                                return new Binding(info, null, info.Name ?? "", Rest(exportName));
                            info.InteropDefaultAccessUsed = true;
                            var accessor = InteropExpression(info, info.InteropDefaultAccessName);
                            var value = asCall ? accessor + "()" : asiSafe == true ? "(" + accessor + "())" : asiSafe == false ? ";(" + accessor + "())" : accessor + ".a";
                            return new Binding(info, null, value, Rest(exportName));
                        }
                        if (exportName[0] == "__esModule")
                            return new Binding(info, null, "/* __esModule */true", Rest(exportName));
                        break;
                }
            }
            if (exportName.Count == 0)
            {
                if (info.External && deferred)
                {
                    info.DeferredNamespaceObjectUsed = true;
                    return new Binding(info, null, info.DeferredNamespaceObjectName ?? "", exportName);
                }
                if (info.External)
                    return new Binding(info, null, info.Name ?? "", exportName);
                NeedNamespaceObject(info);
                return new Binding(info, null, info.NamespaceObjectName ?? "", exportName);
            }
            var exportsInfo = _graph.GetExportsInfo(info.Module);
            var exportInfo = exportsInfo.GetReadOnlyExportInfo(exportName[0]);
            // PERF: the set is made when a re-export is followed; most reads end at their module.
            if (alreadyVisited is not null && !alreadyVisited.Add(exportInfo))
                return new Binding(info, null, "/* circular reexport */ Object(function x() { x() }())", []);
            if (info.External)
            {
                // An inlined export of a module outside is its literal (webpack's InlinedUsedName).
                if (EsmImportSpecifierDependency.InlinedExpression(_graph, info.Module, exportName, runtime) is { } literal)
                    return new Binding(info, null, literal, []);
                if (exportsInfo.GetUsedName(exportName, runtime) is not { } used)
                    return new Binding(info, null, "/* unused export */ undefined", Rest(exportName));
                var comment = SamePath(used, exportName) ? "" : Comments.ToNormalComment(string.Join(".", exportName));
                return new Binding(info, null, (deferred ? info.DeferredName + ".a" : info.Name ?? "") + comment, used);
            }
            if (exportInfo.Provided == ProvidedState.NotProvided)
            {
                // Not provided, but it may be on the prototype chain of the namespace.
                NeedNamespaceObject(info);
                return new Binding(info, null, info.NamespaceObjectName ?? "", exportName);
            }
            var scope = info.Scope!;
            if (scope.ExportMap is { } exportMap && exportMap.TryGetValue(exportName[0], out var directExport))
            {
                // An inlined export is its literal here too (webpack's InlinedUsedName in the direct export branch).
                if (EsmImportSpecifierDependency.InlinedExpression(_graph, info.Module, exportName, runtime) is { } inlined)
                    return new Binding(info, null, inlined, []);
                if (exportsInfo.GetUsedName(exportName, runtime) is not { } used)
                    return new Binding(info, null, "/* unused export */ undefined", Rest(exportName));
                return new Binding(info, directExport, null, Rest(used));
            }
            if (scope.RawExportMap is { } rawMap && rawMap.TryGetValue(exportName[0], out var rawExport))
                return new Binding(info, null, rawExport, Rest(exportName));
            if (exportInfo.FindTarget(_graph, _map.ContainsKey) is { } reexport)
            {
                var target = _map[reexport.Module];
                alreadyVisited ??= new HashSet<ExportInfo>(ReferenceEqualityComparer.Instance) { exportInfo };
                IReadOnlyList<string> path = reexport.Export is { } exported ? [.. exported, .. Rest(exportName)] : Rest(exportName);
                return GetFinalBinding(target, path, asCall, DeferredImports.IsDeferred(reexport.Connection.Dependency), info.Module.IsStrictEsm, asiSafe, alreadyVisited);
            }
            // The module re-exported from is left out, every name read of it inlined (webpack's
            // `reexport === false` branch): the literal is read.
            if (exportInfo.GetTarget(_graph) is { Export: { } targetExport } removed
                && EsmImportSpecifierDependency.InlinedExpression(_graph, removed.Module, [.. targetExport, .. Rest(exportName)], runtime) is { } removedLiteral)
                return new Binding(info, null, removedLiteral, []);
            // A wrapped member's exports are read on its live exports object, as a generated value's are.
            if (scope.NamespaceExportSymbol is not null || info.Wrapped)
            {
                // An inlined export never reaches the exports object: its literal is read instead.
                if (info.Wrapped && EsmImportSpecifierDependency.InlinedExpression(_graph, info.Module, exportName, runtime) is { } literal)
                    return new Binding(info, null, literal, []);
                if (exportsInfo.GetUsedName(exportName, runtime) is not { } used)
                    return new Binding(info, null, "/* unused export */ undefined", Rest(exportName));
                return new Binding(info, null, info.NamespaceObjectName ?? "", used);
            }
            throw new InvalidOperationException($"Cannot get final name for export '{string.Join(".", exportName)}' of {info.Module.ReadableName}");
        }

        // webpack's getFinalName: the binding as code, a property read called without its object as `this`.
        private string GetFinalName(Info info, IReadOnlyList<string> exportName, bool asCall, bool callContext, bool strictHarmonyModule, bool? asiSafe, bool deferred = false,
            bool moduleExportsAccess = false)
        {
            var binding = GetFinalBinding(info, exportName, asCall, deferred, strictHarmonyModule, asiSafe, null, moduleExportsAccess);
            string reference;
            bool isPropertyAccess;
            if (binding.RawName is { } raw)
            {
                reference = raw + binding.Comment + PropertyNames.Access(binding.Ids);
                isPropertyAccess = binding.Ids.Count > 0;
            }
            else
            {
                if (!binding.Info.InternalNames.TryGetValue(binding.Name!, out var name))
                    throw new InvalidOperationException($"The export \"{binding.Name}\" in \"{binding.Info.Module.ReadableName}\" has no internal name.");
                reference = name + binding.Comment + PropertyNames.Access(binding.Ids);
                isPropertyAccess = binding.Ids.Count > 1;
            }
            if (isPropertyAccess && asCall && !callContext)
            {
                return asiSafe == true ? "(0," + reference + ")"
                    : asiSafe == false ? ";(0," + reference + ")"
                    : "/*#__PURE__*/Object(" + reference + ")";
            }
            // A read through a wrapped module's accessor call stays one expression where it is put
            // (`new d.C()` of a default import `d` must not construct the accessor).
            // (A require() the reference replaces is a whole call already.)
            if (binding.Info.Wrapped && (isPropertyAccess || !moduleExportsAccess && binding.RawName is { } raw2 && raw2.EndsWith(')') && !raw2.StartsWith('(')))
                return asiSafe == false ? ";(" + reference + ")" : "(" + reference + ")";
            return reference;
        }

        // A wrapped member's interop object is made on first use (its accessor would run the body
        // where it is declared): a function that keeps it, called where it is read.
        private static string InteropExpression(Info info, string? name) => info.Wrapped ? name + "()" : name ?? "";

        // webpack's DEFERRED EXTERNAL MODULE: the loader whose `.a` evaluates the module on first
        // read, and the module's deferred namespace object where one is read as a value.
        private string DeferredLoader(Info info)
        {
            var id = context.ModuleIdLiteral(info.Module);
            var exportsType = info.Module.GetExportsType(owner.RootModule.IsStrictEsm);
            // A module of this concatenation runs under the concatenation's id.
            var loader = DeferredImports.OptimizedLoader(_graph, info.Module, id, exportsType, withAsyncDeps: false,
                m => owner.Contains(m) ? context.ModuleIdLiteral(owner) : DeferredImports.RuntimeIdOf(m), ref _requirements);
            var text = new StringBuilder("\n// DEFERRED EXTERNAL MODULE: ").Append(Comments.Escape(info.Module.ReadableName))
                .Append("\nvar ").Append(info.DeferredName).Append(" = ").Append(loader).Append(';');
            if (info.DeferredNamespaceObjectUsed)
            {
                _requirements |= RuntimeGlobals.MakeDeferredNamespaceObject;
                text.Append("\nvar ").Append(info.DeferredNamespaceObjectName).Append(" = /*#__PURE__*/__webpack_require__.z(").Append(id)
                    .Append(", ").Append(DeferredImports.Mode(exportsType)).Append(");");
            }
            return text.ToString();
        }

        // A wrapped member's interop object would run its body where declared, breaking require()
        // cycles: it is made on first call instead, kept on the function (no second name taken).
        private static string DeclareInterop(Info info, string name, string expression) => info.Wrapped
            ? "\nfunction " + name + "() { return " + name + ".c || (" + name + ".c = " + expression + "); }"
            : "\nvar " + name + " = /*#__PURE__*/" + expression + ";";

        // webpack's getEscapeNamespaceObjectName: for a namespace read as a value that may be
        // decoupled, an object of the original names when the module's exports are mangled; null
        // when the module's own namespace object serves (or it is no ES module, or a deferred one).
        private string? EscapeName(Info info, ModuleReference match)
        {
            if (!match.MangleableNamespace || match.Ids.Count != 0)
                return null;
            // Asked in the reserve and link phases, which run one member after another.
            if (info.EscapeDecided)
                return info.EscapeNamespaceObjectName;
            info.EscapeDecided = true;
            if ((!info.External && !info.Wrapped && info.Scope?.NamespaceExportSymbol is not null) || (info.External && info.Deferred)
                || info.Module.BuildExportsType != BuildExportsType.Namespace)
                return null;
            var exportsInfo = _graph.GetExportsInfo(info.Module);
            var mangled = false;
            foreach (var exportInfo in exportsInfo.OrderedExports)
            {
                if (exportInfo.Provided == ProvidedState.NotProvided || exportInfo.Name is not { } name) continue;
                if (exportsInfo.GetInlined(name, runtime) is not null || exportsInfo.GetUsedName(name, runtime) is not { } used) continue;
                if (used != name) { mangled = true; break; }
            }
            if (!mangled)
                return null;
            var objectName = ConcatenationNames.FindNewName("namespaceObject", _allUsedNames, new HashSet<string>(StringComparer.Ordinal), info.Module.ReadableName);
            _allUsedNames.Add(objectName);
            info.EscapeNamespaceObjectName = objectName;
            _escaping.Add(info);
            return objectName;
        }

        // The members whose namespace escapes with the original names, in the order first asked.
        private readonly List<Info> _escaping = [];

        private void NeedNamespaceObject(Info info)
        {
            // PERF: a flag, not a search of the list: every require() of a member asks (thousands).
            if (info.NamespaceObjectNeeded) return;
            info.NamespaceObjectNeeded = true;
            _neededNamespaceObjects.Add(info);
        }

        private static IReadOnlyList<string> Rest(IReadOnlyList<string> path)
        {
            if (path.Count <= 1) return [];
            var rest = new string[path.Count - 1];
            for (var i = 1; i < path.Count; i++) rest[i - 1] = path[i];
            return rest;
        }

        private static bool SamePath(IReadOnlyList<string> a, IReadOnlyList<string> b)
        {
            if (a.Count != b.Count) return false;
            for (var i = 0; i < a.Count; i++)
            {
                if (a[i] != b[i]) return false;
            }
            return true;
        }

        // [5]–[9]: the root's exports, the namespace objects, then each module in order.
        private CodeGenerationResult Render()
        {
            var environment = context.Options.Output.Environment;
            var root = _map[owner.RootModule];
            var exportsInfo = _graph.GetExportsInfo(owner.RootModule);
            var definitions = new List<(string Key, string Value)>();
            var unused = new List<string>();
            List<string>? inlined = null;
            Dictionary<string, string>? exportBindings = null;
            Dictionary<string, string>? exportExpressions = null;
            foreach (var exportInfo in exportsInfo.OrderedExports)
            {
                if (exportInfo.Provided == ProvidedState.NotProvided || exportInfo.Name is not { } name) continue;
                if (exportInfo.GetUsedName(name, runtime) is not { } used)
                {
                    unused.Add(name);
                    continue;
                }
                // Its uses read the literal: no getter (webpack lists them as INLINED EXPORTS).
                if (exportInfo.Inlined is not null)
                {
                    (inlined ??= []).Add(name);
                    continue;
                }
                var finalName = GetFinalName(root, [name], asCall: false, callContext: false, owner.RootModule.IsStrictEsm, asiSafe: true);
                definitions.Add((used, (exportInfo.IsReexport ? "/* reexport */ " : "/* binding */ ") + finalName));
                if (PropertyNames.IsIdentifierName(finalName))
                    (exportBindings ??= new Dictionary<string, string>(StringComparer.Ordinal))[used] = finalName;
                else
                    (exportExpressions ??= new Dictionary<string, string>(StringComparer.Ordinal))[used] = finalName;
            }
            var output = new ConcatSource();
            // The entry of an ES module library exports the final names natively (webpack's
            // onDemandExportsGeneration): the definitions are written only where the module is wrapped.
            string? onDemand = null;
            if (definitions.Count > 0)
            {
                var compatibility = "";
                if (exportsInfo.OtherExportsInfo.GetUsed(runtime) != UsageState.Unused
                    || exportsInfo.GetReadOnlyExportInfo("__esModule").GetUsed(runtime) != UsageState.Unused)
                {
                    _requirements |= RuntimeGlobals.MakeNamespaceObject | RuntimeGlobals.Exports;
                    compatibility = "// ESM COMPAT FLAG\n__webpack_require__.r(__webpack_exports__);\n";
                }
                _requirements |= RuntimeGlobals.Exports | RuntimeGlobals.DefinePropertyGetters;
                var builder = new StringBuilder("\n// EXPORTS\n__webpack_require__.d(__webpack_exports__, {");
                for (var i = 0; i < definitions.Count; i++)
                {
                    builder.Append(i == 0 ? "\n  " : ",\n  ").Append(PropertyNames.Key(definitions[i].Key)).Append(": ")
                        .Append(Sharpack.Plugins.Runtime.FunctionSyntax.Returning(definitions[i].Value, environment.ArrowFunction));
                }
                builder.Append("\n});\n");
                if (owner.RootModule.ExportsOnDemand && !_graph.IsAsync(owner))
                {
                    onDemand = compatibility + builder;
                }
                else
                {
                    output.Add(compatibility);
                    output.Add(builder.ToString());
                }
            }
            if (unused.Count > 0)
                output.Add("\n// UNUSED EXPORTS: " + string.Join(", ", unused) + "\n");
            if (inlined is not null)
                output.Add("\n// INLINED EXPORTS: " + string.Join(", ", inlined) + "\n");

            // Decoupled namespace objects (webpack's): getters of the original names, read lazily.
            // Made first: their getters may need a module's own namespace object, made below.
            var escapeSources = new StringBuilder();
            foreach (var info in _escaping)
            {
                var escapeExports = _graph.GetExportsInfo(info.Module);
                var getters = new StringBuilder();
                foreach (var exportInfo in escapeExports.OrderedExports)
                {
                    if (exportInfo.Provided == ProvidedState.NotProvided || exportInfo.Name is not { } name) continue;
                    string value;
                    if (EsmImportSpecifierDependency.InlinedExpression(_graph, info.Module, [name], runtime) is { } inlinedValue)
                        value = inlinedValue;
                    else if (escapeExports.GetUsedName(name, runtime) is not { } used)
                        continue;
                    else if (info.External)
                        value = (info.Wrapped ? info.NamespaceFnName + "()" : info.Name) + PropertyNames.Access(used);
                    else
                        value = GetFinalName(info, [name], asCall: false, callContext: true, info.Module.IsStrictEsm, asiSafe: true);
                    getters.Append(getters.Length == 0 ? "\n  " : ",\n  ").Append(PropertyNames.Key(name)).Append(": ")
                        .Append(Sharpack.Plugins.Runtime.FunctionSyntax.Returning(value, environment.ArrowFunction));
                }
                var escapeName = info.EscapeNamespaceObjectName!;
                escapeSources.Append("\n// NAMESPACE OBJECT (decoupled): ").Append(Comments.Escape(info.Module.ReadableName)).Append('\n')
                    .Append("var ").Append(escapeName).Append(" = {};\n__webpack_require__.r(").Append(escapeName).Append(");\n");
                if (getters.Length > 0)
                {
                    _requirements |= RuntimeGlobals.DefinePropertyGetters;
                    escapeSources.Append("__webpack_require__.d(").Append(escapeName).Append(", {").Append(getters).Append("\n});\n");
                }
                _requirements |= RuntimeGlobals.MakeNamespaceObject;
            }
            // Namespace objects: building one may need another (a namespace re-exported as a value).
            var namespaceSources = new Dictionary<Info, string>();
            for (var i = 0; i < _neededNamespaceObjects.Count; i++)
            {
                var info = _neededNamespaceObjects[i];
                if (info.Scope!.NamespaceExportSymbol is not null || info.Wrapped) continue;
                var getters = new StringBuilder();
                foreach (var exportInfo in _graph.GetExportsInfo(info.Module).OrderedExports)
                {
                    if (exportInfo.Provided == ProvidedState.NotProvided || exportInfo.Name is not { } name) continue;
                    if (exportInfo.GetUsedName(name, runtime) is not { } used) continue;
                    var finalName = GetFinalName(info, [name], asCall: false, callContext: true, info.Module.IsStrictEsm, asiSafe: true);
                    getters.Append(getters.Length == 0 ? "\n  " : ",\n  ").Append(PropertyNames.Key(used)).Append(": ")
                        .Append(Sharpack.Plugins.Runtime.FunctionSyntax.Returning(finalName, environment.ArrowFunction));
                }
                var name2 = info.NamespaceObjectName!;
                var text = new StringBuilder()
                    .Append("\n// NAMESPACE OBJECT: ").Append(Comments.Escape(info.Module.ReadableName)).Append('\n')
                    .Append("var ").Append(name2).Append(" = {};\n__webpack_require__.r(").Append(name2).Append(");\n");
                if (getters.Length > 0)
                {
                    _requirements |= RuntimeGlobals.DefinePropertyGetters;
                    text.Append("__webpack_require__.d(").Append(name2).Append(", {").Append(getters).Append("\n});\n");
                }
                _requirements |= RuntimeGlobals.MakeNamespaceObject;
                namespaceSources[info] = text.ToString();
            }
            // Wrapped members first: a member of a require() cycle calls another's accessor before
            // that one's place in the order. Only called later, they go in a stable order of their own.
            var wrapped = new List<(string Name, Info Info)>();
            foreach (var info in _list)
            {
                if (info.Wrapped) wrapped.Add((RequestShortener.FullModuleName(info.Module.Identifier, context.Options.Context), info));
            }
            wrapped.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
            foreach (var (_, info) in wrapped)
            {
                if (info.External)
                {
                    _requirements |= RuntimeGlobals.Require;
                    output.Add("\n// EXTERNAL MODULE: " + Comments.Escape(info.Module.ReadableName) + "\nvar " + info.NamespaceFnName + " = "
                        + Sharpack.Plugins.Runtime.FunctionSyntax.Head("", environment.ArrowFunction) + "{\n\treturn __webpack_require__(" + context.ModuleIdLiteral(info.Module) + ");\n};\n");
                    continue;
                }
                _requirements |= RuntimeGlobals.ConcatenationWrap;
                var exportsArgument = info.Module.BuildExportsType == BuildExportsType.Namespace ? "__webpack_exports__" : "exports";
                output.Add("\n// MODULE: " + Comments.Escape(info.Module.ReadableName) + "\nvar " + info.NamespaceFnName + " = /*#__PURE__*/__webpack_require__.cw(function(module, "
                    + exportsArgument + ") {\n");
                output.Add(info.Source!);
                // A generated value (JSON) is a local of its code: it becomes the exports.
                output.Add(info.Scope!.NamespaceExportSymbol is { } symbol ? "\nmodule.exports = " + symbol + ";\n});\n" : "\n});\n");
            }
            foreach (var info in _list)
            {
                if (namespaceSources.TryGetValue(info, out var text))
                    output.Add(text);
                else if (info.Deferred)
                    output.Add(DeferredLoader(info));
            }
            if (escapeSources.Length > 0)
                output.Add(escapeSources.ToString());

            List<InitFragment>? chunkInitFragments = null;
            foreach (var (info, nonDefer) in _order)
            {
                string name;
                if (info.Deferred)
                {
                    // A deferred external evaluates where an import evaluates it in place.
                    if (!nonDefer)
                        continue;
                    output.Add("\n// non-deferred import to a deferred module (" + Comments.Escape(info.Module.ReadableName) + ")\nvar " + info.Name + " = " + info.DeferredName + ".a;");
                    name = info.Name!;
                }
                else if (info.Wrapped)
                {
                    // Its place in the order when a hoisted member imports it (the root always runs here).
                    if (info.Module == owner.RootModule || _wrapping!.IsEager(info.Module))
                        output.Add("\n;// " + (info.External ? "EXTERNAL MODULE: " : "") + Comments.Escape(info.Module.ReadableName) + "\n" + info.NamespaceFnName + "();\n");
                    _requirements |= info.RuntimeRequirements;
                    if (info.ChunkInitFragments is { } fragments)
                        (chunkInitFragments ??= []).AddRange(fragments);
                    name = info.External ? info.Name! : info.NamespaceObjectName!;
                }
                else if (!info.External)
                {
                    output.Add("\n;// " + Comments.Escape(info.Module.ReadableName) + "\n");
                    output.Add(info.Source!);
                    _requirements |= info.RuntimeRequirements;
                    if (info.ChunkInitFragments is { } fragments)
                        (chunkInitFragments ??= []).AddRange(fragments);
                    name = info.NamespaceObjectName!;
                }
                else
                {
                    _requirements |= RuntimeGlobals.Require;
                    output.Add("\n// EXTERNAL MODULE: " + Comments.Escape(info.Module.ReadableName) + "\nvar " + info.Name + " = __webpack_require__(" + context.ModuleIdLiteral(info.Module) + ");");
                    name = info.Name!;
                }
                // Interop objects over a module that is not an ES module (an external, or merged JSON).
                if (info.InteropNamespaceObjectUsed)
                {
                    _requirements |= RuntimeGlobals.CreateFakeNamespaceObject;
                    output.Add(DeclareInterop(info, info.InteropNamespaceObjectName!, "__webpack_require__.t(" + name + ", 2)"));
                }
                if (info.InteropNamespaceObject2Used)
                {
                    _requirements |= RuntimeGlobals.CreateFakeNamespaceObject;
                    output.Add(DeclareInterop(info, info.InteropNamespaceObject2Name!, "__webpack_require__.t(" + name + ")"));
                }
                if (info.InteropDefaultAccessUsed)
                {
                    _requirements |= RuntimeGlobals.CompatGetDefaultExport;
                    output.Add(DeclareInterop(info, info.InteropDefaultAccessName!, "__webpack_require__.n(" + name + ")"));
                }
            }
            // Every name the concatenation declares at its top level: what it took besides the reserved names and the globals.
            var declarations = new HashSet<string>(_allUsedNames, StringComparer.Ordinal);
            declarations.ExceptWith(ConcatenationNames.Reserved);
            declarations.ExceptWith(_globals);
            return new CodeGenerationResult(output, _requirements, "__webpack_exports__")
            {
                Strict = true,
                ChunkInitFragments = chunkInitFragments,
                TopLevelDeclarations = declarations,
                FreeNames = _globals,
                ExportBindings = exportBindings,
                ExportExpressions = exportExpressions,
                OnDemandExports = onDemand,
            };
        }
    }

    // One identifier naming a top-level binding: where it is, the scope it is in, whether it is a shorthand property (`{ a }`).
    internal readonly record struct IdentifierUse(int Start, int End, int Scope, bool Shorthand);

    // A free name read in an inner module's code: where, and in which scope.
    internal readonly record struct FreeReference(string Name, int Start, int End, int Scope);

    // What renaming and linking need of an inner module's parsed code: its free references, its
    // top-level bindings with every identifier naming them, and each scope's parent and names.
    internal sealed class Analysis
    {
        public required FreeReference[] Unresolved { get; init; }
        public required (int Symbol, string Name)[] TopLevel { get; init; }
        public required Dictionary<int, List<IdentifierUse>> Uses { get; init; }
        public required int RootScope { get; init; }
        public required int[] ScopeParents { get; init; }
        public required string[][] ScopeNames { get; init; }

        /// <summary>
        /// Writes <paramref name="newName"/> at every identifier of the binding <paramref name="name"/>
        /// (a shorthand property keeps its key: <c>{ a: newName }</c>); a source map keeps the
        /// binding's own name there, unless the module's code generation made it up.
        /// </summary>
        public static void Rename(ReplaceSource source, List<IdentifierUse>? uses, string name, string newName)
        {
            if (uses is null)
                return;
            var mapped = name.StartsWith("__WEBPACK_", StringComparison.Ordinal) ? null : name;
            foreach (var use in uses)
            {
                if (use.Shorthand)
                    source.Insert(use.End, ": " + newName);
                else
                    source.Replace(use.Start, use.End - 1, newName, mapped);
            }
        }

        public static Analysis Of(ParseResult parse)
        {
            var tree = parse.Scopes!;
            var references = tree.UnresolvedReferences;
            var unresolved = new FreeReference[references.Length];
            for (var i = 0; i < references.Length; i++)
                unresolved[i] = new FreeReference(references[i].Name, references[i].Node.Start, references[i].Node.End, references[i].Scope);
            var topLevelSymbols = tree.TopLevelSymbols;
            var topLevel = new (int, string)[topLevelSymbols.Length];
            for (var i = 0; i < topLevel.Length; i++)
                topLevel[i] = (topLevelSymbols[i], tree.GetSymbol(topLevelSymbols[i]).Name);
            var scopes = tree.Scopes;
            var parents = new int[scopes.Length];
            var names = new string[scopes.Length][];
            for (var s = 0; s < scopes.Length; s++)
            {
                parents[s] = scopes[s].Parent;
                var symbols = tree.GetSymbols(s);
                var list = symbols.Length == 0 ? [] : new string[symbols.Length];
                for (var i = 0; i < symbols.Length; i++) list[i] = tree.GetSymbol(symbols[i]).Name;
                names[s] = list;
            }
            return new Analysis
            {
                Unresolved = unresolved,
                TopLevel = topLevel,
                Uses = IdentifierCollector.Collect(parse),
                RootScope = tree.RootScope,
                ScopeParents = parents,
                ScopeNames = names,
            };
        }
    }

    // Every identifier that declares or reads a top-level binding (or a name linked to one, as a
    // class's inner name), by the binding's symbol, with the scope it appears in.
    private sealed class IdentifierCollector : AstVisitor
    {
        private readonly ScopeTree _tree;
        private readonly Dictionary<int, List<IdentifierUse>> _uses = [];
        private int _scope;

        private IdentifierCollector(ScopeTree tree)
        {
            _tree = tree;
            _scope = tree.RootScope;
        }

        public static Dictionary<int, List<IdentifierUse>> Collect(ParseResult parse)
        {
            var collector = new IdentifierCollector(parse.Scopes!);
            collector.Visit(parse.Program!);
            return collector._uses;
        }

        public override void Visit(Node node)
        {
            var outer = _scope;
            // PERF: only nodes that can open a scope are looked up (most nodes are identifiers,
            // members, calls and literals).
            if (OpensScope(node.Type) && _tree.ScopeOf(node) is var own and >= 0)
                _scope = own;
            switch (node)
            {
                case Identifier identifier:
                    Record(identifier, shorthand: false);
                    break;
                case Property { Shorthand: true, Value: Identifier value }:
                    Record(value, shorthand: true);
                    break;
                case Property { Shorthand: true, Value: AssignmentPattern { Left: Identifier left } pattern }:
                    Record(left, shorthand: true);
                    Visit(pattern.Right);
                    break;
                default:
                    base.Visit(node);
                    break;
            }
            _scope = outer;
        }

        private static bool OpensScope(NodeType type) => type is NodeType.FunctionDeclaration or NodeType.FunctionExpression
            or NodeType.ArrowFunctionExpression or NodeType.BlockStatement or NodeType.ClassDeclaration or NodeType.ClassExpression
            or NodeType.CatchClause or NodeType.ForStatement or NodeType.ForInStatement or NodeType.ForOfStatement
            or NodeType.SwitchStatement or NodeType.StaticBlock or NodeType.WithStatement;

        private void Record(Identifier identifier, bool shorthand)
        {
            if (identifier.Symbol < 0) return;
            var root = _tree.GetNameRoot(identifier.Symbol);
            if (_tree.GetSymbol(root).Scope != _tree.RootScope) return;
            if (!_uses.TryGetValue(root, out var list)) _uses[root] = list = [];
            list.Add(new IdentifierUse(identifier.Start, identifier.End, _scope, shorthand));
        }
    }
}
