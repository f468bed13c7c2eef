// Follows webpack-sources lib/helpers/streamChunksOfSourceMap.js: turns generated text plus its
// map back into a chunk stream. Four variants, as in webpack: with or without columns, and
// with chunk text or positions only (final source). With text, each mapping's chunk runs to
// the next mapping or the end of the line; text not covered by a mapping goes out unmapped.

namespace Sharpack.Sources.Helpers;

internal static class SourceMapStreaming
{
    public static GeneratedSourceInfo Stream(string source, SourceMap map, IStreamChunksHandler handler, bool finalSource, bool columns)
    {
        if (columns)
        {
            return finalSource ? StreamFinal(source, map, handler) : StreamFull(source, map, handler);
        }
        return finalSource ? StreamLinesFinal(source, map, handler) : StreamLinesFull(source, map, handler);
    }

    private static void AnnounceSources(SourceMap map, IStreamChunksHandler handler)
    {
        for (var i = 0; i < map.Sources.Count; i++)
        {
            handler.OnSource(i, map.GetSource(i), map.GetSourceContent(i));
        }
    }

    private static void AnnounceNames(SourceMap map, IStreamChunksHandler handler)
    {
        for (var i = 0; i < map.Names.Count; i++)
        {
            handler.OnName(i, map.Names[i] ?? "");
        }
    }

    private static GeneratedSourceInfo StreamFull(string source, SourceMap map, IStreamChunksHandler handler)
    {
        var lines = LineIndex.Create(source);
        if (lines.Count == 0)
        {
            return new GeneratedSourceInfo(1, 0);
        }
        AnnounceSources(map, handler);
        AnnounceNames(map, handler);
        var lastLine = lines.Line(lines.Count - 1);
        var lastNewLine = lastLine[^1] == '\n';
        var finalLine = lastNewLine ? lines.Count + 1 : lines.Count;
        var finalColumn = lastNewLine ? 0 : lastLine.Length;
        var visitor = new FullVisitor(lines, handler, finalLine, finalColumn);
        MappingsReader.Read(map.Mappings, visitor);
        visitor.OnMapping(finalLine, finalColumn, -1, -1, -1, -1);
        return new GeneratedSourceInfo(finalLine, finalColumn);
    }

    private static GeneratedSourceInfo StreamLinesFull(string source, SourceMap map, IStreamChunksHandler handler)
    {
        var lines = LineIndex.Create(source);
        if (lines.Count == 0)
        {
            return new GeneratedSourceInfo(1, 0);
        }
        AnnounceSources(map, handler);
        var visitor = new LinesFullVisitor(lines, handler);
        MappingsReader.Read(map.Mappings, visitor);
        for (; visitor.CurrentGeneratedLine <= lines.Count; visitor.CurrentGeneratedLine++)
        {
            handler.OnChunk(lines.Line(visitor.CurrentGeneratedLine - 1), visitor.CurrentGeneratedLine, 0, -1, -1, -1, -1);
        }
        var lastLine = lines.Line(lines.Count - 1);
        var lastNewLine = lastLine[^1] == '\n';
        return new GeneratedSourceInfo(lastNewLine ? lines.Count + 1 : lines.Count, lastNewLine ? 0 : lastLine.Length);
    }

    private static GeneratedSourceInfo StreamFinal(string source, SourceMap map, IStreamChunksHandler handler)
    {
        var result = GeneratedSourceInfo.Of(source);
        if (result.GeneratedLine == 1 && result.GeneratedColumn == 0)
        {
            return result;
        }
        AnnounceSources(map, handler);
        AnnounceNames(map, handler);
        MappingsReader.Read(map.Mappings, new FinalVisitor(handler, result.GeneratedLine, result.GeneratedColumn));
        return result;
    }

    private static GeneratedSourceInfo StreamLinesFinal(string source, SourceMap map, IStreamChunksHandler handler)
    {
        var result = GeneratedSourceInfo.Of(source);
        if (result.GeneratedLine == 1 && result.GeneratedColumn == 0)
        {
            return result;
        }
        AnnounceSources(map, handler);
        var finalLine = result.GeneratedColumn == 0 ? result.GeneratedLine - 1 : result.GeneratedLine;
        MappingsReader.Read(map.Mappings, new LinesFinalVisitor(handler, finalLine));
        return result;
    }

    private sealed class FullVisitor(LineIndex lines, IStreamChunksHandler handler, int finalLine, int finalColumn) : IMappingVisitor
    {
        private int _currentGeneratedLine = 1;
        private int _currentGeneratedColumn;
        private bool _mappingActive;
        private int _activeSourceIndex = -1;
        private int _activeOriginalLine = -1;
        private int _activeOriginalColumn = -1;
        private int _activeNameIndex = -1;

        public void OnMapping(int generatedLine, int generatedColumn, int sourceIndex, int originalLine, int originalColumn, int nameIndex)
        {
            var linesLength = lines.Count;
            if (_mappingActive && _currentGeneratedLine <= linesLength)
            {
                ReadOnlySpan<char> chunk;
                var mappingLine = _currentGeneratedLine;
                var mappingColumn = _currentGeneratedColumn;
                if (generatedLine != _currentGeneratedLine)
                {
                    chunk = lines.Slice(_currentGeneratedLine - 1, _currentGeneratedColumn);
                    _currentGeneratedLine++;
                    _currentGeneratedColumn = 0;
                }
                else
                {
                    chunk = lines.Slice(_currentGeneratedLine - 1, _currentGeneratedColumn, generatedColumn);
                    _currentGeneratedColumn = generatedColumn;
                }
                if (!chunk.IsEmpty)
                {
                    handler.OnChunk(chunk, mappingLine, mappingColumn, _activeSourceIndex, _activeOriginalLine, _activeOriginalColumn, _activeNameIndex);
                }
                _mappingActive = false;
            }
            if (generatedLine > _currentGeneratedLine && _currentGeneratedColumn > 0)
            {
                if (_currentGeneratedLine <= linesLength)
                {
                    handler.OnChunk(lines.Slice(_currentGeneratedLine - 1, _currentGeneratedColumn), _currentGeneratedLine, _currentGeneratedColumn, -1, -1, -1, -1);
                }
                _currentGeneratedLine++;
                _currentGeneratedColumn = 0;
            }
            while (generatedLine > _currentGeneratedLine && _currentGeneratedLine <= linesLength)
            {
                handler.OnChunk(lines.Line(_currentGeneratedLine - 1), _currentGeneratedLine, 0, -1, -1, -1, -1);
                _currentGeneratedLine++;
            }
            if (_currentGeneratedLine < generatedLine)
            {
                _currentGeneratedLine = generatedLine;
            }
            if (generatedColumn > _currentGeneratedColumn)
            {
                if (_currentGeneratedLine <= linesLength)
                {
                    handler.OnChunk(lines.Slice(_currentGeneratedLine - 1, _currentGeneratedColumn, generatedColumn), _currentGeneratedLine, _currentGeneratedColumn, -1, -1, -1, -1);
                }
                _currentGeneratedColumn = generatedColumn;
            }
            if (sourceIndex >= 0 && (generatedLine < finalLine || (generatedLine == finalLine && generatedColumn < finalColumn)))
            {
                _mappingActive = true;
                _activeSourceIndex = sourceIndex;
                _activeOriginalLine = originalLine;
                _activeOriginalColumn = originalColumn;
                _activeNameIndex = nameIndex;
            }
        }
    }

    private sealed class LinesFullVisitor(LineIndex lines, IStreamChunksHandler handler) : IMappingVisitor
    {
        public int CurrentGeneratedLine { get; set; } = 1;

        public void OnMapping(int generatedLine, int generatedColumn, int sourceIndex, int originalLine, int originalColumn, int nameIndex)
        {
            if (sourceIndex < 0 || generatedLine < CurrentGeneratedLine || generatedLine > lines.Count)
            {
                return;
            }
            while (generatedLine > CurrentGeneratedLine)
            {
                handler.OnChunk(lines.Line(CurrentGeneratedLine - 1), CurrentGeneratedLine, 0, -1, -1, -1, -1);
                CurrentGeneratedLine++;
            }
            handler.OnChunk(lines.Line(generatedLine - 1), generatedLine, 0, sourceIndex, originalLine, originalColumn, -1);
            CurrentGeneratedLine++;
        }
    }

    private sealed class FinalVisitor(IStreamChunksHandler handler, int finalLine, int finalColumn) : IMappingVisitor
    {
        private int _mappingActiveLine;

        public void OnMapping(int generatedLine, int generatedColumn, int sourceIndex, int originalLine, int originalColumn, int nameIndex)
        {
            if (generatedLine >= finalLine && (generatedColumn >= finalColumn || generatedLine > finalLine))
            {
                return;
            }
            if (sourceIndex >= 0)
            {
                handler.OnChunk(default, generatedLine, generatedColumn, sourceIndex, originalLine, originalColumn, nameIndex);
                _mappingActiveLine = generatedLine;
            }
            else if (_mappingActiveLine == generatedLine)
            {
                handler.OnChunk(default, generatedLine, generatedColumn, -1, -1, -1, -1);
                _mappingActiveLine = 0;
            }
        }
    }

    private sealed class LinesFinalVisitor(IStreamChunksHandler handler, int finalLine) : IMappingVisitor
    {
        private int _currentGeneratedLine = 1;

        public void OnMapping(int generatedLine, int generatedColumn, int sourceIndex, int originalLine, int originalColumn, int nameIndex)
        {
            if (sourceIndex >= 0 && _currentGeneratedLine <= generatedLine && generatedLine <= finalLine)
            {
                handler.OnChunk(default, generatedLine, 0, sourceIndex, originalLine, originalColumn, -1);
                _currentGeneratedLine = generatedLine + 1;
            }
        }
    }
}
