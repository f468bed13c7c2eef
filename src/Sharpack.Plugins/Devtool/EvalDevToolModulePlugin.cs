// Follows webpack lib/EvalDevToolModulePlugin.js (devtool: "eval", development's default): each
// module's code runs through eval() with a //# sourceURL naming its file, so browser devtools list
// every module as its own source. The code becomes a JSON string, so a module's text is written
// once per build and cached per generated source; each chunk starts with webpack's notice that
// the eval devtool made it.

using System.Runtime.CompilerServices;
using System.Text;
using Sharpack.Core;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Plugins.Externals;
using Sharpack.Plugins.JavaScript;
using Sharpack.Sources;

namespace Sharpack.Plugins.Devtool;

/// <summary>Wraps every module's code in <c>eval()</c> with a <c>//# sourceURL</c> (webpack's EvalDevToolModulePlugin).</summary>
/// <param name="namespace">The sourceURL's namespace (<c>output.devtoolNamespace</c>, by default <c>output.uniqueName</c>).</param>
public sealed class EvalDevToolModulePlugin(string @namespace) : IPlugin
{
    private const string Name = "EvalDevToolModulePlugin";

    private static readonly RawSource s_devtoolWarning = new("""
        /*
         * ATTENTION: The "eval" devtool has been used (maybe by default in mode: "development").
         * This devtool is neither made for production nor for readable output files.
         * It uses "eval()" calls to create a separate source file in the browser devtools.
         * If you are trying to read the output file, select a different devtool (https://webpack.js.org/configuration/devtool/)
         * or disable the default devtool with "devtool: false".
         * If you are looking for production-ready output files, see mode: "production" (https://webpack.js.org/configuration/mode/).
         */

        """);

    // A module's wrapped code, by the generated source it wraps (webpack's WeakMap cache): chunks
    // sharing a module wrap it once.
    private readonly ConditionalWeakTable<Source, Source> _cache = [];

    /// <summary>
    /// The plugin from a configuration's options (<c>{ namespace?, moduleFilenameTemplate?, sourceUrlComment? }</c>);
    /// only the namespace changes what Sharpack writes.
    /// </summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static EvalDevToolModulePlugin FromOptions(System.Text.Json.Nodes.JsonNode? options)
    {
        if (options is null)
            return new EvalDevToolModulePlugin("");
        if (options is not System.Text.Json.Nodes.JsonObject obj)
            throw Builtin.BuiltinOptions.Invalid("Eval DevTool Module Plugin", "options should be an object.");
        Builtin.BuiltinOptions.CheckKeys(obj, "Eval DevTool Module Plugin", "moduleFilenameTemplate", "namespace", "sourceUrlComment");
        return new EvalDevToolModulePlugin(Builtin.BuiltinOptions.String(obj["namespace"], "Eval DevTool Module Plugin", "options.namespace") ?? "");
    }

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        var trusted = compiler.Options.Output.TrustedTypes is not null;
        compiler.Hooks.Compilation.Tap(Name, static (compilation, _) => RequireCreateScript(compilation, Name));
        var hooks = JavascriptModulesHooks.For(compiler);
        hooks.RenderModuleContent.Tap(Name, (source, module, _) =>
        {
            if (module is ExternalModule)
                return source;
            if (_cache.TryGetValue(source, out var wrapped))
                return wrapped;
            // Two threads may wrap the same source at once; either result is the same text.
            wrapped = Wrap(source, module, trusted);
            return _cache.TryAdd(source, wrapped) ? wrapped : _cache.TryGetValue(source, out var first) ? first : wrapped;
        });
        // Each module is its own eval: an entry cannot be written into the runtime's scope.
        hooks.InlineInRuntimeBailout.Tap(Name, static (_, _, _) => "the eval devtool is used.");
        hooks.Render.Tap(Name, static (source, _, _) =>
        {
            var withNotice = new ConcatSource();
            withNotice.Add(s_devtoolWarning);
            withNotice.Add(source);
            return withNotice;
        });
    }

    private RawSource Wrap(Source source, Module module, bool trusted)
    {
        var footer = "\n//# sourceURL=" + SourceUrl(ModuleFilename(module)) + "\n}";
        return new RawSource(EvalOf(source.GetText(), footer, trusted), convertToString: true);
    }

    /// <summary>
    /// <c>eval("{code}footer")</c> as UTF-8, the string through the Trusted Types policy's
    /// createScript (<c>__webpack_require__.ts</c>) with output.trustedTypes; shared by the eval devtools.
    /// </summary>
    internal static byte[] EvalOf(string code, string footer, bool trusted) =>
        JsonStringWriter.Utf8Literal("{", code, footer, trusted ? "eval(__webpack_require__.ts(" : "eval(", trusted ? "));" : ");");

    /// <summary>With output.trustedTypes, every module needs <c>__webpack_require__.ts</c> (its code is evaluated through it).</summary>
    internal static void RequireCreateScript(Compilation compilation, string plugin)
    {
        if (compilation.Options.Output.TrustedTypes is not null)
            compilation.Hooks.AdditionalModuleRuntimeRequirements.Tap(plugin, static (requirements, _) => requirements | Core.Runtime.RuntimeGlobals.CreateScript);
    }

    // webpack's default moduleFilenameTemplate, webpack://[namespace]/[resourcePath]?[loaders]:
    // the readable path without query, and the readable loaders before it.
    private string ModuleFilename(Module module)
    {
        var readable = module.ReadableIdentifier;
        var bang = readable.LastIndexOf('!');
        var loaders = bang < 0 ? "" : readable[..bang];
        var resource = bang < 0 ? readable : readable[(bang + 1)..];
        var query = resource.IndexOf('?');
        var resourcePath = query < 0 ? resource : resource[..query];
        return "webpack://" + @namespace + "/" + resourcePath + "?" + loaders;
    }

    // What webpack writes after //# sourceURL=: encodeURI, then `/`, `^` and `\` kept, spaces as `_`,
    // a leading `/` dropped.
    internal static string SourceUrl(string filename)
    {
        var builder = new StringBuilder(filename.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < filename.Length; i++)
        {
            var c = filename[i];
            if (c == ' ')
            {
                builder.Append('_');
            }
            else if (c < 0x80 && (char.IsAsciiLetterOrDigit(c) || "-_.!~*'();/?:@&=+$,#^\\".Contains(c)))
            {
                builder.Append(c);
            }
            else
            {
                var length = char.IsHighSurrogate(c) && i + 1 < filename.Length
                    ? Encoding.UTF8.GetBytes(filename.AsSpan(i++, 2), utf8)
                    : Encoding.UTF8.GetBytes(filename.AsSpan(i, 1), utf8);
                for (var b = 0; b < length; b++)
                    builder.Append('%').Append(utf8[b].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        if (builder.Length > 0 && builder[0] == '/')
            builder.Remove(0, 1);
        return builder.ToString();
    }
}
