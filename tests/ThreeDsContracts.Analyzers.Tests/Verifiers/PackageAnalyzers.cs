using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;
using ThreeDsContracts.Analyzers.Rules;

namespace ThreeDsContracts.Analyzers.Tests.Verifiers;

/// <summary>Every analyzer the package ships, for tests that run them all at once.</summary>
internal static class PackageAnalyzers
{
    public static ImmutableArray<DiagnosticAnalyzer> All { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(
        new BrandRequiredMemberMissingAnalyzer(),
        new BrandAnyOfMemberMissingAnalyzer(),
        new AuthenticationSkippedWithoutMemberAnalyzer(),
        new ExemptionNotEligibleForBrandAnalyzer(),
        new BrandRuleExpectationViolatedAnalyzer(),
        new EciContradictsBrandAnalyzer(),
        new BrandForbiddenMemberPresentAnalyzer());
}
