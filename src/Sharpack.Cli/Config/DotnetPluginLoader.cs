// Loads the .NET plugins a configuration names: `{ "assembly": "./plugins/My.dll", "type":
// "My.Plugin", "options": { … } }`. The assembly is loaded with its own dependencies resolved
// beside it, while Sharpack's assemblies are shared, so the plugin sees the compiler's types. The
// type must implement Sharpack.Core.IPlugin and have a constructor taking the options (a
// JsonNode) and the configuration's function host (IJsFunctionHost, for JavaScript functions in
// the options), the options alone, or none. Without "assembly", the type is looked up in Sharpack's own assemblies (the
// built-in plugins a JavaScript config names by webpack's names are Sharpack.Plugins.Builtin.*,
// made by BuiltinPluginFactory without reflection). Loading an assembly and finding a type by name
// needs the JIT runtime: the native CLI hands such a build to it (JitHandoff).

using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.Options;
using Sharpack.Plugins.Builtin;

namespace Sharpack.Cli.Config;

/// <summary>Turns plugin descriptions into plugin instances.</summary>
public static class DotnetPluginLoader
{
    /// <summary>Whether loading <paramref name="descriptions"/> needs reflection: a plugin from an assembly, or a type that is not a built-in plugin.</summary>
    public static bool NeedsReflection(IReadOnlyList<PluginDescription> descriptions)
    {
        foreach (var description in descriptions)
        {
            if (description.Type == PluginDescription.JavaScriptType)
                continue;
            if (description.Assembly is not null || !BuiltinPluginFactory.Has(description.Type))
                return true;
        }
        return false;
    }

    /// <summary>The plugins <paramref name="descriptions"/> name (JavaScript plugins run by <paramref name="javaScriptPlugins"/>); a failure adds one line to <paramref name="errors"/>.</summary>
    public static List<IPlugin> Load(IReadOnlyList<PluginDescription> descriptions, List<string> errors, Plugins.JavaScriptPluginHost? javaScriptPlugins = null)
    {
        var plugins = new List<IPlugin>(descriptions.Count);
        foreach (var description in descriptions)
        {
            if (description.Type == PluginDescription.JavaScriptType)
            {
                if (javaScriptPlugins is null)
                    errors.Add($"{description.Path}: a JavaScript plugin needs the configuration's node process, which is gone.");
                else
                    plugins.Add(javaScriptPlugins.CreatePlugin(description));
                continue;
            }
            if (description.Assembly is null && BuiltinPluginFactory.Has(description.Type))
            {
                try
                {
                    plugins.Add(BuiltinPluginFactory.Create(description.Type, description.Options, description.Functions)!);
                }
                catch (ArgumentException e)
                {
                    // A built-in plugin's options, checked as webpack's schema does.
                    errors.Add($"{description.Path}: {description.Type[(description.Type.LastIndexOf('.') + 1)..]}: {e.Message}");
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // Options of the wrong JSON kind where a constructor reads them (what reflection reported as the invocation's failure).
                    errors.Add($"{description.Path}: cannot load the plugin '{description.Type}': {e.Message}");
                }
                continue;
            }
            if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
            {
                errors.Add($"{description.Path}: the native sharpack binary cannot load the .NET plugin '{description.Type}'; run the build through the ./sharpack script, which hands it to the JIT build.");
                continue;
            }
            LoadByReflection(description, plugins, errors);
        }
        return plugins;
    }

    // Only the JIT runtime gets here (Load checks first): the native binary hands builds that need
    // this to it, so nothing here is trimmed away or needs code generated at run time.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Runs only under the JIT runtime, which does not trim.")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Runs only under the JIT runtime, which does not trim.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Runs only under the JIT runtime.")]
    private static void LoadByReflection(PluginDescription description, List<IPlugin> plugins, List<string> errors)
    {
        try
        {
            var type = FindType(description);
            if (type is null)
            {
                errors.Add($"{description.Path}: the type '{description.Type}' is not in {description.Assembly ?? "sharpack's assemblies"}.");
                return;
            }
            if (!typeof(IPlugin).IsAssignableFrom(type) || type.IsAbstract)
            {
                errors.Add($"{description.Path}: '{type.FullName}' does not implement Sharpack.Core.IPlugin.");
                return;
            }
            // A constructor that also takes the function host can call the functions in its options.
            var withFunctions = type.GetConstructor([typeof(JsonNode), typeof(IJsFunctionHost)]);
            if (withFunctions is not null)
            {
                plugins.Add((IPlugin)withFunctions.Invoke([description.Options, description.Functions]));
                return;
            }
            var withOptions = type.GetConstructor([typeof(JsonNode)]);
            var plain = type.GetConstructor(Type.EmptyTypes);
            if (withOptions is null && plain is null)
            {
                errors.Add($"{description.Path}: '{type.FullName}' needs a public constructor taking no argument or the options (a System.Text.Json.Nodes.JsonNode).");
                return;
            }
            if (withOptions is null && description.Options is not null)
            {
                errors.Add($"{description.Path}: '{type.FullName}' takes no options, but options are given.");
                return;
            }
            var plugin = withOptions is not null ? withOptions.Invoke([description.Options]) : plain!.Invoke([]);
            plugins.Add((IPlugin)plugin);
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or TargetInvocationException or FileLoadException or ReflectionTypeLoadException)
        {
            var inner = e is TargetInvocationException { InnerException: { } cause } ? cause : e;
            errors.Add($"{description.Path}: cannot load the plugin '{description.Type}'{(description.Assembly is null ? "" : $" from {description.Assembly}")}: {inner.Message}");
        }
    }

    [RequiresUnreferencedCode("Finds a type by name.")]
    private static Type? FindType(PluginDescription description)
    {
        if (description.Assembly is null)
        {
            foreach (var assembly in new[] { typeof(IPlugin).Assembly, typeof(Sharpack.Plugins.SharpackPlugins).Assembly })
            {
                if (assembly.GetType(description.Type) is { } found)
                    return found;
            }
            return null;
        }
        if (!File.Exists(description.Assembly))
            throw new FileNotFoundException($"{description.Assembly} does not exist.");
        return new PluginLoadContext(description.Assembly).LoadFromAssemblyPath(description.Assembly).GetType(description.Type);
    }

    // Resolves a plugin's own dependencies beside it (its .deps.json), and shares every assembly
    // the default context already has (Sharpack's, the framework's), so IPlugin is one type.
    private sealed class PluginLoadContext(string pluginPath) : AssemblyLoadContext(isCollectible: false)
    {
        private readonly AssemblyDependencyResolver _resolver = new(pluginPath);

        [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Runs only under the JIT runtime, which does not trim.")]
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            foreach (var loaded in Default.Assemblies)
            {
                if (AssemblyName.ReferenceMatchesDefinition(assemblyName, loaded.GetName()))
                    return null; // the default context's copy
            }
            if (assemblyName.Name is { } name && name.StartsWith("Sharpack.", StringComparison.Ordinal))
                return null;
            return _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
        }
    }
}
