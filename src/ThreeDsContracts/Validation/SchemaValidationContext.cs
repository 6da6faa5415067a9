using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace ThreeDsContracts.Validation;

/// <summary>
/// State of one generated <c>Validate()</c> walk: the JSON path as a stack of segments (turned into text only when a
/// finding is reported) and the findings (allocated at the first one). Instances are reused per thread, so a valid
/// payload is checked without allocating.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SchemaValidationContext
{
    [ThreadStatic]
    private static SchemaValidationContext? s_cached;

    private (string? Name, int Index)[] _segments = new (string?, int)[16];
    private int _depth;
    private List<ValidationFinding>? _findings;

    private SchemaValidationContext()
    {
    }

    /// <summary>Whether a finding of severity error was reported.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>A context for one walk (the thread's cached one when it is free).</summary>
    public static SchemaValidationContext Rent()
    {
        SchemaValidationContext? context = s_cached;
        if (context is null)
        {
            return new SchemaValidationContext();
        }

        s_cached = null;
        return context;
    }

    /// <summary>Ends the walk: the findings (a shared empty list when there are none); the context is reused.</summary>
    public IReadOnlyList<ValidationFinding> Complete()
    {
        IReadOnlyList<ValidationFinding> findings = _findings ?? (IReadOnlyList<ValidationFinding>)Array.Empty<ValidationFinding>();
        Reset();
        return findings;
    }

    /// <summary>Ends the walk: the findings in a new list the caller may add to; the context is reused.</summary>
    public List<ValidationFinding> CompleteList()
    {
        List<ValidationFinding> findings = _findings ?? new List<ValidationFinding>();
        Reset();
        return findings;
    }

    /// <summary>Steps into a property.</summary>
    public void Enter(string wireName) => Push(wireName, 0);

    /// <summary>Steps into an array item.</summary>
    public void Enter(int index) => Push(null, index);

    /// <summary>Steps back out of the last <see cref="Enter(string)"/> or <see cref="Enter(int)"/>.</summary>
    public void Leave() => _depth--;

    /// <summary>Reports a violated keyword at the current path (or at its property <paramref name="wireName"/>).</summary>
    /// <param name="wireName">The property the finding is about, or null for the current value itself.</param>
    /// <param name="keyword">The JSON Schema keyword (maxLength, pattern, required, …): the finding's rule id.</param>
    /// <param name="message">What is wrong, from the schema only (never the value).</param>
    /// <param name="severity">Error, or notice for a code outside a preserved list.</param>
    public void Report(string? wireName, string keyword, string message, FindingSeverity severity = FindingSeverity.Error)
    {
        string path = Path();
        if (wireName is not null)
        {
            path = Paths.Property(path, wireName);
        }

        (_findings ??= new List<ValidationFinding>()).Add(new ValidationFinding(keyword, path, message, severity));
        HasErrors |= severity == FindingSeverity.Error;
    }

    /// <summary>Reports a violated keyword at item <paramref name="index"/> of the current array.</summary>
    public void ReportItem(int index, string keyword, string message)
    {
        (_findings ??= new List<ValidationFinding>()).Add(new ValidationFinding(keyword, Paths.Index(Path(), index), message));
        HasErrors = true;
    }

    private void Push(string? name, int index)
    {
        if (_depth == _segments.Length)
        {
            Array.Resize(ref _segments, _segments.Length * 2);
        }

        _segments[_depth++] = (name, index);
    }

    private string Path()
    {
        string path = "$";
        for (int i = 0; i < _depth; i++)
        {
            (string? name, int index) = _segments[i];
            path = name is null ? Paths.Index(path, index) : Paths.Property(path, name);
        }

        return path;
    }

    private void Reset()
    {
        _findings = null;
        _depth = 0;
        HasErrors = false;
        s_cached = this;
    }
}
