using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ThreeDsContracts.Benchmarks.Infrastructure;
using ThreeDsContracts.Testing;
using ThreeDsContracts.Testing.Compilation;

namespace ThreeDsContracts.Benchmarks.Generator;

/// <summary>
/// Our generator over every schema of the repository (as the runtime library builds itself: all of them project
/// schemas), beside the SDK's System.Text.Json source generator over the plain-record equivalent of the same
/// models. Baseline: our cold run. Rows: cold run (also without the NJsonSchema load check), an unrelated .cs edit,
/// one schema (model) edit.
/// </summary>
[Config(typeof(BenchConfig))]
public class GeneratorBuiltInBenchmarks
{
    private const string EditedSchema = "antom/notify-payment.schema.json";
    private const string EditedRecord = "AntomNotifyPayment";

    private GeneratorScenario _ours = null!;
    private GeneratorScenario _oursNoCheck = null!;
    private GeneratorScenario _stj = null!;
    private SyntaxTree _unrelated = null!;
    private AdditionalText _schemaBefore = null!;
    private AdditionalText _schemaAfter = null!;
    private SyntaxTree _modelBefore = null!;
    private SyntaxTree _modelAfter = null!;

    [GlobalSetup]
    public void Setup()
    {
        GeneratorHarness harness = new GeneratorHarness().WithRepositorySchemasAsProject();
        _ours = GeneratorScenario.Ours(harness, Sources.ConsumerCode);
        _oursNoCheck = GeneratorScenario.Ours(new GeneratorHarness().WithRepositorySchemasAsProject().WithProperty("ThreeDsSchemaLoadCheck", "false"), Sources.ConsumerCode);
        IReadOnlyList<PlainModel.PlainFile> plain = GeneratorScenario.PlainEquivalent(harness);
        _stj = GeneratorScenario.Stj(plain, Sources.ConsumerCode);
        _stj.AssertStjOutputCompiles();
        _unrelated = CSharpSyntaxTree.ParseText(Sources.UnrelatedEdit, TestCompilation.ParseOptions, path: "/consumer/Edited.cs");

        _schemaBefore = _ours.Texts.Single(t => t.Path.EndsWith(EditedSchema, StringComparison.Ordinal));
        _schemaAfter = new InMemoryAdditionalText(_schemaBefore.Path, Sources.AddProperty(_schemaBefore.GetText()!.ToString()));
        _modelBefore = _stj.Compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("antom.notify-payment.g.cs", StringComparison.Ordinal) || t.FilePath.EndsWith("antom.notify-payment.g.cs".Replace(".g.cs", ".g"), StringComparison.Ordinal));
        _modelAfter = CSharpSyntaxTree.ParseText(Sources.AddPlainProperty(_modelBefore.ToString(), EditedRecord), TestCompilation.ParseOptions, path: _modelBefore.FilePath);

        int schemas = _ours.Texts.Length;
        int ourFiles = _ours.Result(_ours.Warm).GeneratedSources.Length;
        int plainFiles = plain.Count;
        int stjFiles = _stj.Result(_stj.Warm).GeneratedSources.Length;
        Console.WriteLine($"// [setup] {schemas} schemas -> {ourFiles} generated files; STJ reference: {plainFiles} plain files -> {stjFiles} generated files");

        // The goal "every step cached" of the unrelated edit, checked on a tracked driver.
        GeneratorDriver tracked = _ours.NewDriver(tracked: true).RunGenerators(_ours.Compilation);
        string unrelated = GeneratorScenario.StepReasons(tracked.RunGenerators(_ours.Compilation.AddSyntaxTrees(_unrelated)), out bool allCached);
        Console.WriteLine($"// [check] unrelated .cs edit, step outputs: {unrelated}; every step cached: {allCached}");
        string edited = GeneratorScenario.StepReasons(tracked.ReplaceAdditionalText(_schemaBefore, _schemaAfter).RunGenerators(_ours.Compilation), out _);
        Console.WriteLine($"// [check] one schema edit ({EditedSchema}), step outputs: {edited}");
        if (!allCached)
        {
            throw new InvalidOperationException("An unrelated edit re-ran generator steps: " + unrelated);
        }
    }

    [Benchmark(Baseline = true, Description = "Ours: cold run")]
    public GeneratorDriver Ours_cold() => _ours.Cold();

    [Benchmark(Description = "Ours: cold run, ThreeDsSchemaLoadCheck=false")]
    public GeneratorDriver Ours_cold_without_load_check() => _oursNoCheck.Cold();

    [Benchmark(Description = "Ours: unrelated .cs edit")]
    public GeneratorDriver Ours_unrelated_edit() => _ours.Warm.RunGenerators(_ours.Compilation.AddSyntaxTrees(_unrelated));

    [Benchmark(Description = "Ours: one schema edit")]
    public GeneratorDriver Ours_schema_edit() => _ours.Warm.ReplaceAdditionalText(_schemaBefore, _schemaAfter).RunGenerators(_ours.Compilation);

    [Benchmark(Description = "STJ: cold run")]
    public GeneratorDriver Stj_cold() => _stj.Cold();

    [Benchmark(Description = "STJ: unrelated .cs edit")]
    public GeneratorDriver Stj_unrelated_edit() => _stj.Warm.RunGenerators(_stj.Compilation.AddSyntaxTrees(_unrelated));

    [Benchmark(Description = "STJ: one model edit")]
    public GeneratorDriver Stj_model_edit() => _stj.Warm.RunGenerators(_stj.Compilation.ReplaceSyntaxTree(_modelBefore, _modelAfter));
}
