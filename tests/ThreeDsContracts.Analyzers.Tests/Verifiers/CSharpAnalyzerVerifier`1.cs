using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ThreeDsContracts.Analyzers.Tests.Verifiers;

/// <summary>
/// Analyzer tests on Microsoft.CodeAnalysis.CSharp.Analyzer.Testing, in the shape of the Roslyn SDK's
/// templates: <c>VerifyAnalyzerAsync(source, expected…)</c>, or a <see cref="Test"/> for anything more.
/// </summary>
public static class CSharpAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>The diagnostic of the analyzer's only descriptor, with its default severity.</summary>
    public static DiagnosticResult Diagnostic() => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic();

    /// <summary>The diagnostic of the analyzer's descriptor <paramref name="diagnosticId"/>, with its default severity.</summary>
    public static DiagnosticResult Diagnostic(string diagnosticId) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(diagnosticId);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>A test in the consumer project of <see cref="ConsumerProject"/>.</summary>
    public class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test() => ConsumerProject.Configure(this);

        protected override CompilationOptions CreateCompilationOptions() => ConsumerProject.CompilationOptions(base.CreateCompilationOptions());

        protected override Project ApplyCompilationOptions(Project project) => ConsumerProject.LeaveSeveritiesToEditorConfig(base.ApplyCompilationOptions(project), GetDiagnosticAnalyzers());

        protected override IEnumerable<Type> GetSourceGenerators() => ConsumerProject.SourceGenerators(TestState);

        protected override async Task RunImplAsync(CancellationToken cancellationToken)
        {
            ConsumerProject.Complete(TestState);
            Test? generatedCodeCheck = ConsumerProject.GeneratedCodeCheck<TAnalyzer, DefaultVerifier>(this);
            await base.RunImplAsync(cancellationToken).ConfigureAwait(false);
            if (generatedCodeCheck is not null)
            {
                await generatedCodeCheck.RunAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
