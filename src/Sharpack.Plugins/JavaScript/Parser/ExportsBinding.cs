// A name bound to a module's exports (webpack's tagged variable of `const m = require("x")` and
// of `const m = await import("x")`): its static member reads and destructured keys say what is
// used of the module; any other read uses all of it, and so does a read the walk did not see (the
// name passed on before its declaration was walked, or exported).

using Sharpack.JavaScript.Ast;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>The reads of a name bound to a module's exports while its module is walked.</summary>
internal abstract class ExportsBinding(Identifier declaration)
{
    /// <summary>The name where it is declared (walked like a read, but not one).</summary>
    public Identifier Declaration { get; } = declaration;

    /// <summary>The export paths read so far.</summary>
    public List<IReadOnlyList<string>> Referenced { get; } = [];

    // The reads seen, against the symbol's reference count at the end.
    private int _uses;

    /// <summary>Called when a read uses all of the exports.</summary>
    public abstract void UseWhole();

    /// <summary>A read of the name itself: destructured keys, or all of it.</summary>
    public void Read(JavascriptParser parser, Node node)
    {
        if (ReferenceEquals(node, Declaration))
            return;
        _uses++;
        if (parser.DestructuringAssignmentPropertiesFor(node) is { } keys)
        {
            foreach (var key in keys) Referenced.Add([key]);
        }
        else
        {
            UseWhole();
        }
    }

    /// <summary>A read of a member chain on the name.</summary>
    public void ReadMembers(IReadOnlyList<string> path)
    {
        _uses++;
        Referenced.Add(path);
    }

    /// <summary>Whether some read was not seen (or the name is exported): all of the exports are used then.</summary>
    public bool Escaped(JavascriptParser parser)
    {
        ref readonly var symbol = ref parser.Scopes.GetSymbol(Declaration.Symbol);
        return _uses != symbol.ReferenceCount || (symbol.Flags & Sharpack.JavaScript.Scopes.SymbolFlags.Exported) != 0;
    }
}
