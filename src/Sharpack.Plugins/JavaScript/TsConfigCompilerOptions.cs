// The compilerOptions of the tsconfig.json nearest a file that decide how TypeScript and JSX become
// JavaScript (jsx, jsxFactory, jsxFragmentFactory, jsxImportSource, useDefineForClassFields, target,
// verbatimModuleSyntax), `extends` followed as TypeScript does (the extending file wins). Read
// once per folder through the compilation's file system.

using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Sharpack.JavaScript.Transforms;
using Sharpack.Resolver;

namespace Sharpack.Plugins.JavaScript;

/// <summary>What a tsconfig.json says about emitting JavaScript.</summary>
internal sealed class TsConfigCompilerOptions
{
    private static readonly JsonDocumentOptions s_json = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly ConditionalWeakTable<IFileSystem, ConcurrentDictionary<string, TsConfigCompilerOptions>> s_byFileSystem = [];

    /// <summary>No tsconfig.json (or none that says anything).</summary>
    public static readonly TsConfigCompilerOptions None = new();

    public string? Jsx { get; private set; }
    public string? JsxFactory { get; private set; }
    public string? JsxFragmentFactory { get; private set; }
    public string? JsxImportSource { get; private set; }
    public bool? UseDefineForClassFields { get; private set; }
    public string? Target { get; private set; }
    public bool? VerbatimModuleSyntax { get; private set; }
    public bool? ExperimentalDecorators { get; private set; }
    public bool? EmitDecoratorMetadata { get; private set; }

    /// <summary>The tsconfig.json file these came from, or null.</summary>
    public string? File { get; private set; }

    /// <summary>Forgets what was read through <paramref name="fileSystem"/> (watch mode: a configuration file changed).</summary>
    public static void Forget(IFileSystem fileSystem)
    {
        if (s_byFileSystem.TryGetValue(fileSystem, out var cache))
            cache.Clear();
    }

    /// <summary>The options that apply to files in <paramref name="directory"/>.</summary>
    public static TsConfigCompilerOptions For(string directory, IFileSystem fileSystem)
    {
        var cache = s_byFileSystem.GetValue(fileSystem, static _ => new ConcurrentDictionary<string, TsConfigCompilerOptions>(StringComparer.Ordinal));
        return Find(directory, fileSystem, cache);
    }

    private static TsConfigCompilerOptions Find(string directory, IFileSystem fileSystem, ConcurrentDictionary<string, TsConfigCompilerOptions> cache)
    {
        if (cache.TryGetValue(directory, out var known))
            return known;
        var candidate = Path.Combine(directory, "tsconfig.json");
        TsConfigCompilerOptions found;
        if (fileSystem.Stat(candidate) == FileKind.File)
        {
            found = new TsConfigCompilerOptions { File = candidate };
            found.Read(candidate, fileSystem, depth: 0);
        }
        else
        {
            var parent = Path.GetDirectoryName(directory);
            found = string.IsNullOrEmpty(parent) || parent == directory ? None : Find(parent, fileSystem, cache);
        }
        cache[directory] = found;
        return found;
    }

    // Reads `extends` first, then this file's options over them.
    private void Read(string path, IFileSystem fileSystem, int depth)
    {
        if (depth > 16 || fileSystem.ReadFile(path) is not { } bytes)
            return;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, s_json);
        }
        catch (JsonException)
        {
            return;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return;
            if (root.TryGetProperty("extends", out var extends))
            {
                if (extends.ValueKind == JsonValueKind.String)
                    ReadExtended(extends.GetString()!, path, fileSystem, depth);
                else if (extends.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in extends.EnumerateArray())
                    {
                        if (item.ValueKind == JsonValueKind.String)
                            ReadExtended(item.GetString()!, path, fileSystem, depth);
                    }
                }
            }
            if (!root.TryGetProperty("compilerOptions", out var options) || options.ValueKind != JsonValueKind.Object)
                return;
            Jsx = String(options, "jsx") ?? Jsx;
            JsxFactory = String(options, "jsxFactory") ?? JsxFactory;
            JsxFragmentFactory = String(options, "jsxFragmentFactory") ?? JsxFragmentFactory;
            JsxImportSource = String(options, "jsxImportSource") ?? JsxImportSource;
            Target = String(options, "target") ?? Target;
            UseDefineForClassFields = Boolean(options, "useDefineForClassFields") ?? UseDefineForClassFields;
            VerbatimModuleSyntax = Boolean(options, "verbatimModuleSyntax") ?? VerbatimModuleSyntax;
            ExperimentalDecorators = Boolean(options, "experimentalDecorators") ?? ExperimentalDecorators;
            EmitDecoratorMetadata = Boolean(options, "emitDecoratorMetadata") ?? EmitDecoratorMetadata;
        }
    }

    private void ReadExtended(string request, string from, IFileSystem fileSystem, int depth)
    {
        var directory = Path.GetDirectoryName(from)!;
        string? target = null;
        if (request.StartsWith('.') || Path.IsPathRooted(request))
        {
            target = Path.GetFullPath(request, directory);
            if (!target.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && fileSystem.Stat(target) != FileKind.File)
                target += ".json";
        }
        else
        {
            // A package's tsconfig: node_modules/<request>(.json | /tsconfig.json), searched upwards.
            for (var folder = directory; !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
            {
                var basePath = Path.Combine(folder, "node_modules", request);
                foreach (var option in new[] { basePath, basePath + ".json", Path.Combine(basePath, "tsconfig.json") })
                {
                    if (fileSystem.Stat(option) == FileKind.File)
                    {
                        target = option;
                        break;
                    }
                }
                if (target is not null)
                    break;
            }
        }
        if (target is not null)
            Read(target, fileSystem, depth + 1);
    }

    private static string? String(JsonElement options, string name) =>
        options.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool? Boolean(JsonElement options, string name) =>
        options.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    /// <summary>TypeScript's default for useDefineForClassFields: true when the target is ES2022 or later (or ESNext).</summary>
    public bool DefineClassFields
    {
        get
        {
            if (UseDefineForClassFields is { } explicitly)
                return explicitly;
            if (Target is null)
                return true;
            var target = Target.ToLowerInvariant();
            return target == "esnext" || (target.StartsWith("es20", StringComparison.Ordinal) && int.TryParse(target.AsSpan(2), out var year) && year >= 2022);
        }
    }

    /// <summary>The JSX runtime tsconfig's <c>jsx</c> names (react → classic; react-jsx, react-jsxdev → automatic).</summary>
    public JsxRuntime Runtime => Jsx?.ToLowerInvariant() == "react" ? JsxRuntime.Classic : JsxRuntime.Automatic;
}
