using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ThreeDsContracts.Benchmarks.Infrastructure;

namespace ThreeDsContracts.Benchmarks.Runtime;

/// <summary>
/// The largest fixture of each provider, from its UTF-8 bytes: the generated converters through the provider's
/// generated JSON context (baseline), Newtonsoft.Json into equivalent plain classes (Runtime/NewtonsoftModels.cs),
/// and a bare Utf8JsonReader pass over the same bytes (the floor: tokenizing only, nothing materialized).
/// </summary>
[Config(typeof(BenchConfig))]
public class DeserializationBenchmarks
{
    private static readonly global::Newtonsoft.Json.JsonSerializer Newtonsoft = global::Newtonsoft.Json.JsonSerializer.Create(new global::Newtonsoft.Json.JsonSerializerSettings
    {
        DateParseHandling = global::Newtonsoft.Json.DateParseHandling.None,
        MissingMemberHandling = global::Newtonsoft.Json.MissingMemberHandling.Ignore,
    });

    private byte[] _utf8 = null!;

    [ParamsSource(nameof(Providers))]
    public Payloads.Payload Payload { get; set; } = null!;

    public static IEnumerable<Payloads.Payload> Providers => Payloads.All;

    [GlobalSetup]
    public void Setup()
    {
        _utf8 = Payload.Utf8;
        object ours = Generated() ?? throw new InvalidOperationException("The generated context read nothing");
        object theirs = NewtonsoftJson() ?? throw new InvalidOperationException("Newtonsoft read nothing");
        if (ours.GetType() != Payload.Contract)
        {
            throw new InvalidOperationException("Unexpected type " + ours.GetType());
        }

        // The plain classes cover every property of the fixture: nothing lands in their extension data.
        AssertNoExtensionData(theirs, "$");
        Console.WriteLine($"// [setup] {Payload.Fixture}: {_utf8.Length} bytes, {BarePass()} tokens");
    }

    [Benchmark(Baseline = true, Description = "Generated context")]
    public object? Generated() => JsonSerializer.Deserialize(_utf8, Payload.TypeInfo);

    [Benchmark(Description = "Newtonsoft.Json")]
    public object? NewtonsoftJson()
    {
        using var text = new StreamReader(new MemoryStream(_utf8, writable: false), System.Text.Encoding.UTF8);
        using var reader = new global::Newtonsoft.Json.JsonTextReader(text);
        return Newtonsoft.Deserialize(reader, Payload.Newtonsoft);
    }

    [Benchmark(Description = "Utf8JsonReader pass (floor)")]
    public int BarePass()
    {
        var reader = new Utf8JsonReader(_utf8);
        int tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    private static void AssertNoExtensionData(object? value, string path)
    {
        if (value is null || value is string || value.GetType().IsValueType || value is global::Newtonsoft.Json.Linq.JToken)
        {
            return;
        }

        if (value is IEnumerable items)
        {
            int i = 0;
            foreach (object? item in items)
            {
                AssertNoExtensionData(item, path + "[" + i++ + "]");
            }

            return;
        }

        foreach (PropertyInfo property in value.GetType().GetProperties())
        {
            object? child = property.GetValue(value);
            if (property.Name == "ExtensionData")
            {
                if (child is IDictionary<string, global::Newtonsoft.Json.Linq.JToken> { Count: > 0 } extra)
                {
                    throw new InvalidOperationException($"The Newtonsoft classes miss {path}: {string.Join(", ", extra.Keys)}");
                }

                continue;
            }

            AssertNoExtensionData(child, path + "." + property.Name);
        }
    }
}
