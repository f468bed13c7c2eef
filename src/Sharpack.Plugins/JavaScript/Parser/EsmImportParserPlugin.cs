// Follows webpack lib/dependencies/HarmonyImportDependencyParserPlugin.js: an import declaration
// is a side-effect import of its request (one per request); each specifier tags its local as an
// import binding, and every use of the binding (`a`, `a()`, `{ a }`, `ns.x`) is an import
// specifier dependency that code generation turns into the imported module's export.

using Sharpack.JavaScript.Ast;
using Sharpack.Plugins.JavaScript.Dependencies.Esm;

namespace Sharpack.Plugins.JavaScript.Parser;

/// <summary>ES imports: the side-effect import per request and the uses of the bindings.</summary>
public static class EsmImportParserPlugin
{
    /// <summary>The tag of an import binding (webpack's harmonySpecifierTag).</summary>
    public const string SpecifierTag = "harmony import specifier";

    private const string Name = "EsmImportParserPlugin";

    /// <summary>Taps <paramref name="hooks"/>.</summary>
    public static void Apply(JavascriptParserHooks hooks)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        hooks.Import.Tap(Name, static (parser, import, request) =>
        {
            var phase = PhaseOf(parser, import, import.Phase);
            if (phase == ImportPhase.Defer && (import.Specifiers.Length != 1 || import.Specifiers[0] is not ImportNamespaceSpecifier))
            {
                parser.Result.Warnings.Add(parser.Warning(import.Start, "Deferred import can only be used with `import * as namespace from '...'` syntax.") with { IsWarning = false });
                phase = ImportPhase.Evaluation;
            }
            var dependency = ImportFor(parser, request, import.Start, import.End, phase, AttributesOf(import.Attributes));
            parser.Esm.CurrentImport = dependency;
            // As webpack's clear dependency: a `;` where the import followed an ASI line end, and
            // either way the next statement no longer follows one.
            dependency.StatementRanges.Add((import.Start, import.End, parser.IsAsiPosition(import.Start)));
            dependency.FromImportStatement = true;
            parser.UnsetAsiPositionAfter(import);
            return null;
        });
        hooks.ImportSpecifier.Tap(Name, static (parser, specifier, import) =>
        {
            var dependency = parser.Esm.CurrentImport!;
            switch (specifier)
            {
                case ImportSpecifier named:
                    parser.TagVariable(named.Local.Symbol, SpecifierTag, new EsmImportBinding(dependency, ModuleExportName(named.Imported)));
                    break;
                case ImportDefaultSpecifier defaultSpecifier:
                    parser.TagVariable(defaultSpecifier.Local.Symbol, SpecifierTag, new EsmImportBinding(dependency, "default"));
                    break;
                case ImportNamespaceSpecifier ns:
                    parser.TagVariable(ns.Local.Symbol, SpecifierTag, new EsmImportBinding(dependency, null));
                    break;
            }
            return true;
        });
        // webpack's binaryExpression tap: `"x" in ns` (or a member chain of an import binding).
        hooks.BinaryExpression.Tap(Name, static (parser, binary) =>
        {
            if (binary.Operator != Operator.In || parser.EvaluateExpression(binary.Left) is not { SideEffects: false } evaluated || evaluated.String is not { } key)
                return null;
            IReadOnlyList<string> members;
            Node root;
            // As webpack evaluates the right side: a conditional with a known test is its branch.
            var right = binary.Right;
            while (right is ConditionalExpression conditional && parser.EvaluateExpression(conditional.Test) is { SideEffects: false } test && test.AsBool() is { } taken)
                right = taken ? conditional.Consequent : conditional.Alternate;
            if (right is MemberExpression member)
            {
                if (JavascriptParser.GetMemberChain(member, out root) is not { } chain) return null;
                members = chain;
            }
            else
            {
                root = right;
                members = [];
            }
            if (root is not Identifier { Symbol: >= 0 } identifier || parser.GetTag(identifier.Symbol) is not { Tag: SpecifierTag, Data: EsmImportBinding binding })
                return null;
            var ids = new List<string>(members.Count + 2);
            if (binding.Name is not null) ids.Add(binding.Name);
            ids.AddRange(members);
            ids.Add(key);
            parser.AddDependency(new EsmEvaluatedImportSpecifierDependency(binding.Import, ids) { Start = binary.Start, End = binary.End });
            return true;
        });
        hooks.Expression.For(SpecifierTag).Tap(Name, static (parser, node) =>
        {
            var identifier = (Identifier)node;
            var binding = (EsmImportBinding)parser.GetTag(identifier.Symbol)!.Value.Data!;
            if (parser.InShorthand)
            {
                parser.AddDependency(new EsmImportSpecifierDependency(binding.Import, binding.Name, isCall: false, shorthandKey: identifier.Name)
                {
                    LocalName = identifier.Name,
                    Start = identifier.Start,
                    End = identifier.End,
                });
                return true;
            }
            parser.AddDependency(new EsmImportSpecifierDependency(binding.Import, binding.Name, parser.IsCallee(identifier), shorthandKey: null)
            {
                LocalName = identifier.Name,
                Start = identifier.Start,
                End = identifier.End,
                AsiSafe = !parser.IsAsiPosition(identifier.Start),
                Destructured = parser.DestructuringPropertiesFor(identifier),
            });
            return true;
        });
        // `ns.x = value` on a deferred namespace: per the import defer proposal [[Set]] fails
        // without evaluating the module, so the proxy itself is written to (its set trap refuses),
        // not `.a.x` (which would evaluate it).
        hooks.AssignMemberChain.For(SpecifierTag).Tap(Name, static (parser, assignment, members) =>
        {
            if (assignment is not { Operator: Operator.Assign, Left: MemberExpression { Object: Identifier identifier } } || members.Count != 1
                || parser.GetTag(identifier.Symbol) is not { Data: EsmImportBinding { Name: null, Import.Phase: ImportPhase.Defer } })
                return null;
            parser.Walk(assignment.Right);
            parser.Walk(identifier);
            return true;
        });
        // A member chain on an import binding (webpack's HarmonyImportSpecifierDependency ids):
        // `ns.x.y` on a namespace import is a use of the export x (which gives CommonJS namespaces
        // their interop: `ns.default` is module.exports) narrowed to its property y; `b.c` on a
        // named import uses b's property c. A call passes the object before the last name as
        // `this`, which is then used whole (webpack's call without directImport). The code changes
        // only where the binding (or `ns.x`) is.
        hooks.ExpressionMemberChain.For(SpecifierTag).Tap(Name, static (parser, outer, _) =>
        {
            var chain = new List<MemberExpression>();
            Node node = outer;
            while (node is MemberExpression member)
            {
                chain.Add(member);
                node = member.Object;
            }
            chain.Reverse();
            var identifier = (Identifier)node;
            var binding = (EsmImportBinding)parser.GetTag(identifier.Symbol)!.Value.Data!;
            var names = new List<string>(chain.Count);
            foreach (var member in chain)
                names.Add(JavascriptParser.MemberName(member)!);
            var isCall = parser.IsCallee(outer);
            // In a concatenation the names up to the first `?.` are resolved with the binding (the
            // rest of the chain stays as written).
            var nonOptional = JavascriptParser.NonOptionalLength(outer, chain.Count);
            if (binding.Name is not null)
            {
                // Every name is kept: read past a side-effect-free re-export of a namespace,
                // `b.c()` is a use of c alone.
                parser.AddDependency(new EsmImportSpecifierDependency(binding.Import, binding.Name, isCall: false, shorthandKey: null)
                {
                    MemberCall = isCall,
                    LocalName = identifier.Name,
                    Start = identifier.Start,
                    End = identifier.End,
                    AsiSafe = !parser.IsAsiPosition(identifier.Start),
                    MemberIds = names,
                    ChainIds = nonOptional == names.Count ? names : names.GetRange(0, nonOptional),
                    ChainEnds = JavascriptParser.MemberEnds(outer, chain.Count, 0, nonOptional),
                    ChainCall = isCall && nonOptional == chain.Count,
                    Destructured = nonOptional == names.Count ? parser.DestructuringPropertiesFor(outer) : null,
                });
                return true;
            }
            var first = chain[0];
            var rest = names.GetRange(1, names.Count - 1);
            if (isCall && rest.Count > 0) rest.RemoveAt(rest.Count - 1);
            // Calls keep the namespace as `this` (webpack's callContext for member reads): no `(0, …)`.
            parser.AddDependency(new EsmImportSpecifierDependency(binding.Import, names[0], isCall: false, shorthandKey: null)
            {
                LocalName = identifier.Name,
                Start = first.Start,
                End = first.End,
                AsiSafe = !parser.IsAsiPosition(first.Start),
                MemberIds = rest,
                ChainIds = nonOptional > 1 ? names.GetRange(1, nonOptional - 1) : [],
                ChainEnds = JavascriptParser.MemberEnds(outer, chain.Count, 1, nonOptional),
                ChainCall = isCall && nonOptional == chain.Count,
                // webpack's namespaceObjectAsContext: only when strictThisContextOnImports asks for it.
                UsesNamespaceAsThis = isCall && names.Count == 1 && parser.ParserOptions.StrictThisContextOnImports,
                DirectImport = false,
                Destructured = nonOptional == names.Count ? parser.DestructuringPropertiesFor(outer) : null,
            });
            return true;
        });
    }

    /// <summary>
    /// The side-effect import of <paramref name="request"/> in <paramref name="phase"/>, made (and
    /// added) on its first import or re-export. A deferred import of a request is another import
    /// than an evaluating one, with its own variable (webpack's deferredImportVarMap).
    /// </summary>
    internal static EsmImportSideEffectDependency ImportFor(JavascriptParser parser, string request, int start, int end, ImportPhase phase = ImportPhase.Evaluation,
        IReadOnlyDictionary<string, string>? attributes = null)
    {
        var imports = parser.Esm.ImportsByRequest;
        // A deferred or source-phase import of a request is another import than an evaluating one
        // (webpack keys their init fragments "deferred harmony import", "source harmony import").
        var key = phase switch
        {
            ImportPhase.Defer => "defer:" + request,
            ImportPhase.Source => "source:" + request,
            _ => request,
        };
        // An import with other attributes is another module (webpack's resource identifier includes them).
        if (attributes is not null)
        {
            foreach (var (name, value) in attributes)
                key += "\0" + name + "=" + value;
        }
        if (imports.TryGetValue(key, out var existing))
            return existing;
        var dependency = new EsmImportSideEffectDependency(request, imports.Count)
        {
            Start = start,
            End = end,
            Phase = phase,
            ImportAttributes = attributes,
        };
        imports.Add(key, dependency);
        parser.AddDependency(dependency);
        return dependency;
    }

    /// <summary>
    /// webpack's getImportPhase: with <c>deferImport</c> on, <c>import defer</c> syntax, or a
    /// <c>webpackDefer: true</c> comment in <paramref name="node"/>; otherwise an evaluating import.
    /// </summary>
    internal static ImportPhase PhaseOf(JavascriptParser parser, Node node, ImportPhase syntax)
    {
        // `import source x`: the module's source, which for an external is its value (a default import of it).
        if (syntax == ImportPhase.Source)
            return parser.ParserOptions.SourceImport ? ImportPhase.Source : ImportPhase.Evaluation;
        if (!parser.ParserOptions.DeferImport)
            return ImportPhase.Evaluation;
        if (syntax == ImportPhase.Defer)
            return syntax;
        var magic = parser.ParseCommentOptions(node);
        if (!magic.TryGetValue("webpackDefer", out var value))
            return syntax;
        if (value.Boolean is { } defer)
            return defer ? ImportPhase.Defer : syntax;
        parser.Result.Warnings.Add(parser.Warning(node.Start, "webpackDefer magic comment expected a boolean value."));
        return syntax;
    }

    /// <summary>The attributes of an import or re-export (<c>with { type: "json" }</c>) by key, or null when it has none.</summary>
    internal static IReadOnlyDictionary<string, string>? AttributesOf(ImportAttribute[]? attributes)
    {
        if (attributes is not { Length: > 0 })
            return null;
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in attributes)
        {
            if (node is { Value.StringValue: { } value } attribute)
                result[attribute.Key is Identifier key ? key.Name : ((Literal)attribute.Key).StringValue ?? ""] = value;
        }
        return result.Count == 0 ? null : result;
    }

    /// <summary>An import or export name: an identifier's, or a string literal's value.</summary>
    internal static string ModuleExportName(Node name) => name is Identifier identifier ? identifier.Name : ((Literal)name).StringValue!;

    /// <summary>webpack's Template.toIdentifier: a readable variable name from a request.</summary>
    internal static string ToIdentifier(string request)
    {
        var builder = new System.Text.StringBuilder(request.Length + 1);
        var lastWasSeparator = false;
        for (var i = 0; i < request.Length; i++)
        {
            var c = request[i];
            var valid = char.IsAsciiLetterOrDigit(c) || c == '$' || (c == '_' && i == 0);
            if (i == 0 && !(char.IsAsciiLetter(c) || c is '$' or '_'))
            {
                builder.Append('_');
                lastWasSeparator = true;
                continue;
            }
            if (valid || c == '_')
            {
                builder.Append(c);
                lastWasSeparator = false;
            }
            else if (!lastWasSeparator)
            {
                builder.Append('_');
                lastWasSeparator = true;
            }
        }
        return builder.ToString();
    }
}
