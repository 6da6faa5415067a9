using System;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;

namespace ThreeDsContracts.Benchmarks;

public static class Program
{
    /// <summary>
    /// BenchmarkDotNet's switcher (e.g. <c>--filter '*Generator*'</c>), or <c>smoke [name]</c>: every setup and
    /// every benchmark method once, with its checks, to see that the benchmarks run (no measurement).
    /// </summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "smoke")
        {
            return Smoke(args.Length > 1 ? args[1] : string.Empty);
        }

        if (args.Length > 0 && args[0] == "steps")
        {
            return Steps(args.Skip(1).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        }

        if (args.Length > 0 && args[0] == "analyzer-quick")
        {
            return Analyzers.AnalyzerBenchmarks.PrintQuickComparison(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
        }

        if (args.Length > 0 && args[0] == "write-newtonsoft-models")
        {
            string path = System.IO.Path.Combine(ThreeDsContracts.Testing.RepoPaths.Root, "tests", "ThreeDsContracts.Benchmarks", "Runtime", "NewtonsoftModels.cs");
            System.IO.File.WriteAllText(path, Infrastructure.NewtonsoftModelWriter.Write(Runtime.Payloads.All.Select(p => p.Contract)));
            Console.WriteLine("Wrote " + path);
            return 0;
        }

        if (args.Length > 1 && args[0] == "write-analyzer-project")
        {
            int count = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : Analyzers.AnalyzerBenchmarks.FileCount;
            Analyzers.SyntheticProject.Write(args[1], ThreeDsContracts.Testing.RepoPaths.Root, count);
            Console.WriteLine($"Wrote {count} files and SyntheticPayments.csproj to {args[1]}");
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    /// <summary>Time spent in each tracked step of our generator's cold run over the built-in schemas (0) or N synthetic schemas.</summary>
    private static int Steps(int[] sizes)
    {
        foreach (int n in sizes)
        {
            var harness = n == 0 ? new ThreeDsContracts.Testing.Compilation.GeneratorHarness().WithRepositorySchemasAsProject() : Generator.GeneratorScaleBenchmarks.Harness(n);
            var scenario = Infrastructure.GeneratorScenario.Ours(harness, Infrastructure.Sources.ConsumerCode);
            // The first run includes JIT; the minimum of later runs is the least disturbed by other load.
            for (int run = 0; run < 10; run++)
            {
                var watch = Stopwatch.StartNew();
                var driver = scenario.NewDriver(tracked: true).RunGenerators(scenario.Compilation.Clone());
                double total = watch.Elapsed.TotalMilliseconds;
                var result = driver.GetRunResult().Results.Single();
                string steps = string.Join(", ", result.TrackedSteps.Concat(result.TrackedOutputSteps)
                    .Select(p => (p.Key, Ms: p.Value.Sum(s => s.ElapsedTime.TotalMilliseconds)))
                    .OrderByDescending(p => p.Ms).Select(p => $"{p.Key} {p.Ms:F0}"));
                Console.WriteLine($"N={n} run {run}: total {total:F0} ms; steps (ms): {steps}");
            }
        }

        return 0;
    }

    private static int Smoke(string filter)
    {
        foreach (Type type in typeof(Program).Assembly.GetTypes().Where(t => !t.IsAbstract && t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null) && t.Name.Contains(filter, StringComparison.Ordinal)).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            PropertyInfo? n = type.GetProperties().FirstOrDefault(p => p.GetCustomAttribute<ParamsAttribute>() is not null || p.GetCustomAttribute<ParamsSourceAttribute>() is not null);
            object?[] values = n?.GetCustomAttribute<ParamsAttribute>()?.Values
                ?? (n?.GetCustomAttribute<ParamsSourceAttribute>() is { } source ? ((System.Collections.IEnumerable)type.GetProperty(source.Name)!.GetValue(null)!).Cast<object?>().ToArray() : null)
                ?? new object?[] { null };
            foreach (object? value in values)
            {
                object instance = Activator.CreateInstance(type)!;
                n?.SetValue(instance, value);
                var watch = Stopwatch.StartNew();
                type.GetMethods().Where(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null).ToList().ForEach(m => m.Invoke(instance, null));
                Console.WriteLine($"{type.Name}{(n is null ? string.Empty : $" {n.Name}={value}")}: setup {watch.ElapsedMilliseconds} ms");
                foreach (MethodInfo method in type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
                {
                    watch.Restart();
                    method.Invoke(instance, null);
                    double first = watch.Elapsed.TotalMilliseconds;
                    watch.Restart();
                    method.Invoke(instance, null);
                    Console.WriteLine($"  {method.Name}: first {first:F3} ms, second {watch.Elapsed.TotalMilliseconds:F3} ms");
                }

                type.GetMethods().Where(m => m.GetCustomAttribute<GlobalCleanupAttribute>() is not null).ToList().ForEach(m => m.Invoke(instance, null));
            }
        }

        return 0;
    }
}
