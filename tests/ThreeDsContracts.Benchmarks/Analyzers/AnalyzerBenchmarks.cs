using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ThreeDsContracts.Benchmarks.Infrastructure;
using ThreeDsContracts.Testing.Compilation;

namespace ThreeDsContracts.Benchmarks.Analyzers;

/// <summary>
/// The 1,000-file synthetic project (<see cref="SyntheticProject"/>) compiled without analyzers
/// (<c>GetDiagnostics</c>: parse trees given, every method body bound, all compiler diagnostics; baseline) and with
/// every analyzer of ThreeDsContracts.Analyzers.dll (<c>CompilationWithAnalyzers.GetAllDiagnosticsAsync</c>: the same
/// compiler work plus the analyzers, sharing the binding as csc does). Both on a fresh clone of the compilation,
/// single-threaded (this machine's two cores are shared). Emit is left out of both, which makes the overhead
/// look larger than in a real build.
/// </summary>
[Config(typeof(SlowBenchConfigBase))]
public class AnalyzerBenchmarks
{
    public const int FileCount = 1000;

    private CSharpCompilation _compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = CSharpCompilation.Create(
            "SyntheticPayments",
            SyntheticProject.Files(FileCount).Select(f => CSharpSyntaxTree.ParseText(f.Text, TestCompilation.ParseOptions, path: "/synthetic/" + f.Name)),
            TestCompilation.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false)
                .WithSpecificDiagnosticOptions(new System.Collections.Generic.Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));
        var errors = _compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The synthetic project does not compile cleanly:\n" + string.Join("\n", errors.Take(10)));
        }

        _analyzers = OurAnalyzers();
        if (_analyzers.IsEmpty)
        {
            throw new InvalidOperationException("ThreeDsContracts.Analyzers.dll has no analyzers (is the analyzers branch merged?)");
        }

        // The analyzers see the payloads: the same Mastercard pass-through without threeDSProgramProtocol is reported.
        string broken = SyntheticProject.File(0).Replace("ThreeDSProgramProtocol = \"2.2.0\",", string.Empty, StringComparison.Ordinal);
        ImmutableArray<Diagnostic> brokenDiagnostics = _compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(CSharpSyntaxTree.ParseText(broken, TestCompilation.ParseOptions, path: "/synthetic/Broken.cs"))
            .WithAnalyzers(_analyzers).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        if (!brokenDiagnostics.Any(d => d.Id.StartsWith("TDS", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException("The analyzers report nothing on a Mastercard pass-through without threeDSProgramProtocol");
        }

        ImmutableArray<Diagnostic> reported = With_our_analyzers();
        var analyzerDiagnostics = reported.Where(d => d.Id.StartsWith("TDS", StringComparison.Ordinal) || d.Id == "AD0001").ToList();
        Console.WriteLine($"// [setup] {FileCount} files; {_analyzers.Length} analyzers ({string.Join(", ", _analyzers.Select(a => a.GetType().Name))}); their diagnostics: {analyzerDiagnostics.Count}; on the broken variant: {string.Join(", ", brokenDiagnostics.Select(d => d.Id))}");
        if (analyzerDiagnostics.Any(d => d.Id == "AD0001"))
        {
            throw new InvalidOperationException("An analyzer threw: " + analyzerDiagnostics.First(d => d.Id == "AD0001"));
        }
    }

    /// <summary>Every DiagnosticAnalyzer of ThreeDsContracts.Analyzers.dll (found by reflection, so this compiles before the analyzers exist).</summary>
    public static ImmutableArray<DiagnosticAnalyzer> OurAnalyzers()
    {
        Assembly assembly = Assembly.Load("ThreeDsContracts.Analyzers");
        return assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
    }

    /// <summary>
    /// A quick comparison for finding where the time goes (not a benchmark): the fastest of <paramref name="runs"/>
    /// compiles (processor time) of the synthetic project without analyzers, with the empty operation analyzer and with ours.
    /// </summary>
    public static int PrintQuickComparison(int runs)
    {
        var benchmark = new AnalyzerBenchmarks();
        benchmark.Setup();
        double Fastest(Func<ImmutableArray<Diagnostic>> compile)
        {
            double best = double.MaxValue;
            for (int run = 0; run < runs; run++)
            {
                // Processor time of this process: less disturbed than wall time by other work on the machine.
                TimeSpan before = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
                compile();
                best = Math.Min(best, (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds);
            }

            return best;
        }

        double without = Fastest(benchmark.Without_analyzers);
        double empty = Fastest(benchmark.With_empty_operation_analyzer);
        double seven = Fastest(benchmark.With_seven_empty_operation_analyzers);
        double ours = Fastest(benchmark.With_our_analyzers);
        Console.WriteLine($"fastest of {runs}: without analyzers {without:F0} ms; empty operation analyzer {empty:F0} ms; seven empty {seven:F0} ms; ours {ours:F0} ms (ours - seven empty: {ours - seven:F0} ms)");
        return 0;
    }

    [Benchmark(Baseline = true, Description = "compile without analyzers")]
    public ImmutableArray<Diagnostic> Without_analyzers() => _compilation.Clone().GetDiagnostics();

    /// <summary>
    /// Reference: one analyzer that registers the same operation actions as ours (object creation, with) and does
    /// nothing. Its cost is the analyzer driver's and the IOperation trees', which the SDK's own operation
    /// analyzers already pay in a real build.
    /// </summary>
    [Benchmark(Description = "compile with an empty operation analyzer")]
    public ImmutableArray<Diagnostic> With_empty_operation_analyzer() =>
        _compilation.Clone()
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyOperationAnalyzer()), new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAllDiagnosticsAsync().GetAwaiter().GetResult();

    /// <summary>
    /// Reference for seven analyzers: seven instances of the empty analyzer, as many as ours (TDS1001–TDS1007, one
    /// analyzer per rule). The analyzer driver calls each registered action once per analyzer and operation.
    /// </summary>
    [Benchmark(Description = "compile with seven empty operation analyzers")]
    public ImmutableArray<Diagnostic> With_seven_empty_operation_analyzers() =>
        _compilation.Clone()
            .WithAnalyzers(Enumerable.Range(0, 7).Select(_ => (DiagnosticAnalyzer)new EmptyOperationAnalyzer()).ToImmutableArray(), new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAllDiagnosticsAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "compile with our analyzers")]
    public ImmutableArray<Diagnostic> With_our_analyzers() =>
        _compilation.Clone()
            .WithAnalyzers(_analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAllDiagnosticsAsync().GetAwaiter().GetResult();

    // A measuring stick compiled into this benchmark, never shipped or loaded by a compiler: the rules for
    // shipped analyzers (netstandard2.0, no Workspaces, release tracking) do not apply.
#pragma warning disable RS1036, RS1038, RS1041, RS2008
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class EmptyOperationAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("BENCH0001", "Empty", "Empty", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(static _ => { }, OperationKind.ObjectCreation, OperationKind.With);
        }
    }
#pragma warning restore RS1036, RS1038, RS1041, RS2008
}
