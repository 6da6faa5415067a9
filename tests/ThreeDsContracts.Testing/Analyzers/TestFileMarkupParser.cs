using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ThreeDsContracts.Testing.Analyzers;

/// <summary>Source text with its markup removed, and the spans and position the markup marked.</summary>
public sealed class MarkupResult
{
    public MarkupResult(string text, int? position, ImmutableArray<TextSpan> spans, ImmutableDictionary<string, ImmutableArray<TextSpan>> namedSpans)
    {
        Text = text;
        Position = position;
        Spans = spans;
        NamedSpans = namedSpans;
    }

    /// <summary>The source without markup.</summary>
    public string Text { get; }

    /// <summary>The <c>$$</c> position, if any.</summary>
    public int? Position { get; }

    /// <summary>The <c>[|…|]</c> spans, in order of their start.</summary>
    public ImmutableArray<TextSpan> Spans { get; }

    /// <summary>The <c>{|name:…|}</c> spans by name (<c>TDS1001</c>, <c>#0</c>).</summary>
    public ImmutableDictionary<string, ImmutableArray<TextSpan>> NamedSpans { get; }
}

/// <summary>
/// The markup of dotnet/roslyn-sdk's TestFileMarkupParser: <c>$$</c> marks a position, <c>[|text|]</c> an
/// unnamed span, <c>{|name:text|}</c> a named span (a diagnostic id, or <c>#0</c> for a location referred to
/// by <c>DiagnosticResult.WithLocation(0)</c>). Spans nest; an unnamed span closes the innermost open
/// unnamed span, <c>|}</c> the innermost open named span.
/// </summary>
public static class TestFileMarkupParser
{
    private const string PositionString = "$$";
    private const string SpanStartString = "[|";
    private const string SpanEndString = "|]";
    private const string NamedSpanStartString = "{|";
    private const string NamedSpanEndString = "|}";

    public static MarkupResult Parse(string input)
    {
        var output = new StringBuilder(input.Length);
        int? position = null;
        var spans = new List<TextSpan>();
        var named = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        var unnamedStack = new Stack<int>();
        var namedStack = new Stack<(string Name, int Start)>();

        int i = 0;
        while (i < input.Length)
        {
            if (Matches(input, i, PositionString))
            {
                if (position is not null)
                {
                    throw new ArgumentException($"The markup holds more than one {PositionString} (at offset {i}).", nameof(input));
                }

                position = output.Length;
                i += PositionString.Length;
            }
            else if (Matches(input, i, SpanStartString))
            {
                unnamedStack.Push(output.Length);
                i += SpanStartString.Length;
            }
            else if (Matches(input, i, NamedSpanStartString))
            {
                int colon = input.IndexOf(':', i + NamedSpanStartString.Length);
                if (colon < 0)
                {
                    throw new ArgumentException($"A named span at offset {i} has no ':' after its name.", nameof(input));
                }

                string name = input.Substring(i + NamedSpanStartString.Length, colon - i - NamedSpanStartString.Length);
                if (name.Length == 0 || name.IndexOfAny(new[] { '\n', '\r', ' ', '|', '{', '}' }) >= 0)
                {
                    throw new ArgumentException($"The named span at offset {i} has an invalid name '{name}'.", nameof(input));
                }

                namedStack.Push((name, output.Length));
                i = colon + 1;
            }
            else if (Matches(input, i, SpanEndString))
            {
                if (unnamedStack.Count == 0)
                {
                    throw new ArgumentException($"'{SpanEndString}' at offset {i} closes no span.", nameof(input));
                }

                int start = unnamedStack.Pop();
                spans.Add(TextSpan.FromBounds(start, output.Length));
                i += SpanEndString.Length;
            }
            else if (Matches(input, i, NamedSpanEndString))
            {
                if (namedStack.Count == 0)
                {
                    throw new ArgumentException($"'{NamedSpanEndString}' at offset {i} closes no named span.", nameof(input));
                }

                (string name, int start) = namedStack.Pop();
                if (!named.TryGetValue(name, out List<TextSpan>? list))
                {
                    named.Add(name, list = new List<TextSpan>());
                }

                list.Add(TextSpan.FromBounds(start, output.Length));
                i += NamedSpanEndString.Length;
            }
            else
            {
                output.Append(input[i]);
                i++;
            }
        }

        if (unnamedStack.Count > 0 || namedStack.Count > 0)
        {
            throw new ArgumentException("The markup leaves a span open: " + (namedStack.Count > 0 ? "{|" + namedStack.Peek().Name + ":" : "[|"), nameof(input));
        }

        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return new MarkupResult(
            output.ToString(),
            position,
            spans.ToImmutableArray(),
            named.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal));
    }

    /// <summary>The source without markup.</summary>
    public static string GetText(string input) => Parse(input).Text;

    private static bool Matches(string input, int index, string token) =>
        string.CompareOrdinal(input, index, token, 0, token.Length) == 0;
}
