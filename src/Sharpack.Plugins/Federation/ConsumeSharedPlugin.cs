// Follows webpack lib/sharing/ConsumeSharedPlugin.js and resolveMatchedConfigs.js: requests the
// configuration names (a package, a prefix ending in "/", or a relative or absolute path matched
// once resolved) become ConsumeSharedModules. Where no required version is given, the nearest
// package.json that lists the package (dependencies, peer, dev or optional) gives it.

using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.Make;
using ResolveData = Sharpack.Core.ResolveData;
using Sharpack.Core.Runtime;
using Sharpack.Core.Stats;

namespace Sharpack.Plugins.Federation;

/// <summary>webpack's <c>sharing.ConsumeSharedPlugin</c>.</summary>
public sealed class ConsumeSharedPlugin : IPlugin
{
    private readonly List<(string Request, ConsumeOptions Options)> _consumes;

    /// <summary>Consumes <paramref name="options"/>: <c>{ consumes, shareScope? }</c>.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public ConsumeSharedPlugin(JsonNode? options)
    {
        if (options is not JsonObject obj)
            throw new ArgumentException("Consume Shared Plugin: options should be an object { consumes, shareScope? }.");
        var shareScope = FederationOptions.String(obj, "shareScope") ?? "default";
        _consumes = FederationOptions.Parse(obj["consumes"],
            (item, key) =>
            {
                if (item is JsonArray)
                    throw new ArgumentException("Consume Shared Plugin: unexpected array in options.");
                var text = item.GetValue<string>();
                // A version string means the key is the request; another string is the request itself.
                return text == key || !SemverRange.IsRequiredVersion(text)
                    ? new ConsumeOptions(shareScope, key, key, null, null, false, false, false, false, null)
                    : new ConsumeOptions(shareScope, key, key, null, Range(text, key), false, true, false, false, null);
            },
            (item, key) =>
            {
                var import = FederationOptions.IsFalse(item, "import") ? null : FederationOptions.String(item, "import") ?? key;
                var singleton = FederationOptions.Bool(item, "singleton") ?? false;
                var required = FederationOptions.String(item, "requiredVersion");
                return new ConsumeOptions(FederationOptions.String(item, "shareScope") ?? shareScope, FederationOptions.String(item, "shareKey") ?? key, import, null,
                    required is null ? null : Range(required, key), FederationOptions.IsFalse(item, "requiredVersion"),
                    FederationOptions.Bool(item, "strictVersion") ?? (!FederationOptions.IsFalse(item, "import") && !singleton), singleton,
                    FederationOptions.Bool(item, "eager") ?? false, FederationOptions.String(item, "packageName"));
            },
            "Consume Shared Plugin: options.consumes");
    }

    private static SemverRange Range(string text, string key)
    {
        try
        {
            return SemverRange.Parse(text);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"Consume Shared Plugin: the required version of '{key}' is not a version range: {e.Message}", e);
        }
    }

    // webpack: a fallback that is a path resolves from the build's context, a package from the consumer's.
    private static bool IsDirectFallback(string request) => FederationOptions.IsRelativeRequest(request) || IsAbsoluteRequest(request);

    // webpack's /^(?:\/|[A-Z]:|\\\\)/i.
    private static bool IsAbsoluteRequest(string request) =>
        request.StartsWith('/') || request.StartsWith("\\\\", StringComparison.Ordinal) || (request.Length >= 2 && char.IsAsciiLetter(request[0]) && request[1] == ':');

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        var compilerContext = compiler.Options.Context;
        compiler.Hooks.ThisCompilation.Tap("ConsumeSharedPlugin", (compilation, parameters) =>
        {
            var packages = new ConcurrentDictionary<string, PackageJson?>(StringComparer.Ordinal);
            var unresolved = new Dictionary<string, ConsumeOptions>(StringComparer.Ordinal);
            var prefixed = new List<(string, ConsumeOptions)>();
            var toResolve = new List<(string, ConsumeOptions)>();
            foreach (var (request, options) in _consumes)
            {
                if (FederationOptions.IsRelativeRequest(request) || Path.IsPathRooted(request))
                    toResolve.Add((request, options));
                else if (request.EndsWith('/'))
                    prefixed.Add((request, options));
                else
                    unresolved[request] = options;
            }
            // The relative requests resolve once, from the context, when the first module is made.
            Dictionary<string, ConsumeOptions>? resolved = null;
            var resolveLock = new Lock();
            Dictionary<string, ConsumeOptions> Resolved(ResolveData data)
            {
                // PERF: every request of the build is factorized through here; after the first, no lock.
                if (Volatile.Read(ref resolved) is { } done)
                    return done;
                lock (resolveLock)
                {
                    if (resolved is not null)
                        return resolved;
                    var map = new Dictionary<string, ConsumeOptions>(StringComparer.Ordinal);
                    foreach (var (request, options) in toResolve)
                    {
                        if (!FederationOptions.IsRelativeRequest(request))
                        {
                            map[request] = options;
                            continue;
                        }
                        var result = data.ResolveWith?.Invoke(compilerContext, request, null);
                        if (result is { IsResolved: true })
                        {
                            map[result.FullPath] = options;
                        }
                        else
                        {
                            lock (compilation.Errors)
                                compilation.Errors.Add(new BuildDiagnostic($"Module not found: Error: {result?.Error ?? $"Can't resolve '{request}' in '{compilerContext}'"}", $"shared module {request}"));
                        }
                    }
                    Volatile.Write(ref resolved, map);
                    return map;
                }
            }
            bool Skips(ResolveData data) => data.Dependency is ConsumeSharedFallbackDependency or ProvideForSharedDependency;
            parameters.NormalModuleFactory.Hooks.Factorize.Tap("ConsumeSharedPlugin", data =>
            {
                if (Skips(data))
                    return null;
                Resolved(data);
                var request = data.Request;
                if (unresolved.TryGetValue(request, out var match))
                    return Create(compilation, packages, data, data.Context, request, match);
                foreach (var (prefix, options) in prefixed)
                {
                    if (request.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        var remainder = request[prefix.Length..];
                        return Create(compilation, packages, data, data.Context, request, options with
                        {
                            Import = options.Import is { } import ? import + remainder : null,
                            ShareKey = options.ShareKey + remainder,
                        });
                    }
                }
                return null;
            });
            parameters.NormalModuleFactory.Hooks.CreateModule.Tap("ConsumeSharedPlugin", data =>
            {
                if (Skips(data) || data.Resource is not { } resource)
                    return null;
                return Resolved(data).TryGetValue(resource, out var options) ? Create(compilation, packages, data, data.Context, resource, options) : null;
            });
            compilation.Hooks.AdditionalTreeRuntimeRequirements.Tap("ConsumeSharedPlugin", (set, chunk) =>
            {
                compilation.AddRuntimeModule(chunk, new ConsumeSharedRuntimeModule(compilation));
                return set | RuntimeGlobals.Module | RuntimeGlobals.ModuleCache | RuntimeGlobals.ModuleFactoriesAddOnly
                    | RuntimeGlobals.ShareScopeMap | RuntimeGlobals.InitializeSharing | RuntimeGlobals.HasOwnProperty;
            });
        });
    }

    private ConsumeSharedModule Create(Compilation compilation, ConcurrentDictionary<string, PackageJson?> packages, ResolveData data, string context, string request, ConsumeOptions options)
    {
        var compilerContext = compilation.Options.Context;
        var direct = options.Import is { } fallbackRequest && IsDirectFallback(fallbackRequest);
        string? importResolved = null;
        if (options.Import is { } import)
        {
            var result = data.ResolveWith?.Invoke(direct ? compilerContext : context, import, null);
            if (result is { IsResolved: true })
            {
                importResolved = result.FullPath;
            }
            else
            {
                lock (compilation.Errors)
                    compilation.Errors.Add(new BuildDiagnostic($"Module not found: Error: {result?.Error ?? $"Can't resolve '{import}' in '{(direct ? compilerContext : context)}'"}",
                        $"resolving fallback for shared module {request}"));
            }
        }
        var required = options.RequiredVersion;
        if (required is null && !options.RequiredVersionIsFalse)
            required = RequiredVersionFromPackage(compilation, packages, context, request, options.PackageName);
        return new ConsumeSharedModule(direct ? compilerContext : context, options with
        {
            ImportResolved = importResolved,
            Import = importResolved is not null ? options.Import : null,
            RequiredVersion = required,
        });
    }

    // webpack: the package's name from the request (`@scope/name` or `name`), then the nearest
    // package.json that is the package itself (no version) or lists it.
    private static SemverRange? RequiredVersionFromPackage(Compilation compilation, ConcurrentDictionary<string, PackageJson?> packages, string context, string request, string? packageName)
    {
        void Warn(string details)
        {
            lock (compilation.Warnings)
                compilation.Warnings.Add(new BuildDiagnostic("No required version specified and unable to automatically determine one. " + details, $"shared module {request}"));
        }
        if (packageName is null)
        {
            if (IsAbsoluteRequest(request))
                return null;
            var end = request.StartsWith('@') ? request.IndexOfAny(['/', '\\']) + 1 : 0;
            if (request.StartsWith('@') && end == 0)
            {
                Warn("Unable to extract the package name from request.");
                return null;
            }
            var slash = request.IndexOfAny(['/', '\\'], end);
            packageName = slash < 0 ? request : request[..slash];
            if (packageName.Length == 0)
            {
                Warn("Unable to extract the package name from request.");
                return null;
            }
        }
        var checkedPaths = new List<string>();
        for (var directory = context; !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
        {
            var file = Path.Combine(directory, "package.json");
            if (packages.GetOrAdd(file, ReadPackage, compilation) is not { } package)
                continue;
            if (package.Error is { } error)
            {
                Warn($"Unable to read description file: {error}");
                return null;
            }
            if (package.Root.ValueKind != JsonValueKind.Object)
            {
                Warn($"Unable to read description file: Description file {file} is not an object");
                return null;
            }
            var name = package.Root.TryGetProperty("name", out var nameValue) && nameValue.ValueKind == JsonValueKind.String ? nameValue.GetString() : null;
            var version = RequiredVersionIn(package.Root, packageName);
            if (name != packageName && version is null)
            {
                checkedPaths.Add(file);
                continue;
            }
            if (name == packageName || version is not { Length: > 0 })
                return null;
            try
            {
                return SemverRange.Parse(version);
            }
            catch (FormatException)
            {
                return null;
            }
        }
        Warn(checkedPaths.Count > 0
            ? $"Unable to find required version for \"{packageName}\" in description file/s\n{string.Join("\n", checkedPaths)}\nIt need to be in dependencies, devDependencies or peerDependencies."
            : $"Unable to find description file in {context}.");
        return null;
    }

    // A package.json as read (its root, or why it could not be parsed); null where there is none.
    // Cached per compilation: every request of a consumed package walks the same folders.
    private sealed record PackageJson(JsonElement Root, string? Error);

    private static PackageJson? ReadPackage(string file, Compilation compilation)
    {
        if (compilation.Compiler.InputFileSystem.ReadFile(file) is not { } bytes)
            return null;
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return new PackageJson(document.RootElement.Clone(), null);
        }
        catch (JsonException e)
        {
            return new PackageJson(default, e.Message);
        }
    }

    // webpack's getRequiredVersionFromDescriptionFile: the first dependency list naming the package;
    // a git URL stands for the version its commit-ish names.
    private static string? RequiredVersionIn(JsonElement package, string packageName)
    {
        foreach (var list in (ReadOnlySpan<string>)["optionalDependencies", "dependencies", "peerDependencies", "devDependencies"])
        {
            if (package.TryGetProperty(list, out var dependencies) && dependencies.ValueKind == JsonValueKind.Object
                && dependencies.TryGetProperty(packageName, out var dependency))
            {
                var text = (dependency.ValueKind == JsonValueKind.String ? dependency.GetString()! : "").Trim();
                if (SemverRange.IsRequiredVersion(text))
                    return text;
                return GitUrlVersion.Of(text.ToLowerInvariant());
            }
        }
        return null;
    }
}
