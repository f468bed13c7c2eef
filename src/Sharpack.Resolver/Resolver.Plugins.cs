// The plugins of the pipeline, each following the enhanced-resolve file of the same name
// (lib/ParsePlugin.js, lib/DescriptionFilePlugin.js, lib/AliasPlugin.js with lib/AliasUtils.js,
// lib/AliasFieldPlugin.js, lib/ExportsFieldPlugin.js, lib/ImportsFieldPlugin.js,
// lib/SelfReferencePlugin.js, lib/MainFieldPlugin.js, lib/SymlinkPlugin.js, …). Each takes the
// request, may hand a changed copy to its target hook, and answers with an Outcome.

using System.Text.Json;

namespace Sharpack.Resolver;

public sealed partial class Resolver
{
    private Outcome ParsePlugin(in Request request, ResolveContext context, bool fullySpecified, bool forceNotInternal)
    {
        var identifier = request.RequestText ?? "";
        Identifier.TryParse(identifier, out var path, out var query, out var fragment);
        var obj = request;
        obj.Query = query.Length > 0 ? query : request.Query ?? "";
        obj.Fragment = fragment.Length > 0 ? fragment : request.Fragment ?? "";
        obj.Module = false;
        obj.Directory = false;
        obj.Internal = false;
        if (path.Length > 0)
        {
            var type = PathUtil.GetType(path);
            obj.Module = type == PathType.Normal;
            obj.Internal = ReferenceEquals(identifier, path) ? type == PathType.Internal : PathUtil.GetType(identifier) == PathType.Internal;
            obj.Directory = path[^1] == '/';
            if (obj.Directory) path = path[..^1];
        }
        obj.RequestText = path;
        obj.FullySpecified = fullySpecified;
        if (forceNotInternal) obj.Internal = false;

        if (obj.RequestText.Length > 0 && obj.Query.Length == 0 && obj.Fragment.Length > 0)
        {
            var directory = obj.Fragment[^1] == '/';
            var alternative = obj;
            alternative.Directory = directory;
            alternative.RequestText = obj.RequestText + (obj.Directory ? "/" : "") + (directory ? obj.Fragment[..^1] : obj.Fragment);
            alternative.Fragment = "";
            var outcome = Run(Hook.ParsedResolve, alternative, context);
            if (!outcome.IsContinue) return outcome;
        }
        return Run(Hook.ParsedResolve, obj, context);
    }

    private Outcome DescriptionFilePlugin(in Request request, ResolveContext context, bool pathIsFile, Hook target)
    {
        var path = request.Path;
        if (string.IsNullOrEmpty(path)) return Outcome.Continue;
        var directory = pathIsFile ? PathUtil.CdUp(path) : path;
        if (directory is null) return Outcome.Continue;

        DescriptionFile? file = null;
        while (true)
        {
            if (request.Description is not null && request.DescriptionRoot == directory)
            {
                file = request.Description;
                break;
            }
            var level = DescriptionLevelOf(directory);
            foreach (var filePath in level.FilePaths)
            {
                var entry = _cache.DescriptionFile(filePath, directory);
                if (entry.Error is { } error)
                {
                    context.AddFile(filePath);
                    return Outcome.Fail(error);
                }
                if (entry.File is { } found)
                {
                    context.AddFile(filePath);
                    file = found;
                    break;
                }
                context.AddMissing(filePath);
            }
            if (file is not null) break;
            if (level.Parent is null) return Outcome.Continue;
            directory = level.Parent;
        }

        var rawRelative = path[directory.Length..];
        var obj = request;
        obj.Description = file;
        obj.DescriptionRoot = directory;
        obj.RelativePath = "." + (rawRelative.Contains('\\') ? rawRelative.Replace('\\', '/') : rawRelative);
        return Run(target, obj, context).OrStop;
    }

    private Outcome JoinRequestPlugin(in Request request, ResolveContext context, Hook target)
    {
        var obj = request;
        obj.Path = PathUtil.Join(request.Path ?? "", request.RequestText);
        obj.RelativePath = string.IsNullOrEmpty(request.RelativePath) ? request.RelativePath : PathUtil.Join(request.RelativePath, request.RequestText);
        obj.RequestText = null;
        return Run(target, obj, context);
    }

    private Outcome RootsPlugin(in Request request, ResolveContext context)
    {
        var req = request.RequestText;
        if (string.IsNullOrEmpty(req) || req[0] != '/') return Outcome.Continue;
        foreach (var root in _roots)
        {
            var obj = request;
            obj.Path = PathUtil.Join(root, req[1..]);
            obj.RelativePath = string.IsNullOrEmpty(request.RelativePath) ? request.RelativePath : obj.Path;
            var outcome = Run(Hook.Relative, obj, context);
            if (!outcome.IsContinue) return outcome;
        }
        return Outcome.Continue;
    }

    // lib/AliasUtils.js aliasResolveHandler.
    private Outcome AliasPlugin(AliasEntry[] entries, in Request request, ResolveContext context)
    {
        var innerRequest = string.IsNullOrEmpty(request.RequestText) ? request.Path : request.RequestText;
        if (string.IsNullOrEmpty(innerRequest)) return Outcome.Continue;
        var hasRequestString = !string.IsNullOrEmpty(request.RequestText);
        foreach (var item in entries)
        {
            var outcome = AliasItem(item, innerRequest, hasRequestString, request, context);
            if (!outcome.IsContinue) return outcome;
        }
        return Outcome.Continue;
    }

    private Outcome AliasItem(AliasEntry item, string innerRequest, bool hasRequestString, in Request request, ResolveContext context)
    {
        var name = item.Name;
        var star = name.IndexOf('*');
        string? wildcardPrefix = null, wildcardSuffix = null;
        if (star != -1 && name.IndexOf('*', star + 1) == -1)
        {
            wildcardPrefix = name[..star];
            wildcardSuffix = name[(star + 1)..];
        }
        var nameType = PathUtil.GetType(name);
        var absolutePath = nameType is PathType.AbsolutePosix or PathType.AbsoluteWin ? PathUtil.Join(name, "_")[..^1] : null;
        var matchRequest = innerRequest == name
            || (!item.OnlyModule && ((hasRequestString && innerRequest.Length > name.Length && innerRequest[name.Length] == '/' && innerRequest.StartsWith(name, StringComparison.Ordinal))
                || (absolutePath is not null && innerRequest.StartsWith(absolutePath, StringComparison.Ordinal))));
        var matchWildcard = !item.OnlyModule && wildcardPrefix is not null;
        if (!matchRequest && !matchWildcard) return Outcome.Continue;

        var shouldStop = false;
        foreach (var alias in item.Targets)
        {
            if (alias is null)
            {
                var ignored = request;
                ignored.Ignored = true;
                if (context.Yielded is null)
                    return Outcome.Found(ignored);
                // With yield the ignored request is reported and the resolution goes on: the
                // array's later targets are not tried, the raw request is unless one was.
                context.Yielded.Add(ignored);
                return shouldStop ? Outcome.Stop : Outcome.Continue;
            }
            string? newRequest = null;
            if (matchWildcard && innerRequest.StartsWith(wildcardPrefix!, StringComparison.Ordinal) && innerRequest.EndsWith(wildcardSuffix!, StringComparison.Ordinal)
                && innerRequest.Length >= wildcardPrefix!.Length + wildcardSuffix!.Length)
            {
                var match = innerRequest.Substring(wildcardPrefix.Length, innerRequest.Length - wildcardSuffix.Length - wildcardPrefix.Length);
                var aliasStar = alias.IndexOf('*');
                newRequest = aliasStar == -1 ? alias : string.Concat(alias.AsSpan(0, aliasStar), match, alias.AsSpan(aliasStar + 1));
            }
            if (matchRequest && innerRequest != alias && !(innerRequest.Length > alias.Length && innerRequest[alias.Length] == '/' && innerRequest.StartsWith(alias, StringComparison.Ordinal)))
            {
                newRequest = alias + innerRequest[name.Length..];
            }
            if (newRequest is null) continue;
            shouldStop = true;
            var obj = request;
            obj.RequestText = newRequest;
            obj.FullySpecified = false;
            var outcome = Run(Hook.InternalResolve, obj, context);
            if (!outcome.IsContinue) return outcome;
        }
        return shouldStop ? Outcome.Stop : Outcome.Continue;
    }

    // lib/getInnerRequest.js
    private static string? InnerRequest(in Request request)
    {
        if (!string.IsNullOrEmpty(request.RequestText))
        {
            var inner = request.RequestText;
            if (!string.IsNullOrEmpty(request.RelativePath) && PathUtil.IsRelativeRequest(inner))
                inner = PathUtil.Join(request.RelativePath, inner);
            return inner;
        }
        return request.RelativePath;
    }

    private Outcome AliasFieldPlugin(string field, in Request request, ResolveContext context)
    {
        if (request.Description is not { } description) return Outcome.Continue;
        var innerRequest = InnerRequest(request);
        if (string.IsNullOrEmpty(innerRequest)) return Outcome.Continue;
        if (description.Field(field) is not { } fieldData || fieldData.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
            return Outcome.Continue;
        if (fieldData.ValueKind != JsonValueKind.Object) return Outcome.Continue;
        JsonElement data;
        if (!fieldData.TryGetProperty(innerRequest, out data))
        {
            if (!innerRequest.StartsWith("./", StringComparison.Ordinal) || !fieldData.TryGetProperty(innerRequest.AsSpan(2), out data))
                return Outcome.Continue;
        }
        switch (data.ValueKind)
        {
            case JsonValueKind.False:
                {
                    var ignored = request;
                    ignored.Ignored = true;
                    if (context.Yielded is null)
                        return Outcome.Found(ignored);
                    // AliasFieldPlugin with yield: reported, and this hook's later steps are skipped.
                    context.Yielded.Add(ignored);
                    return Outcome.Stop;
                }
            case JsonValueKind.String:
                {
                    var target = data.GetString()!;
                    if (target == innerRequest) return Outcome.Continue;
                    var obj = request;
                    obj.Path = request.DescriptionRoot;
                    obj.RequestText = target;
                    obj.FullySpecified = false;
                    return Run(Hook.InternalResolve, obj, context).OrStop;
                }
            default:
                return Outcome.Continue;
        }
    }

    private Outcome ExtensionAliasPlugin(string extension, string[] aliases, in Request request, ResolveContext context, Hook target)
    {
        var useRequest = request.RequestText is not null;
        var source = useRequest ? request.RequestText : request.Path;
        if (string.IsNullOrEmpty(source) || !source.EndsWith(extension, StringComparison.Ordinal)) return Outcome.Continue;
        var sourceBase = source[..^extension.Length];
        var relativePathBase = !useRequest && !string.IsNullOrEmpty(request.RelativePath) && request.RelativePath.EndsWith(extension, StringComparison.Ordinal)
            ? request.RelativePath[..^extension.Length]
            : null;
        for (var i = 0; i < aliases.Length; i++)
        {
            var alias = aliases[i];
            var obj = request;
            if (useRequest)
            {
                obj.RequestText = sourceBase + alias;
            }
            else
            {
                obj.Path = sourceBase + alias;
                obj.RelativePath = relativePathBase is not null ? relativePathBase + alias : request.RelativePath;
            }
            obj.FullySpecified = true;
            var outcome = Run(target, obj, context);
            // An error from an alias that is not the last is ignored: the next one is tried.
            if (outcome.Kind == OutcomeKind.Error && aliases.Length > 1 && i + 1 < aliases.Length) continue;
            if (!outcome.IsContinue) return outcome;
        }
        return Array.IndexOf(aliases, extension) >= 0 ? Outcome.Continue : Outcome.Stop;
    }

    // `./a.js` that is not there, written for the TypeScript file a.ts (TypeScript's ES module style):
    // the TypeScript file when there is one, else the request's own outcome.
    private Outcome TypeScriptSourcePlugin(in Request request, ResolveContext context, Outcome original)
    {
        var useRequest = request.RequestText is not null;
        var source = useRequest ? request.RequestText : request.Path;
        if (string.IsNullOrEmpty(source))
            return original;
        string[] alternatives;
        string extension;
        if (source.EndsWith(".js", StringComparison.Ordinal)) (extension, alternatives) = (".js", s_typeScriptForJs);
        else if (source.EndsWith(".jsx", StringComparison.Ordinal)) (extension, alternatives) = (".jsx", s_typeScriptForJsx);
        else if (source.EndsWith(".mjs", StringComparison.Ordinal)) (extension, alternatives) = (".mjs", s_typeScriptForMjs);
        else if (source.EndsWith(".cjs", StringComparison.Ordinal)) (extension, alternatives) = (".cjs", s_typeScriptForCjs);
        else return original;
        var sourceBase = source[..^extension.Length];
        var relativePathBase = !useRequest && !string.IsNullOrEmpty(request.RelativePath) && request.RelativePath.EndsWith(extension, StringComparison.Ordinal)
            ? request.RelativePath[..^extension.Length]
            : null;
        foreach (var alternative in alternatives)
        {
            var obj = request;
            if (useRequest)
            {
                obj.RequestText = sourceBase + alternative;
            }
            else
            {
                obj.Path = sourceBase + alternative;
                obj.RelativePath = relativePathBase is not null ? relativePathBase + alternative : request.RelativePath;
            }
            obj.FullySpecified = true;
            var outcome = Run(Hook.NormalResolve, obj, context);
            if (outcome.Kind == OutcomeKind.Found)
                return outcome;
        }
        return original;
    }

    private static readonly string[] s_typeScriptForJs = [".ts", ".tsx"];
    private static readonly string[] s_typeScriptForJsx = [".tsx"];
    private static readonly string[] s_typeScriptForMjs = [".mts"];
    private static readonly string[] s_typeScriptForCjs = [".cts"];

    private Outcome ImportsFieldPlugin(string field, in Request request, ResolveContext context)
    {
        if (request.Description is not { } description || request.RequestText is null) return Outcome.Continue;
        var remaining = request.Query.Length > 0 || request.Fragment.Length > 0
            ? request.RequestText + request.Query + request.Fragment
            : request.RequestText;
        if (description.EntryPoints(field, isExports: false) is not { } processor) return Outcome.Continue;
        List<string> paths;
        string? usedField;
        try
        {
            if (request.Directory)
                return Outcome.Fail($"Resolving to directories is not possible with the imports field (request was {remaining}/)");
            paths = processor.Process(remaining, _conditionNames, out usedField);
        }
        catch (EntryPointsException e)
        {
            return Outcome.Fail($"{e.Message} (see imports field in {description.Path})");
        }
        if (paths.Count == 0)
            return Outcome.Fail($"Package import {remaining} is not imported from package {request.DescriptionRoot} (see imports field in {description.Path})");

        for (var i = 0; i < paths.Count; i++)
        {
            var target = paths[i];
            if (!Identifier.TryParse(target, out var path, out var query, out var fragment)) continue;
            Outcome outcome;
            if (path.Length > 0 && path[0] == '.')
            {
                if (PathUtil.HasInvalidSegment(path.Length >= 2 ? path[2..] : "", allowEmpty: true))
                {
                    if (i == paths.Count - 1)
                        return Outcome.Fail($"Invalid \"imports\" target \"{target}\" defined for \"{usedField}\" in the package config {description.Path}, targets must start with \"./\"");
                    continue;
                }
                var obj = request;
                obj.RequestText = null;
                obj.Path = PathUtil.Join(request.DescriptionRoot!, path);
                obj.RelativePath = path;
                obj.Query = query;
                obj.Fragment = fragment;
                outcome = Run(Hook.ImportsFieldRelative, obj, context).OrStop;
            }
            else
            {
                var obj = request;
                obj.RequestText = path;
                obj.RelativePath = path;
                obj.FullySpecified = true;
                obj.Query = query;
                obj.Fragment = fragment;
                outcome = Run(Hook.ImportsResolve, obj, context).OrStop;
            }
            if (!outcome.IsContinue) return outcome.Kind == OutcomeKind.Stop ? Outcome.Stop : outcome;
        }
        return Outcome.Stop;
    }

    private Outcome ExportsFieldPlugin(string field, in Request request, ResolveContext context)
    {
        if (request.Description is not { } description) return Outcome.Continue;
        if (request.RelativePath != "." || request.RequestText is null) return Outcome.Continue;
        var remaining = request.Query.Length > 0 || request.Fragment.Length > 0
            ? (request.RequestText == "." ? "./" : request.RequestText) + request.Query + request.Fragment
            : request.RequestText;
        List<string> paths;
        string? usedField;
        try
        {
            if (description.EntryPoints(field, isExports: true) is not { } processor) return Outcome.Continue;
            if (request.Directory)
                return Outcome.Fail($"Resolving to directories is not possible with the exports field (request was {remaining}/)");
            paths = processor.Process(remaining, _conditionNames, out usedField);
        }
        catch (EntryPointsException e)
        {
            return Outcome.Fail($"{e.Message} (see exports field in {description.Path})");
        }
        if (paths.Count == 0)
        {
            var conditions = _conditionNames.Count == 1
                ? $"the condition \"{_conditionNames.Items[0]}\""
                : $"the conditions {JsonText.QuoteArray(_conditionNames.Items)}";
            return Outcome.Fail($"\"{remaining}\" is not exported under {conditions} from package {request.DescriptionRoot} (see exports field in {description.Path})");
        }

        var blockedBefore = context.RestrictionBlocked;
        context.RestrictionBlocked = false;
        Outcome result = Outcome.Continue;
        for (var i = 0; i < paths.Count; i++)
        {
            var target = paths[i];
            if (!Identifier.TryParse(target, out var relativePath, out var query, out var fragment)) continue;
            if (!relativePath.StartsWith("./", StringComparison.Ordinal) || (PathUtil.HasInvalidSegment(relativePath[2..], allowEmpty: true) && PathUtil.HasInvalidSegment(relativePath[2..], allowEmpty: false)))
            {
                if (i == paths.Count - 1)
                    return Outcome.Fail($"Invalid \"exports\" target \"{target}\" defined for \"{usedField}\" in the package config {description.Path}, targets must start with \"./\"");
                continue;
            }
            var obj = request;
            obj.RequestText = null;
            obj.Path = PathUtil.Join(request.DescriptionRoot!, relativePath);
            obj.RelativePath = relativePath;
            obj.Query = query;
            obj.Fragment = fragment;
            result = Run(Hook.Relative, obj, context).OrStop;
            break;
        }
        var blocked = context.RestrictionBlocked;
        context.RestrictionBlocked = blockedBefore || blocked;
        if (result.Kind is OutcomeKind.Error or OutcomeKind.Found) return result;
        if (_restrictions.Length + _restrictionPatterns.Length > 0 && blocked) return Outcome.Stop;
        return Outcome.Fail($"Package path {remaining} is exported from package {request.DescriptionRoot}, but no valid target file was found (see exports field in {description.Path})");
    }

    private Outcome SelfReferencePlugin(string field, in Request request, ResolveContext context)
    {
        if (request.Description is not { } description) return Outcome.Continue;
        var req = request.RequestText;
        if (string.IsNullOrEmpty(req)) return Outcome.Continue;
        if (description.Field(field) is not { } exports || !DescriptionFile.Truthy(exports)) return Outcome.Continue;
        if (description.Field("name") is not { ValueKind: JsonValueKind.String } nameElement) return Outcome.Continue;
        var name = nameElement.GetString()!;
        if (!req.StartsWith(name, StringComparison.Ordinal) || (req.Length != name.Length && req[name.Length] != '/')) return Outcome.Continue;
        var obj = request;
        obj.RequestText = "." + req[name.Length..];
        obj.Path = request.DescriptionRoot;
        obj.RelativePath = ".";
        return Run(Hook.ResolveAsModule, obj, context);
    }

    // lib/ModulesUtils.js modulesResolveHandler: node_modules in the folder and every ancestor.
    private Outcome ModulesInHierarchicalDirectoriesPlugin(List<string> names, in Request request, ResolveContext context)
    {
        var relRequest = "./" + request.RequestText;
        var path = request.Path ?? "";
        foreach (var ancestor in PathsOf(path))
        {
            foreach (var name in names)
            {
                var address = PathUtil.Join(ancestor, name);
                if (_cache.Stat(address) != FileKind.Directory)
                {
                    context.AddMissing(address);
                    continue;
                }
                var obj = request;
                obj.Path = address;
                obj.RequestText = relRequest;
                obj.Module = false;
                var outcome = Run(Hook.Module, obj, context);
                if (!outcome.IsContinue) return outcome;
            }
        }
        return Outcome.Continue;
    }

    private Outcome ModulesInRootPlugin(string root, in Request request, ResolveContext context)
    {
        var obj = request;
        obj.Path = root;
        obj.RequestText = "./" + request.RequestText;
        obj.Module = false;
        return Run(Hook.Module, obj, context);
    }

    private Outcome JoinRequestPartPlugin(in Request request, ResolveContext context)
    {
        var req = request.RequestText ?? "";
        var i = req.Length > 3 ? req.IndexOf('/', 3) : -1;
        if (i >= 0 && req[2] == '@') i = req.IndexOf('/', i + 1);
        string moduleName, remaining;
        bool fullySpecified;
        if (i < 0)
        {
            moduleName = req;
            remaining = ".";
            fullySpecified = false;
        }
        else
        {
            moduleName = req[..i];
            remaining = "." + req[i..];
            fullySpecified = request.FullySpecified;
        }
        var obj = request;
        obj.Path = PathUtil.Join(request.Path ?? "", moduleName);
        obj.RelativePath = string.IsNullOrEmpty(request.RelativePath) ? request.RelativePath : PathUtil.Join(request.RelativePath, moduleName);
        obj.RequestText = remaining;
        obj.FullySpecified = fullySpecified;
        return Run(Hook.ResolveAsModule, obj, context);
    }

    private Outcome DirectoryExistsPlugin(in Request request, ResolveContext context, Hook target)
    {
        var directory = request.Path;
        if (string.IsNullOrEmpty(directory)) return Outcome.Continue;
        if (_cache.Stat(directory) != FileKind.Directory)
        {
            context.AddMissing(directory);
            return Outcome.Continue;
        }
        context.AddFile(directory);
        return Run(target, request, context);
    }

    private Outcome FileExistsPlugin(in Request request, ResolveContext context)
    {
        var file = request.Path;
        if (string.IsNullOrEmpty(file)) return Outcome.Continue;
        if (_cache.Stat(file) != FileKind.File)
        {
            context.AddMissing(file);
            return Outcome.Continue;
        }
        context.AddFile(file);
        return Run(Hook.ExistingFile, request, context);
    }

    private Outcome UseFilePlugin(string fileName, in Request request, ResolveContext context)
    {
        var obj = request;
        obj.Path = PathUtil.Join(request.Path ?? "", fileName);
        obj.RelativePath = string.IsNullOrEmpty(request.RelativePath) ? request.RelativePath : PathUtil.Join(request.RelativePath, fileName);
        return Run(Hook.UndescribedRawFile, obj, context);
    }

    private Outcome MainFieldPlugin(string field, in Request request, ResolveContext context)
    {
        if (request.Path != request.DescriptionRoot || request.Description is not { } description) return Outcome.Continue;
        if (request.MainFieldTried == description.Path) return Outcome.Continue;
        if (description.Field(field) is not { ValueKind: JsonValueKind.String } value) return Outcome.Continue;
        var main = value.GetString()!;
        if (main.Length == 0 || main == "." || main == "./") return Outcome.Continue;
        if (!(main.StartsWith("./", StringComparison.Ordinal) || main.StartsWith("../", StringComparison.Ordinal))) main = "./" + main;
        var obj = request;
        obj.RequestText = main;
        obj.Module = false;
        obj.Directory = main[^1] == '/';
        obj.MainFieldTried = description.Path;
        return Run(Hook.ResolveInExistingDirectory, obj, context);
    }

    // lib/SymlinkPlugin.js: replaces each symlinked segment by its target, stopping at the
    // first absolute target, and goes on with the new path until no segment is a link
    // (enhanced-resolve re-enters existing-file; here a loop, so a chain costs no stack).
    // The file exists, so the kernel resolved the same links within its limit; lexical joins
    // (".." in a target) or a file system that reports a cycle as a file could still go round
    // forever, so the links replaced are counted, and past Linux's limit the path is missing, as
    // if stat had said ELOOP.
    private Outcome SymlinkPlugin(in Request request, ResolveContext context)
    {
        var path = request.Path!;
        var followed = 0;
        while (true)
        {
            var paths = PathsOf(path);
            string[]? segments = null;
            var stopAt = -1;
            for (var idx = 0; idx < paths.Length; idx++)
            {
                context.AddFile(paths[idx]);
                var link = _cache.ReadLink(paths[idx]);
                if (string.IsNullOrEmpty(link)) continue;
                followed++;
                segments ??= GetSegments(paths);
                segments[idx] = link;
                var type = PathUtil.GetType(link);
                if (type is PathType.AbsolutePosix or PathType.AbsoluteWin)
                {
                    stopAt = idx;
                    break;
                }
            }
            if (segments is null) break;
            if (followed > MaxFollowedLinks)
            {
                context.AddMissing(request.Path!);
                return Outcome.Stop;
            }
            var last = stopAt >= 0 ? stopAt : segments.Length - 1;
            var result = segments[last];
            for (var i = last - 1; i >= 0; i--) result = PathUtil.Join(result, segments[i]);
            path = result;
        }
        if (ReferenceEquals(path, request.Path)) return Outcome.Continue;
        var obj = request;
        obj.Path = path;
        return Run(Hook.Resolved, obj, context).OrStop;
    }

    // The most symlinks one path may go through: Linux's MAXSYMLINKS, after which its path
    // lookup fails with ELOOP (node's fs calls fail there, which is where enhanced-resolve stops).
    private const int MaxFollowedLinks = 40;

    // The paths the description file plugin tries in a directory, and the directory above it.
    private sealed record DescriptionLevel(string[] FilePaths, string? Parent);

    // PERF: every request walks from its directory up to the nearest package.json, twice or more;
    // the paths of each step are the same every time, so they are computed once per directory
    // (the files themselves are still looked up in the ResolverCache, which a watcher invalidates).
    private DescriptionLevel DescriptionLevelOf(string directory)
    {
        if (_descriptionLevels.TryGetValue(directory, out var level)) return level;
        var filePaths = new string[_descriptionFiles.Length];
        for (var i = 0; i < filePaths.Length; i++) filePaths[i] = PathUtil.Join(directory, _descriptionFiles[i]);
        return _descriptionLevels.GetOrAdd(directory, new DescriptionLevel(filePaths, PathUtil.CdUp(directory)));
    }

    // GetPaths(path), with the ancestors' part computed once per directory: the paths of a file
    // are the file and then its directory's paths.
    private string[] PathsOf(string path)
    {
        var parent = ParentForPaths(path);
        if (parent is null || parent.Length <= 1) return GetPaths(path).ToArray();
        var ancestors = PathsOfDirectory(parent);
        var result = new string[ancestors.Length + 1];
        result[0] = path;
        ancestors.CopyTo(result, 1);
        return result;
    }

    private string[] PathsOfDirectory(string directory)
    {
        if (_paths.TryGetValue(directory, out var cached)) return cached;
        var parent = ParentForPaths(directory);
        string[] result;
        if (parent is null || parent.Length <= 1)
        {
            result = GetPaths(directory).ToArray();
        }
        else
        {
            var ancestors = PathsOfDirectory(parent);
            result = new string[ancestors.Length + 1];
            result[0] = directory;
            ancestors.CopyTo(result, 1);
        }
        return _paths.GetOrAdd(directory, result);
    }

    // The second entry of GetPaths(path), or null when it has none.
    private static string? ParentForPaths(string path)
    {
        if (path == "/") return null;
        var end = path.Length;
        while (end > 1 && path[end - 1] == '/') end--;
        var slash = path.LastIndexOf('/', end - 1);
        if (slash <= 0) return null;
        end = slash;
        while (end > 1 && path[end - 1] == '/') end--;
        return path[..end];
    }

    // lib/getPaths.js for a normalised absolute path: the path and each ancestor, up to "/".
    private static List<string> GetPaths(string path)
    {
        var paths = new List<string>(8) { path };
        if (path == "/") return paths;
        var end = path.Length;
        while (end > 1 && path[end - 1] == '/') end--;
        while (true)
        {
            var slash = path.LastIndexOf('/', end - 1);
            if (slash <= 0) break;
            end = slash;
            while (end > 1 && path[end - 1] == '/') end--;
            paths.Add(path[..end]);
        }
        if (path[0] == '/') paths.Add("/");
        return paths;
    }

    // The last segment of each of GetPaths' entries ("/" for the root).
    private static string[] GetSegments(string[] paths)
    {
        var segments = new string[paths.Length];
        for (var i = 0; i < paths.Length; i++)
            segments[i] = paths[i] == "/" ? "/" : PathUtil.Basename(paths[i]);
        return segments;
    }

    private Outcome TsConfigAliasPlugin(in Request request, ResolveContext context)
        => _tsConfig!.Alias.Length > 0 ? AliasPlugin(_tsConfig.Alias, request, context) : Outcome.Continue;

    private Outcome TsConfigModulesPlugin(in Request request, ResolveContext context)
    {
        if (_tsConfig!.BaseUrl is not { } baseUrl) return Outcome.Continue;
        if (_cache.Stat(baseUrl) != FileKind.Directory)
        {
            context.AddMissing(baseUrl);
            return Outcome.Continue;
        }
        return ModulesInRootPlugin(baseUrl, request, context);
    }
}
