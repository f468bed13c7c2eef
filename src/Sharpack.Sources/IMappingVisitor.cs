// The callback of MappingsReader.Read, an interface so the decode loop makes one virtual call
// per mapping and allocates nothing.

namespace Sharpack.Sources;

/// <summary>Receives the mappings <see cref="MappingsReader.Read{TVisitor}"/> decodes, in generated order.</summary>
public interface IMappingVisitor
{
    /// <summary>One mapping; the original fields are -1 for a generated-only segment, <paramref name="nameIndex"/> is -1 without a name.</summary>
    void OnMapping(int generatedLine, int generatedColumn, int sourceIndex, int originalLine, int originalColumn, int nameIndex);
}
