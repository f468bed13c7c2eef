// What plugins teach the JavaScript parser of one compiler, as webpack's DefinePlugin and
// ProvidePlugin do by tapping the parser's expression hooks: free names (and dotted paths)
// replaced by code, and free names that stand for a module. The `define` option and
// optimization.nodeEnv feed the same table. Plugins add to it in Apply or in a thisCompilation
// tap, before make; modules read a frozen snapshot, built once per change, from worker threads.

using Sharpack.Core;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Options;

namespace Sharpack.Plugins.JavaScript;

/// <summary>Definitions and provided names for the JavaScript parser of one compiler.</summary>
public sealed class JavascriptParserExtensions
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compiler, JavascriptParserExtensions> s_byCompiler = [];

    private readonly SharpackOptions _options;
    private readonly Dictionary<string, string> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProvidedModule> _provides = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private volatile Snapshot? _snapshot;

    private JavascriptParserExtensions(SharpackOptions options) => _options = options;

    /// <summary>The extensions of <paramref name="compiler"/> (made on first use).</summary>
    public static JavascriptParserExtensions For(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        return s_byCompiler.GetValue(compiler, static c => new JavascriptParserExtensions(c.Options));
    }

    /// <summary>
    /// Defines <paramref name="expression"/> (a free name or dotted path, e.g. <c>process.env.API</c>)
    /// as <paramref name="code"/>. As with webpack's DefinePlugin hooks, the first definition of a
    /// name wins (the <c>define</c> option before any plugin); false when it was defined already.
    /// </summary>
    public bool Define(string expression, string code)
    {
        ArgumentException.ThrowIfNullOrEmpty(expression);
        ArgumentNullException.ThrowIfNull(code);
        lock (_lock)
        {
            if (_options.Define.ContainsKey(expression) || !_definitions.TryAdd(expression, code))
                return false;
            _snapshot = null;
            return true;
        }
    }

    /// <summary>
    /// Provides <paramref name="name"/> (a free name or dotted path): where a module uses it without
    /// declaring it, it becomes <paramref name="request"/>'s exports, or the export at
    /// <paramref name="path"/> of them. The first provide of a name wins.
    /// </summary>
    public bool Provide(string name, string request, IReadOnlyList<string>? path = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(request);
        lock (_lock)
        {
            if (!_provides.TryAdd(name, new ProvidedModule(request, path ?? [])))
                return false;
            _snapshot = null;
            return true;
        }
    }

    /// <summary>What the parser reads: every definition and provide as of now.</summary>
    internal Snapshot Current
    {
        get
        {
            if (_snapshot is { } snapshot)
                return snapshot;
            lock (_lock)
                return _snapshot ??= new Snapshot(_options, _definitions, _provides);
        }
    }

    /// <summary>The definitions for <paramref name="options"/> alone (a module made without a compiler's extensions).</summary>
    internal static Snapshot ForOptions(SharpackOptions options) => s_byOptions.GetValue(options, static o => new Snapshot(o, null, null));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SharpackOptions, Snapshot> s_byOptions = [];

    /// <summary>A module a free name stands for: its request and the export path taken from it.</summary>
    public sealed record ProvidedModule(string Request, IReadOnlyList<string> Path);

    /// <summary>
    /// A frozen table: names → code, names → provided modules, and the first segment of every dotted
    /// key (a dotted path whose root is not there is neither). PERF: built once, shared by every module.
    /// </summary>
    internal sealed class Snapshot
    {
        public readonly Dictionary<string, string> Values;
        public readonly Dictionary<string, ProvidedModule> Provides;
        public readonly HashSet<string> Roots = new(StringComparer.Ordinal);

        public Snapshot(SharpackOptions options, Dictionary<string, string>? definitions, Dictionary<string, ProvidedModule>? provides)
        {
            Values = new Dictionary<string, string>(options.Define, StringComparer.Ordinal);
            if (definitions is not null)
            {
                foreach (var (key, code) in definitions)
                    Values.TryAdd(key, code);
            }
            // webpack applies optimization.nodeEnv as a DefinePlugin after the user's plugins
            // (WebpackOptionsApply), with Vite's import.meta.env defaults: MODE, DEV, PROD, SSR (a
            // build for node and not for browsers) and BASE_URL (a static output.publicPath, else "/").
            if (options.Optimization.NodeEnv is { } nodeEnv)
            {
                var value = CodeGenerationContext.JsonString(nodeEnv);
                var development = options.Mode == BuildMode.Development;
                var publicPath = options.Output.PublicPath;
                Values.TryAdd("process.env.NODE_ENV", value);
                Values.TryAdd("import.meta.env.NODE_ENV", value);
                Values.TryAdd("import.meta.env.MODE", value);
                Values.TryAdd("import.meta.env.DEV", development ? "true" : "false");
                Values.TryAdd("import.meta.env.PROD", development ? "false" : "true");
                Values.TryAdd("import.meta.env.SSR", options.Target.IsNode ? "true" : "false");
                Values.TryAdd("import.meta.env.BASE_URL", CodeGenerationContext.JsonString(publicPath is "auto" or "" ? "/" : publicPath));
            }
            Provides = provides is null ? new(StringComparer.Ordinal) : new(provides, StringComparer.Ordinal);
            foreach (var key in Values.Keys)
                AddRoot(key);
            foreach (var key in Provides.Keys)
                AddRoot(key);
        }

        private void AddRoot(string key)
        {
            var dot = key.IndexOf('.', StringComparison.Ordinal);
            Roots.Add(dot < 0 ? key : key[..dot]);
        }
    }
}
