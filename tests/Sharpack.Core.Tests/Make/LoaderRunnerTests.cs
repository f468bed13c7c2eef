// The loader runner as webpack's loader-runner runs a chain: pitches left to right, the resource,
// normal loaders right to left; a pitch's result short-circuits; raw loaders get bytes; options,
// requests and data reach the loader; errors and warnings name the loader; what a loader adds
// lands in the module's build info. Modules build from an in-memory file system.

using System.Text;
using System.Text.Json.Nodes;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Make;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Stats;
using Sharpack.Resolver;

namespace Sharpack.Core.Tests.Make;

public sealed class LoaderRunnerTests
{
    private readonly InMemoryFileSystem _files = new InMemoryFileSystem().AddFile("/p/src/a.js", "source");
    private readonly LoaderRegistry _loaders = new();
    private readonly List<string> _log = [];

    // A module that only reads its source, as JavaScriptModule and JsonModule do before parsing.
    private sealed class SourceModule(string resource) : NormalModule(resource, resource, "javascript/auto")
    {
        public string? Source { get; private set; }

        public override long Size => Source?.Length ?? 0;

        public override IReadOnlyList<BuildDiagnostic> Build(BuildContext context)
        {
            Source = ReadSource(context, out var diagnostics);
            return diagnostics;
        }

        public override CodeGenerationResult Generate(CodeGenerationContext context) => throw new NotSupportedException();
    }

    // Logs its pitch and normal phase, appends its name to text content.
    private sealed class Recording(string name, List<string> log, Func<LoaderContext, LoaderResult?>? pitch = null) : ILoader
    {
        public ValueTask<LoaderResult?> PitchAsync(LoaderContext context)
        {
            log.Add("pitch " + name);
            context.Data["seen"] = name;
            return ValueTask.FromResult(pitch?.Invoke(context));
        }

        public ValueTask<LoaderResult> RunAsync(LoaderContext context, LoaderResult input)
        {
            log.Add($"normal {name} data={context.Data["seen"]}");
            return ValueTask.FromResult(new LoaderResult(input.Text + "+" + name, input.SourceMap));
        }
    }

    private sealed class Delegating(Func<LoaderContext, LoaderResult, LoaderResult> run, bool raw = false) : ILoader
    {
        public bool Raw => raw;

        public ValueTask<LoaderResult> RunAsync(LoaderContext context, LoaderResult input) => ValueTask.FromResult(run(context, input));
    }

    private sealed class Later(string suffix) : ILoader
    {
        public async ValueTask<LoaderResult> RunAsync(LoaderContext context, LoaderResult input)
        {
            await Task.Delay(1);
            return new LoaderResult(input.Text + suffix);
        }
    }

    private (SourceModule Module, IReadOnlyList<BuildDiagnostic> Diagnostics) Build(params LoaderItem[] loaders) => BuildWith(null, loaders);

    private (SourceModule Module, IReadOnlyList<BuildDiagnostic> Diagnostics) BuildWith(IJavaScriptLoaderHost? host, params LoaderItem[] loaders)
    {
        var options = OptionsNormalizer.Normalize(JsonNode.Parse("""{ "mode": "development" }"""), null, "/p").Options!;
        var module = new SourceModule("/p/src/a.js?q=1#f") { Loaders = loaders, ReadableName = "./src/a.js?q=1#f" };
        var diagnostics = module.Build(new BuildContext(options, _files, _loaders) { JavaScriptLoaders = host });
        return (module, diagnostics);
    }

    // Stands in for node: logs each step; a JavaScript loader appends its file name (without
    // ".js"); a pitch step that ends the chain reads the resource it was given, other pitch steps go on.
    private sealed class FakeHost(List<string> log, Func<LoaderContext, JavaScriptLoaderStep, JavaScriptLoaderOutcome?>? answer = null) : IJavaScriptLoaderHost
    {
        public JavaScriptLoaderOutcome Run(LoaderContext context, JavaScriptLoaderStep step)
        {
            log.Add($"{step.Phase} {step.Start}-{step.End}");
            if (answer?.Invoke(context, step) is { } given)
                return given;
            string text;
            if (step.Phase == JavaScriptLoaderPhase.Normal)
                text = step.Input!.Text;
            else if (step.End < context.Loaders.Count)
                return new JavaScriptLoaderOutcome();
            else
                text = Encoding.UTF8.GetString(step.Resource!);
            for (var i = step.End - 1; i >= step.Start; i--)
                text += "+" + Path.GetFileNameWithoutExtension(context.Loaders[i].Loader);
            return new JavaScriptLoaderOutcome { Result = new LoaderResult(text), ResourceRead = step.Phase == JavaScriptLoaderPhase.Pitch };
        }

        public void Release(LoaderContext context) => log.Add("release");
    }

    [Fact]
    public void ConsecutiveJavaScriptLoadersGoToTheHostAsOneRunPerPhase()
    {
        _loaders.Register("cs", new Recording("cs", _log));
        var (module, diagnostics) = BuildWith(new FakeHost(_log), new("/p/js0.js"), new("cs"), new("/p/js2.js"), new("/p/js3.js"));
        Assert.Empty(diagnostics);
        Assert.Equal("source+js3+js2+cs+js0", module.Source);
        // js0 pitches alone and waits; js2 and js3 pitch, read the file and run in one step; js0's
        // normal phase is a second step; the host then forgets js0's pitch data.
        Assert.Equal(["Pitch 0-1", "pitch cs", "Pitch 2-4", "normal cs data=cs", "Normal 0-1", "release"], _log);
        Assert.Equal(["/p/src/a.js"], module.BuildInfo.FileDependencies);
    }

    [Fact]
    public void AnAllJavaScriptChainIsOneStep()
    {
        var (module, diagnostics) = BuildWith(new FakeHost(_log), new("/p/js0.js"), new("/p/js1.js"));
        Assert.Empty(diagnostics);
        Assert.Equal("source+js1+js0", module.Source);
        Assert.Equal(["Pitch 0-2"], _log);
    }

    [Fact]
    public void AJavaScriptPitchThatAnswersSkipsTheResourceAndGoesOnLeftOfItsRun()
    {
        _loaders.Register("cs", new Recording("cs", _log));
        var host = new FakeHost(_log, (_, step) => step.Phase == JavaScriptLoaderPhase.Pitch
            ? new JavaScriptLoaderOutcome { Result = new LoaderResult("pitched") }
            : null);
        var (module, diagnostics) = BuildWith(host, new("cs"), new("/p/js1.js"), new("cs"));
        Assert.Empty(diagnostics);
        Assert.Equal("pitched+cs", module.Source);
        Assert.Equal(["pitch cs", "Pitch 1-2", "normal cs data=cs"], _log);
        Assert.Empty(module.BuildInfo.FileDependencies);
    }

    [Fact]
    public void AJavaScriptFailureNamesTheLoaderItCameFrom()
    {
        var host = new FakeHost(_log, (_, _) => new JavaScriptLoaderOutcome { Error = "TypeError: boom\n    at loader (/p/js1.js:1:1)", FailedLoader = 1 });
        var error = Assert.Single(BuildWith(host, new("/p/js0.js"), new("/p/js1.js")).Diagnostics);
        Assert.Equal("Module build failed (from ./js1.js):\nTypeError: boom\n    at loader (/p/js1.js:1:1)", error.Message);
        var bare = new FakeHost([], (_, _) => new JavaScriptLoaderOutcome { Error = "Error: Final loader (./js0.js) didn't return a Buffer or String", ErrorWithoutLoader = true });
        Assert.Equal("Module build failed: Error: Final loader (./js0.js) didn't return a Buffer or String", Assert.Single(BuildWith(bare, new LoaderItem("/p/js0.js")).Diagnostics).Message);
    }

    [Fact]
    public void AHostThatCannotRunFailsTheModule()
    {
        var host = new FakeHost(_log, (_, _) => throw new InvalidOperationException("JavaScript loaders need node on PATH (or SHARPACK_NODE)"));
        var error = Assert.Single(BuildWith(host, new LoaderItem("/p/js0.js")).Diagnostics);
        Assert.Equal("Module build failed (from ./js0.js):\nJavaScript loaders need node on PATH (or SHARPACK_NODE)", error.Message);
    }

    [Fact]
    public void PitchesLeftToRightThenRunsRightToLeft()
    {
        foreach (var name in new[] { "a", "b", "c" })
            _loaders.Register(name, new Recording(name, _log));
        var (module, diagnostics) = Build(new("a"), new("b"), new("c"));
        Assert.Empty(diagnostics);
        Assert.Equal("source+c+b+a", module.Source);
        Assert.Equal(["pitch a", "pitch b", "pitch c", "normal c data=c", "normal b data=b", "normal a data=a"], _log);
    }

    [Fact]
    public void APitchResultSkipsTheRestAndTheResource()
    {
        _loaders.Register("a", new Recording("a", _log));
        _loaders.Register("b", new Recording("b", _log, context =>
        {
            // What webpack's style-loader does: ask for the rest of the chain as a request.
            Assert.Equal("c!/p/src/a.js?q=1#f", context.RemainingRequest);
            Assert.Equal("a", context.PreviousRequest);
            Assert.Equal("b!c!/p/src/a.js?q=1#f", context.CurrentRequest);
            return new LoaderResult("pitched");
        }));
        _loaders.Register("c", new Recording("c", _log));
        _files.AddFile("/p/src/a.js", "never read");
        var (module, diagnostics) = Build(new("a"), new("b"), new("c"));
        Assert.Empty(diagnostics);
        Assert.Equal("pitched+a", module.Source);
        Assert.Equal(["pitch a", "pitch b", "normal a data=a"], _log);
        Assert.Empty(module.BuildInfo.FileDependencies); // the resource was not read
    }

    [Fact]
    public void ARawLoaderGetsBytesAndTheNextGetsText()
    {
        _loaders.Register("raw", new Delegating((_, input) =>
        {
            Assert.True(input.IsBytes);
            return new LoaderResult(Encoding.UTF8.GetBytes(input.Bytes.Length + " bytes"));
        }, raw: true));
        _loaders.Register("text", new Delegating((_, input) =>
        {
            Assert.False(input.IsBytes);
            return new LoaderResult("text of " + input.Text);
        }));
        var (module, diagnostics) = Build(new("text"), new("raw"));
        Assert.Empty(diagnostics);
        Assert.Equal("text of 6 bytes", module.Source);
    }

    [Fact]
    public void AByteOrderMarkIsDroppedFromText()
    {
        _files.AddFile("/p/src/a.js", [0xEF, 0xBB, 0xBF, (byte)'x']);
        _loaders.Register("text", new Delegating((_, input) => new LoaderResult("[" + input.Text + "]")));
        Assert.Equal("[x]", Build(new LoaderItem("text")).Module.Source);
    }

    [Fact]
    public void OptionsAndResourceReachTheLoader()
    {
        var seen = new List<string>();
        _loaders.Register("opts", new Delegating((context, input) =>
        {
            seen.Add($"{context.GetOptions().ToJsonString()} query={context.Query}");
            return input;
        }));
        _loaders.Register("where", new Delegating((context, input) =>
        {
            seen.Add($"{context.ResourcePath} {context.ResourceQuery} {context.ResourceFragment} {context.Context} {context.RootContext} {context.Mode} {context.Target} {context.SourceMap}");
            return input;
        }));
        Build(new("opts", Options: new JsonObject { ["n"] = 1 }, Ident: "id"), new("opts", "a=1&b&a=2&c=x%20y"), new("opts", "{\"j\":true}"), new("opts"), new("where"));
        Assert.Equal([
            "/p/src/a.js ?q=1 #f /p/src /p development web False",
            "{} query=",
            "{\"j\":true} query=?{\"j\":true}",
            "{\"a\":[\"1\",\"2\"],\"b\":\"\",\"c\":\"x y\"} query=?a=1&b&a=2&c=x%20y",
            "{\"n\":1} query=",
        ], seen);
    }

    [Fact]
    public void AThrowingLoaderFailsTheBuildNamingIt()
    {
        _loaders.Register("ok", new Recording("ok", _log));
        _loaders.Register("boom", new Delegating((_, _) => throw new InvalidOperationException("no semicolons allowed")));
        var (module, diagnostics) = Build(new("ok"), new("boom"));
        var error = Assert.Single(diagnostics);
        Assert.Equal("Module build failed (from boom):\nno semicolons allowed", error.Message);
        Assert.Equal("./src/a.js?q=1#f", error.File);
        Assert.False(error.IsWarning);
        Assert.Null(module.Source);
        Assert.DoesNotContain("normal ok data=ok", _log); // the chain stopped
        Assert.False(module.BuildInfo.Cacheable);
    }

    [Fact]
    public void ALoaderReturningNullFailsTheBuildNamingIt()
    {
        _loaders.Register("nothing", new Delegating((_, _) => null!));
        var error = Assert.Single(Build(new LoaderItem("nothing")).Diagnostics);
        Assert.Equal("Module build failed (from nothing):\nThe loader returned no result (null); return the content, unchanged if need be.", error.Message);
    }

    [Fact]
    public void AThrowingPitchFailsTheBuildNamingIt()
    {
        _loaders.Register("p", new Recording("p", _log, _ => throw new FormatException("bad pitch")));
        var error = Assert.Single(Build(new LoaderItem("p")).Diagnostics);
        Assert.Equal("Module build failed (from p):\nbad pitch", error.Message);
    }

    [Fact]
    public void WarningsAndErrorsEmittedByALoaderNameIt()
    {
        _loaders.Register("lint", new Delegating((context, input) =>
        {
            context.EmitWarning("unused variable");
            context.EmitError("missing semicolon");
            return input;
        }));
        var (module, diagnostics) = Build(new LoaderItem("lint"));
        Assert.Equal("source", module.Source);
        Assert.Collection(diagnostics,
            warning => Assert.Equal(("Module Warning (from lint):\nunused variable", true, "./src/a.js?q=1#f"), (warning.Message, warning.IsWarning, warning.File)),
            error => Assert.Equal(("Module Error (from lint):\nmissing semicolon", false), (error.Message, error.IsWarning)));
    }

    [Fact]
    public void DependenciesLandInTheBuildInfo()
    {
        _loaders.Register("deps", new Delegating((context, input) =>
        {
            context.AddDependency("/p/src/inlined.txt");
            context.AddContextDependency("/p/src/locales");
            context.AddMissingDependency("/p/src/optional.js");
            context.AddBuildDependency("/p/loader.config.json");
            context.Cacheable(false);
            return input;
        }));
        var info = Build(new LoaderItem("deps")).Module.BuildInfo;
        Assert.Equal(["/p/src/a.js", "/p/src/inlined.txt"], info.FileDependencies.Order(StringComparer.Ordinal));
        Assert.Equal(["/p/src/locales"], info.ContextDependencies);
        Assert.Equal(["/p/src/optional.js"], info.MissingDependencies);
        Assert.Equal(["/p/loader.config.json"], info.BuildDependencies);
        Assert.False(info.Cacheable);
    }

    [Fact]
    public void AModuleWithoutLoadersDependsOnItsFile()
    {
        var (module, diagnostics) = Build();
        Assert.Empty(diagnostics);
        Assert.Equal("source", module.Source);
        Assert.Equal(["/p/src/a.js"], module.BuildInfo.FileDependencies);
        Assert.True(module.BuildInfo.Cacheable);
    }

    [Fact]
    public void AsynchronousLoadersAreAwaited()
    {
        _loaders.Register("later", new Later("!"));
        Assert.Equal("source!!", Build(new("later"), new("later")).Module.Source);
    }

    [Fact]
    public void TheSourceMapIsPassedOnToTheModule()
    {
        _loaders.Register("mapper", new Delegating((_, input) => new LoaderResult(input.Text, """{"version":3}""")));
        _loaders.Register("keeper", new Recording("keeper", _log));
        var module = Build(new("keeper"), new("mapper")).Module;
        Assert.Equal("""{"version":3}""", module.LoaderSourceMap);
    }

    [Fact]
    public void AnUnregisteredLoaderWithoutAHostFailsTheModule()
    {
        // Not a C# loader, so a JavaScript one (a resolved path), and no host runs those here.
        var error = Assert.Single(Build(new LoaderItem("/p/node_modules/babel-loader/lib/index.js")).Diagnostics);
        Assert.Equal("Module build failed: './node_modules/babel-loader/lib/index.js' (used for ./src/a.js?q=1#f) is a JavaScript loader, and this build runs no JavaScript loaders: " +
            "it is not a C# loader registered with compiler.Loaders, and no JavaScript loader host is set (Compiler.JavaScriptLoaders).", error.Message);
    }

    [Fact]
    public void LoadersInTheOptionsAreRegisteredWithTheCompiler()
    {
        var loader = new Later("!");
        var compiler = new Compiler(new SharpackOptions
        {
            Context = "/p",
            Entries = [],
            Output = new OutputOptions { Path = "/p/dist" },
            Target = new TargetOptions { Name = "web" },
            Loaders = new Dictionary<string, ILoader> { ["later"] = loader },
        });
        Assert.Same(loader, compiler.Loaders.Find("later"));
        Assert.Null(compiler.Loaders.Find("other"));
    }
}
