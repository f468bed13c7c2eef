// Statements, declarations, classes and modules.

using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Printing;

public sealed partial class JsPrinter
{
    private void PrintStatements(Node[] statements)
    {
        foreach (var statement in statements)
        {
            // Empty statements separate nothing in a list.
            if (statement.Type == NodeType.EmptyStatement)
                continue;
            PrintStatement(statement);
        }
    }

    private void PrintStatement(Node node)
    {
        if (_comments.Count > _nextComment)
            PrintCommentsBefore(node.Start);
        Map(node.Start);
        switch (node.Type)
        {
            case NodeType.ExpressionStatement:
                {
                    var statement = (ExpressionStatement)node;
                    if (statement.Directive is not null)
                    {
                        Token(DirectiveText(statement));
                        Semicolon();
                        break;
                    }
                    FlushSemicolon();
                    _statementStart = _length;
                    // A string statement that is no directive must not become one where it is printed.
                    if (statement.Expression is Literal { Kind: LiteralKind.String })
                    {
                        Token("(");
                        PrintExpression(statement.Expression, Level.Lowest, Flags.None);
                        Token(")");
                    }
                    else
                    {
                        PrintExpression(statement.Expression, Level.Lowest, Flags.None);
                    }
                    Semicolon();
                    break;
                }
            case NodeType.BlockStatement:
                PrintBlock(((BlockStatement)node).Body);
                break;
            case NodeType.EmptyStatement:
                FlushSemicolon();
                Append(';');
                break;
            case NodeType.DebuggerStatement:
                Token("debugger");
                Semicolon();
                break;
            case NodeType.WithStatement:
                {
                    var with = (WithStatement)node;
                    Token("with");
                    Token("(");
                    PrintExpression(with.Object, Level.Lowest, Flags.None);
                    Token(")");
                    PrintBody(with.Body);
                    break;
                }
            case NodeType.ReturnStatement:
                Token("return");
                if (((ReturnStatement)node).Argument is { } returned)
                    PrintExpression(returned, Level.Lowest, Flags.None);
                Semicolon();
                break;
            case NodeType.ThrowStatement:
                Token("throw");
                PrintExpression(((ThrowStatement)node).Argument, Level.Lowest, Flags.None);
                Semicolon();
                break;
            case NodeType.LabeledStatement:
                {
                    var labeled = (LabeledStatement)node;
                    Map(labeled.Label.Start);
                    Token(labeled.Label.Name);
                    Token(":");
                    PrintBody(labeled.Body);
                    break;
                }
            case NodeType.BreakStatement:
                Token("break");
                if (((BreakStatement)node).Label is { } breakLabel)
                {
                    Map(breakLabel.Start);
                    Token(breakLabel.Name);
                }
                Semicolon();
                break;
            case NodeType.ContinueStatement:
                Token("continue");
                if (((ContinueStatement)node).Label is { } continueLabel)
                {
                    Map(continueLabel.Start);
                    Token(continueLabel.Name);
                }
                Semicolon();
                break;
            case NodeType.IfStatement:
                PrintIf((IfStatement)node);
                break;
            case NodeType.SwitchStatement:
                {
                    var switchStatement = (SwitchStatement)node;
                    Token("switch");
                    Token("(");
                    PrintExpression(switchStatement.Discriminant, Level.Lowest, Flags.None);
                    Token(")");
                    Token("{");
                    foreach (var switchCase in switchStatement.Cases)
                    {
                        if (switchCase.Test is { } test)
                        {
                            Token("case");
                            PrintExpression(test, Level.Lowest, Flags.None);
                        }
                        else
                        {
                            Token("default");
                        }
                        Token(":");
                        PrintStatements(switchCase.Consequent);
                    }
                    Token("}");
                    break;
                }
            case NodeType.TryStatement:
                {
                    var tryStatement = (TryStatement)node;
                    Token("try");
                    PrintBlock(tryStatement.Block.Body);
                    if (tryStatement.Handler is { } handler)
                    {
                        Token("catch");
                        if (handler.Param is { } param)
                        {
                            Token("(");
                            PrintPattern(param);
                            Token(")");
                        }
                        PrintBlock(handler.Body.Body);
                    }
                    if (tryStatement.Finalizer is { } finalizer)
                    {
                        Token("finally");
                        PrintBlock(finalizer.Body);
                    }
                    break;
                }
            case NodeType.WhileStatement:
                {
                    var loop = (WhileStatement)node;
                    Token("while");
                    Token("(");
                    PrintExpression(loop.Test, Level.Lowest, Flags.None);
                    Token(")");
                    PrintBody(loop.Body);
                    break;
                }
            case NodeType.DoWhileStatement:
                {
                    var loop = (DoWhileStatement)node;
                    Token("do");
                    PrintBody(loop.Body);
                    Token("while");
                    Token("(");
                    PrintExpression(loop.Test, Level.Lowest, Flags.None);
                    Token(")");
                    Semicolon();
                    break;
                }
            case NodeType.ForStatement:
                {
                    var loop = (ForStatement)node;
                    Token("for");
                    Token("(");
                    if (loop.Init is { } init)
                    {
                        if (init.Type == NodeType.VariableDeclaration)
                            PrintVariableDeclaration((VariableDeclaration)init, Flags.ForbidIn);
                        else
                            PrintExpression(init, Level.Lowest, Flags.ForbidIn);
                    }
                    Token(";");
                    if (loop.Test is { } loopTest)
                        PrintExpression(loopTest, Level.Lowest, Flags.None);
                    Token(";");
                    if (loop.Update is { } update)
                        PrintExpression(update, Level.Lowest, Flags.None);
                    Token(")");
                    PrintBody(loop.Body);
                    break;
                }
            case NodeType.ForInStatement:
                {
                    var loop = (ForInStatement)node;
                    Token("for");
                    Token("(");
                    PrintForLeft(loop.Left, isOf: false);
                    Token("in");
                    PrintExpression(loop.Right, Level.Lowest, Flags.None);
                    Token(")");
                    PrintBody(loop.Body);
                    break;
                }
            case NodeType.ForOfStatement:
                {
                    var loop = (ForOfStatement)node;
                    Token("for");
                    if (loop.Await)
                        Token("await");
                    Token("(");
                    PrintForLeft(loop.Left, isOf: true);
                    Token("of");
                    PrintExpression(loop.Right, Level.Assign, Flags.None);
                    Token(")");
                    PrintBody(loop.Body);
                    break;
                }
            case NodeType.VariableDeclaration:
                PrintVariableDeclaration((VariableDeclaration)node, Flags.None);
                Semicolon();
                break;
            case NodeType.FunctionDeclaration:
                PrintFunction((FunctionNode)node);
                break;
            case NodeType.ClassDeclaration:
                PrintClass((ClassNode)node);
                break;
            case NodeType.ImportDeclaration:
                PrintImport((ImportDeclaration)node);
                break;
            case NodeType.ExportNamedDeclaration:
                PrintExportNamed((ExportNamedDeclaration)node);
                break;
            case NodeType.ExportDefaultDeclaration:
                PrintExportDefault((ExportDefaultDeclaration)node);
                break;
            case NodeType.ExportAllDeclaration:
                {
                    var export = (ExportAllDeclaration)node;
                    Token("export");
                    Token("*");
                    if (export.Exported is { } exported)
                    {
                        Token("as");
                        PrintModuleExportName(exported);
                    }
                    Token("from");
                    PrintString(export.Source.StringValue!);
                    PrintAttributes(export.Attributes);
                    Semicolon();
                    break;
                }
            default:
                throw new NotSupportedException($"Cannot print a {node.Type} as a statement.");
        }
    }

    // A directive keeps its source spelling, its raw text being what makes it "use strict"; only
    // single quotes around text without quotes or escapes become double ones.
    private string DirectiveText(ExpressionStatement statement)
    {
        var expression = statement.Expression;
        if (expression.End <= _source.Length && expression.Start < expression.End
            && _source[expression.Start] is '"' or '\'' && _source[expression.End - 1] == _source[expression.Start])
        {
            var raw = _source.AsSpan(expression.Start + 1, expression.End - expression.Start - 2);
            if (_source[expression.Start] == '\'' && raw.IndexOfAny('"', '\\') < 0)
                return "\"" + raw.ToString() + "\"";
            return _source.Substring(expression.Start, expression.End - expression.Start);
        }
        return "\"" + statement.Directive + "\"";
    }

    private void PrintBlock(Node[] body)
    {
        Token("{");
        PrintStatements(body);
        Token("}");
    }

    // The body of an if, a loop, a label or with: a statement, `;` when empty.
    private void PrintBody(Node body)
    {
        if (body.Type == NodeType.EmptyStatement)
        {
            FlushSemicolon();
            Append(';');
            return;
        }
        PrintStatement(body);
    }

    private void PrintIf(IfStatement node)
    {
        Token("if");
        Token("(");
        PrintExpression(node.Test, Level.Lowest, Flags.None);
        Token(")");
        if (node.Alternate is { } alternate)
        {
            // `if (a) if (b) c; else d` would give the else to the inner if.
            if (EndsWithIfWithoutElse(node.Consequent))
            {
                Token("{");
                PrintStatement(node.Consequent);
                Token("}");
            }
            else
            {
                PrintBody(node.Consequent);
            }
            Token("else");
            PrintBody(alternate);
        }
        else
        {
            PrintBody(node.Consequent);
        }
    }

    private static bool EndsWithIfWithoutElse(Node statement)
    {
        while (true)
        {
            switch (statement)
            {
                case IfStatement ifStatement:
                    if (ifStatement.Alternate is null)
                        return true;
                    statement = ifStatement.Alternate;
                    break;
                case ForStatement loop:
                    statement = loop.Body;
                    break;
                case ForInStatement loop:
                    statement = loop.Body;
                    break;
                case ForOfStatement loop:
                    statement = loop.Body;
                    break;
                case WhileStatement loop:
                    statement = loop.Body;
                    break;
                case WithStatement with:
                    statement = with.Body;
                    break;
                case LabeledStatement labeled:
                    statement = labeled.Body;
                    break;
                default:
                    return false;
            }
        }
    }

    private void PrintForLeft(Node left, bool isOf)
    {
        if (left.Type == NodeType.VariableDeclaration)
        {
            PrintVariableDeclaration((VariableDeclaration)left, Flags.ForbidIn);
            return;
        }
        // `for (async of x)` and `for (let of x)` do not start a for-of of a name `async`/`let`.
        _forOfLeftStart = isOf ? _length : -1;
        _statementStart = isOf ? -1 : _length;
        PrintExpression(left, Level.Call, Flags.ForbidIn);
    }

    private static ReadOnlySpan<char> VariableKeyword(VariableKind kind) => kind switch
    {
        VariableKind.Var => "var",
        VariableKind.Let => "let",
        VariableKind.Const => "const",
        VariableKind.Using => "using",
        _ => "await using",
    };

    private void PrintVariableDeclaration(VariableDeclaration node, Flags flags)
    {
        if (node.Kind == VariableKind.AwaitUsing)
        {
            Token("await");
            Token("using");
        }
        else
        {
            Token(VariableKeyword(node.Kind));
        }
        for (var i = 0; i < node.Declarations.Length; i++)
        {
            if (i > 0)
                Token(",");
            var declarator = node.Declarations[i];
            PrintPattern(declarator.Id);
            if (declarator.Init is { } init)
            {
                Token("=");
                PrintExpression(init, Level.Assign, flags & Flags.ForbidIn);
            }
        }
    }

    // ---- Functions and classes ------------------------------------------------------------------

    private void PrintFunction(FunctionNode node)
    {
        NoSideEffectsAnnotation(node);
        if (node.IsAsync)
            Token("async");
        Token("function");
        if (node.IsGenerator)
            Token("*");
        if (node.Id is { } id)
            PrintIdentifier(id);
        PrintParameters(node.Params);
        PrintFunctionBody(node.Body);
    }

    private void PrintParameters(Node[] parameters)
    {
        Token("(");
        for (var i = 0; i < parameters.Length; i++)
        {
            if (i > 0)
                Token(",");
            PrintPattern(parameters[i]);
        }
        Token(")");
    }

    private void PrintFunctionBody(Node body)
    {
        Map(body.Start);
        PrintBlock(((BlockStatement)body).Body);
    }

    private void PrintClass(ClassNode node)
    {
        Token("class");
        if (node.Id is { } id)
            PrintIdentifier(id);
        if (node.SuperClass is { } superClass)
        {
            Token("extends");
            PrintExpression(superClass, Level.New, Flags.None);
        }
        Token("{");
        foreach (var member in node.Body.Body)
        {
            Map(member.Start);
            switch (member)
            {
                case MethodDefinition method:
                    if (method.Static)
                        Token("static");
                    PrintMethod(method.Value, method.Key, method.Computed, method.Kind switch
                    {
                        MethodKind.Get => PropertyKind.Get,
                        MethodKind.Set => PropertyKind.Set,
                        _ => PropertyKind.Init,
                    });
                    break;
                case PropertyDefinition field:
                    if (field.Static)
                        Token("static");
                    PrintPropertyKey(field.Key, field.Computed);
                    if (field.Value is { } value)
                    {
                        Token("=");
                        PrintExpression(value, Level.Assign, Flags.None);
                    }
                    Semicolon();
                    break;
                case StaticBlock block:
                    Token("static");
                    PrintBlock(block.Body);
                    break;
                default:
                    throw new NotSupportedException($"Cannot print a {member.Type} in a class body.");
            }
        }
        Token("}");
    }

    // A method of a class or an object literal: `get k(){}`, `async*k(){}`, `[k](){}`.
    private void PrintMethod(FunctionNode function, Node key, bool computed, PropertyKind kind)
    {
        if (kind == PropertyKind.Get)
            Token("get");
        else if (kind == PropertyKind.Set)
            Token("set");
        if (function.IsAsync)
            Token("async");
        if (function.IsGenerator)
            Token("*");
        PrintPropertyKey(key, computed);
        PrintParameters(function.Params);
        PrintFunctionBody(function.Body);
    }

    // ---- Modules --------------------------------------------------------------------------------

    private void PrintImport(ImportDeclaration node)
    {
        Token("import");
        if (node.Phase == ImportPhase.Defer)
            Token("defer");
        else if (node.Phase == ImportPhase.Source)
            Token("source");
        var specifiers = node.Specifiers;
        if (specifiers.Length > 0)
        {
            var i = 0;
            if (specifiers[0] is ImportDefaultSpecifier defaultSpecifier)
            {
                PrintIdentifier(defaultSpecifier.Local);
                i = 1;
                if (specifiers.Length > 1)
                    Token(",");
            }
            if (i < specifiers.Length && specifiers[i] is ImportNamespaceSpecifier namespaceSpecifier)
            {
                Token("*");
                Token("as");
                PrintIdentifier(namespaceSpecifier.Local);
            }
            else if (i < specifiers.Length)
            {
                Token("{");
                for (var first = i; i < specifiers.Length; i++)
                {
                    if (i > first)
                        Token(",");
                    var specifier = (ImportSpecifier)specifiers[i];
                    var local = NameOf(specifier.Local);
                    if (specifier.Imported is not Identifier imported || imported.Name != local)
                    {
                        PrintModuleExportName(specifier.Imported);
                        Token("as");
                    }
                    PrintIdentifier(specifier.Local);
                }
                Token("}");
            }
            Token("from");
        }
        PrintString(node.Source.StringValue!);
        PrintAttributes(node.Attributes);
        Semicolon();
    }

    private void PrintExportNamed(ExportNamedDeclaration node)
    {
        if (node.Declaration is { } declaration)
        {
            // A renamed binding is declared under its new name and exported under its own.
            List<Identifier>? bound = null;
            if (_names is not null)
            {
                CollectBindings(declaration, bound = []);
                if (bound.TrueForAll(id => ReferenceEquals(NameOf(id), id.Name)))
                    bound = null;
            }
            if (bound is null)
            {
                Token("export");
                PrintStatement(declaration);
                return;
            }
            PrintStatement(declaration);
            FlushSemicolon();
            Token("export");
            Token("{");
            for (var i = 0; i < bound.Count; i++)
            {
                if (i > 0)
                    Token(",");
                PrintIdentifier(bound[i]);
                if (!ReferenceEquals(NameOf(bound[i]), bound[i].Name))
                {
                    Token("as");
                    PrintName(bound[i].Name);
                }
            }
            Token("}");
            Semicolon();
            return;
        }
        Token("export");
        Token("{");
        for (var i = 0; i < node.Specifiers.Length; i++)
        {
            if (i > 0)
                Token(",");
            var specifier = node.Specifiers[i];
            // A local name is renamed with its binding; without a source it is a binding.
            var local = node.Source is null && specifier.Local is Identifier localId ? NameOf(localId) : ModuleExportName(specifier.Local);
            var exported = ModuleExportName(specifier.Exported);
            if (node.Source is null && specifier.Local is Identifier binding)
                PrintIdentifier(binding);
            else
                PrintModuleExportName(specifier.Local);
            if (local != exported || specifier.Exported is Literal || specifier.Local is Literal)
            {
                Token("as");
                PrintModuleExportName(specifier.Exported);
            }
        }
        Token("}");
        if (node.Source is { } source)
        {
            Token("from");
            PrintString(source.StringValue!);
            PrintAttributes(node.Attributes);
        }
        Semicolon();
    }

    private void PrintExportDefault(ExportDefaultDeclaration node)
    {
        Token("export");
        Token("default");
        var declaration = node.Declaration;
        if (declaration.Type is NodeType.FunctionDeclaration)
        {
            PrintFunction((FunctionNode)declaration);
            return;
        }
        if (declaration.Type is NodeType.ClassDeclaration)
        {
            PrintClass((ClassNode)declaration);
            return;
        }
        _exportDefaultStart = _length;
        PrintExpression(declaration, Level.Assign, Flags.None);
        Semicolon();
    }

    // The names a declaration binds: `const { a, b: [c] } = x` binds a and c.
    private static void CollectBindings(Node node, List<Identifier> bound)
    {
        switch (node)
        {
            case Identifier identifier:
                bound.Add(identifier);
                break;
            case VariableDeclaration declaration:
                foreach (var declarator in declaration.Declarations)
                    CollectBindings(declarator.Id, bound);
                break;
            case FunctionNode { Id: { } id }:
                bound.Add(id);
                break;
            case ClassNode { Id: { } id }:
                bound.Add(id);
                break;
            case ObjectPattern pattern:
                foreach (var property in pattern.Properties)
                    CollectBindings(property is Property p ? p.Value : property, bound);
                break;
            case ArrayPattern pattern:
                foreach (var element in pattern.Elements)
                {
                    if (element is not null)
                        CollectBindings(element, bound);
                }
                break;
            case AssignmentPattern pattern:
                CollectBindings(pattern.Left, bound);
                break;
            case RestElement rest:
                CollectBindings(rest.Argument, bound);
                break;
        }
    }

    private static string ModuleExportName(Node name) => name is Identifier identifier ? identifier.Name : ((Literal)name).StringValue!;

    private void PrintModuleExportName(Node name)
    {
        if (name is Identifier identifier)
            Token(identifier.Name);
        else
            PrintString(((Literal)name).StringValue!);
    }

    private void PrintAttributes(ImportAttribute[] attributes)
    {
        if (attributes.Length == 0)
            return;
        Token("with");
        Token("{");
        for (var i = 0; i < attributes.Length; i++)
        {
            if (i > 0)
                Token(",");
            PrintPropertyKey(attributes[i].Key, computed: false);
            Token(":");
            PrintString(attributes[i].Value.StringValue!);
        }
        Token("}");
    }
}
