using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ThreeDsContracts.Analyzers.Tests.Corpus;

/// <summary>
/// The precision corpus: realistic integration code for every provider and the canonical model. Correct constructions
/// get no TDS diagnostic at all (suggestions included); wrong ones get exactly the marked id, severity, member and location.
/// </summary>
public class PrecisionCorpusTests
{
    public static IEnumerable<object[]> Files => CorpusSources.FileNames();

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Every_case_gets_exactly_its_marked_diagnostics(string file)
    {
        string text = CorpusSources.Text(file);
        List<ExpectedFinding> expected = CorpusSources.Expected(text);

        // Id, severity and location (and nothing else: no diagnostic of any analyzer on a correct case).
        var test = new CorpusAnalyzerTest { TestCode = text };
        test.TestState.Sources.Add(("CaseAttribute.cs", CorpusSources.CaseAttributeSource));
        test.ExpectedDiagnostics.AddRange(expected.Select(e => new DiagnosticResult(e.Id, e.Severity).WithLocation(e.Line.Line + 1, e.Line.Character + 1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)));
        await test.RunAsync();

        // The member each marker names is the one the message names.
        Assert.NotNull(test.Reported);
        foreach (ExpectedFinding finding in expected)
        {
            Diagnostic diagnostic = Assert.Single(test.Reported.Value, d => d.Id == finding.Id && d.Location.SourceSpan.Start == finding.Position && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains(finding.Member, System.StringComparison.Ordinal));
            Assert.Equal(finding.Severity, diagnostic.Severity);
        }
    }

    [Fact]
    public void The_corpus_has_at_least_forty_correct_and_forty_wrong_constructions_and_marks_only_the_wrong_ones()
    {
        List<CorpusCase> cases = CorpusSources.Files.SelectMany(f => CorpusSources.Cases(f, CorpusSources.Text(f))).ToList();
        Assert.All(cases, c => Assert.True(c.Wrong == c.Expected.Count > 0, c.Method + (c.Wrong ? " is declared wrong but marks no diagnostic" : " is declared correct but marks a diagnostic")));
        Assert.True(cases.Count(c => !c.Wrong) >= 40, "correct cases: " + cases.Count(c => !c.Wrong));
        Assert.True(cases.Count(c => c.Wrong) >= 40, "wrong cases: " + cases.Count(c => c.Wrong));
        Assert.Equal(6, CorpusSources.Files.Count);
    }
}
