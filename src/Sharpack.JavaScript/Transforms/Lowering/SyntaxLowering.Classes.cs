// ES2022 class features, lowered as esbuild lowers them. A class with a feature the target lacks
// has all of its fields, private members and static blocks lowered, so they keep their order:
//  - instance fields are defined in the constructor (after `super(…)` in a derived class), private
//    ones in a WeakMap each (`__privateAdd(this, _x, value)`), public ones with `__publicField`;
//  - private methods and accessors become functions after the class, brand-checked with one
//    WeakSet per class (and one for static ones);
//  - static fields and blocks run after the class, in order, with `this` the class;
//  - `obj.#x` becomes `__privateGet(obj, _x)`, assignments `__privateSet`, updates and
//    destructuring targets `__privateWrapper(obj, _x)._`, `#x in obj` `__privateIn(_x, obj)`.
// Code moved out of the class body reads `super.x` through Reflect.get on the home object.

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Transforms;

internal sealed partial class SyntaxLowering
{
    private enum PrivateKind : byte { Field, Method, Accessor }

    private sealed class PrivateMember(PrivateKind kind, bool isStatic)
    {
        public readonly PrivateKind Kind = kind;
        public readonly bool Static = isStatic;
        /// <summary>The WeakMap of a field; the class's WeakSet brand of a method or accessor.</summary>
        public string Storage = "";
        public string? Method;
        public string? Getter;
        public string? Setter;
    }

    /// <summary>The private names of a class being walked; null members when the class keeps them.</summary>
    private sealed class ClassScope(Dictionary<string, PrivateMember>? members)
    {
        public readonly Dictionary<string, PrivateMember>? Members = members;
        public string Reference = "";
    }

    private readonly List<ClassScope> _classes = [];

    // Names a property key may have and a class may not (a class body is strict code).
    private static readonly HashSet<string> s_reservedWords = new(StringComparer.Ordinal)
    {
        "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum",
        "export", "extends", "false", "finally", "for", "function", "if", "implements", "import", "in", "instanceof", "interface",
        "let", "new", "null", "package", "private", "protected", "public", "return", "static", "super", "switch", "this", "throw",
        "true", "try", "typeof", "var", "void", "while", "with", "yield", "arguments", "eval",
    };

    /// <summary>Where `this` and `super` are rewritten: code moved out of a class body.</summary>
    private sealed class MovedCode(string classReference, bool isStatic, bool rewriteThis, FunctionExpression? method = null)
    {
        /// <summary>A private method's function: moved with its `super`, unlike the functions in it.</summary>
        public readonly FunctionExpression? Method = method;
        public readonly string ClassReference = classReference;
        public readonly bool Static = isStatic;
        public readonly bool RewriteThis = rewriteThis;
    }

    private MovedCode? _moved;

    /// <summary>
    /// Bindings (by symbol) written under another name while their code is walked: a class
    /// expression's own name in code moved out of it, a constructor's bindings that field
    /// initializers moved into it would otherwise read.
    /// </summary>
    private readonly Dictionary<int, string> _renamedSymbols = [];

    private void RenameSymbol(Identifier identifier)
    {
        if (!_renamedSymbols.TryGetValue(identifier.Symbol, out var reference))
            return;
        _edits.Replace(identifier.Start, identifier.End, Parent is Property { Shorthand: true } ? identifier.Name + ": " + reference : reference);
        _changed = true;
    }

    private bool LowersClass(ClassNode node)
    {
        foreach (var member in node.Body.Body)
        {
            switch (member)
            {
                case PropertyDefinition property:
                    if (property.Key is PrivateIdentifier ? Lowers(SyntaxFeatures.ClassPrivateField)
                        : Lowers(property.Static ? SyntaxFeatures.ClassStaticField : SyntaxFeatures.ClassField))
                        return true;
                    break;
                case MethodDefinition { Key: PrivateIdentifier }:
                    if (Lowers(SyntaxFeatures.ClassPrivateMethod))
                        return true;
                    break;
                case StaticBlock:
                    if (Lowers(SyntaxFeatures.ClassStaticBlock))
                        return true;
                    break;
            }
        }
        // `#x in obj` needs the private names lowered.
        return Lowers(SyntaxFeatures.ClassPrivateBrandCheck) && HasPrivateMembers(node) && BrandCheckFinder.Has(node.Body);
    }

    private static bool HasPrivateMembers(ClassNode node)
    {
        foreach (var member in node.Body.Body)
        {
            if (member is PropertyDefinition { Key: PrivateIdentifier } or MethodDefinition { Key: PrivateIdentifier })
                return true;
        }
        return false;
    }

    private void VisitClass(ClassNode node)
    {
        if (!LowersClass(node))
        {
            _classes.Add(new ClassScope(null));
            var outerMoved = _moved;
            _moved = null;
            base.Visit(node);
            _moved = outerMoved;
            _classes.RemoveAt(_classes.Count - 1);
            return;
        }
        _changed = true;
        var name = node.Id?.Name;
        var scope = new ClassScope([]);
        // The class as code after it refers to it: its name, or a temporary for an anonymous class.
        scope.Reference = node is ClassDeclaration ? name ?? NewName() : NewTemp();
        var baseName = name ?? "class";
        string? instanceBrand = null, staticBrand = null;
        foreach (var member in node.Body.Body)
        {
            var (key, isStatic, kind, methodKind) = member switch
            {
                PropertyDefinition { Key: PrivateIdentifier k } p => (k, p.Static, PrivateKind.Field, MethodKind.Method),
                MethodDefinition { Key: PrivateIdentifier k } m => (k, m.Static, m.Kind == MethodKind.Method ? PrivateKind.Method : PrivateKind.Accessor, m.Kind),
                _ => (null, false, PrivateKind.Field, MethodKind.Method),
            };
            if (key is null)
                continue;
            if (!scope.Members!.TryGetValue(key.Name, out var info))
            {
                info = new PrivateMember(kind, isStatic);
                scope.Members[key.Name] = info;
                if (kind == PrivateKind.Field)
                    info.Storage = NewTempNamed("_" + key.Name);
                else
                    info.Storage = isStatic ? staticBrand ??= NewTempNamed("_" + baseName + "_static") : instanceBrand ??= NewTempNamed("_" + baseName + "_instances");
            }
            switch (methodKind)
            {
                case MethodKind.Get:
                    info.Getter = NewTempNamed(key.Name + "_get");
                    break;
                case MethodKind.Set:
                    info.Setter = NewTempNamed(key.Name + "_set");
                    break;
                default:
                    if (kind == PrivateKind.Method)
                        info.Method = NewTempNamed(key.Name + "_fn");
                    break;
            }
        }
        _classes.Add(scope);

        // Walk the class, each moved part with `this`/`super` rewritten as it will stand.
        var outer = _moved;
        _moved = null;
        if (node.Id is { } id)
            Visit(id);
        if (node.SuperClass is { } superClass)
            Visit(superClass);
        _ancestors.Add(node.Body);
        // A class expression's own name is not in scope where its moved code goes: that code says the reference.
        var innerName = node is ClassExpression && node.Id is { Symbol: >= 0 } ownName ? ownName.Symbol : -1;
        // Instance field initializers move into the constructor: its bindings that share a name they
        // read (`y = x; constructor(x) {}`) are renamed, so the initializers still read the outer ones.
        var constructorRenames = ConstructorRenames(node);
        foreach (var member in node.Body.Body)
        {
            if (constructorRenames is not null && member is MethodDefinition { Kind: MethodKind.Constructor })
            {
                foreach (var (symbol, renamed) in constructorRenames)
                    _renamedSymbols[symbol] = renamed;
            }
            var moves = member is PropertyDefinition { Static: true } or MethodDefinition { Key: PrivateIdentifier } or StaticBlock;
            if (innerName >= 0 && moves)
                _renamedSymbols[innerName] = scope.Reference;
            switch (member)
            {
                case PropertyDefinition { Static: true } property:
                    _moved = new MovedCode(scope.Reference, isStatic: true, rewriteThis: true);
                    Visit(property);
                    break;
                case MethodDefinition { Key: PrivateIdentifier } method:
                    _moved = new MovedCode(scope.Reference, method.Static, rewriteThis: false, method.Value);
                    Visit(method);
                    break;
                case StaticBlock block:
                    _moved = new MovedCode(scope.Reference, isStatic: true, rewriteThis: false);
                    Visit(block);
                    break;
                default:
                    _moved = null;
                    Visit(member);
                    break;
            }
            if (innerName >= 0 && moves)
                _renamedSymbols.Remove(innerName);
            if (constructorRenames is not null && member is MethodDefinition { Kind: MethodKind.Constructor })
            {
                foreach (var symbol in constructorRenames.Keys)
                    _renamedSymbols.Remove(symbol);
            }
        }
        _ancestors.RemoveAt(_ancestors.Count - 1);
        _moved = outer;
        _classes.RemoveAt(_classes.Count - 1);

        RewriteClass(node, scope, instanceBrand, staticBrand);
    }

    // The constructor's bindings (parameters and declarations, by symbol) whose names the instance
    // field initializers read, each with a fresh name; null when there are none.
    private Dictionary<int, string>? ConstructorRenames(ClassNode node)
    {
        var constructor = node.Body.Body.OfType<MethodDefinition>().FirstOrDefault(static m => m.Kind == MethodKind.Constructor);
        if (constructor is null)
            return null;
        var read = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in node.Body.Body)
        {
            if (member is PropertyDefinition { Static: false, Value: { } value })
                NameUseFinder.CollectNames(value, read);
        }
        if (read.Count == 0)
            return null;
        Dictionary<int, string>? renames = null;
        foreach (var binding in BindingFinder.Find(constructor.Value))
        {
            if (binding.Symbol >= 0 && read.Contains(binding.Name) && (renames is null || !renames.ContainsKey(binding.Symbol)))
                (renames ??= [])[binding.Symbol] = NewName();
        }
        return renames;
    }

    /// <summary>The identifiers a function declares: its parameters and the declarations in its body (not in nested functions).</summary>
    private sealed class BindingFinder : AstVisitor
    {
        private readonly List<Identifier> _bindings = [];

        public static List<Identifier> Find(FunctionNode function)
        {
            var finder = new BindingFinder();
            foreach (var parameter in function.Params)
                finder.Pattern(parameter);
            finder.Visit(function.Body);
            return finder._bindings;
        }

        private void Pattern(Node? pattern) => BindingPatterns.Identifiers(pattern, _bindings);

        public override void Visit(Node node)
        {
            switch (node)
            {
                case VariableDeclarator declarator:
                    Pattern(declarator.Id);
                    break;
                case FunctionDeclaration { Id: { } id }:
                    _bindings.Add(id);
                    return;
                case ClassDeclaration { Id: { } classId }:
                    _bindings.Add(classId);
                    return;
                case CatchClause { Param: { } param }:
                    Pattern(param);
                    break;
                case FunctionNode or ClassNode:
                    return;
            }
            base.Visit(node);
        }
    }

    private string NewTempNamed(string hint)
    {
        var name = hint.Length > 0 && (char.IsLetter(hint[0]) || hint[0] is '_' or '$') ? hint : "_" + hint;
        var candidate = name;
        for (var i = 2; !_usedNames.Add(candidate); i++)
            candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _scope.Temps.Add(candidate);
        return candidate;
    }

    private void RewriteClass(ClassNode node, ClassScope scope, string? instanceBrand, string? staticBrand)
    {
        var reference = scope.Reference;
        var instanceInits = new List<Rendered>();
        var pendingKeys = new List<Rendered>();
        var setup = new List<Rendered>();
        var methods = new List<Rendered>();
        var statics = new List<Rendered>();
        if (instanceBrand is not null)
        {
            UseHelper(LoweringHelpers.PrivateAdd);
            instanceInits.Add(Text(LoweringHelpers.PrivateAdd + "(this, " + instanceBrand + ")", node.Start));
        }
        var storages = new List<string>();
        foreach (var info in scope.Members!.Values)
        {
            if (!storages.Contains(info.Storage))
                storages.Add(info.Storage);
        }
        foreach (var storage in storages)
        {
            var isBrand = storage == instanceBrand || storage == staticBrand;
            setup.Add(Text(storage + " = new " + (isBrand ? "WeakSet" : "WeakMap") + "()", node.Start));
        }
        if (staticBrand is not null)
        {
            UseHelper(LoweringHelpers.PrivateAdd);
            statics.Add(Text(LoweringHelpers.PrivateAdd + "(" + reference + ", " + staticBrand + ")", node.Start));
        }
        MethodDefinition? constructor = null;
        foreach (var member in node.Body.Body)
        {
            // A computed key stays where it is evaluated: a removed field's key is evaluated in the
            // next computed key the class keeps (or right after the class, if none follows).
            if (pendingKeys.Count > 0 && member is MethodDefinition { Computed: true, Key: var methodKey } && member is not MethodDefinition { Key: PrivateIdentifier })
            {
                var keyCode = new CodeBuilder().Add("(", methodKey.Start).AddJoined(pendingKeys, ", ", methodKey.Start).Add(", ", methodKey.Start).Add(Code(methodKey)).Add(")", methodKey.End).Build();
                _edits.Replace(methodKey.Start, methodKey.End, keyCode);
                pendingKeys.Clear();
            }
            switch (member)
            {
                case MethodDefinition { Kind: MethodKind.Constructor } method:
                    constructor = method;
                    break;
                case MethodDefinition { Key: PrivateIdentifier key } method:
                    {
                        var info = scope.Members[key.Name];
                        var function = method.Value;
                        var target = method.Kind switch { MethodKind.Get => info.Getter!, MethodKind.Set => info.Setter!, _ => info.Method! };
                        methods.Add(new CodeBuilder()
                            .Add(target + " = " + (function.IsAsync ? "async " : "") + "function" + (function.IsGenerator ? "* " : " "), method.Start)
                            .Add(_edits.Render(function.Start, function.End)).Build());
                        EraseMember(method);
                        break;
                    }
                case PropertyDefinition property:
                    {
                        var value = property.Value is { } initializer ? Code(initializer) : Text("void 0", property.End);
                        Rendered statement;
                        var receiver = property.Static ? reference : "this";
                        if (property.Key is PrivateIdentifier privateKey)
                        {
                            UseHelper(LoweringHelpers.PrivateAdd);
                            statement = new CodeBuilder().Add(LoweringHelpers.PrivateAdd + "(" + receiver + ", " + scope.Members[privateKey.Name].Storage + ", ", property.Start)
                                .Add(value).Add(")", property.End).Build();
                        }
                        else
                        {
                            UseHelper(LoweringHelpers.PublicField);
                            Rendered key;
                            if (property.Computed)
                            {
                                // The key is evaluated once, where the class is defined.
                                var keyName = NewTemp();
                                pendingKeys.Add(new CodeBuilder().Add(keyName + " = ", property.Key.Start).Add(Code(property.Key)).Build());
                                key = Text(keyName, property.Key.Start);
                            }
                            else
                            {
                                key = property.Key switch
                                {
                                    Identifier identifier => Text(JsString.Quote(identifier.Name), property.Key.Start),
                                    _ => Text(_source[property.Key.Start..property.Key.End], property.Key.Start),
                                };
                            }
                            statement = new CodeBuilder().Add(LoweringHelpers.PublicField + "(" + receiver + ", ", property.Start).Add(key).Add(", ", property.Start)
                                .Add(value).Add(")", property.End).Build();
                        }
                        if (property.Static)
                            statics.Add(statement);
                        else
                            instanceInits.Add(statement);
                        EraseMember(property);
                        break;
                    }
                case StaticBlock block:
                    {
                        var body = _edits.Render(_source.IndexOf('{', block.Start), block.End);
                        statics.Add(new CodeBuilder().Add("(function () ", block.Start).Add(body).Add(").call(" + reference + ")", block.End).Build());
                        EraseMember(block);
                        break;
                    }
            }
        }
        if (instanceInits.Count > 0)
            AddInstanceInitializers(node, constructor, instanceInits);
        // Keys no later computed key took are evaluated right after the class, before anything else.
        var after = new List<Rendered>(pendingKeys.Count + setup.Count + methods.Count + statics.Count);
        after.AddRange(pendingKeys);
        after.AddRange(setup);
        after.AddRange(methods);
        after.AddRange(statics);

        if (node is ClassDeclaration)
        {
            var statement = Parent is ExportNamedDeclaration or ExportDefaultDeclaration ? Parent : node;
            if (node.Id is null)
            {
                // `export default class {}`: a name to refer to it by, and back to the name it had
                // ("default") before anything after it runs.
                _edits.Insert(_source.IndexOf("class", node.Start, StringComparison.Ordinal) + "class".Length, " " + reference);
                after.Insert(0, Text("Object.defineProperty(" + reference + ", \"name\", { value: \"default\", configurable: true })", node.Start));
            }
            if (after.Count > 0)
            {
                var code = new CodeBuilder();
                foreach (var part in after)
                    code.Add("\n", node.End).Add(part).Add(";", node.End);
                _edits.Replace(statement.End, statement.End, code.Build());
            }
            return;
        }
        // A class expression becomes `(_a = class {…}, inits, _a)`.
        var classCode = _edits.Render(node.Start, node.End);
        var expression = new CodeBuilder().Add("(", node.Start);
        expression.Add(reference + " = ", node.Start);
        var contextualName = Parent switch
        {
            VariableDeclarator { Id: Identifier variable } => variable.Name,
            AssignmentExpression { Operator: Operator.Assign, Left: Identifier target } => target.Name,
            AssignmentPattern { Left: Identifier target } => target.Name,
            Property { Computed: false, Key: Identifier key } property when property.Value == node => key.Name,
            _ => null,
        };
        var nameIsUsedInside = contextualName is not null && NameUseFinder.Uses(node.Body, contextualName);
        if (node.Id is null && contextualName is not null && !s_reservedWords.Contains(contextualName) && !nameIsUsedInside)
        {
            // Keep the name the class would have taken from where it stands.
            var classKeyword = classCode.Text.IndexOf("class", StringComparison.Ordinal) + "class".Length;
            expression.Add(new Rendered(classCode.Text[..classKeyword], [.. ClipSegments(classCode, 0, classKeyword)]))
                .Add(" " + contextualName, node.Start)
                .Add(new Rendered(classCode.Text[classKeyword..], [.. ClipSegments(classCode, classKeyword, classCode.Text.Length)]));
        }
        else if (node.Id is null)
        {
            // `(0, class {})` takes no name from the temporary it is assigned to; a name its body
            // refers to (the variable, not an inner binding) is given by defineProperty.
            expression.Add("(0, ", node.Start).Add(classCode).Add(")", node.End);
            if (contextualName is not null)
                after.Insert(0, Text("Object.defineProperty(" + reference + ", \"name\", { value: " + JsString.Quote(contextualName) + ", configurable: true })", node.Start));
        }
        else
        {
            expression.Add(classCode);
        }
        foreach (var part in after)
            expression.Add(", ", node.End).Add(part);
        expression.Add(", " + reference + ")", node.End);
        _edits.Replace(node.Start, node.End, expression.Build());
    }

    // The segments of a part of rendered code, shifted to start at 0.
    private static List<TransformSegment> ClipSegments(in Rendered code, int start, int end)
    {
        var result = new List<TransformSegment>();
        for (var i = 0; i < code.Segments.Length; i++)
        {
            var segment = code.Segments[i];
            var segmentEnd = i + 1 < code.Segments.Length ? code.Segments[i + 1].Generated : code.Text.Length;
            if (segmentEnd <= start || segment.Generated >= end)
                continue;
            var from = Math.Max(segment.Generated, start);
            var original = segment.Copied ? segment.Original + (from - segment.Generated) : segment.Original;
            result.Add(new TransformSegment(from - start, original, segment.Copied));
        }
        return result;
    }

    private void EraseMember(Node member)
    {
        var end = member.End;
        // A field's own `;` goes with it.
        var next = end;
        while (next < _source.Length && _source[next] is ' ' or '\t')
            next++;
        if (next < _source.Length && _source[next] == ';' && member is PropertyDefinition)
            end = next + 1;
        // What is left inside (the key) goes with it.
        _edits.Render(member.Start, end);
        _edits.Erase(member.Start, end);
    }

    private void AddInstanceInitializers(ClassNode node, MethodDefinition? constructor, List<Rendered> inits)
    {
        var derived = node.SuperClass is not null;
        var statements = new CodeBuilder();
        foreach (var init in inits)
            statements.Add(init).Add("; ", node.Start);
        var initCode = statements.Build();
        if (constructor is null)
        {
            var body = _source.IndexOf('{', node.Body.Start) + 1;
            var code = new CodeBuilder().Add(derived ? " constructor(...args) { super(...args); " : " constructor() { ", node.Body.Start).Add(initCode).Add("}", node.Body.Start).Build();
            _edits.Replace(body, body, code);
            return;
        }
        if (constructor.Value.Body is not BlockStatement block)
            return;
        if (!derived)
        {
            var position = SourcePositions.AfterDirectives(block.Body, block.Start + 1);
            _edits.Replace(position, position, new CodeBuilder().Add(" ", position).Add(initCode).Build());
            return;
        }
        // After every `super(…)` of the constructor (not of a nested function or class).
        foreach (var (call, statement) in SuperCallFinder.Find(block))
        {
            if (statement is not null)
            {
                _edits.Replace(statement.End, statement.End, new CodeBuilder().Add("; ", statement.End).Add(initCode).Build());
                continue;
            }
            var callCode = _edits.Render(call.Start, call.End);
            var sequence = new CodeBuilder().Add("(", call.Start).Add(callCode);
            foreach (var init in inits)
                sequence.Add(", ", call.End).Add(init);
            _edits.Replace(call.Start, call.End, sequence.Add(", this)", call.End).Build());
        }
    }

    /// <summary>The `super(…)` calls of a constructor body, with the expression statement each one is, if it is one.</summary>
    private sealed class SuperCallFinder : AstVisitor
    {
        private readonly List<(CallExpression Call, ExpressionStatement? Statement)> _calls = [];

        public static List<(CallExpression Call, ExpressionStatement? Statement)> Find(BlockStatement body)
        {
            var finder = new SuperCallFinder();
            finder.Visit(body);
            return finder._calls;
        }

        public override void Visit(Node node)
        {
            switch (node)
            {
                case FunctionDeclaration or FunctionExpression or ClassDeclaration or ClassExpression:
                    return;
                case ExpressionStatement { Expression: CallExpression { Callee: Super } call } statement:
                    _calls.Add((call, statement));
                    foreach (var argument in call.Arguments)
                        Visit(argument);
                    return;
                case CallExpression { Callee: Super } superCall:
                    _calls.Add((superCall, null));
                    break;
            }
            base.Visit(node);
        }
    }

    /// <summary>Whether an identifier of a name appears in a tree; or every name that does.</summary>
    private sealed class NameUseFinder(string? name, HashSet<string>? names = null) : AstVisitor
    {
        private bool _found;

        public static void CollectNames(Node node, HashSet<string> names) => new NameUseFinder(null, names).Visit(node);

        public static bool Uses(Node node, string name)
        {
            var finder = new NameUseFinder(name);
            finder.Visit(node);
            return finder._found;
        }

        public override void Visit(Node node)
        {
            if (_found)
                return;
            if (node is Identifier identifier)
            {
                if (names is not null)
                {
                    names.Add(identifier.Name);
                }
                else if (identifier.Name == name)
                {
                    _found = true;
                    return;
                }
            }
            base.Visit(node);
        }
    }

    /// <summary>Whether a class body uses <c>#x in obj</c>.</summary>
    private sealed class BrandCheckFinder : AstVisitor
    {
        private bool _found;

        public static bool Has(Node node)
        {
            var finder = new BrandCheckFinder();
            finder.Visit(node);
            return finder._found;
        }

        public override void Visit(Node node)
        {
            if (_found)
                return;
            if (node is BinaryExpression { Operator: Operator.In, Left: PrivateIdentifier })
            {
                _found = true;
                return;
            }
            base.Visit(node);
        }
    }

    // ---- private member references ----

    private PrivateMember? LoweredPrivate(PrivateIdentifier name)
    {
        for (var i = _classes.Count - 1; i >= 0; i--)
        {
            var members = _classes[i].Members;
            if (members is null)
            {
                // A class that keeps its privates: a name it declares stays.
                continue;
            }
            if (members.TryGetValue(name.Name, out var info))
                return info;
        }
        return null;
    }

    private bool LowersPrivate(MemberExpression member) => member.Property is PrivateIdentifier name && LoweredPrivate(name) is not null;

    private bool ChainHasLoweredPrivate(ChainExpression chain)
    {
        if (_classes.Count == 0)
            return false;
        var node = chain.Expression;
        while (true)
        {
            if (node is MemberExpression member)
            {
                if (LowersPrivate(member))
                    return true;
                node = member.Object;
            }
            else if (node is CallExpression call)
            {
                node = call.Callee;
            }
            else
            {
                return false;
            }
            if (node.IsParenthesized)
                return false;
        }
    }

    // Inside a chain the chain's lowering writes the links.
    private bool IsChainLink(int index)
    {
        for (var i = index; i >= 1; i--)
        {
            var node = _ancestors[i];
            var parent = _ancestors[i - 1];
            if (node.IsParenthesized)
                return false;
            if (parent is ChainExpression)
                return HasOptionalBelow(_ancestors[index]);
            if (!(parent is MemberExpression m && m.Object == node) && !(parent is CallExpression c && c.Callee == node))
                return false;
        }
        return false;
    }

    private static bool HasOptionalBelow(Node node)
    {
        while (true)
        {
            switch (node)
            {
                case MemberExpression member:
                    if (member.Optional)
                        return true;
                    node = member.Object;
                    break;
                case CallExpression call:
                    if (call.Optional)
                        return true;
                    node = call.Callee;
                    break;
                default:
                    return false;
            }
            if (node.IsParenthesized)
                return false;
        }
    }

    /// <summary>`obj.#x` read: the code that reads it, given the object's code.</summary>
    private Rendered PrivateRead(PrivateMember info, in Rendered objectCode, int original)
    {
        var builder = new CodeBuilder();
        switch (info.Kind)
        {
            case PrivateKind.Field:
                UseHelper(LoweringHelpers.PrivateGet);
                return builder.Add(LoweringHelpers.PrivateGet + "(", original).Add(objectCode).Add(", " + info.Storage + ")", original).Build();
            case PrivateKind.Method:
                UseHelper(LoweringHelpers.PrivateMethod);
                return builder.Add(LoweringHelpers.PrivateMethod + "(", original).Add(objectCode).Add(", " + info.Storage + ", " + info.Method + ")", original).Build();
            default:
                UseHelper(LoweringHelpers.PrivateGet);
                return builder.Add(LoweringHelpers.PrivateGet + "(", original).Add(objectCode).Add(", " + info.Storage + ", " + (info.Getter ?? "void 0") + ")", original).Build();
        }
    }

    private void VisitMember(MemberExpression member)
    {
        if (_moved is not null && member.Object is Super && !IsCallee(member))
        {
            Visit(member.Property);
            RewriteSuperRead(member);
            return;
        }
        base.Visit(member);
        if (member.Property is not PrivateIdentifier name || LoweredPrivate(name) is not { } info || IsChainLink(_ancestors.Count - 1))
            return;
        if (IsAssignmentTarget())
        {
            UseHelper(LoweringHelpers.PrivateWrapper);
            UseHelper(LoweringHelpers.PrivateSet);
            UseHelper(LoweringHelpers.PrivateGet);
            var wrapper = new CodeBuilder().Add(LoweringHelpers.PrivateWrapper + "(", member.Start).Add(Code(member.Object))
                .Add(", " + info.Storage + (info.Kind == PrivateKind.Accessor ? ", " + (info.Setter ?? "void 0") + ", " + (info.Getter ?? "void 0") : "") + ")._", member.End).Build();
            _edits.Replace(member.Start, member.End, wrapper);
            return;
        }
        if (Parent is CallExpression call && call.Callee == member)
            return; // the call writes it, with `this`
        _edits.Replace(member.Start, member.End, PrivateRead(info, Code(member.Object), member.Start));
    }

    private bool IsCallee(MemberExpression member) => Parent is CallExpression call && call.Callee == member;

    // An assignment target that is not a plain `=`/compound assignment's left side: patterns, updates, for-in/of heads.
    private bool IsAssignmentTarget()
    {
        var node = _ancestors[^1];
        var parent = Parent;
        return parent switch
        {
            UpdateExpression => true,
            ArrayPattern or RestElement => true,
            AssignmentPattern pattern => pattern.Left == node,
            Property property => property.Value == node && _ancestors.Count >= 3 && _ancestors[^3] is ObjectPattern,
            ForInStatement forIn => forIn.Left == node,
            ForOfStatement forOf => forOf.Left == node,
            _ => false,
        };
    }

    private void VisitCall(CallExpression call)
    {
        if (_moved is not null && call.Callee is MemberExpression { Object: Super } superMember)
        {
            Visit(superMember.Property);
            foreach (var argument in call.Arguments)
                Visit(argument);
            var read = SuperRead(superMember);
            var arguments = Arguments(call);
            var builder = new CodeBuilder().Add(read).Add(".call(" + ThisReference(), call.Start);
            if (arguments.Text.Length > 0)
                builder.Add(", ", call.Start).Add(arguments);
            _edits.Replace(call.Start, call.End, builder.Add(")", call.End).Build());
            _changed = true;
            return;
        }
        base.Visit(call);
        if (call.Callee is not MemberExpression { Property: PrivateIdentifier name } member || LoweredPrivate(name) is not { } info || IsChainLink(_ancestors.Count - 1))
            return;
        // `obj.#m(args)` → `__privateMethod(obj, _brand, m_fn).call(obj, args)`.
        var (objectFirst, objectSecond) = ValueTwice(member.Object, parenthesize: false);
        var callArguments = Arguments(call);
        var code = new CodeBuilder().Add(PrivateRead(info, objectFirst, member.Start)).Add(".call(", call.Start).Add(objectSecond);
        if (callArguments.Text.Length > 0)
            code.Add(", ", call.Start).Add(callArguments);
        _edits.Replace(call.Start, call.End, code.Add(")", call.End).Build());
        _changed = true;
    }

    private void VisitPrivateAssignment(AssignmentExpression assignment, MemberExpression target)
    {
        Visit(target.Object);
        Visit(assignment.Right);
        var info = LoweredPrivate((PrivateIdentifier)target.Property)!;
        UseHelper(LoweringHelpers.PrivateSet);
        var plain = assignment.Operator == Operator.Assign;
        var (objectFirst, objectSecond) = plain ? (Code(target.Object), Rendered.Empty) : ValueTwice(target.Object, parenthesize: false);
        var right = Code(assignment.Right);
        var setter = info.Kind == PrivateKind.Accessor ? ", " + (info.Setter ?? "void 0") : "";
        var builder = new CodeBuilder();
        if (plain)
        {
            builder.Add(LoweringHelpers.PrivateSet + "(", assignment.Start).Add(objectFirst).Add(", " + info.Storage + ", ", assignment.Start).Add(right).Add(setter + ")", assignment.End);
            _edits.Replace(assignment.Start, assignment.End, builder.Build());
            _changed = true;
            return;
        }
        var read = PrivateRead(info, objectFirst, target.Start);
        var write = new CodeBuilder().Add(LoweringHelpers.PrivateSet + "(", assignment.Start).Add(objectSecond).Add(", " + info.Storage + ", ", assignment.Start);
        switch (assignment.Operator)
        {
            case Operator.LogicalOrAssign or Operator.LogicalAndAssign or Operator.NullishAssign:
                {
                    write.Add(right).Add(setter + ")", assignment.End);
                    if (assignment.Operator == Operator.NullishAssign)
                    {
                        var temp = NewTemp();
                        builder.Add("null != (" + temp + " = ", assignment.Start).Add(read).Add(") ? " + temp + " : ", assignment.Start).Add(write.Build());
                    }
                    else
                    {
                        builder.Add(read).Add(assignment.Operator == Operator.LogicalOrAssign ? " || " : " && ", assignment.Start).Add(write.Build());
                    }
                    ReplaceWithLowPrecedence(assignment, builder.Build());
                    return;
                }
            case Operator.ExponentAssign:
                write.Add("Math.pow(", assignment.Start).Add(read).Add(", ", assignment.Start).Add(right).Add(")" + setter + ")", assignment.End);
                break;
            default:
                {
                    var op = OperatorText.Of(assignment.Operator);
                    write.Add(read).Add(" " + op[..^1] + " ", assignment.Start).Add(right).Add(setter + ")", assignment.End);
                    break;
                }
        }
        _edits.Replace(assignment.Start, assignment.End, write.Build());
        _changed = true;
    }

    // `#x in obj` → `__privateIn(_x, obj)`.
    private bool VisitPrivateIn(BinaryExpression binary)
    {
        if (binary.Operator != Operator.In || binary.Left is not PrivateIdentifier name || LoweredPrivate(name) is not { } info)
            return false;
        Visit(binary.Right);
        UseHelper(LoweringHelpers.PrivateIn);
        var code = new CodeBuilder().Add(LoweringHelpers.PrivateIn + "(" + info.Storage + ", ", binary.Start).Add(Code(binary.Right)).Add(")", binary.End).Build();
        _edits.Replace(binary.Start, binary.End, code);
        _changed = true;
        return true;
    }

    // ---- `this` and `super` in code moved out of the class ----

    private string ThisReference() => _moved is { RewriteThis: true } moved ? moved.ClassReference : "this";

    private Rendered SuperRead(MemberExpression member)
    {
        var moved = _moved!;
        var home = moved.Static ? moved.ClassReference : moved.ClassReference + ".prototype";
        var key = member.Computed ? Code(member.Property) : Text(JsString.Quote(_source[member.Property.Start..member.Property.End]), member.Property.Start);
        return new CodeBuilder().Add("Reflect.get(Object.getPrototypeOf(" + home + "), ", member.Start).Add(key).Add(", " + ThisReference() + ")", member.End).Build();
    }

    // `super.x = v` (or `op=`) in moved code, in the order the spec evaluates it (key, old value,
    // right side): `(_b = key, _a = v, Reflect.set(Object.getPrototypeOf(home), _b, _a, this), _a)`.
    private void VisitSuperAssignment(AssignmentExpression assignment, MemberExpression target)
    {
        if (target.Computed)
            Visit(target.Property);
        Visit(assignment.Right);
        var moved = _moved!;
        var prototype = "Object.getPrototypeOf(" + (moved.Static ? moved.ClassReference : moved.ClassReference + ".prototype") + ")";
        var builder = new CodeBuilder().Add("(", assignment.Start);
        Rendered key;
        if (target.Computed)
        {
            var (first, second) = ValueTwice(target.Property, parenthesize: false);
            if (!ReferenceEquals(first.Text, second.Text))
                builder.Add(first).Add(", ", target.Property.End);
            key = second;
        }
        else
        {
            key = Text(JsString.Quote(_source[target.Property.Start..target.Property.End]), target.Property.Start);
        }
        var right = Code(assignment.Right);
        var value = NewTemp();
        builder.Add(value + " = ", assignment.Start);
        if (assignment.Operator == Operator.Assign)
        {
            builder.Add(right);
        }
        else
        {
            var read = new CodeBuilder().Add("Reflect.get(" + prototype + ", ", target.Start).Add(key).Add(", " + ThisReference() + ")", target.End).Build();
            var op = OperatorText.Of(assignment.Operator)[..^1];
            if (op == "**")
                builder.Add("Math.pow(", assignment.Start).Add(read).Add(", ", assignment.Start).Add(right).Add(")", assignment.End);
            else
                builder.Add(read).Add(" " + op + " ", assignment.Start).Add(right);
        }
        builder.Add(", Reflect.set(" + prototype + ", ", assignment.Start).Add(key).Add(", " + value + ", " + ThisReference() + "), " + value + ")", assignment.End);
        ReplaceKeepingStatementsApart(assignment.Start, assignment.End, builder.Build(), _ancestors.Count - 1);
    }

    private void RewriteSuperRead(MemberExpression member)
    {
        _edits.Replace(member.Start, member.End, SuperRead(member));
        _changed = true;
    }
}
