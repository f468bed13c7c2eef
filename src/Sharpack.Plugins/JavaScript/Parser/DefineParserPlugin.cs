// Follows the parser part of webpack lib/DefinePlugin.js (walkDefinitions, applyDefine,
// applyObjectDefine, applyDefineKey): a defined free name or dotted path (`DEBUG`,
// `process.env.API`) is replaced by its code wherever the module uses it without declaring it, and
// evaluates to what its code does, so `if (process.env.NODE_ENV !== "production")` is a known
// condition (ConstParserPlugin). An object definition defines each of its paths and itself: a read
// of the whole object is an object literal of the merged view (DefineDefinitions: dotted keys of
// every plugin included), only the destructured keys for `const { A } = OBJECT`, and a path the
// view does not hold (`OBJECT.MISSING`) is `undefined`. A dotted key (`process.env.A`) also lets
// `const { A } = process.env` be answered from the definitions when every destructured key is
// defined. As with webpack's hooks the first definition of a name answers: the `define` option's
// and plugins' definitions run before optimization.nodeEnv's (which webpack applies as a
// DefinePlugin after the user's), and every definition before the parser's own plugins.

using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Hooks;
using Sharpack.Core.Runtime;
using Sharpack.JavaScript.Ast;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>Definitions as parser taps.</summary>
public static class DefineParserPlugin
{
    private const string Name = "DefinePlugin";

    /// <summary>The stage of definitions (before ProvideParserPlugin and the built-in plugins).</summary>
    public const int Stage = -30;

    /// <summary>
    /// The stage of optimization.nodeEnv's definition: after every other definition and after the
    /// user's ProvidePlugin (webpack applies it after the configuration's plugins), before the built-in plugins.
    /// </summary>
    public const int NodeEnvStage = -5;

    // webpack's "why 100? Ensures it runs after object define": the destructuring of a dotted key's parent.
    private const int NestedStage = 100;

    /// <summary>Taps <paramref name="hooks"/> to replace <paramref name="expression"/> by <paramref name="code"/>.</summary>
    public static void Define(JavascriptParserHooks hooks, string expression, string code, int stage = Stage) =>
        Define(hooks, expression, DefineValue.OfCode(code), stage);

    /// <summary>
    /// Taps <paramref name="hooks"/> to replace <paramref name="expression"/> by the code
    /// <paramref name="code"/> gives for the module being parsed (webpack's RuntimeValue: asked at
    /// every use, from the make threads).
    /// </summary>
    public static void Define(JavascriptParserHooks hooks, string expression, Func<JavascriptParser, string> code, int stage = Stage)
    {
        ArgumentNullException.ThrowIfNull(code);
        Define(hooks, expression, DefineValue.OfRuntime((parser, _) => code(parser)), stage);
    }

    /// <summary>
    /// Defines <paramref name="key"/> (a name, a dotted path, or <c>typeof name</c>) as
    /// <paramref name="value"/>: records it in the merged view and taps <paramref name="hooks"/>
    /// for it and, for an object, for each of its paths (webpack's walkDefinitions).
    /// </summary>
    public static void Define(JavascriptParserHooks hooks, string key, DefineValue value, int stage = Stage)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        hooks.Definitions.Add(key, value, stage);
        Walk(hooks, "", key, value, stage);
    }

    private static void Walk(JavascriptParserHooks hooks, string prefix, string key, DefineValue value, int stage)
    {
        if (value.IsObjectDefinition)
        {
            if (value.Properties is { } properties)
            {
                foreach (var (name, item) in properties)
                    Walk(hooks, prefix + key + ".", name, item, stage);
            }
            ApplyObjectDefine(hooks, prefix + key, value, stage);
            return;
        }
        if (prefix.Length == 0)
            ApplyDefineKey(hooks, key, stage);
        ApplyDefine(hooks, prefix + key, value, stage);
        ApplyCanRename(hooks, prefix + key, stage);
    }

    // webpack's canRename taps of applyDefineKey and applyDefine: a defined key and each of its
    // dotted parents may be aliased (`var g = global; g.test` reads the definition global.test).
    private static void ApplyCanRename(JavascriptParserHooks hooks, string key, int stage)
    {
        if (key.StartsWith("typeof ", StringComparison.Ordinal))
            return;
        var options = new TapOptions(Name) { Stage = stage };
        for (var dot = key.IndexOf('.'); dot > 0; dot = key.IndexOf('.', dot + 1))
            hooks.CanRename.For(key[..dot]).Tap(options, static (_, _) => true);
        hooks.CanRename.For(key).Tap(options, static (_, _) => true);
    }

    // applyDefineKey's destructuring part: `const { A, B } = process.env` with process.env.A and
    // process.env.B defined (by any plugin) becomes `{ "A": …, "B": … }`; a key not defined leaves
    // the read to run.
    private static void ApplyDefineKey(JavascriptParserHooks hooks, string key, int stage)
    {
        var dot = key.LastIndexOf('.');
        if (dot <= 0 || dot >= key.Length - 1 || key.StartsWith("typeof ", StringComparison.Ordinal))
            return;
        var nested = key[..dot];
        if (!hooks.Definitions.FirstNested(nested))
            return;
        var definitions = hooks.Definitions;
        hooks.Expression.For(nested).Tap(new TapOptions(Name) { Stage = Math.Max(stage, NestedStage) }, (parser, node) =>
        {
            if (parser.DestructuringAssignmentPropertiesFor(node) is not { } properties)
                return null;
            var builder = new System.Text.StringBuilder("{");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in properties)
            {
                var fullKey = nested + "." + id;
                if (!definitions.HasFinalKey(nested, id) || definitions.Flat(fullKey) is not { Code.Length: > 0 } value)
                    return null;
                if (!seen.Add(id))
                    continue;
                if (builder.Length > 1) builder.Append(',');
                builder.Append(DefineValue.PropertyKey(id)).Append(':').Append(value.ToCode(parser, fullKey));
            }
            builder.Append('}');
            ReplaceUse(parser, node, (parser.IsAsiPosition(node.Start) ? ";(" : "(") + builder + ")");
            return true;
        });
    }

    // applyDefine: the use is the code; what the code evaluates to is the use's value and type.
    private static void ApplyDefine(JavascriptParserHooks hooks, string key, DefineValue value, int stage)
    {
        var options = new TapOptions(Name) { Stage = stage };
        var known = value.Code is { } code ? ValueOf(code) : null;
        if (key.StartsWith("typeof ", StringComparison.Ordinal))
        {
            // "typeof name": the code is the type itself.
            var name = key["typeof ".Length..].TrimStart();
            if (known?.Invoke(0, 0) is not { IsString: true } type)
                return;
            var text = type.String!;
            hooks.EvaluateTypeof.For(name).Tap(options, (_, node) => BasicEvaluatedExpression.OfString(text, node.Start, node.End));
            hooks.Typeof.For(name).Tap(options, (parser, node) =>
            {
                parser.Replace(node.Start, node.End, CodeGenerationContext.JsonString(text));
                return true;
            });
            return;
        }
        hooks.Expression.For(key).Tap(options, (parser, node) =>
        {
            ReplaceUse(parser, node, value.ToCode(parser, key));
            return true;
        });
        if (value.Runtime is not null)
        {
            // A runtime value is known per module: its code is asked, and evaluated, at each use (as webpack's evaluate of toCode).
            hooks.EvaluateIdentifier.For(key).Tap(options, (parser, node) => ValueOf(value.ToCode(parser, key))?.Invoke(node.Start, node.End));
            hooks.EvaluateTypeof.For(key).Tap(options, (parser, node) =>
                ValueOf(value.ToCode(parser, key))?.Invoke(0, 0).Typeof() is { } type ? BasicEvaluatedExpression.OfString(type, node.Start, node.End) : null);
            return;
        }
        if (known is null)
            return;
        hooks.EvaluateIdentifier.For(key).Tap(options, (_, node) => known(node.Start, node.End));
        if (known(0, 0).Typeof() is { } typeName)
        {
            hooks.EvaluateTypeof.For(key).Tap(options, (_, node) => BasicEvaluatedExpression.OfString(typeName, node.Start, node.End));
            var typeCode = CodeGenerationContext.JsonString(typeName);
            hooks.Typeof.For(key).Tap(options, (parser, node) =>
            {
                parser.Replace(node.Start, node.End, typeCode);
                return true;
            });
        }
    }

    // applyObjectDefine: truthy and of type object; a read is the merged object (the destructured
    // keys only), a path that is not in it is undefined.
    private static void ApplyObjectDefine(JavascriptParserHooks hooks, string key, DefineValue value, int stage)
    {
        var options = new TapOptions(Name) { Stage = stage };
        var definitions = hooks.Definitions;
        hooks.EvaluateIdentifier.For(key).Tap(options, static (_, node) => BasicEvaluatedExpression.OfObject(node.Start, node.End));
        hooks.EvaluateTypeof.For(key).Tap(options, static (_, node) => BasicEvaluatedExpression.OfString("object", node.Start, node.End));
        hooks.Typeof.For(key).Tap(options, static (parser, node) =>
        {
            parser.Replace(node.Start, node.End, "\"object\"");
            return true;
        });
        hooks.Expression.For(key).Tap(options, (parser, node) =>
        {
            var keys = parser.DestructuringAssignmentPropertiesFor(node);
            var asiSafe = !parser.IsAsiPosition(node.Start);
            var code = definitions.Find(key) is { Children: not null } merged
                ? (asiSafe ? "(" : ";(") + DefineDefinitions.Render(merged, parser, key, keys) + ")"
                : value.ToCode(parser, key, asiSafe, keys);
            ReplaceUse(parser, node, code);
            return true;
        });
        // The chain root: `import.meta` is one (a meta property), any other root is its first name.
        var isMeta = key.StartsWith("import.meta", StringComparison.Ordinal) && (key.Length == 11 || key[11] == '.');
        var root = isMeta ? "import.meta" : key.Split('.')[0];
        var prefix = key.Length == root.Length ? [] : key[(root.Length + 1)..].Split('.');
        hooks.ExpressionMemberChain.For(root).Tap(options, (parser, member, path) =>
        {
            if (path is null || !IsUndefinedMemberAccess(definitions, key, value, prefix, Members(path, root)))
                return null;
            parser.Replace(member.Start, member.End, "undefined");
            return true;
        });
        // In a call only the callee goes: `x.MISSING()` still throws, `x.MISSING?.()` short-circuits.
        hooks.CallMemberChain.For(root).Tap(options, (parser, call, path) =>
        {
            if (path is null || !IsUndefinedMemberAccess(definitions, key, value, prefix, Members(path, root)))
                return null;
            parser.Replace(call.Callee.Start, call.Callee.End, "undefined");
            foreach (var argument in call.Arguments)
                parser.Walk(argument);
            return true;
        });
    }

    private static string[] Members(string path, string root) => path.Length <= root.Length ? [] : path[(root.Length + 1)..].Split('.');

    // isUndefinedMemberAccess: whether the chain reads below the object a property the merged view
    // does not hold; a member every object has (toString) stays, and so does a property of a value.
    private static bool IsUndefinedMemberAccess(DefineDefinitions definitions, string key, DefineValue original, string[] prefix, string[] members)
    {
        if (members.Length <= prefix.Length)
            return false;
        for (var i = 0; i < prefix.Length; i++)
        {
            if (members[i] != prefix[i])
                return false;
        }
        var node = definitions.Find(key);
        var value = node is null ? original : node.Value;
        if (node is { Children: null })
            node = null;
        var path = key;
        for (var i = prefix.Length; i < members.Length; i++)
        {
            var member = members[i];
            var nextPath = path + "." + member;
            if (node?.Children is { } children)
            {
                if (children.TryGetValue(member, out var next))
                {
                    node = next.Children is null ? null : next;
                    value = next.Value;
                }
                else
                {
                    return !IsObjectPrototypeMember(member);
                }
            }
            else if (value is { IsObjectDefinition: true })
            {
                // An object that is not in the view (an array): its own items, its prototype's members, or a dotted sibling key.
                DefineValue? found = null;
                if (value.Properties is { } properties)
                {
                    foreach (var (name, item) in properties)
                    {
                        if (name == member) { found = item; break; }
                    }
                    if (found is null && IsObjectPrototypeMember(member))
                        return false;
                }
                else if (value.Items is { } items)
                {
                    if (member == "length" || IsObjectPrototypeMember(member) || IsArrayPrototypeMember(member))
                        return false;
                    if (int.TryParse(member, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < items.Count)
                        found = items[index];
                }
                found ??= definitions.Flat(nextPath);
                if (found is null)
                    return true;
                value = found;
            }
            else
            {
                // A value with members left: a real property access at runtime.
                return false;
            }
            path = nextPath;
        }
        return false;
    }

    // `member in {}`: Object.prototype's members.
    private static bool IsObjectPrototypeMember(string member) => member is "constructor" or "__proto__" or "hasOwnProperty"
        or "isPrototypeOf" or "propertyIsEnumerable" or "toLocaleString" or "toString" or "valueOf"
        or "__defineGetter__" or "__defineSetter__" or "__lookupGetter__" or "__lookupSetter__";

    private static bool IsArrayPrototypeMember(string member) => member is "at" or "concat" or "copyWithin" or "entries" or "every"
        or "fill" or "filter" or "find" or "findIndex" or "findLast" or "findLastIndex" or "flat" or "flatMap" or "forEach"
        or "includes" or "indexOf" or "join" or "keys" or "lastIndexOf" or "map" or "pop" or "push" or "reduce" or "reduceRight"
        or "reverse" or "shift" or "slice" or "some" or "sort" or "splice" or "toReversed" or "toSorted" or "toSpliced"
        or "unshift" or "values" or "with";

    // A use replaced by code: as a shorthand property's value it keeps its key (`{ DEBUG }` → `{ DEBUG: true }`);
    // code that calls __webpack_require__ asks for it (webpack's getRuntimeRequirements).
    private static void ReplaceUse(JavascriptParser parser, Node node, string code)
    {
        if (parser.InShorthand && node is Identifier identifier)
            code = identifier.Name + ":" + code;
        var requirements = code.Contains("__webpack_require__", StringComparison.Ordinal) ? RuntimeGlobals.Require : RuntimeGlobals.None;
        parser.Replace(node.Start, node.End, code, requirements);
    }

    // What a definition's code is known to be, as a factory over the range of each use: literals,
    // undefined, signs and negations of them, object, array and function literals (truthy).
    private static Func<int, int, BasicEvaluatedExpression>? ValueOf(string code)
    {
        var parsed = Sharpack.JavaScript.JavaScriptParser.Parse("(" + code + "\n)",
            new Sharpack.JavaScript.ParseOptions { SourceType = Sharpack.JavaScript.SourceType.Script, AnalyzeScopes = false });
        if (parsed.Program is not { Body: [ExpressionStatement { Expression: var expression }] })
            return null;
        return Evaluate(expression);

        static Func<int, int, BasicEvaluatedExpression>? Evaluate(Node node) => node switch
        {
            Literal literal => (start, end) => BasicEvaluatedExpression.OfLiteral(literal, start, end),
            UnaryExpression { Operator: Operator.Minus, Argument: Literal { Kind: LiteralKind.BigInt } negatedBig }
                when BasicEvaluatedExpression.OfLiteral(negatedBig, 0, 0) is { Kind: EvaluatedKind.BigInt } big =>
                (start, end) => BasicEvaluatedExpression.OfBigInt(-big.BigInt, start, end),
            Identifier { Name: "undefined" } => BasicEvaluatedExpression.OfUndefined,
            UnaryExpression { Operator: Operator.Void } => BasicEvaluatedExpression.OfUndefined,
            UnaryExpression { Operator: Operator.Minus, Argument: Literal { Kind: LiteralKind.Number } negated } =>
                (start, end) => BasicEvaluatedExpression.OfNumber(-negated.NumberValue, start, end),
            UnaryExpression { Operator: Operator.LogicalNot, Argument: var argument } when Evaluate(argument) is { } inner && inner(0, 0).AsBool() is { } truthy =>
                (start, end) => BasicEvaluatedExpression.OfBoolean(!truthy, start, end),
            ObjectExpression => BasicEvaluatedExpression.OfObject,
            ArrayExpression => (start, end) => BasicEvaluatedExpression.OfTruthiness(true, start, end),
            FunctionExpression or ArrowFunctionExpression => (start, end) => BasicEvaluatedExpression.OfTypeof("function", start, end),
            _ => null,
        };
    }
}
