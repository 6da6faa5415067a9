using System;
using System.Collections.Generic;

namespace ThreeDsContracts.IdeCheck;

/// <summary>The last lines of what the server wrote to stderr and what the client noted, shown when the check fails.</summary>
internal sealed class ServerLog
{
    private const int Kept = 60;
    private readonly Queue<string> _lines = new();

    public void Add(string line)
    {
        lock (_lines)
        {
            _lines.Enqueue(line);
            while (_lines.Count > Kept)
            {
                _lines.Dequeue();
            }
        }
    }

    public string Tail()
    {
        lock (_lines)
        {
            return string.Join(Environment.NewLine, _lines);
        }
    }
}
