// The standard (2023) decorators, as TypeScript emits them for ES2022 without
// experimentalDecorators: the class is built inside a function that holds each decorated
// element's decorators, initializers and extra initializers; a static block applies the
// decorators with __esDecorate (static methods and accessors first, then instance ones, then
// static fields, then instance fields, then the class) and records metadata; field initializers
// run the initializers decorators added (__runInitializers), and the extra initializers run after
// the element they belong to (the next field, the constructor, or a static block at the end):
//     let A = (() => {
//         let _classDecorators = [d]; let _classDescriptor; let _classExtraInitializers = []; let _classThis;
//         let _x_decorators; let _x_initializers = []; let _x_extraInitializers = [];
//         var A = class {
//             static { _classThis = this; }
//             static { …; __esDecorate(null, null, _x_decorators, { kind: "field", name: "x", … }, _x_initializers, _x_extraInitializers); … }
//             x = __runInitializers(this, _x_initializers, 1);
//             constructor() { __runInitializers(this, _x_extraInitializers); }
//             static { __runInitializers(_classThis, _classExtraInitializers); }
//         };
//         return A = _classThis;
//     })();
// Private elements, computed keys and decorated class expressions are not lowered yet: they are
// reported as unsupported, never emitted wrong.

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Transforms;

internal sealed partial class TypeScriptLowering
{
    private const string RunInitializersHelper = """
        var __runInitializers = (this && this.__runInitializers) || function (thisArg, initializers, value) {
            var useValue = arguments.length > 2;
            for (var i = 0; i < initializers.length; i++) {
                value = useValue ? initializers[i].call(thisArg, value) : initializers[i].call(thisArg);
            }
            return useValue ? value : void 0;
        };

        """;

    private const string EsDecorateHelper = """
        var __esDecorate = (this && this.__esDecorate) || function (ctor, descriptorIn, decorators, contextIn, initializers, extraInitializers) {
            function accept(f) { if (f !== void 0 && typeof f !== "function") throw new TypeError("Function expected"); return f; }
            var kind = contextIn.kind, key = kind === "getter" ? "get" : kind === "setter" ? "set" : "value";
            var target = !descriptorIn && ctor ? contextIn["static"] ? ctor : ctor.prototype : null;
            var descriptor = descriptorIn || (target ? Object.getOwnPropertyDescriptor(target, contextIn.name) : {});
            var _, done = false;
            for (var i = decorators.length - 1; i >= 0; i--) {
                var context = {};
                for (var p in contextIn) context[p] = p === "access" ? {} : contextIn[p];
                for (var p in contextIn.access) context.access[p] = contextIn.access[p];
                context.addInitializer = function (f) { if (done) throw new TypeError("Cannot add initializers after decoration has completed"); extraInitializers.push(accept(f || null)); };
                var result = (0, decorators[i])(kind === "accessor" ? { get: descriptor.get, set: descriptor.set } : descriptor[key], context);
                if (kind === "accessor") {
                    if (result === void 0) continue;
                    if (result === null || typeof result !== "object") throw new TypeError("Object expected");
                    if (_ = accept(result.get)) descriptor.get = _;
                    if (_ = accept(result.set)) descriptor.set = _;
                    if (_ = accept(result.init)) initializers.unshift(_);
                }
                else if (_ = accept(result)) {
                    if (kind === "field") initializers.unshift(_);
                    else descriptor[key] = _;
                }
            }
            if (target) Object.defineProperty(target, contextIn.name, descriptor);
            done = true;
        };

        """;

    private const string SetFunctionNameHelper = """
        var __setFunctionName = (this && this.__setFunctionName) || function (f, name, prefix) {
            if (typeof name === "symbol") name = name.description ? "[".concat(name.description, "]") : "";
            return Object.defineProperty(f, "name", { configurable: true, value: prefix ? "".concat(prefix, " ", name) : name });
        };

        """;

    private const string PropKeyHelper = """
        var __propKey = (this && this.__propKey) || function (x) {
            return typeof x === "symbol" ? x : "".concat(x);
        };

        """;

    private bool _usesEsDecorators;
    private bool _usesSetFunctionName;
    private bool _usesPropKey;

    /// <summary>Private `accessor` fields a standard decorator decorates: their get/set go through this descriptor.</summary>
    private readonly Dictionary<PropertyDefinition, string> _privateAccessorDescriptors = [];

    /// <summary>The name a class expression takes from the variable it initializes (for the class a decorator lowering returns).</summary>
    private string? _contextualClassName;

    /// <summary>The output has class syntax the source did not show (the static blocks of standard decorators).</summary>
    public bool WroteClassSyntax => _usesEsDecorators;

    /// <summary>Initializers decorated `accessor` fields store instead of their own (see <see cref="LowerAccessors"/>).</summary>
    private readonly Dictionary<PropertyDefinition, Rendered> _accessorInitializers = [];

    private sealed class DecoratedElement(Node node, string kind, bool isStatic, string name, string prefix, List<Rendered> decorators, bool isPrivate)
    {
        public readonly Node Node = node;
        public readonly bool Private = isPrivate;
        /// <summary>A computed key's temporary (the context's name is its value), or null.</summary>
        public string? KeyTemp;
        /// <summary>method, getter, setter, accessor or field.</summary>
        public readonly string Kind = kind;
        public readonly bool Static = isStatic;
        /// <summary>The element's name as a string.</summary>
        public readonly string Name = name;
        /// <summary>The names of its variables: <c>_x</c>, <c>_static_x</c>, <c>_get_x</c>.</summary>
        public readonly string Prefix = prefix;
        public readonly List<Rendered> Decorators = decorators;
        public bool IsField => Kind is "field" or "accessor";
    }

    private void LowerEsDecoratedClass(ClassNode declaration, Node? statement)
    {
        if (EsDecoratorsUnsupported(declaration) is { } problem)
        {
            Unsupported ??= problem;
            base.Visit(declaration);
            return;
        }
        _usesEsDecorators = true;
        var isExpression = declaration is ClassExpression;
        var contextualName = isExpression ? _contextualClassName : null;
        _contextualClassName = null;
        var name = declaration.Id?.Name ?? (isExpression ? "class_1" : "default_1");
        var classDecorators = declaration.Decorators is { } own ? RenderDecorators(own) : null;
        var classThis = classDecorators is null ? "this" : "_classThis";
        var elements = new List<DecoratedElement>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in declaration.Body.Body)
        {
            var (decorators, key, isStatic, kind) = element switch
            {
                MethodDefinition { Decorators: { } d } m => (d, m.Key, m.Static, m.Kind switch { MethodKind.Get => "getter", MethodKind.Set => "setter", _ => "method" }),
                PropertyDefinition { Decorators: { } d } p => (d, p.Key, p.Static, _facts.AccessorFields.Contains(p) ? "accessor" : "field"),
                _ => (null, null, false, ""),
            };
            if (decorators is null)
                continue;
            var keyName = key switch
            {
                Identifier identifier => identifier.Name,
                Literal { Kind: LiteralKind.String } text => text.StringValue!,
                Literal { Kind: LiteralKind.Number } number => JsNumber.ToString(number.NumberValue),
                _ => _source[key!.Start..key.End],
            };
            var isPrivate = key is PrivateIdentifier;
            var computed = element is MethodDefinition { Computed: true } or PropertyDefinition { Computed: true };
            if (isPrivate)
                keyName = "#" + ((PrivateIdentifier)key!).Name;
            var plainName = isPrivate ? keyName[1..] : keyName;
            var prefix = "_" + (isStatic ? "static_" : "") + (isPrivate ? "private_" : "") + (kind is "getter" ? "get_" : kind is "setter" ? "set_" : "")
                + (!computed && IsIdentifierLike(plainName) ? plainName : "member");
            var unique = prefix;
            for (var i = 1; !used.Add(unique); i++)
                unique = prefix + "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            elements.Add(new DecoratedElement(element, kind, isStatic, keyName, unique, RenderDecorators(decorators), isPrivate));
        }
        // Decorators are evaluated in document order with the computed keys: those before a computed
        // key are evaluated in it; the rest in the static block.
        var keyTemps = new List<string>();
        var pendingDecorators = new List<DecoratedElement>();
        foreach (var element in declaration.Body.Body)
        {
            var decorated = elements.FirstOrDefault(e => e.Node == element);
            if (decorated is not null)
                pendingDecorators.Add(decorated);
            var key = element switch
            {
                MethodDefinition { Computed: true } m => m.Key,
                PropertyDefinition { Computed: true } p => p.Key,
                _ => null,
            };
            if (key is null)
                continue;
            var keyCode = new CodeBuilder().Add("(", key.Start);
            foreach (var pending in pendingDecorators)
                keyCode.Add(pending.Prefix + "_decorators = [", pending.Node.Start).AddJoined(pending.Decorators, ", ", pending.Node.Start).Add("], ", pending.Node.Start);
            pendingDecorators.Clear();
            var keyExpression = _edits.RenderExpression(key);
            if (decorated is not null)
            {
                _usesPropKey = true;
                decorated.KeyTemp = "_" + (char)('a' + keyTemps.Count % 26) + (keyTemps.Count >= 26 ? (keyTemps.Count / 26).ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
                keyTemps.Add(decorated.KeyTemp);
                keyCode.Add(decorated.KeyTemp + " = __propKey(", key.Start).Add(keyExpression).Add(")", key.End);
            }
            else
            {
                keyCode.Add(keyExpression);
            }
            _edits.Replace(key.Start, key.End, keyCode.Add(")", key.End).Build());
        }
        var hasStaticExtras = elements.Any(static e => e.Static && !e.IsField);
        var hasInstanceExtras = elements.Any(static e => !e.Static && !e.IsField);

        // The field initializers run what decorators added, and the extra initializers of the element before.
        string? instancePending = hasInstanceExtras ? "_instanceExtraInitializers" : null;
        string? staticPending = hasStaticExtras ? "_staticExtraInitializers" : null;
        foreach (var element in declaration.Body.Body)
        {
            if (element is not PropertyDefinition field)
                continue;
            var decorated = elements.FirstOrDefault(e => e.Node == field);
            var receiver = field.Static ? classThis : "this";
            ref var pending = ref field.Static ? ref staticPending : ref instancePending;
            if (decorated is null && pending is null)
                continue;
            var value = new CodeBuilder();
            var initializer = field.Value is { } fieldValue ? _edits.RenderExpression(fieldValue) : (Rendered?)null;
            if (pending is not null && (decorated is not null || initializer is not null))
                value.Add("(", field.Start);
            if (pending is not null)
                value.Add("__runInitializers(" + receiver + ", " + pending + ")", field.Start);
            if (decorated is not null)
            {
                if (pending is not null)
                    value.Add(", ", field.Start);
                value.Add("__runInitializers(" + receiver + ", " + decorated.Prefix + "_initializers, ", field.Start);
                if (initializer is { } init)
                    value.Add(init);
                else
                    value.Add("void 0", field.Start);
                value.Add(")", field.End);
            }
            else if (initializer is { } init)
            {
                value.Add(", ", field.Start).Add(init);
            }
            if (pending is not null && (decorated is not null || initializer is not null))
                value.Add(")", field.End);
            var code = value.Build();
            if (_facts.AccessorFields.Contains(field))
                _accessorInitializers[field] = code;
            if (decorated is { Private: true, Kind: "accessor" })
                _privateAccessorDescriptors[field] = decorated.Prefix + "_descriptor";
            else if (field.Value is { } existing)
                _edits.Replace(existing.Start, existing.End, code);
            else
                _edits.Replace(field.Key.End, field.Key.End, new CodeBuilder().Add(" = ", field.Key.End).Add(code).Build());
            pending = decorated is not null ? decorated.Prefix + "_extraInitializers" : null;
        }

        // The class's own code, types and decorators gone, rendered before the code around it.
        if (_facts.AccessorFields.Count > 0)
            LowerAccessors(declaration);
        base.Visit(declaration);

        var lets = new CodeBuilder();
        if (keyTemps.Count > 0)
            lets.Add("    var " + string.Join(", ", keyTemps) + ";\n", declaration.Start);
        var superClass = declaration.SuperClass;
        if (superClass is not null)
        {
            lets.Add("    let _classSuper = ", superClass.Start).Add(_edits.RenderExpression(superClass)).Add(";\n", superClass.End);
            _edits.Replace(superClass.Start, superClass.End, "_classSuper");
        }
        if (classDecorators is not null)
        {
            lets.Add("    let _classDecorators = [", declaration.Start).AddJoined(classDecorators, ", ", declaration.Start).Add("];\n", declaration.Start);
            lets.Add("    let _classDescriptor;\n    let _classExtraInitializers = [];\n    let _classThis;\n", declaration.Start);
        }
        if (hasStaticExtras)
            lets.Add("    let _staticExtraInitializers = [];\n", declaration.Start);
        if (hasInstanceExtras)
            lets.Add("    let _instanceExtraInitializers = [];\n", declaration.Start);
        foreach (var element in elements.Where(static e => e.Static).Concat(elements.Where(static e => !e.Static)))
        {
            lets.Add("    let " + element.Prefix + "_decorators;\n", element.Node.Start);
            if (element.IsField)
                lets.Add("    let " + element.Prefix + "_initializers = [];\n    let " + element.Prefix + "_extraInitializers = [];\n", element.Node.Start);
            if (element.Private && element.Kind != "field")
                lets.Add("    let " + element.Prefix + "_descriptor;\n", element.Node.Start);
        }

        // The static block that decorates, first in the class (after the one that keeps the class).
        var block = new CodeBuilder();
        if (classDecorators is not null)
            block.Add("\n    static { _classThis = this; }", declaration.Body.Start);
        // An anonymous class keeps the name it would have had: its variable's, or none (not `class_1`).
        if (isExpression && declaration.Id is null && contextualName is null && classDecorators is not null)
            contextualName = "";
        if (isExpression && declaration.Id is null && contextualName is not null)
        {
            _usesSetFunctionName = true;
            block.Add("\n    static { __setFunctionName(" + classThis + ", " + JsString.Quote(contextualName) + "); }", declaration.Body.Start);
        }
        block.Add("\n    static {\n        const _metadata = typeof Symbol === \"function\" && Symbol.metadata ? Object.create("
            + (superClass is null ? "null" : "_classSuper[Symbol.metadata] ?? null") + ") : void 0;\n", declaration.Body.Start);
        foreach (var element in pendingDecorators)
            block.Add("        " + element.Prefix + "_decorators = [", element.Node.Start).AddJoined(element.Decorators, ", ", element.Node.Start).Add("];\n", element.Node.Start);
        var order = elements.Where(static e => e.Static && !e.IsField || e.Static && e.Kind == "accessor")
            .Concat(elements.Where(static e => !e.Static && (!e.IsField || e.Kind == "accessor")))
            .Concat(elements.Where(static e => e.Static && e.Kind == "field"))
            .Concat(elements.Where(static e => !e.Static && e.Kind == "field"));
        foreach (var element in order)
            block.Add("        ", element.Node.Start).Add(EsDecorateCall(element, PrivateDescriptor(element))).Add(";\n", element.Node.Start);
        if (classDecorators is not null)
        {
            block.Add("        __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: \"class\", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);\n", declaration.Start);
            block.Add("        " + name + " = _classThis = _classDescriptor.value;\n", declaration.Start);
        }
        block.Add("        if (_metadata) Object.defineProperty(" + classThis + ", Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });\n    }", declaration.Body.Start);
        _edits.Replace(declaration.Body.Start + 1, declaration.Body.Start + 1, block.Build());

        // The extra initializers left: the instance ones in the constructor, the static and class ones last.
        if (instancePending is not null)
            AddToConstructor(declaration, "__runInitializers(this, " + instancePending + ");");
        var last = new List<string>();
        if (staticPending is not null)
            last.Add("__runInitializers(" + classThis + ", " + staticPending + ");");
        if (classDecorators is not null)
            last.Add("__runInitializers(_classThis, _classExtraInitializers);");
        if (last.Count > 0)
            _edits.Insert(declaration.Body.End - 1, "    static {\n        " + string.Join("\n        ", last) + "\n    }\n");

        if (isExpression)
        {
            // `(() => { …; return class {…}; })()`; with class decorators `var A = class {…}; return A = _classThis;`.
            var classStart = _source.IndexOf("class", declaration.Decorators is { } expressionDecorators ? expressionDecorators[^1].End : declaration.Start, StringComparison.Ordinal);
            _edits.Render(declaration.Start, classStart);
            _edits.Erase(declaration.Start, classStart);
            if (classDecorators is not null && declaration.Id is { } ownId)
            {
                _edits.Render(ownId.Start, ownId.End);
                _edits.Erase(ownId.Start, ownId.End);
            }
            var code = _edits.Render(declaration.Start, declaration.End);
            var wrapped = new CodeBuilder().Add("(() => {\n", declaration.Start).Add(lets.Build());
            if (classDecorators is not null)
                wrapped.Add("    var " + name + " = ", declaration.Start).Add(code).Add(";\n    return " + name + " = _classThis;\n})()", declaration.End);
            else
                wrapped.Add("    return ", declaration.Start).Add(code).Add(";\n})()", declaration.End);
            _edits.Replace(declaration.Start, declaration.End, wrapped.Build());
            return;
        }
        // `let A = (() => { …; return class A {…}; })();`, or with class decorators `var A = class {…}; return A = _classThis;`.
        statement ??= declaration;
        var exportKind = statement switch { ExportNamedDeclaration => "named", ExportDefaultDeclaration => "default", _ => null };
        var classKeyword = _source.IndexOf("class", declaration.Decorators is { } ownDecorators ? ownDecorators[^1].End : declaration.Start, StringComparison.Ordinal);
        var head = new CodeBuilder().Add("let " + name + " = (() => {\n", statement.Start).Add(lets.Build());
        head.Add(classDecorators is not null ? "    var " + name + " = " : "    return ", classKeyword);
        _edits.Render(statement.Start, classKeyword);
        _edits.Replace(statement.Start, classKeyword, head.Build());
        if (classDecorators is not null && declaration.Id is { } id)
        {
            // The class is anonymous: inside it, its name is the variable the decorators may replace.
            _edits.Render(id.Start, id.End);
            _edits.Erase(id.Start, id.End);
        }
        else if (declaration.Id is null)
        {
            _edits.Insert(classKeyword + "class".Length, " " + name);
        }
        var tail = new CodeBuilder().Add(";\n", declaration.End);
        if (classDecorators is not null)
            tail.Add("    return " + name + " = _classThis;\n", declaration.End);
        tail.Add("})();", declaration.End);
        if (exportKind == "named")
            tail.Add("\nexport { " + name + " };", declaration.End);
        else if (exportKind == "default")
            tail.Add("\nexport default " + name + ";", declaration.End);
        _edits.Render(declaration.End, statement.End);
        _edits.Replace(declaration.End, statement.End, tail.Build());
    }

    private static Rendered EsDecorateCall(DecoratedElement element, Rendered? descriptor)
    {
        var position = element.Node.Start;
        var nameCode = element.KeyTemp ?? JsString.Quote(element.Name);
        string has, read;
        if (element.Private)
        {
            has = element.Name + " in obj";
            read = "obj." + element.Name;
        }
        else
        {
            has = nameCode + " in obj";
            read = element.KeyTemp is null && IsIdentifierLike(element.Name) && !char.IsAsciiDigit(element.Name[0]) ? "obj." + element.Name : "obj[" + nameCode + "]";
        }
        var access = element.Kind switch
        {
            "method" or "getter" => "{ has: obj => " + has + ", get: obj => " + read + " }",
            "setter" => "{ has: obj => " + has + ", set: (obj, value) => { " + read + " = value; } }",
            _ => "{ has: obj => " + has + ", get: obj => " + read + ", set: (obj, value) => { " + read + " = value; } }",
        };
        var context = "{ kind: \"" + element.Kind + "\", name: " + nameCode + ", static: " + (element.Static ? "true" : "false") + ", private: " + (element.Private ? "true" : "false")
            + ", access: " + access + ", metadata: _metadata }";
        var builder = new CodeBuilder();
        if (element.Kind == "field")
        {
            builder.Add("__esDecorate(null, null, " + element.Prefix + "_decorators, " + context + ", " + element.Prefix + "_initializers, " + element.Prefix + "_extraInitializers)", position);
            return builder.Build();
        }
        builder.Add("__esDecorate(this, ", position);
        if (descriptor is { } code)
            builder.Add(element.Prefix + "_descriptor = ", position).Add(code);
        else
            builder.Add("null", position);
        builder.Add(", " + element.Prefix + "_decorators, " + context + ", ", position);
        builder.Add(element.Kind == "accessor"
            ? element.Prefix + "_initializers, " + element.Prefix + "_extraInitializers)"
            : "null, " + (element.Static ? "_staticExtraInitializers" : "_instanceExtraInitializers") + ")", position);
        return builder.Build();
    }

    // A private method's, getter's or setter's function moves into its descriptor; the member left
    // reads it (`get #m() { return _private_m_descriptor.value; }`). A private accessor's
    // descriptor reads and writes its storage.
    private Rendered? PrivateDescriptor(DecoratedElement element)
    {
        if (!element.Private || element.Kind == "field")
            return null;
        _usesSetFunctionName = true;
        var name = JsString.Quote(element.Name);
        var isStatic = element.Static ? "static " : "";
        if (element.Kind == "accessor")
        {
            var storage = "#" + element.Name[1..] + "_accessor_storage";
            return new CodeBuilder().Add("{ get: __setFunctionName(function () { return this." + storage + "; }, " + name + ", \"get\"), set: __setFunctionName(function (value) { this."
                + storage + " = value; }, " + name + ", \"set\") }", element.Node.Start).Build();
        }
        var method = (MethodDefinition)element.Node;
        var function = method.Value;
        var code = _edits.Render(function.Start, function.End);
        var (slot, prefix, member) = element.Kind switch
        {
            "getter" => ("get", ", \"get\"", isStatic + "get " + element.Name + "() { return " + element.Prefix + "_descriptor.get.call(this); }"),
            "setter" => ("set", ", \"set\"", isStatic + "set " + element.Name + "(value) { return " + element.Prefix + "_descriptor.set.call(this, value); }"),
            _ => ("value", "", isStatic + "get " + element.Name + "() { return " + element.Prefix + "_descriptor.value; }"),
        };
        _edits.Render(method.Start, method.End);
        _edits.Replace(method.Start, method.End, member);
        return new CodeBuilder()
            .Add("{ " + slot + ": __setFunctionName(" + (function.IsAsync ? "async " : "") + "function" + (function.IsGenerator ? "* " : " "), method.Start)
            .Add(code).Add(", " + name + prefix + ") }", method.End).Build();
    }

    // What this lowering does not handle yet, where it is.
    private static (int Offset, string Message)? EsDecoratorsUnsupported(ClassNode declaration)
    {
        foreach (var element in declaration.Body.Body)
        {
            switch (element)
            {
                case MethodDefinition { Value.ParameterDecorators: not null } method:
                    return (method.Start, "Parameter decorators need TypeScript's experimentalDecorators");
                case MethodDefinition { Decorators: [var first, ..], Key: PrivateIdentifier } method when SuperFinder.Uses(method.Value.Body):
                    return (first.Start, "A decorated private method that uses `super` is not supported yet (TypeScript's experimentalDecorators are)");
                case MethodDefinition { Decorators: [var method, ..], Key: PrivateIdentifier, Static: true } when declaration.Decorators is not null:
                    return (method.Start, "Decorated static private members of a decorated class are not supported yet");
                case PropertyDefinition { Decorators: [var field, ..], Key: PrivateIdentifier, Static: true } when declaration.Decorators is not null:
                    return (field.Start, "Decorated static private members of a decorated class are not supported yet");
            }
        }
        return null;
    }

    /// <summary>Whether code uses <c>super</c> (outside nested functions with their own).</summary>
    private sealed class SuperFinder : AstVisitor
    {
        private bool _found;

        public static bool Uses(Node node)
        {
            var finder = new SuperFinder();
            finder.Visit(node);
            return finder._found;
        }

        public override void Visit(Node node)
        {
            if (_found || node is FunctionDeclaration or FunctionExpression or ClassDeclaration or ClassExpression)
                return;
            if (node is Super)
            {
                _found = true;
                return;
            }
            base.Visit(node);
        }
    }

    // Adds code to the constructor: after `super(…)` in a derived class, first otherwise; a class with none gets one.
    private void AddToConstructor(ClassNode declaration, string code)
    {
        var constructor = declaration.Body.Body.OfType<MethodDefinition>().FirstOrDefault(static m => m.Kind == MethodKind.Constructor);
        if (constructor is null)
        {
            var body = declaration.SuperClass is null ? "constructor() {\n        " + code + "\n    }" : "constructor() {\n        super(...arguments);\n        " + code + "\n    }";
            _edits.Insert(declaration.Body.End - 1, "    " + body + "\n");
            return;
        }
        if (constructor.Value.Body is not BlockStatement block)
            return;
        if (declaration.SuperClass is null)
        {
            _edits.Insert(block.Start + 1, "\n        " + code);
            return;
        }
        var after = SuperCallEnd(block);
        _edits.Insert(after >= 0 ? after : block.Start + 1, "\n        " + code);
    }
}
