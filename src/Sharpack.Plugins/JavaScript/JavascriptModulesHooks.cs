// Follows webpack's JavascriptModulesPlugin.getCompilationHooks: the hooks through which chunk
// formats and devtools render. renderModuleContent turns a module's code into what its module
// function holds; render turns a whole chunk into its file. renderChunk turns a chunk without runtime (its modules object) into its file;
// renderStartup turns a runtime chunk's default startup (require the entries) into what the
// format needs (wait for, or install, the entrypoint's other chunks first); renderMain turns a
// runtime chunk's whole rendered source into its file's. They belong to one
// compiler, as the chunk renderer does, and are called once per chunk.

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Hooks;
using Sharpack.Core.ModuleGraph;
using Sharpack.Sources;

namespace Sharpack.Plugins.JavaScript;

/// <summary>The JavaScript modules plugin's render hooks.</summary>
public sealed class JavascriptModulesHooks
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compiler, JavascriptModulesHooks> s_byCompiler = [];

    /// <summary>The hooks of <paramref name="compiler"/> (created on first use).</summary>
    public static JavascriptModulesHooks For(Compiler compiler) => s_byCompiler.GetValue(compiler, static _ => new JavascriptModulesHooks());

    /// <summary>
    /// A module's code as the chunk holds it (webpack's renderModuleContent): its generated code in,
    /// what goes inside its module function out (the eval devtool wraps it in <c>eval()</c>). Called
    /// for a chunk's modules in parallel: a tap must be safe to run on several threads at once.
    /// </summary>
    public SyncWaterfallHook<Source, Module, ChunkRenderContext> RenderModuleContent { get; } = new("renderModuleContent");

    /// <summary>A chunk's whole file (webpack's render): the rendered chunk in, the file's source out.</summary>
    public SyncWaterfallHook<Source, Chunk, ChunkRenderContext> Render { get; } = new("render");

    /// <summary>
    /// A runtime (main) chunk's source (webpack's renderMain): the bootstrap, modules, runtime modules
    /// and startup, inside the IIFE when there is one, in; the main chunk's source out, before
    /// <see cref="Render"/> sees it (the IIFE's closing <c>;</c> follows the render hook, as in
    /// webpack, so a library wrapper holds the IIFE as an expression).
    /// </summary>
    public SyncWaterfallHook<Source, Chunk, ChunkRenderContext> RenderMain { get; } = new("renderMain");

    /// <summary>
    /// webpack's strictRuntimeBailout: asked before a chunk whose modules are all strict is rendered in
    /// strict mode as a whole; a tap answers why it must not be (an assignment creating a global), or null.
    /// </summary>
    public SyncBailHook<Chunk, ChunkRenderContext, string?> StrictRuntimeBailout { get; } = new("strictRuntimeBailout");

    /// <summary>
    /// webpack's inlineInRuntimeBailout: asked for each entry module of a runtime chunk that could be
    /// written into the runtime's scope instead of a module function; a tap answers why it must not
    /// be (the eval devtools: "the eval devtool is used."), or null.
    /// </summary>
    public SyncBailHook<Module, Chunk, ChunkRenderContext, string?> InlineInRuntimeBailout { get; } = new("inlineInRuntimeBailout");

    /// <summary>
    /// webpack's embedInRuntimeBailout: asked for each inlined entry module; a tap answers why it must
    /// be wrapped in an IIFE of its own (a library name its top level declares), or null.
    /// </summary>
    public SyncBailHook<Module, Chunk, ChunkRenderContext, string?> EmbedInRuntimeBailout { get; } = new("embedInRuntimeBailout");

    /// <summary>A chunk without runtime: its modules object in, the chunk file's source out (the chunk format's wrapper).</summary>
    public SyncWaterfallHook<Source, Chunk, ChunkRenderContext> RenderChunk { get; } = new("renderChunk");

    /// <summary>
    /// An entry chunk's startup: the code that requires its entries in, the format's (and a
    /// library's) startup out. Called for a runtime chunk from the main render, and for an entry
    /// chunk without runtime from its chunk format's render; the last entry module is the chunk's
    /// last in <c>EntryModules</c>.
    /// </summary>
    public SyncWaterfallHook<Source, Chunk, ChunkRenderContext> RenderStartup { get; } = new("renderStartup");
}
