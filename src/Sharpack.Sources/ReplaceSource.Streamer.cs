// Follows webpack-sources lib/ReplaceSource.js (streamChunks): walks the chunks of the edited
// source and the sorted edits together. A chunk before the next edit passes through; an edit
// inside a chunk splits it, emits the edit's content (one chunk per line of it) at the
// original position where the chunk part before it ended, and skips the replaced text, which
// may run over several chunks and lines. Generated positions are corrected by a line offset
// and a column offset valid for one line (generatedColumnOffsetLine). The statement order,
// including webpack's quirks (an edit without a name keeps the inner chunk's unmapped name
// index), is kept as in webpack so maps agree mapping for mapping.

using Sharpack.Sources.Helpers;

namespace Sharpack.Sources;

public sealed partial class ReplaceSource
{
    private sealed class Streamer(Edit[] edits, int count, IStreamChunksHandler handler, bool finalSource) : IStreamChunksHandler
    {
        private readonly List<string?> _sourceContents = [];
        private readonly List<LineIndex?> _sourceContentLines = [];
        private readonly IndexMap _nameMapping = new();
        private IntList _nameIndexMapping = new(-1);

        private int _pos;
        private int _i;
        private int _replacementEnd = -1;
        private int _nextReplacement = count > 0 ? edits[0].Start : MaxSourcePosition;
        private int _generatedLineOffset;
        private int _generatedColumnOffset;
        private int _generatedColumnOffsetLine;

        public void OnChunk(ReadOnlySpan<char> chunk, int generatedLine, int generatedColumn, int sourceIndex, int originalLine, int originalColumn, int nameIndex)
        {
            var chunkPos = 0;
            var endPos = _pos + chunk.Length;

            // Skip over what has been replaced.
            if (_replacementEnd > _pos)
            {
                if (_replacementEnd >= endPos)
                {
                    // The whole chunk.
                    var line = generatedLine + _generatedLineOffset;
                    if (EndsWithNewline(chunk))
                    {
                        _generatedLineOffset--;
                        if (_generatedColumnOffsetLine == line)
                        {
                            // Undo the corrections of the current line.
                            _generatedColumnOffset += generatedColumn;
                        }
                    }
                    else if (_generatedColumnOffsetLine == line)
                    {
                        _generatedColumnOffset -= chunk.Length;
                    }
                    else
                    {
                        _generatedColumnOffset = -chunk.Length;
                        _generatedColumnOffsetLine = line;
                    }
                    _pos = endPos;
                    return;
                }

                // Part of the chunk.
                chunkPos = _replacementEnd - _pos;
                if (CheckOriginalContent(sourceIndex, originalLine, originalColumn, chunk[..chunkPos]))
                {
                    originalColumn += chunkPos;
                }
                _pos += chunkPos;
                var partLine = generatedLine + _generatedLineOffset;
                if (_generatedColumnOffsetLine == partLine)
                {
                    _generatedColumnOffset -= chunkPos;
                }
                else
                {
                    _generatedColumnOffset = -chunkPos;
                    _generatedColumnOffsetLine = partLine;
                }
                generatedColumn += chunkPos;
            }

            // Edits inside the chunk.
            if (_nextReplacement < endPos)
            {
                do
                {
                    var line = generatedLine + _generatedLineOffset;
                    if (_nextReplacement > _pos)
                    {
                        // The chunk up to the edit.
                        var offset = _nextReplacement - _pos;
                        var chunkSlice = chunk.Slice(chunkPos, offset);
                        handler.OnChunk(
                            finalSource ? default : chunkSlice,
                            line,
                            generatedColumn + ColumnOffset(line),
                            sourceIndex,
                            originalLine,
                            originalColumn,
                            nameIndex < 0 || nameIndex >= _nameIndexMapping.Count ? -1 : _nameIndexMapping.Get(nameIndex));
                        generatedColumn += offset;
                        chunkPos += offset;
                        _pos = _nextReplacement;
                        if (CheckOriginalContent(sourceIndex, originalLine, originalColumn, chunkSlice))
                        {
                            originalColumn += chunkSlice.Length;
                        }
                    }

                    // The edit's content, one chunk per line.
                    ref readonly var edit = ref edits[_i];
                    var content = edit.Content;
                    var replacementNameIndex = nameIndex;
                    if (sourceIndex >= 0 && !string.IsNullOrEmpty(edit.Name))
                    {
                        replacementNameIndex = GlobalNameIndex(edit.Name);
                    }
                    if (content.Length > 0 && !content.Contains('\n'))
                    {
                        handler.OnChunk(
                            finalSource ? default : content,
                            line,
                            generatedColumn + ColumnOffset(line),
                            sourceIndex,
                            originalLine,
                            originalColumn,
                            replacementNameIndex);
                        AddColumnOffset(line, content.Length);
                    }
                    else if (content.Length > 0)
                    {
                        EmitLines(content, ref line, generatedColumn, sourceIndex, originalLine, originalColumn, replacementNameIndex);
                    }

                    // What the edit replaced is skipped from now on.
                    _replacementEnd = Math.Max(_replacementEnd, edit.End + 1);
                    _i++;
                    _nextReplacement = _i < count ? edits[_i].Start : MaxSourcePosition;

                    var skip = chunk.Length - endPos + _replacementEnd - chunkPos;
                    if (skip > 0)
                    {
                        if (_replacementEnd >= endPos)
                        {
                            // The rest of the chunk.
                            var restLine = generatedLine + _generatedLineOffset;
                            if (EndsWithNewline(chunk))
                            {
                                _generatedLineOffset--;
                                if (_generatedColumnOffsetLine == restLine)
                                {
                                    _generatedColumnOffset += generatedColumn;
                                }
                            }
                            else if (_generatedColumnOffsetLine == restLine)
                            {
                                _generatedColumnOffset -= chunk.Length - chunkPos;
                            }
                            else
                            {
                                _generatedColumnOffset = chunkPos - chunk.Length;
                                _generatedColumnOffsetLine = restLine;
                            }
                            _pos = endPos;
                            return;
                        }

                        // Part of the chunk.
                        var partLine = generatedLine + _generatedLineOffset;
                        if (CheckOriginalContent(sourceIndex, originalLine, originalColumn, chunk.Slice(chunkPos, skip)))
                        {
                            originalColumn += skip;
                        }
                        chunkPos += skip;
                        _pos += skip;
                        if (_generatedColumnOffsetLine == partLine)
                        {
                            _generatedColumnOffset -= skip;
                        }
                        else
                        {
                            _generatedColumnOffset = -skip;
                            _generatedColumnOffsetLine = partLine;
                        }
                        generatedColumn += skip;
                    }
                }
                while (_nextReplacement < endPos);
            }

            // The rest of the chunk.
            if (chunkPos < chunk.Length)
            {
                var line = generatedLine + _generatedLineOffset;
                handler.OnChunk(
                    finalSource ? default : chunk[chunkPos..],
                    line,
                    generatedColumn + ColumnOffset(line),
                    sourceIndex,
                    originalLine,
                    originalColumn,
                    nameIndex < 0 ? -1 : _nameIndexMapping.Get(nameIndex));
            }
            _pos = endPos;
        }

        public void OnSource(int sourceIndex, string? source, string? sourceContent)
        {
            if (sourceIndex >= 0)
            {
                while (_sourceContents.Count <= sourceIndex)
                {
                    _sourceContents.Add(null);
                    _sourceContentLines.Add(null);
                }
                _sourceContents[sourceIndex] = sourceContent;
                _sourceContentLines[sourceIndex] = null;
            }
            handler.OnSource(sourceIndex, source, sourceContent);
        }

        public void OnName(int nameIndex, string name) => _nameIndexMapping.Set(nameIndex, GlobalNameIndex(name));

        /// <summary>Emits the edits after the end of the edited source and returns where the output ends.</summary>
        public GeneratedSourceInfo Finish(GeneratedSourceInfo info)
        {
            var line = info.GeneratedLine + _generatedLineOffset;
            if (_i < count)
            {
                var remainder = _i + 1 == count ? edits[_i].Content : ConcatRemaining();
                if (remainder.Length > 0 && !remainder.Contains('\n'))
                {
                    handler.OnChunk(finalSource ? default : remainder, line, info.GeneratedColumn + ColumnOffset(line), -1, -1, -1, -1);
                    AddColumnOffset(line, remainder.Length);
                }
                else if (remainder.Length > 0)
                {
                    EmitLines(remainder, ref line, info.GeneratedColumn, -1, -1, -1, -1);
                }
            }
            return new GeneratedSourceInfo(line, info.GeneratedColumn + ColumnOffset(line));
        }

        private string ConcatRemaining()
        {
            var parts = new string[count - _i];
            for (var k = _i; k < count; k++)
            {
                parts[k - _i] = edits[k].Content;
            }
            _i = count;
            return string.Concat(parts);
        }

        // Emits multi-line content, one chunk per line (each with its '\n'); only the first
        // carries the name. Moves the line and column corrections past the content.
        private void EmitLines(string content, ref int line, int generatedColumn, int sourceIndex, int originalLine, int originalColumn, int nameIndex)
        {
            var rest = content.AsSpan();
            while (!rest.IsEmpty)
            {
                var newline = rest.IndexOf('\n');
                var contentLine = newline < 0 ? rest : rest[..(newline + 1)];
                rest = rest[contentLine.Length..];
                handler.OnChunk(
                    finalSource ? default : contentLine,
                    line,
                    generatedColumn + ColumnOffset(line),
                    sourceIndex,
                    originalLine,
                    originalColumn,
                    nameIndex);
                nameIndex = -1;
                if (rest.IsEmpty && newline < 0)
                {
                    AddColumnOffset(line, contentLine.Length);
                }
                else
                {
                    _generatedLineOffset++;
                    line++;
                    _generatedColumnOffset = -generatedColumn;
                    _generatedColumnOffsetLine = line;
                }
            }
        }

        private int ColumnOffset(int line) => line == _generatedColumnOffsetLine ? _generatedColumnOffset : 0;

        private void AddColumnOffset(int line, int length)
        {
            if (_generatedColumnOffsetLine == line)
            {
                _generatedColumnOffset += length;
            }
            else
            {
                _generatedColumnOffset = length;
                _generatedColumnOffsetLine = line;
            }
        }

        private int GlobalNameIndex(string name)
        {
            if (!_nameMapping.TryGet(name, out var index))
            {
                index = _nameMapping.AddNext(name);
                handler.OnName(index, name);
            }
            return index;
        }

        // Whether the original source really has `expected` at (line, column), in which case the
        // original column may advance past it (a chunk is not always an identity mapping).
        private bool CheckOriginalContent(int sourceIndex, int line, int column, ReadOnlySpan<char> expected)
        {
            if (sourceIndex < 0 || sourceIndex >= _sourceContents.Count || _sourceContents[sourceIndex] is not { } content)
            {
                return false;
            }
            var lines = _sourceContentLines[sourceIndex] ??= LineIndex.Create(content);
            if (line < 1 || line > lines.Count || column < 0)
            {
                return false;
            }
            var lineStart = lines.Start(line - 1);
            if (column + expected.Length > lines.End(line - 1) - lineStart)
            {
                return false;
            }
            return content.AsSpan(lineStart + column).StartsWith(expected);
        }

        private static bool EndsWithNewline(ReadOnlySpan<char> chunk) => !chunk.IsEmpty && chunk[^1] == '\n';
    }
}
