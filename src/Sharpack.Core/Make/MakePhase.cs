// make: entries → factorize (resolve, pick a module type) → build (read, parse, collect
// dependencies) → add to the graph → factorize the new dependencies. Factorize and build are
// pure work on a fixed set of threads, one per core; their results are applied by the one
// thread that owns the graph (it runs tasks too while no result is waiting), so the graph
// needs no locks.
// PERF: the thread pool with a blocking queue of results ran one more busy thread than there
// are cores (the owner woke for every result) and allocated a closure, a delegate and a work
// item per task; now a task is one object that carries its own result.

using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Sharpack.Core.Hooks;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Stats;
using Sharpack.Resolver;
using ResolverOptions = Sharpack.Resolver.ResolveOptions;

namespace Sharpack.Core.Make;

internal sealed class MakePhase
{
    private readonly Compilation _compilation;
    private readonly ModuleTypeRegistry _types;
    private readonly ConcurrentQueue<MakeTask> _work = new();
    private readonly ConcurrentQueue<MakeTask> _done = new();
    private readonly SemaphoreSlim _workSignal = new(0);
    private readonly SemaphoreSlim _doneSignal = new(0);
    private volatile bool _stopping;
    private readonly List<Thread> _waitingWorkers = [];
    private volatile bool _waitingStarted;
    private ExceptionDispatchInfo? _failure;
    private readonly Sharpack.Resolver.Resolver _esmResolver;
    private readonly Sharpack.Resolver.Resolver _commonJsResolver;
    private readonly Sharpack.Resolver.Resolver _strictEsmResolver;
    private readonly Sharpack.Resolver.Resolver _urlResolver;
    private readonly Sharpack.Resolver.Resolver _workerResolver;
    private readonly Sharpack.Resolver.Resolver _contextResolver;
    // What resolvers for rules' resolve options are made from, and those options by the rules that set them.
    private readonly ResolverOptions _resolverDefaults;
    private readonly ResolverOptions _userResolve;
    private readonly ResolverCache _resolverCache;
    private readonly ConcurrentDictionary<string, RuleResolve> _ruleResolves = new(StringComparer.Ordinal);
    private readonly BuildContext _buildContext;
    private readonly LoaderResolution _loaderResolution;
    // ResolveData.ResolveWith, made once (a factory hook's data may resolve other requests).
    private Func<string, string, System.Text.Json.Nodes.JsonObject?, ResolveResult>? _resolveWith;
    private readonly ConcurrentDictionary<string, JavascriptParserOptions> _parserOptions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ResolveKey, ResolveResult> _resolved = new();
    // Watching: resolutions keep the paths they read and tried (a file created where a request failed rebuilds).
    private readonly bool _trackResolution;
    private int _pending;
    // Loaders' this.loadModule: the requests waiting for the owner, what each building module waits
    // for (webpack's creatingModuleDuringBuild, to find cycles), who waits for a module's build, the
    // modules built only for a loader (their dependencies wait until code needs them), and how many
    // make threads wait for an answer (each needs another thread to build it meanwhile).
    private readonly ConcurrentQueue<LoaderRequest> _loaderRequests = new();

    // The compiler keeps modules from build to build: a module whose files did not change is taken from its cache.
    private readonly bool _cachesModules;

    // Watching with the module cache: a dependency of a kept module whose resolution looked at no
    // changed path connects to the module it resolved to last time, without resolving again.
    private readonly bool _memoizeResolutions;

    // The resolution a factorize task just made on this thread, when it may be remembered (no plugin hooks, no inline loaders).
    [ThreadStatic] private static ResolveResult? t_memorable;

    // Modules whose dependencies are followed next (kept modules reach others without recursion).
    private readonly Queue<Module> _dependencyWalk = new();
    private bool _walking;
    private readonly Dictionary<Module, HashSet<Module>> _creatingDuringBuild = [];
    private readonly Dictionary<Module, List<LoaderRequest>> _buildWaiters = [];
    private readonly HashSet<Module> _loaderOnly = [];
    private readonly HashSet<Module> _dependenciesDeferred = [];
    private readonly List<LoaderRequest> _treeWaiters = [];

    // What Run makes: the entries and the folder their requests resolve from.
    private IReadOnlyList<EntryDescription> _entries = [];
    private string _entriesContext = "";
    private IReadOnlyList<Dependency> _includes = [];
    private int _blockedWorkers;
    private int _workerThreads;

    // experiments.asyncWebAssembly, its "auto" default settled: on unless a rule of the
    // configuration handles /file.wasm (webpack's RuleSetCompiler.hasRuleForResource: a type or loaders).
    private readonly bool _asyncWebAssembly;

    // experiments.css settled the same way (/file.css, /file.module.css), and whether it was by
    // "auto": then a CSS file that loaders were applied to is JavaScript (webpack's implicitTypeLoaderFallback).
    private readonly bool _css;
    private readonly bool _cssImplicit;

    // experiments.html settled the same way (/file.html), and whether it was by "auto".
    private readonly bool _html;
    private readonly bool _htmlImplicit;

    // The requests of CSS modules (webpack's default CSS rules: resolve fullySpecified and preferRelative).
    private readonly Sharpack.Resolver.Resolver _cssImportResolver;
    private readonly Sharpack.Resolver.Resolver _cssUrlResolver;

    public MakePhase(Compilation compilation, ModuleTypeRegistry types)
    {
        _compilation = compilation;
        _types = types;
        var options = compilation.Options;
        _asyncWebAssembly = options.Experiments.AsyncWebAssembly ?? !options.HasRuleFor("/file.wasm");
        _css = options.CssBuiltIn;
        _cssImplicit = _css && options.Experiments.Css is null;
        _html = options.HtmlBuiltIn;
        _htmlImplicit = _html && options.Experiments.Html is null;
        // webpack resolves a server-relative request (`/images/a.png`, a CSS url()) in the context first: resolve.roots defaults to [context].
        _resolverDefaults = ResolverOptions.WebpackDefaults(web: options.Target.BrowserField ?? !options.Target.IsNode, production: options.Mode == Options.BuildMode.Production, targetConditions: options.Target.ResolveConditions, css: _css, html: _html, htmlFirst: options.Experiments.Html == true) with { Roots = [options.Context] };
        _userResolve = ToResolverOptions(options.Resolve);
        // webpack's defaults give ES imports (and entries) `.css` after the JavaScript extensions when CSS
        // is built in: unless resolve.extensions is set, the defaults of each dependency category apply.
        if ((_css || _html) && options.Resolve.GivenKeys?.Contains("extensions") != true)
            _userResolve = _userResolve with { Extensions = null };
        var fileSystem = compilation.Compiler.InputFileSystem;
        // Watch mode keeps the file system's answers from build to build, forgetting what changed.
        var cache = _resolverCache = compilation.Compiler.WatchResolverCache ?? new ResolverCache(fileSystem);
        _trackResolution = compilation.Compiler.IsWatching;
        _cachesModules = compilation.Compiler.CachesModules;
        _memoizeResolutions = _cachesModules && _trackResolution;
        _esmResolver = new Sharpack.Resolver.Resolver(BaseOptions("esm"), cache);
        _commonJsResolver = new Sharpack.Resolver.Resolver(BaseOptions("commonjs"), cache);
        // webpack's default rule for .mjs and "type": "module" files: their imports are fully specified.
        _strictEsmResolver = new Sharpack.Resolver.Resolver(BaseOptions("esm") with { FullySpecified = true }, cache);
        _cssImportResolver = new Sharpack.Resolver.Resolver(BaseOptions("css-import") with { FullySpecified = true }, cache);
        _cssUrlResolver = new Sharpack.Resolver.Resolver(BaseOptions("url") with { FullySpecified = true, PreferRelative = true }, cache);
        // webpack's resolve.byDependency.url: `new URL("file.png", …)` is relative first.
        _urlResolver = new Sharpack.Resolver.Resolver(BaseOptions("url"), cache);
        // webpack's resolve.byDependency.worker: the ESM options with the "worker" condition first, relative first.
        _workerResolver = new Sharpack.Resolver.Resolver(BaseOptions("worker"), cache);
        _contextResolver = new Sharpack.Resolver.Resolver(BaseOptions("esm") with { ResolveToContext = true }, cache);
        _loaderResolution = new LoaderResolution(options, compilation.Compiler.Loaders, cache);
        _buildContext = new BuildContext(options, fileSystem, compilation.Compiler.Loaders)
        {
            ContextModuleFactory = compilation.Params.ContextModuleFactory,
            JavaScriptLoaders = compilation.Compiler.JavaScriptLoaders,
            LoaderResolution = _loaderResolution,
            JavaScriptLoadersStarting = StartWaitingWorkers,
            Hot = compilation.HotModuleReplacement,
            ReadingFile = compilation.ReadStates is { } readStates ? path => readStates.TryAdd(path, Watch.PathState.Read(path)) : null,
            LoadModule = LoadForLoader,
            ImportModule = ImportForLoader,
        };
    }

    /// <summary>Builds the graph from <paramref name="entries"/> (requests from <paramref name="context"/>) and all they need.</summary>
    public void Run(IReadOnlyList<EntryDescription> entries, string context, IReadOnlyList<Dependency>? includes = null)
    {
        _entries = entries;
        _includes = includes ?? [];
        _entriesContext = context;
        // Every thread that builds modules is created here with the same (default) stack size,
        // so how deep a file may nest does not depend on which thread parses it.
        var workers = new Thread[Math.Max(1, Environment.ProcessorCount)];
        _workerThreads = workers.Length - 1;
        workers[0] = new Thread(Own) { Name = "sharpack make (owner)", IsBackground = true };
        for (var i = 1; i < workers.Length; i++)
            workers[i] = new Thread(Work) { Name = "sharpack make", IsBackground = true };
        foreach (var worker in workers)
            worker.Start();
        foreach (var worker in workers)
            worker.Join();
        lock (_waitingWorkers)
        {
            foreach (var worker in _waitingWorkers)
                worker.Join();
        }
        _failure?.Throw();
        if (_trackResolution)
        {
            foreach (var (_, result) in _resolved)
            {
                _compilation.FileDependencies.UnionWith(result.FileDependencies);
                _compilation.MissingDependencies.UnionWith(result.MissingDependencies);
            }
        }
        // Results arrive in the order threads finish them; Compilation.SortDiagnostics puts the
        // diagnostics in source order afterwards.
    }

    // The owner: starts the entries, applies results, and runs tasks while no result waits.
    private void Own()
    {
        try
        {
            foreach (var entry in _entries)
            {
                // webpack's addEntry hook (RuntimeChunkPlugin names the entry's runtime there).
                _compilation.Hooks.AddEntry.Call(entry);
                if (!_compilation.EntryDependencies.TryGetValue(entry.Name, out var dependencies))
                    _compilation.EntryDependencies.Add(entry.Name, dependencies = []);
                foreach (var request in entry.Imports)
                {
                    var dependency = new EntryDependency(request, entry.Name) { Layer = entry.Layer };
                    dependencies.Add(dependency);
                    Factorize(null, dependency, _entriesContext);
                }
                foreach (var dependency in entry.Dependencies)
                {
                    dependencies.Add(dependency);
                    Factorize(null, dependency, _entriesContext);
                }
            }
            foreach (var include in _includes)
                Factorize(null, include, _entriesContext);
            while (_pending > 0)
            {
                if (_loaderRequests.TryDequeue(out var request))
                {
                    OnLoaderRequest(request);
                }
                else if (_done.TryDequeue(out var done))
                {
                    _pending--;
                    done.Complete(this);
                    if (_treeWaiters.Count > 0)
                        AnswerReadyImports();
                }
                else if (_work.TryDequeue(out var task))
                {
                    if (task is BuildTask { RunsLoaders: true })
                    {
                        // A loader may ask for another module (this.loadModule), which only this
                        // thread can add to the graph: such builds run on the other threads.
                        _work.Enqueue(task);
                        StartWaitingWorkers();
                        _workSignal.Release();
                        _doneSignal.Wait();
                        continue;
                    }
                    task.Run(this);
                    _pending--;
                    task.Complete(this);
                    if (_treeWaiters.Count > 0)
                        AnswerReadyImports();
                }
                else
                {
                    _doneSignal.Wait();
                }
            }
        }
        catch (Exception e)
        {
            _failure = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            lock (_waitingWorkers)
            {
                _stopping = true;
                _workSignal.Release(Environment.ProcessorCount + _waitingWorkers.Count);
            }
        }
    }

    // A module with JavaScript loaders waits for node on its make thread (a round trip, a few
    // hundred microseconds, while the processor is free): the first time one does, more threads
    // join, so other modules build meanwhile and node gets several requests to answer in one go.
    // A build without JavaScript loaders never starts them.
    // PERF: 1,001 modules through a trivial JavaScript loader (2 cores shared with other builds,
    // native build, medians of 11 interleaved runs): the whole build 420 -> 318 ms (90-112 ms
    // without the loader); in make alone 340 -> 240 ms, and node's CPU 195 -> 130 ms, as answers
    // leave in batches.
    private void StartWaitingWorkers()
    {
        if (_waitingStarted)
            return;
        lock (_waitingWorkers)
        {
            if (_waitingStarted || _stopping)
                return;
            _waitingStarted = true;
            for (var i = 0; i < 3 * Environment.ProcessorCount; i++)
                StartWorker();
        }
    }

    // Under the lock of _waitingWorkers.
    private void StartWorker()
    {
        var worker = new Thread(Work) { Name = "sharpack make (beside node)", IsBackground = true };
        _waitingWorkers.Add(worker);
        _workerThreads++;
        worker.Start();
    }

    private void Work()
    {
        while (true)
        {
            _workSignal.Wait();
            if (_stopping)
                return;
            if (!_work.TryDequeue(out var task))
                continue; // the owner took it
            task.Run(this);
            _done.Enqueue(task);
            _doneSignal.Release();
        }
    }

    private void Schedule(MakeTask task)
    {
        _pending++;
        _work.Enqueue(task);
        _workSignal.Release();
    }

    // A unit of work that runs on any make thread and whose result the owner applies.
    private abstract class MakeTask
    {
        private ExceptionDispatchInfo? _exception;

        public void Run(MakePhase phase)
        {
            try
            {
                Execute(phase);
            }
            catch (Exception e)
            {
                _exception = ExceptionDispatchInfo.Capture(e);
            }
        }

        public void Complete(MakePhase phase)
        {
            _exception?.Throw();
            Apply(phase);
        }

        protected abstract void Execute(MakePhase phase);

        protected abstract void Apply(MakePhase phase);
    }

    private sealed class FactorizeTask(Module? origin, Dependency dependency, string context) : MakeTask
    {
        private Module? _module;
        private string? _error;
        private string? _details;
        private ResolveResult? _resolution;

        protected override void Execute(MakePhase phase)
        {
            try
            {
                t_memorable = null;
                (_module, _error, _details) = phase.Resolve(dependency, context, origin);
                _resolution = t_memorable;
            }
            catch (JsFunctionException e)
            {
                // A configuration's function (a rule condition, IgnorePlugin's checkResource…) threw:
                // the request fails, as a throwing factory hook fails it in webpack.
                _error = e.Describe();
            }
        }

        protected override void Apply(MakePhase phase)
        {
            if (origin is not null)
                origin.PendingFactorizations--;
            if (phase._memoizeResolutions && _resolution is not null && _module is not null && _error is null)
                phase._compilation.Compiler.ModuleCache.RememberResolution(dependency, new ModuleCache.Resolution(_module.Identifier, [.. _resolution.FileDependencies], [.. _resolution.MissingDependencies]));
            phase.OnFactorized(origin, dependency, _module, _error, _details);
        }
    }

    private sealed class BuildTask(Module module) : MakeTask
    {
        private IReadOnlyList<BuildDiagnostic> _diagnostics = [];

        // Whether the build runs loaders, which may wait for make (this.loadModule).
        public bool RunsLoaders => module is NormalModule { Loaders.Count: > 0 };

        protected override void Execute(MakePhase phase)
        {
            try
            {
                _diagnostics = module.Build(phase._buildContext);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InsufficientExecutionStackException)
            {
                _diagnostics = [new BuildDiagnostic("Module build failed: " + e.Message, module.ReadableName)];
            }
            catch (JsFunctionException e)
            {
                // A configuration's function called while parsing (DefinePlugin.runtimeValue) threw.
                _diagnostics = [new BuildDiagnostic("Module build failed: " + e.Describe(), module.ReadableName)];
            }
        }

        protected override void Apply(MakePhase phase) => phase.OnBuilt(module, _diagnostics);
    }

    private readonly record struct ResolveKey(Sharpack.Resolver.Resolver Resolver, string Context, string Request);

    private void Factorize(Module? origin, Dependency dependency, string context)
    {
        if (origin is not null)
            origin.PendingFactorizations++;
        Schedule(new FactorizeTask(origin, dependency, context));
    }

    private (Module? Module, string? Error, string? Details) Resolve(Dependency dependency, string context, Module? origin)
    {
        if (_compilation.DependencyFactories.Count > 0 && _compilation.DependencyFactories.TryGetValue(dependency.GetType(), out var factory))
        {
            var made = factory(dependency);
            made.InitializeFrom(dependency);
            return (made, null, null);
        }
        var strictImporter = origin?.IsStrictEsm ?? false;
        var request = dependency.Request!;
        if (dependency.Context is { } contextOptions)
        {
            // webpack's ContextModuleFactory: inline loaders before the folder are resolved now and
            // handed to every element request as the context's addon.
            var addon = "";
            if (request.LastIndexOf('!') is var bang and >= 0)
            {
                var prefixLength = 0;
                while (prefixLength <= bang && request[prefixLength] == '!')
                    prefixLength++;
                var items = new List<LoaderItem>();
                foreach (var element in request[prefixLength..bang].Split('!', StringSplitOptions.RemoveEmptyEntries))
                    items.Add(InlineLoaderRequest.Item(element));
                if (_loaderResolution.Resolve(items, context, inline: true, out var loaderError) is not { } loaders)
                    return (null, loaderError, null);
                var builder = new System.Text.StringBuilder(request[..prefixLength]);
                foreach (var loader in loaders)
                    builder.Append(loader.Loader).Append(loader.Query is { } query ? "?" + query : "").Append('!');
                addon = builder.ToString();
                request = request[(bang + 1)..];
            }
            var contextHooks = _compilation.Params.ContextModuleFactory.Hooks;
            var contextData = contextHooks.BeforeResolve.IsUsed || contextHooks.AfterResolve.IsUsed
                ? new ResolveData(context, request, dependency, origin) { ContextOptions = contextOptions }
                : null;
            if (contextData is not null && contextHooks.BeforeResolve.CallAsync(contextData).Wait() == false)
                return (null, null, null); // ignored by a plugin
            if (contextData is not null)
                (context, request) = (contextData.Context, contextData.Request);
            // webpack resolves a context's folder with resolveToContext and enhanced-resolve's
            // yield: "./dir" relative to the module, `@scope` in import(`@scope/${name}`) as a folder
            // in node_modules, and every folder the request can mean (an alias's targets, each
            // resolve.modules folder), the first found first.
            var found = _contextResolver.ResolveAll(request, context, trackDependencies: false);
            if (found[0].Kind is not (ResolveResultKind.Resolved or ResolveResultKind.Ignored))
                return (null, "Module not found: Error: " + (found[0].Error ?? $"Can't resolve '{request}' in '{context}'"), null);
            var resource = ContextResourceOf(found);
            if (contextData is not null)
            {
                var directories = resource.Directories;
                contextData.Resource = directories.Count > 0 ? directories[0] : "false";
                contextData.Resources = directories;
                if (contextHooks.AfterResolve.CallAsync(contextData).Wait() == false)
                    return (null, null, null);
                // A tap that set Resource alone made it the one folder.
                if (!ReferenceEquals(contextData.Resources, directories))
                    resource = resource with { Directories = contextData.Resources ?? [contextData.Resource] };
                else if (contextData.Resource != (directories.Count > 0 ? directories[0] : "false"))
                    resource = resource with { Directories = [contextData.Resource] };
                contextOptions = contextData.ContextOptions ?? contextOptions;
            }
            if (addon.Length > 0)
                resource = resource with { Addon = addon };
            var suffix = resource.Query + resource.Fragment;
            resource = resource with { Request = suffix.Length > 0 && request.EndsWith(suffix, StringComparison.Ordinal) ? request[..^suffix.Length] : request };
            if (_types.ContextFactory is not { } createContext)
                return (null, "Context modules are not supported (no context factory registered)", null);
            // webpack's ContextModuleFactory: the context is in its issuer's layer (part of its
            // identifier), and so are its elements.
            var contextLayer = ResolveData.IssuerLayerOf(origin, dependency);
            if (contextLayer is not null)
                contextOptions = contextOptions with { Layer = contextLayer };
            var contextModule = createContext(resource, contextOptions);
            if (contextModule is not null)
                contextModule.Layer = contextLayer;
            return (contextModule, null, null);
        }
        // The factory's hooks, only when a plugin tapped them: no allocation on the common path.
        var hooks = _compilation.Params.NormalModuleFactory.Hooks;
        var data = hooks.BeforeResolve.IsUsed || hooks.Factorize.IsUsed || hooks.Resolve.IsUsed || hooks.AfterResolve.IsUsed
            || hooks.CreateModule.IsUsed || hooks.Module.IsUsed
            ? new ResolveData(context, request, dependency, origin) { ResolveWith = _resolveWith ??= _loaderResolution.ResolveRequest }
            : null;
        if (data is not null && hooks.BeforeResolve.CallAsync(data).Wait() == false)
            return (data.IgnoredModule, null, null); // ignored by a plugin (IgnorePlugin): no module (or the one it gives), no error
        string? answered = null;
        if (data is not null)
        {
            // A plugin may make the module itself (externals: NodeTargetPlugin).
            if (hooks.Factorize.IsUsed && hooks.Factorize.CallAsync(data).Wait() is { } factorized)
            {
                factorized.InitializeFrom(dependency);
                return (factorized, null, null);
            }
            // webpack's resolve hook, where the factorize hook's own tap starts: a plugin may answer the resolution.
            switch (hooks.Resolve.IsUsed ? hooks.Resolve.CallAsync(data).Wait() : null)
            {
                case false:
                    return (null, null, null);
                case true:
                    answered = data.Resource ?? throw new InvalidOperationException("A resolve tap answered true without setting ResolveData.Resource.");
                    break;
            }
            (context, request) = (data.Context, data.Request);
        }
        // Inline loaders, their prefixes and a match resource: only a request with "!" has them.
        var inline = request.Contains('!') ? InlineLoaderRequest.Parse(request, context) : (InlineLoaderRequest?)null;
        if (inline is { } parsed)
            request = parsed.Resource;
        // webpack's FileUriPlugin: a file: URL names the file at its path.
        if (request.StartsWith("file:", StringComparison.OrdinalIgnoreCase) && FileUrlPath(request) is { } filePath)
            request = filePath;
        if (answered is not null)
        {
            Module.ParseResource(answered, out var answeredPath, out var answeredQuery, out var answeredFragment);
            return FromResolved(answered, answeredPath, answeredQuery, answeredFragment, null, data!.Type, origin, dependency, inline, data, hooks, context);
        }
        if (inline is not null && (request.Length == 0 || request[0] == '?'))
        {
            // webpack: a request whose resource is empty or only a query (`loader!`, `loader!?x`) is not
            // resolved; the module has no file, and its loaders make its source.
            Module.ParseResource(request, out _, out var bareQuery, out var bareFragment);
            var made = FromResolved(request, "", bareQuery, bareFragment, null, null, origin, dependency, inline, data, hooks, context);
            // Its requests resolve from the compiler's context (webpack: an empty module context falls back to it).
            if (made.Module is { } bare)
                bare.SchemeContext = _compilation.Options.Context;
            return made;
        }
        var resolver = origin?.RuleResolve is { } ruleResolve
            ? ruleResolve.For(dependency.Category, strictImporter && dependency.Category == DependencyCategory.Esm, _createRuleResolver ??= CreateRuleResolver)
            : dependency.Category switch
            {
                DependencyCategory.CommonJs => _commonJsResolver,
                // webpack's default CSS and HTML rules: their URLs are fully specified, relative first.
                DependencyCategory.Url => IsCssModule(origin) || origin is NormalModule { Type: "html" } ? _cssUrlResolver : _urlResolver,
                DependencyCategory.CssImport or DependencyCategory.CssImportLocalModule or DependencyCategory.CssImportGlobalModule => _cssImportResolver,
                DependencyCategory.Worker => _workerResolver,
                _ => strictImporter ? _strictEsmResolver : _esmResolver,
            };
        ResolveResult result;
        try
        {
            // PERF: the same request from the same directory resolves the same way within a build
            // (the resolver's caches already assume the files do not change during one): synthetic
            // 10,000 has 31,655 requests and 23,072 distinct ones, three.js x10 repeats far more.
            var resolveRequest = EscapeHashInPathRequest(request);
            var key = new ResolveKey(resolver, context, resolveRequest);
            if (!_resolved.TryGetValue(key, out result!))
                result = _resolved.GetOrAdd(key, resolver.Resolve(resolveRequest, context, _trackResolution));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"Module not found: Error: Can't resolve '{request}' in '{context}': {e.Message}", null);
        }
        switch (result.Kind)
        {
            case ResolveResultKind.Resolved:
                // enhanced-resolve's answer escapes a "#" of the path as "\0#", so the resource does
                // not read it as a fragment (a folder named `#-x-#`).
                var resolvedResource = result.Path!.Contains('#')
                    ? string.Concat(result.Path.Replace("#", "\0#", StringComparison.Ordinal), result.Query, result.Fragment)
                    : result.FullPath;
                // Remembered where plugins only had their factorize hook (externals presets) and it made nothing.
                if (_memoizeResolutions && inline is null && (data is null || !(hooks.BeforeResolve.IsUsed || hooks.Resolve.IsUsed
                    || hooks.AfterResolve.IsUsed || hooks.CreateModule.IsUsed || hooks.Module.IsUsed)))
                    t_memorable = result;
                return FromResolved(resolvedResource, result.Path!, result.Query, result.Fragment, result.DescriptionFile, null, origin, dependency, inline, data, hooks, context);
            case ResolveResultKind.Builtin:
                // A `node:` request no plugin made a module for (NodeTargetPlugin does for node targets).
                return (null, $"Module build failed: UnhandledSchemeError: Reading from \"{request}\" is not handled by plugins (Unhandled scheme).\n" +
                    "Webpack supports \"data:\" and \"file:\" URIs by default.\n" +
                    $"You may need an additional plugin to handle \"{request[..(request.IndexOf(':') + 1)]}\" URIs.", null);
            case ResolveResultKind.Ignored:
                return (dependency.Category == DependencyCategory.Url ? IgnoredModule.ForUrl(context) : new IgnoredModule(context, request), null, null);
            case ResolveResultKind.DataUri:
                {
                    // webpack's DataUriPlugin: the URI is the resource, its body the source, its mimetype the default type.
                    var made = FromResolved(request, request, "", "", null, null, origin, dependency, inline, data, hooks, context);
                    if (made.Module is { } dataModule)
                        dataModule.SchemeContext = context;
                    return made;
                }
            default:
                // The fast path does not track the paths it tried; ask again, with tracking, for the error's details.
                return (null, "Module not found: Error: " + result.Error, ResolveDetails(request, context, resolver.Resolve(EscapeHashInPathRequest(request), context, trackDependencies: true)));
        }
    }

    /// <summary>
    /// webpack's escapeHashInPathRequest (issue 16819): a path request with a query whose directories
    /// hold a <c>#</c> (a project in <c>/home/me/proj#1/</c>) has each such <c>#</c> escaped as
    /// <c>\0#</c>, so the resolver does not read a fragment there. A <c>#</c> after the last path
    /// separator stays a fragment; module requests are left alone.
    /// </summary>
    internal static string EscapeHashInPathRequest(string request)
    {
        var queryStart = request.IndexOf('?', StringComparison.Ordinal);
        if (queryStart < 0)
            return request;
        var hashStart = request.IndexOf('#', StringComparison.Ordinal);
        if (hashStart < 0 || hashStart >= queryStart)
            return request;
        var isAbsolute = request[0] == '/' || (request.Length > 2 && char.IsAsciiLetter(request[0]) && request[1] == ':' && request[2] is '\\' or '/');
        var isRelative = !isAbsolute && (request.StartsWith("./", StringComparison.Ordinal) || request.StartsWith(".\\", StringComparison.Ordinal)
            || request.StartsWith("../", StringComparison.Ordinal) || request.StartsWith("..\\", StringComparison.Ordinal));
        if (!isAbsolute && !isRelative)
            return request;
        var lastSeparator = Math.Max(request.LastIndexOf('/', queryStart - 1), request.LastIndexOf('\\', queryStart - 1));
        if (hashStart >= lastSeparator)
            return request;
        var builder = new System.Text.StringBuilder(request.Length + 4);
        for (var i = 0; i < lastSeparator; i++)
        {
            // An escaped `\0#` stays as it is.
            if (request[i] == '#' && (i == 0 || request[i - 1] != '\0'))
                builder.Append('\0');
            builder.Append(request[i]);
        }
        return builder.Append(request, lastSeparator, request.Length - lastSeparator).ToString();
    }

    // node's fileURLToPath, with the query and fragment kept as the request's: `file:///a%20b/x.js?q`
    // is `/a b/x.js?q`; a host other than localhost, or a URL that is not one, is left as written.
    private static string? FileUrlPath(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        var suffix = end < 0 ? "" : url[end..];
        if (!Uri.TryCreate(end < 0 ? url : url[..end], UriKind.Absolute, out var uri) || !uri.IsFile
            || (uri.Host.Length > 0 && !uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)))
            return null;
        return Uri.UnescapeDataString(uri.AbsolutePath) + suffix;
    }

    // Follows ContextModuleFactory.create: of several results the ignored ones (an alias to false)
    // are dropped unless nothing else is left; query and fragment are the first result's.
    private static ContextResource ContextResourceOf(IReadOnlyList<ResolveResult> found)
    {
        var first = found[0];
        if (found.Count == 1)
        {
            return first.Kind == ResolveResultKind.Ignored
                ? new ContextResource([], first.Query, first.Fragment)
                : new ContextResource([Path.TrimEndingDirectorySeparator(Path.GetFullPath(first.Path!))], first.Query, first.Fragment);
        }
        var directories = new List<string>(found.Count);
        foreach (var result in found)
        {
            if (result.Kind != ResolveResultKind.Resolved)
                continue;
            if (directories.Count == 0)
                first = result;
            directories.Add(Path.TrimEndingDirectorySeparator(Path.GetFullPath(result.Path!)));
        }
        return new ContextResource(directories, first.Query, first.Fragment);
    }

    // The module for a resolved resource (by the resolver, or a resolve tap's answer, whose type
    // wins when it set one): rules, loaders and type, afterResolve, then createModule (a plugin's
    // own module) or the type's factory, then the module hook.
    private (Module? Module, string? Error, string? Details) FromResolved(string resource, string path, string query, string fragment,
        DescriptionFile? description, string? answeredType, Module? origin, Dependency dependency, InlineLoaderRequest? inline, ResolveData? data, NormalModuleFactoryHooks hooks,
        string requestContext)
    {
        var issuer = origin is null ? "" : Module.ResourcePathOf(origin is NormalModule { MatchResource: { } issuerMatch } ? issuerMatch : origin.Resource);
        var category = dependency.Category.Name();
        // webpack's contextInfo.issuerLayer: the importing module's layer, or an entry's.
        var issuerLayer = ResolveData.IssuerLayerOf(origin, dependency);
        var ruleData = new RuleData(path, query, fragment, issuer, description, _compilation.Options.Name, category) { Attributes = dependency.Attributes, Phase = dependency.PhaseName, IssuerLayer = issuerLayer ?? "" };
        string? typeFromMatchResource = null;
        if (inline?.MatchResource is { } matchResource)
            ruleData = MatchResourceRuleData(ref matchResource, issuer, _compilation.Options.Name, out typeFromMatchResource) with { Dependency = category, Attributes = dependency.Attributes, Phase = dependency.PhaseName, IssuerLayer = issuerLayer ?? "" };
        var effects = typeFromMatchResource is null ? RuleMatcher.Exec(_compilation.Options.Rules, ruleData) : new RuleEffects();
        // webpack (#16466): a "!!" request keeps no rule's type, not even a default rule's.
        var type = answeredType ?? typeFromMatchResource
            ?? (inline is { NoPrePostAutoLoaders: true } ? "javascript/auto" : effects.Type ?? DefaultModuleType(ruleData.Resource, ruleData.Description, dependency.Category, dependency.Attributes, _asyncWebAssembly, _css, _html));
        // webpack's implicitTypeLoaderFallback: with CSS on only by "auto", a CSS file that loaders
        // (inline, or a plugin's) turn into something else is JavaScript, as before CSS was built in.
        // The same for HTML: html-webpack-plugin's template loader gets a JavaScript module.
        if (effects.Type is null && answeredType is null && typeFromMatchResource is null
            && ((_cssImplicit && type.StartsWith("css", StringComparison.Ordinal)) || (_htmlImplicit && type == "html"))
            && (inline is { Loaders.Count: > 0 } || effects.PreLoaders is not null || effects.PostLoaders is not null))
            type = "javascript/auto";
        IReadOnlyList<LoaderItem> loaders = Array.Empty<LoaderItem>();
        if (inline is not null || effects.PostLoaders is not null || effects.NormalLoaders is not null || effects.PreLoaders is not null)
        {
            if (ResolveLoaders(inline, effects, requestContext, out var loaderError) is not { } chain)
                return (null, loaderError, null);
            loaders = chain;
        }
        if (data is not null)
        {
            data.Resource = resource;
            data.DescriptionFile = description;
            data.Type = type;
            data.Loaders = loaders;
            if (hooks.AfterResolve.CallAsync(data).Wait() == false)
                return (null, null, null);
            (resource, type, loaders) = (data.Resource ?? resource, data.Type ?? type, data.Loaders ?? loaders);
            // webpack's createModule: a plugin's own module instead of the one the type's factory makes.
            if (hooks.CreateModule.IsUsed && hooks.CreateModule.CallAsync(data).Wait() is { } created)
                return (hooks.Module.IsUsed ? hooks.Module.Call(created, data) : created, null, null);
        }
        var factory = _types.Find(type);
        if (factory is null)
            return (null, $"Module parse failed: no handler for module type '{type}' ({resource})", null);
        // A rule's layer, else the issuer's (webpack's createData.layer).
        var layer = effects.Layer ?? issuerLayer;
        var module = factory(NormalModule.CreateIdentifier(type, loaders, resource, layer) + _types.IdentifierSuffix(type, dependency), resource, type);
        module.Layer = layer;
        module.InitializeFrom(dependency);
        if (inline is not null || loaders.Count > 0)
        {
            if (module is not NormalModule normal)
                return (null, $"Module type '{type}' takes no loaders ({resource})", null);
            normal.Loaders = loaders;
            normal.MatchResource = inline?.MatchResource is not null ? ruleData.Resource + ruleData.ResourceQuery + ruleData.ResourceFragment : null;
            normal.UserRequest = UserRequest(normal.MatchResource, inline?.Loaders ?? [], resource);
        }
        if (effects.ResolveRules is { } resolveRules)
            module.RuleResolve = RuleResolveOf(resolveRules);
        if (effects.ExtractSourceMap == true && module is NormalModule extracting)
            extracting.ExtractSourceMap = true;
        if (type.StartsWith("javascript/", StringComparison.Ordinal))
            module.ParserOptions = ParserOptionsFor(type, effects);
        if (effects.Generators is not null || HasTypeOptions(_compilation.Options.Generator, type))
            module.GeneratorOptions = MergedTypeOptions(_compilation.Options.Generator, type, effects.Generators);
        if ((type.StartsWith("asset", StringComparison.Ordinal) || type == "json" || type.StartsWith("css", StringComparison.Ordinal) || type == "html") && (effects.Parsers.Count > 0 || HasTypeOptions(_compilation.Options.Parser, type)))
            module.RawParserOptions = MergedTypeOptions(_compilation.Options.Parser, type, effects.Parsers);
        // webpack's default rule for an <iframe srcdoc> document: written back into its attribute, never a file.
        if (dependency.Category == DependencyCategory.HtmlSrcdoc && type == "html")
            module.GeneratorOptions = UnderGiven(new System.Text.Json.Nodes.JsonObject { ["extract"] = "inline" }, module.GeneratorOptions);
        // webpack's default rules for a page's inline styles: CSS modules whose text the page keeps
        // (a style attribute's are declarations); the configuration's rules come after them.
        if (dependency.Category is DependencyCategory.HtmlStyle or DependencyCategory.HtmlStyleAttribute && _css && type.StartsWith("css", StringComparison.Ordinal))
        {
            var inlineStyle = new System.Text.Json.Nodes.JsonObject { ["exportType"] = "text" };
            if (dependency.Category == DependencyCategory.HtmlStyleAttribute)
                inlineStyle["as"] = "block-contents";
            module.RawParserOptions = UnderGiven(inlineStyle, module.RawParserOptions);
        }
        // webpack's default rule for `with { type: "json" }`: the value is the default export only
        // (over module.parser.json; the configuration's rules may say otherwise).
        if (type == "json" && dependency.Attributes is { } attributes && attributes.TryGetValue("type", out var attributeType) && attributeType == "json"
            && !effects.Parsers.Exists(static parser => parser.ContainsKey("namedExports")))
        {
            var options = (System.Text.Json.Nodes.JsonObject?)module.RawParserOptions?.DeepClone() ?? [];
            options["namedExports"] = false;
            module.RawParserOptions = options;
        }
        module.DescriptionFile = description;
        if (_compilation.Options.Optimization.SideEffects != Options.SideEffectsMode.Off)
            FlagSideEffects(module, path, description, effects);
        if (data is not null && hooks.Module.IsUsed)
            module = hooks.Module.Call(module, data);
        return (module, null, null);
    }

    // A default rule's options with the configuration's (which come after it) over them.
    private static System.Text.Json.Nodes.JsonObject UnderGiven(System.Text.Json.Nodes.JsonObject defaults, System.Text.Json.Nodes.JsonObject? given)
    {
        if (given is not null)
        {
            foreach (var (key, value) in given)
                defaults[key] = value?.DeepClone();
        }
        return defaults;
    }

    // webpack's SideEffectsFlagPlugin on the factory's module hook: package.json's `sideEffects`
    // for the module's path in its package, then a matching rule's `sideEffects` over it.
    private static void FlagSideEffects(Module module, string path, DescriptionFile? description, RuleEffects effects)
    {
        if (description?.Field("sideEffects") is { } flag && path.StartsWith(description.Directory, StringComparison.Ordinal))
        {
            var relative = "./" + path[description.Directory.Length..].TrimStart('/', '\\').Replace('\\', '/');
            if (SideEffectsFlag.HasSideEffects(relative, flag) is { } hasSideEffects)
                module.FactorySideEffectFree = !hasSideEffects;
        }
        if (effects.SideEffects is { } ruleSideEffects)
            module.FactorySideEffectFree = !ruleSideEffects;
    }

    // The chain with each loader resolved to its file (LoaderResolution): the inline loaders from
    // the request's folder, the rules' from the compiler's context; null and the error when one is not found.
    private List<LoaderItem>? ResolveLoaders(InlineLoaderRequest? inline, RuleEffects effects, string requestContext, out string? error)
    {
        error = null;
        var rootContext = _compilation.Options.Context;
        var resolvedInline = inline;
        if (inline is { Loaders.Count: > 0 } parsed)
        {
            if (_loaderResolution.Resolve(parsed.Loaders, requestContext, inline: true, out error) is not { } inlineLoaders)
                return null;
            resolvedInline = parsed with { Loaders = inlineLoaders };
        }
        if (!ResolveRuleLoaders(effects.PostLoaders, rootContext, out var post, ref error)
            || !ResolveRuleLoaders(effects.NormalLoaders, rootContext, out var normal, ref error)
            || !ResolveRuleLoaders(effects.PreLoaders, rootContext, out var pre, ref error))
        {
            return null;
        }
        return LoaderChain(resolvedInline, post, normal, pre);
    }

    private bool ResolveRuleLoaders(List<LoaderItem>? items, string context, out IReadOnlyList<LoaderItem>? resolved, ref string? error)
    {
        resolved = null;
        if (items is null)
            return true;
        resolved = _loaderResolution.Resolve(items, context, inline: false, out error);
        return resolved is not null;
    }

    // Follows NormalModuleFactory: post loaders, then the inline and normal ones (normal first when
    // there is a match resource), then pre loaders; "-!" drops pre and normal, "!" normal, "!!" all.
    private static List<LoaderItem> LoaderChain(InlineLoaderRequest? inline, IReadOnlyList<LoaderItem>? postLoaders,
        IReadOnlyList<LoaderItem>? normalLoaders, IReadOnlyList<LoaderItem>? preLoaders)
    {
        var noAuto = inline?.NoAutoLoaders ?? false;
        var noPre = inline?.NoPreAutoLoaders ?? false;
        var noPrePost = inline?.NoPrePostAutoLoaders ?? false;
        var chain = new List<LoaderItem>();
        if (!noPrePost && postLoaders is { } post)
            chain.AddRange(post);
        var normal = noAuto || noPrePost ? null : normalLoaders;
        if (inline?.MatchResource is null)
        {
            if (inline is { } parsed)
                chain.AddRange(parsed.Loaders);
            if (normal is not null)
                chain.AddRange(normal);
        }
        else
        {
            if (normal is not null)
                chain.AddRange(normal);
            chain.AddRange(inline.Value.Loaders);
        }
        if (!noPre && !noPrePost && preLoaders is { } pre)
            chain.AddRange(pre);
        return chain;
    }

    // Rules see a match resource (`x!=!`) instead of the resolved one, with no package.json; a
    // `.webpack[type]` suffix on it sets the module type and skips the rules, as webpack's.
    private static RuleData MatchResourceRuleData(ref string matchResource, string issuer, string? compilerName, out string? type)
    {
        type = null;
        const string marker = ".webpack[";
        var suffix = matchResource.EndsWith(']') ? matchResource.LastIndexOf(marker, StringComparison.Ordinal) : -1;
        if (suffix >= 0)
        {
            type = matchResource[(suffix + marker.Length)..^1];
            matchResource = matchResource[..suffix];
        }
        var fragment = matchResource.IndexOf('#');
        var beforeFragment = fragment < 0 ? matchResource : matchResource[..fragment];
        var query = beforeFragment.IndexOf('?');
        return new RuleData(
            query < 0 ? beforeFragment : beforeFragment[..query],
            query < 0 ? "" : beforeFragment[query..],
            fragment < 0 ? "" : matchResource[fragment..],
            issuer,
            Compiler: compilerName);
    }

    // webpack's userRequest: the match resource, the inline loaders and the resource, which the
    // module's readable name shortens.
    private static string UserRequest(string? matchResource, IReadOnlyList<LoaderItem> inlineLoaders, string resource)
    {
        if (matchResource is null && inlineLoaders.Count == 0)
            return resource;
        var builder = new System.Text.StringBuilder();
        if (matchResource is not null)
            builder.Append(matchResource).Append("!=!");
        foreach (var loader in inlineLoaders)
            builder.Append(loader.ToIdent()).Append('!');
        return builder.Append(resource).ToString();
    }

    // webpack shows the resolver's log as an error's details; here, the paths that were tried,
    // once each, without the package.json lookups on the way.
    private static string ResolveDetails(string request, string context, ResolveResult result)
    {
        var details = new System.Text.StringBuilder($"resolve '{request}' in '{context}'");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var missing in result.MissingDependencies)
        {
            if (Path.GetFileName(missing) != "package.json" && seen.Add(missing))
                details.Append("\n  ").Append(missing).Append(" doesn't exist");
        }
        return details.ToString();
    }

    // Whether module.parser or module.generator has options for the type or a prefix of it ("asset" for "asset/resource").
    private static bool HasTypeOptions(IReadOnlyDictionary<string, System.Text.Json.Nodes.JsonObject> byType, string type)
    {
        for (var slash = type.IndexOf('/'); slash > 0; slash = type.IndexOf('/', slash + 1))
        {
            if (byType.ContainsKey(type[..slash]))
                return true;
        }
        return byType.ContainsKey(type);
    }

    // Follows NormalModuleFactory's mergeGlobalOptions and cleverMerge: the options for each prefix
    // of the type ("asset", then "asset/resource"), then each matched rule's object, later keys
    // winning and nested objects (an asset's dataUrl) merged by key.
    private static System.Text.Json.Nodes.JsonObject MergedTypeOptions(IReadOnlyDictionary<string, System.Text.Json.Nodes.JsonObject> byType, string type,
        List<System.Text.Json.Nodes.JsonObject>? ruleOptions)
    {
        var merged = new System.Text.Json.Nodes.JsonObject();
        for (var slash = type.IndexOf('/'); slash > 0; slash = type.IndexOf('/', slash + 1))
        {
            if (byType.TryGetValue(type[..slash], out var prefix))
                MergeInto(merged, prefix);
        }
        if (byType.TryGetValue(type, out var own))
            MergeInto(merged, own);
        if (ruleOptions is not null)
        {
            foreach (var options in ruleOptions)
                MergeInto(merged, options);
        }
        return merged;

        static void MergeInto(System.Text.Json.Nodes.JsonObject target, System.Text.Json.Nodes.JsonObject source)
        {
            foreach (var (key, value) in source)
            {
                if (value is System.Text.Json.Nodes.JsonObject nested && !JsFunction.IsHandle(nested) && !Options.ConfigReader.IsRegExp(nested)
                    && target[key] is System.Text.Json.Nodes.JsonObject existing && !JsFunction.IsHandle(existing))
                    MergeInto(existing, nested);
                else
                    target[key] = value?.DeepClone();
            }
        }
    }

    private JavascriptParserOptions ParserOptionsFor(string type, RuleEffects effects) =>
        _parserOptions.GetOrAdd(type + "|" + effects.ParserKey,
            static (_, state) => OptionsNormalizer.ResolveJavascriptParserOptions(state.Options, state.Type, state.Effects.Parsers),
            (Options: _compilation.Options, Type: type, Effects: effects));


    // Follows webpack's default rules (lib/config/defaults.js), which come before the user's rules,
    // so a user rule's type wins: .mjs and .js in a "type": "module" package are strict ES modules,
    // .cjs and .js in a "type": "commonjs" package are CommonJS.
    private static string DefaultModuleType(string path, DescriptionFile? description, DependencyCategory category, IReadOnlyDictionary<string, string>? attributes, bool asyncWebAssembly, bool css, bool html)
    {
        // webpack's default rules { with: { type: "json" | "text" | "bytes" } }, after every other default rule.
        if (attributes is not null && attributes.TryGetValue("type", out var attributeType))
        {
            switch (attributeType)
            {
                case "json":
                    return "json";
                case "text":
                    return "asset/source";
                case "bytes":
                    return "asset/bytes";
            }
        }
        // webpack's default rule { dependency: "url", oneOf: [{ scheme: /^data$/, type: "asset/inline" }, { type: "asset/resource" }] }
        // decides for every URL dependency, whatever the file.
        if (category == DependencyCategory.Url)
            return path.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ? "asset/inline" : "asset/resource";
        if (path.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            return DataUri.MimeType(path) switch
            {
                "application/json" => "json",
                "text/javascript" or "application/javascript" => "javascript/esm",
                "text/css" when css => "css",
                "text/css+module" when css => "css/module",
                "text/html" when html => "html",
                "application/wasm" => "webassembly/async",
                // webpack's default rules end in asset/inline for a data: URL dependency; as a request, JavaScript.
                _ => "javascript/auto",
            };
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return "json";
        if (css)
        {
            // webpack's default CSS rules: a file composed from or imported by a CSS module in
            // another mode takes that mode, unless its name says it is a module (`.module.css`).
            if (category is DependencyCategory.CssImportLocalModule or DependencyCategory.CssImportGlobalModule && !IsModuleFileName(path))
                return category == DependencyCategory.CssImportLocalModule ? "css/module" : "css/global";
            if (path.EndsWith(".css", StringComparison.OrdinalIgnoreCase))
                return "css/auto";
        }
        if (html && path.EndsWith(".html", StringComparison.OrdinalIgnoreCase)) return "html";
        if (asyncWebAssembly && path.EndsWith(".wasm", StringComparison.OrdinalIgnoreCase)) return "webassembly/async";
        if (path.EndsWith(".mjs", StringComparison.OrdinalIgnoreCase)) return "javascript/esm";
        if (path.EndsWith(".cjs", StringComparison.OrdinalIgnoreCase)) return "javascript/dynamic";
        if (path.EndsWith(".js", StringComparison.OrdinalIgnoreCase)
            && description?.Field("type") is { ValueKind: System.Text.Json.JsonValueKind.String } packageType)
        {
            var value = packageType.GetString();
            if (value == "module") return "javascript/esm";
            if (value == "commonjs") return "javascript/dynamic";
        }
        return "javascript/auto";
    }

    private static bool IsCssModule(Module? module) => module is NormalModule normal && normal.Type.StartsWith("css", StringComparison.Ordinal);

    // webpack's /\.module\.\w+$/i.
    private static bool IsModuleFileName(string path)
    {
        var dot = path.LastIndexOf('.');
        if (dot < 0 || dot == path.Length - 1)
            return false;
        for (var i = dot + 1; i < path.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(path[i]) && path[i] != '_')
                return false;
        }
        return path.AsSpan(0, dot).EndsWith(".module", StringComparison.OrdinalIgnoreCase);
    }

    private void OnFactorized(Module? origin, Dependency dependency, Module? created, string? error, string? details)
    {
        if (error is not null)
        {
            // A weak dependency (__webpack_is_included__, require.resolveWeak) may name a module that does not exist.
            if (!dependency.IsWeak) ReportAt(origin, dependency, error, details, dependency.IsOptional);
            return;
        }
        if (created is null)
            return; // ignored by an alias or browser field: resolves to an empty module
        var existing = _compilation.Graph.Find(created.Identifier);
        if (existing is not null)
        {
            ConnectExisting(origin, dependency, existing);
            return;
        }
        if (_cachesModules && TakeKept(origin, dependency, created.Identifier, created))
            return;
        var module = AddModule(created, origin, dependency);
        _compilation.Graph.SetResolvedModule(origin, dependency, module);
        StartBuild(module);
    }

    // A module kept from the last build whose files did not change joins the graph for dependency:
    // its dependencies are followed again, its build is not. False when there is none to take.
    // created: the module factorizing made in its place, whose request context it takes (a data: URI's).
    private bool TakeKept(Module? origin, Dependency dependency, string identifier, Module? created)
    {
        if (_compilation.Compiler.ModuleCache.TryTake(identifier, _compilation, out var warnings) is not { } cached)
            return false;
        if (created is not null)
            cached.SchemeContext = created.SchemeContext;
        var reused = AddModule(cached, origin, dependency);
        _compilation.Graph.SetResolvedModule(origin, dependency, reused);
        _compilation.CachedModuleCount++;
        OnBuilt(reused, warnings, stillValid: true);
        return true;
    }

    private void ConnectExisting(Module? origin, Dependency dependency, Module existing)
    {
        _compilation.Graph.SetResolvedModule(origin, dependency, existing);
        // A module built for a loader alone: now code needs it, so its dependencies too.
        if (_loaderOnly.Count > 0)
            _loaderOnly.Remove(existing);
        if (_dependenciesDeferred.Count > 0 && _dependenciesDeferred.Remove(existing))
            FactorizeDependencies(existing);
    }

    // A module new to the graph, named and with its issuer.
    private Module AddModule(Module created, Module? origin, Dependency dependency)
    {
        var module = _compilation.Graph.Add(created);
        module.ReadableName = ReadableName(module);
        if (module.ReadableIdentifierIn(_compilation.Options.Context) is { } readableIdentifier)
            module.ReadableIdentifier = readableIdentifier;
        module.Issuer = origin;
        module.IssuerDependency = dependency;
        return module;
    }

    private void StartBuild(Module module)
    {
        _compilation.BuiltModuleCount++;
        _compilation.Hooks.BuildModule.Call(module);
        Schedule(new BuildTask(module));
    }

    private void OnBuilt(Module module, IReadOnlyList<BuildDiagnostic> diagnostics, bool stillValid = false)
    {
        BuildDiagnostic? firstError = null;
        List<BuildDiagnostic>? warnings = null;
        foreach (var diagnostic in diagnostics)
        {
            (diagnostic.IsWarning ? _compilation.Warnings : _compilation.Errors).Add(diagnostic);
            if (!diagnostic.IsWarning)
                firstError ??= diagnostic;
            else if (_cachesModules)
                (warnings ??= []).Add(diagnostic);
        }
        if (warnings is not null)
            _compilation.ModuleBuildWarnings[module] = warnings;
        if (stillValid)
            _compilation.Hooks.StillValidModule.Call(module);
        else if (firstError is null)
            _compilation.Hooks.SucceedModule.Call(module);
        else
            _compilation.Hooks.FailedModule.Call(module, firstError);
        module.BuildDone = true;
        module.BuildFailed = firstError is not null;
        module.BuildError = firstError?.Message;
        // webpack's loadModule is not recursive: a module built for a loader alone follows its
        // dependencies once code needs it.
        if (_loaderOnly.Count > 0 && _loaderOnly.Remove(module))
            _dependenciesDeferred.Add(module);
        else
            FactorizeDependencies(module);
        if (_buildWaiters.Count > 0 && _buildWaiters.Remove(module, out var waiters))
        {
            foreach (var waiter in waiters)
                AnswerLoaded(waiter);
        }
    }

    private void FactorizeDependencies(Module module)
    {
        _dependencyWalk.Enqueue(module);
        if (_walking)
            return;
        _walking = true;
        try
        {
            while (_dependencyWalk.TryDequeue(out var next))
            {
                var context = next.Directory;
                foreach (var dependency in next.Dependencies)
                {
                    if (dependency.Request is null)
                        continue;
                    if (_memoizeResolutions && ConnectKnown(next, dependency))
                        continue;
                    Factorize(next, dependency, dependency.ContextDirectory ?? context);
                }
            }
        }
        finally
        {
            _walking = false;
        }
    }

    // A dependency of a kept module whose last resolution still holds: connected to that module (in
    // the graph, or taken from the cache) with no resolution; false when it must be factorized.
    private bool ConnectKnown(Module origin, Dependency dependency)
    {
        var cache = _compilation.Compiler.ModuleCache;
        if (cache.KnownResolution(dependency, _compilation.Compiler) is not { } known)
            return false;
        if (_compilation.Graph.Find(known.Identifier) is { } existing)
            ConnectExisting(origin, dependency, existing);
        else if (!TakeKept(origin, dependency, known.Identifier, created: null))
            return false;
        cache.RememberResolution(dependency, known);
        _compilation.ReusedResolutionCount++;
        _compilation.FileDependencies.UnionWith(known.Files);
        _compilation.MissingDependencies.UnionWith(known.Missing);
        return true;
    }

    // A loader's this.loadModule, on the thread that answers node: hands the request to the owner
    // and waits. The make thread running that loader waits too, so another one starts when no
    // other is free.
    // The loader's result depends on another module's build: its module is built again next time.
    private LoadedModule LoadForLoader(NormalModule origin, string context, string request)
    {
        origin.BuildInfo.Cacheable = false;
        return WaitForOwner(new LoaderRequest(origin, context, request, null)).Loaded!;
    }

    // A loader's this.importModule, likewise.
    private ImportedModule ImportForLoader(NormalModule origin, string context, string request, ImportOptions options)
    {
        origin.BuildInfo.Cacheable = false;
        return WaitForOwner(new LoaderRequest(origin, context, request, options)).Imported!;
    }

    private LoaderRequest WaitForOwner(LoaderRequest pending)
    {
        // A module without a resource (`loader!`) gives its loaders no context: requests are then
        // resolved where the module was requested (webpack's originModule.context).
        if (pending.Context.Length == 0)
            pending.Context = pending.Origin.ResourcePath.Length > 0 ? pending.Origin.Directory : pending.Origin.Issuer?.Directory ?? _compilation.Options.Context;
        var blocked = Interlocked.Increment(ref _blockedWorkers);
        StartWaitingWorkers();
        lock (_waitingWorkers)
        {
            if (!_stopping && blocked >= _workerThreads)
                StartWorker();
        }
        _loaderRequests.Enqueue(pending);
        _doneSignal.Release();
        pending.Done.Wait();
        Interlocked.Decrement(ref _blockedWorkers);
        return pending;
    }

    private sealed class LoaderRequest(NormalModule origin, string context, string request, ImportOptions? import)
    {
        public NormalModule Origin { get; } = origin;
        public string Context { get; set; } = context;
        public string Request { get; } = request;

        // Set for this.importModule: the module and all it reaches are built, then run.
        public ImportOptions? Import { get; } = import;
        public Module? Module { get; set; }
        public LoadedModule? Loaded { get; private set; }
        public ImportedModule? Imported { get; private set; }
        public ManualResetEventSlim Done { get; } = new(false);

        public void Answer(LoadedModule result)
        {
            Loaded = result;
            Done.Set();
        }

        public void Answer(ImportedModule result)
        {
            Imported = result;
            Done.Set();
        }

        public void Fail(string error)
        {
            if (Import is null) Answer(LoadedModule.Failed(error));
            else Answer(ImportedModule.Failed(error));
        }
    }

    // The request a loader asked to load, resolved as webpack's LoaderDependency is.
    private sealed class LoaderDependency(string request) : Dependency
    {
        public override string? Request { get; } = request;

        public override DependencyCategory Category => DependencyCategory.CommonJs;

        public override void Apply(CodeGeneration.TemplateContext context)
        {
        }
    }

    private sealed class LoaderFactorizeTask(LoaderRequest request, LoaderDependency dependency) : MakeTask
    {
        private Module? _module;
        private string? _error;

        protected override void Execute(MakePhase phase)
        {
            try
            {
                (_module, _error, _) = phase.Resolve(dependency, request.Context, request.Origin);
            }
            catch (JsFunctionException e)
            {
                _error = e.Describe();
            }
        }

        protected override void Apply(MakePhase phase) => phase.OnLoaderFactorized(request, dependency, _module, _error);
    }

    private void OnLoaderRequest(LoaderRequest request) =>
        Schedule(new LoaderFactorizeTask(request, new LoaderDependency(request.Request)));

    // Follows webpack's handleModuleCreation for a LoaderDependency: the module (the graph's when
    // it is there already) is built unless it is, and the request is answered once it is; a
    // module that waits, through loaders, for itself is a cycle (webpack's BuildCycleError).
    private void OnLoaderFactorized(LoaderRequest request, LoaderDependency dependency, Module? created, string? error)
    {
        if (error is not null || created is null)
        {
            request.Fail(error ?? "Cannot load the module");
            return;
        }
        var module = _compilation.Graph.Find(created.Identifier);
        if (module is null)
        {
            module = AddModule(created, request.Origin, dependency);
            // this.loadModule builds the module alone; this.importModule all it reaches.
            if (request.Import is null)
                _loaderOnly.Add(module);
            StartBuild(module);
        }
        if (!_creatingDuringBuild.TryGetValue(request.Origin, out var creating))
            _creatingDuringBuild[request.Origin] = creating = [];
        creating.Add(module);
        if (WaitsFor(module, module))
        {
            request.Fail("There is a circular build dependency, which makes it impossible to create this module");
            return;
        }
        request.Module = module;
        if (request.Import is not null)
        {
            _treeWaiters.Add(request);
            AnswerReadyImports();
            return;
        }
        if (module.BuildDone)
        {
            AnswerLoaded(request);
            return;
        }
        if (!_buildWaiters.TryGetValue(module, out var waiters))
            _buildWaiters[module] = waiters = [];
        waiters.Add(request);
    }

    // Whether the builds that from waits for (through loaders, transitively) include target.
    private bool WaitsFor(Module from, Module target)
    {
        if (!_creatingDuringBuild.TryGetValue(from, out var direct))
            return false;
        var seen = new HashSet<Module>(direct);
        var queue = new Queue<Module>(direct);
        while (queue.Count > 0)
        {
            if (!_creatingDuringBuild.TryGetValue(queue.Dequeue(), out var next))
                continue;
            foreach (var item in next)
            {
                if (item == target)
                    return true;
                if (seen.Add(item))
                    queue.Enqueue(item);
            }
        }
        return false;
    }

    // The origin no longer waits for the module it asked for.
    private void StopWaiting(LoaderRequest request)
    {
        if (_creatingDuringBuild.TryGetValue(request.Origin, out var creating))
        {
            creating.Remove(request.Module!);
            if (creating.Count == 0)
                _creatingDuringBuild.Remove(request.Origin);
        }
    }

    // this.importModule waits, as webpack's executeModule does, until the module and everything it
    // reaches is built and resolved; a module built for loadModule alone follows its dependencies now.
    private void AnswerReadyImports()
    {
        for (var i = 0; i < _treeWaiters.Count; i++)
        {
            var request = _treeWaiters[i];
            if (ReachedTree(request.Module!) is not { } modules)
                continue;
            _treeWaiters.RemoveAt(i--);
            StopWaiting(request);
            request.Answer(GenerateForExecution(request, modules));
        }
    }

    // Every module root reaches, root first; null while one is still being built or resolved.
    private List<Module>? ReachedTree(Module root)
    {
        var modules = new List<Module> { root };
        var seen = new HashSet<Module> { root };
        var ready = true;
        for (var i = 0; i < modules.Count; i++)
        {
            var module = modules[i];
            if (_dependenciesDeferred.Count > 0 && _dependenciesDeferred.Remove(module))
                FactorizeDependencies(module);
            if (!module.BuildDone || module.PendingFactorizations > 0)
            {
                ready = false;
                continue;
            }
            foreach (var dependency in module.Dependencies)
            {
                if (_compilation.Graph.GetModule(dependency) is { } target && seen.Add(target))
                    modules.Add(target);
            }
        }
        return ready ? modules : null;
    }

    // webpack's executeModule up to the run: a "build time" chunk holding every module, module ids
    // that are their identifiers, code generation, and the runtime modules that code requires.
    private ImportedModule GenerateForExecution(LoaderRequest request, List<Module> modules)
    {
        foreach (var module in modules)
        {
            if (module.BuildFailed)
                return ImportedModule.Failed($"Module build failed: {module.ReadableName} has errors (see the build's errors)");
        }
        var options = _compilation.Options;
        var previousIds = new string[modules.Count];
        for (var i = 0; i < modules.Count; i++)
        {
            previousIds[i] = modules[i].Id;
            modules[i].Id = modules[i].Identifier;
        }
        try
        {
            var context = new CodeGeneration.CodeGenerationContext(options, _compilation.Graph) { BuildTimeExecution = true };
            var executable = new List<ExecutableModule>(modules.Count);
            var requirements = new List<(Module, Runtime.RuntimeGlobals)>(modules.Count);
            var files = new HashSet<string>(StringComparer.Ordinal);
            var folders = new HashSet<string>(StringComparer.Ordinal);
            var missing = new HashSet<string>(StringComparer.Ordinal);
            var assets = new List<CodeGeneration.BuildTimeAsset>();
            foreach (var module in modules)
            {
                var result = module.Generate(context, null);
                if (result.BuildTimeAssets is { } named)
                    assets.AddRange(named);
                executable.Add(new ExecutableModule(module.Identifier, result.Source.GetText(), result.ExportsArgument, module.ReadableName));
                requirements.Add((module, result.RuntimeRequirements));
                if (module is NormalModule normal)
                {
                    files.UnionWith(normal.BuildInfo.FileDependencies);
                    folders.UnionWith(normal.BuildInfo.ContextDependencies);
                    missing.UnionWith(normal.BuildInfo.MissingDependencies);
                }
            }
            var import = request.Import!;
            var entryOptions = new EntryDescription
            {
                Name = "build time",
                Imports = [],
                ChunkLoading = "",
                PublicPath = import.PublicPath,
                BaseUri = import.BaseUri,
            };
            var chunk = new ChunkGraph.Chunk("build time chunk") { Id = "build time chunk", Runtime = Runtime.RuntimeSpec.Of("build time"), HasRuntime = true };
            var entrypoint = new ChunkGraph.ChunkGroup(new ChunkGraph.ChunkGroupOptions("build time"), isEntrypoint: true) { EntryOptions = entryOptions };
            entrypoint.PushChunk(chunk);
            chunk.Groups.Add(entrypoint);
            Seal.RuntimeRequirementsPass.RunForChunk(_compilation, chunk, requirements);
            var runtimeContext = new Runtime.RuntimeTemplateContext(options, "", chunk) { BuildTimeExecution = true };
            var runtime = new List<ExecutableRuntimeModule>(chunk.RuntimeModules.Count);
            foreach (var runtimeModule in chunk.RuntimeModules)
                runtime.Add(new ExecutableRuntimeModule(runtimeModule.Name, runtimeModule.Generate(runtimeContext)));
            return new ImportedModule
            {
                EntryId = request.Module!.Identifier,
                Modules = executable,
                RuntimeModules = runtime,
                FileDependencies = [.. files],
                ContextDependencies = [.. folders],
                MissingDependencies = [.. missing],
                Assets = assets,
            };
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or NullReferenceException or ArgumentException or KeyNotFoundException)
        {
            return ImportedModule.Failed($"sharpack could not generate the code of {request.Module!.ReadableName} for build-time execution: {e.Message}");
        }
        finally
        {
            for (var i = 0; i < modules.Count; i++)
                modules[i].Id = previousIds[i];
        }
    }

    // webpack's loadModule callback: the built module's original source, unless it failed.
    private void AnswerLoaded(LoaderRequest request)
    {
        var module = request.Module!;
        StopWaiting(request);
        if (module.BuildFailed)
        {
            request.Answer(LoadedModule.Failed("The loaded module contains errors"));
            return;
        }
        if (module is not NormalModule { } normal || normal.BuiltText is null && normal.BuiltBytes is null)
        {
            request.Answer(LoadedModule.Failed("The module created for a LoaderDependency must have an original source"));
            return;
        }
        var info = normal.BuildInfo;
        request.Answer(new LoadedModule
        {
            Text = normal.BuiltText,
            Bytes = normal.BuiltText is null ? normal.BuiltBytes : null,
            SourceMap = normal.LoaderSourceMap,
            Resource = normal.Resource,
            Identifier = normal.Identifier,
            FileDependencies = [.. info.FileDependencies],
            ContextDependencies = [.. info.ContextDependencies],
            MissingDependencies = [.. info.MissingDependencies],
        });
    }

    private void ReportAt(Module? origin, Dependency dependency, string message, string? details, bool warning = false)
    {
        if (origin is null)
        {
            _compilation.Errors.Add(new BuildDiagnostic(message + $"\nresolving entry '{dependency.Request}' in {_compilation.Options.Context}") { Details = details });
            return;
        }
        (warning ? _compilation.Warnings : _compilation.Errors).Add(origin.DiagnosticAt(dependency.Start, dependency.End, message, warning) with { Details = details });
    }

    private string ReadableName(Module module)
    {
        // A module that names itself (an external, an ignored request) keeps its name.
        if (module.ReadableName.Length > 0)
            return module.ReadableName;
        // webpack's readableIdentifier: the user request (match resource, inline loaders, resource) shortened.
        if (module is NormalModule normal && !ReferenceEquals(normal.UserRequest, normal.Resource))
            return RequestShortener.ShortenRequest(_compilation.Options.Context, normal.UserRequest) + module.NameSuffix;
        return module.ReadableResource(_compilation.Options.Context) + module.NameSuffix;
    }


    private Func<DependencyCategory, bool, ResolverOptions, Sharpack.Resolver.Resolver>? _createRuleResolver;

    // webpack's resolve options for a dependency category: the defaults' and resolve's, each with its byDependency entry.
    private ResolverOptions BaseOptions(string category) => Merge(_resolverDefaults.ForDependency(category), _userResolve.ForDependency(category));

    // The merged resolve options of the rules that matched a module (later rules win), one object per set of rules.
    private RuleResolve RuleResolveOf(List<Options.ModuleRule> rules)
    {
        var key = rules.Count == 1 ? rules[0].Path : string.Join('|', rules.ConvertAll(static r => r.Path));
        return _ruleResolves.GetOrAdd(key, static (_, rules) =>
        {
            var merged = RuleResolve.Partial(rules[0]);
            for (var i = 1; i < rules.Count; i++)
                merged = RuleResolve.Over(merged, RuleResolve.Partial(rules[i]));
            return new RuleResolve(merged);
        }, rules);
    }

    // A resolver for a module's requests of `category` with its rules' options over resolve's
    // (a strict ES module's imports fully specified unless the rules say otherwise).
    private Sharpack.Resolver.Resolver CreateRuleResolver(DependencyCategory category, bool strict, ResolverOptions rule)
    {
        var baseOptions = BaseOptions(category.Name());
        if (strict)
            baseOptions = baseOptions with { FullySpecified = true };
        return new Sharpack.Resolver.Resolver(RuleResolve.Over(baseOptions, rule.ForDependency(category.Name())), _resolverCache);
    }

    internal static ResolverOptions ToResolverOptions(Options.ResolveOptions resolve) => new()
    {
        Extensions = resolve.Extensions,
        MainFields = resolve.MainFields,
        ConditionNames = resolve.ConditionNames,
        Modules = resolve.Modules,
        MainFiles = resolve.MainFiles,
        Symlinks = resolve.Symlinks,
        Alias = resolve.Alias.Count == 0 ? null : ToAliasEntries(resolve.Alias),
        Fallback = resolve.Fallback.Count == 0 ? null : ToAliasEntries(resolve.Fallback),
        ExtensionAlias = resolve.ExtensionAlias,
        ExportsFields = resolve.ExportsFields,
        ImportsFields = resolve.ImportsFields,
        AliasFields = resolve.AliasFields,
        DescriptionFiles = resolve.DescriptionFiles,
        FullySpecified = resolve.FullySpecified,
        EnforceExtension = resolve.EnforceExtension,
        PreferRelative = resolve.PreferRelative,
        PreferAbsolute = resolve.PreferAbsolute,
        Roots = resolve.Roots,
        Restrictions = resolve.Restrictions,
        RestrictionPatterns = resolve.RestrictionPatterns,
        TsConfig = resolve.TsConfig,
        // resolve.byDependency: each entry only with the keys it gives, applied over the rest by category.
        ByDependency = resolve.ByDependency is { } byDependency ? ByDependencyOf(byDependency) : null,
    };

    private static Dictionary<string, ResolverOptions> ByDependencyOf(IReadOnlyDictionary<string, Options.ResolveOptions> byDependency)
    {
        var result = new Dictionary<string, ResolverOptions>(byDependency.Count, StringComparer.Ordinal);
        foreach (var (category, options) in byDependency)
            result[category] = RuleResolve.Partial(options);
        return result;
    }

    // resolve.alias and resolve.fallback: an empty target list is `false` (the module is ignored).
    private static AliasEntry[] ToAliasEntries(IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> alias)
    {
        var entries = new AliasEntry[alias.Count];
        for (var i = 0; i < alias.Count; i++)
        {
            var (key, targets) = alias[i];
            entries[i] = targets.Count == 0 ? AliasEntry.Ignore(key) : new AliasEntry(key, [.. targets]);
        }
        return entries;
    }

    // User options win over defaults where set; "..." in a list keeps the default entries.
    internal static ResolverOptions Merge(ResolverOptions defaults, ResolverOptions user) => defaults with
    {
        Extensions = MergeList(defaults.Extensions, user.Extensions),
        MainFields = MergeList(defaults.MainFields, user.MainFields),
        ConditionNames = MergeList(defaults.ConditionNames, user.ConditionNames),
        Modules = MergeList(defaults.Modules, user.Modules),
        MainFiles = MergeList(defaults.MainFiles, user.MainFiles),
        Symlinks = user.Symlinks ?? defaults.Symlinks,
        Alias = user.Alias ?? defaults.Alias,
        Fallback = user.Fallback ?? defaults.Fallback,
        ExtensionAlias = user.ExtensionAlias ?? defaults.ExtensionAlias,
        ExportsFields = MergeList(defaults.ExportsFields, user.ExportsFields),
        ImportsFields = MergeList(defaults.ImportsFields, user.ImportsFields),
        AliasFields = MergeList(defaults.AliasFields, user.AliasFields),
        DescriptionFiles = MergeList(defaults.DescriptionFiles, user.DescriptionFiles),
        FullySpecified = user.FullySpecified ?? defaults.FullySpecified,
        EnforceExtension = user.EnforceExtension ?? defaults.EnforceExtension,
        PreferRelative = user.PreferRelative ?? defaults.PreferRelative,
        PreferAbsolute = user.PreferAbsolute ?? defaults.PreferAbsolute,
        Roots = user.Roots ?? defaults.Roots,
        Restrictions = user.Restrictions ?? defaults.Restrictions,
        RestrictionPatterns = user.RestrictionPatterns ?? defaults.RestrictionPatterns,
        TsConfig = user.TsConfig ?? defaults.TsConfig,
    };

    private static IReadOnlyList<string>? MergeList(IReadOnlyList<string>? defaults, IReadOnlyList<string>? user)
    {
        if (user is null) return defaults;
        var result = new List<string>();
        foreach (var item in user)
        {
            if (item == "..." && defaults is not null) result.AddRange(defaults);
            else result.Add(item);
        }
        return result;
    }
}
