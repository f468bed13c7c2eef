// JSX trees must equal acorn-jsx 5.3.2's (on acorn 8.19), ranges included. Each snippet is written
// to a temp file, parsed by our parser with JSX on, and compared by Estree/compare-with-acorn.mjs
// --jsx. Mismatches listed in Estree/known-acorn-mismatches.txt (by the name "jsx/NAME") are
// reported but do not fail.

using Sharpack.JavaScript.Tests.Support;
using Xunit.Abstractions;

namespace Sharpack.JavaScript.Tests.Jsx;

public sealed class JsxAcornEquivalenceTests(ITestOutputHelper output)
{
    /// <summary>Name → snippet. Names are stable: the known-mismatch list refers to them.</summary>
    private static readonly (string Name, string Source)[] s_snippets =
    [
        ("self-closing", "<div />;"),
        ("empty-element", "<div></div>;"),
        ("attributes", "<a b=\"c\" d='e' f />;"),
        ("expression-attribute", "<a b={1 + 2}>text</a>;"),
        ("fragment-empty", "<></>;"),
        ("fragment-children", "<><a /><b /></>;"),
        ("fragment-nested", "<><>a</><>{b}</></>;"),
        ("namespaced-element", "<svg:rect x:y=\"1\" />;"),
        ("namespaced-closing", "<a:b></a:b>;"),
        ("namespaced-attribute-expression", "<a b:c={d} />;"),
        ("member-tag", "<a.b.c />;"),
        ("member-tag-closing", "<a.b.c>x</a.b.c>;"),
        ("member-tag-capitalized", "<Foo.Bar baz />;"),
        ("this-member-tag", "<this.props.Component />;"),
        ("hyphenated-names", "<a-b c-d=\"e\" data-x-y={1} />;"),
        ("spread-attributes", "<a {...b} c=\"d\" {...e} />;"),
        ("spread-attribute-object", "<a {...{ b: 1, ...c }} />;"),
        ("spread-children", "<a>{...children}</a>;"),
        ("entities-text", "<a>&amp; &#123; &#x41; &nbsp;</a>;"),
        ("entities-attribute", "<a b=\"&amp; &quot;x&quot; &#x41;&#66;&lt;\" />;"),
        ("entity-astral", "<a>&#x1F600; &#128512;</a>;"),
        ("entities-unknown", "<a>&unknown; &#xZZ; & amp; &amp</a>;"),
        ("text-newlines", "<a>\n  hello\n  world\n</a>;"),
        ("text-crlf", "<a>\r\n  x\r\n</a>;"),
        ("text-whitespace-only", "<a>   </a>;"),
        ("text-unicode", "<a>héllo 世界 😀</a>;"),
        ("attribute-multiline-string", "<a b=\"line1\nline2\" />;"),
        ("nested-expressions", "<a>{b ? <c /> : <d>{e}</d>}</a>;"),
        ("map-children", "<ul>{items.map(i => <li key={i}>{i}</li>)}</ul>;"),
        ("empty-expression-comment", "<a>{/* c */}</a>;"),
        ("empty-expression", "<a>{}</a>;"),
        ("comments-around-expression", "<div>{/* a */ b /* c */}</div>;"),
        ("adjacent-expressions", "<a>{1}{2}text{3}</a>;"),
        ("element-attribute-value", "<a b=<c /> />;"),
        ("element-in-expression-attribute", "<a b={<c />} />;"),
        ("template-in-container", "<a>{`t ${x} u`}</a>;"),
        ("arrow-body", "const f = () => <div>{x}</div>;"),
        ("async-arrow-body", "const g = async () => <a />;"),
        ("call-argument", "render(<App />, document.getElementById(\"root\"));"),
        ("logical-and", "cond && <a />;"),
        ("parenthesized-return", "function App() {\n  return (\n    <div className=\"app\">\n      <Header title={\"x\"} />\n    </div>\n  );\n}"),
        ("class-render", "class A extends B { render() { return <div>{this.props.children}</div>; } }"),
        ("deep-nesting", "<a><b><c><d><e>{f}</e></d></c></b></a>;"),
        ("conditional-branches", "x = a ? <b /> : <c>{d}</c>;"),
        ("export-default", "export default function C() { return <>{props.x}</>; }"),
    ];

    [Fact]
    public void Jsx_trees_equal_acorn_jsx()
    {
        var folder = Directory.CreateTempSubdirectory("sharpack-jsx-");
        try
        {
            var files = new List<ComparedFile>();
            foreach (var (name, source) in s_snippets)
            {
                var path = Path.Combine(folder.FullName, name + ".jsx");
                File.WriteAllText(path, source);
                files.Add(new ComparedFile("jsx/" + name, path, AcornComparison.ModuleOnly));
            }
            var result = AcornComparison.Run(files, jsx: true);
            output.WriteLine($"{s_snippets.Length} JSX snippets: {result.Summary}");
            // The failure message lists the new mismatches; the output adds the known ones.
            foreach (var line in result.Lines.Where(l => l.StartsWith("known ", StringComparison.Ordinal)))
                output.WriteLine(line);
            if (result.Errors.Length > 0)
                output.WriteLine("node stderr: " + result.Errors);

            var sources = s_snippets.ToDictionary(s => "jsx/" + s.Name, s => s.Source);
            var failures = new Failures();
            foreach (var line in result.NewMismatches)
            {
                var text = line["MISMATCH ".Length..];
                var name = text[..text.IndexOf(':', StringComparison.Ordinal)];
                failures.Add($"{text}   snippet: {sources.GetValueOrDefault(name)}");
            }
            failures.ThrowIfAny($"of {s_snippets.Length} JSX snippets differ from acorn-jsx");
            Assert.True(result.ExitCode == 0, $"compare-with-acorn.mjs exited with {result.ExitCode}: {result.Errors}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
