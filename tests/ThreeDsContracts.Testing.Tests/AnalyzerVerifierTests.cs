using System;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ThreeDsContracts.Testing.Analyzers;
using Xunit;

namespace ThreeDsContracts.Testing.Tests;

/// <summary>Reports TEST001 on every class named Bad (argument: the class name), nowhere in generated code.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BadClassAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("TEST001", "Bad class", "Class '{0}' is bad", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSymbolAction(
            c =>
            {
                if (c.Symbol.Name.StartsWith("Bad", StringComparison.Ordinal))
                {
                    c.ReportDiagnostic(Diagnostic.Create(Rule, c.Symbol.Locations[0], c.Symbol.Name));
                }
            },
            SymbolKind.NamedType);
    }
}

/// <summary>The same rule, but it also analyses generated code (which a verifier must catch).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BadClassInGeneratedCodeAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(BadClassAnalyzer.Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterSymbolAction(
            c =>
            {
                if (c.Symbol.Name.StartsWith("Bad", StringComparison.Ordinal))
                {
                    c.ReportDiagnostic(Diagnostic.Create(BadClassAnalyzer.Rule, c.Symbol.Locations[0], c.Symbol.Name));
                }
            },
            SymbolKind.NamedType);
    }
}

/// <summary>Throws on every class: the verifier must report AD0001 as a failure.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ThrowingAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(BadClassAnalyzer.Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSymbolAction(_ => throw new InvalidOperationException("analyzer bug"), SymbolKind.NamedType);
    }
}

/// <summary>Renames Bad… to Good….</summary>
[ExportCodeFixProvider(LanguageNames.CSharp), Shared]
public sealed class RenameBadClassFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TEST001");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode root = (await context.Document.GetSyntaxRootAsync(context.CancellationToken))!;
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            SyntaxToken identifier = root.FindToken(diagnostic.Location.SourceSpan.Start);
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Rename to Good",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceToken(identifier, SyntaxFactory.Identifier(identifier.LeadingTrivia, "Good" + identifier.ValueText.Substring(3), identifier.TrailingTrivia)))),
                    "RenameToGood"),
                diagnostic);
        }
    }
}

/// <summary>Offers a fix that changes nothing (the verifier must fail).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp), Shared]
public sealed class NoOpFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TEST001");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        context.RegisterCodeFix(CodeAction.Create("Nothing", _ => Task.FromResult(context.Document), "Nothing"), context.Diagnostics);
        return Task.CompletedTask;
    }
}

/// <summary>A fix without "fix all" (the verifier must fail).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp), Shared]
public sealed class RenameWithoutFixAll : CodeFixProvider
{
    private readonly RenameBadClassFix _inner = new();

    public override ImmutableArray<string> FixableDiagnosticIds => _inner.FixableDiagnosticIds;

    public override FixAllProvider? GetFixAllProvider() => null;

    public override Task RegisterCodeFixesAsync(CodeFixContext context) => _inner.RegisterCodeFixesAsync(context);
}

public class AnalyzerVerifierTests
{
    private static Task<AnalyzerVerificationException> Fails(Func<Task> test) => Assert.ThrowsAsync<AnalyzerVerificationException>(test);

    [Fact]
    public void Markup_parser_removes_markup_and_reports_spans_by_kind()
    {
        MarkupResult result = TestFileMarkupParser.Parse("a[|bc|]d{|TDS1001:e{|#0:f|}|}g$$h");
        Assert.Equal("abcdefgh", result.Text);
        Assert.Equal(new[] { new TextSpan(1, 2) }, result.Spans.ToArray());
        Assert.Equal(new[] { new TextSpan(4, 2) }, result.NamedSpans["TDS1001"].ToArray());
        Assert.Equal(new[] { new TextSpan(5, 1) }, result.NamedSpans["#0"].ToArray());
        Assert.Equal(7, result.Position);
    }

    [Theory]
    [InlineData("a[|b")]
    [InlineData("a|]b")]
    [InlineData("{|X:a")]
    [InlineData("a|}")]
    [InlineData("$$a$$")]
    [InlineData("{|no colon")]
    public void Markup_parser_rejects_unbalanced_markup(string markup)
    {
        Assert.Throws<ArgumentException>(() => TestFileMarkupParser.Parse(markup));
    }

    [Fact]
    public async Task Expected_diagnostics_from_markup_pass()
    {
        await AnalyzerVerifier<BadClassAnalyzer>.VerifyAnalyzerAsync("class [|Bad|] { } class {|TEST001:BadToo|} { } class Fine { }");
    }

    [Fact]
    public async Task Location_markers_arguments_and_severity_pass_when_they_match()
    {
        await AnalyzerVerifier<BadClassAnalyzer>.VerifyAnalyzerAsync(
            "class {|#0:Bad|} { }",
            AnalyzerVerifier<BadClassAnalyzer>.Diagnostic().WithLocation(0).WithArguments("Bad").WithSeverity(DiagnosticSeverity.Warning));
        await AnalyzerVerifier<BadClassAnalyzer>.VerifyAnalyzerAsync(
            "class Bad { }",
            new DiagnosticResult("TEST001", DiagnosticSeverity.Warning).WithSpan(1, 7, 1, 10).WithMessage("Class 'Bad' is bad"));
    }

    [Fact]
    public async Task A_diagnostic_that_is_not_reported_fails()
    {
        AnalyzerVerificationException failure = await Fails(() => AnalyzerVerifier<BadClassAnalyzer>.VerifyAnalyzerAsync("class [|Fine|] { }"));
        Assert.Contains("not reported", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unexpected_diagnostic_fails_with_a_paste_ready_line()
    {
        AnalyzerVerificationException failure = await Fails(() => AnalyzerVerifier<BadClassAnalyzer>.VerifyAnalyzerAsync("class Fine { }\nclass Bad { }"));
        Assert.Contains("Unexpected TEST001", failure.Message, StringComparison.Ordinal);
        Assert.Contains("new DiagnosticResult(\"TEST001\", DiagnosticSeverity.Warning).WithSpan(2, 7, 2, 10).WithArguments(\"Bad\")", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_span_fails()
    {
        await Fails(() => AnalyzerVerifier<BadClassAnalyzer>.VerifyAnalyzerAsync("class Bad { }", AnalyzerVerifier<BadClassAnalyzer>.Diagnostic().WithSpan(1, 1, 1, 6)));
    }

    [Fact]
    public async Task Wrong_arguments_fail()
    {
        AnalyzerVerificationException failure = await Fails(() => AnalyzerVerifier<BadClassAnalyzer>.VerifyAnalyzerAsync(
            "class {|#0:Bad|} { }", AnalyzerVerifier<BadClassAnalyzer>.Diagnostic().WithLocation(0).WithArguments("Worse")));
        Assert.Contains("the arguments are (\"Bad\")", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_severity_fails()
    {
        await Fails(() => AnalyzerVerifier<BadClassAnalyzer>.VerifyAnalyzerAsync(
            "class {|#0:Bad|} { }", AnalyzerVerifier<BadClassAnalyzer>.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error)));
    }

    [Fact]
    public async Task A_location_marker_that_the_source_lacks_fails()
    {
        await Fails(() => AnalyzerVerifier<BadClassAnalyzer>.VerifyAnalyzerAsync("class Bad { }", AnalyzerVerifier<BadClassAnalyzer>.Diagnostic().WithLocation(3)));
    }

    [Fact]
    public async Task An_analyzer_exception_fails_as_AD0001()
    {
        AnalyzerVerificationException failure = await Fails(() => AnalyzerVerifier<ThrowingAnalyzer>.VerifyAnalyzerAsync("class Fine { }"));
        Assert.Contains("AD0001", failure.Message, StringComparison.Ordinal);
        Assert.Contains("analyzer bug", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_analyzer_that_reports_in_generated_code_fails_the_second_pass()
    {
        AnalyzerVerificationException failure = await Fails(() => AnalyzerVerifier<BadClassInGeneratedCodeAnalyzer>.VerifyAnalyzerAsync("class [|Bad|] { }"));
        Assert.Contains("auto-generated", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_compiler_error_that_is_not_expected_fails()
    {
        AnalyzerVerificationException failure = await Fails(() => AnalyzerVerifier<BadClassAnalyzer>.VerifyAnalyzerAsync("class Fine { int M() { } }"));
        Assert.Contains("CS0161", failure.Message, StringComparison.Ordinal);

        var test = new AnalyzerTest<BadClassAnalyzer> { TestCode = "class Fine { int M() { } }", CompilerDiagnostics = CompilerDiagnostics.None };
        await test.RunAsync();
    }

    [Fact]
    public async Task Editorconfig_severities_apply()
    {
        var test = new AnalyzerTest<BadClassAnalyzer> { TestCode = "class {|#0:Bad|} { }", EditorConfig = "[*.cs]\ndotnet_diagnostic.TEST001.severity = error" };
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<BadClassAnalyzer>.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
        await test.RunAsync();

        var wrong = new AnalyzerTest<BadClassAnalyzer> { TestCode = "class [|Bad|] { }", EditorConfig = "dotnet_diagnostic.TEST001.severity = none" };
        await Fails(() => wrong.RunAsync());
    }

    [Fact]
    public async Task Schemas_are_generated_into_the_compilation_before_the_analysis()
    {
        var test = new AnalyzerTest<BadClassAnalyzer>
        {
            TestCode = "class Uses { Consumer.Test.BadPayload? Payload; }",
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
        };

        // The generated type is named Bad… but lives in generated code: no diagnostic, and it compiles.
        test.Schemas.Add(("test/payload", """{ "$schema": "http://json-schema.org/draft-07/schema#", "x-type-name": "BadPayload", "type": "object", "properties": { "a": { "type": "string" } } }"""));
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerWarning("CS0169").WithSpan(1, 40, 1, 47));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_code_fix_with_the_right_result_passes_single_and_fix_all()
    {
        var test = new CodeFixTest<BadClassAnalyzer, RenameBadClassFix>
        {
            TestCode = "class [|BadOne|] { }\nclass [|BadTwo|] { }",
            FixedCode = "class GoodOne { }\nclass GoodTwo { }",
            NumberOfIncrementalIterations = 4,
            NumberOfFixAllIterations = 1,
        };
        test.Sources.Add("class [|BadThree|] { }");
        test.FixedSources.Add("class GoodThree { }");
        var other = new TestProject("Other");
        other.Sources.Add("class BadFour { }");
        other.FixedSources.Add("class GoodFour { }");
        test.AdditionalProjects.Add(other);
        test.FixAllScopes.Clear();
        test.FixAllScopes.Add(FixAllScope.Solution);
        await test.RunAsync();
    }

    [Fact]
    public async Task A_code_fix_with_another_result_fails_with_a_diff()
    {
        AnalyzerVerificationException failure = await Fails(() => CodeFixVerifier<BadClassAnalyzer, RenameBadClassFix>.VerifyCodeFixAsync("class [|Bad|] { }", "class Better { }"));
        Assert.Contains("- ?: class Better { }", failure.Message, StringComparison.Ordinal);
        Assert.Contains("+ 1: class Good { }", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fix_all_in_document_scope_leaves_other_documents_to_later_passes()
    {
        var test = new CodeFixTest<BadClassAnalyzer, RenameBadClassFix>
        {
            TestCode = "class [|BadOne|] { }",
            FixedCode = "class GoodOne { }",
            NumberOfFixAllIterations = 2,
        };
        test.Sources.Add("class [|BadTwo|] { }");
        test.FixedSources.Add("class GoodTwo { }");
        test.FixAllScopes.Clear();
        test.FixAllScopes.Add(FixAllScope.Document);
        await test.RunAsync();

        test.FixAllScopes.Clear();
        test.FixAllScopes.Add(FixAllScope.Project);
        AnalyzerVerificationException failure = await Fails(() => test.RunAsync());
        Assert.Contains("Expected 2 fix-all passes in Project, took 1", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_fix_that_changes_nothing_fails()
    {
        AnalyzerVerificationException failure = await Fails(() => CodeFixVerifier<BadClassAnalyzer, NoOpFix>.VerifyCodeFixAsync("class [|Bad|] { }", "class Bad { }"));
        Assert.Contains("makes no change", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_fix_without_fix_all_fails()
    {
        AnalyzerVerificationException failure = await Fails(() => CodeFixVerifier<BadClassAnalyzer, RenameWithoutFixAll>.VerifyCodeFixAsync("class [|Bad|] { }", "class Good { }"));
        Assert.Contains("no FixAllProvider", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnostics_left_after_the_fix_must_be_expected()
    {
        var test = new CodeFixTest<BadClassAnalyzer, RenameBadClassFix>
        {
            TestCode = "class [|Bad|] { }",
            FixedCode = "class Bad { }",
            CodeActionEquivalenceKey = "NoSuchAction",
        };
        AnalyzerVerificationException failure = await Fails(() => test.RunAsync());
        Assert.Contains("diagnostics of the fixed code", failure.Message, StringComparison.Ordinal);
    }
}
