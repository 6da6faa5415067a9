using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ThreeDsContracts.Analyzers.Tests.Corpus;

/// <summary>One diagnostic a wrong corpus case expects: id, severity, member named in the message, and where it starts.</summary>
internal sealed record ExpectedFinding(string Id, DiagnosticSeverity Severity, string Member, int Position, LinePosition Line);

/// <summary>One case method of the corpus: its name, the markers inside it and whether it is declared wrong.</summary>
internal sealed record CorpusCase(string File, string Method, bool Wrong, TextSpan Span, IReadOnlyList<ExpectedFinding> Expected);

/// <summary>
/// The corpus sources (Corpus/Cases/*.cs): compiled into this test assembly (the runtime check calls them) and embedded
/// as resources (the analyzers read the same text).
/// </summary>
internal static class CorpusSources
{
    private static readonly Regex Marker = new(@"/\*([!?])(TDS\d{4}) ([^*]+)\*/", RegexOptions.Compiled);

    public static IReadOnlyList<string> Files { get; } = typeof(CorpusSources).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith("Corpus.", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal).ToList();

    /// <summary>The source of <see cref="CaseAttribute"/>, compiled beside each case file.</summary>
    public static string CaseAttributeSource => Text("CorpusSupport.CaseAttribute.cs");

    public static string Text(string file)
    {
        using Stream stream = typeof(CorpusSources).Assembly.GetManifestResourceStream(file)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The expected findings of a source: each marker (or run of markers) points at the next token.</summary>
    public static List<ExpectedFinding> Expected(string text)
    {
        SourceText source = SourceText.From(text);
        var result = new List<ExpectedFinding>();
        var pending = new List<Match>();
        foreach (Match match in Marker.Matches(text))
        {
            pending.Add(match);
            int end = match.Index + match.Length;
            if (Marker.Match(text, end) is { Success: true } next && next.Index == end)
            {
                continue;
            }

            while (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            foreach (Match marker in pending)
            {
                result.Add(new ExpectedFinding(
                    marker.Groups[2].Value,
                    marker.Groups[1].Value == "!" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info,
                    marker.Groups[3].Value.Trim(),
                    end,
                    source.Lines.GetLinePosition(end)));
            }

            pending.Clear();
        }

        return result;
    }

    /// <summary>The case methods of a source with their markers.</summary>
    public static List<CorpusCase> Cases(string file, string text)
    {
        List<ExpectedFinding> expected = Expected(text);
        SyntaxNode root = CSharpSyntaxTree.ParseText(text).GetRoot();
        return root.DescendantNodes().OfType<MethodDeclarationSyntax>()
            .Where(m => m.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString() == "Case"))
            .Select(m => new CorpusCase(
                file,
                m.Identifier.Text,
                m.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString() == "Case" && a.ToString().Contains("Wrong = true", StringComparison.Ordinal)),
                m.Span,
                expected.Where(e => m.Span.Contains(e.Position)).ToList()))
            .ToList();
    }

    public static IEnumerable<object[]> FileNames() => Files.Select(f => new object[] { f });
}
