// Sizes by source type for SplitChunksPlugin, as webpack's `{ javascript: n, … }` objects. Source
// type names are interned into small indexes once (SourceTypeTable), so the hot paths add and
// compare dense double arrays; a limit keeps webpack's key order and tells "no limit for this type"
// (absent) from 0.

namespace Sharpack.Plugins.Optimize;

/// <summary>Interns source type names (<c>javascript</c>, <c>css</c>…) to indexes.</summary>
internal sealed class SourceTypeTable
{
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

    public int Count => _names.Count;

    public string Name(int index) => _names[index];

    public int Intern(string name)
    {
        lock (_indexes)
        {
            if (_indexes.TryGetValue(name, out var index))
                return index;
            index = _names.Count;
            _indexes.Add(name, index);
            _names.Add(name);
            return index;
        }
    }
}

/// <summary>
/// A size limit by source type (webpack's normalized sizes object): the types it names, in
/// webpack's key order, each with its value.
/// </summary>
internal sealed class SizeLimits
{
    public static readonly SizeLimits Empty = new([], []);

    public SizeLimits(int[] types, double[] values)
    {
        Types = types;
        Values = values;
    }

    /// <summary>The source type indexes the limit names.</summary>
    public int[] Types { get; }

    /// <summary>The value for each of <see cref="Types"/>.</summary>
    public double[] Values { get; }

    public bool IsEmpty => Types.Length == 0;

    /// <summary>The value for <paramref name="type"/>, or NaN when the limit does not name it.</summary>
    public double Get(int type)
    {
        for (var i = 0; i < Types.Length; i++)
        {
            if (Types[i] == type) return Values[i];
        }
        return double.NaN;
    }

    /// <summary>webpack's normalizeSizes: a number applies to every default size type.</summary>
    public static SizeLimits From(Core.Options.SplitChunksSize? size, int[] defaultSizeTypes, SourceTypeTable table)
    {
        if (size is null)
            return Empty;
        if (size.Number is { } number)
        {
            var values = new double[defaultSizeTypes.Length];
            Array.Fill(values, number);
            return Dedupe(defaultSizeTypes, values);
        }
        var perType = size.PerType!;
        var types = new int[perType.Count];
        var typeValues = new double[perType.Count];
        for (var i = 0; i < perType.Count; i++)
        {
            types[i] = table.Intern(perType[i].Key);
            typeValues[i] = perType[i].Value;
        }
        return new SizeLimits(types, typeValues);
    }

    // A default size type listed twice is one key of webpack's object (the later value wins, the first position stays).
    private static SizeLimits Dedupe(int[] types, double[] values)
    {
        var distinctTypes = new List<int>(types.Length);
        var distinctValues = new List<double>(types.Length);
        for (var i = 0; i < types.Length; i++)
        {
            var at = distinctTypes.IndexOf(types[i]);
            if (at >= 0)
            {
                distinctValues[at] = values[i];
                continue;
            }
            distinctTypes.Add(types[i]);
            distinctValues.Add(values[i]);
        }
        return new SizeLimits([.. distinctTypes], [.. distinctValues]);
    }

    /// <summary>
    /// webpack's mergeSizes: the first limit naming a type wins; keys come in Object.assign's order
    /// (the last limit's keys first, then new keys of the earlier ones).
    /// </summary>
    public static SizeLimits Merge(params ReadOnlySpan<SizeLimits?> limits)
    {
        var types = new List<int>();
        var values = new List<double>();
        for (var i = limits.Length - 1; i >= 0; i--)
        {
            var limit = limits[i];
            if (limit is null)
                continue;
            for (var k = 0; k < limit.Types.Length; k++)
            {
                var at = types.IndexOf(limit.Types[k]);
                if (at >= 0)
                {
                    values[at] = limit.Values[k];
                }
                else
                {
                    types.Add(limit.Types[k]);
                    values.Add(limit.Values[k]);
                }
            }
        }
        return types.Count == 0 ? Empty : new SizeLimits([.. types], [.. values]);
    }

    /// <summary>webpack's combineSizes: types both name get <paramref name="combine"/> of the two values.</summary>
    public static SizeLimits Combine(SizeLimits a, SizeLimits b, Func<double, double, double> combine)
    {
        var types = new List<int>(a.Types);
        var values = new List<double>(a.Values);
        for (var i = 0; i < types.Count; i++)
        {
            var other = b.Get(types[i]);
            if (!double.IsNaN(other))
                values[i] = combine(values[i], other);
        }
        for (var k = 0; k < b.Types.Length; k++)
        {
            if (!types.Contains(b.Types[k]))
            {
                types.Add(b.Types[k]);
                values.Add(b.Values[k]);
            }
        }
        return new SizeLimits([.. types], [.. values]);
    }

    /// <summary>webpack's hasNonZeroSizes.</summary>
    public bool HasNonZero()
    {
        foreach (var value in Values)
        {
            if (value > 0) return true;
        }
        return false;
    }

    /// <summary>webpack's checkMinSize: no type of <paramref name="sizes"/> (that has a size) is below this limit.</summary>
    public bool IsMetBy(double[] sizes)
    {
        for (var i = 0; i < Types.Length; i++)
        {
            var size = SizeOf(sizes, Types[i]);
            if (size != 0 && size < Values[i]) return false;
        }
        return true;
    }

    /// <summary>webpack's checkMinSizeReduction: each size times <paramref name="chunkCount"/> reaches this limit.</summary>
    public bool IsReductionMetBy(double[] sizes, int chunkCount)
    {
        for (var i = 0; i < Types.Length; i++)
        {
            var size = SizeOf(sizes, Types[i]);
            if (size != 0 && size * chunkCount < Values[i]) return false;
        }
        return true;
    }

    /// <summary>webpack's getViolatingMinSizes: the types of <paramref name="sizes"/> below this limit, or null.</summary>
    public List<int>? Violations(double[] sizes)
    {
        List<int>? list = null;
        for (var i = 0; i < Types.Length; i++)
        {
            var size = SizeOf(sizes, Types[i]);
            if (size != 0 && size < Values[i])
                (list ??= []).Add(Types[i]);
        }
        return list;
    }

    /// <summary>The size of <paramref name="type"/> in a dense sizes array (0 past its end).</summary>
    public static double SizeOf(double[] sizes, int type) => type < sizes.Length ? sizes[type] : 0;

    /// <summary>webpack's totalSize.</summary>
    public static double Total(double[] sizes)
    {
        double total = 0;
        foreach (var size in sizes)
            total += size;
        return total;
    }
}
