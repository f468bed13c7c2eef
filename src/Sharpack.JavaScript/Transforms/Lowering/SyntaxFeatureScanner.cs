// Which of the lowerable features a program uses: the transform lowers only when the target lacks
// one of them (most modules use none, and are then not parsed again), and tests check that
// lowered output uses none of what it lowered.

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Transforms;

/// <summary>Finds the <see cref="SyntaxFeatures"/> a program uses.</summary>
public sealed class SyntaxFeatureScanner : AstVisitor
{
    private readonly string _source;
    private readonly SyntaxFeatures _wanted;
    private SyntaxFeatures _found;

    private SyntaxFeatureScanner(string source, SyntaxFeatures wanted)
    {
        _source = source;
        _wanted = wanted;
    }

    /// <summary>The features of <paramref name="wanted"/> that <paramref name="program"/> (parsed from <paramref name="source"/>) uses.</summary>
    public static SyntaxFeatures Scan(Program program, string source, SyntaxFeatures wanted = SyntaxFeatures.All)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(source);
        var scanner = new SyntaxFeatureScanner(source, wanted);
        scanner.Visit(program);
        return scanner._found & wanted;
    }

    /// <inheritdoc/>
    public override void Visit(Node node)
    {
        if ((_found & _wanted) == _wanted)
            return;
        switch (node)
        {
            case BinaryExpression { Operator: Operator.Exponent }:
                _found |= SyntaxFeatures.ExponentOperator;
                break;
            case BinaryExpression { Operator: Operator.In, Left: PrivateIdentifier }:
                _found |= SyntaxFeatures.ClassPrivateBrandCheck;
                break;
            case AssignmentExpression { Operator: Operator.ExponentAssign }:
                _found |= SyntaxFeatures.ExponentOperator;
                break;
            case AssignmentExpression { Operator: Operator.LogicalOrAssign or Operator.LogicalAndAssign or Operator.NullishAssign }:
                _found |= SyntaxFeatures.LogicalAssignment;
                break;
            case LogicalExpression { Operator: Operator.NullishCoalescing }:
                _found |= SyntaxFeatures.NullishCoalescing;
                break;
            case ChainExpression:
                _found |= SyntaxFeatures.OptionalChain;
                break;
            case ObjectExpression objectExpression:
                foreach (var property in objectExpression.Properties)
                {
                    if (property is SpreadElement)
                        _found |= SyntaxFeatures.ObjectRestSpread;
                }
                break;
            case ObjectPattern pattern:
                if (pattern.Properties.Length > 0 && pattern.Properties[^1] is RestElement)
                    _found |= SyntaxFeatures.ObjectRestSpread;
                break;
            case CatchClause { Param: null }:
                _found |= SyntaxFeatures.OptionalCatchBinding;
                break;
            case Literal { Kind: LiteralKind.Number or LiteralKind.BigInt } literal:
                if (_source.AsSpan(literal.Start, literal.End - literal.Start).Contains('_'))
                    _found |= SyntaxFeatures.NumericSeparator;
                break;
            case PropertyDefinition property:
                _found |= property.Key is PrivateIdentifier ? SyntaxFeatures.ClassPrivateField
                    : property.Static ? SyntaxFeatures.ClassStaticField : SyntaxFeatures.ClassField;
                break;
            case MethodDefinition { Key: PrivateIdentifier }:
                _found |= SyntaxFeatures.ClassPrivateMethod;
                break;
            case StaticBlock:
                _found |= SyntaxFeatures.ClassStaticBlock;
                break;
        }
        base.Visit(node);
    }
}
