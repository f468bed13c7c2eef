// Follows webpack's stats.toString() as webpack-cli prints it (lib/stats/DefaultStatsPrinterPlugin.js),
// shaped by the `stats` option: `asset NAME SIZE [emitted] (name: CHUNK)` lines, the entrypoints,
// chunks and modules, `WARNING in …` / `ERROR in ./file line:col` blocks (message, code frame,
// details, ` @ importer` trace), then `sharpack VERSION compiled successfully in N ms`. Sections
// are joined as webpack joins them: one newline, two around errors and warnings. Where webpack
// groups long lists (by path, by status), Sharpack prints the first lines and counts the rest.

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Sharpack.Core.Options;
using Sharpack.Core.Stats;

namespace Sharpack.Cli.Reporting;

/// <summary>The human-readable report of a build.</summary>
public static class BuildSummary
{
    /// <summary>
    /// The report of several builds, as webpack's MultiStats prints it: each named and indented
    /// (<c>name:\n  …</c>), separated by a blank line; a single build is printed as it is. Empty
    /// (as for <c>stats: "none"</c>) or ending with a newline.
    /// </summary>
    public static string Format(IReadOnlyList<BuildResult> results, bool colorsByDefault = false)
    {
        if (results.Count == 1)
            return Format(results[0], colorsByDefault);
        var parts = new List<string>();
        foreach (var result in results)
        {
            var text = Format(result, colorsByDefault).TrimEnd('\n');
            if (text.Length == 0)
                continue;
            // webpack's indent: every non-empty line, blank lines stay blank.
            parts.Add(result.Name is null ? text : result.Name + ":\n  " + Regex.Replace(text, "\n([^\n])", "\n  $1"));
        }
        return parts.Count == 0 ? "" : string.Join("\n\n", parts) + "\n";
    }

    /// <summary>The report of one build: empty, or ending with a newline.</summary>
    public static string Format(BuildResult result, bool colorsByDefault = false)
    {
        var options = NormalizedStatsOptions.Create(result.Options.Stats, forToString: true, colorsByDefault);
        var printer = new Printer(result, options);
        var text = printer.Print();
        return text.Length == 0 ? "" : text + "\n";
    }

    /// <summary>
    /// webpack's formatSize: bytes, KiB, MiB, GiB with three significant digits and no trailing
    /// zeros (<c>1.21 KiB</c>, <c>100 bytes</c>, <c>1 KiB</c>).
    /// </summary>
    public static string FormatSize(long size)
    {
        if (size <= 0)
            return "0 bytes";
        string[] units = ["bytes", "KiB", "MiB", "GiB"];
        var index = Math.Min((int)Math.Floor(Math.Log(size) / Math.Log(1024)), units.Length - 1);
        var value = size / Math.Pow(1024, index);
        var text = value >= 1000
            ? Math.Round(value).ToString(CultureInfo.InvariantCulture)
            : double.Parse(value.ToString("G3", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        return $"{text} {units[index]}";
    }

    /// <summary>A module path as webpack shows it: relative to the context, starting with <c>./</c>.</summary>
    public static string ModuleName(string file, string context)
    {
        if (!Path.IsPathRooted(file))
            return file;
        var relative = Path.GetRelativePath(context, file).Replace('\\', '/');
        return relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? relative : "./" + relative;
    }

    /// <summary>Whether a diagnostic's details are shown: always with errorDetails true, for fewer than three errors with "auto".</summary>
    internal static bool ShowDetails(StatsAuto errorDetails, bool isError, int errorCount) =>
        errorDetails == StatsAuto.True || (errorDetails == StatsAuto.Auto && isError && errorCount < 3);

    private sealed class Printer(BuildResult result, NormalizedStatsOptions options)
    {
        private readonly BuildStats _stats = result.Stats;

        // The sections in webpack's order, each with whether it wants a blank line around it.
        public string Print()
        {
            var items = new List<(string Content, bool MoreSpace)>();
            void Add(string? content, bool moreSpace = false)
            {
                if (!string.IsNullOrEmpty(content))
                    items.Add((content, moreSpace));
            }
            if (options.PublicPath)
                Add("PublicPath: " + Bold(result.Options.Output.PublicPath.Length == 0 ? "(none)" : result.Options.Output.PublicPath));
            if (options.Assets)
                Add(Assets());
            if (options.Entrypoints == StatsAuto.True || (options.Entrypoints == StatsAuto.Auto && EntrypointsWorthShowing()))
                Add(Entrypoints());
            if (options.Chunks)
                Add(Chunks());
            if (options.Modules)
                Add(Modules());
            Add(Logging(), moreSpace: true);
            var errorCount = _stats.Errors.Count;
            if (options.Warnings)
            {
                Add(Diagnostics(Warnings(), isError: false, errorCount, out var hidden), moreSpace: true);
                Add(HiddenDetails(hidden, "warning has", "warnings have"), moreSpace: true);
            }
            if (options.Hints)
                Add(Diagnostics(_stats.Hints, isError: false, errorCount, out _, hint: true), moreSpace: true);
            if (options.Errors)
            {
                Add(Diagnostics(_stats.Errors, isError: true, errorCount, out var hidden), moreSpace: true);
                Add(HiddenDetails(hidden, "error has", "errors have"), moreSpace: true);
            }
            Add(Summary());

            var builder = new StringBuilder();
            var lastMoreSpace = false;
            foreach (var (content, moreSpace) in items)
            {
                if (builder.Length > 0)
                    builder.Append(moreSpace || lastMoreSpace ? "\n\n" : "\n");
                builder.Append(content);
                lastMoreSpace = moreSpace;
            }
            return builder.ToString();
        }

        // Configuration warnings first, as webpack reports the missing mode among the compilation's warnings.
        private List<BuildDiagnostic> Warnings()
        {
            var warnings = new List<BuildDiagnostic>(result.ConfigurationWarnings.Count + _stats.Warnings.Count);
            foreach (var warning in result.ConfigurationWarnings)
                warnings.Add(new BuildDiagnostic(warning, "configuration") { IsWarning = true });
            warnings.AddRange(_stats.Warnings);
            return warnings;
        }

        private string Assets()
        {
            // webpack's assetsSort "!size": largest first.
            var assets = _stats.Assets.OrderByDescending(a => a.Size).ThenBy(a => a.Name, StringComparer.Ordinal).ToList();
            var lines = new List<string>();
            foreach (var asset in assets)
            {
                var line = new StringBuilder("asset ").Append(Green(asset.Name)).Append(' ').Append(FormatSize(asset.Size));
                if (options.Ids)
                {
                    var ids = _stats.Chunks.Where(c => c.Files.Contains(asset.Name)).Select(c => "{" + Yellow(c.Id) + "}").ToList();
                    if (ids.Count > 0)
                        line.Append(' ').AppendJoin(", ", ids);
                }
                if (asset.Emitted)
                    line.Append(' ').Append(Green("[emitted]"));
                if (asset.Minimized)
                    line.Append(' ').Append(Green("[minimized]"));
                if (asset.ChunkNames.Count > 0)
                    line.Append(" (name: ").AppendJoin(", ", asset.ChunkNames).Append(')');
                lines.Add(line.ToString());
            }
            return SpaceLimited(lines, options.AssetsSpace, "asset", "assets");
        }

        // webpack's "auto": shown unless there are more than five entrypoints or each is one chunk with one file.
        private bool EntrypointsWorthShowing() =>
            _stats.Entrypoints.Count <= 5 && _stats.Entrypoints.Any(e => e.Chunks.Count != 1 || e.Assets.Count != 1);

        private string Entrypoints()
        {
            var lines = new List<string>();
            foreach (var entrypoint in _stats.Entrypoints)
            {
                var sizes = entrypoint.Assets.Select(name => _stats.Assets.FirstOrDefault(a => a.Name == name)?.Size ?? 0).ToList();
                var line = new StringBuilder("Entrypoint ").Append(Bold(entrypoint.Name));
                if (sizes.Sum() > 0)
                    line.Append(' ').Append(FormatSize(sizes.Sum()));
                line.Append(" =");
                for (var i = 0; i < entrypoint.Assets.Count; i++)
                {
                    line.Append(' ').Append(Green(entrypoint.Assets[i]));
                    if (entrypoint.Assets.Count > 1)
                        line.Append(' ').Append(FormatSize(sizes[i]));
                }
                lines.Add(line.ToString());
            }
            return string.Join("\n", lines);
        }

        private string Chunks()
        {
            var modulesById = new Dictionary<string, ModuleStats>(StringComparer.Ordinal);
            foreach (var module in _stats.Modules)
                modulesById.TryAdd(module.Id, module);
            var lines = new List<string>();
            foreach (var chunk in _stats.Chunks)
            {
                var modules = chunk.Modules.Select(id => modulesById.GetValueOrDefault(id)).OfType<ModuleStats>().ToList();
                var line = new StringBuilder("chunk");
                if (options.Ids)
                    line.Append(" {").Append(Yellow(chunk.Id)).Append('}');
                if (chunk.Runtime.Count > 0)
                    line.Append(" (runtime: ").AppendJoin(", ", chunk.Runtime).Append(')');
                if (chunk.Files.Count > 0)
                    line.Append(' ').AppendJoin(", ", chunk.Files.Select(Green));
                if (chunk.Names.Count > 0)
                    line.Append(" (").AppendJoin(", ", chunk.Names).Append(')');
                line.Append(' ').Append(FormatSize(chunk.Size));
                // webpack prints [initial] only for a chunk that is not an entry.
                if (chunk.Entry || chunk.Initial)
                    line.Append(' ').Append(Yellow(chunk.Entry ? "[entry]" : "[initial]"));
                if (chunk.Rendered)
                    line.Append(' ').Append(Green("[rendered]"));
                lines.Add(line.ToString());
                if (options.ChunkModules)
                {
                    foreach (var module in SortByDepth(modules))
                        lines.Add("  " + ModuleLine(module));
                }
            }
            return string.Join("\n", lines);
        }

        // PERF: only the lines shown are made (three.js x10 made 3,870 lines to show 15).
        private string Modules() =>
            SpaceLimited([.. SortByDepth(_stats.Modules.Where(static m => !m.Merged))], ModuleLine, options.ModulesSpace, "module", "modules");

        // webpack's modulesSort "depth": nearest the entry first, stable otherwise.
        private static IEnumerable<ModuleStats> SortByDepth(IEnumerable<ModuleStats> modules) => modules.OrderBy(m => m.Depth);

        private string ModuleLine(ModuleStats module)
        {
            var line = new StringBuilder(Bold(module.Name));
            if (options.Ids && module.Id != module.Name)
                line.Append(" [").Append(module.Id).Append(']');
            line.Append(' ').Append(FormatSize(module.Size));
            if (options.Ids && module.Chunks.Count > 0)
                line.Append(' ').AppendJoin(" ", module.Chunks.Select(id => "{" + Yellow(id) + "}"));
            line.Append(' ').Append(Yellow("[built]")).Append(' ').Append(Yellow("[code generated]"));
            var warnings = _stats.Warnings.Count(w => w.File == module.Name);
            if (warnings > 0)
                line.Append(' ').Append(Yellow($"[{Count(warnings, "warning")}]"));
            var errors = _stats.Errors.Count(e => e.File == module.Name);
            if (errors > 0)
                line.Append(' ').Append(Red($"[{Count(errors, "error")}]"));
            return line.ToString();
        }

        // webpack's spaceLimited for a flat list: all lines when they fit, else space - 1 lines and
        // "+ N modules" (just "N modules" when no line fits).
        private static string SpaceLimited(List<string> lines, int space, string singular, string plural) =>
            SpaceLimited(lines, static line => line, space, singular, plural);

        // webpack's space limits: every item when they fit, else one line fewer than the space and "+ N items".
        private static string SpaceLimited<T>(List<T> items, Func<T, string> line, int space, string singular, string plural)
        {
            var shown = items.Count <= space ? items.Count : Math.Max(space - 1, 0);
            var lines = new List<string>(shown + 1);
            for (var i = 0; i < shown; i++)
                lines.Add(line(items[i]));
            var hidden = items.Count - shown;
            if (hidden > 0)
                lines.Add($"{(shown > 0 ? "+ " : "")}{hidden} {(hidden == 1 ? singular : plural)}");
            return string.Join("\n", lines);
        }

        private string Diagnostics(IReadOnlyList<BuildDiagnostic> diagnostics, bool isError, int errorCount, out int hiddenDetails, bool hint = false)
        {
            hiddenDetails = 0;
            var blocks = new List<string>(diagnostics.Count);
            var showDetails = ShowDetails(options.ErrorDetails, isError, errorCount);
            foreach (var diagnostic in diagnostics)
            {
                var block = new StringBuilder(hint ? Cyan("HINT") : isError ? Red("ERROR") : Yellow("WARNING")).Append(" in ");
                if (diagnostic.Inline)
                {
                    // webpack: a compilation-level message names its own subject.
                    block.Append(Bold(diagnostic.Message.TrimEnd('\n')));
                    blocks.Add(block.ToString());
                    continue;
                }
                if (diagnostic.File is null)
                {
                    block.Append("compilation");
                }
                else
                {
                    block.Append(Bold(ModuleName(diagnostic.File, result.Options.Context)));
                    if (diagnostic.Line > 0)
                        block.Append(' ').Append(Green(diagnostic.Location));
                }
                block.Append('\n').Append(Bold(diagnostic.Message.TrimEnd('\n')));
                if (diagnostic.CodeFrame is { Length: > 0 } frame)
                    block.Append('\n').Append(frame.TrimEnd('\n'));
                if (diagnostic.Details is { Length: > 0 } details)
                {
                    if (showDetails)
                        block.Append('\n').Append(details.TrimEnd('\n'));
                    else if (options.ErrorDetails == StatsAuto.Auto)
                        hiddenDetails++;
                }
                if (options.ModuleTrace)
                {
                    foreach (var item in diagnostic.ModuleTrace)
                        block.Append("\n @ ").Append(item.OriginName).Append(string.IsNullOrEmpty(item.Location) ? "" : " " + item.Location);
                }
                blocks.Add(block.ToString());
            }
            return string.Join("\n\n", blocks);
        }

        // webpack's "LOG from NAME" blocks: each logger's entries that stats.logging lets through,
        // prefixed <e>, <w>, <i> or nothing, as DefaultStatsPrinterPlugin marks them.
        private string? Logging()
        {
            if (options.Logging is not { } level || _stats.Logs.Count == 0)
                return null;
            var blocks = new List<string>();
            var byOrigin = new Dictionary<string, StringBuilder>(StringComparer.Ordinal);
            foreach (var entry in _stats.Logs)
            {
                if (entry.Type > level)
                    continue;
                if (!byOrigin.TryGetValue(entry.Origin, out var block))
                    byOrigin.Add(entry.Origin, block = new StringBuilder(Bold("LOG from " + entry.Origin)));
                var prefix = entry.Type switch
                {
                    LogType.Error => Red("<e>") + " ",
                    LogType.Warn => Yellow("<w>") + " ",
                    LogType.Info => Green("<i>") + " ",
                    _ => "",
                };
                block.Append('\n').Append(prefix).Append(entry.Message);
            }
            foreach (var block in byOrigin.Values)
                blocks.Add(block.ToString());
            return blocks.Count == 0 ? null : string.Join("\n\n", blocks);
        }

        private string? HiddenDetails(int count, string singular, string plural) =>
            count == 0 ? null
                : Yellow($"{count} {(count == 1 ? singular : plural)} detailed information that is not shown.\n" +
                    "Use 'stats.errorDetails: true' resp. '--stats-error-details' to show it.");

        // webpack's "compilation.summary!" printer.
        private string? Summary()
        {
            int? errors = options.ErrorsCount ? result.ErrorCount : null;
            int? warnings = options.WarningsCount ? result.WarningCount : null;
            var errorsText = errors > 0 ? Red(Count(errors.Value, "error")) : "";
            var warningsText = warnings > 0 ? Yellow(Count(warnings.Value, "warning")) : "";
            var time = options.Timings ? $" in {(long)_stats.Time.TotalMilliseconds} ms" : "";
            var hash = options.Hash && _stats.Hash.Length > 0 ? $" ({_stats.Hash})" : "";
            var builtAt = options.BuiltAt
                ? _stats.BuiltAt.ToLocalTime().ToString("yyyy-MM-dd ", CultureInfo.InvariantCulture) + Bold(_stats.BuiltAt.ToLocalTime().ToString("HH:mm:ss", CultureInfo.InvariantCulture)) + ": "
                : "";
            var version = options.Version ? "sharpack " + BuildCommand.Version : "";
            var name = result.Name is null ? "" : Bold(result.Name);
            var subject = name.Length > 0 && version.Length > 0 ? $"{name} ({version})" : version.Length > 0 ? version : name.Length > 0 ? name : "sharpack";
            string status;
            if (errorsText.Length > 0 && warningsText.Length > 0)
                status = $"compiled with {errorsText} and {warningsText}";
            else if (errorsText.Length > 0)
                status = $"compiled with {errorsText}";
            else if (warningsText.Length > 0)
                status = $"compiled with {warningsText}";
            else if (errors == 0 && warnings == 0)
                status = "compiled " + Green("successfully");
            else
                status = "compiled";
            var worthPrinting = builtAt.Length > 0 || version.Length > 0 || errorsText.Length > 0 || warningsText.Length > 0
                || (errors == 0 && warnings == 0) || time.Length > 0 || hash.Length > 0;
            return worthPrinting ? $"{builtAt}{subject} {status}{time}{hash}" : null;
        }

        private string Bold(string text) => Color("\u001b[1m", text);

        private string Green(string text) => Color("\u001b[1m\u001b[32m", text);

        private string Yellow(string text) => Color("\u001b[1m\u001b[33m", text);

        private string Red(string text) => Color("\u001b[1m\u001b[31m", text);

        private string Cyan(string text) => Color("\u001b[1m\u001b[36m", text);

        private string Color(string start, string text) =>
            options.Colors && text.Length > 0 ? start + text + "\u001b[39m\u001b[22m" : text;
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
