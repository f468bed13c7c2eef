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

    private bool _usesDecorate;
    private bool _usesParam;

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
            Unsupported ??= (FirstDecoratorOf(declaration), "Decorators need TypeScript's experimentalDecorators (SWC's jsc.transform.legacyDecorator); the standard (2023) decorators are not supported yet");
            base.Visit(declaration);
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
                        AddMemberDecorate(method.Static ? staticMembers : members, method.Decorators, parameters, method.Key, method.Computed, method.Static, name, "null", method.Start);
                        break;
                    }
                case PropertyDefinition { Decorators: { } decorators } property:
                    AddMemberDecorate(property.Static ? staticMembers : members, decorators, null, property.Key, property.Computed, property.Static, name, "void 0", property.Start);
                    break;
            }
        }
        members.Add(staticMembers.Build());
        var classDecorators = declaration.Decorators is { } own ? RenderDecorators(own) : [];
        if (constructorParameters is not null)
            classDecorators.AddRange(constructorParameters);
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
        if (!_usesDecorate && !_usesParam)
            return;
        var helpers = (_usesDecorate ? DecorateHelper : "") + (_usesParam ? ParamHelper : "");
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
