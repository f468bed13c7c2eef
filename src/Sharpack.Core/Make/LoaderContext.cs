// Follows webpack lib/loaders/LoaderRunner.js (createLoaderContext, runLoaders) and
// lib/NormalModule.js (createLoaderContext): what a loader sees while it runs, as `this` in a
// JavaScript loader — the resource and its parts, the chain and where the loader is in it, its
// options, and the calls that add dependencies, mark the result uncacheable and report problems.
// One context serves the whole chain; the runner moves LoaderIndex as it goes.

using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Stats;

namespace Sharpack.Core.Make;

/// <summary>What a loader sees while it runs (webpack's loader context, <c>this</c> in a loader).</summary>
public sealed class LoaderContext
{
    private readonly IReadOnlyList<LoaderItem> _loaders;
    private readonly Dictionary<string, object?>?[] _data;
    private readonly List<BuildDiagnostic> _diagnostics;
    private readonly string _moduleName;
    private readonly BuildContext _build;
    private readonly NormalModule _module;
    private readonly Lock _resolveLock = new();

    internal LoaderContext(NormalModule module, BuildContext build, BuildInfo buildInfo, List<BuildDiagnostic> diagnostics)
    {
        _build = build;
        _module = module;
        _loaders = module.Loaders;
        _data = new Dictionary<string, object?>?[_loaders.Count];
        _diagnostics = diagnostics;
        _moduleName = module.ReadableName;
        BuildInfo = buildInfo;
        Resource = module.Resource;
        // A "#" in a file name is escaped as "\0#" in the resource (webpack's), and not a fragment.
        Module.ParseResource(Resource, out var resourcePath, out var resourceQuery, out var resourceFragment);
        (ResourcePath, ResourceQuery, ResourceFragment) = (resourcePath, resourceQuery, resourceFragment);
        // loader-runner: no context without a resource path (a request like `loader!` has none).
        Context = ResourcePath.Length == 0 ? "" : Path.GetDirectoryName(ResourcePath) ?? "/";
        RootContext = build.Options.Context;
        Hot = build.Hot;
        Mode = build.Options.Mode == Sharpack.Core.Options.BuildMode.Production ? "production" : build.Options.Mode == Sharpack.Core.Options.BuildMode.Development ? "development" : "none";
        FileSystem = build.FileSystem;
        Target = build.Options.Target.LoaderTarget ?? build.Options.Target.Name;
        // webpack's loaderContext.sourceMap: whether a devtool follows the loaders' maps for this module.
        SourceMap = module.UseSourceMap;
    }

    /// <summary>The resource with its query and fragment (<c>/src/a.js?x#y</c>).</summary>
    public string Resource { get; }

    /// <summary>The resource's path (<c>/src/a.js</c>).</summary>
    public string ResourcePath { get; }

    /// <summary>The resource's query with its <c>?</c>, or "".</summary>
    public string ResourceQuery { get; }

    /// <summary>The resource's fragment with its <c>#</c>, or "".</summary>
    public string ResourceFragment { get; }

    /// <summary>The build's options.</summary>
    public Sharpack.Core.Options.SharpackOptions Options => _build.Options;

    /// <summary>The folder of the resource; "" when the module has no resource path.</summary>
    public string Context { get; }

    /// <summary>The build's context folder (webpack's <c>rootContext</c>).</summary>
    public string RootContext { get; }

    /// <summary>webpack's <c>this.hot</c>: modules are hot-replaceable (the hot module replacement plugin is on).</summary>
    public bool Hot { get; }

    /// <summary><c>production</c>, <c>development</c> or <c>none</c>.</summary>
    public string Mode { get; }

    /// <summary>The build's target (webpack's <c>target</c>, e.g. <c>web</c>, <c>node</c>).</summary>
    public string Target { get; }

    /// <summary>True when the build makes source maps (a <c>devtool</c> with <c>source-map</c>): a loader should then return one.</summary>
    public bool SourceMap { get; }

    /// <summary>The input file system: a loader reads other files through it (and adds them with <see cref="AddDependency"/>).</summary>
    public Sharpack.Resolver.IFileSystem FileSystem { get; }

    /// <summary>The index of the running loader in <see cref="Loaders"/>.</summary>
    public int LoaderIndex { get; internal set; }

    /// <summary>The chain, leftmost (runs last in the normal phase) first.</summary>
    public IReadOnlyList<LoaderItem> Loaders => _loaders;

    /// <summary>The running loader.</summary>
    public LoaderItem CurrentLoader => _loaders[LoaderIndex];

    /// <summary>
    /// The running loader's options as text (webpack's <c>this.query</c> for string options):
    /// <c>?</c> and the query, or "" when it has none or object options (see <see cref="GetOptions"/>).
    /// </summary>
    public string Query => CurrentLoader.Query is { Length: > 0 } query ? "?" + query : "";

    /// <summary>Data the running loader's pitch left for its normal phase (webpack's <c>this.data</c>).</summary>
    public Dictionary<string, object?> Data => _data[LoaderIndex] ??= new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Every loader and the resource (<c>a!b!/src/x.js</c>).</summary>
    public string Request => JoinRequests(0, _loaders.Count, withResource: true);

    /// <summary>The loaders right of the running one, and the resource.</summary>
    public string RemainingRequest => JoinRequests(LoaderIndex + 1, _loaders.Count, withResource: true);

    /// <summary>The running loader, those right of it, and the resource.</summary>
    public string CurrentRequest => JoinRequests(LoaderIndex, _loaders.Count, withResource: true);

    /// <summary>The loaders left of the running one.</summary>
    public string PreviousRequest => JoinRequests(0, LoaderIndex, withResource: false);

    /// <summary>The source of loader <paramref name="index"/> when it is a JavaScript loader Sharpack ships (<see cref="LoaderRegistry.RegisterJavaScript"/>), else null.</summary>
    public string? ShippedJavaScriptLoader(int index) => _build.Loaders.FindJavaScript(_loaders[index].Loader);

    /// <summary>Leaves <paramref name="value"/> under <paramref name="key"/> for the module's parser and plugins (<see cref="BuildInfo.ParseMeta"/>).</summary>
    public void SetParseMeta(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        BuildInfo.SetParseMeta(key, value);
    }

    /// <summary>What a <see cref="IJavaScriptLoaderHost"/> keeps with this run (e.g. its id for the run's state in node); null until it sets it.</summary>
    public object? HostState { get; set; }

    /// <summary>Where the loader's dependencies are recorded.</summary>
    internal BuildInfo BuildInfo { get; }

    /// <summary>
    /// The running loader's options, as webpack's <c>getOptions()</c>: its object options, or its
    /// string options parsed (JSON when they look like an object, else a query string), or an empty object.
    /// </summary>
    public JsonObject GetOptions()
    {
        var loader = CurrentLoader;
        if (loader.Options is not null)
            return loader.Options;
        var query = loader.Query;
        if (string.IsNullOrEmpty(query))
            return [];
        if (query.StartsWith('{') && query.EndsWith('}'))
        {
            try
            {
                return JsonNode.Parse(query) as JsonObject ?? [];
            }
            catch (JsonException e)
            {
                throw new InvalidOperationException("Cannot parse string options: " + e.Message, e);
            }
        }
        return ParseQueryString(query);
    }

    /// <summary>Adds a file whose change must rebuild the module (webpack's <c>addDependency</c>).</summary>
    public void AddDependency(string file) => BuildInfo.AddFileDependency(file);

    /// <summary>Adds a folder whose change must rebuild the module.</summary>
    public void AddContextDependency(string folder) => BuildInfo.AddContextDependency(folder);

    /// <summary>Adds a path that does not exist and whose creation must rebuild the module.</summary>
    public void AddMissingDependency(string path) => BuildInfo.AddMissingDependency(path);

    /// <summary>Adds a file the build itself depends on (e.g. a loader's configuration file).</summary>
    public void AddBuildDependency(string file) => BuildInfo.AddBuildDependency(file);

    /// <summary>Marks the result cacheable or not (webpack's <c>cacheable(flag)</c>); one false makes the module uncacheable.</summary>
    public void Cacheable(bool flag = true)
    {
        if (!flag)
            BuildInfo.Cacheable = false;
    }

    /// <summary>Reports a warning from the running loader: <c>Module Warning (from loader):</c> and the message.</summary>
    public void EmitWarning(string message) => EmitWarning(LoaderIndex, message);

    /// <summary>Reports a warning from the loader at <paramref name="loaderIndex"/>, with <paramref name="details"/> (a stack) shown with <c>stats.errorDetails</c>.</summary>
    public void EmitWarning(int loaderIndex, string message, string? details = null) =>
        _diagnostics.Add(new BuildDiagnostic($"Module Warning (from {LoaderName(loaderIndex)}):\n{message}", _moduleName) { IsWarning = true, Details = details });

    /// <summary>Reports an error from the running loader (the build goes on): <c>Module Error (from loader):</c> and the message.</summary>
    public void EmitError(string message) => EmitError(LoaderIndex, message);

    /// <summary>Reports an error from the loader at <paramref name="loaderIndex"/> (the build goes on), with <paramref name="details"/>.</summary>
    public void EmitError(int loaderIndex, string message, string? details = null) =>
        _diagnostics.Add(new BuildDiagnostic($"Module Error (from {LoaderName(loaderIndex)}):\n{message}", _moduleName) { Details = details });

    /// <summary>
    /// Adds a file to the build's output (webpack's <c>emitFile</c>): written as <paramref name="name"/>
    /// (relative to <c>output.path</c>) once the chunks are sealed.
    /// </summary>
    public void EmitFile(string name, byte[] content, string? sourceMap = null, AssetInfo? info = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(content);
        BuildInfo.AddAsset(name, new ModuleAsset(content, sourceMap, info ?? new AssetInfo()));
    }

    /// <summary>
    /// The loader at <paramref name="loaderIndex"/> as webpack names it in messages: its path relative
    /// to the build's context (webpack's requestShortener), or a C# loader's name.
    /// </summary>
    public string LoaderName(int loaderIndex) => RequestShortener.ShortenRequest(RootContext, _loaders[loaderIndex].Loader);

    /// <summary>
    /// Resolves <paramref name="request"/> in <paramref name="context"/> as a loader's <c>this.resolve</c>
    /// does (webpack's normal resolver), or with <paramref name="options"/> over it as a resolver from
    /// <c>getResolve(options)</c> does. The paths the resolution looked at become the module's file
    /// and missing dependencies. Callable from any thread.
    /// </summary>
    public Sharpack.Resolver.ResolveResult Resolve(string context, string request, JsonObject? options = null)
    {
        var resolution = _build.LoaderResolution ?? throw new InvalidOperationException("This build resolves no requests for loaders.");
        var result = resolution.ResolveRequest(context, request, options);
        lock (_resolveLock)
        {
            foreach (var file in result.FileDependencies)
                BuildInfo.AddFileDependency(file);
            foreach (var missing in result.MissingDependencies)
                BuildInfo.AddMissingDependency(missing);
        }
        return result;
    }

    /// <summary>
    /// webpack's <c>this.loadModule</c>: builds <paramref name="request"/> (resolved in
    /// <paramref name="context"/>, its own loaders applied, its dependencies not followed) and
    /// answers its source once it is built; the files it was built from become this module's
    /// dependencies too. Blocks until then; callable from any thread.
    /// </summary>
    public LoadedModule LoadModule(string context, string request)
    {
        if (_build.LoadModule is not { } load)
            return LoadedModule.Failed("this.loadModule is not available outside of a compilation's make phase");
        var loaded = load(_module, context, request);
        AddDependencies(loaded.FileDependencies, loaded.ContextDependencies, loaded.MissingDependencies);
        return loaded;
    }

    /// <summary>
    /// webpack's <c>this.importModule</c>: builds <paramref name="request"/> and every module it
    /// reaches, and answers their code (and the runtime it needs) for node to run; the files they
    /// were built from become this module's dependencies too. Blocks until then; callable from any thread.
    /// </summary>
    public ImportedModule ImportModule(string context, string request, ImportOptions options)
    {
        if (_build.ImportModule is not { } import)
            return ImportedModule.Failed("this.importModule is not available outside of a compilation's make phase");
        var imported = import(_module, context, request, options);
        AddDependencies(imported.FileDependencies, imported.ContextDependencies, imported.MissingDependencies);
        foreach (var asset in imported.Assets)
            EmitFile(asset.Name, asset.Content, null, asset.Info);
        return imported;
    }

    // What another module was built from becomes this one's dependencies too (from any thread).
    private void AddDependencies(IReadOnlyList<string> files, IReadOnlyList<string> folders, IReadOnlyList<string> missing)
    {
        lock (_resolveLock)
        {
            foreach (var file in files)
                BuildInfo.AddFileDependency(file);
            foreach (var folder in folders)
                BuildInfo.AddContextDependency(folder);
            foreach (var path in missing)
                BuildInfo.AddMissingDependency(path);
        }
    }

    private string JoinRequests(int start, int end, bool withResource)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = start; i < end; i++)
        {
            if (builder.Length > 0)
                builder.Append('!');
            builder.Append(_loaders[i].ToIdent());
        }
        if (withResource)
        {
            if (builder.Length > 0)
                builder.Append('!');
            builder.Append(Resource);
        }
        return builder.ToString();
    }

    // node's querystring.parse: a=1&b&a=2 → { a: ["1", "2"], b: "" }.
    private static JsonObject ParseQueryString(string query)
    {
        var result = new JsonObject();
        foreach (var pair in query.Split('&'))
        {
            if (pair.Length == 0)
                continue;
            var equals = pair.IndexOf('=');
            var key = Unescape(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Unescape(pair[(equals + 1)..]);
            switch (result[key])
            {
                case null when !result.ContainsKey(key):
                    result[key] = value;
                    break;
                case JsonArray array:
                    array.Add((JsonNode?)value);
                    break;
                case var existing:
                    result[key] = new JsonArray(existing!.DeepClone(), value);
                    break;
            }
        }
        return result;
    }

    private static string Unescape(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            return text;
        }
    }
}
