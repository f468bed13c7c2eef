// Follows webpack lib/NormalModule.js: a module made from a file (the resource), a module type
// and a chain of loaders. Its identifier is webpack's — the request (each loader's ident, then the
// resource, joined by "!") with `type|` in front unless the type is javascript/auto — so the same
// file with other loaders is another module. Building reads the source through the loader runner
// when there are loaders; without loaders the file is read directly, exactly as before, so such a
// module costs nothing more. A module type's class (JavaScriptModule, JsonModule) parses what
// ReadSource returns and generates its code.

using Sharpack.Core.Make;
using Sharpack.Core.Stats;

namespace Sharpack.Core.ModuleGraph;

/// <summary>A module made from a resource, a module type and loaders (webpack's NormalModule).</summary>
public abstract class NormalModule(string identifier, string resource, string type) : Module(identifier, resource)
{
    // PERF: what only modules with loaders (or a build info asked for) have, in one object made on
    // demand: a module without loaders is one field larger than before loaders, not five (make
    // creates a module per request, about three per module kept, on synthetic 10,000).
    private sealed class LoaderState
    {
        public IReadOnlyList<LoaderItem> Loaders = [];
        public string? MatchResource;
        public string? UserRequest;
        public string? SourceMap;
        public BuildInfo? BuildInfo;
        public bool ExtractSourceMap;
    }

    private LoaderState? _state;

    /// <summary>The module type: <c>javascript/auto</c>, <c>javascript/esm</c>, <c>javascript/dynamic</c>, <c>json</c>, …</summary>
    public string Type { get; } = type;

    /// <inheritdoc />
    public override string ModuleType => Type;

    /// <summary>The loaders, leftmost first: post, inline, normal, pre (webpack's order); empty for most modules.</summary>
    public IReadOnlyList<LoaderItem> Loaders
    {
        get => _state?.Loaders ?? [];
        internal set => State.Loaders = value;
    }

    /// <summary>The resource rules were matched against instead (<c>x!=!</c> in a request); null when none.</summary>
    public string? MatchResource
    {
        get => _state?.MatchResource;
        internal set => State.MatchResource = value;
    }

    /// <summary>
    /// The request as the user wrote it, resolved (webpack's <c>userRequest</c>): the match resource,
    /// the inline loaders and the resource; the resource alone for a module without them.
    /// </summary>
    public string UserRequest
    {
        get => _state?.UserRequest ?? Resource;
        internal set => State.UserRequest = value;
    }

    /// <summary>A rule's <c>extractSourceMap</c>: the resource's own source map (its <c>sourceMappingURL</c> comment) goes to the loaders, when source maps are on.</summary>
    public bool ExtractSourceMap
    {
        get => _state?.ExtractSourceMap ?? false;
        internal set => State.ExtractSourceMap = value;
    }

    /// <summary>Whether the resource's source map is read: <see cref="ExtractSourceMap"/> and a devtool that uses the modules' maps.</summary>
    internal bool ExtractsSourceMap => ExtractSourceMap && (UseSourceMap || UseSimpleSourceMap);

    /// <summary>What the build depended on: the resource file and what loaders added.</summary>
    public BuildInfo BuildInfo => State.BuildInfo ??= new BuildInfo(ResourcePath);

    /// <inheritdoc />
    /// <remarks>Unless a loader or plugin said otherwise (<c>this.cacheable(false)</c>).</remarks>
    public override bool Cacheable => BuildInfo.Cacheable;

    /// <inheritdoc />
    public override void AddCacheDependencies(ISet<string> files, ISet<string> contexts, ISet<string> missing, ISet<string> build)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(missing);
        ArgumentNullException.ThrowIfNull(build);
        // PERF: a module without loaders has no build info of its own: its file is all it read.
        if (_state?.BuildInfo is not { } info)
        {
            var path = ResourcePath;
            if (path.Length > 0 && Path.IsPathRooted(path))
                files.Add(path);
            return;
        }
        files.UnionWith(info.FileDependencies);
        contexts.UnionWith(info.ContextDependencies);
        missing.UnionWith(info.MissingDependencies);
        build.UnionWith(info.BuildDependencies);
    }

    /// <summary>The source map the loaders returned with the source (JSON text); null when none.</summary>
    public string? LoaderSourceMap => _state?.SourceMap;

    /// <summary>Sets the map from the module's source back to its resource (a built-in transform's, in place of a loader's).</summary>
    protected void SetLoaderSourceMap(string? json) => State.SourceMap = json;

    private LoaderState State => _state ??= new LoaderState();

    /// <inheritdoc />
    public override string? NameForCondition
    {
        get
        {
            var resource = MatchResource ?? Resource;
            var query = resource.IndexOf('?', StringComparison.Ordinal);
            return query < 0 ? resource : resource[..query];
        }
    }

    /// <summary>
    /// Webpack's identifier for a module of <paramref name="type"/> made from <paramref name="resource"/>
    /// with <paramref name="loaders"/>: the loaders' idents and the resource joined by <c>!</c>, after
    /// <c>type|</c> unless the type is <c>javascript/auto</c>.
    /// </summary>
    public static string CreateIdentifier(string type, IReadOnlyList<LoaderItem> loaders, string resource, string? layer = null)
    {
        var request = resource;
        if (loaders.Count > 0)
        {
            var builder = new System.Text.StringBuilder();
            foreach (var loader in loaders)
                builder.Append(loader.ToIdent()).Append('!');
            request = builder.Append(resource).ToString();
        }
        if (layer is not null)
            return type + "|" + request + "|" + layer;
        return type == "javascript/auto" ? request : type + "|" + request;
    }

    /// <summary>
    /// The source the build read (the file's, or what the loaders made of it), as text; null before
    /// the build, when it failed, or when the source is bytes (<see cref="BuiltBytes"/>). What a
    /// loader's <c>this.loadModule</c> answers (webpack's originalSource).
    /// </summary>
    public string? BuiltText { get; private set; }

    /// <summary>The source the build read as bytes (an asset's), or null.</summary>
    public byte[]? BuiltBytes { get; private set; }

    /// <summary>
    /// The module's source: the file's text, or what the loaders made of it. Null when the build
    /// failed; <paramref name="diagnostics"/> then says why (and may hold loader warnings either way).
    /// </summary>
    protected string? ReadSource(BuildContext context, out IReadOnlyList<BuildDiagnostic> diagnostics) =>
        BuiltText = ReadSourceText(context, out diagnostics);

    private string? ReadSourceText(BuildContext context, out IReadOnlyList<BuildDiagnostic> diagnostics)
    {
        context.ReadingFile?.Invoke(ResourcePath);
        if (Loaders.Count == 0 && !ExtractsSourceMap)
        {
            diagnostics = [];
            return SourceFile.ReadAllText(context.FileSystem, ResourcePath);
        }
        if (Loaders.Count == 0)
        {
            // No loaders: the extracted text and map are the module's.
            var text = SourceFile.ReadAllText(context.FileSystem, ResourcePath);
            var warnings = new List<BuildDiagnostic>();
            var info = new BuildInfo(ResourcePath);
            State.BuildInfo = info;
            diagnostics = warnings;
            if (LoaderRunner.ExtractSourceMap(text, this, context, info, warnings) is not { } extracted)
            {
                State.SourceMap = null;
                return text;
            }
            State.SourceMap = extracted.SourceMap;
            return extracted.Text;
        }
        var outcome = LoaderRunner.Run(this, context);
        State.BuildInfo = outcome.BuildInfo;
        State.SourceMap = outcome.Result?.SourceMap;
        diagnostics = outcome.Diagnostics;
        return outcome.Result?.Text;
    }

    /// <summary>
    /// The module's source as bytes (an asset's): the file's or data: URI's bytes, or what the
    /// loaders made of them. Null when the build failed; <paramref name="diagnostics"/> then says why.
    /// </summary>
    protected byte[]? ReadSourceBytes(BuildContext context, out IReadOnlyList<BuildDiagnostic> diagnostics) =>
        BuiltBytes = ReadBytes(context, out diagnostics);

    private byte[]? ReadBytes(BuildContext context, out IReadOnlyList<BuildDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.ReadingFile?.Invoke(ResourcePath);
        if (Loaders.Count == 0)
        {
            diagnostics = [];
            return LoaderRunner.ReadResource(context, Resource.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ? Resource : ResourcePath);
        }
        var outcome = LoaderRunner.Run(this, context);
        State.BuildInfo = outcome.BuildInfo;
        State.SourceMap = outcome.Result?.SourceMap;
        diagnostics = outcome.Diagnostics;
        return outcome.Result?.Bytes;
    }

    /// <summary>
    /// <see cref="Module.Locate"/> for a module whose source is <paramref name="text"/> with the line
    /// table <paramref name="lines"/> (null before it is built: no position).
    /// </summary>
    protected static (int Line, int Column, string? CodeFrame) LocateIn(string text, Sharpack.JavaScript.Diagnostics.LineTable? lines, int offset)
    {
        if (lines is null)
            return (0, 0, null);
        var (line, column) = lines.GetLineColumn(offset);
        return (line, column, Sharpack.JavaScript.Diagnostics.CodeFrame.Format(text, lines, offset));
    }

    /// <summary>The loaders as webpack lists them under a parse error (<c> * loader</c> lines), or "" without loaders.</summary>
    protected string ProcessedWithLoaders()
    {
        if (Loaders.Count == 0)
            return "";
        var builder = new System.Text.StringBuilder("\nFile was processed with these loaders:");
        foreach (var loader in Loaders)
            builder.Append("\n * ").Append(loader.Loader);
        return builder.Append("\nYou may need an additional loader to handle the result of these loaders.").ToString();
    }

}
