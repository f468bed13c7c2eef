// Follows webpack lib/optimize/ConstExportsPlugin.js (parser part) and InlineExports.js's
// toInlinedValue: with optimization.inlineExports, a top-level `const X = <expression>` whose value
// evaluates to a small primitive (null, undefined, a boolean, a number or string of at most six
// characters as JavaScript prints it) is known to the evaluator after its declaration (so
// `const B = A + 1` and `if (A)` see it), and an exported one may be inlined at its uses.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.JavaScript.Ast;

namespace Sharpack.Plugins.JavaScript;

public sealed partial class JavascriptParser
{
    private Program _program = null!;

    // Top-level const declarators with a plain name, by symbol; built on first use.
    private Dictionary<int, VariableDeclarator>? _topLevelConsts;

    // Declarators being evaluated: a name read inside its own initializer is not known.
    private HashSet<int>? _evaluatingConsts;

    /// <summary>
    /// The constant a top-level <c>const</c> named <paramref name="name"/> is bound to when it may be
    /// inlined (webpack's CONST_BINDING_TAG data); null when it is no such constant or
    /// <c>optimization.inlineExports</c> is off.
    /// </summary>
    public InlinedValue? TopLevelConstant(string name)
    {
        if (!Options.Optimization.InlineExports)
            return null;
        var symbol = _scopes.FindSymbol(_scopes.RootScope, name);
        return symbol < 0 ? null : ToInlinedValue(EvaluateConstant(symbol, int.MaxValue));
    }

    /// <summary>
    /// Whether <paramref name="name"/> is declared by a top-level <c>const</c> (webpack's
    /// CONST_BINDING_TAG, destructured names included): its binding never changes.
    /// </summary>
    public bool IsTopLevelConst(string name)
    {
        var symbol = _scopes.FindSymbol(_scopes.RootScope, name);
        if (symbol < 0)
            return false;
        ref readonly var declared = ref _scopes.GetSymbol(symbol);
        return declared.Kind == Sharpack.JavaScript.Scopes.SymbolKind.Const && declared.Scope == _scopes.RootScope;
    }

    /// <summary>webpack's toInlinedValue: <paramref name="evaluated"/> as a constant an export may be inlined as, or null.</summary>
    public static InlinedValue? ToInlinedValue(BasicEvaluatedExpression? evaluated)
    {
        switch (evaluated?.Kind)
        {
            case EvaluatedKind.Null:
                return new InlinedValue(InlinedValueKind.Null, "null", false);
            case EvaluatedKind.Undefined:
                return new InlinedValue(InlinedValueKind.Undefined, "undefined", false);
            case EvaluatedKind.Boolean:
                return new InlinedValue(InlinedValueKind.Boolean, evaluated.Boolean ? "true" : "false", evaluated.Boolean);
            case EvaluatedKind.Number:
                {
                    var text = BasicEvaluatedExpression.NumberToString(evaluated.Number);
                    return text.Length > InlinedValue.MaxInlineLength ? null
                        : new InlinedValue(InlinedValueKind.Number, text, evaluated.Number != 0 && !double.IsNaN(evaluated.Number));
                }
            case EvaluatedKind.String:
                return evaluated.String!.Length > InlinedValue.MaxInlineLength ? null
                    : new InlinedValue(InlinedValueKind.String, CodeGenerationContext.JsonString(evaluated.String), evaluated.String.Length > 0);
            default:
                return null;
        }
    }

    // A read of a top-level const after its declaration (webpack tags the binding when the walk
    // reaches the declarator): the value of its initializer, when that is a small primitive.
    private BasicEvaluatedExpression? EvaluateConstantRead(Identifier identifier)
    {
        if (!Options.Optimization.InlineExports || identifier.Symbol < 0)
            return null;
        var evaluated = EvaluateConstant(identifier.Symbol, identifier.Start);
        return ToInlinedValue(evaluated) is not null ? At(evaluated!, identifier.Start, identifier.End) : null;
    }

    private BasicEvaluatedExpression? EvaluateConstant(int symbol, int readAt)
    {
        ref readonly var declared = ref _scopes.GetSymbol(symbol);
        if (declared.Kind != Sharpack.JavaScript.Scopes.SymbolKind.Const || declared.Scope != _scopes.RootScope)
            return null;
        if (!TopLevelConsts().TryGetValue(symbol, out var declarator) || declarator.Init is not { } init || readAt < declarator.End)
            return null;
        if (!(_evaluatingConsts ??= []).Add(symbol))
            return null;
        try
        {
            return EvaluateExpression(init);
        }
        finally
        {
            _evaluatingConsts.Remove(symbol);
        }
    }

    private Dictionary<int, VariableDeclarator> TopLevelConsts()
    {
        if (_topLevelConsts is { } known)
            return known;
        var map = new Dictionary<int, VariableDeclarator>();
        foreach (var statement in _program.Body)
        {
            var declaration = statement switch
            {
                VariableDeclaration d => d,
                ExportNamedDeclaration { Declaration: VariableDeclaration d } => d,
                _ => null,
            };
            if (declaration is not { Kind: VariableKind.Const })
                continue;
            foreach (var declarator in declaration.Declarations)
            {
                if (declarator.Id is Identifier { Symbol: >= 0 } id)
                    map[id.Symbol] = declarator;
            }
        }
        return _topLevelConsts = map;
    }

    // The constant's value, at the read's range (a replacement of the read must not edit the initializer).
    private static BasicEvaluatedExpression At(BasicEvaluatedExpression value, int start, int end) => value.Kind switch
    {
        EvaluatedKind.Null => BasicEvaluatedExpression.OfNull(start, end),
        EvaluatedKind.Undefined => BasicEvaluatedExpression.OfUndefined(start, end),
        EvaluatedKind.Boolean => BasicEvaluatedExpression.OfBoolean(value.Boolean, start, end),
        EvaluatedKind.Number => BasicEvaluatedExpression.OfNumber(value.Number, start, end),
        EvaluatedKind.BigInt => BasicEvaluatedExpression.OfBigInt(value.BigInt, start, end),
        _ => BasicEvaluatedExpression.OfString(value.String!, start, end),
    };
}
