// The React Refresh transform, as react-refresh/babel writes it: components declared at the top
// of a module are registered (`_c = App;` … `$RefreshReg$(_c, "App")`), and each function that
// calls hooks gets a signature (`var _s = $RefreshSig$();`, `_s();` first in its body, and
// `_s(App, "useState{[n, setN](0)}", forceReset, () => [useCustom])` next to it), so that a hot
// update keeps a component's state when its hooks did not change and remounts it when they did.
// It runs over JavaScript (after TypeScript and JSX, whose calls it recognizes as JSX uses); keys
// are written in full, as SWC writes them.

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Transforms;

internal sealed class ReactRefresh : AstVisitor
{
    private readonly EditList _edits;
    private readonly string _source;
    private readonly string _register;
    private readonly string _signature;
    private readonly bool _forceReset;
    private readonly HashSet<string> _usedNames;
    private readonly List<Node> _ancestors = [];
    private readonly Dictionary<FunctionNode, List<HookCall>> _hookCalls = [];
    private readonly List<(string Handle, string Id)> _registrations = [];
    // Registration targets: wrapped (`_c = target`) or named after their statement (`_c = Name;`).
    private readonly Dictionary<Node, string> _wrap = [];
    private readonly Dictionary<Node, List<string>> _afterStatement = [];
    // Signature calls to write after a statement, and HOC calls to wrap with a signature.
    private readonly Dictionary<Node, List<string>> _signaturesAfter = [];
    private readonly Dictionary<Node, List<string>> _wrapSignature = [];
    // `var _s = $RefreshSig$()` declarations, per enclosing function (or the program).
    private readonly Dictionary<Node, List<string>> _signatureDeclarations = [];
    private int _nextRegistration;
    private int _nextSignature;

    private readonly record struct HookCall(string Name, string Key, Node Callee);

    private ReactRefresh(EditList edits, Program program, IReadOnlyList<Comment> comments, string register, string signature)
    {
        _edits = edits;
        _source = edits.Source;
        _register = register;
        _signature = signature;
        foreach (var comment in comments)
        {
            if (_source.AsSpan(comment.Start, comment.End - comment.Start).Contains("@refresh reset", StringComparison.Ordinal))
                _forceReset = true;
        }
        _usedNames = IdentifierNames.Collect(program);
    }

    /// <summary>Adds the registrations and signatures of <paramref name="program"/> to <paramref name="edits"/>.</summary>
    public static void Apply(Program program, EditList edits, IReadOnlyList<Comment> comments, string register = "$RefreshReg$", string signature = "$RefreshSig$")
    {
        var refresh = new ReactRefresh(edits, program, comments, register, signature) { _program = program };
        new HookCallCollector(refresh._hookCalls, refresh._source).Visit(program);
        refresh.FindRegistrations(program);
        refresh.Visit(program);
        refresh.Finish(program);
    }

    private static bool IsComponentishName(string name) => name.Length > 0 && name[0] is >= 'A' and <= 'Z';

    // ---- registrations (react-refresh/babel's findInnerComponents over top-level statements) ----

    private void FindRegistrations(Program program)
    {
        foreach (var statement in program.Body)
        {
            switch (statement)
            {
                case FunctionDeclaration function:
                    RegisterFunction(function, statement);
                    break;
                case ExportNamedDeclaration { Declaration: FunctionDeclaration function }:
                    RegisterFunction(function, statement);
                    break;
                case ExportDefaultDeclaration { Declaration: FunctionDeclaration function }:
                    RegisterFunction(function, statement);
                    break;
                case ExportDefaultDeclaration { Declaration: CallExpression call }:
                    FindInner("%default%", call, statement, parentIsDeclarator: false);
                    break;
                case VariableDeclaration variables:
                    RegisterVariables(variables, statement);
                    break;
                case ExportNamedDeclaration { Declaration: VariableDeclaration variables }:
                    RegisterVariables(variables, statement);
                    break;
            }
        }
    }

    private void RegisterFunction(FunctionDeclaration function, Node statement)
    {
        if (function.Id is { } id && IsComponentishName(id.Name))
            AfterStatement(statement, id.Name, id.Name);
    }

    private void RegisterVariables(VariableDeclaration variables, Node statement)
    {
        if (variables.Declarations is not [{ Id: Identifier id, Init: { } init }] || !IsComponentishName(id.Name))
            return;
        switch (init)
        {
            case ArrowFunctionExpression or FunctionExpression:
                break;
            case CallExpression { Callee: Identifier callee } when callee.Name.StartsWith("require", StringComparison.Ordinal) || callee.Name.StartsWith("import", StringComparison.Ordinal):
                return;
            case CallExpression or TaggedTemplateExpression:
                break;
            case ImportExpression:
                return;
            default:
                return;
        }
        if (FindInner(id.Name, init, statement, parentIsDeclarator: true))
            return;
        // `const X = styled.div``…` and later <X />: a component too.
        if (id.Symbol >= 0 && JsxUseFinder.IsUsedAsType(_program!, id.Symbol))
            AfterStatement(statement, id.Name, id.Name);
    }

    private Program? _program;

    // Registers the components inside `node` (named `inferredName`); true when one is found.
    private bool FindInner(string inferredName, Node node, Node statement, bool parentIsDeclarator)
    {
        switch (node)
        {
            case Identifier identifier:
                // `hoc(Foo)`: Foo is registered where it is defined.
                return IsComponentishName(identifier.Name);
            case ArrowFunctionExpression arrow:
                if (arrow.Body is ArrowFunctionExpression)
                    return false;
                Register(inferredName, node, statement, parentIsDeclarator);
                return true;
            case FunctionExpression:
                Register(inferredName, node, statement, parentIsDeclarator);
                return true;
            case CallExpression call when call.Arguments.Length > 0 && call.Callee is Identifier or MemberExpression:
                {
                    var calleeSource = _source[call.Callee.Start..call.Callee.End];
                    if (!FindInner(inferredName + "$" + calleeSource, call.Arguments[0], statement, parentIsDeclarator: false))
                        return false;
                    Register(inferredName, node, statement, parentIsDeclarator);
                    return true;
                }
            default:
                return false;
        }
    }

    private void Register(string id, Node target, Node statement, bool parentIsDeclarator)
    {
        if (parentIsDeclarator)
        {
            // `const Foo = () => {}` keeps its inferred name: `_c = Foo;` goes after the statement.
            var name = ((Identifier)((VariableDeclaration)(statement is ExportNamedDeclaration { Declaration: { } inner } ? inner : statement)).Declarations[0].Id).Name;
            AfterStatement(statement, id, name);
            return;
        }
        _wrap[target] = NewRegistration(id);
    }

    private void AfterStatement(Node statement, string id, string name)
    {
        var handle = NewRegistration(id);
        if (!_afterStatement.TryGetValue(statement, out var list))
            _afterStatement[statement] = list = [];
        list.Add(handle + " = " + name + ";");
    }

    private string NewRegistration(string id)
    {
        var handle = Unique("_c", ref _nextRegistration);
        _registrations.Add((handle, id));
        return handle;
    }

    private string Unique(string prefix, ref int counter)
    {
        while (true)
        {
            counter++;
            var name = counter == 1 ? prefix : prefix + counter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_usedNames.Add(name))
                return name;
        }
    }

    // ---- the walk: signatures, then the registrations and statements around them ----

    public override void Visit(Node node)
    {
        _ancestors.Add(node);
        base.Visit(node);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        // The signatures of the functions inside are declared first in this one, before it is wrapped.
        if (node is FunctionNode { Body: BlockStatement body } && _signatureDeclarations.Remove(node, out var declared))
            _edits.Insert(SourcePositions.AfterDirectives(body.Body, body.Start + 1), SignatureDeclaration(declared));
        if (node is FunctionNode function && _hookCalls.ContainsKey(function) && !IsMethod(function, _ancestors.Count > 0 ? _ancestors[^1] : null))
            Sign(function);
        if (_wrapSignature.TryGetValue(node, out var signatures))
        {
            foreach (var signature in signatures)
            {
                var code = _edits.Render(node.Start, node.End);
                _edits.Replace(node.Start, node.End, new CodeBuilder().Add(signature + "(", node.Start).Add(code).Add(", " + SignatureArguments(_wrapKeys[(node, signature)]) + ")", node.End).Build());
            }
        }
        if (_wrap.TryGetValue(node, out var handle))
        {
            var code = _edits.Render(node.Start, node.End);
            _edits.Replace(node.Start, node.End, new CodeBuilder().Add(handle + " = ", node.Start).Add(code).Build());
        }
        var hasSignatures = _signaturesAfter.TryGetValue(node, out var after);
        var hasRegistrations = _afterStatement.TryGetValue(node, out var registrations);
        if (hasSignatures || hasRegistrations)
        {
            var text = new System.Text.StringBuilder();
            foreach (var line in (after ?? []).Concat(registrations ?? []))
                text.Append('\n').Append(line);
            var end = node.End;
            // After the statement's own `;` (or a `;` that ends it by ASI).
            _edits.Insert(end, (_source[end - 1] is ';' or '}' ? "" : ";") + text);
        }
    }

    private readonly Dictionary<(Node, string), List<HookCall>> _wrapKeys = [];

    private static bool IsMethod(FunctionNode function, Node? parent) =>
        parent is MethodDefinition || (parent is Property property && (property.Method || property.Kind != PropertyKind.Init) && property.Value == function);

    private void Sign(FunctionNode function)
    {
        var calls = _hookCalls[function];
        var name = Unique("_s", ref _nextSignature);
        // `var _s = $RefreshSig$();` in the enclosing function (or the program).
        var owner = EnclosingFunctionOrProgram();
        if (!_signatureDeclarations.TryGetValue(owner, out var declarations))
            _signatureDeclarations[owner] = declarations = [];
        declarations.Add(name);
        // `_s();` first in the body.
        if (function.Body is BlockStatement block)
        {
            // After the body's directives, which must stay first (react-refresh/babel's body has them apart).
            _edits.Insert(SourcePositions.AfterDirectives(block.Body, block.Start + 1), name + "();");
        }
        else
        {
            var arrow = (ArrowFunctionExpression)function;
            var body = _edits.RenderExpression(arrow.Body);
            var bodyStart = SourcePositions.ArrowBodyStart(_source, arrow);
            _edits.Replace(bodyStart, arrow.End, new CodeBuilder().Add(" { " + name + "(); return ", bodyStart).Add(body).Add("; }", arrow.End).Build());
        }
        var parent = _ancestors.Count > 0 ? _ancestors[^1] : null;
        if (function is FunctionDeclaration { Id: { } id })
        {
            AddSignatureAfter(StatementOf(function), name + "(" + id.Name + ", " + SignatureArguments(calls) + ");");
            return;
        }
        if (parent is VariableDeclarator { Id: Identifier variable })
        {
            AddSignatureAfter(StatementOf(parent), name + "(" + variable.Name + ", " + SignatureArguments(calls) + ");");
            return;
        }
        // `hoc(() => {})`: the function and each HOC call around it are wrapped: `_s(hoc(_s(() => {}, k)), k)`.
        WrapSignature(function, name, calls);
        for (var i = _ancestors.Count - 1; i >= 1; i--)
        {
            var child = i == _ancestors.Count - 1 ? function : _ancestors[i + 1];
            var ancestor = _ancestors[i];
            if (ancestor is CallExpression call && call.Callee != child)
            {
                WrapSignature(call, name, calls);
                continue;
            }
            if (ancestor is AssignmentExpression assignment && assignment.Right == child)
                continue;
            break;
        }
    }

    private void WrapSignature(Node node, string name, List<HookCall> calls)
    {
        if (!_wrapSignature.TryGetValue(node, out var list))
            _wrapSignature[node] = list = [];
        list.Add(name);
        _wrapKeys[(node, name)] = calls;
    }

    private void AddSignatureAfter(Node statement, string code)
    {
        if (!_signaturesAfter.TryGetValue(statement, out var list))
            _signaturesAfter[statement] = list = [];
        list.Add(code);
    }

    // The statement a node is part of: the ancestor whose parent is a block (or the program).
    private Node StatementOf(Node node)
    {
        for (var i = _ancestors.Count - 1; i >= 0; i--)
        {
            var parent = _ancestors[i];
            if (parent is Program or BlockStatement or StaticBlock or SwitchCase)
                return i + 1 < _ancestors.Count ? _ancestors[i + 1] : node;
        }
        return node;
    }

    // Where `var _s = $RefreshSig$()` goes: the enclosing function with a block body, or the program.
    private Node EnclosingFunctionOrProgram()
    {
        for (var i = _ancestors.Count - 1; i >= 0; i--)
        {
            if (_ancestors[i] is FunctionNode { Body: BlockStatement } or Program)
                return _ancestors[i];
        }
        return _program!;
    }

    private string SignatureDeclaration(List<string> names) =>
        "var " + string.Join(", ", names.Select(name => name + " = " + _signature + "()")) + ";";

    // `"key", forceReset, function () { return [useCustom]; }` (the last two only when needed).
    private string SignatureArguments(List<HookCall> calls)
    {
        var key = string.Join("\n", calls.Select(static call => call.Name + "{" + call.Key + "}"));
        var forceReset = _forceReset;
        var customHooks = new List<string>();
        foreach (var call in calls)
        {
            if (IsBuiltinHook(call.Name))
                continue;
            var binding = call.Callee switch
            {
                Identifier identifier => identifier,
                MemberExpression { Object: Identifier owner } => owner,
                _ => null,
            };
            if (binding is { Symbol: >= 0 })
                customHooks.Add(_source[call.Callee.Start..call.Callee.End]);
            else
                forceReset = true; // out of scope here: an edit to it cannot be seen, so remount
        }
        var text = JsString.Quote(key);
        if (forceReset || customHooks.Count > 0)
            text += forceReset ? ", true" : ", false";
        if (customHooks.Count > 0)
            text += ", function () { return [" + string.Join(", ", customHooks) + "]; }";
        return text;
    }

    private static bool IsBuiltinHook(string name) => name is "useState" or "useReducer" or "useEffect" or "useLayoutEffect" or "useMemo"
        or "useCallback" or "useRef" or "useContext" or "useImperativeHandle" or "useDebugValue";

    private void Finish(Program program)
    {
        if (_signatureDeclarations.Remove(program, out var names))
        {
            SourcePositions.InsertAtTop(_edits, program, new CodeBuilder().Add(SignatureDeclaration(names), program.Start).Build());
        }
        if (_registrations.Count == 0)
            return;
        var text = new System.Text.StringBuilder("\nvar ");
        text.AppendJoin(", ", _registrations.Select(static registration => registration.Handle)).Append(";\n");
        foreach (var (handle, id) in _registrations)
            text.Append(_register).Append('(').Append(handle).Append(", ").Append(JsString.Quote(id)).Append(");\n");
        _edits.Insert(program.End, text.ToString());
    }

    /// <summary>The hook calls (<c>useX(…)</c>, <c>React.useX(…)</c>) of each function, in order.</summary>
    private sealed class HookCallCollector(Dictionary<FunctionNode, List<HookCall>> calls, string source) : AstVisitor
    {
        private readonly List<Node> _ancestors = [];

        public override void Visit(Node node)
        {
            if (node is CallExpression call && HookName(call.Callee) is { } name && EnclosingFunction() is { } function)
            {
                var key = "";
                if (_ancestors.Count > 0 && _ancestors[^1] is VariableDeclarator { Init: var init, Id: var id } && init == call)
                    key = source[id.Start..id.End];
                if (name == "useState" && call.Arguments.Length > 0)
                    key += "(" + source[call.Arguments[0].Start..call.Arguments[0].End] + ")";
                else if (name == "useReducer" && call.Arguments.Length > 1)
                    key += "(" + source[call.Arguments[1].Start..call.Arguments[1].End] + ")";
                if (!calls.TryGetValue(function, out var list))
                    calls[function] = list = [];
                list.Add(new HookCall(name, key, call.Callee));
            }
            _ancestors.Add(node);
            base.Visit(node);
            _ancestors.RemoveAt(_ancestors.Count - 1);
        }

        private FunctionNode? EnclosingFunction()
        {
            for (var i = _ancestors.Count - 1; i >= 0; i--)
            {
                if (_ancestors[i] is FunctionNode function)
                    return function;
            }
            return null;
        }

        private static string? HookName(Node callee)
        {
            var name = callee switch
            {
                Identifier identifier => identifier.Name,
                MemberExpression { Computed: false, Property: Identifier property } => property.Name,
                _ => null,
            };
            return name is { Length: > 3 } && name.StartsWith("use", StringComparison.Ordinal) && name[3] is >= 'A' and <= 'Z' ? name : null;
        }
    }

    /// <summary>Whether a variable (by symbol) is the type of a JSX element: an argument of createElement/jsx/jsxs/jsxDEV.</summary>
    private sealed class JsxUseFinder(int symbol) : AstVisitor
    {
        private bool _found;

        public static bool IsUsedAsType(Program program, int symbol)
        {
            var finder = new JsxUseFinder(symbol);
            finder.Visit(program);
            return finder._found;
        }

        public override void Visit(Node node)
        {
            if (_found)
                return;
            if (node is CallExpression call && CalleeName(call.Callee) is "createElement" or "jsx" or "jsxs" or "jsxDEV" or "_jsx" or "_jsxs" or "_jsxDEV")
            {
                foreach (var argument in call.Arguments)
                {
                    if (argument is Identifier { Symbol: var s } && s == symbol)
                    {
                        _found = true;
                        return;
                    }
                }
            }
            base.Visit(node);
        }

        private static string? CalleeName(Node callee) => callee switch
        {
            Identifier identifier => identifier.Name,
            MemberExpression { Computed: false, Property: Identifier property } => property.Name,
            _ => null,
        };
    }
}
