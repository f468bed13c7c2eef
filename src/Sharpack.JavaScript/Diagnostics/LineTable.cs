// Placeholder until the line table lands.
namespace Sharpack.JavaScript.Diagnostics;

/// <summary>Maps offsets to lines.</summary>
public sealed class LineTable(string source)
{
    /// <summary>1-based line and column of an offset.</summary>
    public (int Line, int Column) GetLineColumn(int offset) { _ = source; return (1, offset + 1); }
}
