// ES2018 object spread and rest. `{ a, ...b, c }` becomes nested helper calls that copy b's own
// enumerable properties (as data properties, like the spread does) and define the literal parts
// with their descriptors (getters stay getters). A pattern with a rest element is split, as
// TypeScript does: the value goes into a name, the other properties are destructured from it, and
// the rest is `__objectRest(value, [keys…])`; nested patterns with a rest are destructured from
// names of their own after it.

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Transforms;

internal sealed partial class SyntaxLowering
{
    private void LowerObjectSpread(ObjectExpression objectExpression)
    {
        var properties = objectExpression.Properties;
        var firstSpread = Array.FindIndex(properties, static property => property is SpreadElement);
        if (firstSpread < 0)
            return;
        // The calls wrap what comes before them: written outermost first, then the innermost object.
        var arguments = new List<(string Helper, Rendered Argument)>();
        Rendered first;
        var index = 0;
        if (firstSpread == 0)
        {
            first = Text("{}", objectExpression.Start);
        }
        else
        {
            first = LiteralPart(properties, 0, firstSpread, objectExpression.Start);
            index = firstSpread;
        }
        while (index < properties.Length)
        {
            if (properties[index] is SpreadElement spread)
            {
                UseHelper(LoweringHelpers.SpreadValues);
                arguments.Add((LoweringHelpers.SpreadValues, Code(spread.Argument)));
                index++;
                continue;
            }
            var end = index;
            while (end < properties.Length && properties[end] is not SpreadElement)
                end++;
            UseHelper(LoweringHelpers.SpreadProps);
            arguments.Add((LoweringHelpers.SpreadProps, LiteralPart(properties, index, end, properties[index].Start)));
            index = end;
        }
        var builder = new CodeBuilder();
        for (var i = arguments.Count - 1; i >= 0; i--)
            builder.Add(arguments[i].Helper + "(", objectExpression.Start);
        builder.Add(first);
        foreach (var (_, argument) in arguments)
            builder.Add(", ", objectExpression.Start).Add(argument).Add(")", objectExpression.End);
        _edits.Replace(objectExpression.Start, objectExpression.End, builder.Build());
        _changed = true;
    }

    private Rendered LiteralPart(Node[] properties, int start, int end, int original)
    {
        var builder = new CodeBuilder().Add("{ ", original);
        for (var i = start; i < end; i++)
        {
            if (i > start)
                builder.Add(", ", properties[i].Start);
            builder.Add(_edits.Render(properties[i].Start, properties[i].End));
        }
        return builder.Add(" }", original).Build();
    }

    private static bool HasObjectRest(Node? node)
    {
        switch (node)
        {
            case ObjectPattern pattern:
                foreach (var property in pattern.Properties)
                {
                    if (property is RestElement || (property is Property { Value: var value } && HasObjectRest(value)))
                        return true;
                }
                return false;
            case ArrayPattern array:
                foreach (var element in array.Elements)
                {
                    if (HasObjectRest(element))
                        return true;
                }
                return false;
            case AssignmentPattern assignment:
                return HasObjectRest(assignment.Left);
            case RestElement rest:
                return HasObjectRest(rest.Argument);
            default:
                return false;
        }
    }

    /// <summary>
    /// Splits <paramref name="pattern"/> destructuring <paramref name="value"/> into (target, value)
    /// pairs without an object rest. <paramref name="declaring"/>: the pairs become declarators, so
    /// the names holding values are declared by them; otherwise they are temporaries.
    /// </summary>
    private void Flatten(Node pattern, Rendered value, bool valueIsName, bool declaring, List<(Rendered Target, Rendered Value)> output)
    {
        if (!HasObjectRest(pattern))
        {
            output.Add((Code(pattern), value));
            return;
        }
        if (!valueIsName)
        {
            var name = declaring ? NewName() : NewTemp();
            output.Add((Text(name, pattern.Start), value));
            value = Text(name, pattern.Start);
        }
        var nested = new List<(Node Pattern, string Name)>();
        if (pattern is ArrayPattern array)
        {
            var builder = new CodeBuilder().Add("[", array.Start);
            for (var i = 0; i < array.Elements.Length; i++)
            {
                if (i > 0)
                    builder.Add(", ", array.Start);
                if (array.Elements[i] is not { } element)
                    continue;
                if (element is RestElement { Argument: var argument } && HasObjectRest(argument))
                    builder.Add("..." + NestedName(argument, declaring, nested), element.Start);
                else
                    builder.Add(HasObjectRest(element) ? Text(NestedTarget(element, declaring, nested), element.Start) : Code(element));
            }
            if (array.Elements.Length > 0 && array.Elements[^1] is null)
                builder.Add(",", array.End);
            output.Add((builder.Add("]", array.End).Build(), value));
        }
        else
        {
            var objectPattern = (ObjectPattern)pattern;
            var keys = new CodeBuilder();
            var builder = new CodeBuilder().Add("{ ", objectPattern.Start);
            RestElement? rest = null;
            var count = 0;
            foreach (var member in objectPattern.Properties)
            {
                if (member is RestElement restElement)
                {
                    rest = restElement;
                    continue;
                }
                var property = (Property)member;
                if (count > 0)
                {
                    builder.Add(", ", property.Start);
                    keys.Add(", ", property.Start);
                }
                count++;
                Rendered key;
                if (property.Computed)
                {
                    var keyName = NewTemp();
                    key = new CodeBuilder().Add("[" + keyName + " = ", property.Key.Start).Add(Code(property.Key)).Add("]", property.Key.End).Build();
                    keys.Add(keyName, property.Key.Start);
                }
                else
                {
                    key = Text(_source[property.Key.Start..property.Key.End], property.Key.Start);
                    keys.Add(property.Key is Identifier identifier ? JsString.Quote(identifier.Name) : _source[property.Key.Start..property.Key.End], property.Key.Start);
                }
                if (HasObjectRest(property.Value))
                    builder.Add(key).Add(": " + NestedTarget(property.Value, declaring, nested), property.Value.Start);
                else if (property.Shorthand)
                    builder.Add(_edits.Render(property.Start, property.End));
                else
                    builder.Add(key).Add(": ", property.Value.Start).Add(Code(property.Value));
            }
            output.Add((builder.Add(" }", objectPattern.End).Build(), value));
            foreach (var (inner, name) in nested)
                Flatten(inner, Text(name, inner.Start), valueIsName: true, declaring, output);
            nested.Clear();
            if (rest is not null)
            {
                UseHelper(LoweringHelpers.ObjectRest);
                var restValue = new CodeBuilder().Add(LoweringHelpers.ObjectRest + "(", rest.Start).Add(value).Add(", [", rest.Start).Add(keys.Build()).Add("])", rest.End).Build();
                output.Add((Code(rest.Argument), restValue));
            }
        }
        foreach (var (inner, name) in nested)
            Flatten(inner, Text(name, inner.Start), valueIsName: true, declaring, output);
    }

    // A nested pattern with a rest is destructured later from a name of its own; a default stays here.
    private string NestedTarget(Node element, bool declaring, List<(Node Pattern, string Name)> nested)
    {
        if (element is AssignmentPattern assignment)
        {
            var name = NestedName(assignment.Left, declaring, nested);
            return name + " = " + _edits.RenderExpression(assignment.Right).Text;
        }
        return NestedName(element, declaring, nested);
    }

    private string NestedName(Node pattern, bool declaring, List<(Node Pattern, string Name)> nested)
    {
        var name = declaring ? NewName() : NewTemp();
        nested.Add((pattern, name));
        return name;
    }

    private static Rendered Join(List<(Rendered Target, Rendered Value)> pairs, string separator, int original)
    {
        var builder = new CodeBuilder();
        for (var i = 0; i < pairs.Count; i++)
        {
            if (i > 0)
                builder.Add(separator, original);
            builder.Add(pairs[i].Target).Add(" = ", original).Add(pairs[i].Value);
        }
        return builder.Build();
    }

    // `const { a, ...r } = v` → `const _a = v, { a } = _a, r = __objectRest(_a, ["a"])`.
    private void LowerVariableRest(VariableDeclaration declaration)
    {
        if (Parent is ForInStatement or ForOfStatement)
            return;
        foreach (var declarator in declaration.Declarations)
        {
            if (declarator.Init is not { } init || !HasObjectRest(declarator.Id))
                continue;
            var pairs = new List<(Rendered, Rendered)>();
            Flatten(declarator.Id, Code(init), init is Identifier, declaring: true, pairs);
            _edits.Replace(declarator.Start, declarator.End, Join(pairs, ", ", declarator.Start));
            _changed = true;
        }
    }

    // `({ a, ...r } = v)` → `(_a = v, { a } = _a, r = __objectRest(_a, ["a"]), _a)`.
    private void LowerAssignmentRest(AssignmentExpression assignment)
    {
        var temp = NewTemp();
        var pairs = new List<(Rendered, Rendered)> { (Text(temp, assignment.Start), Code(assignment.Right)) };
        Flatten(assignment.Left, Text(temp, assignment.Start), valueIsName: true, declaring: false, pairs);
        var code = new CodeBuilder().Add(Join(pairs, ", ", assignment.Start)).Add(", " + temp, assignment.End).Build();
        if (!assignment.IsParenthesized && Parent is not (ExpressionStatement or SequenceExpression))
            code = new CodeBuilder().Add("(", assignment.Start).Add(code).Add(")", assignment.End).Build();
        _edits.Replace(assignment.Start, assignment.End, code);
        _changed = true;
    }

    // Parameters with a rest become names, destructured at the start of the body.
    private Rendered? LowerParameterRest(FunctionNode function)
    {
        List<(Rendered, Rendered)>? pairs = null;
        foreach (var parameter in function.Params)
        {
            var pattern = parameter is AssignmentPattern assignment ? assignment.Left : parameter;
            if (!HasObjectRest(pattern) || pattern is RestElement)
                continue;
            var name = NewName();
            pairs ??= [];
            Flatten(pattern, Text(name, parameter.Start), valueIsName: true, declaring: true, pairs);
            var replacement = parameter is AssignmentPattern withDefault
                ? new CodeBuilder().Add(name + " = ", parameter.Start).Add(Code(withDefault.Right)).Build()
                : Text(name, parameter.Start);
            _edits.Replace(parameter.Start, parameter.End, replacement);
        }
        if (pairs is null)
            return null;
        return new CodeBuilder().Add(" var ", function.Start).Add(Join(pairs, ", ", function.Start)).Add(";", function.Start).Build();
    }

    private void LowerCatchParameterRest(CatchClause clause)
    {
        var name = NewName();
        var pairs = new List<(Rendered, Rendered)>();
        Flatten(clause.Param!, Text(name, clause.Param!.Start), valueIsName: true, declaring: true, pairs);
        _edits.Replace(clause.Param!.Start, clause.Param.End, name);
        var code = new CodeBuilder().Add(" let ", clause.Body.Start).Add(Join(pairs, ", ", clause.Body.Start)).Add(";", clause.Body.Start).Build();
        _edits.Replace(clause.Body.Start + 1, clause.Body.Start + 1, code);
        _changed = true;
    }

    // `for (const { a, ...r } of list) body` → `for (const _a of list) { const { a } = _a, r = …; body }`.
    private void VisitForInOf(Node statement)
    {
        var (left, body) = statement is ForOfStatement forOf ? (forOf.Left, forOf.Body) : (((ForInStatement)statement).Left, ((ForInStatement)statement).Body);
        base.Visit(statement);
        if (!Lowers(SyntaxFeatures.ObjectRestSpread))
            return;
        Rendered prelude;
        if (left is VariableDeclaration { Declarations: [var declarator] } declaration && HasObjectRest(declarator.Id))
        {
            var name = NewName();
            var pairs = new List<(Rendered, Rendered)>();
            Flatten(declarator.Id, Text(name, declarator.Id.Start), valueIsName: true, declaring: true, pairs);
            _edits.Replace(declarator.Id.Start, declarator.Id.End, name);
            var kind = _source[declaration.Start..declarator.Start].Trim();
            prelude = new CodeBuilder().Add(kind + " ", declaration.Start).Add(Join(pairs, ", ", declaration.Start)).Add(";", declaration.End).Build();
        }
        else if (left is ObjectPattern or ArrayPattern && HasObjectRest(left))
        {
            var name = NewTemp();
            var pairs = new List<(Rendered, Rendered)>();
            Flatten(left, Text(name, left.Start), valueIsName: true, declaring: false, pairs);
            _edits.Replace(left.Start, left.End, name);
            prelude = new CodeBuilder().Add("(", left.Start).Add(Join(pairs, ", ", left.Start)).Add(");", left.End).Build();
        }
        else
        {
            return;
        }
        _changed = true;
        if (body is BlockStatement block)
        {
            _edits.Replace(block.Start + 1, block.Start + 1, new CodeBuilder().Add(" ", block.Start).Add(prelude).Build());
            return;
        }
        var code = new CodeBuilder().Add("{ ", body.Start).Add(prelude).Add(" ", body.Start).Add(_edits.Render(body.Start, body.End)).Add(" }", body.End).Build();
        _edits.Replace(body.Start, body.End, code);
    }
}
