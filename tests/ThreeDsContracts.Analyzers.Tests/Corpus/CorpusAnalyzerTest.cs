using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using ThreeDsContracts.Analyzers.Rules;

namespace ThreeDsContracts.Analyzers.Tests.Corpus;

/// <summary>
/// An analyzer test of Microsoft.CodeAnalysis.Testing that runs every analyzer of the package at once (a correct payload
/// must get no TDS diagnostic of any rule), compiled against the running framework and ThreeDsContracts.dll.
/// </summary>
internal sealed class CorpusAnalyzerTest : CSharpAnalyzerTest<BrandRequiredMemberMissingAnalyzer, DefaultVerifier>
{
    public CorpusAnalyzerTest()
    {
        ReferenceAssemblies = MsTesting.References;
        MsTesting.Configure(TestState, SolutionTransforms);
    }

    public static ImmutableArray<DiagnosticAnalyzer> All { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(
        new BrandRequiredMemberMissingAnalyzer(),
        new BrandAnyOfMemberMissingAnalyzer(),
        new AuthenticationSkippedWithoutMemberAnalyzer(),
        new ExemptionNotEligibleForBrandAnalyzer(),
        new BrandRuleExpectationViolatedAnalyzer(),
        new EciContradictsBrandAnalyzer(),
        new BrandForbiddenMemberPresentAnalyzer());

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => All;
}
