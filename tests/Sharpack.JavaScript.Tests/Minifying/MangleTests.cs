// Mangling renames bindings without changing what any reference means. Every test262 pass/ file,
// mangled with its top level and printed, parses again, and each identifier of the printed program
// reads the same binding (or the same global) as the identifier in its place in the source: the
// two identifier sequences, walked the same way, match symbol for symbol. Unit cases pin the
// rules: shadowing, eval, with, exports, shorthand properties, linked names.

using Sharpack.JavaScript.Ast;
using Sharpack.JavaScript.Minifying;
using Sharpack.JavaScript.Printing;
using Sharpack.JavaScript.Tests.Support;

namespace Sharpack.JavaScript.Tests.Minifying;

public sealed class MangleTests
{
    // Mangled without compression, with the default character order (no source frequencies), so the names are predictable.
    private static string Minify(string source, bool module = false, bool topLevel = false)
    {
        var parse = JavaScriptParser.Parse(source, new ParseOptions { SourceType = module ? SourceType.Module : SourceType.Script });
        var names = Mangler.Mangle(parse.Scopes!, parse.Program!.IsModule, new MangleOptions { TopLevel = topLevel });
        return JsPrinter.Print(parse.Program, source, parse.Comments, new PrintOptions { SymbolNames = names }, out _);
    }

    [Fact]
    public void Test262_pass_files_mangled_keep_every_reference()
    {
        var pass = Path.Combine(RepoPaths.Package("test262-parser-tests"), "pass");
        var failures = new Failures();
        var renamed = 0;
        Parallel.ForEach(Directory.GetFiles(pass, "*.js"), file =>
        {
            var goal = file.Contains(".module.js", StringComparison.Ordinal) ? SourceType.Module : SourceType.Script;
            var source = File.ReadAllText(file);
            var parse = JavaScriptParser.Parse(source, new ParseOptions { SourceType = goal });
            if (parse.Program is null)
                return;
            var names = Mangler.Mangle(parse.Scopes!, parse.Program.IsModule, new MangleOptions { TopLevel = true });
            var printed = JsPrinter.Print(parse.Program, source, parse.Comments, new PrintOptions { SymbolNames = names }, out _);
            var again = JavaScriptParser.Parse(printed, new ParseOptions { SourceType = goal });
            if (again.Program is null)
            {
                failures.Add($"{Path.GetFileName(file)}: the mangled program does not parse: {again.Error!.Message}: {printed}");
                return;
            }
            if (names.Any(n => n is not null))
                Interlocked.Increment(ref renamed);
            // A module's exported declarations are split into a declaration and an export list.
            if (parse.Program.IsModule)
                return;
            var before = IdentifierCollector.Collect(parse.Program);
            var after = IdentifierCollector.Collect(again.Program);
            if (before.Count != after.Count)
            {
                failures.Add($"{Path.GetFileName(file)}: {before.Count} identifiers, {after.Count} after mangling: {printed}");
                return;
            }
            var map = new Dictionary<int, int>();
            var reverse = new Dictionary<int, int>();
            for (var i = 0; i < before.Count; i++)
            {
                var (name, symbol) = before[i];
                var (newName, newSymbol) = after[i];
                var same = symbol < 0
                    ? newSymbol < 0 && name == newName
                    : newSymbol >= 0 && map.TryAdd(symbol, newSymbol) | map[symbol] == newSymbol && reverse.TryAdd(newSymbol, symbol) | reverse[newSymbol] == symbol;
                if (!same)
                {
                    failures.Add($"{Path.GetFileName(file)}: identifier {i} `{name}` reads another binding once mangled (`{newName}`): {printed}");
                    return;
                }
            }
        });
        failures.ThrowIfAny("mangled pass/ files failed");
        Assert.True(renamed > 300, $"only {renamed} files had a name to rename");
    }

    [Fact]
    public void A_nested_name_never_shadows_an_outer_one_it_reads()
    {
        var code = Minify("function outer(longName) { function inner(other) { return longName + other; } return inner; }");
        // inner's parameter may take the name of inner itself, which it never reads, not outer's.
        Assert.Equal("function outer(e){function t(t){return e+t}return t}", code);
    }

    [Fact]
    public void Sibling_scopes_reuse_the_same_names_in_declaration_order()
    {
        // terser's scheme: each function names its own bindings e, t, n… skipping only the outer
        // names it reads, so like code gets like names (which gzip compresses best).
        var code = Minify("function f(first, second) { var third = first; return function (a, b) { return a + b + second; }; } function g(x, y) { return x - y; }");
        Assert.Equal("function f(e,t){var n=e;return function(e,n){return e+n+t}}function g(e,t){return e-t}", code);
    }

    [Fact]
    public void A_block_var_keeps_its_name_free_in_the_blocks_it_is_declared_in()
    {
        // `let e; var e` in one block is an early error: the block's own names skip the vars declared in it.
        var code = Minify("function f() { if (b) { let first; let second; var third; var fourth; } }");
        Assert.Equal("function f(){if(b){let n;let r;var e;var t}}", code);
    }

    [Fact]
    public void A_body_declaration_never_takes_a_parameter_name_of_a_parameter_scope()
    {
        // With default values the parameters have their own scope, yet `const` may not redeclare one.
        var code = Minify("function f(first, second = [first]) { const third = second.push.bind(second); return third; }");
        Assert.Equal("function f(e,t=[e]){const n=t.push.bind(t);return n}", code);
    }

    [Fact]
    public void Globals_the_program_reads_are_never_handed_out()
    {
        // `e` and `t` are globals here: the parameters take the next free names.
        var code = Minify("function f(a, b) { return e + t + a + b; }");
        Assert.Equal("function f(n,r){return e+t+n+r}", code);
    }

    [Fact]
    public void Names_a_direct_eval_can_see_stay()
    {
        var code = Minify("function f(keep) { var also = 1; return eval('keep + also'); } function g(renamed) { return renamed; }");
        Assert.Contains("function f(keep){var also=1;return eval(", code, StringComparison.Ordinal);
        Assert.Contains("function g(e){return e}", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_read_inside_with_stay()
    {
        var code = Minify("function f(o, value) { with (o) { return value; } }");
        Assert.Equal("function f(e,value){with(e){return value}}", code);
    }

    [Fact]
    public void Top_level_names_of_a_script_stay_unless_asked()
    {
        Assert.Equal("var longName=1;function fn(e){return e+longName}", Minify("var longName = 1; function fn(x) { return x + longName; }"));
        Assert.Equal("var e=1;function t(t){return t+e}", Minify("var longName = 1; function fn(x) { return x + longName; }", topLevel: true));
    }

    [Fact]
    public void A_module_exports_renamed_bindings_under_their_own_names()
    {
        var code = Minify("export const answer = 42; export function twice(value) { return value * 2; } const local = answer; export { local as alias }; import { thing as other } from 'x'; console.log(other);", module: true);
        Assert.Equal("const e=42;export{e as answer};function t(e){return e*2}export{t as twice};const n=e;export{n as alias};import{thing as r}from\"x\";console.log(r)", code);
    }

    [Fact]
    public void Shorthand_properties_keep_their_keys()
    {
        var code = Minify("function f(alpha, __proto__) { const { beta = 2 } = alpha; return { alpha, beta, __proto__ }; }");
        Assert.Equal("function f(e,t){const{beta:n=2}=e;return{alpha:e,beta:n,[\"__proto__\"]:t}}", code);
    }

    [Fact]
    public void A_property_whose_value_takes_its_keys_name_becomes_shorthand()
    {
        // `value` is renamed; `t` keeps its name and `{ t: t }` reads as `{ t }`.
        var code = Minify("function f(value, t) { return { t: t, value: value, __proto__: __proto__ }; }");
        Assert.Equal("function f(e,t){return{t,value:e,__proto__:__proto__}}", code);
    }

    [Fact]
    public void A_class_and_its_inner_name_are_renamed_together()
    {
        var code = Minify("function f() { class Point { static make() { return new Point(); } } return Point.make(); }");
        Assert.Equal("function f(){class e{static make(){return new e}}return e.make()}", code);
    }

    // The identifiers of a program in one fixed order, each with the symbol it reads (-1 for a
    // global); names that are not bindings (property keys, member names, labels) are left out.
    private sealed class IdentifierCollector : AstVisitor
    {
        private readonly List<(string Name, int Symbol)> _identifiers = [];

        public static List<(string Name, int Symbol)> Collect(Node program)
        {
            var collector = new IdentifierCollector();
            collector.Visit(program);
            return collector._identifiers;
        }

        public override void Visit(Node node)
        {
            switch (node)
            {
                case Identifier identifier:
                    _identifiers.Add((identifier.Name, identifier.Symbol));
                    return;
                case Property property:
                    if (property.Computed)
                        Visit(property.Key);
                    Visit(property.Value);
                    return;
                case MemberExpression member:
                    Visit(member.Object);
                    if (member.Computed)
                        Visit(member.Property);
                    return;
                case MethodDefinition method:
                    if (method.Computed)
                        Visit(method.Key);
                    Visit(method.Value);
                    return;
                case PropertyDefinition field:
                    if (field.Computed)
                        Visit(field.Key);
                    if (field.Value is not null)
                        Visit(field.Value);
                    return;
                case LabeledStatement labeled:
                    Visit(labeled.Body);
                    return;
                case BreakStatement or ContinueStatement or MetaProperty:
                    return;
                default:
                    base.Visit(node);
                    return;
            }
        }
    }
}
