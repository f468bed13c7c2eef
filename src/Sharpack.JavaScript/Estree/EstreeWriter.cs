// Serializes a syntax tree to ESTree JSON exactly as acorn 8.19 (ecmaVersion "latest",
// locations and ranges off) and acorn-jsx 5.3 build it, so our parser can be checked against
// acorn by comparing JSON. Each node gets the same keys as acorn's, in acorn's order, and values
// are formatted the way JSON.stringify formats them (numbers as Number.prototype.toString,
// strings escaping only what JSON requires plus lone surrogates), so for most programs our text
// is byte-for-byte JSON.stringify(acorn.parse(...)). Two values cannot be JSON in acorn's tree
// and are written as null, as ESTree specifies for environments without them: the RegExp value
// of a regex literal (JSON.stringify would give {}) and the BigInt value of a BigInt literal
// (JSON.stringify would throw).
//
// Where our AST has no field for a key acorn writes, the key is derived: raw from the source
// range, sourceType from Program.IsModule, prefix (always true) for UnaryExpression, expression
// (false) for non-arrow functions, bigint as the decimal value. Known acorn-jsx quirks are
// reproduced on purpose and marked "acorn-jsx quirk".
//
// PERF: UTF-8 goes straight into a pooled byte buffer, with no JSON writer, no reflection, no
// boxing; plain runs of string characters are transcoded in bulk with Utf8.FromUtf16.

using System.Buffers;
using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.Unicode;
using Sharpack.JavaScript.Ast;

namespace Sharpack.JavaScript.Estree;

/// <summary>Writes a syntax tree as ESTree JSON in the exact shape acorn and acorn-jsx produce.</summary>
public sealed partial class EstreeWriter
{
    private const int ChunkSize = 16 * 1024;

    // Stack of each extra thread a very deep tree continues on.
    private const int DeepStackSize = 64 * 1024 * 1024;

    // Most characters one string-escaping pass hands to Utf8.FromUtf16 at a time (at most 3
    // bytes each), so a huge string literal never forces a huge buffer in streaming mode.
    private const int MaxRun = 4096;

    // Characters JSON.stringify does not copy as they are: controls, quote, backslash, and
    // surrogates (a pair becomes one 4-byte UTF-8 sequence; a lone one becomes \udxxx).
    private static readonly SearchValues<char> s_stringSpecial = SearchValues.Create(CreateSpecialChars());

    private readonly string _source;
    private readonly bool _includeRanges;

    // EstreeDialect.TypeScriptEstree: ranges as "range":[s,e], the TypeScript keys and nodes.
    private readonly bool _tsEstree;

    // The program's binding annotations (a TypeScriptTree parse), for the TypeScript dialect.
    private Dictionary<Node, BindingTypes>? _bindingTypes;

    // Where full chunks go; null when the whole document stays in _buffer (Write returning string).
    private readonly IBufferWriter<byte>? _output;

    private byte[] _buffer;
    private int _position;

    private EstreeWriter(string source, bool includeRanges, IBufferWriter<byte>? output, int initialSize, EstreeDialect dialect)
    {
        _source = source;
        _includeRanges = includeRanges;
        _tsEstree = dialect == EstreeDialect.TypeScriptEstree;
        _output = output;
        _buffer = ArrayPool<byte>.Shared.Rent(initialSize);
    }

    /// <summary>
    /// The ESTree JSON of <paramref name="node"/> (usually a <see cref="Program"/>).
    /// <paramref name="source"/> is the text the tree was parsed from; raw values are cut from it.
    /// With <paramref name="includeRanges"/> off, no node gets <c>start</c> and <c>end</c>.
    /// </summary>
    public static string Write(Node node, string source, bool includeRanges = true) =>
        Write(node, source, EstreeDialect.Acorn, includeRanges);

    /// <summary>
    /// The JSON of <paramref name="node"/> in the shape <paramref name="dialect"/> names; see
    /// <see cref="Write(Node, string, bool)"/>. For <see cref="EstreeDialect.TypeScriptEstree"/>,
    /// parse with <see cref="ParseOptions.TypeScriptTree"/> so that types have nodes.
    /// </summary>
    public static string Write(Node node, string source, EstreeDialect dialect, bool includeRanges = true)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(source);
        // ESTree JSON is typically 10-20 bytes per source character.
        var initialSize = (int)Math.Clamp(source.Length * 16L, 256, 1 << 30);
        var writer = new EstreeWriter(source, includeRanges, null, initialSize, dialect);
        try
        {
            writer.WriteNode(node);
            return Encoding.UTF8.GetString(writer._buffer, 0, writer._position);
        }
        finally
        {
            writer.ReturnBuffer();
        }
    }

    /// <summary>
    /// Writes the ESTree JSON of <paramref name="node"/> as UTF-8 to <paramref name="output"/>.
    /// See <see cref="Write(Node, string, bool)"/>.
    /// </summary>
    public static void Write(Node node, string source, IBufferWriter<byte> output, bool includeRanges = true) =>
        Write(node, source, output, EstreeDialect.Acorn, includeRanges);

    /// <summary>
    /// Writes the JSON of <paramref name="node"/> in the shape <paramref name="dialect"/> names as
    /// UTF-8 to <paramref name="output"/>.
    /// </summary>
    public static void Write(Node node, string source, IBufferWriter<byte> output, EstreeDialect dialect, bool includeRanges = true)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(output);
        var writer = new EstreeWriter(source, includeRanges, output, ChunkSize, dialect);
        try
        {
            writer.WriteNode(node);
            writer.Flush();
        }
        finally
        {
            writer.ReturnBuffer();
        }
    }

    // ---- Nodes -------------------------------------------------------------------------------

    private void WriteNode(Node? node)
    {
        if (node is null)
        {
            WriteRaw("null"u8);
            return;
        }
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            WriteNodeOnNewStack(node);
            return;
        }

        switch (node.Type)
        {
            case NodeType.Program:
                {
                    var n = (Program)node;
                    _bindingTypes = n.BindingTypes;
                    Begin("Program"u8, n);
                    Key("body"u8); WriteNodes(n.Body);
                    var isModule = _tsEstree ? IsExternalModule(n) : n.IsModule;
                    Key("sourceType"u8); WriteRaw(isModule ? "\"module\""u8 : "\"script\""u8);
                    break;
                }

            // Statements
            case NodeType.ExpressionStatement:
                {
                    var n = (ExpressionStatement)node;
                    Begin("ExpressionStatement"u8, n);
                    Key("expression"u8); WriteNode(n.Expression);
                    // acorn sets the key only on directive prologue entries.
                    if (n.Directive is not null)
                    {
                        Key("directive"u8); WriteString(n.Directive);
                    }
                    break;
                }
            case NodeType.BlockStatement:
                {
                    var n = (BlockStatement)node;
                    Begin("BlockStatement"u8, n);
                    Key("body"u8); WriteNodes(n.Body);
                    break;
                }
            case NodeType.StaticBlock:
                {
                    var n = (StaticBlock)node;
                    Begin("StaticBlock"u8, n);
                    Key("body"u8); WriteNodes(n.Body);
                    break;
                }
            case NodeType.EmptyStatement:
                Begin("EmptyStatement"u8, node);
                break;
            case NodeType.DebuggerStatement:
                Begin("DebuggerStatement"u8, node);
                break;
            case NodeType.WithStatement:
                {
                    var n = (WithStatement)node;
                    Begin("WithStatement"u8, n);
                    Key("object"u8); WriteNode(n.Object);
                    Key("body"u8); WriteNode(n.Body);
                    break;
                }
            case NodeType.ReturnStatement:
                {
                    var n = (ReturnStatement)node;
                    Begin("ReturnStatement"u8, n);
                    Key("argument"u8); WriteNode(n.Argument);
                    break;
                }
            case NodeType.LabeledStatement:
                {
                    var n = (LabeledStatement)node;
                    Begin("LabeledStatement"u8, n);
                    // acorn assigns body before label.
                    Key("body"u8); WriteNode(n.Body);
                    Key("label"u8); WriteNode(n.Label);
                    break;
                }
            case NodeType.BreakStatement:
                {
                    var n = (BreakStatement)node;
                    Begin("BreakStatement"u8, n);
                    Key("label"u8); WriteNode(n.Label);
                    break;
                }
            case NodeType.ContinueStatement:
                {
                    var n = (ContinueStatement)node;
                    Begin("ContinueStatement"u8, n);
                    Key("label"u8); WriteNode(n.Label);
                    break;
                }
            case NodeType.IfStatement:
                {
                    var n = (IfStatement)node;
                    Begin("IfStatement"u8, n);
                    Key("test"u8); WriteNode(n.Test);
                    Key("consequent"u8); WriteNode(n.Consequent);
                    Key("alternate"u8); WriteNode(n.Alternate);
                    break;
                }
            case NodeType.SwitchStatement:
                {
                    var n = (SwitchStatement)node;
                    Begin("SwitchStatement"u8, n);
                    Key("discriminant"u8); WriteNode(n.Discriminant);
                    Key("cases"u8); WriteNodes(n.Cases);
                    break;
                }
            case NodeType.SwitchCase:
                {
                    var n = (SwitchCase)node;
                    Begin("SwitchCase"u8, n);
                    // acorn assigns consequent before test.
                    Key("consequent"u8); WriteNodes(n.Consequent);
                    Key("test"u8); WriteNode(n.Test);
                    break;
                }
            case NodeType.ThrowStatement:
                {
                    var n = (ThrowStatement)node;
                    Begin("ThrowStatement"u8, n);
                    Key("argument"u8); WriteNode(n.Argument);
                    break;
                }
            case NodeType.TryStatement:
                {
                    var n = (TryStatement)node;
                    Begin("TryStatement"u8, n);
                    Key("block"u8); WriteNode(n.Block);
                    Key("handler"u8); WriteNode(n.Handler);
                    Key("finalizer"u8); WriteNode(n.Finalizer);
                    break;
                }
            case NodeType.CatchClause:
                {
                    var n = (CatchClause)node;
                    Begin("CatchClause"u8, n);
                    Key("param"u8); WriteNode(n.Param);
                    Key("body"u8); WriteNode(n.Body);
                    break;
                }
            case NodeType.WhileStatement:
                {
                    var n = (WhileStatement)node;
                    Begin("WhileStatement"u8, n);
                    Key("test"u8); WriteNode(n.Test);
                    Key("body"u8); WriteNode(n.Body);
                    break;
                }
            case NodeType.DoWhileStatement:
                {
                    var n = (DoWhileStatement)node;
                    Begin("DoWhileStatement"u8, n);
                    Key("body"u8); WriteNode(n.Body);
                    Key("test"u8); WriteNode(n.Test);
                    break;
                }
            case NodeType.ForStatement:
                {
                    var n = (ForStatement)node;
                    Begin("ForStatement"u8, n);
                    Key("init"u8); WriteNode(n.Init);
                    Key("test"u8); WriteNode(n.Test);
                    Key("update"u8); WriteNode(n.Update);
                    Key("body"u8); WriteNode(n.Body);
                    break;
                }
            case NodeType.ForInStatement:
                {
                    var n = (ForInStatement)node;
                    Begin("ForInStatement"u8, n);
                    Key("left"u8); WriteNode(n.Left);
                    Key("right"u8); WriteNode(n.Right);
                    Key("body"u8); WriteNode(n.Body);
                    break;
                }
            case NodeType.ForOfStatement:
                {
                    var n = (ForOfStatement)node;
                    Begin("ForOfStatement"u8, n);
                    Key("await"u8); WriteBool(n.Await);
                    Key("left"u8); WriteNode(n.Left);
                    Key("right"u8); WriteNode(n.Right);
                    Key("body"u8); WriteNode(n.Body);
                    break;
                }
            case NodeType.VariableDeclaration:
                {
                    var n = (VariableDeclaration)node;
                    Begin("VariableDeclaration"u8, n);
                    Key("declarations"u8); WriteNodes(n.Declarations);
                    Key("kind"u8); WriteRaw(VariableKindJson(n.Kind));
                    break;
                }
            case NodeType.VariableDeclarator:
                {
                    var n = (VariableDeclarator)node;
                    Begin("VariableDeclarator"u8, n);
                    Key("id"u8); WriteNode(n.Id);
                    Key("init"u8); WriteNode(n.Init);
                    break;
                }

            // Functions and classes
            case NodeType.FunctionDeclaration:
                WriteFunction("FunctionDeclaration"u8, (FunctionNode)node, isExpression: false);
                break;
            case NodeType.FunctionExpression:
                {
                    var n = (FunctionNode)node;
                    WriteFunction(_tsEstree && n.IsBodyless ? "TSEmptyBodyFunctionExpression"u8 : "FunctionExpression"u8, n, isExpression: false);
                    break;
                }
            case NodeType.ArrowFunctionExpression:
                {
                    var n = (ArrowFunctionExpression)node;
                    WriteFunction("ArrowFunctionExpression"u8, n, n.IsExpression);
                    break;
                }
            case NodeType.ClassDeclaration:
                WriteClass("ClassDeclaration"u8, (ClassNode)node);
                break;
            case NodeType.ClassExpression:
                WriteClass("ClassExpression"u8, (ClassNode)node);
                break;
            case NodeType.ClassBody:
                {
                    var n = (ClassBody)node;
                    Begin("ClassBody"u8, n);
                    Key("body"u8); WriteNodes(n.Body);
                    break;
                }
            case NodeType.MethodDefinition:
                {
                    var n = (MethodDefinition)node;
                    Begin(_tsEstree && (n.Modifiers & TSModifiers.Abstract) != 0 ? "TSAbstractMethodDefinition"u8 : "MethodDefinition"u8, n);
                    Key("static"u8); WriteBool(n.Static);
                    Key("computed"u8); WriteBool(n.Computed);
                    Key("key"u8); WriteNode(n.Key);
                    Key("kind"u8); WriteRaw(MethodKindJson(n.Kind));
                    Key("value"u8); WriteNode(n.Value);
                    break;
                }
            case NodeType.PropertyDefinition:
                {
                    var n = (PropertyDefinition)node;
                    Begin(_tsEstree ? PropertyDefinitionType(n.Modifiers) : "PropertyDefinition"u8, n);
                    Key("static"u8); WriteBool(n.Static);
                    Key("computed"u8); WriteBool(n.Computed);
                    Key("key"u8); WriteNode(n.Key);
                    Key("value"u8); WriteNode(n.Value);
                    break;
                }

            // Modules
            case NodeType.ImportDeclaration:
                {
                    var n = (ImportDeclaration)node;
                    Begin("ImportDeclaration"u8, n);
                    Key("specifiers"u8); WriteNodes(n.Specifiers);
                    Key("source"u8); WriteNode(n.Source);
                    Key("attributes"u8); WriteNodes(n.Attributes);
                    WritePhase(n.Phase);
                    break;
                }
            case NodeType.ImportSpecifier:
                {
                    var n = (ImportSpecifier)node;
                    Begin("ImportSpecifier"u8, n);
                    Key("imported"u8); WriteNode(n.Imported);
                    Key("local"u8); WriteNode(n.Local);
                    break;
                }
            case NodeType.ImportDefaultSpecifier:
                {
                    var n = (ImportDefaultSpecifier)node;
                    Begin("ImportDefaultSpecifier"u8, n);
                    Key("local"u8); WriteNode(n.Local);
                    break;
                }
            case NodeType.ImportNamespaceSpecifier:
                {
                    var n = (ImportNamespaceSpecifier)node;
                    Begin("ImportNamespaceSpecifier"u8, n);
                    Key("local"u8); WriteNode(n.Local);
                    break;
                }
            case NodeType.ImportAttribute:
                {
                    var n = (ImportAttribute)node;
                    Begin("ImportAttribute"u8, n);
                    Key("key"u8); WriteNode(n.Key);
                    Key("value"u8); WriteNode(n.Value);
                    break;
                }
            case NodeType.ExportNamedDeclaration:
                {
                    var n = (ExportNamedDeclaration)node;
                    Begin("ExportNamedDeclaration"u8, n);
                    Key("declaration"u8); WriteNode(n.Declaration);
                    Key("specifiers"u8); WriteNodes(n.Specifiers);
                    Key("source"u8); WriteNode(n.Source);
                    // acorn writes attributes (possibly []) on every named export, even without a source.
                    Key("attributes"u8); WriteNodes(n.Attributes);
                    break;
                }
            case NodeType.ExportSpecifier:
                {
                    var n = (ExportSpecifier)node;
                    Begin("ExportSpecifier"u8, n);
                    Key("local"u8); WriteNode(n.Local);
                    Key("exported"u8); WriteNode(n.Exported);
                    break;
                }
            case NodeType.ExportDefaultDeclaration:
                {
                    var n = (ExportDefaultDeclaration)node;
                    Begin("ExportDefaultDeclaration"u8, n);
                    Key("declaration"u8); WriteNode(n.Declaration);
                    break;
                }
            case NodeType.ExportAllDeclaration:
                {
                    var n = (ExportAllDeclaration)node;
                    Begin("ExportAllDeclaration"u8, n);
                    Key("exported"u8); WriteNode(n.Exported);
                    Key("source"u8); WriteNode(n.Source);
                    Key("attributes"u8); WriteNodes(n.Attributes);
                    break;
                }

            // Expressions
            case NodeType.Identifier:
                {
                    var n = (Identifier)node;
                    Begin("Identifier"u8, n);
                    Key("name"u8); WriteString(n.Name);
                    break;
                }
            case NodeType.PrivateIdentifier:
                {
                    var n = (PrivateIdentifier)node;
                    Begin("PrivateIdentifier"u8, n);
                    Key("name"u8); WriteString(n.Name);
                    break;
                }
            case NodeType.Literal:
                WriteLiteral((Literal)node);
                break;
            case NodeType.ThisExpression:
                Begin("ThisExpression"u8, node);
                break;
            case NodeType.Super:
                Begin("Super"u8, node);
                break;
            case NodeType.ArrayExpression:
                {
                    var n = (ArrayExpression)node;
                    Begin("ArrayExpression"u8, n);
                    Key("elements"u8); WriteNodes(n.Elements);
                    break;
                }
            case NodeType.ObjectExpression:
                {
                    var n = (ObjectExpression)node;
                    Begin("ObjectExpression"u8, n);
                    Key("properties"u8); WriteNodes(n.Properties);
                    break;
                }
            case NodeType.Property:
                {
                    var n = (Property)node;
                    Begin("Property"u8, n);
                    Key("method"u8); WriteBool(n.Method);
                    Key("shorthand"u8); WriteBool(n.Shorthand);
                    Key("computed"u8); WriteBool(n.Computed);
                    Key("key"u8); WriteNode(n.Key);
                    Key("value"u8); WriteNode(n.Value);
                    Key("kind"u8); WriteRaw(PropertyKindJson(n.Kind));
                    break;
                }
            case NodeType.UnaryExpression:
                {
                    var n = (UnaryExpression)node;
                    Begin("UnaryExpression"u8, n);
                    Key("operator"u8); WriteString(OperatorText.Of(n.Operator));
                    Key("prefix"u8); WriteBool(true);
                    Key("argument"u8); WriteNode(n.Argument);
                    break;
                }
            case NodeType.UpdateExpression:
                {
                    var n = (UpdateExpression)node;
                    Begin("UpdateExpression"u8, n);
                    Key("operator"u8); WriteString(OperatorText.Of(n.Operator));
                    Key("prefix"u8); WriteBool(n.Prefix);
                    Key("argument"u8); WriteNode(n.Argument);
                    break;
                }
            case NodeType.BinaryExpression:
                {
                    var n = (BinaryExpression)node;
                    Begin("BinaryExpression"u8, n);
                    Key("left"u8); WriteNode(n.Left);
                    Key("operator"u8); WriteString(OperatorText.Of(n.Operator));
                    Key("right"u8); WriteNode(n.Right);
                    break;
                }
            case NodeType.LogicalExpression:
                {
                    var n = (LogicalExpression)node;
                    Begin("LogicalExpression"u8, n);
                    Key("left"u8); WriteNode(n.Left);
                    Key("operator"u8); WriteString(OperatorText.Of(n.Operator));
                    Key("right"u8); WriteNode(n.Right);
                    break;
                }
            case NodeType.AssignmentExpression:
                {
                    var n = (AssignmentExpression)node;
                    Begin("AssignmentExpression"u8, n);
                    Key("operator"u8); WriteString(OperatorText.Of(n.Operator));
                    Key("left"u8); WriteNode(n.Left);
                    Key("right"u8); WriteNode(n.Right);
                    break;
                }
            case NodeType.MemberExpression:
                {
                    var n = (MemberExpression)node;
                    Begin("MemberExpression"u8, n);
                    Key("object"u8); WriteNode(n.Object);
                    Key("property"u8); WriteNode(n.Property);
                    Key("computed"u8); WriteBool(n.Computed);
                    Key("optional"u8); WriteBool(n.Optional);
                    break;
                }
            case NodeType.ChainExpression:
                {
                    var n = (ChainExpression)node;
                    Begin("ChainExpression"u8, n);
                    Key("expression"u8); WriteNode(n.Expression);
                    break;
                }
            case NodeType.ConditionalExpression:
                {
                    var n = (ConditionalExpression)node;
                    Begin("ConditionalExpression"u8, n);
                    Key("test"u8); WriteNode(n.Test);
                    Key("consequent"u8); WriteNode(n.Consequent);
                    Key("alternate"u8); WriteNode(n.Alternate);
                    break;
                }
            case NodeType.CallExpression:
                {
                    var n = (CallExpression)node;
                    Begin("CallExpression"u8, n);
                    Key("callee"u8); WriteNode(n.Callee);
                    Key("arguments"u8); WriteNodes(n.Arguments);
                    Key("optional"u8); WriteBool(n.Optional);
                    break;
                }
            case NodeType.NewExpression:
                {
                    var n = (NewExpression)node;
                    Begin("NewExpression"u8, n);
                    Key("callee"u8); WriteNode(n.Callee);
                    Key("arguments"u8); WriteNodes(n.Arguments);
                    break;
                }
            case NodeType.SequenceExpression:
                {
                    var n = (SequenceExpression)node;
                    Begin("SequenceExpression"u8, n);
                    Key("expressions"u8); WriteNodes(n.Expressions);
                    break;
                }
            case NodeType.YieldExpression:
                {
                    var n = (YieldExpression)node;
                    Begin("YieldExpression"u8, n);
                    Key("delegate"u8); WriteBool(n.Delegate);
                    Key("argument"u8); WriteNode(n.Argument);
                    break;
                }
            case NodeType.AwaitExpression:
                {
                    var n = (AwaitExpression)node;
                    Begin("AwaitExpression"u8, n);
                    Key("argument"u8); WriteNode(n.Argument);
                    break;
                }
            case NodeType.TemplateLiteral:
                {
                    var n = (TemplateLiteral)node;
                    Begin("TemplateLiteral"u8, n);
                    Key("expressions"u8); WriteNodes(n.Expressions);
                    Key("quasis"u8); WriteNodes(n.Quasis);
                    break;
                }
            case NodeType.TaggedTemplateExpression:
                {
                    var n = (TaggedTemplateExpression)node;
                    Begin("TaggedTemplateExpression"u8, n);
                    Key("tag"u8); WriteNode(n.Tag);
                    Key("quasi"u8); WriteNode(n.Quasi);
                    break;
                }
            case NodeType.TemplateElement:
                {
                    var n = (TemplateElement)node;
                    // typescript-estree's template elements take in their delimiters (` or } before, ` or ${ after).
                    if (_tsEstree)
                        BeginRange("TemplateElement"u8, n.Start - 1, n.End + (n.Tail ? 1 : 2));
                    else
                        Begin("TemplateElement"u8, n);
                    Key("value"u8);
                    WriteRaw("{\"raw\":"u8); WriteString(n.Raw);
                    WriteRaw(",\"cooked\":"u8); WriteStringOrNull(n.Cooked);
                    WriteByte((byte)'}');
                    Key("tail"u8); WriteBool(n.Tail);
                    break;
                }
            case NodeType.MetaProperty:
                {
                    var n = (MetaProperty)node;
                    Begin("MetaProperty"u8, n);
                    Key("meta"u8); WriteNode(n.Meta);
                    Key("property"u8); WriteNode(n.Property);
                    break;
                }
            case NodeType.ImportExpression:
                {
                    var n = (ImportExpression)node;
                    Begin("ImportExpression"u8, n);
                    Key("source"u8); WriteNode(n.Source);
                    Key("options"u8); WriteNode(n.Options);
                    WritePhase(n.Phase);
                    break;
                }
            case NodeType.SpreadElement:
                {
                    var n = (SpreadElement)node;
                    Begin("SpreadElement"u8, n);
                    Key("argument"u8); WriteNode(n.Argument);
                    break;
                }

            // Patterns
            case NodeType.ObjectPattern:
                {
                    var n = (ObjectPattern)node;
                    Begin("ObjectPattern"u8, n);
                    Key("properties"u8); WriteNodes(n.Properties);
                    break;
                }
            case NodeType.ArrayPattern:
                {
                    var n = (ArrayPattern)node;
                    Begin("ArrayPattern"u8, n);
                    Key("elements"u8); WriteNodes(n.Elements);
                    break;
                }
            case NodeType.RestElement:
                {
                    var n = (RestElement)node;
                    Begin("RestElement"u8, n);
                    Key("argument"u8); WriteNode(n.Argument);
                    break;
                }
            case NodeType.AssignmentPattern:
                {
                    var n = (AssignmentPattern)node;
                    Begin("AssignmentPattern"u8, n);
                    Key("left"u8); WriteNode(n.Left);
                    Key("right"u8); WriteNode(n.Right);
                    break;
                }

            // JSX
            case NodeType.JSXElement:
                {
                    var n = (JSXElement)node;
                    Begin("JSXElement"u8, n);
                    Key("openingElement"u8); WriteNode(n.OpeningElement);
                    Key("closingElement"u8); WriteNode(n.ClosingElement);
                    Key("children"u8); WriteNodes(n.Children);
                    break;
                }
            case NodeType.JSXOpeningElement:
                {
                    var n = (JSXOpeningElement)node;
                    Begin("JSXOpeningElement"u8, n);
                    Key("attributes"u8); WriteNodes(n.Attributes);
                    Key("name"u8); WriteNode(n.Name);
                    Key("selfClosing"u8); WriteBool(n.SelfClosing);
                    break;
                }
            case NodeType.JSXClosingElement:
                {
                    var n = (JSXClosingElement)node;
                    Begin("JSXClosingElement"u8, n);
                    Key("name"u8); WriteNode(n.Name);
                    break;
                }
            case NodeType.JSXFragment:
                {
                    var n = (JSXFragment)node;
                    Begin("JSXFragment"u8, n);
                    Key("openingFragment"u8); WriteNode(n.OpeningFragment);
                    Key("closingFragment"u8); WriteNode(n.ClosingFragment);
                    Key("children"u8); WriteNodes(n.Children);
                    break;
                }
            case NodeType.JSXOpeningFragment:
                Begin("JSXOpeningFragment"u8, node);
                // acorn-jsx quirk: the opening fragment is parsed like an opening element, so it
                // has an (always empty) attributes list and selfClosing false.
                Key("attributes"u8); WriteRaw("[]"u8);
                Key("selfClosing"u8); WriteBool(false);
                break;
            case NodeType.JSXClosingFragment:
                Begin("JSXClosingFragment"u8, node);
                break;
            case NodeType.JSXIdentifier:
                {
                    var n = (JSXIdentifier)node;
                    Begin("JSXIdentifier"u8, n);
                    Key("name"u8); WriteString(n.Name);
                    break;
                }
            case NodeType.JSXNamespacedName:
                {
                    var n = (JSXNamespacedName)node;
                    Begin("JSXNamespacedName"u8, n);
                    Key("namespace"u8); WriteNode(n.Namespace);
                    Key("name"u8); WriteNode(n.Name);
                    break;
                }
            case NodeType.JSXMemberExpression:
                {
                    var n = (JSXMemberExpression)node;
                    Begin("JSXMemberExpression"u8, n);
                    Key("object"u8); WriteNode(n.Object);
                    Key("property"u8); WriteNode(n.Property);
                    break;
                }
            case NodeType.JSXAttribute:
                {
                    var n = (JSXAttribute)node;
                    Begin("JSXAttribute"u8, n);
                    Key("name"u8); WriteNode(n.Name);
                    Key("value"u8); WriteNode(n.Value);
                    break;
                }
            case NodeType.JSXSpreadAttribute:
                {
                    var n = (JSXSpreadAttribute)node;
                    Begin("JSXSpreadAttribute"u8, n);
                    Key("argument"u8); WriteNode(n.Argument);
                    break;
                }
            case NodeType.JSXExpressionContainer:
                {
                    var n = (JSXExpressionContainer)node;
                    Begin("JSXExpressionContainer"u8, n);
                    Key("expression"u8); WriteNode(n.Expression);
                    break;
                }
            case NodeType.JSXEmptyExpression:
                Begin("JSXEmptyExpression"u8, node);
                break;
            case NodeType.JSXText:
                {
                    var n = (JSXText)node;
                    Begin("JSXText"u8, n);
                    Key("value"u8); WriteString(n.Value);
                    var raw = SourceText(n);
                    Key("raw"u8); WriteString(raw);
                    // acorn-jsx quirk: JSX text is read with acorn's parseLiteral, which takes any
                    // raw text ending in 'n' for a BigInt and adds bigint = String(value).
                    if (raw.Length > 0 && raw[^1] == 'n')
                    {
                        Key("bigint"u8); WriteString(n.Value);
                    }
                    break;
                }
            case NodeType.JSXSpreadChild:
                {
                    // acorn-jsx does not parse {...children}; this is the ESTree JSX shape.
                    var n = (JSXSpreadChild)node;
                    Begin("JSXSpreadChild"u8, n);
                    Key("expression"u8); WriteNode(n.Expression);
                    break;
                }

            default:
                // TypeScript's own nodes, in typescript-estree's shape.
                if (!WriteTypeScriptNode(node))
                    ThrowUnknownNodeType(node.Type);
                break;
        }
        if (_tsEstree)
            WriteTypeScriptKeys(node);
        WriteByte((byte)'}');
    }

    // Deep trees (a long '+' chain in minified code nests one level per operand) outgrow the
    // thread's stack. Like Roslyn's StackGuard, continue on a fresh thread with a large stack
    // while this one waits; the writer's state is only touched by one thread at a time. Cold
    // path: a tree needs thousands of levels before it gets here.
    private void WriteNodeOnNewStack(Node node)
    {
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                WriteNode(node);
            }
            catch (Exception exception)
            {
                failure = ExceptionDispatchInfo.Capture(exception);
            }
        }, DeepStackSize);
        thread.Start();
        thread.Join();
        failure?.Throw();
    }

    private void WriteNodes(Node?[] nodes)
    {
        WriteByte((byte)'[');
        for (var i = 0; i < nodes.Length; i++)
        {
            if (i > 0)
                WriteByte((byte)',');
            WriteNode(nodes[i]);
        }
        WriteByte((byte)']');
    }

    private void WriteFunction(ReadOnlySpan<byte> type, FunctionNode node, bool isExpression)
    {
        Begin(type, node);
        Key("id"u8); WriteNode(node.Id);
        Key("expression"u8); WriteBool(isExpression);
        Key("generator"u8); WriteBool(node.IsGenerator);
        Key("async"u8); WriteBool(node.IsAsync);
        Key("params"u8);
        if (_tsEstree && node.ThisParam is { } thisParam)
            WriteNodes([thisParam, .. node.Params]);
        else
            WriteNodes(node.Params);
        // typescript-estree: a TSDeclareFunction has no body key, a bodyless method a null one.
        if (!_tsEstree || !node.IsBodyless)
        {
            Key("body"u8); WriteNode(node.Body);
        }
        else if (node.Type != NodeType.TSDeclareFunction)
        {
            Key("body"u8); WriteRaw("null"u8);
        }
    }

    private void WriteClass(ReadOnlySpan<byte> type, ClassNode node)
    {
        Begin(type, node);
        Key("id"u8); WriteNode(node.Id);
        Key("superClass"u8); WriteNode(node.SuperClass);
        Key("body"u8); WriteNode(node.Body);
    }

    private void WriteLiteral(Literal node)
    {
        Begin("Literal"u8, node);
        Key("value"u8);
        switch (node.Kind)
        {
            case LiteralKind.String:
                WriteStringOrNull(node.StringValue);
                break;
            case LiteralKind.Number:
                WriteNumber(node.NumberValue);
                break;
            case LiteralKind.Boolean:
                WriteBool(node.BooleanValue);
                break;
            default:
                // null, and the RegExp / BigInt objects JSON cannot hold.
                WriteRaw("null"u8);
                break;
        }
        var raw = SourceText(node);
        Key("raw"u8); WriteString(raw);
        if (node.Kind == LiteralKind.RegExp)
        {
            Key("regex"u8);
            WriteRaw("{\"pattern\":"u8); WriteString(node.RegexPattern ?? "");
            WriteRaw(",\"flags\":"u8); WriteString(node.RegexFlags ?? "");
            WriteByte((byte)'}');
        }
        else if (node.Kind == LiteralKind.BigInt)
        {
            // acorn writes the value's decimal digits (BigInt.prototype.toString), whatever
            // base the source used.
            Key("bigint"u8);
            WriteBigIntDecimal(node.StringValue ?? StripBigIntSuffix(raw));
        }
    }

    private static string StripBigIntSuffix(ReadOnlySpan<char> raw)
    {
        if (raw.Length > 0 && raw[^1] == 'n')
            raw = raw[..^1];
        return raw.Contains('_') ? raw.ToString().Replace("_", "", StringComparison.Ordinal) : raw.ToString();
    }

    private void WriteBigIntDecimal(string digits)
    {
        if (digits.Length < 2 || digits[0] != '0' || char.IsAsciiDigit(digits[1]))
        {
            WriteString(digits);
            return;
        }
        var radix = (digits[1] | 0x20) switch
        {
            'x' => 16,
            'o' => 8,
            'b' => 2,
            _ => 0,
        };
        if (radix == 0)
        {
            WriteString(digits);
            return;
        }
        var value = BigInteger.Zero;
        for (var i = 2; i < digits.Length; i++)
        {
            var c = digits[i];
            if (c == '_')
                continue;
            var digit = char.IsAsciiDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
            value = value * radix + digit;
        }
        WriteString(value.ToString(CultureInfo.InvariantCulture));
    }

    private ReadOnlySpan<char> SourceText(Node node)
    {
        if ((uint)node.Start > (uint)node.End || (uint)node.End > (uint)_source.Length)
            ThrowRangeOutsideSource(node);
        return _source.AsSpan(node.Start, node.End - node.Start);
    }

    private static ReadOnlySpan<byte> VariableKindJson(VariableKind kind) => kind switch
    {
        VariableKind.Var => "\"var\""u8,
        VariableKind.Let => "\"let\""u8,
        VariableKind.Const => "\"const\""u8,
        VariableKind.Using => "\"using\""u8,
        _ => "\"await using\""u8,
    };

    private static ReadOnlySpan<byte> MethodKindJson(MethodKind kind) => kind switch
    {
        MethodKind.Constructor => "\"constructor\""u8,
        MethodKind.Method => "\"method\""u8,
        MethodKind.Get => "\"get\""u8,
        _ => "\"set\""u8,
    };

    private static ReadOnlySpan<byte> PropertyKindJson(PropertyKind kind) => kind switch
    {
        PropertyKind.Init => "\"init\""u8,
        PropertyKind.Get => "\"get\""u8,
        _ => "\"set\""u8,
    };

    // ---- JSON values ------------------------------------------------------------------------

    // {"type":"X" then the range; the caller writes the other keys and the closing brace.
    private void Begin(ReadOnlySpan<byte> type, Node node) => BeginRange(type, node.Start, node.End);

    private void BeginRange(ReadOnlySpan<byte> type, int start, int end)
    {
        WriteRaw("{\"type\":\""u8);
        WriteRaw(type);
        WriteByte((byte)'"');
        if (_includeRanges && _tsEstree)
        {
            WriteRaw(",\"range\":["u8);
            WriteInt(start);
            WriteByte((byte)',');
            WriteInt(end);
            WriteByte((byte)']');
        }
        else if (_includeRanges)
        {
            WriteRaw(",\"start\":"u8);
            WriteInt(start);
            WriteRaw(",\"end\":"u8);
            WriteInt(end);
        }
    }

    // ,"name": — every key follows "type", so every key starts with a comma.
    private void Key(ReadOnlySpan<byte> name)
    {
        Ensure(name.Length + 4);
        var span = _buffer.AsSpan(_position);
        span[0] = (byte)',';
        span[1] = (byte)'"';
        name.CopyTo(span[2..]);
        span[name.Length + 2] = (byte)'"';
        span[name.Length + 3] = (byte)':';
        _position += name.Length + 4;
    }

    private void WriteBool(bool value) => WriteRaw(value ? "true"u8 : "false"u8);

    // acorn-import-phases' field: present only on a phase import.
    private void WritePhase(ImportPhase phase)
    {
        if (phase == ImportPhase.Evaluation)
            return;
        Key("phase"u8);
        WriteRaw(phase == ImportPhase.Defer ? "\"defer\""u8 : "\"source\""u8);
    }

    private void WriteInt(int value)
    {
        Ensure(11);
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_position), out var written);
        _position += written;
    }

    // A double as JSON.stringify writes it: Number.prototype.toString (ECMA-262 Number::toString),
    // with NaN and the infinities as null. .NET's "R" gives the same shortest round-trip digits;
    // only the layout (where the point goes, when to switch to an exponent) is redone here.
    private void WriteNumber(double value)
    {
        if (!double.IsFinite(value))
        {
            WriteRaw("null"u8);
            return;
        }
        if (value == 0)
        {
            WriteByte((byte)'0'); // also -0, as JSON.stringify does
            return;
        }

        Span<char> text = stackalloc char[32];
        value.TryFormat(text, out var length, "R", CultureInfo.InvariantCulture);
        text = text[..length];

        var negative = text[0] == '-';
        if (negative)
            text = text[1..];
        var exponent = 0;
        var e = text.IndexOf('E');
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        // Collect the significant digits and n, the position of the decimal point relative to
        // them: value = 0.d1d2...dk × 10^n (the spec's n).
        Span<byte> digits = stackalloc byte[32];
        var count = 0;
        var integerDigits = -1;
        foreach (var c in text)
        {
            if (c == '.')
                integerDigits = count;
            else
                digits[count++] = (byte)c;
        }
        if (integerDigits < 0)
            integerDigits = count;
        var leadingZeros = 0;
        while (leadingZeros < count && digits[leadingZeros] == '0')
            leadingZeros++;
        var k = count - leadingZeros;
        while (k > 1 && digits[leadingZeros + k - 1] == '0')
            k--;
        digits = digits.Slice(leadingZeros, k);
        var n = integerDigits - leadingZeros + exponent;

        Ensure(32);
        var output = _buffer.AsSpan(_position);
        var p = 0;
        if (negative)
            output[p++] = (byte)'-';
        if (k <= n && n <= 21)
        {
            // Integer: the digits, then n - k zeros.
            digits.CopyTo(output[p..]);
            p += k;
            output.Slice(p, n - k).Fill((byte)'0');
            p += n - k;
        }
        else if (0 < n && n <= 21)
        {
            // Point inside the digits.
            digits[..n].CopyTo(output[p..]);
            p += n;
            output[p++] = (byte)'.';
            digits[n..].CopyTo(output[p..]);
            p += k - n;
        }
        else if (-6 < n && n <= 0)
        {
            // 0.000ddd
            output[p++] = (byte)'0';
            output[p++] = (byte)'.';
            output.Slice(p, -n).Fill((byte)'0');
            p += -n;
            digits.CopyTo(output[p..]);
            p += k;
        }
        else
        {
            // d.ddde+x
            output[p++] = digits[0];
            if (k > 1)
            {
                output[p++] = (byte)'.';
                digits[1..].CopyTo(output[p..]);
                p += k - 1;
            }
            output[p++] = (byte)'e';
            var power = n - 1;
            output[p++] = power < 0 ? (byte)'-' : (byte)'+';
            Utf8Formatter.TryFormat(Math.Abs(power), output[p..], out var written);
            p += written;
        }
        _position += p;
    }

    private void WriteStringOrNull(string? value)
    {
        if (value is null)
            WriteRaw("null"u8);
        else
            WriteString(value);
    }

    // A JSON string as JSON.stringify writes it: \" \\ \b \f \n \r \t, other controls and lone
    // surrogates as \u00xx / \udxxx (lower-case hex), everything else as UTF-8.
    private void WriteString(ReadOnlySpan<char> value)
    {
        WriteByte((byte)'"');
        while (!value.IsEmpty)
        {
            var plain = value.IndexOfAny(s_stringSpecial);
            if (plain < 0)
                plain = value.Length;
            if (plain > 0)
            {
                var run = value[..Math.Min(plain, MaxRun)];
                Ensure(run.Length * 3);
                Utf8.FromUtf16(run, _buffer.AsSpan(_position), out _, out var written, replaceInvalidSequences: false);
                _position += written;
                value = value[run.Length..];
                continue;
            }

            var c = value[0];
            if (char.IsHighSurrogate(c) && value.Length > 1 && char.IsLowSurrogate(value[1]))
            {
                Ensure(4);
                Utf8.FromUtf16(value[..2], _buffer.AsSpan(_position), out _, out var written, replaceInvalidSequences: false);
                _position += written;
                value = value[2..];
                continue;
            }
            WriteEscape(c);
            value = value[1..];
        }
        WriteByte((byte)'"');
    }

    private void WriteEscape(char c)
    {
        Ensure(6);
        var span = _buffer.AsSpan(_position);
        span[0] = (byte)'\\';
        var shortEscape = c switch
        {
            '"' => (byte)'"',
            '\\' => (byte)'\\',
            '\b' => (byte)'b',
            '\f' => (byte)'f',
            '\n' => (byte)'n',
            '\r' => (byte)'r',
            '\t' => (byte)'t',
            _ => (byte)0,
        };
        if (shortEscape != 0)
        {
            span[1] = shortEscape;
            _position += 2;
            return;
        }
        span[1] = (byte)'u';
        span[2] = HexDigit(c >> 12);
        span[3] = HexDigit((c >> 8) & 0xF);
        span[4] = HexDigit((c >> 4) & 0xF);
        span[5] = HexDigit(c & 0xF);
        _position += 6;
    }

    private static byte HexDigit(int value) => (byte)(value < 10 ? '0' + value : 'a' + value - 10);

    private static string CreateSpecialChars()
    {
        var chars = new char[0x20 + 2 + 0x800];
        var i = 0;
        for (var c = 0; c < 0x20; c++)
            chars[i++] = (char)c;
        chars[i++] = '"';
        chars[i++] = '\\';
        for (var c = 0xD800; c <= 0xDFFF; c++)
            chars[i++] = (char)c;
        return new string(chars);
    }

    // ---- Buffer -----------------------------------------------------------------------------

    private void WriteByte(byte value)
    {
        if (_position == _buffer.Length)
            Grow(1);
        _buffer[_position++] = value;
    }

    private void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_position));
        _position += bytes.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Ensure(int count)
    {
        if (_buffer.Length - _position < count)
            Grow(count);
    }

    // Streaming: hand the full chunk to the output and reuse the buffer. In memory: double it.
    private void Grow(int count)
    {
        if (_output is not null)
        {
            Flush();
            if (_buffer.Length >= count)
                return;
        }
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Array.MaxLength, Math.Max(_buffer.Length * 2L, (long)_position + count)));
        _buffer.AsSpan(0, _position).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }

    private void Flush()
    {
        if (_output is null || _position == 0)
            return;
        _output.Write(_buffer.AsSpan(0, _position));
        _position = 0;
    }

    private void ReturnBuffer()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _position = 0;
    }

    // ---- Errors -----------------------------------------------------------------------------

    [DoesNotReturn]
    private static void ThrowUnknownNodeType(NodeType type) =>
        throw new ArgumentException($"Cannot write node type {type} as ESTree JSON.");

    [DoesNotReturn]
    private void ThrowRangeOutsideSource(Node node) =>
        throw new ArgumentException($"{node.Type} [{node.Start}, {node.End}) is outside the source (length {_source.Length}).");
}
