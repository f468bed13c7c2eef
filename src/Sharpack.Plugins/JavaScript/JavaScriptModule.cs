// A JavaScript module (javascript/auto, javascript/esm, javascript/dynamic): read, parse,
// collect dependencies on a worker thread; at code generation, apply every dependency's
// template to a replace-source over the original text.

using System.Text;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Core.Stats;
using Sharpack.JavaScript;
using Sharpack.JavaScript.Diagnostics;
using Sharpack.Sources;

namespace Sharpack.Plugins.JavaScript;

/// <summary>A JavaScript module.</summary>
public sealed class JavaScriptModule(string identifier, string resource, string type) : NormalModule(identifier, resource, type)
{
    private string _text = "";
    private LineTable? _lines;
    private CollectedModule? _collected;

    // module.noParse matched: the text is the module's code as it is (webpack's buildInfo.parsed false).
    private bool _unparsed;

    /// <summary>What plugins taught the parser (definitions, provided names); null for the options' <c>define</c> alone.</summary>
    public JavascriptParserExtensions? ParserExtensions { get; init; }

    /// <summary>webpack's InitFragment.STAGE_ASYNC_HARMONY_IMPORTS: what reads an async import's value, after the module awaits its dependencies.</summary>
    public const int StageAsyncHarmonyImports = 70;

    /// <inheritdoc />
    // PERF: counted once (stats ask for every module's size twice: 27 MB of text on three.js x10).
    public override long Size => _size >= 0 ? _size : _size = Encoding.UTF8.GetByteCount(_text);

    private long _size = -1;

    /// <inheritdoc />
    public override IReadOnlyList<BuildDiagnostic> Build(BuildContext context)
    {
        var path = ResourcePath;
        if (ReadSource(context, out var loaderDiagnostics) is not { } text)
            return loaderDiagnostics;
        _text = text;
        if (_text.Length > 0 && _text[0] == '\uFEFF')
            _text = _text[1..];
        if (Loaders.Count == 0 && BuiltinTranspiler.HandlesByDefault(path))
        {
            // TypeScript and JSX need no loader: transformed here, with the file's tsconfig.json.
            var lowering = LoweringTargets.ForBuild(context.Options, context.FileSystem);
            if (lowering.Warning is { } loweringWarning)
                loaderDiagnostics = [.. loaderDiagnostics, new BuildDiagnostic(loweringWarning) { IsWarning = true, Inline = true }];
            var transformed = BuiltinTranspiler.Run(_text, path, BuiltinTranspiler.DefaultOptions(path, context.FileSystem, lowering.Lower), UseSourceMap);
            // The tsconfig.json that decided the transform is read for the module: watch mode rebuilds it when it changes.
            if (TsConfigCompilerOptions.For(Path.GetDirectoryName(path) ?? "/", context.FileSystem).File is { } tsconfig)
                BuildInfo.AddFileDependency(tsconfig);
            if (transformed.Error is { } transformError)
            {
                _lines = new LineTable(_text);
                var failed = new BuildDiagnostic("Module parse failed: " + transformError.Message, ReadableName, transformError.Line, transformError.Column, transformed.CodeFrame);
                return loaderDiagnostics.Count == 0 ? [failed] : [.. loaderDiagnostics, failed];
            }
            _text = transformed.Code!;
            SetLoaderSourceMap(transformed.SourceMap);
        }
        _size = -1;
        if (context.Options.NoParse is { } noParse && noParse.IsMatch(Type == "javascript/auto" ? Identifier : Identifier[(Type.Length + 1)..]))
        {
            _unparsed = true;
            _lines = new LineTable(_text);
            return loaderDiagnostics;
        }
        var jsx = path.EndsWith(".jsx", StringComparison.OrdinalIgnoreCase);
        var options = new ParseOptions
        {
            SourceType = Type == "javascript/esm" ? SourceType.Module : SourceType.Script,
            // webpack parses javascript/dynamic as a script, where node's module wrapper makes a top-level return valid.
            AllowReturnOutsideFunction = Type == "javascript/dynamic",
            Jsx = jsx,
            ImportPhases = (ParserOptions?.DeferImport ?? context.Options.Experiments.DeferImport) || (ParserOptions?.SourceImport ?? context.Options.Experiments.SourceImport),
            FileName = ReadableName,
        };
        var result = Type == "javascript/auto" ? ParseAuto(_text, options) : JavaScriptParser.Parse(_text, options);
        _lines = result.Lines;
        if (result.Error is { } error)
        {
            var failed = new BuildDiagnostic("Module parse failed: " + error.Message + ProcessedWithLoaders(), ReadableName, error.Line, error.Column,
                CodeFrame.Format(_text, result.Lines, error.Offset));
            return loaderDiagnostics.Count == 0 ? [failed] : [.. loaderDiagnostics, failed];
        }
        var collected = JavascriptParser.Parse(this, result, context.Options, Type == "javascript/esm", ParserExtensions?.Hooks);
        _collected = collected;
        _generationOrder = null;
        // The module keeps the dependencies in an array of their number; the collector's list is
        // let go (PERF: two lists of the same dependencies were 2.8 MB of synthetic 10,000's heap).
        Dependencies.Capacity = Dependencies.Count + collected.Dependencies.Count;
        Dependencies.AddRange(collected.Dependencies);
        Blocks.AddRange(collected.Blocks);
        collected.Dependencies.Clear();
        collected.Dependencies.TrimExcess();
        ProvidedExports = collected.IsEsm ? collected.ExportNames : null;
        return loaderDiagnostics.Count == 0 ? collected.Warnings : [.. loaderDiagnostics, .. collected.Warnings];
    }

    /// <inheritdoc />
    // Follows webpack's Module.getExportsType: an analysed CommonJS module's default import is its
    // exports object ("default" with a redirecting default object), a flagged one looks like an ES
    // module to a non-strict importer, a dynamic one decides at runtime.
    public override ExportsType GetExportsType(bool strict) => BuildExportsType switch
    {
        BuildExportsType.Namespace => ExportsType.Namespace,
        BuildExportsType.Default => ExportsType.DefaultWithNamed,
        BuildExportsType.Flagged => strict ? ExportsType.DefaultWithNamed : ExportsType.Namespace,
        _ => base.GetExportsType(strict),
    };

    /// <inheritdoc />
    public override bool AssignsPublicPath => _collected?.AssignsPublicPath == true;

    /// <inheritdoc />
    public override BuildExportsType BuildExportsType => _collected switch
    {
        null => BuildExportsType.None,
        { IsEsm: true } => BuildExportsType.Namespace,
        var collected => collected.CommonJsExportsType,
    };

    /// <inheritdoc />
    public override bool IsStrictEsm => Type == "javascript/esm";

    /// <inheritdoc />
    public override bool HasTopLevelAwait => _collected?.HasTopLevelAwait ?? false;

    /// <summary>Whether the module's source declares <paramref name="name"/> at its top level (not as an import).</summary>
    internal bool DeclaresAtTopLevel(string name)
    {
        if (_collected is not { } collected || _unparsed)
            return false;
        foreach (var declared in collected.TopLevelDeclarations)
        {
            if (declared == name) return true;
        }
        return false;
    }

    /// <inheritdoc />
    public override IReadOnlyCollection<string>? TopLevelDeclarations
    {
        get
        {
            if (_collected is not { } collected || _unparsed)
                return null;
            if (collected.TopLevelImports.Count == 0)
                return collected.TopLevelDeclarations;
            var names = new HashSet<string>(collected.TopLevelImports, StringComparer.Ordinal);
            names.UnionWith(collected.TopLevelDeclarations);
            return names;
        }
    }

    /// <inheritdoc />
    public override (int Line, int Column, string? CodeFrame) Locate(int offset) => LocateIn(_text, _lines, offset);

    /// <inheritdoc />
    public override CodeGenerationResult Generate(CodeGenerationContext context) => Generate(context, null);

    /// <inheritdoc />
    public override bool GeneratesPerRuntime => !_unparsed;

    /// <inheritdoc />
    public override bool BuildSideEffectFree => _collected?.SideEffectFree ?? false;

    /// <summary>Why the module's own code has side effects (its first such statement), when the source was analysed.</summary>
    public string? SideEffectsBailout => _collected?.SideEffectsBailout;

    /// <summary>
    /// Settles the usage of the reads inside declarations that are pure only through the imported
    /// functions they call, now that the imported modules' exports are known (webpack's InnerGraph
    /// inferDependencyUsage at finishModules).
    /// </summary>
    internal void ResolvePendingInnerGraph(ModuleGraph graph)
    {
        if (_collected?.PendingInnerGraph is not { } pending)
            return;
        pending.Resolve(graph);
        _collected.PendingInnerGraph = null;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Follows webpack's JavascriptGenerator.getConcatenationBailoutReason: ES modules, and with
    /// <paramref name="concatenateCommonJs"/> strict CommonJS modules that do not read what only the
    /// module cache gives (they run wrapped, with a <c>module</c> of their own but no cache entry);
    /// none that reads what only its own function has.
    /// </remarks>
    public override string? GetConcatenationBailoutReason(bool concatenateCommonJs) =>
        _collected is not { } collected || _unparsed ? (concatenateCommonJs ? "Module is not in strict mode" : "Module is not an ECMAScript module")
        : !collected.IsEsm && CommonJsBailout(collected, concatenateCommonJs) is { } commonJs ? commonJs
        : collected.ConcatenationBailout is { } reason ? "Module uses " + reason
        // webpack's ModuleConcatenationPlugin: buildInfo.strict (an ES module made sloppy by overrideStrict too).
        : !IsStrict(collected) ? "Module is not in strict mode"
        // The concatenation renames identifiers, not JSX tags that name bindings.
        : ResourcePath.EndsWith(".jsx", StringComparison.OrdinalIgnoreCase) ? "Module uses JSX"
        : null;

    // webpack's buildInfo.strict: ES modules and "use strict" code, unless parser.overrideStrict says otherwise.
    private bool IsStrict(CollectedModule collected) =>
        ParserOptions?.OverrideStrict is { } overrideStrict ? overrideStrict == "strict" : collected.IsEsm || collected.IsStrictByDirective;

    // webpack's WRAPPING_INCOMPATIBLE_RUNTIME_REQUIREMENTS, named as RuntimeGlobals names them.
    private static readonly (RuntimeGlobals Requirement, string Name)[] s_wrappingIncompatible =
    [
        (RuntimeGlobals.ModuleCache, "__webpack_require__.c"),
        (RuntimeGlobals.ModuleId, "module.id"),
        (RuntimeGlobals.ModuleLoaded, "module.loaded"),
        (RuntimeGlobals.HarmonyModuleDecorator, "__webpack_require__.hmd"),
        (RuntimeGlobals.NodeModuleDecorator, "__webpack_require__.nmd"),
    ];

    private string? CommonJsBailout(CollectedModule collected, bool concatenateCommonJs)
    {
        if (!concatenateCommonJs)
            return "Module is not an ECMAScript module";
        if (!IsStrict(collected))
            return "Module is not in strict mode";
        foreach (var (requirement, name) in s_wrappingIncompatible)
        {
            if ((collected.RuntimeRequirements | collected.ReplacementRequirements).HasAny(requirement))
                return "Module uses " + name;
        }
        return null;
    }

    /// <inheritdoc />
    public override CodeGenerationResult GenerateConcatenated(CodeGenerationContext context, RuntimeSpec? runtime, ConcatenationScope scope) =>
        Generate(context, runtime, scope);

    /// <inheritdoc />
    public override CodeGenerationResult Generate(CodeGenerationContext context, RuntimeSpec? runtime) => Generate(context, runtime, null);

    // Follows webpack's NormalModule.createSource: the code as its own original under
    // webpack://<readable name>, or, where a devtool follows loaders' maps and the loaders gave
    // one, the code with that map (its sources made webpack:// names relative to the context).
    // Without a devtool nothing ever streams the map, so the OriginalSource costs nothing more.
    private Source OriginalText(string context) =>
        Devtool.SourceMapPaths.ModuleSource(_text, "webpack://" + ReadableIdentifier, UseSourceMap ? LoaderSourceMap : null, context);

    private CodeGenerationResult Generate(CodeGenerationContext context, RuntimeSpec? runtime, ConcatenationScope? scope)
    {
        if (_unparsed)
        {
            // Nothing is known of the code: it gets module and exports, and exports as `this` (webpack's NormalModule.codeGeneration).
            return new CodeGenerationResult(OriginalText(context.Options.Context), RuntimeGlobals.Module | RuntimeGlobals.Exports | RuntimeGlobals.ThisAsExports,
                "exports", UsesThis: true);
        }
        var collected = _collected ?? throw new InvalidOperationException($"{ReadableName} was not built.");
        // PERF: room for about one edit per dependency up front (the edit arrays grown by doubling
        // were 22 MB of synthetic 10,000's code generation).
        var source = new ReplaceSource(OriginalText(context.Options.Context), name: null, capacity: Dependencies.Count + 4);
        var template = new TemplateContext(this, source, context, runtime) { ConcatenationScope = scope };
        foreach (var dependency in GenerationOrder())
            dependency.Apply(template);
        var requirements = template.RuntimeRequirements | collected.RuntimeRequirements;
        var output = new ConcatSource();
        SortInitFragments(template.InitFragments);
        if (IsAsync)
        {
            // Follows webpack's async module wrapping (JavascriptModulesPlugin + HarmonyCompatibility).
            requirements |= RuntimeGlobals.AsyncModule | RuntimeGlobals.Module;
            output.Add("__webpack_require__.a(" + collected.ModuleArgument + ", async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {\n");
        }
        StringBuilder? onDemand = null;
        foreach (var fragment in template.InitFragments)
        {
            if (fragment.OnDemandExports)
                (onDemand ??= new StringBuilder()).Append(fragment.Content);
            else if (fragment.Stage < StageAsyncHarmonyImports)
                output.Add(fragment.Content);
        }
        if (IsAsync && AsyncImportVariables(template) is { Length: > 0 } asyncImports)
        {
            output.Add($"var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([{asyncImports}]);\n");
            output.Add($"([{asyncImports}] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);\n");
        }
        foreach (var fragment in template.InitFragments)
        {
            if (fragment.Stage >= StageAsyncHarmonyImports && !fragment.OnDemandExports)
                output.Add(fragment.Content);
        }
        output.Add(source);
        // webpack's InitFragment.addToSource: end contents after the code, last fragment first.
        StringBuilder? onDemandBindings = null;
        for (var i = template.InitFragments.Count - 1; i >= 0; i--)
        {
            if (template.InitFragments[i].EndContent is not { } end)
                continue;
            if (template.InitFragments[i].OnDemandExports)
                (onDemandBindings ??= new StringBuilder()).Append(end);
            else
                output.Add(end);
        }
        if (IsAsync)
            output.Add("\n__webpack_async_result__();\n} catch(e) { __webpack_async_result__(e); } }" + (HasTopLevelAwait ? ", 1" : "") + ");");
        var exportsArgument = collected.IsEsm ? "__webpack_exports__" : "exports";
        // ES modules are strict, and so is a module with a "use strict" directive: the renderer says so.
        return new CodeGenerationResult(output, requirements, exportsArgument, collected.UsesThis)
        {
            Strict = IsStrict(collected),
            ModuleArgument = collected.ModuleArgument,
            ChunkInitFragments = template.ChunkInitFragments,
            TopLevelDeclarations = collected.TopLevelDeclarations,
            FreeNames = collected.FreeNames,
            OnDemandExports = onDemand?.ToString(),
            OnDemandExportBindings = onDemandBindings?.ToString(),
        };
    }

    // webpack's InitFragment.addToSource order: by stage, then position, then as added (a stable
    // sort: the templates run in source order, so equal fragments keep it). Few per module: an
    // insertion sort.
    internal static void SortInitFragments(List<InitFragment> fragments)
    {
        for (var i = 1; i < fragments.Count; i++)
        {
            var fragment = fragments[i];
            var j = i - 1;
            while (j >= 0 && (fragments[j].Stage > fragment.Stage || (fragments[j].Stage == fragment.Stage && fragments[j].Position > fragment.Position)))
            {
                fragments[j + 1] = fragments[j];
                j--;
            }
            fragments[j + 1] = fragment;
        }
    }

    // webpack's sortWithSourceOrder (run on a module's dependencies after its parse): the
    // dependencies of ES imports take the places they hold among themselves in the order of their
    // import statements, so code generation meets each import as an engine evaluates them (import
    // variables are numbered in that order); the other dependencies keep their places.
    private IReadOnlyList<Dependency> GenerationOrder()
    {
        var dependencies = Dependencies;
        if (_generationOrder is { } cached && cached.Count == dependencies.Count)
            return cached;
        // PERF: a copy only where imports change places (most modules' are in order already).
        var previous = -1;
        var sorted = true;
        var count = 0;
        foreach (var dependency in dependencies)
        {
            if (SourceOrder(dependency) is not { } order) continue;
            count++;
            if (order < previous) sorted = false;
            previous = order;
        }
        if (sorted || count < 2)
            return _generationOrder = dependencies;
        var ordered = dependencies.ToArray();
        var slots = new List<int>(count);
        var imports = new List<(Dependency Dependency, int Order, int Index)>(count);
        for (var i = 0; i < ordered.Length; i++)
        {
            if (SourceOrder(ordered[i]) is { } order)
            {
                slots.Add(i);
                imports.Add((ordered[i], order, i));
            }
        }
        imports.Sort(static (a, b) => a.Order != b.Order ? a.Order.CompareTo(b.Order) : a.Index.CompareTo(b.Index));
        for (var i = 0; i < slots.Count; i++)
            ordered[slots[i]] = imports[i].Dependency;
        return _generationOrder = ordered;
    }

    private IReadOnlyList<Dependency>? _generationOrder;

    /// <summary>The place of the ES import statement a dependency comes from among the module's imports (webpack's sourceOrder), or null for any other dependency.</summary>
    internal static int? SourceOrder(Dependency dependency) => dependency switch
    {
        Dependencies.Esm.EsmImportSideEffectDependency import => import.Index,
        Dependencies.Esm.EsmImportSpecifierDependency specifier => specifier.Import.Index,
        Dependencies.Esm.EsmReexportDependency reexport => reexport.Import.Index,
        Dependencies.Esm.EsmEvaluatedImportSpecifierDependency evaluated => evaluated.Import.Index,
        _ => null,
    };

    // The variables of ES imports whose modules are async, in import order (those declared: an
    // import of a side-effect-free module whose bindings are unused declares nothing).
    private string AsyncImportVariables(TemplateContext template)
    {
        var variables = new List<string>();
        foreach (var dependency in Dependencies)
        {
            if (dependency is Dependencies.Esm.EsmImportSideEffectDependency { Target.IsAsync: true } import
                && Sharpack.Plugins.JavaScript.Dependencies.Esm.ImportVariables.Find(template.Generation.Graph, this, import.Target!, import.IsDeferred) is { } variable
                && template.InitFragments.Exists(f => f.Key == "import " + variable) && !variables.Contains(variable))
                variables.Add(variable);
        }
        return string.Join(", ", variables);
    }

    // As webpack's javascript/auto: the module goal first (most code parses as a module), the script
    // goal when that fails. When both fail, the error that got further into the file is the one
    // worth reporting.
    private static ParseResult ParseAuto(string text, ParseOptions options)
    {
        var module = JavaScriptParser.Parse(text, new ParseOptions { SourceType = SourceType.Module, Jsx = options.Jsx, ImportPhases = options.ImportPhases, FileName = options.FileName });
        if (module.Error is null)
            return module;
        var script = JavaScriptParser.Parse(text, new ParseOptions { SourceType = SourceType.Script, Jsx = options.Jsx, ImportPhases = options.ImportPhases, FileName = options.FileName });
        if (script.Error is null || script.Error.Offset > module.Error.Offset)
            return script;
        return module;
    }

}
