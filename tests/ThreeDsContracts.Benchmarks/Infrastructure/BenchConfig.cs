using System;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ThreeDsContracts.Benchmarks.Infrastructure;

/// <summary>
/// One small explicit job for every benchmark: in-process (no per-benchmark project build on this shared
/// 2-core machine), 1 launch, 3 warm-up and 8 measured iterations, memory diagnoser, ratio columns.
/// </summary>
public class BenchConfig : ManualConfig
{
    public BenchConfig()
        : this(warmup: 3, iterations: 8)
    {
    }

    protected BenchConfig(int warmup, int iterations)
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(warmup)
            .WithIterationCount(iterations)
            .WithId("Short"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumnProvider(DefaultColumnProviders.Instance);
        AddColumn(StatisticColumn.Median);
        WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
        WithOptions(ConfigOptions.DisableLogFile);
    }
}

/// <summary>Fewer iterations for the second-long measurements (generator at 1,000 schemas, 1,000-file compiles).</summary>
public class SlowBenchConfigBase : BenchConfig
{
    public SlowBenchConfigBase()
        : base(warmup: 1, iterations: 5)
    {
    }
}

/// <summary>The mean divided by the benchmark's <c>N</c> parameter: time per schema.</summary>
public sealed class PerItemColumn : IColumn
{
    private readonly string _parameter;

    public PerItemColumn(string parameter, string header)
    {
        _parameter = parameter;
        ColumnName = header;
    }

    public string Id => nameof(PerItemColumn) + "." + _parameter;

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Mean divided by " + _parameter;

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        BenchmarkReport? report = summary[benchmarkCase];
        var parameter = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == _parameter);
        if (report?.ResultStatistics is null || parameter?.Value is not int n || n <= 0)
        {
            return "NA";
        }

        double perItem = report.ResultStatistics.Mean / n;
        return (perItem / 1000.0).ToString("N1", System.Globalization.CultureInfo.InvariantCulture) + " μs";
    }
}
