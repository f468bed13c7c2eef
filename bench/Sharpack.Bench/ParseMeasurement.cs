// One row of the parse benchmark: a file, how it was parsed, and what the timed parses cost.
// The same columns (and the same JSON fields) are printed by bench/parse/peers.mjs for the node
// parsers, so run.sh can put both side by side.

using System.Globalization;
using System.Text.Json;
using Sharpack.JavaScript;

namespace Sharpack.Bench;

/// <summary>The measured cost of parsing one file: median time over the runs and bytes allocated per parse.</summary>
internal readonly record struct ParseMeasurement(
    string Parser,
    bool? Scopes,
    string File,
    string Goal,
    long Bytes,
    int Runs,
    double MedianMs,
    double MinMs,
    long AllocatedBytes)
{
    /// <summary>Throughput in MB/s (10^6 bytes of the file on disk per second), from the median time.</summary>
    public double MegabytesPerSecond => Bytes / 1e6 / (MedianMs / 1e3);

    /// <summary>The header of the table <see cref="FormatRow"/> writes rows of.</summary>
    public static string FormatHeader() =>
        $"{"parser",-10} {"scopes",-6} {"goal",-6} {"file",-24} {"size MB",8} {"median ms",10} {"min ms",9} {"MB/s",8} {"alloc MB/parse",15}";

    /// <summary>One line of the human-readable table.</summary>
    public string FormatRow()
    {
        var scopes = Scopes switch { true => "on", false => "off", null => "-" };
        var alloc = AllocatedBytes >= 0 ? (AllocatedBytes / 1e6).ToString("F1", CultureInfo.InvariantCulture) : "-";
        return string.Create(CultureInfo.InvariantCulture,
            $"{Parser,-10} {scopes,-6} {Goal,-6} {Path.GetFileName(File),-24} {Bytes / 1e6,8:F2} {MedianMs,10:F2} {MinMs,9:F2} {MegabytesPerSecond,8:F1} {alloc,15}");
    }

    /// <summary>One line of JSON for a file that did not parse (run.sh shows it as an error).</summary>
    public static string FormatFailureJson(bool scopes, string file, SourceType goal, string error)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("parser", "sharpack");
            json.WriteBoolean("scopes", scopes);
            json.WriteString("file", file);
            json.WriteString("goal", goal == SourceType.Module ? "module" : "script");
            json.WriteNumber("bytes", new FileInfo(file).Length);
            json.WriteString("error", error);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>One line of JSON with the same fields (for run.sh).</summary>
    public string FormatJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("parser", Parser);
            if (Scopes is { } scopes)
                json.WriteBoolean("scopes", scopes);
            else
                json.WriteNull("scopes");
            json.WriteString("file", File);
            json.WriteString("goal", Goal);
            json.WriteNumber("bytes", Bytes);
            json.WriteNumber("runs", Runs);
            json.WriteNumber("medianMs", Math.Round(MedianMs, 3));
            json.WriteNumber("minMs", Math.Round(MinMs, 3));
            json.WriteNumber("mbPerS", Math.Round(MegabytesPerSecond, 2));
            json.WriteNumber("allocBytes", AllocatedBytes);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
