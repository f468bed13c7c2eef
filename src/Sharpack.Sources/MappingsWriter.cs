// Follows webpack-sources lib/helpers/createMappingsSerializer.js (createMappingsWriter): turns
// the positions of a chunk stream into the "mappings" string, with webpack's rules for what to
// leave out, so our maps are char-for-char webpack's:
// - full mode: a mapping that repeats the active original position on the same line (and
//   carries no name) is dropped; a generated-only mapping is written only to end an active one;
// - lines-only mode: at most one mapping per generated line, the first one with a source, at
//   column 0 with webpack's fixed ";AACA" shortcut for the common next-line case.
// Digits go into a pooled char buffer; the string is made once by ToString.

using System.Buffers;

namespace Sharpack.Sources;

/// <summary>Encodes a sequence of mappings, in generated order, into a source map "mappings" string.</summary>
public sealed class MappingsWriter : IDisposable
{
    private readonly bool _linesOnly;
    private char[] _buffer;
    private int _length;

    private int _currentLine = 1;
    private int _currentColumn;
    private int _currentSourceIndex;
    private int _currentOriginalLine = 1;
    private int _currentOriginalColumn;
    private int _currentNameIndex;
    private bool _activeMapping;
    private bool _activeName;
    private bool _initial = true;
    private int _lastWrittenLine;

    /// <summary>Creates a writer; <paramref name="linesOnly"/> keeps only the first mapping with a source on each line.</summary>
    public MappingsWriter(bool linesOnly = false)
    {
        _linesOnly = linesOnly;
        _buffer = ArrayPool<char>.Shared.Rent(1024);
    }

    /// <summary>The number of chars written so far.</summary>
    public int Length => _length;

    /// <summary>
    /// Adds one mapping. Lines are 1-based, columns 0-based; a negative
    /// <paramref name="sourceIndex"/> means a generated-only position, a negative
    /// <paramref name="nameIndex"/> no name.
    /// </summary>
    public void Add(int generatedLine, int generatedColumn, int sourceIndex, int originalLine, int originalColumn, int nameIndex)
    {
        if (_linesOnly)
        {
            AddLine(generatedLine, sourceIndex, originalLine);
            return;
        }
        if (_activeMapping && _currentLine == generatedLine)
        {
            // Avoid repeating the active original mapping.
            if (sourceIndex == _currentSourceIndex && originalLine == _currentOriginalLine &&
                originalColumn == _currentOriginalColumn && !_activeName && nameIndex < 0)
            {
                return;
            }
        }
        else if (sourceIndex < 0)
        {
            // No mapping is active, so a generated-only mapping would say nothing.
            return;
        }

        var lineDiff = generatedLine - _currentLine;
        var buffer = Reserve((lineDiff > 0 ? lineDiff : 1) + (5 * Vlq.MaxDigits));
        if (lineDiff > 0)
        {
            buffer.AsSpan(_length, lineDiff).Fill(';');
            _length += lineDiff;
            _currentLine = generatedLine;
            _currentColumn = 0;
            _initial = false;
        }
        else if (_initial)
        {
            _initial = false;
        }
        else
        {
            buffer[_length++] = ',';
        }

        WriteValue(buffer, generatedColumn - _currentColumn);
        _currentColumn = generatedColumn;
        if (sourceIndex >= 0)
        {
            _activeMapping = true;
            if (sourceIndex == _currentSourceIndex)
            {
                buffer[_length++] = 'A';
            }
            else
            {
                WriteValue(buffer, sourceIndex - _currentSourceIndex);
                _currentSourceIndex = sourceIndex;
            }
            WriteValue(buffer, originalLine - _currentOriginalLine);
            _currentOriginalLine = originalLine;
            if (originalColumn == _currentOriginalColumn)
            {
                buffer[_length++] = 'A';
            }
            else
            {
                WriteValue(buffer, originalColumn - _currentOriginalColumn);
                _currentOriginalColumn = originalColumn;
            }
            if (nameIndex >= 0)
            {
                WriteValue(buffer, nameIndex - _currentNameIndex);
                _currentNameIndex = nameIndex;
                _activeName = true;
            }
            else
            {
                _activeName = false;
            }
        }
        else
        {
            _activeMapping = false;
        }
    }

    /// <summary>The mappings written so far.</summary>
    public override string ToString() => new(_buffer, 0, _length);

    /// <summary>Returns the buffer to the pool; the writer must not be used afterwards.</summary>
    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private void AddLine(int generatedLine, int sourceIndex, int originalLine)
    {
        if (sourceIndex < 0 || _lastWrittenLine == generatedLine)
        {
            // No generated-only mappings, and one mapping per line.
            return;
        }
        _lastWrittenLine = generatedLine;
        var lineDiff = Math.Max(0, generatedLine - _currentLine);
        var buffer = Reserve(lineDiff + 4 + (2 * Vlq.MaxDigits));
        buffer.AsSpan(_length, lineDiff).Fill(';');
        _length += lineDiff;
        _currentLine = generatedLine;
        buffer[_length++] = 'A';
        if (sourceIndex == _currentSourceIndex)
        {
            buffer[_length++] = 'A';
            if (originalLine == _currentOriginalLine + 1)
            {
                _currentOriginalLine = originalLine;
                buffer[_length++] = 'C';
                buffer[_length++] = 'A';
                return;
            }
        }
        else
        {
            WriteValue(buffer, sourceIndex - _currentSourceIndex);
            _currentSourceIndex = sourceIndex;
        }
        WriteValue(buffer, originalLine - _currentOriginalLine);
        _currentOriginalLine = originalLine;
        buffer[_length++] = 'A';
    }

    private void WriteValue(char[] buffer, int value) => _length += Vlq.Encode(value, buffer.AsSpan(_length));

    private char[] Reserve(int count)
    {
        if (_length + count <= _buffer.Length)
        {
            return _buffer;
        }
        var next = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + count));
        _buffer.AsSpan(0, _length).CopyTo(next);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = next;
        return next;
    }
}
