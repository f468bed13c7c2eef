// Follows webpack's default stats preset as printed by webpack-cli: one `asset NAME SIZE
// [emitted] (name: CHUNK)` line per asset, `WARNING in …` / `ERROR in ./file line:col` blocks with
// the message and code frame, and `sharpack VERSION compiled successfully in N ms`.

using System.Globalization;
using System.Text;
using Sharpack.Core.Stats;

namespace Sharpack.Cli.Reporting;

/// <summary>The human-readable report of a build.</summary>
public static class BuildSummary
{
    /// <summary>The summary of one build, ending with the "compiled …" line and a newline.</summary>
    public static string Format(BuildResult result)
    {
        var builder = new StringBuilder();
        var stats = result.Stats;
        foreach (var asset in stats.Assets)
        {
            builder.Append("asset ").Append(asset.Name).Append(' ').Append(FormatSize(asset.Size));
            if (asset.Emitted)
                builder.Append(" [emitted]");
            if (asset.ChunkNames.Count > 0)
                builder.Append(" (name").Append(asset.ChunkNames.Count > 1 ? "s" : "").Append(": ").AppendJoin(", ", asset.ChunkNames).Append(')');
            builder.Append('\n');
        }
        foreach (var warning in result.ConfigurationWarnings)
            builder.Append("\nWARNING in configuration\n").Append(warning).Append('\n');
        foreach (var warning in stats.Warnings)
            AppendDiagnostic(builder, "WARNING", warning, result.Options.Context);
        foreach (var error in stats.Errors)
            AppendDiagnostic(builder, "ERROR", error, result.Options.Context);
        if (builder.Length > 0)
            builder.Append('\n');
        if (result.Name is not null)
            builder.Append(result.Name).Append(" (");
        builder.Append("sharpack ").Append(BuildCommand.Version).Append(" compiled");
        if (result.ErrorCount == 0 && result.WarningCount == 0)
        {
            builder.Append(" successfully");
        }
        else
        {
            builder.Append(" with ");
            if (result.ErrorCount > 0)
                builder.Append(Count(result.ErrorCount, "error"));
            if (result.ErrorCount > 0 && result.WarningCount > 0)
                builder.Append(" and ");
            if (result.WarningCount > 0)
                builder.Append(Count(result.WarningCount, "warning"));
        }
        builder.Append(" in ").Append(((long)stats.Time.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)).Append(" ms");
        if (result.Name is not null)
            builder.Append(')');
        return builder.Append('\n').ToString();
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

    private static void AppendDiagnostic(StringBuilder builder, string kind, BuildDiagnostic diagnostic, string context)
    {
        builder.Append('\n').Append(kind).Append(" in ");
        if (diagnostic.File is null)
        {
            builder.Append("compilation");
        }
        else
        {
            builder.Append(ModuleName(diagnostic.File, context));
            if (diagnostic.Line > 0)
                builder.Append(' ').Append(diagnostic.Line).Append(':').Append(diagnostic.Column);
        }
        builder.Append('\n').Append(diagnostic.Message.TrimEnd('\n')).Append('\n');
        if (diagnostic.CodeFrame is { Length: > 0 } frame)
            builder.Append(frame.TrimEnd('\n')).Append('\n');
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
