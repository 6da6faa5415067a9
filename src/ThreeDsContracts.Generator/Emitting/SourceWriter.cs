using System;
using System.Text;

namespace ThreeDsContracts.Generator.Emitting;

/// <summary>Indentation-aware text builder for generated C# (no syntax trees, no NormalizeWhitespace).</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length == 0)
        {
            _builder.Append('\n');
            return this;
        }

        _builder.Append(' ', _indent * 4).Append(text).Append('\n');
        return this;
    }

    public SourceWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>An XML doc summary, one line per source line.</summary>
    public SourceWriter Summary(string? text, string? fallback = null)
    {
        string? content = string.IsNullOrWhiteSpace(text) ? fallback : text;
        if (content is null)
        {
            return this;
        }

        Line("/// <summary>");
        foreach (string line in content.Split('\n'))
        {
            Line("/// " + Parsing.Naming.XmlDoc(line.TrimEnd()));
        }

        return Line("/// </summary>");
    }

    public override string ToString() => _builder.ToString();
}
