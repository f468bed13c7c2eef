// The parser must never throw and never crash: for any input it returns a program or an error.
// Inputs are derived deterministically (fixed seed) from corpus files — truncations, character
// mutations, deleted/duplicated/swapped token-ish spans, inserted tricky fragments — plus inputs
// nested 100,000 deep and binary garbage. Scope analysis runs too (the default options). A stack
// overflow ends the test process, which fails the run. Inputs that fail are written to
// .artifacts/fuzz-failures/ to be replayed.

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Sharpack.JavaScript.Tests.Support;
using Xunit.Abstractions;

namespace Sharpack.JavaScript.Tests.Fuzz;

public sealed partial class ParserFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 0x5AC0;
    private const int MutantCount = 20_000;
    private const int Deep = 100_000;
    private static readonly TimeSpan s_budget = TimeSpan.FromMinutes(3);

    private static readonly string[] s_fragments =
    [
        "(", ")", "[", "]", "{", "}", ";", ",", ".", "...", "?.", "??", "??=", "=>", "=", "==", "/", "/*", "*/", "//",
        "\\", "\\u", "\\u{", "'", "\"", "`", "${", "<!--", "-->", "#", "#!", "@", "<", ">", "</", "/>", "<a>", "</a>",
        "\n", "\r", "\u2028", "\u2029", "\0", "\uFEFF", "\uD800", "\uDC00", "\u00A0", "0x", "0b", "0o", "1e", "1n", "09",
        "._", "async ", "await ", "yield ", "let ", "static ", "get ", "set ", "new.target", "import.meta", "import(",
        "export ", "class ", "extends ", "super", "function*", "async function", "=>{", "/[", "/(?<a>", "]/", "/u", "/v",
        "in ", "of ", "for await", "delete ", "typeof ", "void ", "with(", "label:", "break ", "continue ", "return ",
        "debugger", "\"use strict\";", "'use strict'", "arguments", "eval", "@@", "\u0130", "\U0001D49C", "\uFFFF",
    ];

    [Fact]
    public void Mutated_corpus_inputs_return_a_program_or_an_error()
    {
        var corpus = LoadCorpus();
        var random = new Random(Seed);
        var inputs = new List<FuzzInput>(MutantCount);
        for (var i = 0; i < MutantCount; i++)
        {
            var (name, text) = corpus[random.Next(corpus.Count)];
            var (kind, mutated) = Mutate(text, random);
            var goal = i % 2 == 0 ? SourceType.Module : SourceType.Script;
            inputs.Add(new FuzzInput($"#{i} {kind} of {name}", mutated, goal, Jsx: i % 3 == 0));
        }
        Run(inputs, "mutants");
    }

    [Fact]
    public void Deeply_nested_inputs_return_a_program_or_an_error()
    {
        static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();
        var cases = new (string Name, string Source, bool Jsx)[]
        {
            ("parens open", Repeat("(", Deep), false),
            ("parens balanced", Repeat("(", Deep) + "a" + Repeat(")", Deep), false),
            ("brackets open", Repeat("[", Deep), false),
            ("brackets balanced", Repeat("[", Deep) + Repeat("]", Deep), false),
            ("braces open", Repeat("{", Deep), false),
            ("braces balanced", Repeat("{", Deep) + Repeat("}", Deep), false),
            ("object literals", "x=" + Repeat("{a:", Deep) + "1" + Repeat("}", Deep), false),
            ("assignments", Repeat("a=", Deep) + "a", false),
            ("conditionals", Repeat("a?b:", Deep) + "c", false),
            ("unary !", Repeat("!", Deep) + "a", false),
            ("unary -", Repeat("- ", Deep) + "a", false),
            ("typeof", Repeat("typeof ", Deep) + "a", false),
            ("new", Repeat("new ", Deep) + "a", false),
            ("await", "async function f(){" + Repeat("await ", Deep) + "a}", false),
            ("arrows", Repeat("x=>", Deep) + "x", false),
            ("binary +", Repeat("a+", Deep) + "a", false),
            ("exponent", Repeat("a**", Deep) + "a", false),
            ("member chain", "a" + Repeat(".b", Deep), false),
            ("calls", "a" + Repeat("()", Deep), false),
            ("if", Repeat("if(a)", Deep) + ";", false),
            ("labels", Repeat("l:", Deep) + ";", false),
            ("functions", Repeat("function f(){", Deep) + Repeat("}", Deep), false),
            ("classes", Repeat("class A extends (", Deep) + "B" + Repeat("){}", Deep), false),
            ("templates", Repeat("`${", Deep) + "a" + Repeat("}`", Deep), false),
            ("array patterns", Repeat("[", Deep) + "a" + Repeat("]", Deep) + "=b", false),
            ("object patterns", "(" + Repeat("{a:", Deep) + "b" + Repeat("}", Deep) + "=c)", false),
            ("sequence", Repeat("a,", Deep) + "a", false),
            ("jsx elements", Repeat("<a>", Deep) + Repeat("</a>", Deep), true),
            ("jsx open", Repeat("<a>", Deep), true),
            ("regexp groups", "/" + Repeat("(", Deep) + Repeat(")", Deep) + "/", false),
            ("calls open", Repeat("a(", Deep), false),
            ("index open", Repeat("a[", Deep), false),
            ("sequences open", Repeat("(a,", Deep), false),
            ("arrow parameters", Repeat("((a)=>", Deep) + "1" + Repeat(")", Deep), false),
            ("arrow parameters open", Repeat("((a)=>", Deep), false),
            ("templates open", Repeat("`${", Deep), false),
            ("async calls", Repeat("async (", Deep) + "1" + Repeat(")", Deep), false),
            ("async calls open", Repeat("async (", Deep), false),
            ("object literals open", "x=" + Repeat("{a:", Deep), false),
            ("spreads", Repeat("[...", Deep) + "a" + Repeat("]", Deep), false),
            ("spreads open", Repeat("[...", Deep), false),
            ("conditionals open", Repeat("x?", Deep), false),
            ("default parameters", Repeat("function f(a=", Deep) + "1" + Repeat("){}", Deep), false),
            ("default parameters open", Repeat("function f(a=", Deep), false),
            ("classes open", Repeat("class A extends (", Deep), false),
            ("new parens", Repeat("new (", Deep) + "a" + Repeat(")", Deep), false),
            ("new parens open", Repeat("new (", Deep), false),
            ("parenthesized assignments", Repeat("a=(", Deep) + "1" + Repeat(")", Deep), false),
            ("parenthesized assignments open", Repeat("a=(", Deep), false),
            ("if blocks", Repeat("if(a){", Deep) + Repeat("}", Deep), false),
            ("if blocks open", Repeat("if(a){", Deep), false),
            ("binding patterns", "let " + Repeat("[", Deep) + "a" + Repeat("]", Deep) + "=b", false),
            ("binding patterns open", "let " + Repeat("[", Deep), false),
            ("jsx divs open", Repeat("<div>", Deep), true),
        };
        var inputs = new List<FuzzInput>();
        foreach (var (name, source, jsx) in cases)
        {
            inputs.Add(new FuzzInput($"{name} ×{Deep} (module)", source, SourceType.Module, jsx));
            inputs.Add(new FuzzInput($"{name} ×{Deep} (script)", source, SourceType.Script, jsx));
        }
        Run(inputs, "deeply nested inputs");
    }

    [Fact]
    public void Binary_garbage_returns_a_program_or_an_error()
    {
        var random = new Random(Seed + 1);
        var inputs = new List<FuzzInput>();
        for (var i = 0; i < 400; i++)
        {
            var length = i < 390 ? random.Next(1, 4096) : 1 << 20;
            string text;
            switch (i % 4)
            {
                case 0:
                    var bytes = new byte[length];
                    random.NextBytes(bytes);
                    text = Encoding.UTF8.GetString(bytes);
                    break;
                case 1:
                    var latin1 = new byte[length];
                    random.NextBytes(latin1);
                    text = Encoding.Latin1.GetString(latin1);
                    break;
                case 2:
                    var units = new char[length];
                    for (var j = 0; j < length; j++)
                        units[j] = (char)random.Next(0, 0x10000);
                    text = new string(units);
                    break;
                default:
                    var ascii = new char[length];
                    for (var j = 0; j < length; j++)
                        ascii[j] = (char)random.Next(0x20, 0x7F);
                    text = new string(ascii);
                    break;
            }
            inputs.Add(new FuzzInput($"#{i} garbage kind {i % 4}, {length} chars", text,
                i % 2 == 0 ? SourceType.Module : SourceType.Script, Jsx: i % 8 < 2));
        }
        Run(inputs, "garbage inputs");
    }

    private readonly record struct FuzzInput(string Name, string Source, SourceType Goal, bool Jsx);

    private void Run(List<FuzzInput> inputs, string what)
    {
        var failures = new Failures();
        var failed = new ConcurrentBag<FuzzInput>();
        var inProgress = new ConcurrentDictionary<int, string>();
        int accepted = 0, rejected = 0;
        var slowest = (Name: "", Milliseconds: 0L);
        var gate = new Lock();
        var watch = Stopwatch.StartNew();

        var work = Task.Run(() => Parallel.For(0, inputs.Count, i =>
        {
            var input = inputs[i];
            inProgress[i] = input.Name;
            var started = Stopwatch.GetTimestamp();
            var outcome = SafeParse.Run(input.Source, input.Goal, input.Jsx);
            var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            inProgress.TryRemove(i, out _);
            lock (gate)
            {
                if (elapsed > slowest.Milliseconds)
                    slowest = (input.Name, elapsed);
            }
            if (outcome.Exception is not null)
            {
                failures.Add($"{input.Name}: {outcome.Describe()} {FirstFrame(outcome.Exception)}");
                failed.Add(input);
            }
            else if (outcome.Result is null || (outcome.Result.Program is null) == (outcome.Result.Error is null))
            {
                failures.Add($"{input.Name}: returned {(outcome.Result?.Program is null ? "neither a program nor an error" : "both a program and an error")}");
                failed.Add(input);
            }
            else if (outcome.Accepted)
                Interlocked.Increment(ref accepted);
            else
                Interlocked.Increment(ref rejected);
        }));

        if (!work.Wait(s_budget))
            Assert.Fail($"{what}: not done after {s_budget.TotalSeconds} s; still parsing: {string.Join("; ", inProgress.Values)}");

        output.WriteLine($"{inputs.Count} {what} in {watch.Elapsed.TotalSeconds:F1} s: {accepted} accepted, {rejected} rejected, " +
            $"{failures.Count} failed; slowest {slowest.Milliseconds} ms ({slowest.Name})");
        SaveForReplay(failed);
        failures.ThrowIfAny($"of {inputs.Count} {what} failed (inputs saved in .artifacts/fuzz-failures/)");
    }

    private static string FirstFrame(Exception exception)
    {
        var frame = exception.StackTrace?.Split('\n').FirstOrDefault()?.Trim();
        return frame is null ? "" : $"({frame})";
    }

    private static void SaveForReplay(IEnumerable<FuzzInput> failed)
    {
        var folder = Path.Combine(RepoPaths.Root, ".artifacts", "fuzz-failures");
        foreach (var input in failed.OrderBy(f => f.Name, StringComparer.Ordinal).Take(50))
        {
            Directory.CreateDirectory(folder);
            var name = UnsafeFileChars().Replace(input.Name, "_");
            var extension = input.Goal == SourceType.Module ? ".mjs" : ".cjs";
            File.WriteAllText(Path.Combine(folder, name[..Math.Min(name.Length, 100)] + (input.Jsx ? ".jsx" : "") + extension), input.Source);
        }
    }

    /// <summary>Small corpus files: all of test262-parser-tests, and some library modules.</summary>
    private static List<(string Name, string Text)> LoadCorpus()
    {
        var files = new List<string>();
        var suite = RepoPaths.Package("test262-parser-tests");
        foreach (var folder in new[] { "pass", "fail", "early" })
            files.AddRange(Directory.GetFiles(Path.Combine(suite, folder), "*.js"));
        foreach (var package in new[] { "lodash-es", "rxjs/dist/esm" })
            files.AddRange(Directory.GetFiles(RepoPaths.Package(package), "*.js", SearchOption.AllDirectories).Where(f => new FileInfo(f).Length < 20_000));
        files.Sort(StringComparer.Ordinal);
        var modules = Path.Combine(RepoPaths.Fixtures, "node_modules");
        return files.Select(f => (Path.GetRelativePath(modules, f), File.ReadAllText(f))).ToList();
    }

    private static (string Kind, string Text) Mutate(string text, Random random)
    {
        var tokens = TokenLike().Matches(text);
        switch (random.Next(7))
        {
            case 0:
                var at = random.Next(text.Length + 1);
                return ($"truncation at {at}", text[..at]);
            case 1:
                var chars = text.ToCharArray();
                var count = random.Next(1, 5);
                for (var k = 0; k < count && chars.Length > 0; k++)
                {
                    chars[random.Next(chars.Length)] = random.Next(3) == 0
                        ? (char)random.Next(0, 0x10000)
                        : s_fragments[random.Next(s_fragments.Length)][0];
                }
                return ($"{count} char mutations", new string(chars));
            case 2 when tokens.Count > 0:
                var first = random.Next(tokens.Count);
                var last = Math.Min(tokens.Count - 1, first + random.Next(3));
                var start = tokens[first].Index;
                var end = tokens[last].Index + tokens[last].Length;
                return ($"deletion of tokens {first}..{last}", text.Remove(start, end - start));
            case 3 when tokens.Count > 0:
                var from = random.Next(tokens.Count);
                var to = Math.Min(tokens.Count - 1, from + random.Next(5));
                var span = text[tokens[from].Index..(tokens[to].Index + tokens[to].Length)];
                var insertAt = tokens[random.Next(tokens.Count)].Index;
                return ($"duplication of tokens {from}..{to}", text.Insert(insertAt, span));
            case 4 when tokens.Count > 1:
                var a = tokens[random.Next(tokens.Count)];
                var b = tokens[random.Next(tokens.Count)];
                if (a.Index > b.Index)
                    (a, b) = (b, a);
                if (a.Index + a.Length > b.Index)
                    return ("no-op swap", text);
                return ($"swap of tokens at {a.Index} and {b.Index}",
                    text[..a.Index] + b.Value + text[(a.Index + a.Length)..b.Index] + a.Value + text[(b.Index + b.Length)..]);
            case 5:
                var where = random.Next(text.Length + 1);
                var fragment = s_fragments[random.Next(s_fragments.Length)];
                return ($"insertion of {Escape(fragment)} at {where}", text.Insert(where, fragment));
            default:
                var mixed = text;
                var steps = random.Next(2, 6);
                for (var k = 0; k < steps; k++)
                    mixed = mixed.Insert(random.Next(mixed.Length + 1), s_fragments[random.Next(s_fragments.Length)]);
                return ($"{steps} insertions", mixed);
        }
    }

    private static string Escape(string s)
    {
        var builder = new StringBuilder();
        foreach (var c in s)
            builder.Append(c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString());
        return builder.ToString();
    }

    [GeneratedRegex(@"[A-Za-z_$][\w$]*|\d[\w.]*|""[^""\n]*""|'[^'\n]*'|\S")]
    private static partial Regex TokenLike();

    [GeneratedRegex(@"[^A-Za-z0-9._-]+")]
    private static partial Regex UnsafeFileChars();
}
