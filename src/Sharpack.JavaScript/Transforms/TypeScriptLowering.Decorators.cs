// TypeScript's legacy decorators (experimentalDecorators, SWC's legacyDecorator), as TypeScript
// emits them: a decorated class becomes a `let` bound to the class expression, each decorated
// member a `__decorate(...)` call after it, and the class decorators (with the constructor's
// parameter decorators as `__param`) replace the class last:
//     let A = class A { x; f(y) {} };
//     __decorate([m], A.prototype, "x", void 0);
//     __decorate([p(…), __param(0, q)], A.prototype, "f", null);
//     A = __decorate([d], A);
// tslib's __decorate and __param are written once at the top of the file.

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Transforms;

internal sealed partial class TypeScriptLowering
{
    private const string DecorateHelper = """
        var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
            var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
            if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
            else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
            return c > 3 && r && Object.defineProperty(target, key, r), r;
        };

        """;

    private const string ParamHelper = """
        var __param = (this && this.__param) || function (paramIndex, decorator) {
            return function (target, key) { decorator(target, key, paramIndex); }
        };

        """;

    private const string MetadataHelper = """
        var __metadata = (this && this.__metadata) || function (k, v) {
            if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
        };

        """;

    private bool _usesDecorate;
    private bool _usesParam;
    private bool _usesMetadata;

    /// <summary>Names decorator metadata reads (a parameter's class): imports of them are kept, as TypeScript keeps them.</summary>
    public HashSet<string> MetadataNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Where the program uses what the transform does not support, and why; or null.</summary>
    public (int Offset, string Message)? Unsupported { get; private set; }

    /// <summary>The program's first decorator (the transform's error when decorators are not enabled), or null.</summary>
    public Decorator? FirstDecorator { get; private set; }

    private static int FirstDecoratorOf(ClassNode @class)
    {
        if (@class.Decorators is { } own)
            return own[0].Start;
        foreach (var element in @class.Body.Body)
        {
            if (element is MethodDefinition { Decorators: [var first, ..] })
                return first.Start;
            if (element is PropertyDefinition { Decorators: [var firstField, ..] })
                return firstField.Start;
            if (element is MethodDefinition { Value.ParameterDecorators: { } parameters })
            {
                foreach (var decorators in parameters)
                {
                    if (decorators is [var firstParameter, ..])
                        return firstParameter.Start;
                }
            }
        }
        return @class.Start;
    }

    private static bool HasDecorators(ClassNode @class)
    {
        if (@class.Decorators is not null)
            return true;
        foreach (var element in @class.Body.Body)
        {
            if (element is MethodDefinition { Decorators: not null } or PropertyDefinition { Decorators: not null }
                || element is MethodDefinition { Value.ParameterDecorators: not null })
                return true;
        }
        return false;
    }

    private void LowerDecoratedClass(ClassDeclaration declaration, Node statement)
    {
        if (!_options.ExperimentalDecorators)
        {
            LowerEsDecoratedClass(declaration, statement);
            return;
        }
        var name = declaration.Id?.Name ?? "default_1";
        // TypeScript decorates the instance members first, then the static ones, each in source order.
        var members = new CodeBuilder();
        var staticMembers = new CodeBuilder();
        List<Rendered>? constructorParameters = null;
        foreach (var element in declaration.Body.Body)
        {
            switch (element)
            {
                case MethodDefinition method:
                    {
                        var parameters = ParameterDecorators(method.Value);
                        if (method.Kind == MethodKind.Constructor)
                        {
                            constructorParameters = parameters;
                            break;
                        }
                        if (method.Decorators is null && parameters is null)
                            break;
                        parameters = WithMetadata(parameters, method);
                        AddMemberDecorate(method.Static ? staticMembers : members, method.Decorators, parameters, method.Key, method.Computed, method.Static, name, "null", method.Start);
                        break;
                    }
                case PropertyDefinition { Decorators: { } decorators } property:
                    AddMemberDecorate(property.Static ? staticMembers : members, decorators, FieldMetadata(property), property.Key, property.Computed, property.Static, name, "void 0", property.Start);
                    break;
            }
        }
        members.Add(staticMembers.Build());
        var classDecorators = declaration.Decorators is { } own ? RenderDecorators(own) : [];
        if (constructorParameters is not null)
            classDecorators.AddRange(constructorParameters);
        if (classDecorators.Count > 0 && _options.EmitDecoratorMetadata
            && declaration.Body.Body.FirstOrDefault(static e => e is MethodDefinition { Kind: MethodKind.Constructor }) is MethodDefinition constructor)
            classDecorators.Add(Metadata("design:paramtypes", ParameterTypes(constructor.Value), declaration.End));
        // The class's own code, with every decorator and type erased, rendered before the code around it.
        base.Visit(declaration);
        if (classDecorators.Count == 0)
        {
            var calls = members.Build();
            if (calls.Text.Length > 0)
                _edits.Replace(declaration.End, declaration.End, new CodeBuilder().Add("\n", declaration.End).Add(calls).Build());
            return;
        }
        _usesDecorate = true;
        var exportKind = statement switch
        {
            ExportNamedDeclaration => "named",
            ExportDefaultDeclaration => "default",
            _ => null,
        };
        // The class becomes a `let` bound to a class expression, so the decorators' result can replace it.
        _edits.Render(statement.Start, declaration.Start);
        _edits.Replace(statement.Start, declaration.Start, $"let {name} = ");
        var after = new CodeBuilder();
        after.Add(";\n", declaration.End).Add(members.Build());
        after.Add($"{name} = __decorate([", declaration.End);
        for (var i = 0; i < classDecorators.Count; i++)
        {
            if (i > 0) after.Add(", ", declaration.End);
            after.Add(classDecorators[i]);
        }
        after.Add($"], {name});", declaration.End);
        if (exportKind == "named")
            after.Add($"\nexport {{ {name} }};", declaration.End);
        else if (exportKind == "default")
            after.Add($"\nexport default {name};", declaration.End);
        _edits.Render(declaration.End, statement.End);
        _edits.Replace(declaration.End, statement.End, after.Build());
    }

    private void AddMemberDecorate(CodeBuilder builder, Decorator[]? decorators, List<Rendered>? parameters, Node key, bool computed, bool isStatic,
        string className, string descriptor, int position)
    {
        _usesDecorate = true;
        var list = decorators is null ? [] : RenderDecorators(decorators);
        if (parameters is not null)
            list.AddRange(parameters);
        builder.Add("__decorate([", position);
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0) builder.Add(", ", position);
            builder.Add(list[i]);
        }
        builder.Add($"], {className}{(isStatic ? "" : ".prototype")}, ", position);
        if (computed)
            builder.Add(_edits.RenderExpression(key));
        else if (key is Identifier identifier)
            builder.Add(JsString.Quote(identifier.Name), position);
        else if (key is Literal { Kind: LiteralKind.String } text)
            builder.Add(JsString.Quote(text.StringValue!), position);
        else if (key is Literal { Kind: LiteralKind.Number } number)
            builder.Add(JsString.Quote(JsNumber.ToString(number.NumberValue)), position);
        else
            builder.Add(JsString.Quote(_source[key.Start..key.End]), position);
        builder.Add($", {descriptor});\n", position);
    }

    // ---- decorator metadata (emitDecoratorMetadata) ----

    // A method's design:type (Function), design:paramtypes and design:returntype; an accessor's design:type.
    private List<Rendered>? WithMetadata(List<Rendered>? parameters, MethodDefinition method)
    {
        if (!_options.EmitDecoratorMetadata)
            return parameters;
        var list = parameters ?? [];
        var position = method.Start;
        switch (method.Kind)
        {
            case MethodKind.Get:
                list.Add(Metadata("design:type", SerializeAnnotation(method.Value), position));
                list.Add(Metadata("design:paramtypes", "[]", position));
                break;
            case MethodKind.Set:
                list.Add(Metadata("design:type", method.Value.Params.Length > 0 ? SerializeAnnotation(ParameterPattern(method.Value.Params[0])) : "Object", position));
                list.Add(Metadata("design:paramtypes", ParameterTypes(method.Value), position));
                break;
            default:
                list.Add(Metadata("design:type", "Function", position));
                list.Add(Metadata("design:paramtypes", ParameterTypes(method.Value), position));
                var returnType = _facts.Annotations.ContainsKey(method.Value) ? SerializeAnnotation(method.Value)
                    : method.Value.IsAsync ? "Promise" : "void 0";
                list.Add(Metadata("design:returntype", returnType, position));
                break;
        }
        return list;
    }

    private List<Rendered>? FieldMetadata(PropertyDefinition property) =>
        _options.EmitDecoratorMetadata ? [Metadata("design:type", SerializeAnnotation(property), property.Start)] : null;

    private Rendered Metadata(string key, string value, int position)
    {
        _usesMetadata = true;
        return new Rendered($"__metadata(\"{key}\", {value})", [new TransformSegment(0, position, Copied: false)]);
    }

    private string ParameterTypes(FunctionNode function)
    {
        var types = new List<string>(function.Params.Length);
        foreach (var parameter in function.Params)
        {
            // A rest parameter's type is its element's: `...rest: number[]` is Number.
            if (parameter is RestElement rest && _facts.Annotations.TryGetValue(rest.Argument, out var range))
            {
                var text = _source.AsSpan(range.Start, range.End - range.Start).Trim();
                if (text.EndsWith("[]"))
                    text = text[..^2];
                else if (text.StartsWith("Array<") && text.EndsWith(">"))
                    text = text[6..^1];
                types.Add(SerializeType(text));
                continue;
            }
            types.Add(SerializeAnnotation(ParameterPattern(parameter)));
        }
        return "[" + string.Join(", ", types) + "]";
    }

    private static Node ParameterPattern(Node parameter) => parameter switch
    {
        AssignmentPattern assignment => assignment.Left,
        RestElement rest => rest.Argument,
        _ => parameter,
    };

    private string SerializeAnnotation(Node annotated) =>
        _facts.Annotations.TryGetValue(annotated, out var range) ? SerializeType(_source.AsSpan(range.Start, range.End - range.Start)) : "Object";

    // TypeScript's serializeTypeNode, on the annotation's text: the constructor a type stands for at run time.
    private string SerializeType(ReadOnlySpan<char> type)
    {
        type = type.Trim();
        while (type.Length > 0 && type[0] is '|' or '&')
            type = type[1..].TrimStart();
        if (TopLevelSplit(type, '&').Count > 1)
            return "Object";
        var members = TopLevelSplit(type, '|');
        if (members.Count > 1)
        {
            string? common = null;
            foreach (var member in members)
            {
                var text = type[member.Start..member.End].Trim();
                if (text is "null" or "undefined" or "never")
                    continue;
                var serialized = SerializeType(text);
                if (common is not null && common != serialized)
                    return "Object";
                common = serialized;
            }
            return common ?? "void 0";
        }
        if (type.Length > 1 && type[0] == '(' && MatchingClose(type, 0) == type.Length - 1)
            return SerializeType(type[1..^1]);
        if (type.StartsWith("readonly "))
            return SerializeType(type[9..]);
        if (type.Length == 0 || type.EndsWith("]") || type[0] is '[')
            return type.Length == 0 ? "Object" : "Array";
        if (type[0] is '(' or '<' || type.StartsWith("new ") || type.StartsWith("abstract new "))
            return "Function";
        if (type[0] is '"' or '\'' or '`' || type.SequenceEqual("string"))
            return "String";
        if (char.IsAsciiDigit(type[0]) || (type[0] == '-' && type.Length > 1 && char.IsAsciiDigit(type[1])))
            return type[^1] == 'n' ? "typeof BigInt === \"function\" ? BigInt : Object" : "Number";
        switch (type)
        {
            case "number": return "Number";
            case "boolean" or "true" or "false": return "Boolean";
            case "bigint": return "typeof BigInt === \"function\" ? BigInt : Object";
            case "symbol" or "unique symbol": return "typeof Symbol === \"function\" ? Symbol : Object";
            case "void" or "undefined" or "null" or "never": return "void 0";
            case "any" or "unknown" or "object" or "this": return "Object";
        }
        if (type[0] == '{' || type.StartsWith("typeof ") || type.StartsWith("keyof ") || type.IndexOf(" extends ") >= 0)
            return "Object";
        // A type reference: `A`, `A.B`, `A<T>`: the value of that name when there is one.
        var end = 0;
        while (end < type.Length && (char.IsLetterOrDigit(type[end]) || type[end] is '_' or '$' or '.'))
            end++;
        var name = type[..end].ToString();
        if (name.Length == 0)
            return "Object";
        switch (name)
        {
            case "Array" or "ReadonlyArray": return "Array";
            case "Function": return "Function";
            case "String" or "Number" or "Boolean" or "Object" or "Promise" or "Date" or "RegExp" or "Map" or "Set" or "WeakMap" or "WeakSet" or "Error":
                return name;
        }
        var dot = name.IndexOf('.');
        var root = dot < 0 ? name : name[..dot];
        if (dot < 0 && EnumKind(root) is { } enumType)
            return enumType;
        var symbol = _scopes.FindSymbol(_scopes.RootScope, root);
        if (symbol >= 0)
        {
            // The import stays (TypeScript keeps it); what it binds may still be only a type elsewhere.
            MetadataNames.Add(root);
            if (_scopes.GetSymbol(symbol).Kind != Scopes.SymbolKind.Import)
                return name;
        }
        return $"typeof {root} === \"undefined\" ? Object : {name}";
    }

    // An enum of this file is its members' type: Number, String, or Object when mixed.
    private string? EnumKind(string name)
    {
        if (_enumKinds is null)
        {
            _enumKinds = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var statement in _program!.Body)
            {
                if ((statement is ExportNamedDeclaration { Declaration: { } inner } ? inner : statement) is not TSEnumDeclaration declaration)
                    continue;
                var strings = 0;
                foreach (var member in declaration.Members)
                {
                    if (member.Initializer is Literal { Kind: LiteralKind.String } or TemplateLiteral)
                        strings++;
                }
                _enumKinds[declaration.Id.Name] = strings == 0 ? "Number" : strings == declaration.Members.Length ? "String" : "Object";
            }
        }
        return _enumKinds.GetValueOrDefault(name);
    }

    private Dictionary<string, string>? _enumKinds;

    private static List<(int Start, int End)> TopLevelSplit(ReadOnlySpan<char> text, char separator)
    {
        var parts = new List<(int, int)>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '(' or '[' or '{' or '<') depth++;
            else if (c is ')' or ']' or '}' or '>' && !(c == '>' && i > 0 && text[i - 1] == '=')) depth--;
            else if (c is '"' or '\'' or '`')
            {
                var close = text[(i + 1)..].IndexOf(c);
                i = close < 0 ? text.Length : i + 1 + close;
            }
            else if (c == separator && depth == 0)
            {
                if (i > start) parts.Add((start, i));
                start = i + 1;
            }
        }
        if (text.Length > start) parts.Add((start, text.Length));
        return parts;
    }

    private static int MatchingClose(ReadOnlySpan<char> text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')' && --depth == 0) return i;
        }
        return -1;
    }

    private List<Rendered> RenderDecorators(Decorator[] decorators)
    {
        var rendered = new List<Rendered>(decorators.Length);
        foreach (var decorator in decorators)
        {
            FirstDecorator ??= decorator;
            rendered.Add(_edits.RenderExpression(decorator.Expression));
            _edits.Render(decorator.Start, decorator.End);
            _edits.Erase(decorator.Start, decorator.End);
        }
        return rendered;
    }

    private List<Rendered>? ParameterDecorators(FunctionNode function)
    {
        if (function.ParameterDecorators is not { } all)
            return null;
        List<Rendered>? result = null;
        for (var i = 0; i < all.Length; i++)
        {
            if (all[i] is not { } decorators)
                continue;
            _usesParam = true;
            foreach (var rendered in RenderDecorators(decorators))
            {
                result ??= [];
                result.Add(new CodeBuilder().Add($"__param({i}, ", decorators[0].Start).Add(rendered).Add(")", decorators[0].Start).Build());
            }
        }
        return result;
    }

    /// <summary>tslib's helpers the decorators use, at the top of the output (after the directives).</summary>
    private void AddDecoratorHelpers(Program program)
    {
        if (!_usesDecorate && !_usesParam && !_usesEsDecorators)
            return;
        var helpers = (_usesEsDecorators ? RunInitializersHelper + EsDecorateHelper : "") + (_usesSetFunctionName ? SetFunctionNameHelper : "") + (_usesPropKey ? PropKeyHelper : "")
            + (_usesDecorate ? DecorateHelper : "") + (_usesParam ? ParamHelper : "") + (_usesMetadata ? MetadataHelper : "");
        var position = 0;
        foreach (var statement in program.Body)
        {
            if (statement is not ExpressionStatement { Directive: not null })
                break;
            position = statement.End;
        }
        _edits.Insert(position, (position > 0 ? "\n" : "") + helpers);
    }
}
