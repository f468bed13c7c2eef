// Constants (terser's reduce_vars for literals): a const, or a let nothing assigns, whose value is
// a literal takes the literal's place where it is read, when that makes the program shorter:
// `const N = 60; f(N)` is `f(60)`, and the declaration, read no more, goes. Only reads the walk
// meets after the declaration are replaced (a read before it, in a function declared earlier,
// keeps the name and the declaration stays). A var is left alone: it may be read before its value
// is set.

using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Scopes;

namespace Sharpack.JavaScript.Minifying;

public sealed partial class Compressor
{
    // Constant values by symbol, and how many reads took them.
    private Dictionary<int, Node>? _constants;
    private Dictionary<int, int>? _constantReads;

    // Records a declarator of a const (or an unassigned let) whose value is a literal.
    private void NoteConstant(VariableDeclaration declaration, VariableDeclarator declarator)
    {
        if (declaration.Kind is not (VariableKind.Const or VariableKind.Let) || declarator is not { Id: Identifier { Symbol: >= 0 } name, Init: { } value })
            return;
        var constant = ConstantOf(value);
        if (constant.Kind == ConstantKind.None)
            return;
        ref readonly var info = ref _scopes.GetSymbol(name.Symbol);
        if ((info.Flags & (SymbolFlags.Assigned | SymbolFlags.Exported | SymbolFlags.UsedInWith)) != 0
            || (info.Scope == _scopes.RootScope && !_isModule)
            || _scopes.GetNameRoot(name.Symbol) != name.Symbol
            || _scopes.IsTaintedByEval(info.Scope) || _scopes.IsInsideWith(info.Scope))
            return;
        // Each read costs the literal instead of a name (one or two characters); the declaration
        // (`,x=literal`) goes once all are replaced.
        var length = PrintedLength(constant);
        var reads = info.ReferenceCount;
        if (reads == 0 || (length - 1) * reads > length + 3)
            return;
        (_constants ??= [])[name.Symbol] = value;
    }

    // The literal a read of a constant becomes, or null.
    private Node? ReadConstant(Identifier reference)
    {
        if (_constants is null || !_constants.TryGetValue(reference.Symbol, out var value))
            return null;
        _constantReads ??= [];
        _constantReads[reference.Symbol] = _constantReads.GetValueOrDefault(reference.Symbol) + 1;
        // The literal keeps the value's source position, as terser's copy does: a source map
        // still leads to where the value was written.
        return ConstantNode(value, ConstantOf(value));
    }
}
