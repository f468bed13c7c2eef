// Deep nesting of each bracket-like form, unclosed and closed, parsed on a thread with a 64 MB
// stack as the CLI's parse workers have. With the stack as the only limit the parser went 100,000
// deep there, and the runtime's stack walks (at each collection, and when the error unwinds) made
// that super-linear: `(` ×400,000 took 3-5 s to reject. The parser now stops at a fixed depth
// (Parser.MaxNestingDepth), at the same offset for 100,000 and 400,000 repetitions, so its work
// stops growing with the nesting; nesting within the limit parses, or fails at the end of input.
// Small stacks, where the stack check stops the parser first, are ParserFuzzTests' part.

using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Text;
using Sharpack.JavaScript.Lexing;
using Sharpack.JavaScript.Parsing;
using Xunit.Abstractions;

namespace Sharpack.JavaScript.Tests.Fuzz;

public sealed class DeepNestingTests(ITestOutputHelper output)
{
    private const int N = 100_000;
    private const int StackSize = 64 * 1024 * 1024;

    /// <summary>Unclosed: prefix + open ×n. Closed: prefix + open ×n + middle + close ×n + suffix.</summary>
    private readonly record struct Form(string Prefix, string Open, string Middle, string Close, bool Jsx = false, string Suffix = "")
    {
        public string Unclosed(int n) => Prefix + Repeat(Open, n);

        public string Closed(int n) => Prefix + Repeat(Open, n) + Middle + Repeat(Close, n) + Suffix;

        public override string ToString() => Prefix + Open + (Jsx ? " (jsx)" : "");
    }

    private static readonly Form[] s_forms =
    [
        new("", "(", "1", ")"),
        new("", "[", "1", "]"),
        new("", "{", "", "}"),
        new("", "a(", "1", ")"),
        new("", "a[", "1", "]"),
        new("", "(a,", "1", ")"),
        new("", "((a)=>", "1", ")"),
        new("", "`${", "1", "}`"),
        new("", "async (", "1", ")"),
        new("x=", "{a:", "1", "}"),
        new("", "[...", "a", "]"),
        new("", "x?", "1", ":1"),
        new("", "<div>", "", "</div>", Jsx: true),
        new("", "function f(a=", "1", "){}"),
        new("", "function f(){", "", "}"),
        new("", "class A extends (", "B", "){}"),
        new("", "new (", "a", ")"),
        new("", "a=(", "1", ")"),
        new("", "if(a)", ";", ""),
        new("", "if(a){", "", "}"),
        new("", "!", "a", ""),
        new("", "x=>", "x", ""),
        new("let ", "[", "a", "]", Suffix: "=b"),
    ];

    [Fact]
    public void Deep_nesting_stops_at_the_same_offset_however_long_the_input()
    {
        OnBigStack(() =>
        {
            var failures = new List<string>();
            var elapsed = new double[2];
            foreach (var form in s_forms)
            {
                foreach (var closed in new[] { false, true })
                {
                    var offsets = new int[2];
                    for (var size = 0; size < 2; size++)
                    {
                        var n = size == 0 ? N : 4 * N;
                        var source = closed ? form.Closed(n) : form.Unclosed(n);
                        var started = Stopwatch.GetTimestamp();
                        var result = Parse(source, form.Jsx);
                        elapsed[size] += Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                        var error = result.Error;
                        var what = $"{form} {(closed ? "closed" : "unclosed")} ×{n}";
                        if (error is null)
                        {
                            failures.Add($"{what}: accepted");
                            continue;
                        }
                        offsets[size] = error.Offset;
                        // The limit is reached after at least an eighth of MaxNestingDepth
                        // repetitions (a form is one to four guarded productions), at most all of them.
                        var repetitions = (error.Offset - form.Prefix.Length) / form.Open.Length;
                        if (!error.Message.StartsWith($"Too deeply nested: more than {Parser.MaxNestingDepth} nested", StringComparison.Ordinal)
                            || error.Line != 1 || error.Column != error.Offset + 1
                            || repetitions < Parser.MaxNestingDepth / 8 || repetitions > Parser.MaxNestingDepth)
                            failures.Add($"{what}: {error}");
                    }
                    if (offsets[0] != offsets[1])
                        failures.Add($"{form} {(closed ? "closed" : "unclosed")}: stopped at {offsets[0]} for ×{N}, at {offsets[1]} for ×{4 * N}");
                }
            }
            output.WriteLine($"{s_forms.Length * 2} inputs ×{N}: {elapsed[0]:F0} ms; ×{4 * N}: {elapsed[1]:F0} ms");
            Assert.Empty(failures);
            // Not a benchmark: only super-linear work (16× for 4× the input) fails this.
            Assert.True(elapsed[1] < 16 * elapsed[0], $"×{4 * N} took {elapsed[1]:F0} ms, ×{N} {elapsed[0]:F0} ms");
        });
    }

    [Fact]
    public void Nesting_within_the_limit_parses_or_ends_at_the_end_of_input()
    {
        const int n = 1_000;
        OnBigStack(() =>
        {
            var failures = new List<string>();
            foreach (var form in s_forms)
            {
                var closed = Parse(form.Closed(n), form.Jsx);
                if (closed.Error is not null)
                    failures.Add($"{form} closed ×{n}: {closed.Error}");
                var source = form.Unclosed(n);
                var unclosed = Parse(source, form.Jsx);
                if (unclosed.Error is not { } error || error.Offset != source.Length || error.Message.StartsWith("Too deeply", StringComparison.Ordinal))
                    failures.Add($"{form} unclosed ×{n}: {unclosed.Error?.ToString() ?? "accepted"}, expected an error at the end of input ({source.Length})");
            }
            Assert.Empty(failures);
        });
    }

    [Fact]
    public void Regular_expression_groups_stop_at_a_fixed_depth()
    {
        OnBigStack(() =>
        {
            foreach (var n in new[] { N, 4 * N })
            {
                var message = RegExpValidator.Validate(Repeat("(", n) + Repeat(")", n), "");
                Assert.NotNull(message);
                Assert.EndsWith("/: Too deeply nested", message);
            }
            Assert.Null(RegExpValidator.Validate(Repeat("(", 1_000) + Repeat(")", 1_000), "u"));
        });
    }

    private static ParseResult Parse(string source, bool jsx) =>
        JavaScriptParser.Parse(source, new ParseOptions { SourceType = SourceType.Module, Jsx = jsx });

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    private static void OnBigStack(Action body)
    {
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                body();
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        }, StackSize);
        thread.Start();
        thread.Join();
        failure?.Throw();
    }
}
