// ESTree node type names, one per concrete node class.

namespace Sharpack.JavaScript.Ast;

/// <summary>The ESTree type of a node; the enum name is the ESTree <c>type</c> string.</summary>
public enum NodeType : byte
{
#pragma warning disable CS1591 // The names are ESTree's own.
    Program,
    // Statements and declarations
    ExpressionStatement, BlockStatement, EmptyStatement, DebuggerStatement, WithStatement,
    ReturnStatement, LabeledStatement, BreakStatement, ContinueStatement, IfStatement,
    SwitchStatement, SwitchCase, ThrowStatement, TryStatement, CatchClause, WhileStatement,
    DoWhileStatement, ForStatement, ForInStatement, ForOfStatement, FunctionDeclaration,
    VariableDeclaration, VariableDeclarator, ClassDeclaration,
    // Modules
    ImportDeclaration, ImportSpecifier, ImportDefaultSpecifier, ImportNamespaceSpecifier,
    ImportAttribute, ExportNamedDeclaration, ExportSpecifier, ExportDefaultDeclaration,
    ExportAllDeclaration,
    // Expressions
    Identifier, PrivateIdentifier, Literal, ThisExpression, Super, ArrayExpression,
    ObjectExpression, Property, FunctionExpression, ArrowFunctionExpression, UnaryExpression,
    UpdateExpression, BinaryExpression, LogicalExpression, AssignmentExpression,
    MemberExpression, ChainExpression, ConditionalExpression, CallExpression, NewExpression,
    SequenceExpression, YieldExpression, AwaitExpression, TemplateLiteral,
    TaggedTemplateExpression, TemplateElement, ClassExpression, ClassBody, MethodDefinition,
    PropertyDefinition, StaticBlock, MetaProperty, ImportExpression, SpreadElement,
    // Patterns
    ObjectPattern, ArrayPattern, RestElement, AssignmentPattern,
    // JSX
    JSXElement, JSXOpeningElement, JSXClosingElement, JSXFragment, JSXOpeningFragment,
    JSXClosingFragment, JSXIdentifier, JSXNamespacedName, JSXMemberExpression, JSXAttribute,
    JSXSpreadAttribute, JSXExpressionContainer, JSXEmptyExpression, JSXText, JSXSpreadChild,
    // TypeScript declarations with a run-time value
    TSEnumDeclaration, TSEnumMember, TSModuleDeclaration, TSImportEqualsDeclaration, TSExportAssignment, Decorator,
    // TypeScript, only with ParseOptions.TypeScriptTree. The enum is a byte: about 60 values remain.
    TSInterfaceDeclaration, TSInterfaceBody, TSInterfaceHeritage, TSClassImplements, TSTypeAliasDeclaration,
    TSDeclareFunction, TSNamespaceExportDeclaration, TSAsExpression, TSSatisfiesExpression, TSTypeAssertion,
    TSNonNullExpression, TSInstantiationExpression, TSParameterProperty,
    TSAnyKeyword, TSUnknownKeyword, TSNumberKeyword, TSBigIntKeyword, TSBooleanKeyword, TSStringKeyword,
    TSSymbolKeyword, TSObjectKeyword, TSNeverKeyword, TSUndefinedKeyword, TSNullKeyword, TSVoidKeyword,
    TSIntrinsicKeyword, TSThisType, TSTypeReference, TSQualifiedName, TSLiteralType, TSTemplateLiteralType,
    TSUnionType, TSIntersectionType, TSArrayType, TSIndexedAccessType, TSTypeOperator, TSTupleType,
    TSOptionalType, TSRestType, TSNamedTupleMember, TSConditionalType, TSInferType, TSMappedType, TSTypeQuery,
    TSImportType, TSFunctionType, TSConstructorType, TSTypePredicate, TSTypeLiteral, TSPropertySignature,
    TSMethodSignature, TSIndexSignature, TSCallSignatureDeclaration, TSConstructSignatureDeclaration,
    TSTypeAnnotation, TSTypeParameterDeclaration, TSTypeParameter, TSTypeParameterInstantiation,
#pragma warning restore CS1591
}
