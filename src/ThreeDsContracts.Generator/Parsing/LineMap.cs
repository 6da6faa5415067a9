using System;
using System.Collections.Generic;
using System.Linq;
using ThreeDsContracts.Generator.Diagnostics;
using ThreeDsContracts.Generator.Model;

namespace ThreeDsContracts.Generator.Parsing;

/// <summary>Turns 1-based line/column pairs (Newtonsoft) into spans of the file.</summary>
internal sealed class LineMap
{
    private readonly List<int> _starts = new() { 0 };
    private readonly int _length;

    public LineMap(string text)
    {
        _length = text.Length;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _starts.Add(i + 1);
            }
        }
    }

    public DiagnosticInfo Create(string id, string path, int line, int column, string[] arguments)
    {
        int lineIndex = Math.Min(Math.Max(line - 1, 0), _starts.Count - 1);
        int lineStart = _starts[lineIndex];
        int lineEnd = lineIndex + 1 < _starts.Count ? _starts[lineIndex + 1] - 1 : _length;

        // Newtonsoft reports the position after the token; point at the token's line from its start.
        int columnIndex = Math.Min(Math.Max(column - 1, 0), Math.Max(lineEnd - lineStart, 0));
        int start = lineStart + columnIndex;
        return new DiagnosticInfo(id, path, start, 0, lineIndex, columnIndex, lineIndex, columnIndex, arguments.ToEquatableArray());
    }
}
