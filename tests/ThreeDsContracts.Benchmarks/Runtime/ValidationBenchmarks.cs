using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using BenchmarkDotNet.Attributes;
using NJsonSchema;
using ThreeDsContracts.Benchmarks.Infrastructure;
using ThreeDsContracts.Generator.Parsing;
using ThreeDsContracts.Testing;
using ThreeDsContracts.Validation;

namespace ThreeDsContracts.Benchmarks.Runtime;

/// <summary>
/// Schema validation of the largest fixture of each provider: the generated <c>Validate()</c> on the read payload
/// (baseline) against NJsonSchema's <c>JsonSchema.Validate</c> on the already-parsed Newtonsoft token (the version
/// in Directory.Packages.props; schemas loaded once, $refs from memory). Neither side includes parsing.
/// </summary>
[Config(typeof(BenchConfig))]
public class ValidationBenchmarks
{
    private Func<IReadOnlyList<ValidationFinding>> _generated = null!;
    private JsonSchema _schema = null!;
    private global::Newtonsoft.Json.Linq.JToken _token = null!;

    [ParamsSource(nameof(Providers))]
    public Payloads.Payload Payload { get; set; } = null!;

    public static IEnumerable<Payloads.Payload> Providers => Payloads.All;

    [GlobalSetup]
    public void Setup()
    {
        object model = JsonSerializer.Deserialize(Payload.Utf8, Payload.TypeInfo)!;
        _generated = (Func<IReadOnlyList<ValidationFinding>>)Delegate.CreateDelegate(
            typeof(Func<IReadOnlyList<ValidationFinding>>), model, Payload.Contract.GetMethod("Validate", Type.EmptyTypes)!);
        var texts = Directory.GetFiles(RepoPaths.Schemas, "*.schema.json", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(RepoPaths.Schemas, f).Replace('\\', '/').Replace(".schema.json", string.Empty),
            File.ReadAllText,
            StringComparer.Ordinal);
        string id = Payload.Contract.GetCustomAttributes(typeof(Metadata.ThreeDsSchemaAttribute), false).Cast<Metadata.ThreeDsSchemaAttribute>().Single().SchemaId;
        _schema = JsonSchemaLoadCheck.Load(id, texts[id], texts, CancellationToken.None).GetAwaiter().GetResult();
        _token = global::Newtonsoft.Json.Linq.JToken.Parse(System.Text.Encoding.UTF8.GetString(Payload.Utf8));
        Console.WriteLine($"// [setup] {Payload.Fixture}: generated findings {Generated().Count(f => f.Severity == FindingSeverity.Error)} errors, "
            + $"NJsonSchema {NJsonSchemaValidate()} errors");
    }

    [Benchmark(Baseline = true, Description = "Generated Validate()")]
    public IReadOnlyList<ValidationFinding> Generated() => _generated();

    [Benchmark(Description = "NJsonSchema Validate")]
    public int NJsonSchemaValidate() => _schema.Validate(_token).Count;
}
