// Follows webpack lib/ContextModule.js: the module for a directory of possible modules. It
// lists the files that match the context's pattern, depends on each, and exports a function
// that maps a request ("./a.js", or "./a" without the extension) to the module: synchronously
// (require) or as a promise of its namespace (import()).

using System.Text;
using System.Text.RegularExpressions;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Make;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Runtime;
using Sharpack.Core.Stats;
using Sharpack.Plugins.JavaScript.Dependencies.Esm;
using Sharpack.Plugins.JavaScript.Dependencies.Misc;
using FileIdentity = Sharpack.Resolver.FileIdentity;
using DirectoryEntry = Sharpack.Resolver.DirectoryEntry;
using FileKind = Sharpack.Resolver.FileKind;
using IFileSystem = Sharpack.Resolver.IFileSystem;
using Sharpack.Sources;

namespace Sharpack.Plugins.JavaScript.Context;

/// <summary>A context module.</summary>
public sealed class ContextModule(ContextResource resource, ContextOptions options)
    : Module(CreateIdentifier(resource, options), resource.Directories.Count > 0 ? resource.Directories[0] : "false")
{
    private readonly List<(string Key, ModuleIncludeDependency Element)> _elements = [];

    /// <summary>A context over one folder, with no query.</summary>
    public ContextModule(string directory, ContextOptions options)
        : this(new ContextResource([directory]), options)
    {
    }

    /// <summary>The context's options.</summary>
    public ContextOptions Options { get; } = options;

    /// <summary>The folders it reads (earlier first; none when ignored) and its request's query and fragment.</summary>
    public ContextResource ContextResource { get; } = resource;

    /// <inheritdoc />
    public override string Directory => Resource;

    // The name is webpack's libIdent (which names the module's id): the folders, ` sync recursive`,
    // the pattern (`./foo sync recursive ^\.\/.*\.js$`).
    /// <inheritdoc />
    public override string NameSuffix => OptionsText(libIdent: true);

    /// <inheritdoc />
    public override string ReadableResource(string context) => Folders(context, "");

    // webpack's readableIdentifier: each folder with a slash, ` sync`, ` nonrecursive`, the
    // pattern (`./foo/ sync ^\.\/.*\.js$`).
    /// <inheritdoc />
    public override string? ReadableIdentifierIn(string context) => Folders(context, "/") + OptionsText(libIdent: false);

    // Every folder of the resource, space-separated, each followed by `end` ("false" when every
    // folder was ignored: webpack's resource false).
    private string Folders(string context, string end)
    {
        var directories = ContextResource.Directories;
        if (directories.Count == 0)
            return "false" + end;
        var builder = new StringBuilder();
        foreach (var directory in directories)
        {
            if (builder.Length > 0) builder.Append(' ');
            builder.Append(RequestShortener.ShortenPath(context, directory)).Append(end);
        }
        return builder.ToString();
    }

    // The query, the mode, recursion (libIdent says ` recursive`, readableIdentifier ` nonrecursive`) and the pattern.
    private string OptionsText(bool libIdent)
    {
        var recursion = libIdent ? (Options.Recursive ? " recursive" : "") : (Options.Recursive ? "" : " nonrecursive");
        return (ContextResource.Query.Length > 0 ? " " + ContextResource.Query : "") + " " + Options.Mode + recursion
            + (Options.PatternText.Length > 0 ? " " + PrettyRegExp(Options.PatternText) : "")
            + (Options.Glob is { } glob ? glob.ReadableText : "");
    }

    // webpack's _prettyRegExp: `/source/flags` as source and flags, with the characters that
    // separate parts of a request or a source name (`!`, `|`, `?`, `#`) percent-encoded.
    private static string PrettyRegExp(string text)
    {
        var end = text.LastIndexOf('/');
        if (text.StartsWith('/') && end > 0)
            text = text[1..end] + text[(end + 1)..];
        return text.Replace("!", "%21", StringComparison.Ordinal).Replace("|", "%7C", StringComparison.Ordinal)
            .Replace("?", "%3F", StringComparison.Ordinal).Replace("#", "%23", StringComparison.Ordinal);
    }

    // webpack's _createIdentifier: the folders joined by "|" ("false" when ignored), then the
    // query and fragment when there are any, then the options.
    private static string CreateIdentifier(ContextResource resource, ContextOptions options)
    {
        var directories = resource.Directories;
        var identifier = directories.Count switch
        {
            0 => "false",
            1 => directories[0],
            _ => string.Join("|", directories),
        };
        if (resource.Query.Length > 0) identifier += "|" + resource.Query;
        if (resource.Fragment.Length > 0) identifier += "|" + resource.Fragment;
        if (resource.Addon.Length > 0) identifier += "|" + resource.Addon;
        return identifier + "|" + options.Key;
    }

    /// <inheritdoc />
    public override long Size => 160 + 40 * _elements.Count;

    /// <inheritdoc />
    // webpack's ContextModule: its folders are context dependencies (a file added or removed there changes it).
    public override void AddCacheDependencies(ISet<string> files, ISet<string> contexts, ISet<string> missing, ISet<string> build)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        foreach (var directory in ContextResource.Directories)
            contexts.Add(directory);
    }

    /// <inheritdoc />
    /// <remarks>Its elements are the files of its folders, which are its context dependencies.</remarks>
    public override bool Cacheable => true;

    /// <inheritdoc />
    public override IReadOnlyList<BuildDiagnostic> Build(BuildContext context)
    {
        // Each element: its key (the request the code makes), the request resolved for it, and
        // the folder that request is resolved in.
        var requests = new List<(string Key, string Request, string Directory)>();
        var directories = ContextResource.Directories;
        if (Options.Glob is { } glob)
        {
            // webpack resolves an import.meta.glob's folders one after the other, a key already
            // found in an earlier one dropped.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var directory in directories)
                AddGlobMatches(context, directory, glob, seen, requests);
        }
        else
        {
            AddContextRequests(context, directories, requests);
        }
        // webpack sorts a context's elements by request; [index] counts them in that order.
        requests.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        // Every element request carries the context's query and fragment; its key does not.
        var querySuffix = ContextResource.Query + ContextResource.Fragment;
        var weak = Options.Mode is "weak" or "async-weak";
        AsyncDependenciesBlock? onceBlock = null;
        if (Options.Mode == "lazy-once" && requests.Count > 0)
        {
            onceBlock = new AsyncDependenciesBlock(Options.GroupOptions ?? Sharpack.Core.ChunkGraph.ChunkGroupOptions.Empty, Resource, 0);
            Blocks.Add(onceBlock);
        }
        var index = 0;
        foreach (var (request, target, directory) in requests)
        {
            // webpack: the element requests start with the context's inline loaders (its addon).
            var element = new ModuleIncludeDependency(ContextResource.Addon + (querySuffix.Length > 0 ? target + querySuffix : target), Options.Category ?? (Options.Mode == "sync" ? DependencyCategory.CommonJs : DependencyCategory.Esm))
            {
                Weak = weak,
                IsOptional = true,
                ResolveDirectory = directory,
                ContextRequest = ContextResource.Request,
                ReferencedName = Options.Glob?.ImportName,
                StrictNamespace = Options.StrictNamespace,
            };
            Dependencies.Add(element);
            if (onceBlock is not null)
            {
                element.Block = onceBlock;
                onceBlock.Dependencies.Add(element);
            }
            else if (Options.Mode == "lazy")
            {
                // webpack's ContextModule: each element its own chunk group, named from the
                // chunk name with [index] and [request] filled in ([index] added when absent).
                var group = Options.GroupOptions ?? Sharpack.Core.ChunkGraph.ChunkGroupOptions.Empty;
                if (group.Name is { } template)
                {
                    if (!template.Contains("[index]", StringComparison.Ordinal) && !template.Contains("[request]", StringComparison.Ordinal))
                        template += "[index]";
                    group = group with
                    {
                        Name = template.Replace("[index]", index.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                            .Replace("[request]", ToPath(request), StringComparison.Ordinal),
                    };
                }
                var block = new AsyncDependenciesBlock(group, request, 0);
                element.Block = block;
                block.Dependencies.Add(element);
                Blocks.Add(block);
            }
            index++;
            _elements.Add((request, element));
        }
        return [];
    }

    // The requests of a context: the keys of its element map, or the files of its folders (and
    // their alternative requests) that match its pattern.
    private void AddContextRequests(BuildContext context, IReadOnlyList<string> directories, List<(string Key, string Request, string Directory)> requests)
    {
        var pattern = new Regex(Options.Pattern, RegexOptions.CultureInvariant);
        var include = Options.Include is { } includeText ? new Regex(includeText, RegexOptions.CultureInvariant) : null;
        var exclude = Options.Exclude is { } excludeText ? new Regex(excludeText, RegexOptions.CultureInvariant) : null;
        // A map of requests (webpack's createResolveDependenciesFromContextMap): its keys, each
        // resolved as its value in the (first) folder.
        if (Options.ElementMap is { } map && directories.Count > 0)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (key, value) in map)
            {
                if (keys.Add(key))
                    requests.Add((key, value, directories[0]));
            }
        }
        // An empty pattern is webpack's regExp false: the context holds nothing.
        else if (Options.Pattern.Length > 0 && directories.Count == 1)
        {
            AddDirectory(context, directories[0], Options.Recursive, pattern, include, exclude, requests);
        }
        else if (Options.Pattern.Length > 0 && directories.Count > 1)
        {
            // Follows resolveDependencies over a resource array: each folder's requests in the
            // folders' order, a request already found in an earlier folder dropped.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var folder = new List<(string Key, string Request, string Directory)>();
            foreach (var directory in directories)
            {
                folder.Clear();
                AddDirectory(context, directory, Options.Recursive, pattern, include, exclude, folder);
                foreach (var item in folder)
                {
                    if (seen.Add(item.Key)) requests.Add(item);
                }
            }
        }
    }

    // Follows webpack's ContextModuleFactory.resolveDependencies for import.meta.glob: every file
    // under the folder, dot files too, keyed by the pattern it matches. A wildcard enters dot
    // folders and node_modules only when the glob is exhaustive or a pattern names them.
    private static void AddGlobMatches(BuildContext context, string root, GlobContextOptions glob, HashSet<string> seen, List<(string Key, string Request, string Directory)> requests)
    {
        var patterns = new List<ResolvedGlobPattern>(glob.Patterns.Count);
        foreach (var pattern in glob.Patterns)
            patterns.Add(GlobPatterns.Resolve(pattern, glob.RequestContext, glob.RootContext));
        var recursive = GlobPatterns.AreRecursive(patterns, GlobPatterns.CommonBaseDirectory(patterns, glob.RequestContext));
        Walk(context, root, (entryName, entryPath, isDirectory) =>
        {
            var name = entryName.Normalize(NormalizationForm.FormC);
            var path = ReferenceEquals(name, entryName) ? entryPath : Path.Join(Path.GetDirectoryName(entryPath), name);
            if (isDirectory)
                return recursive && (glob.Exhaustive || !GlobPatterns.IsSkippedUnlessExhaustive(name) || GlobPatterns.BaseReaches(patterns, path));
            if (GlobPatterns.UserRequest(patterns, path, glob.Exhaustive, glob.CaseSensitive) is { } key && seen.Add(key))
                requests.Add((key, "./" + Path.GetRelativePath(root, path).Replace('\\', '/'), root));
            return false;
        });
    }

    // Every entry under root (as the contextModuleFiles taps leave each folder), depth first: visit
    // answers for a folder whether to enter it. A folder that is one of its own ancestors (by
    // identity: a link back up, `up -> ..`) is a cycle and is not entered; a link to a folder
    // elsewhere is, once where the file system cannot tell identities. Folders are listed through
    // the build's input file system.
    private static void Walk(BuildContext context, string root, Func<string, string, bool, bool> visit)
    {
        var fileSystem = context.FileSystem;
        var filesHook = context.ContextModuleFactory?.Hooks.ContextModuleFiles is { IsUsed: true } tapped ? tapped : null;
        var stack = new Stack<(string Path, Ancestor? Chain)>();
        var linked = new HashSet<string>(StringComparer.Ordinal);
        Ancestor? rootChain = fileSystem.TryGetIdentity(root, out var rootIdentity) ? new Ancestor(rootIdentity, null) : null;
        stack.Push((root, rootChain));
        while (stack.Count > 0)
        {
            var (directory, chain) = stack.Pop();
            var entries = fileSystem.ReadDirectory(directory);
            var kept = filesHook is null ? null : KeptNames(filesHook, entries);
            foreach (var entry in entries)
            {
                if (kept is not null && !kept.Contains(entry.Name))
                    continue;
                var path = Path.Join(directory, entry.Name);
                var isDirectory = entry.Kind == FileKind.Directory;
                if (!visit(entry.Name, path, isDirectory) || !isDirectory)
                    continue;
                if (chain is not null && fileSystem.TryGetIdentity(path, out var identity))
                {
                    if (!chain.Contains(identity))
                        stack.Push((path, new Ancestor(identity, chain)));
                }
                else if (!entry.IsSymbolicLink || linked.Add(FinalTarget(fileSystem, path)))
                {
                    stack.Push((path, null));
                }
            }
        }
    }

    // The folders from the context's root down to one being walked, by identity.
    private sealed record Ancestor(FileIdentity Identity, Ancestor? Parent)
    {
        public bool Contains(FileIdentity identity)
        {
            for (var current = this; current is not null; current = current.Parent)
            {
                if (current.Identity == identity)
                    return true;
            }
            return false;
        }
    }

    // Follows webpack's ContextModuleFactory.resolveDependencies: every file under the folder
    // (include and exclude tested on its full path) and its alternative requests that match the
    // context's pattern.
    private static void AddDirectory(BuildContext context, string root, bool recursive, Regex pattern, Regex? include, Regex? exclude, List<(string Key, string Request, string Directory)> requests)
    {
        var resolve = context.Options.Resolve;
        var alternatives = new List<string>();
        Walk(context, root, (_, path, isDirectory) =>
        {
            if (exclude is not null && exclude.IsMatch(path))
                return false;
            if (isDirectory)
                return recursive;
            if (include is not null && !include.IsMatch(path))
                return false;
            alternatives.Clear();
            AlternativeRequests(root, "./" + Path.GetRelativePath(root, path).Replace('\\', '/'), resolve, alternatives);
            foreach (var request in alternatives)
            {
                if (pattern.IsMatch(request)) requests.Add((request, request, root));
            }
            return false;
        });
    }

    // What the contextModuleFiles taps keep of a folder's names.
    private static HashSet<string> KeptNames(Core.Hooks.SyncWaterfallHook<IReadOnlyList<string>> hook, IReadOnlyList<DirectoryEntry> entries)
    {
        var names = new string[entries.Count];
        for (var i = 0; i < names.Length; i++)
            names[i] = entries[i].Name;
        return new HashSet<string>(hook.Call(names), StringComparer.Ordinal);
    }

    // Where a chain of links ends (the kernel's limit of 40 links), for a file system that cannot
    // tell a folder's identity.
    private static string FinalTarget(IFileSystem fileSystem, string path)
    {
        for (var i = 0; i < 40 && fileSystem.ReadLink(path) is { } target; i++)
            path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path) ?? path, target));
        return path;
    }

    // Follows the alternativeRequests hook of webpack's RequireContextPlugin: a file is also
    // requested without an extension of resolve.extensions ("./a"), as its folder when it is a
    // main file ("./dir/", "./dir"), and as a module request when it lies in a modules folder
    // ("./node_modules/x/index.js" becomes "x/index.js" only).
    private static void AlternativeRequests(string root, string request, ResolveOptions resolve, List<string> result)
    {
        var items = new List<string>(4);
        foreach (var extension in resolve.Extensions)
        {
            if (extension.Length > 0 && request.EndsWith(extension, StringComparison.Ordinal))
                items.Add(request[..^extension.Length]);
        }
        items.Add(request);
        var withMainFiles = new List<string>(items.Count * 2);
        foreach (var item in items)
        {
            foreach (var mainFile in resolve.MainFiles)
            {
                if (item.Length > mainFile.Length && item.EndsWith(mainFile, StringComparison.Ordinal) && item[^(mainFile.Length + 1)] == '/')
                {
                    withMainFiles.Add(item[..^mainFile.Length]);
                    withMainFiles.Add(item[..^(mainFile.Length + 1)]);
                }
            }
            withMainFiles.Add(item);
        }
        foreach (var item in withMainFiles)
        {
            var hide = false;
            foreach (var folder in resolve.Modules)
            {
                if (!Path.IsPathRooted(folder))
                {
                    if (item.Length > folder.Length + 3 && item.StartsWith("./", StringComparison.Ordinal)
                        && string.CompareOrdinal(item, 2, folder, 0, folder.Length) == 0 && item[folder.Length + 2] == '/')
                    {
                        result.Add(item[(folder.Length + 3)..]);
                        hide = true;
                    }
                    continue;
                }
                var full = root.Replace('\\', '/') + item[1..];
                var absolute = folder.Replace('\\', '/');
                if (full.StartsWith(absolute, StringComparison.Ordinal) && full.Length > absolute.Length + 1)
                    result.Add(full[(absolute.Length + 1)..]);
            }
            if (!hide) result.Add(item);
        }
    }

    /// <summary>webpack's Template.toPath: runs of characters not allowed in a file name become "-".</summary>
    private static string ToPath(string request)
    {
        var builder = new StringBuilder(request.Length);
        foreach (var c in request)
        {
            var allowed = char.IsAsciiLetterOrDigit(c) || "_!§$()=-^°".Contains(c);
            if (allowed) builder.Append(c);
            else if (builder.Length == 0 || builder[^1] != '-') builder.Append('-');
        }
        return builder.ToString().Trim('-');
    }

    // webpack's getReturnModuleObjectSource with async deps: an element without top-level await
    // resolves to its deferred namespace (mode = fake map type ^ 1; a namespace's is 9), after the
    // async modules its graph reaches.
    private const string DeferredReturn =
        "ids[2] ? ids[2].length ? Promise.resolve(__webpack_require__.zT(ids[2])).then(__webpack_require__.z.bind(__webpack_require__, id, (ids[1] || 9) ^ 1, true)) : __webpack_require__.z(id, (ids[1] || 9) ^ 1 | 16) : ";

    /// <inheritdoc />
    public override CodeGenerationResult Generate(CodeGenerationContext context)
    {
        if (Options.Glob is { } glob)
            return Finish(GenerateGlob(context, glob, out var globRequirements), globRequirements, context.Options);
        var requirements = RuntimeGlobals.Module | RuntimeGlobals.Require | RuntimeGlobals.HasOwnProperty;
        var isAsync = Options.Mode is "lazy" or "eager" or "lazy-once" or "async-weak";
        var entries = new List<(string Key, string Value)>();
        var anyChunks = false;
        var multipleOrNoChunks = false;
        var anyAnalyzable = false;
        var anyFallback = false;
        var chunkSlots = new List<(List<string> Ids, List<string>? Loaders)>();
        foreach (var (key, element) in _elements)
        {
            if (element.Target is not { } target)
                continue;
            var id = context.ModuleIdLiteral(target);
            if (!isAsync)
            {
                entries.Add((key, id));
                continue;
            }
            // Follows webpack's fake map: how to turn a non-ES module into a namespace (0 here for
            // a namespace, which needs none).
            var fakeMode = FakeMode(target.GetExportsType(strict: Options.StrictNamespace));
            if (fakeMode == 9) fakeMode = 0;
            if (fakeMode != 0) requirements |= RuntimeGlobals.CreateFakeNamespaceObject;
            var chunkIds = element.Block is { } elementBlock && Options.Mode == "lazy" ? CodeGenerationContext.ChunkIdsOf(elementBlock) : [];
            if (chunkIds.Count > 0) anyChunks = true;
            // Analyzable ES module output: a chunk slot holds a loader, a literal import() where the chunk can be named.
            List<string>? loaders = null;
            if (chunkIds.Count > 0 && context.Analyzable is { } analyzable)
            {
                loaders = new List<string>(chunkIds.Count);
                var loaded = LoadedChunks(element.Block!);
                for (var c = 0; c < loaded.Count; c++)
                {
                    if (analyzable.ChunkImport(loaded[c], "", this, ref requirements) is { } import)
                    {
                        anyAnalyzable = true;
                        loaders.Add("() => (" + import + ")");
                    }
                    else
                    {
                        anyFallback = true;
                        loaders.Add("() => (__webpack_require__.e(" + chunkIds[c] + "))");
                    }
                }
            }
            else if (chunkIds.Count > 0)
            {
                anyFallback = true;
            }
            if (chunkIds.Count != 1) multipleOrNoChunks = true;
            // import.defer(): the async modules the element's graph reaches (null: it has top-level
            // await itself, so it is imported as it is).
            var deferSlot = "";
            if (Options.Deferred)
            {
                var builder = new StringBuilder();
                if (target.HasTopLevelAwait)
                    builder.Append("null");
                else
                    DeferredImports.AppendIds(builder, DeferredImports.OutgoingAsyncModules(context.Graph, target), context.ModuleIdLiteral);
                deferSlot = ", " + builder;
            }
            entries.Add((key, $"[{id}, {fakeMode}{deferSlot}"));
            chunkSlots.Add((chunkIds, loaders));
        }
        // The chunks close each element's entry: loaders when one of them names its chunk, else ids (the smaller map).
        if (isAsync)
        {
            for (var i = 0; i < entries.Count; i++)
            {
                var (ids, loaders) = chunkSlots[i];
                var slots = anyAnalyzable && loaders is not null ? loaders : ids;
                entries[i] = (entries[i].Key, entries[i].Value + (slots.Count > 0 ? ", " + string.Join(", ", slots) : "") + "]");
            }
        }
        // Elements are in request order; of two with one request (./a from a.js and a.json) the
        // last wins, as in webpack's map object.
        for (var i = entries.Count - 2; i >= 0; i--)
        {
            if (entries[i].Key == entries[i + 1].Key) entries.RemoveAt(i);
        }
        var code = new StringBuilder("var map = {\n");
        for (var i = 0; i < entries.Count; i++)
        {
            code.Append('\t').Append(CodeGenerationContext.JsonString(entries[i].Key)).Append(": ").Append(entries[i].Value);
            code.Append(i + 1 < entries.Count ? ",\n" : "\n");
        }
        code.Append("};\n");
        const string NotFound = "if(!__webpack_require__.o(map, req)) {\n\t\tvar e = new Error(\"Cannot find module '\" + req + \"'\");\n\t\te.code = 'MODULE_NOT_FOUND';\n\t\tthrow e;\n\t}\n";
        if (isAsync)
        {
            // lazy: load the element's chunks first; lazy-once: the one chunk of all elements;
            // async-weak: nothing, but the module must already be there.
            var weakCheck = Options.Mode == "async-weak"
                ? "\t\tif(!__webpack_require__.m[id]) {\n\t\t\tvar e = new Error(\"Module '\" + req + \"' ('\" + id + \"') is not available (weak dependency)\");\n\t\t\te.code = 'MODULE_NOT_FOUND';\n\t\t\tthrow e;\n\t\t}\n"
                : "";
            if (Options.Mode == "async-weak") requirements |= RuntimeGlobals.ModuleFactories;
            var returnModule = (Options.Deferred ? DeferredReturn : "") + "ids[1] ? __webpack_require__.t(id, ids[1] | 16) : __webpack_require__(id);";
            if (anyChunks)
            {
                // webpack's getLazySource with chunks: the element's chunks load at once, with no
                // extra turn of the microtask queue before or after (an element whose chunks are
                // in resolves as soon as they are).
                var chunks = Options.Deferred ? 3 : 2;
                if (anyFallback)
                    requirements |= RuntimeGlobals.EnsureChunk;
                var ensure = anyAnalyzable
                    ? multipleOrNoChunks ? $"Promise.all(ids.slice({chunks}).map((load) => (load())))" : $"ids[{chunks}]()"
                    : multipleOrNoChunks ? $"Promise.all(ids.slice({chunks}).map(__webpack_require__.e))" : $"__webpack_require__.e(ids[{chunks}])";
                code.Append("function webpackAsyncContext(req) {\n\ttry {\n\t\tif(!__webpack_require__.o(map, req)) {\n")
                    .Append("\t\t\treturn Promise.resolve().then(() => {\n\t\t\t\tvar e = new Error(\"Cannot find module '\" + req + \"'\");\n\t\t\t\te.code = 'MODULE_NOT_FOUND';\n\t\t\t\tthrow e;\n\t\t\t});\n\t\t}\n")
                    .Append("\t} catch(err) {\n\t\treturn Promise.reject(err);\n\t}\n\n")
                    .Append("\tvar ids = map[req], id = ids[0];\n")
                    .Append("\treturn ").Append(ensure).Append(".then(() => {\n")
                    .Append("\t\treturn ").Append(returnModule).Append("\n\t});\n}\n");
            }
            else
            {
                // lazy-once: webpack's getLazyOnceSource, the one block's promise (a literal import() where analyzable).
                var load = "Promise.resolve()";
                if (Blocks.Count == 1 && Options.Mode == "lazy-once")
                {
                    var template = new TemplateContext(this, new ReplaceSource(new RawSource("")), context) { RuntimeRequirements = requirements };
                    load = template.BlockPromise(Blocks[0], "lazy-once context");
                    requirements = template.RuntimeRequirements;
                }
                code.Append("function webpackAsyncContext(req) {\n\treturn Promise.resolve().then(() => {\n\t").Append(NotFound)
                    .Append("\t\tvar ids = map[req], id = ids[0];\n")
                    .Append("\t\treturn ").Append(load).Append(".then(() => {\n").Append(weakCheck)
                    .Append("\t\t\treturn ").Append(returnModule).Append("\n\t\t});\n\t});\n}\n");
            }
            code.Append("webpackAsyncContext.keys = () => (Object.keys(map));\n")
                .Append("webpackAsyncContext.id = ").Append(context.ModuleIdLiteral(this)).Append(";\n")
                .Append("module.exports = webpackAsyncContext;");
        }
        else
        {
            // weak: the module is used only when another chunk already brought it in.
            var weakCheck = Options.Mode == "weak"
                ? "\tif(!__webpack_require__.m[id]) {\n\t\tvar e = new Error(\"Module '\" + req + \"' ('\" + id + \"') is not available (weak dependency)\");\n\t\te.code = 'MODULE_NOT_FOUND';\n\t\tthrow e;\n\t}\n"
                : "";
            if (Options.Mode == "weak") requirements |= RuntimeGlobals.ModuleFactories;
            code.Append("function webpackContext(req) {\n\tvar id = webpackContextResolve(req);\n").Append(weakCheck).Append("\treturn __webpack_require__(id);\n}\n")
                .Append("function webpackContextResolve(req) {\n\t").Append(NotFound).Append("\treturn map[req];\n}\n")
                .Append("webpackContext.keys = function webpackContextKeys() {\n\treturn Object.keys(map);\n};\n")
                .Append("webpackContext.resolve = webpackContextResolve;\n")
                .Append("module.exports = webpackContext;\n")
                .Append("webpackContext.id = ").Append(context.ModuleIdLiteral(this)).Append(';');
        }
        if (Options.Deferred)
            requirements |= RuntimeGlobals.MakeDeferredNamespaceObject;
        // All of it is generated: on an ES5 target its arrows become functions.
        return Finish(context.Options.Output.Environment.ArrowFunction ? code.ToString() : Runtime.FunctionSyntax.WithoutArrows(code.ToString()), requirements, context.Options);
    }

    // The chunks an element's block loads (webpack's blockPromise filter: no runtime chunk, an id).
    private static List<Core.ChunkGraph.Chunk> LoadedChunks(AsyncDependenciesBlock block)
    {
        var chunks = new List<Core.ChunkGraph.Chunk>();
        if (block.Group is { } group)
        {
            foreach (var chunk in group.Chunks)
            {
                if (!chunk.HasRuntime && chunk.Id.Length > 0)
                    chunks.Add(chunk);
            }
        }
        return chunks;
    }

    // webpack's ContextModule.getSource: under a devtool the code maps to itself, named like the module.
    // It is strict where module.parser.javascript.overrideStrict says so (webpack's buildInfo.strict).
    private CodeGenerationResult Finish(string text, RuntimeGlobals requirements, Core.Options.SharpackOptions options)
    {
        Source source = UseSourceMap || UseSimpleSourceMap ? new OriginalSource(text, "webpack://" + ReadableIdentifier) : new RawSource(text);
        var strict = options.Parser.TryGetValue("javascript", out var javascript)
            && javascript["overrideStrict"] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var overrideStrict) && overrideStrict == "strict";
        return new CodeGenerationResult(source, requirements) { Strict = strict };
    }

    // webpack's getGlobSourceString: an object from each match's key (in key order) to its
    // module (eager; its namespace, or the one export `import` names) or to a function that
    // imports it (lazy).
    private string GenerateGlob(CodeGenerationContext context, GlobContextOptions glob, out RuntimeGlobals requirements)
    {
        requirements = RuntimeGlobals.Module | RuntimeGlobals.HasOwnProperty;
        var access = glob.ImportName is { } importName ? PropertyNames.Access(importName) : "";
        var entries = new StringBuilder();
        if (_elements.Count == 0)
            return "\nmodule.exports = {};\n";
        if (Options.Mode == "lazy")
        {
            var template = new TemplateContext(this, new ReplaceSource(new RawSource("")), context);
            foreach (var (key, element) in _elements)
            {
                if (element.Target is not { } target || element.Block is not { } block)
                    continue;
                var promise = ModuleNamespacePromise.Create(template, target, Sharpack.JavaScript.Ast.ImportPhase.Evaluation,
                    template.BlockPromise(block, "import.meta.glob"), Options.StrictNamespace);
                if (access.Length > 0)
                    promise += ".then(function(m) { return m" + access + "; })";
                if (entries.Length > 0) entries.Append(',');
                entries.Append("\n  ").Append(CodeGenerationContext.JsonString(key)).Append(": function() { return ").Append(promise).Append("; }");
            }
            requirements |= template.RuntimeRequirements | RuntimeGlobals.Require;
            return "\nmodule.exports = {" + entries + "\n};\n";
        }
        // The fake map: how each match becomes a namespace, one mode for all when they agree.
        var modes = new List<(string Id, int Mode)>(_elements.Count);
        var kinds = 0;
        foreach (var (_, element) in _elements)
        {
            if (element.Target is not { } target)
                continue;
            var mode = FakeMode(target.GetExportsType(strict: Options.StrictNamespace));
            kinds |= mode switch { 9 => 1, 7 => 2, 1 => 4, _ => 8 };
            modes.Add((context.ModuleIdLiteral(target), mode));
        }
        var uniform = kinds switch { 0 or 1 => 9, 2 => 7, 4 => 1, 8 => 3, _ => -1 };
        var returned = uniform switch
        {
            9 => "__webpack_require__(id)",
            -1 => "__webpack_require__.t(id, fakeMap[id])",
            _ => "__webpack_require__.t(id, " + uniform.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")",
        };
        requirements |= RuntimeGlobals.Require | (uniform == 9 ? RuntimeGlobals.None : RuntimeGlobals.CreateFakeNamespaceObject);
        foreach (var (key, element) in _elements)
        {
            if (entries.Length > 0) entries.Append(',');
            entries.Append("\n  ").Append(CodeGenerationContext.JsonString(key)).Append(": ");
            if (element.Target is { } target)
                entries.Append("(function() { var id = ").Append(context.ModuleIdLiteral(target)).Append("; return ").Append(returned).Append("; })()").Append(access);
            else
                entries.Append("undefined /* ").Append(CodeGenerationContext.JsonString(key)).Append(" */");
        }
        var fakeMap = new StringBuilder();
        if (uniform == -1)
        {
            // JSON.stringify(fakeMap, null, "\t") of an object keyed by module id: integer keys
            // first, ascending, as a JavaScript object orders them.
            modes.Sort(static (a, b) => CompareObjectKeys(a.Id, b.Id));
            fakeMap.Append("var fakeMap = {");
            for (var i = 0; i < modes.Count; i++)
            {
                fakeMap.Append(i == 0 ? "\n\t" : ",\n\t").Append(modes[i].Id[0] == '"' ? modes[i].Id : "\"" + modes[i].Id + "\"")
                    .Append(": ").Append(modes[i].Mode.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            fakeMap.Append("\n};");
        }
        return fakeMap + "\n\nmodule.exports = {" + entries + "\n};\n";
    }

    // webpack's fake map type of an exports type: 9 namespace, 7 dynamic, 3 default with named, 1 default only.
    private static int FakeMode(ExportsType exportsType) => exportsType switch
    {
        ExportsType.Namespace => 9,
        ExportsType.Dynamic => 7,
        ExportsType.DefaultWithNamed => 3,
        _ => 1,
    };

    private static int CompareObjectKeys(string a, string b)
    {
        var aInteger = !a.StartsWith('"');
        var bInteger = !b.StartsWith('"');
        if (aInteger != bInteger) return aInteger ? -1 : 1;
        if (aInteger)
            return double.Parse(a, System.Globalization.CultureInfo.InvariantCulture).CompareTo(double.Parse(b, System.Globalization.CultureInfo.InvariantCulture));
        return string.CompareOrdinal(a, b);
    }
}
