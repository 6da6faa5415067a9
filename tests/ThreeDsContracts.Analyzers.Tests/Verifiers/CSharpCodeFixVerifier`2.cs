using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ThreeDsContracts.Analyzers.Tests.Verifiers;

/// <summary>
/// Code-fix tests on Microsoft.CodeAnalysis.CSharp.CodeFix.Testing: the analyzer test of the sources, each
/// fix applied in turn until <c>FixedCode</c>, and FixAll in document, project and solution scope
/// (<c>BatchFixedState</c> when FixAll ends elsewhere).
/// </summary>
public static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>The diagnostic of the analyzer's only descriptor, with its default severity.</summary>
    public static DiagnosticResult Diagnostic() => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic();

    public static Task VerifyCodeFixAsync(string source, string fixedSource) =>
        VerifyCodeFixAsync(source, Array.Empty<DiagnosticResult>(), fixedSource);

    public static Task VerifyCodeFixAsync(string source, DiagnosticResult[] expected, string fixedSource)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>A code-fix test in the consumer project of <see cref="ConsumerProject"/>.</summary>
    public class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ConsumerProject.Configure(this);

            // With schemas, the generator runs in the workspace (the fix must see the generated types), not as a test generator.
            SolutionTransforms.Add(ContractsGeneratorReference.AddTo);
        }

        protected override CompilationOptions CreateCompilationOptions() => ConsumerProject.CompilationOptions(base.CreateCompilationOptions());

        protected override Project ApplyCompilationOptions(Project project) => ConsumerProject.LeaveSeveritiesToEditorConfig(base.ApplyCompilationOptions(project), GetDiagnosticAnalyzers());

        protected override async Task RunImplAsync(CancellationToken cancellationToken)
        {
            ConsumerProject.Complete(TestState);
            ConsumerProject.Complete(FixedState);
            ConsumerProject.Complete(BatchFixedState);
            CSharpAnalyzerVerifier<TAnalyzer>.Test? generatedCodeCheck = ConsumerProject.GeneratedCodeCheck<TAnalyzer, DefaultVerifier>(this);
            await base.RunImplAsync(cancellationToken).ConfigureAwait(false);
            if (generatedCodeCheck is not null)
            {
                await generatedCodeCheck.RunAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
