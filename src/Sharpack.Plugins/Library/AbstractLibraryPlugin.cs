// Follows webpack lib/library/AbstractLibraryPlugin.js: the frame every library type shares. A
// chunk holding an entry is a library of this type when its entry's `library` (else
// output.library) names the type. The plugin marks the entry's exports used at finishModules
// (stage 10, after the provided exports are known), adds the runtime globals the wrapper reads,
// wraps the chunk (render), appends to its startup (renderStartup) and adds to its hash.

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Runtime;
using Sharpack.Plugins.JavaScript;
using Sharpack.Sources;

namespace Sharpack.Plugins.Library;

/// <summary>The base of the library type plugins (webpack's AbstractLibraryPlugin).</summary>
/// <param name="pluginName">The plugin's name, tapped and hashed.</param>
/// <param name="type">The library type it renders.</param>
public abstract class AbstractLibraryPlugin(string pluginName, string type) : IPlugin
{
    /// <summary>webpack's COMMON_LIBRARY_NAME_MESSAGE, appended to the name errors.</summary>
    protected const string CommonLibraryNameMessage =
        "Common configuration options that specific library names are 'output.library[.name]', 'entry.xyz.library[.name]', 'ModuleFederationPlugin.name' and 'ModuleFederationPlugin.library[.name]'.";

    /// <summary>The plugin's name.</summary>
    protected string PluginName { get; } = pluginName;

    /// <summary>The library type it renders.</summary>
    protected string Type { get; } = type;

    // What Validate said of each options object (by reference): null when valid.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<LibraryOptions, string> _invalid = [];
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<LibraryOptions, object> _checked = [];

    /// <summary>Whether the plugin wraps the chunk (<see cref="Render"/>); then the runtime returns the entry's exports.</summary>
    protected virtual bool HasRender => false;

    /// <summary>Whether an inlined entry may need an IIFE of its own for this library (<see cref="EmbedInRuntimeBailout"/>).</summary>
    protected virtual bool HasEmbedInRuntimeBailout => false;

    /// <summary>webpack's embedInRuntimeBailout: why the inlined entry <paramref name="module"/> needs an IIFE of its own, or null.</summary>
    protected virtual string? EmbedInRuntimeBailout(Module module, Chunk chunk, ChunkRenderContext context, LibraryOptions library) => null;

    /// <summary>Whether the plugin may keep the runtime out of strict mode (<see cref="StrictRuntimeBailout"/>).</summary>
    protected virtual bool HasStrictRuntimeBailout => false;

    /// <summary>Why the runtime of an entry chunk of this library must not be strict (webpack's strictRuntimeBailout), or null.</summary>
    protected virtual string? StrictRuntimeBailout(LibraryOptions library) => null;

    /// <summary>Whether the plugin appends to the startup (<see cref="RenderStartup"/>).</summary>
    protected virtual bool HasRenderStartup => false;

    /// <summary>The JavaScript modules hooks of the compiler the plugin is applied to.</summary>
    protected JavascriptModulesHooks? JavascriptHooks { get; private set; }

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        compiler.Hooks.ThisCompilation.Tap(PluginName, (compilation, _) =>
        {
            compilation.Hooks.FinishModules.Tap(new Core.Hooks.TapOptions(PluginName) { Stage = 10 }, _ => FinishModules(compilation));
            compilation.Hooks.AdditionalChunkRuntimeRequirements.Tap(PluginName, (requirements, chunk) =>
                OptionsFor(chunk, compilation.Options) is { } options ? RuntimeRequirements(chunk, requirements, options, compilation) : requirements);
            compilation.Hooks.ChunkHash.Tap(PluginName, (chunk, hash) =>
            {
                if (OptionsFor(chunk, compilation.Options) is { } options)
                    ChunkHash(chunk, hash, options, compilation.Options);
            });
        });
        var hooks = JavascriptModulesHooks.For(compiler);
        JavascriptHooks = hooks;
        if (HasRender)
        {
            hooks.Render.Tap(PluginName, (source, chunk, context) =>
                OptionsFor(chunk, context.Generation.Options) is { } options ? Render(source, chunk, context, options) : source);
        }
        if (HasEmbedInRuntimeBailout)
        {
            hooks.EmbedInRuntimeBailout.Tap(PluginName, (module, chunk, context) =>
                OptionsFor(chunk, context.Generation.Options) is { } options ? EmbedInRuntimeBailout(module, chunk, context, options) : null);
        }
        if (HasStrictRuntimeBailout)
        {
            hooks.StrictRuntimeBailout.Tap(PluginName, (chunk, context) =>
                OptionsFor(chunk, context.Generation.Options) is { } options ? StrictRuntimeBailout(options) : null);
        }
        if (HasRenderStartup)
        {
            hooks.RenderStartup.Tap(PluginName, (source, chunk, context) =>
                OptionsFor(chunk, context.Generation.Options) is { } options ? RenderStartup(source, chunk.EntryModules[^1], chunk, context, options) : source);
        }
    }

    // The entries whose library is of this type: their exports are used by the library.
    private void FinishModules(Compilation compilation)
    {
        foreach (var entry in compilation.Entries)
        {
            var library = entry.Library ?? compilation.Options.Output.Library;
            if (library is null || library.Type != Type)
                continue;
            if (Check(library) is { } error)
            {
                if (!compilation.Errors.Exists(e => e.Message == error))
                    compilation.Errors.Add(new Core.Stats.BuildDiagnostic(error));
                continue;
            }
            if (!compilation.EntryDependencies.TryGetValue(entry.Name, out var dependencies) || dependencies.Count == 0)
                continue;
            if (compilation.Graph.GetModule(dependencies[^1]) is { } module)
                FinishEntryModule(module, entry.Name, library, compilation);
        }
    }

    /// <summary>webpack's getOptionsForChunk: the chunk's library options when it holds an entry and they are of this type and valid.</summary>
    protected LibraryOptions? OptionsFor(Chunk chunk, SharpackOptions options)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        ArgumentNullException.ThrowIfNull(options);
        if (chunk.EntryModules.Count == 0)
            return null;
        var library = chunk.GetEntryOptions()?.Library ?? options.Output.Library;
        return library is not null && library.Type == Type && Check(library) is null ? library : null;
    }

    private string? Check(LibraryOptions library)
    {
        if (_invalid.TryGetValue(library, out var error))
            return error;
        if (_checked.TryGetValue(library, out _))
            return null;
        error = Validate(library);
        if (error is null)
            _checked.AddOrUpdate(library, library);
        else
            _invalid.AddOrUpdate(library, error);
        return error;
    }

    /// <summary>webpack's parseOptions: an error message when the options do not suit this type, else null.</summary>
    protected virtual string? Validate(LibraryOptions library) => null;

    /// <summary>Marks what the library reads of its entry module.</summary>
    protected virtual void FinishEntryModule(Module module, string entryName, LibraryOptions library, Compilation compilation)
    {
    }

    /// <summary>The runtime globals the library's code needs in <paramref name="chunk"/>.</summary>
    protected virtual RuntimeGlobals RuntimeRequirements(Chunk chunk, RuntimeGlobals requirements, LibraryOptions library, Compilation compilation) =>
        HasRender ? requirements | RuntimeGlobals.ReturnExportsFromRuntime : requirements;

    /// <summary>Wraps the chunk's whole source (webpack's render).</summary>
    protected virtual Source Render(Source source, Chunk chunk, ChunkRenderContext context, LibraryOptions library) => source;

    /// <summary>Appends to the startup that requires the entries (webpack's renderStartup); <paramref name="module"/> is the last entry module.</summary>
    protected virtual Source RenderStartup(Source source, Module module, Chunk chunk, ChunkRenderContext context, LibraryOptions library) => source;

    /// <summary>What the library adds to the chunk's hash (webpack's default: the plugin's name and output.library's options when of this type).</summary>
    protected virtual void ChunkHash(Chunk chunk, Core.Hashing.Hash hash, LibraryOptions library, SharpackOptions options)
    {
        ArgumentNullException.ThrowIfNull(hash);
        ArgumentNullException.ThrowIfNull(options);
        hash.Append(PluginName);
        var own = options.Output.Library;
        hash.Append(own is not null && own.Type == Type ? own.ToString() : "false");
    }

    /// <summary>
    /// Marks the entry's exports used for <paramref name="entryName"/>'s runtime: the one named by
    /// <c>export</c>, or all of them in an unknown way (webpack's finishEntryModule of the
    /// assign and export-property plugins).
    /// </summary>
    protected static void MarkExportsUsed(Module module, string entryName, LibraryOptions library, Compilation compilation)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(compilation);
        var runtime = EntryRuntime.Get(compilation.Entries, entryName);
        var exportsInfo = compilation.Graph.GetExportsInfo(module);
        // The library's users read the exports by name: none is inlined away (webpack's canInlineUse = false).
        exportsInfo.SetCanInlineUseFalse();
        if (library.Export is { Count: > 0 } export)
        {
            var info = exportsInfo.GetExportInfo(export[0]);
            info.SetUsed(UsageState.Used, runtime);
            info.CanMangleUse = false;
            info.CanInlineUse = false;
        }
        else
        {
            exportsInfo.SetUsedInUnknownWay(runtime);
        }
    }

    /// <summary>webpack's compilation.getPath(name, { chunk }) for a library name: <c>[name]</c> and <c>[id]</c> of the chunk.</summary>
    protected static string ResolveName(string name, Chunk chunk)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(chunk);
        if (name.IndexOf('[', StringComparison.Ordinal) < 0)
            return name;
        return name.Replace("[name]", chunk.Name ?? chunk.Id, StringComparison.Ordinal).Replace("[id]", chunk.Id, StringComparison.Ordinal);
    }

    /// <summary>webpack's Template.toIdentifier over an external's module id: the name a wrapper passes it under.</summary>
    protected static string ExternalVariable(Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return Externals.ExternalModule.ExternalVariableName(module.Id);
    }

    /// <summary>The chunk's externals of the given types, in the chunk's module order.</summary>
    protected static List<Externals.ExternalModule> ChunkExternals(Chunk chunk, string type1, string? type2 = null)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        var result = new List<Externals.ExternalModule>();
        foreach (var module in chunk.Modules)
        {
            if (module is Externals.ExternalModule external && (external.Type == type1 || external.Type == type2))
                result.Add(external);
        }
        return result;
    }
}
