using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using ThreeDsContracts.Benchmarks.Infrastructure;
using ThreeDsContracts.Testing.Compilation;

namespace ThreeDsContracts.Benchmarks.Generator;

/// <summary>
/// Cold runs over N synthetic schemas (each an object of 9 properties with a nested object and an inline code
/// list, referencing one shared code list), beside the STJ generator over the plain-record equivalent of the same
/// N models. Baseline: STJ at the same N. The "Per schema" column is the mean divided by N.
/// </summary>
[Config(typeof(ScaleConfig))]
public class GeneratorScaleBenchmarks
{
    private GeneratorScenario _ours = null!;
    private GeneratorScenario _stj = null!;

    [Params(10, 100, 1000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        GeneratorHarness harness = Harness(N);
        _ours = GeneratorScenario.Ours(harness, Sources.ConsumerCode);
        IReadOnlyList<PlainModel.PlainFile> plain = GeneratorScenario.PlainEquivalent(harness);
        _stj = GeneratorScenario.Stj(plain, Sources.ConsumerCode);
        _stj.AssertStjOutputCompiles();
        GeneratorRunResult ours = _ours.Result(_ours.Warm);
        if (ours.Diagnostics.Length > 0)
        {
            throw new InvalidOperationException("The synthetic schemas are not clean: " + string.Join("\n", ours.Diagnostics));
        }

        Console.WriteLine($"// [setup] N={N}: {_ours.Texts.Length} schema files -> {ours.GeneratedSources.Length} generated files; STJ: {plain.Count} plain files -> {_stj.Result(_stj.Warm).GeneratedSources.Length} generated files");
    }

    public static GeneratorHarness Harness(int n)
    {
        var harness = new GeneratorHarness().WithSchema("synthetic/common", Sources.SyntheticCommon);
        for (int i = 0; i < n; i++)
        {
            harness.WithSchema("synthetic/s" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), Sources.Synthetic(i));
        }

        return harness;
    }

    [Benchmark(Description = "Ours: cold run")]
    public GeneratorDriver Ours_cold() => _ours.Cold();

    [Benchmark(Baseline = true, Description = "STJ: cold run")]
    public GeneratorDriver Stj_cold() => _stj.Cold();

    /// <summary>
    /// More warm-up than the other slow benchmarks: at N = 10 one iteration is a few runs, and with a single
    /// warm-up iteration the generators' code was still partly unoptimized (tiered JIT) when measured, which
    /// made the small N look slower per schema than it is in a warm compiler server.
    /// </summary>
    private sealed class ScaleConfig : BenchConfig
    {
        public ScaleConfig()
            : base(warmup: 8, iterations: 10) => AddColumn(new PerItemColumn(nameof(N), "Per schema"));
    }
}
