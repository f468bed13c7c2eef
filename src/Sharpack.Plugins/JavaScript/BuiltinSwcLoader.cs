// `builtin:swc-loader` (Rspack's name, so Rspack configurations work unchanged) and
// `builtin:sharpack-loader`: the built-in TypeScript/JSX transform as a loader, taking SWC's
// options as Rspack passes them:
//   jsc.parser: { syntax: "typescript" | "ecmascript", tsx, jsx }, or detectSyntax: "auto" (by extension)
//   jsc.transform.react: { runtime: "automatic" | "classic", importSource, pragma, pragmaFrag, development }
//   jsc.transform: { useDefineForClassFields, verbatimModuleSyntax, legacyDecorator, decoratorMetadata }
//   jsc.target ("es5" … "es2022", "esnext") and env.targets (browserslist queries or engine
//   versions): the syntax lowered; with neither, the build's own target decides, as in Rspack
//   sourceMaps
//   jsc.transform.react.refresh (true, or { refreshReg, refreshSig }): the React Refresh transform

using System.Text.Json.Nodes;
using Sharpack.Core.Make;
using Sharpack.JavaScript.Transforms;

namespace Sharpack.Plugins.JavaScript;

/// <summary>The built-in TypeScript/JSX loader.</summary>
internal sealed class BuiltinSwcLoader : ILoader
{
    /// <summary>The names it is registered under.</summary>
    public static readonly string[] Names = ["builtin:swc-loader", "builtin:sharpack-loader"];

    public ValueTask<LoaderResult> RunAsync(LoaderContext context, LoaderResult input)
    {
        var options = context.GetOptions();
        var jsc = options["jsc"] as JsonObject;
        var parser = jsc?["parser"] as JsonObject;
        var transform = jsc?["transform"] as JsonObject;
        var react = transform?["react"] as JsonObject;
        var path = context.ResourcePath;
        // Rspack's `detectSyntax: "auto"` (and no jsc.parser at all) takes the syntax from the
        // extension: .ts/.mts/.cts TypeScript, .tsx TypeScript with JSX, .jsx JavaScript with JSX.
        var byExtension = String(options, "detectSyntax") == "auto" || parser is null;
        var isTsx = path.EndsWith(".tsx", StringComparison.OrdinalIgnoreCase);
        var isJsx = path.EndsWith(".jsx", StringComparison.OrdinalIgnoreCase);
        var typeScript = !byExtension && String(parser, "syntax") is { } syntax
            ? syntax == "typescript"
            : !path.EndsWith(".js", StringComparison.OrdinalIgnoreCase) && !isJsx
                && !path.EndsWith(".mjs", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".cjs", StringComparison.OrdinalIgnoreCase);
        var jsx = byExtension ? isTsx || isJsx : typeScript ? Boolean(parser, "tsx") ?? false : Boolean(parser, "jsx") ?? false;
        // `refresh: true` or `refresh: { refreshReg, refreshSig }`.
        var refresh = react?["refresh"] is JsonObject refreshOptions ? refreshOptions : null;
        var reactRefresh = refresh is not null || Boolean(react, "refresh") == true;
        // What SWC would do that this loader does not: said, not silently skipped.
        if (jsc?["experimental"]?["plugins"] is JsonArray { Count: > 0 })
            context.EmitWarning("jsc.experimental.plugins: SWC's WebAssembly plugins are not run by the built-in transform; their changes are missing from this module.");
        if (options["env"]?["mode"] is JsonValue mode && mode.TryGetValue<string>(out var polyfills) && polyfills is "usage" or "entry")
            context.EmitWarning($"env.mode \"{polyfills}\": core-js polyfills are not injected by the built-in transform; import them yourself (syntax is still lowered for env.targets).");
        var lowering = LoweringFor(options, jsc, context);
        if (lowering.Warning is { } loweringWarning)
            context.EmitWarning(loweringWarning);
        var transformOptions = new TransformOptions
        {
            Lower = lowering.Lower,
            ReactRefresh = reactRefresh,
            RefreshRegister = String(refresh, "refreshReg") ?? "$RefreshReg$",
            RefreshSignature = String(refresh, "refreshSig") ?? "$RefreshSig$",
            TypeScript = typeScript,
            Jsx = jsx,
            // SWC's default runtime is classic.
            JsxRuntime = String(react, "runtime") switch
            {
                "automatic" => JsxRuntime.Automatic,
                "preserve" => JsxRuntime.Preserve,
                _ => JsxRuntime.Classic,
            },
            JsxFactory = String(react, "pragma") ?? "React.createElement",
            JsxFragmentFactory = String(react, "pragmaFrag") ?? "React.Fragment",
            JsxImportSource = String(react, "importSource") ?? "react",
            JsxDevelopment = Boolean(react, "development") ?? false,
            UseDefineForClassFields = Boolean(transform, "useDefineForClassFields") ?? true,
            VerbatimModuleSyntax = Boolean(transform, "verbatimModuleSyntax") ?? false,
            ExperimentalDecorators = Boolean(transform, "legacyDecorator") ?? false,
            EmitDecoratorMetadata = Boolean(transform, "decoratorMetadata") ?? false,
            FileName = path,
            Module = String(options, "isModule") switch { "true" => true, "false" => false, _ => null },
        };
        var sourceMap = context.SourceMap && (Boolean(options, "sourceMaps") ?? Boolean(options, "sourceMap") ?? true);
        var outcome = BuiltinTranspiler.Run(input.Text, path, transformOptions, sourceMap);
        if (outcome.Error is { } error)
            throw new InvalidOperationException($"{error.Message} ({error.Line}:{error.Column})\n{outcome.CodeFrame}");
        return ValueTask.FromResult(new LoaderResult(outcome.Code!, outcome.SourceMap));
    }

    // jsc.target, then env.targets (env with no targets reads the project's browserslist
    // configuration), then the build's target.
    private static LoweringTarget LoweringFor(JsonObject options, JsonObject? jsc, LoaderContext context)
    {
        if (String(jsc, "target") is { } target)
        {
            if (SyntaxTarget.ForEcmaScript(target) is { } edition)
                return new LoweringTarget(edition, null);
            return new LoweringTarget(SyntaxFeatures.None, $"jsc.target '{target}' is not an ECMAScript edition (es5, es2015 … es2022, esnext); nothing is lowered.");
        }
        if (options["env"] is JsonObject env)
        {
            if (env["targets"] is { } targets)
                return LoweringTargets.ForSwcTargets(targets, context.RootContext);
            if (LoweringTargets.ReadBrowserslistConfig(Path.GetDirectoryName(context.ResourcePath) ?? context.RootContext, context.FileSystem) is { } queries)
                return LoweringTargets.ForQueries(queries, context.RootContext);
        }
        return LoweringTargets.ForBuild(context.Options, context.FileSystem) with { Warning = null };
    }

    private static string? String(JsonObject? options, string name) =>
        options?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : options?[name] is JsonValue other && other.TryGetValue<bool>(out var flag) ? (flag ? "true" : "false") : null;

    private static bool? Boolean(JsonObject? options, string name) =>
        options?[name] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;
}
