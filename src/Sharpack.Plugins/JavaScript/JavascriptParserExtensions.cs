// What plugins teach the JavaScript parser of one compiler by name, as webpack's DefinePlugin and
// ProvidePlugin do by tapping the parser's expression hooks: free names (and dotted paths)
// replaced by code, and free names that stand for a module. Each call taps the compiler's
// JavascriptParserHooks (Parser/DefineParserPlugin.cs, Parser/ProvideParserPlugin.cs); this class
// keeps webpack's rule that the first definition of a name wins (the `define` option before any
// plugin). Plugins call it in Apply or in a thisCompilation tap, before make.

using Sharpack.Core;
using Sharpack.Core.Options;
using Sharpack.Plugins.JavaScript.Parser;

namespace Sharpack.Plugins.JavaScript;

/// <summary>Definitions and provided names for the JavaScript parser of one compiler.</summary>
public sealed class JavascriptParserExtensions
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compiler, JavascriptParserExtensions> s_byCompiler = [];

    private readonly SharpackOptions _options;
    private readonly HashSet<string> _definitions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _provides = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    private JavascriptParserExtensions(Compiler compiler)
    {
        _options = compiler.Options;
        Hooks = JavascriptParserHooks.For(compiler);
    }

    /// <summary>The extensions of <paramref name="compiler"/> (made on first use).</summary>
    public static JavascriptParserExtensions For(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        return s_byCompiler.GetValue(compiler, static c => new JavascriptParserExtensions(c));
    }

    /// <summary>The parser hooks the definitions and provides are tapped on.</summary>
    public JavascriptParserHooks Hooks { get; }

    /// <summary>
    /// Defines <paramref name="expression"/> (a free name or dotted path, e.g. <c>process.env.API</c>)
    /// as <paramref name="code"/>. As with webpack's DefinePlugin hooks, the first definition of a
    /// name wins (the <c>define</c> option before any plugin); false when it was defined already.
    /// </summary>
    public bool Define(string expression, string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Define(expression, DefineValue.OfCode(code));
    }

    /// <summary>
    /// Defines <paramref name="expression"/> as the code <paramref name="code"/> gives for each
    /// module that uses it (webpack's DefinePlugin.runtimeValue); the first definition of a name wins,
    /// as with <see cref="Define(string, string)"/>.
    /// </summary>
    public bool Define(string expression, Func<JavascriptParser, string> code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Define(expression, DefineValue.OfRuntime((parser, _) => code(parser)));
    }

    /// <summary>
    /// Defines <paramref name="expression"/> as <paramref name="value"/> (code, a runtime value, an
    /// object whose paths are defined too, an array); the first definition of a name wins, as with
    /// <see cref="Define(string, string)"/>.
    /// </summary>
    public bool Define(string expression, DefineValue value)
    {
        ArgumentException.ThrowIfNullOrEmpty(expression);
        ArgumentNullException.ThrowIfNull(value);
        lock (_lock)
        {
            if (_options.Define.ContainsKey(expression) || !_definitions.Add(expression))
                return false;
            DefineParserPlugin.Define(Hooks, expression, value);
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
            if (!_provides.Add(name))
                return false;
            ProvideParserPlugin.Provide(Hooks, name, request, path ?? []);
            return true;
        }
    }
}
