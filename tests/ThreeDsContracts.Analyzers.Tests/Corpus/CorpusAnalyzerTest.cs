using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ThreeDsContracts.Analyzers.Rules;
using ThreeDsContracts.Analyzers.Tests.Verifiers;

namespace ThreeDsContracts.Analyzers.Tests.Corpus;

/// <summary>
/// An analyzer test of the shared consumer project (<see cref="CSharpAnalyzerVerifier{TAnalyzer}.Test"/>) that runs every
/// analyzer of the package at once (a correct payload must get no TDS diagnostic of any rule), and keeps the diagnostics
/// it reported so a test can read their messages.
/// </summary>
internal sealed class CorpusAnalyzerTest : CSharpAnalyzerVerifier<BrandRequiredMemberMissingAnalyzer>.Test
{
    /// <summary>
    /// The TDS diagnostics of the first analysis, of the test's sources as written (later runs of the framework, such as
    /// its suppression check, analyse edited copies).
    /// </summary>
    public ImmutableArray<Diagnostic>? Reported { get; private set; }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => PackageAnalyzers.All;

    protected override ImmutableArray<(Project project, Diagnostic diagnostic)> FilterDiagnostics(ImmutableArray<(Project project, Diagnostic diagnostic)> diagnostics)
    {
        ImmutableArray<(Project project, Diagnostic diagnostic)> filtered = base.FilterDiagnostics(diagnostics);
        if (Reported is not null)
        {
            return filtered;
        }

        ImmutableArray<Diagnostic>.Builder reported = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach ((Project _, Diagnostic diagnostic) in filtered)
        {
            if (diagnostic.Id.StartsWith("TDS", System.StringComparison.Ordinal))
            {
                reported.Add(diagnostic);
            }
        }

        Reported = reported.ToImmutable();
        return filtered;
    }
}
