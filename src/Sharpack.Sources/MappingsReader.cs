// Follows webpack-sources lib/helpers/readMappings.js: decodes "mappings" in one pass over the
// chars with a lookup table. Like webpack it is lenient: chars above 'z' are skipped, other
// non-Base64 chars end the segment, segments with 2, 3 or more than 5 fields are dropped, and a
// segment whose column does not move right of the previous one on the same line is dropped, so
// a visitor always sees strictly increasing columns per line.

namespace Sharpack.Sources;

/// <summary>Decodes source map mappings.</summary>
public static class MappingsReader
{
    /// <summary>Decodes <paramref name="mappings"/> and reports every mapping to <paramref name="visitor"/>.</summary>
    public static void Read<TVisitor>(ReadOnlySpan<char> mappings, TVisitor visitor)
        where TVisitor : IMappingVisitor
    {
        // generatedColumn, sourceIndex, originalLine, originalColumn, nameIndex; all relative
        // except the column, which resets at each line.
        int column = 0, sourceIndex = 0, originalLine = 1, originalColumn = 0, nameIndex = 0;
        var fieldCount = 0;
        var value = 0;
        var shift = 0;
        var generatedLine = 1;
        var lastColumn = -1;
        for (var i = 0; i < mappings.Length; i++)
        {
            var c = mappings[i];
            if (c > 'z')
            {
                continue;
            }
            var digit = Vlq.DigitValue(c);
            if (digit < 0)
            {
                // ',' ';' and any other char end the segment.
                if (column > lastColumn)
                {
                    Emit(visitor, fieldCount, generatedLine, column, sourceIndex, originalLine, originalColumn, nameIndex);
                    lastColumn = column;
                }
                fieldCount = 0;
                if (c == ';')
                {
                    generatedLine++;
                    column = 0;
                    lastColumn = -1;
                }
            }
            else if ((digit & 0x20) == 0)
            {
                value |= digit << shift;
                var delta = (value & 1) != 0 ? -(value >>> 1) : value >>> 1;
                switch (fieldCount++)
                {
                    case 0:
                        column += delta;
                        break;
                    case 1:
                        sourceIndex += delta;
                        break;
                    case 2:
                        originalLine += delta;
                        break;
                    case 3:
                        originalColumn += delta;
                        break;
                    case 4:
                        nameIndex += delta;
                        break;
                    default:
                        break;
                }
                value = 0;
                shift = 0;
            }
            else
            {
                value |= (digit & 0x1f) << shift;
                shift += 5;
            }
        }
        Emit(visitor, fieldCount, generatedLine, column, sourceIndex, originalLine, originalColumn, nameIndex);
    }

    /// <summary>Decodes <paramref name="mappings"/> into a list.</summary>
    public static List<Mapping> Decode(ReadOnlySpan<char> mappings)
    {
        var collector = new Collector();
        Read(mappings, collector);
        return collector.Mappings;
    }

    private static void Emit<TVisitor>(TVisitor visitor, int fieldCount, int line, int column, int sourceIndex, int originalLine, int originalColumn, int nameIndex)
        where TVisitor : IMappingVisitor
    {
        switch (fieldCount)
        {
            case 1:
                visitor.OnMapping(line, column, -1, -1, -1, -1);
                break;
            case 4:
                visitor.OnMapping(line, column, sourceIndex, originalLine, originalColumn, -1);
                break;
            case 5:
                visitor.OnMapping(line, column, sourceIndex, originalLine, originalColumn, nameIndex);
                break;
            default:
                break;
        }
    }

    private sealed class Collector : IMappingVisitor
    {
        public List<Mapping> Mappings { get; } = [];

        public void OnMapping(int generatedLine, int generatedColumn, int sourceIndex, int originalLine, int originalColumn, int nameIndex) =>
            Mappings.Add(new Mapping(generatedLine, generatedColumn, sourceIndex, originalLine, originalColumn, nameIndex));
    }
}
