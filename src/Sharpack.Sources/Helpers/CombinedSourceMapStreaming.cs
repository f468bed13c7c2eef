// Follows webpack-sources lib/helpers/streamChunksOfCombinedSourceMap.js: streams generated
// text through its map, and every chunk that maps into the intermediate source (the outer
// map's source named innerSourceName) is looked up in the inner map (binary search per line)
// and re-pointed at the inner map's original. If the chunk starts inside an inner mapping and
// the inner original really contains the same text, the original column moves by that much.
// Names come from the inner map, or from the outer map when the inner original has that name
// at the position. Sources and names are renumbered into one table as they are first used.
// webpack's statement order and quirks are kept (for instance, the fallback for an untraced
// mapping registers the intermediate source under the generated text as key).

namespace Sharpack.Sources.Helpers;

internal static class CombinedSourceMapStreaming
{
    public static GeneratedSourceInfo Stream(
        string source,
        SourceMap sourceMap,
        string innerSourceName,
        string? innerSource,
        SourceMap innerSourceMap,
        bool removeInnerSource,
        IStreamChunksHandler handler,
        bool finalSource,
        bool columns)
    {
        var combiner = new Combiner(source, innerSourceName, innerSource, innerSourceMap, removeInnerSource, handler, columns);
        return SourceMapStreaming.Stream(source, sourceMap, combiner, finalSource, columns);
    }

    private sealed class InnerLine
    {
        // Five ints per mapping: generatedColumn, sourceIndex, originalLine, originalColumn, nameIndex.
        public List<int> Data { get; } = [];

        public List<string> Chunks { get; } = [];
    }

    private sealed class Combiner(
        string source,
        string innerSourceName,
        string? innerSource,
        SourceMap innerSourceMap,
        bool removeInnerSource,
        IStreamChunksHandler handler,
        bool columns) : IStreamChunksHandler
    {
        private readonly IndexMap _sourceMapping = new();
        private readonly IndexMap _nameMapping = new();
        private readonly List<string> _nameIndexValueMapping = [];
        private readonly List<InnerLine> _innerLines = [];
        private readonly List<(string? Source, string? Content)> _innerSourceIndexValueMapping = [];
        private readonly List<string?> _innerSourceContents = [];
        private readonly List<LineIndex?> _innerSourceContentLines = [];
        private readonly List<string> _innerNameIndexValueMapping = [];
        private IntList _sourceIndexMapping = new(-1);
        private IntList _nameIndexMapping = new(-1);
        private IntList _innerSourceIndexMapping = new(-2);
        private IntList _innerNameIndexMapping = new(-2);
        private int _outerSourceIndex = -2;
        private string? _innerSource = innerSource;

        public void OnChunk(ReadOnlySpan<char> chunk, int generatedLine, int generatedColumn, int sourceIndex, int originalLine, int originalColumn, int nameIndex)
        {
            if (sourceIndex == _outerSourceIndex)
            {
                // A mapping into the intermediate source: trace it through the inner map.
                var idx = FindInnerMapping(originalLine, originalColumn);
                if (idx != -1)
                {
                    var innerLine = _innerLines[originalLine - 1];
                    var data = innerLine.Data;
                    var mi = idx * 5;
                    var innerSourceIndex = data[mi + 1];
                    var innerOriginalLine = data[mi + 2];
                    var innerOriginalColumn = data[mi + 3];
                    var innerNameIndex = data[mi + 4];
                    if (innerSourceIndex >= 0)
                    {
                        // An identity mapping lets the original column move with the chunk.
                        var innerChunk = innerLine.Chunks[idx];
                        var locationInChunk = originalColumn - data[mi];
                        if (locationInChunk > 0)
                        {
                            var lines = GetInnerSourceLines(innerSourceIndex);
                            if (lines is not null)
                            {
                                var originalChunk = innerOriginalLine <= lines.Count && innerOriginalLine >= 1
                                    ? lines.Slice(innerOriginalLine - 1, innerOriginalColumn, innerOriginalColumn + locationInChunk)
                                    : default;
                                if (JsSlice(innerChunk, 0, locationInChunk).SequenceEqual(originalChunk))
                                {
                                    innerOriginalColumn += locationInChunk;
                                    innerNameIndex = -1;
                                }
                            }
                        }

                        var globalSourceIndex = _innerSourceIndexMapping.Get(innerSourceIndex);
                        if (globalSourceIndex == -2)
                        {
                            var (innerSourceNameValue, innerSourceContent) = innerSourceIndex < _innerSourceIndexValueMapping.Count
                                ? _innerSourceIndexValueMapping[innerSourceIndex]
                                : (null, null);
                            if (!_sourceMapping.TryGet(innerSourceNameValue, out globalSourceIndex))
                            {
                                globalSourceIndex = _sourceMapping.AddNext(innerSourceNameValue);
                                handler.OnSource(globalSourceIndex, innerSourceNameValue, innerSourceContent);
                            }
                            _innerSourceIndexMapping.Set(innerSourceIndex, globalSourceIndex);
                        }

                        var finalNameIndex = -1;
                        if (innerNameIndex >= 0)
                        {
                            // The inner map has a name.
                            finalNameIndex = _innerNameIndexMapping.Get(innerNameIndex);
                            if (finalNameIndex == -2)
                            {
                                var name = innerNameIndex < _innerNameIndexValueMapping.Count ? _innerNameIndexValueMapping[innerNameIndex] : null;
                                finalNameIndex = string.IsNullOrEmpty(name) ? -1 : GlobalName(name);
                                _innerNameIndexMapping.Set(innerNameIndex, finalNameIndex);
                            }
                        }
                        else if (nameIndex >= 0)
                        {
                            // No inner name, but an outer one: usable when the inner original has that text there.
                            var lines = GetInnerSourceLines(innerSourceIndex);
                            if (lines is not null)
                            {
                                var name = nameIndex < _nameIndexValueMapping.Count ? _nameIndexValueMapping[nameIndex] : "";
                                var originalName = innerOriginalLine <= lines.Count && innerOriginalLine >= 1
                                    ? lines.Slice(innerOriginalLine - 1, innerOriginalColumn, innerOriginalColumn + name.Length)
                                    : default;
                                if (originalName.SequenceEqual(name))
                                {
                                    finalNameIndex = _nameIndexMapping.Get(nameIndex);
                                    if (finalNameIndex == -2)
                                    {
                                        finalNameIndex = string.IsNullOrEmpty(name) ? -1 : GlobalName(name);
                                        _nameIndexMapping.Set(nameIndex, finalNameIndex);
                                    }
                                }
                            }
                        }
                        handler.OnChunk(chunk, generatedLine, generatedColumn, globalSourceIndex, innerOriginalLine, innerOriginalColumn, finalNameIndex);
                        return;
                    }
                }

                // A mapping into the intermediate source that the inner map does not trace.
                if (removeInnerSource)
                {
                    handler.OnChunk(chunk, generatedLine, generatedColumn, -1, -1, -1, -1);
                    return;
                }
                if (_sourceIndexMapping.Get(sourceIndex) == -2)
                {
                    if (!_sourceMapping.TryGet(innerSourceName, out var globalIndex))
                    {
                        // webpack registers this entry under the generated text, not the name.
                        globalIndex = _sourceMapping.AddNext(source);
                        handler.OnSource(globalIndex, innerSourceName, _innerSource);
                    }
                    _sourceIndexMapping.Set(sourceIndex, globalIndex);
                }
            }

            var finalSourceIndex = sourceIndex < 0 ? -1 : _sourceIndexMapping.Get(sourceIndex);
            if (finalSourceIndex < 0)
            {
                handler.OnChunk(chunk, generatedLine, generatedColumn, -1, -1, -1, -1);
                return;
            }
            var finalName = -1;
            if (nameIndex >= 0 && nameIndex < _nameIndexMapping.Count)
            {
                finalName = _nameIndexMapping.Get(nameIndex);
                if (finalName == -2)
                {
                    finalName = GlobalName(_nameIndexValueMapping[nameIndex]);
                    _nameIndexMapping.Set(nameIndex, finalName);
                }
            }
            handler.OnChunk(chunk, generatedLine, generatedColumn, finalSourceIndex, originalLine, originalColumn, finalName);
        }

        public void OnSource(int sourceIndex, string? sourceName, string? sourceContent)
        {
            if (sourceName == innerSourceName)
            {
                _outerSourceIndex = sourceIndex;
                if (_innerSource is not null)
                {
                    sourceContent = _innerSource;
                }
                else
                {
                    _innerSource = sourceContent;
                }
                _sourceIndexMapping.Set(sourceIndex, -2);
                SourceMapStreaming.Stream(sourceContent ?? "", innerSourceMap, new InnerCollector(this), finalSource: false, columns);
                return;
            }
            if (!_sourceMapping.TryGet(sourceName, out var globalIndex))
            {
                globalIndex = _sourceMapping.AddNext(sourceName);
                handler.OnSource(globalIndex, sourceName, sourceContent);
            }
            _sourceIndexMapping.Set(sourceIndex, globalIndex);
        }

        public void OnName(int nameIndex, string name)
        {
            _nameIndexMapping.Set(nameIndex, -2);
            SetAt(_nameIndexValueMapping, nameIndex, name);
        }

        private int GlobalName(string name)
        {
            if (!_nameMapping.TryGet(name, out var globalIndex))
            {
                globalIndex = _nameMapping.AddNext(name);
                handler.OnName(globalIndex, name);
            }
            return globalIndex;
        }

        private LineIndex? GetInnerSourceLines(int innerSourceIndex)
        {
            if (innerSourceIndex >= _innerSourceContentLines.Count)
            {
                return null;
            }
            if (_innerSourceContentLines[innerSourceIndex] is { } lines)
            {
                return lines;
            }
            var content = _innerSourceContents[innerSourceIndex];
            if (string.IsNullOrEmpty(content))
            {
                return null;
            }
            return _innerSourceContentLines[innerSourceIndex] = LineIndex.Create(content);
        }

        private int FindInnerMapping(int line, int column)
        {
            if (line < 1 || line > _innerLines.Count)
            {
                return -1;
            }
            var data = _innerLines[line - 1].Data;
            var l = 0;
            var r = data.Count / 5;
            while (l < r)
            {
                var m = (l + r) >> 1;
                if (data[m * 5] <= column)
                {
                    l = m + 1;
                }
                else
                {
                    r = m;
                }
            }
            return l - 1;
        }

        private static ReadOnlySpan<char> JsSlice(string text, int start, int end)
        {
            start = Math.Clamp(start, 0, text.Length);
            end = Math.Clamp(end, 0, text.Length);
            return end <= start ? default : text.AsSpan(start, end - start);
        }

        private static void SetAt<T>(List<T> list, int index, T value)
        {
            if (index < 0)
            {
                return;
            }
            while (list.Count <= index)
            {
                list.Add(default!);
            }
            list[index] = value;
        }

        // Records the inner map's chunks per generated line of the intermediate source.
        private sealed class InnerCollector(Combiner owner) : IStreamChunksHandler
        {
            public void OnChunk(ReadOnlySpan<char> chunk, int generatedLine, int generatedColumn, int sourceIndex, int originalLine, int originalColumn, int nameIndex)
            {
                var lines = owner._innerLines;
                while (lines.Count < generatedLine)
                {
                    lines.Add(new InnerLine());
                }
                var line = lines[generatedLine - 1];
                line.Data.Add(generatedColumn);
                line.Data.Add(sourceIndex);
                line.Data.Add(originalLine);
                line.Data.Add(originalColumn);
                line.Data.Add(nameIndex);
                line.Chunks.Add(chunk.ToString());
            }

            public void OnSource(int sourceIndex, string? source, string? sourceContent)
            {
                SetAt(owner._innerSourceContents, sourceIndex, sourceContent);
                SetAt(owner._innerSourceContentLines, sourceIndex, null);
                owner._innerSourceIndexMapping.Set(sourceIndex, -2);
                SetAt(owner._innerSourceIndexValueMapping, sourceIndex, (source, sourceContent));
            }

            public void OnName(int nameIndex, string name)
            {
                owner._innerNameIndexMapping.Set(nameIndex, -2);
                SetAt(owner._innerNameIndexValueMapping, nameIndex, name);
            }
        }
    }
}
