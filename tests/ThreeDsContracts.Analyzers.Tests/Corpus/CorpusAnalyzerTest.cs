using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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
        // No reference-assembly package to download: the framework the tests run on, as the project's other tests use.
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(Testing.Compilation.TestCompilation.References);
        SolutionTransforms.Add((solution, projectId) =>
        {
            Project project = solution.GetProject(projectId)!;
            var options = (CSharpCompilationOptions)project.CompilationOptions!;
            return solution
                .WithProjectCompilationOptions(projectId, options.WithNullableContextOptions(NullableContextOptions.Enable))
                .WithProjectParseOptions(projectId, ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.Latest));
        });
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
