// A runtime module whose code is one of the embedded .js templates next to this file, with
// $NAME$ placeholders filled at bundle time. Templates are read once per process. $CONST$ and
// $LET$ are webpack's runtimeTemplate.renderConst and renderLet: the declaration keywords the
// output environment has.

using System.Collections.Concurrent;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary>A runtime module rendered from an embedded JavaScript template.</summary>
public class TemplatedRuntimeModule(string name, string template, RuntimeGlobals requires = default, int stage = 0) : RuntimeModule
{
    private static readonly ConcurrentDictionary<string, string> s_templates = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override string Name { get; } = "webpack/runtime/" + name;

    /// <inheritdoc />
    public override RuntimeGlobals Requires { get; } = requires;

    /// <inheritdoc />
    public override int Stage { get; } = stage;

    /// <inheritdoc />
    public override bool ShouldIsolate => Isolate;

    /// <summary>Whether the code gets a function scope of its own (false: complete statements in the runtime's scope).</summary>
    public bool Isolate { get; init; } = true;

    /// <summary>The template's file name (without <c>.js</c>).</summary>
    public string Template { get; } = template;

    /// <inheritdoc />
    public override string Generate(RuntimeTemplateContext context) => Declarations(Fill(Load(Template), context), context.Options.Output.Environment);

    /// <summary>Fills <c>$CONST$</c> and <c>$LET$</c> with what <paramref name="environment"/> supports.</summary>
    public static string Declarations(string code, Core.Options.OutputEnvironment environment)
    {
        if (!code.Contains("$CONST$", StringComparison.Ordinal) && !code.Contains("$LET$", StringComparison.Ordinal))
            return code;
        var let = environment.Let ? "let" : "var";
        return code.Replace("$CONST$", environment.Const ? "const" : let, StringComparison.Ordinal)
            .Replace("$LET$", let, StringComparison.Ordinal);
    }

    /// <summary>Replaces the template's placeholders; the default fills none.</summary>
    protected virtual string Fill(string template, RuntimeTemplateContext context) => template;

    /// <summary>
    /// Keeps the <c>//@@NAME</c> … <c>//@@END</c> sections of <paramref name="template"/> for which
    /// <paramref name="include"/> is true, dropping the others and the markers; a section's
    /// <c>//@@ELSE</c> part is kept instead where it is not.
    /// </summary>
    protected static string Sections(string template, Func<string, bool> include)
    {
        var builder = new System.Text.StringBuilder(template.Length);
        var keep = true;
        var included = true;
        foreach (var line in template.Split('\n'))
        {
            if (line.StartsWith("//@@", StringComparison.Ordinal))
            {
                var name = line[4..].TrimEnd('\r');
                if (name == "ELSE")
                {
                    keep = !included;
                }
                else if (name == "END")
                {
                    keep = true;
                }
                else
                {
                    included = include(name);
                    keep = included;
                }
                continue;
            }
            if (keep) builder.Append(line).Append('\n');
        }
        return builder.ToString().TrimEnd('\n');
    }

    /// <summary>The text of the embedded template <paramref name="name"/>.js.</summary>
    public static string Load(string name) => s_templates.GetOrAdd(name, static n =>
    {
        using var stream = typeof(TemplatedRuntimeModule).Assembly.GetManifestResourceStream("Sharpack.Runtime." + n + ".js")
            ?? throw new InvalidOperationException($"Runtime template '{n}.js' is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().TrimEnd('\n');
    });
}
