using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ThreeDsContracts.Analyzers.Tests.Corpus;

/// <summary>The project settings of Microsoft.CodeAnalysis.Testing tests: framework references of the test run plus ThreeDsContracts.dll, nullable on, latest C#.</summary>
internal static class MsTesting
{
    public static void Configure(ProjectState state, System.Collections.Generic.List<System.Func<Solution, ProjectId, Solution>> transforms)
    {
        state.AdditionalReferences.AddRange(Testing.Compilation.TestCompilation.References);
        transforms.Add((solution, projectId) =>
        {
            Project project = solution.GetProject(projectId)!;
            var options = (CSharpCompilationOptions)project.CompilationOptions!;
            return solution
                .WithProjectCompilationOptions(projectId, options.WithNullableContextOptions(NullableContextOptions.Enable))
                .WithProjectParseOptions(projectId, ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.Latest));
        });
    }

    /// <summary>No reference-assembly package to download.</summary>
    public static ReferenceAssemblies References { get; } = new("net10.0");
}

/// <summary>An analyzer test of one analyzer on Microsoft.CodeAnalysis.Testing.</summary>
internal sealed class MsAnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public MsAnalyzerTest()
    {
        ReferenceAssemblies = MsTesting.References;
        MsTesting.Configure(TestState, SolutionTransforms);
    }
}

/// <summary>A code-fix test on Microsoft.CodeAnalysis.Testing.</summary>
internal sealed class MsCodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public MsCodeFixTest()
    {
        ReferenceAssemblies = MsTesting.References;
        MsTesting.Configure(TestState, SolutionTransforms);
        MsTesting.Configure(FixedState, SolutionTransforms);
    }
}
