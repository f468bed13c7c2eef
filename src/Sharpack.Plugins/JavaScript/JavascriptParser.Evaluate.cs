// Follows the string part of webpack lib/javascript/JavascriptParser.js evaluateExpression:
// literals, templates (String.raw ones too) and String#concat chains of known parts, `+` of
// static strings, and conditionals with a literal test; a free name or dotted path is asked of
// the evaluateIdentifier hooks, `typeof name` of evaluateTypeof, and any node first of evaluate
// by its type (each only when some plugin tapped one).

using Sharpack.JavaScript.Ast;

namespace Sharpack.Plugins.JavaScript;

public sealed partial class JavascriptParser
{
    /// <summary>The string <paramref name="node"/> is known to be at build time, or null.</summary>
    public string? EvaluateString(Node node)
    {
        // The evaluate hooks (by node type) answer first, when a plugin tapped any.
        if (!_hooks.Evaluate.IsEmpty && _hooks.Evaluate.Get(node.Type.ToString())?.Call(this, node) is { } evaluated)
            return evaluated.String;
        return EvaluateStringCore(node);
    }

    private string? EvaluateStringCore(Node node) => node switch
    {
        Literal { Kind: LiteralKind.String } literal => literal.StringValue,
        TemplateLiteral { Expressions.Length: 0 } template => template.Quasis[0].Cooked,
        // Only the shapes AddRequestParts takes apart (anything else would come back here).
        TemplateLiteral => KnownRequestText(node),
        TaggedTemplateExpression tagged when IsStringRaw(tagged.Tag) => KnownRequestText(node),
        CallExpression when IsConcatCall(node) => KnownRequestText(node),
        BinaryExpression { Operator: Operator.Add } binary when EvaluateString(binary.Left) is { } left && EvaluateString(binary.Right) is { } right => left + right,
        ConditionalExpression { Test: Literal { Kind: LiteralKind.Boolean } test } conditional => EvaluateString(test.BooleanValue ? conditional.Consequent : conditional.Alternate),
        Identifier or MemberExpression when !_hooks.EvaluateIdentifier.IsEmpty => EvaluateIdentifier(node),
        UnaryExpression { Operator: Operator.Typeof, Argument: Identifier { Symbol: -1 } argument } when !_hooks.EvaluateTypeof.IsEmpty =>
            _hooks.EvaluateTypeof.Get(argument.Name)?.Call(this, node)?.String,
        _ => null,
    };

    private string? EvaluateIdentifier(Node node)
    {
        var name = node switch
        {
            Identifier { Symbol: -1 } identifier => identifier.Name,
            MemberExpression { Computed: false } member => MemberPath(member, allowRenames: false),
            _ => null,
        };
        return name is null ? null : _hooks.EvaluateIdentifier.Get(name)?.Call(this, node)?.String;
    }

    // `./a/${"b"}`, String.raw`./a/${"b"}` or "./a/".concat("b"): a request whose parts are all
    // known is a constant.
    private string? KnownRequestText(Node node)
    {
        var parts = new List<RequestPart>();
        AddRequestParts(node, parts);
        var text = new System.Text.StringBuilder();
        foreach (var part in parts)
        {
            if (part.Text is null)
                return null;
            text.Append(part.Text);
        }
        return text.ToString();
    }

    /// <summary>How a request part was written (its text is re-escaped the same way).</summary>
    internal enum RequestPartKind : byte { Unknown, Literal, Quasi, RawQuasi }

    /// <summary>
    /// One piece of a request as webpack's evaluator sees it: known text (with the source range it
    /// came from) or an expression only known at run time.
    /// </summary>
    internal readonly record struct RequestPart(string? Text, int Start, int End, RequestPartKind Kind);

    /// <summary>Splits a request expression into known and unknown parts (webpack's evaluated template/concat parts).</summary>
    internal void AddRequestParts(Node node, List<RequestPart> parts)
    {
        switch (node)
        {
            case Literal { Kind: LiteralKind.String } literal:
                parts.Add(new RequestPart(literal.StringValue, literal.Start, literal.End, RequestPartKind.Literal));
                return;
            case TemplateLiteral template:
                AddTemplateParts(template, raw: false, parts);
                return;
            case TaggedTemplateExpression tagged when IsStringRaw(tagged.Tag):
                AddTemplateParts(tagged.Quasi, raw: true, parts);
                return;
            case BinaryExpression { Operator: Operator.Add } binary:
                AddRequestParts(binary.Left, parts);
                AddRequestParts(binary.Right, parts);
                return;
            // "./dir/".concat(a, "b"): String.prototype.concat on a string the evaluator knows.
            case CallExpression { Callee: MemberExpression callee } call when IsConcatCall(call):
                {
                    var start = parts.Count;
                    AddRequestParts(callee.Object, parts);
                    if (parts[start].Text is null)
                    {
                        // Not a string the evaluator knows: the whole call is a run-time value.
                        parts.RemoveRange(start, parts.Count - start);
                        parts.Add(new RequestPart(null, node.Start, node.End, RequestPartKind.Unknown));
                        return;
                    }
                    foreach (var argument in call.Arguments)
                    {
                        if (argument is SpreadElement) parts.Add(new RequestPart(null, argument.Start, argument.End, RequestPartKind.Unknown));
                        else AddRequestParts(argument, parts);
                    }
                    return;
                }
        }
        parts.Add(EvaluateString(node) is { } text
            ? new RequestPart(text, node.Start, node.End, RequestPartKind.Unknown)
            : new RequestPart(null, node.Start, node.End, RequestPartKind.Unknown));
    }

    private void AddTemplateParts(TemplateLiteral template, bool raw, List<RequestPart> parts)
    {
        for (var i = 0; i < template.Quasis.Length; i++)
        {
            var quasi = template.Quasis[i];
            parts.Add(new RequestPart(raw ? quasi.Raw : quasi.Cooked, quasi.Start, quasi.End, raw ? RequestPartKind.RawQuasi : RequestPartKind.Quasi));
            if (i < template.Expressions.Length)
                AddRequestParts(template.Expressions[i], parts);
        }
    }

    private static bool IsConcatCall(Node node) =>
        node is CallExpression { Callee: MemberExpression { Computed: false, Property: Identifier { Name: "concat" } } };

    private static bool IsStringRaw(Node tag) =>
        tag is MemberExpression { Computed: false, Object: Identifier { Symbol: -1, Name: "String" }, Property: Identifier { Name: "raw" } };
}
