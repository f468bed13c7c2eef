// Follows webpack lib/optimize/SideEffectsFlagPlugin.js (its statement handler and the
// /*#__NO_SIDE_EFFECTS__*/ notation) and JavascriptParser.isPure: with optimization.sideEffects
// true, a module whose top-level statements (those of top-level blocks, ifs and loops included,
// not function bodies) are all pure is side-effect-free in its own code; the first statement that
// is not is reported as the optimization bailout. Imports and re-exports are left to their
// dependencies (a side-effect-free module still evaluates the side effects of what it imports).

using Sharpack.JavaScript.Ast;

namespace Sharpack.Plugins.JavaScript;

public sealed partial class JavascriptParser
{
    // The top-level functions annotated /*#__NO_SIDE_EFFECTS__*/: calls with pure arguments are pure.
    private HashSet<string>? _noSideEffectsFunctions;

    // Analyses `body` (the program's statements); records the first statement with side effects.
    private void AnalyseSideEffects(Node[] body)
    {
        var previousEnd = 0;
        foreach (var statement in body)
        {
            if (FirstStatementWithSideEffects(statement, previousEnd) is { } impure)
            {
                var (line, column) = _lines.GetLineColumn(impure.Start);
                var (endLine, endColumn) = _lines.GetLineColumn(impure.End);
                _result.SideEffectsBailout = $"Statement ({impure.Type}) with side effects in source code at {FormatLocation(line, column, endLine, endColumn)}";
                return;
            }
            previousEnd = statement.End;
        }
        _result.SideEffectFree = true;
    }

    // webpack's formatLocation of a range: "L:C-C2" on one line, "L:C-L2:C2" across lines.
    private static string FormatLocation(int line, int column, int endLine, int endColumn) =>
        line == endLine ? $"{line}:{column}-{endColumn}" : $"{line}:{column}-{endLine}:{endColumn}";

    private Node? FirstStatementWithSideEffects(Node statement, int previousEnd)
    {
        if (_deadBranches is { } dead && dead.Contains(statement))
            return null;
        switch (statement)
        {
            case ExpressionStatement expression:
                return IsPure(expression.Expression, statement.Start) ? null : statement;
            case IfStatement conditional:
                if (!IsPure(conditional.Test, statement.Start)) return statement;
                return FirstStatementWithSideEffects(conditional.Consequent, conditional.Test.End)
                    ?? (conditional.Alternate is { } alternate ? FirstStatementWithSideEffects(alternate, conditional.Consequent.End) : null);
            case WhileStatement loop:
                return IsPure(loop.Test, statement.Start) ? FirstStatementWithSideEffects(loop.Body, loop.Test.End) : statement;
            case DoWhileStatement loop:
                return IsPure(loop.Test, statement.Start) ? FirstStatementWithSideEffects(loop.Body, statement.Start) : statement;
            case ForStatement loop:
                if (!IsPure(loop.Init, statement.Start)
                    || !IsPure(loop.Test, loop.Init?.End ?? statement.Start)
                    || !IsPure(loop.Update, loop.Test?.End ?? loop.Init?.End ?? statement.Start))
                    return statement;
                return FirstStatementWithSideEffects(loop.Body, statement.Start);
            case SwitchStatement choice:
                if (!IsPure(choice.Discriminant, statement.Start)) return statement;
                foreach (var branch in choice.Cases)
                {
                    foreach (var inner in branch.Consequent)
                    {
                        if (FirstStatementWithSideEffects(inner, branch.Start) is { } found) return found;
                    }
                }
                return null;
            case VariableDeclaration or ClassDeclaration or FunctionDeclaration:
                return IsPure(statement, statement.Start) ? null : statement;
            case ExportNamedDeclaration named:
                return named.Source is not null || IsPure(named.Declaration, statement.Start) ? null : statement;
            case ExportDefaultDeclaration exportDefault:
                return IsPure(exportDefault.Declaration, statement.Start) ? null : statement;
            case LabeledStatement labeled:
                return FirstStatementWithSideEffects(labeled.Body, statement.Start);
            case BlockStatement block:
                foreach (var inner in block.Body)
                {
                    if (FirstStatementWithSideEffects(inner, previousEnd) is { } found) return found;
                }
                return null;
            case EmptyStatement or ImportDeclaration or ExportAllDeclaration:
                return null;
            default:
                return statement;
        }
    }

    /// <summary>
    /// webpack's parser.isPure: evaluating <paramref name="node"/> cannot have a side effect —
    /// functions, classes without static initializers or blocks, literals, identifiers, calls
    /// annotated <c>/*#__PURE__*/</c> (between <paramref name="commentsStart"/> and the call) or of
    /// a <c>/*#__NO_SIDE_EFFECTS__*/</c> function with pure arguments, and expressions of those.
    /// </summary>
    internal bool IsPure(Node? node, int commentsStart)
    {
        switch (node)
        {
            case null:
                return true;
            case ClassNode classNode:
                if (classNode.SuperClass is { } superClass && !IsPure(superClass, classNode.Start)) return false;
                foreach (var member in classNode.Body.Body)
                {
                    switch (member)
                    {
                        case StaticBlock:
                            return false;
                        case MethodDefinition method:
                            if (method.Computed && !IsPure(method.Key, method.Start)) return false;
                            if (classNode.SuperClass is not null && method.Kind == MethodKind.Constructor) return false;
                            break;
                        case PropertyDefinition property:
                            if (property.Computed && !IsPure(property.Key, property.Start)) return false;
                            if (property.Static && property.Value is { } value && !IsPure(value, property.Key.End)) return false;
                            break;
                    }
                }
                return true;
            case TemplateLiteral template:
                foreach (var expression in template.Expressions)
                {
                    if (!IsPure(expression, commentsStart)) return false;
                    commentsStart = expression.End;
                }
                return true;
            case FunctionNode or ThisExpression or Literal or Identifier or PrivateIdentifier or MetaProperty:
                return true;
            case VariableDeclaration variables:
                foreach (var declarator in variables.Declarations)
                {
                    if (!IsPure(declarator.Init, declarator.Start)) return false;
                }
                return true;
            case ArrayExpression array:
                foreach (var element in array.Elements)
                {
                    if (element is null) continue;
                    if (element is SpreadElement || !IsPure(element, commentsStart)) return false;
                    commentsStart = element.End;
                }
                return true;
            case ObjectExpression objectExpression:
                foreach (var member in objectExpression.Properties)
                {
                    if (member is not Property property) return false; // a spread
                    if (property.Computed && !IsPure(property.Key, commentsStart)) return false;
                    if (!IsPure(property.Value, property.Key.End)) return false;
                    commentsStart = property.End;
                }
                return true;
            case ChainExpression chain:
                return IsPure(chain.Expression, commentsStart);
            case UnaryExpression { Operator: Operator.Typeof or Operator.Void or Operator.LogicalNot } unary:
                return IsPure(unary.Argument, commentsStart);
            case BinaryExpression { Operator: Operator.StrictEqual or Operator.StrictNotEqual } strict:
                return IsPure(strict.Left, commentsStart) && IsPure(strict.Right, strict.Left.End);
            case ConditionalExpression conditional:
                return IsPure(conditional.Test, commentsStart) && IsPure(conditional.Consequent, conditional.Test.End)
                    && IsPure(conditional.Alternate, conditional.Consequent.End);
            case LogicalExpression logical:
                return IsPure(logical.Left, commentsStart) && IsPure(logical.Right, logical.Left.End);
            case SequenceExpression sequence:
                foreach (var expression in sequence.Expressions)
                {
                    if (!IsPure(expression, commentsStart)) return false;
                    commentsStart = expression.End;
                }
                return true;
            // ImportMetaPlugin's isPure: import.meta.resolve("./x") computes a URL string.
            case CallExpression call when Parser.UrlParserPlugin.IsStaticImportMetaResolve(this, call):
                return true;
            case CallExpression call:
                if (!HasPureAnnotation(commentsStart, call.Start)
                    && !(call.Callee is Identifier callee && _noSideEffectsFunctions is { } pure && pure.Contains(callee.Name) && IsTopLevel(callee)))
                    return false;
                return ArgumentsArePure(call.Arguments, call.Callee.End);
            // URLParserPlugin's isPure: an asset's URL (`new URL("./x.png", import.meta.url)`) is computed without side effects.
            case NewExpression construct when Parser.UrlParserPlugin.IsStaticAssetUrl(this, construct):
                return true;
            case NewExpression construct:
                return HasPureAnnotation(commentsStart, construct.Start) && ArgumentsArePure(construct.Arguments, construct.Callee.End);
            case TaggedTemplateExpression tagged:
                if (!HasPureAnnotation(commentsStart, tagged.Start)) return false;
                commentsStart = tagged.Tag.End;
                foreach (var expression in tagged.Quasi.Expressions)
                {
                    if (!IsPure(expression, commentsStart)) return false;
                    commentsStart = expression.End;
                }
                return true;
        }
        // webpack: what the evaluator knows to be a value without side effects (a constant after
        // DefinePlugin, `"a" + 1`…).
        return EvaluateExpression(node) is { SideEffects: false } evaluated && evaluated.IsKnownPrimitive;
    }

    private bool ArgumentsArePure(Node[] arguments, int commentsStart)
    {
        foreach (var argument in arguments)
        {
            if (argument is SpreadElement || !IsPure(argument, commentsStart)) return false;
            commentsStart = argument.End;
        }
        return true;
    }

    /// <summary>Whether the top-level function <paramref name="localName"/> is annotated <c>/*#__NO_SIDE_EFFECTS__*/</c> ("default": an anonymous default export).</summary>
    internal bool IsNoSideEffectsFunction(string localName) => _noSideEffectsFunctions is { } pure && pure.Contains(localName);

    // A callee named by a top-level binding (not a parameter or local that shadows it).
    private bool IsTopLevel(Identifier identifier) =>
        identifier.Symbol >= 0 && _scopes.Symbols[identifier.Symbol].Scope == _scopes.RootScope;

    // webpack's CompilerHintNotationRegExp.Pure (`/^\s*(?:#|@)__PURE__\s*$/`) on a block comment
    // between `start` and `end`; webpack looks only when more than 12 characters lie between.
    private bool HasPureAnnotation(int start, int end) =>
        end - start > 12 && HasBlockCommentBetween(start, end, "__PURE__");

    private bool HasBlockCommentBetween(int start, int end, string annotation)
    {
        var comments = Comments;
        // Comments are in source order: find the first that starts at or after `start`.
        int low = 0, high = comments.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (comments[middle].Start < start) low = middle + 1;
            else high = middle;
        }
        for (var i = low; i < comments.Count && comments[i].End <= end; i++)
        {
            var comment = comments[i];
            if (comment.IsBlock && IsAnnotation(Source.AsSpan(comment.Start + 2, comment.End - comment.Start - 4), annotation))
                return true;
        }
        return false;
    }

    // `text` is optional whitespace, `#` or `@`, the annotation, optional whitespace.
    private static bool IsAnnotation(ReadOnlySpan<char> text, string annotation)
    {
        text = text.Trim();
        return text.Length == annotation.Length + 1 && text[0] is '#' or '@' && text[1..].SequenceEqual(annotation);
    }

    // webpack's preStatement/preDeclarator taps: `/*#__NO_SIDE_EFFECTS__*/ function f` (also
    // exported), and `const f = /*#__NO_SIDE_EFFECTS__*/ () => …` (the notation before the
    // declaration only for const).
    // The parser option pureFunctions names functions as if annotated (a variable whatever its
    // initializer; "default" an anonymous default-exported function).
    private void CollectNoSideEffectsFunctions(Node[] body)
    {
        var previousEnd = 0;
        var listed = ParserOptions.PureFunctions;
        foreach (var statement in body)
        {
            var declaration = statement switch
            {
                ExportNamedDeclaration { Declaration: { } exported } => exported,
                ExportDefaultDeclaration { Declaration: FunctionDeclaration exported } => exported,
                _ => statement,
            };
            switch (declaration)
            {
                case FunctionDeclaration function when (listed is not null && listed.Contains(function.Id?.Name ?? "default"))
                    || HasBlockCommentBetween(previousEnd, statement.Start, "__NO_SIDE_EFFECTS__") || HasBlockCommentBetween(statement.Start, function.Start, "__NO_SIDE_EFFECTS__"):
                    (_noSideEffectsFunctions ??= new HashSet<string>(StringComparer.Ordinal)).Add(function.Id?.Name ?? "default");
                    break;
                case ExportDefaultDeclaration { Declaration: FunctionExpression or ArrowFunctionExpression } when listed is not null && listed.Contains("default"):
                    (_noSideEffectsFunctions ??= new HashSet<string>(StringComparer.Ordinal)).Add("default");
                    break;
                case VariableDeclaration variables:
                    foreach (var declarator in variables.Declarations)
                    {
                        if (declarator.Id is Identifier listedId && listed is not null && listed.Contains(listedId.Name))
                        {
                            (_noSideEffectsFunctions ??= new HashSet<string>(StringComparer.Ordinal)).Add(listedId.Name);
                            continue;
                        }
                        if (declarator is not { Id: Identifier id, Init: { } init } || init is not (FunctionExpression or ArrowFunctionExpression)) continue;
                        if ((variables.Kind == VariableKind.Const && HasBlockCommentBetween(previousEnd, statement.Start, "__NO_SIDE_EFFECTS__"))
                            || HasBlockCommentBetween(id.End, init.Start, "__NO_SIDE_EFFECTS__"))
                            (_noSideEffectsFunctions ??= new HashSet<string>(StringComparer.Ordinal)).Add(id.Name);
                    }
                    break;
            }
            previousEnd = statement.End;
        }
    }
}
