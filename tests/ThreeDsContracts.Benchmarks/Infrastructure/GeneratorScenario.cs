using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ThreeDsContracts.Generator;
using ThreeDsContracts.Testing.Compilation;

namespace ThreeDsContracts.Benchmarks.Infrastructure;

/// <summary>
/// A generator, its inputs and a compilation, run in a CSharpGeneratorDriver as the compiler runs it
/// (no step tracking). <see cref="Warm"/> is a driver that has already run once on <see cref="Compilation"/>.
/// </summary>
public sealed class GeneratorScenario
{
    private static readonly GeneratorDriverOptions Untracked = new(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false);
    private static readonly GeneratorDriverOptions Tracked = new(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true);

    private readonly ISourceGenerator _generator;
    private readonly ImmutableArray<AdditionalText> _texts;
    private readonly TestOptionsProvider? _options;

    public GeneratorScenario(ISourceGenerator generator, CSharpCompilation compilation, IEnumerable<AdditionalText>? texts = null, TestOptionsProvider? options = null)
    {
        _generator = generator;
        _texts = (texts ?? Array.Empty<AdditionalText>()).ToImmutableArray();
        _options = options;
        Compilation = compilation;
        Warm = NewDriver().RunGenerators(compilation);
    }

    public CSharpCompilation Compilation { get; }

    public GeneratorDriver Warm { get; }

    public ImmutableArray<AdditionalText> Texts => _texts;

    public GeneratorDriver NewDriver(bool tracked = false) =>
        CSharpGeneratorDriver.Create(new[] { _generator }, _texts, TestCompilation.ParseOptions, _options, tracked ? Tracked : Untracked);

    /// <summary>A cold run: new driver, a fresh compilation over the same syntax trees (no bound state).</summary>
    public GeneratorDriver Cold() => NewDriver().RunGenerators(Compilation.Clone());

    public GeneratorRunResult Result(GeneratorDriver driver) => driver.GetRunResult().Results.Single();

    /// <summary>Our generator over schema texts with the harness's build properties and metadata.</summary>
    public static GeneratorScenario Ours(GeneratorHarness harness, IEnumerable<string> sources) =>
        new(new ContractsGenerator().AsSourceGenerator(), TestCompilation.Create(sources, "Consumer"), harness.AdditionalTexts(), harness.Options());

    /// <summary>The System.Text.Json source generator of the SDK over C# sources.</summary>
    public static GeneratorScenario Stj(IEnumerable<PlainModel.PlainFile> files, IEnumerable<string> sources)
    {
        IEnumerable<SyntaxTree> trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, TestCompilation.ParseOptions, path: f.Path))
            .Concat(sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, TestCompilation.ParseOptions, path: $"/plain/Source{i}.cs")));
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Plain",
            trees,
            TestCompilation.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));
        return new GeneratorScenario(StjGenerator.Value, compilation);
    }

    /// <summary>Runs our generator once over a harness and derives the plain-record equivalent of what it generated.</summary>
    public static IReadOnlyList<PlainModel.PlainFile> PlainEquivalent(GeneratorHarness harness)
    {
        GeneratorRun run = harness.Run().AssertCompiles();
        IEnumerable<SyntaxTree> generated = run.Result.GeneratedSources.Select(s => s.SyntaxTree);
        IReadOnlyList<SyntaxTree> treesInOutput = run.Output.SyntaxTrees.Where(t => generated.Any(g => g.FilePath == t.FilePath)).ToList();
        return PlainModel.From(run.Output, treesInOutput);
    }

    /// <summary>Throws unless the plain sources compile with the STJ generator's output and no error.</summary>
    public void AssertStjOutputCompiles()
    {
        Warm.RunGeneratorsAndUpdateCompilation(Compilation, out Microsoft.CodeAnalysis.Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        var errors = diagnostics.Concat(output.GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0 || Result(Warm).GeneratedSources.Length == 0)
        {
            throw new InvalidOperationException("The STJ reference does not compile: " + Result(Warm).Exception + "\n" + string.Join("\n", errors.Take(20)));
        }
    }

    /// <summary>Counts the output reasons of every tracked step of a run (after the given change).</summary>
    public static string StepReasons(GeneratorDriver driver, out bool allCached)
    {
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        var reasons = result.TrackedSteps.Values.SelectMany(steps => steps).SelectMany(step => step.Outputs).Select(o => o.Reason)
            .Concat(result.TrackedOutputSteps.Values.SelectMany(steps => steps).SelectMany(step => step.Outputs).Select(o => o.Reason))
            .GroupBy(r => r).OrderBy(g => g.Key).Select(g => g.Key + "=" + g.Count()).ToList();
        allCached = result.TrackedSteps.Values.SelectMany(s => s).SelectMany(s => s.Outputs).All(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)
            && result.TrackedOutputSteps.Values.SelectMany(s => s).SelectMany(s => s.Outputs).All(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        return string.Join(", ", reasons);
    }

    private static readonly Lazy<ISourceGenerator> StjGenerator = new(() =>
    {
        string path = StjGeneratorPath();
        Assembly assembly = Assembly.LoadFrom(path);
        Type type = assembly.GetType("System.Text.Json.SourceGeneration.JsonSourceGenerator", throwOnError: true)!;
        return ((IIncrementalGenerator)Activator.CreateInstance(type)!).AsSourceGenerator();
    });

    /// <summary>packs/Microsoft.NETCore.App.Ref/&lt;running version&gt;/analyzers/dotnet/cs/System.Text.Json.SourceGeneration.dll under the running dotnet root.</summary>
    public static string StjGeneratorPath()
    {
        string runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar);
        string version = Path.GetFileName(runtimeDirectory);
        string dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        string packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        string exact = Path.Combine(packs, version);
        string folder = Directory.Exists(exact)
            ? exact
            : Directory.EnumerateDirectories(packs).OrderBy(d => Version.TryParse(Path.GetFileName(d), out Version? v) ? v : new Version(0, 0)).Last();
        string path = Path.Combine(folder, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("The SDK's System.Text.Json source generator was not found", path);
    }
}
