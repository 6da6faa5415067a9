using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ThreeDsContracts.Robustness.Tests.Infrastructure;
using ThreeDsContracts.Testing.Compilation;
using Xunit;
using Xunit.Abstractions;

namespace ThreeDsContracts.Robustness.Tests.Analyzers;

/// <summary>
/// Every DiagnosticAnalyzer of ThreeDsContracts.Analyzers.dll on sample sources truncated and corrupted at
/// random points: zero AD0001 (analyzer exceptions). The analyzers are found by reflection, so the ones
/// that arrive later are fuzzed without a change here.
/// </summary>
public class AnalyzerFuzzTests
{
    private readonly ITestOutputHelper _output;

    public AnalyzerFuzzTests(ITestOutputHelper output) => _output = output;

    /// <summary>The analyzer types of ThreeDsContracts.Analyzers.dll (none before the analyzers are merged).</summary>
    internal static IReadOnlyList<Type> AnalyzerTypes { get; } = Assembly.Load("ThreeDsContracts.Analyzers").GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToList();

    [Fact]
    public void The_uncorrupted_samples_compile_without_errors()
    {
        Assert.NotEmpty(AnalyzerSamples.All);
        foreach (string source in AnalyzerSamples.All)
        {
            var errors = TestCompilation.Create(new[] { source }).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5)) + "\n" + source);
        }
    }

    [Fact]
    public void The_check_reports_an_analyzer_that_throws_on_broken_code()
    {
        string source = AnalyzerSamples.All[0] + "\nclass Broken { void M() { var x = new Samples.Sample0(; } ";

        IReadOnlyList<string> failures = Analyze(source, ImmutableArray.Create<DiagnosticAnalyzer>(new ThrowingAnalyzer()));

        Assert.Contains(failures, f => f.Contains("AD0001", StringComparison.Ordinal) || f.Contains(nameof(ThrowingAnalyzer), StringComparison.Ordinal));
    }

    [Fact]
    public void Every_analyzer_survives_truncated_and_corrupted_sources_without_AD0001()
    {
        ImmutableArray<DiagnosticAnalyzer> analyzers = AnalyzerTypes.Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();
        int cases = Fuzz.Count(40, 1500);
        var failures = new List<string>();
        int syntaxErrors = 0;
        for (int i = 0; i < cases && failures.Count < 5; i++)
        {
            int seed = Fuzz.Seed("analyzers", i);
            var random = new Random(seed);
            string sample = random.Pick(AnalyzerSamples.All);
            string source = AnalyzerSamples.Corrupt(sample, random, out string description);
            syntaxErrors += CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions).GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error) ? 1 : 0;

            // The generator runs beside the analyzers in a consumer's compilation: it must not fail on broken C# either.
            GeneratorRun run = new GeneratorHarness().WithSchema("shop/order", ShopSchema).WithSource(source).Run();
            if (run.Result.Exception is not null || run.GeneratorDiagnostics.Any(d => d.Id is "CS8784" or "CS8785"))
            {
                failures.Add($"seed {seed} ({description}): the generator failed: {run.Result.Exception}");
            }

            if (!analyzers.IsEmpty)
            {
                failures.AddRange(Analyze(source, analyzers).Select(f => $"seed {seed} ({description}): {f}"));
            }
        }

        _output.WriteLine($"{cases} corrupted sources ({syntaxErrors} with syntax errors) through {analyzers.Length} analyzers: "
            + (analyzers.IsEmpty ? "none in ThreeDsContracts.Analyzers yet" : string.Join(", ", AnalyzerTypes.Select(t => t.Name))));
        Assert.True(syntaxErrors * 2 > cases, "most corrupted sources do not parse");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private const string ShopSchema = """
        { "type": "object", "x-type-name": "Order", "properties": { "id": { "type": "string" }, "pan": { "type": "string", "x-sensitive": "pan" } },
          "x-brand-rules": [ { "id": "order-id", "brands": ["visa"], "require": ["id"], "message": "id is needed" } ] }
        """;

    /// <summary>AD0001 and every exception the analyzer driver saw, as failure texts.</summary>
    internal static IReadOnlyList<string> Analyze(string source, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var exceptions = new ConcurrentQueue<string>();
        CSharpCompilation compilation = TestCompilation.Create(new[] { source });
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name} threw {exception.GetType().Name}: {exception.Message}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = compilation.WithAnalyzers(analyzers, options).GetAllDiagnosticsAsync().GetAwaiter().GetResult();
        return diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()).Concat(exceptions).ToList();
    }

    // A test double, never loaded by a compiler: the rules for shipped analyzers do not apply.
#pragma warning disable RS1036, RS1038, RS1041, RS2008

    /// <summary>Throws on every object creation: proves that the check sees analyzer exceptions.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TEST0001", "t", "t", "t", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterOperationAction(_ => throw new InvalidOperationException("thrown on purpose"), OperationKind.ObjectCreation);
        }
    }
#pragma warning restore RS1036, RS1038, RS1041, RS2008
}
