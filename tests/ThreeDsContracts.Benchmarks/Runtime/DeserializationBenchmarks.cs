using System;
using System.Buffers;
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
    private HashSet<string> _base64Properties = null!;
    private byte[][] _base64Names = null!;

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
        _base64Properties = Base64JsonProperties(_utf8);
        _base64Names = _base64Properties.OrderBy(p => p, StringComparer.Ordinal).Select(System.Text.Encoding.UTF8.GetBytes).ToArray();
        Console.WriteLine($"// [setup] {Payload.Fixture}: {_utf8.Length} bytes, {BarePass()} tokens; Base64-JSON properties: "
            + (_base64Properties.Count == 0 ? "none" : string.Join(", ", _base64Properties.OrderBy(p => p, StringComparer.Ordinal)))
            + $"; {DecodingPass()} tokens with their sections decoded");
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

    /// <summary>
    /// The second floor, for payloads made of Base64-JSON sections (gateway, ecommpay): the same pass, and each
    /// Base64-JSON section (found in the setup by property name) decoded into a pooled buffer and tokenized too.
    /// Nothing is materialized; the generated reader also keeps each section's text for the verbatim round trip.
    /// </summary>
    [Benchmark(Description = "Utf8JsonReader pass, Base64 sections decoded (floor 2)")]
    public int DecodingPass() => Tokenize(_utf8, _base64Names);

    private static int Tokenize(ReadOnlySpan<byte> json, byte[][] base64Properties)
    {
        var reader = new Utf8JsonReader(json);
        int tokens = 0;
        bool section = false;
        while (reader.Read())
        {
            tokens++;
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                section = false;
                foreach (byte[] name in base64Properties)
                {
                    section |= reader.ValueTextEquals(name);
                }
            }
            else if (section && reader.TokenType == JsonTokenType.String)
            {
                ReadOnlySpan<byte> text = reader.HasValueSequence || reader.ValueIsEscaped ? Unescaped(ref reader) : reader.ValueSpan;
                tokens += DecodeAndTokenize(text, base64Properties);
                section = false;
            }
        }

        return tokens;
    }

    private static byte[] Unescaped(ref Utf8JsonReader reader)
    {
        byte[] text = new byte[reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length];
        return text.AsSpan(0, reader.CopyString(text)).ToArray();
    }

    private static int DecodeAndTokenize(ReadOnlySpan<byte> base64, byte[][] base64Properties)
    {
        int end = base64.Length;
        while (end > 0 && base64[end - 1] == (byte)'=')
        {
            end--;
        }

        int whole = end / 4 * 4;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(end * 3 / 4 + 3);
        try
        {
            OperationStatus status = System.Buffers.Text.Base64.DecodeFromUtf8(base64.Slice(0, whole), buffer, out _, out int written, isFinalBlock: end == whole);
            if (end > whole && status is OperationStatus.Done or OperationStatus.NeedMoreData)
            {
                Span<byte> tail = stackalloc byte[4] { (byte)'=', (byte)'=', (byte)'=', (byte)'=' };
                base64.Slice(whole, end - whole).CopyTo(tail);
                status = System.Buffers.Text.Base64.DecodeFromUtf8(tail, buffer.AsSpan(written), out _, out int last);
                written += last;
            }

            if (status != OperationStatus.Done)
            {
                throw new InvalidOperationException("A Base64-JSON section of the fixture is not standard Base64: " + status);
            }

            return Tokenize(buffer.AsSpan(0, written), base64Properties);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Property names whose string value is Base64 of a JSON object, at any depth (sections included).</summary>
    private static HashSet<string> Base64JsonProperties(byte[] utf8)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        void Walk(System.Text.Json.Nodes.JsonNode? node)
        {
            switch (node)
            {
                case System.Text.Json.Nodes.JsonObject obj:
                    foreach (KeyValuePair<string, System.Text.Json.Nodes.JsonNode?> member in obj)
                    {
                        if (member.Value is System.Text.Json.Nodes.JsonValue value && value.TryGetValue(out string? text)
                            && ThreeDsContracts.Serialization.ContractJson.DecodeBase64(text) is { Length: > 0 } bytes && bytes[0] == (byte)'{')
                        {
                            names.Add(member.Key);
                            Walk(System.Text.Json.Nodes.JsonNode.Parse(bytes));
                        }
                        else
                        {
                            Walk(member.Value);
                        }
                    }

                    break;
                case System.Text.Json.Nodes.JsonArray array:
                    foreach (System.Text.Json.Nodes.JsonNode? item in array)
                    {
                        Walk(item);
                    }

                    break;
            }
        }

        Walk(System.Text.Json.Nodes.JsonNode.Parse(utf8));
        return names;
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
