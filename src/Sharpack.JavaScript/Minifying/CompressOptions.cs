// terser's optional compress options: what may go (console calls, debugger statements), which
// calls have no effects, and which globals are constants (global_defs).

namespace Sharpack.JavaScript.Minifying;

/// <summary>Options of <see cref="Compressor"/> (terser's <c>compress</c> object).</summary>
public sealed class CompressOptions
{
    /// <summary>Drops every call of a <c>console.*</c> function, its arguments included (terser's <c>drop_console</c>; default false).</summary>
    public bool DropConsole { get; init; }

    /// <summary>Drops <c>debugger</c> statements (terser's <c>drop_debugger</c>; default true).</summary>
    public bool DropDebugger { get; init; } = true;

    /// <summary>
    /// Functions whose calls have no effects, by the callee as written (<c>Math.floor</c>,
    /// <c>assert</c>): a call whose value nothing reads goes, its arguments' effects kept (terser's <c>pure_funcs</c>).
    /// </summary>
    public IReadOnlyCollection<string> PureFunctions { get; init; } = [];

    /// <summary>
    /// Globals read as constants, by name or dotted path (<c>DEBUG</c>, <c>process.env.NODE_ENV</c>):
    /// a string, number, boolean or null, or JavaScript code when the key starts with <c>@</c>
    /// (terser's <c>global_defs</c>).
    /// </summary>
    public IReadOnlyDictionary<string, object?> GlobalDefinitions { get; init; } = new Dictionary<string, object?>();

    /// <summary>
    /// How many expressions consecutive statements join into one comma sequence at most (terser's
    /// <c>sequences</c>: <c>true</c> is 200, <c>false</c> 1, which joins none). A limit keeps the
    /// joining linear on a function of a hundred thousand statements; past it a new statement starts.
    /// </summary>
    public int Sequences { get; init; } = DefaultSequences;

    /// <summary>terser's <c>sequences: true</c>: 200 expressions a sequence.</summary>
    public const int DefaultSequences = 200;
}
