using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThreeDsContracts.Robustness.Tests.Infrastructure;

namespace ThreeDsContracts.Robustness.Tests.Payloads;

/// <summary>One mutated payload: reproducible from its category, fixture and seed.</summary>
internal sealed record PayloadCase(string Category, string Fixture, Type Type, int Seed, string Description, byte[] Utf8)
{
    public override string ToString() => $"{Category} seed {Seed} on {Fixture}: {Description}";

    public string Text => Encoding.UTF8.GetString(Utf8);
}

/// <summary>
/// Mutates valid payloads. Sizes are bounded (strings up to a few MB, nesting up to 10,000 levels) so
/// that a case can only fail, never hang: the readers' own limits are what is exercised.
/// </summary>
internal static class PayloadMutator
{
    public static readonly IReadOnlyList<string> Categories = new[]
    {
        "TypeSwap", "Truncation", "RandomBytes", "HugeString", "DeepNesting", "InvalidBase64", "InvalidDate", "DuplicatedKeys",
        "Unicode", "NumberEdges", "NullsAndMissing",
    };

    private const string Marker = "\u00a7RAW\u00a7";

    public static PayloadCase Create(string category, string fixtureName, string json, Type type, int seed)
    {
        var random = new Random(seed);
        JsonNode? root = JsonText.Parse(json);
        List<Leaf> leaves = PayloadWalker.Walk(root, type);
        string? raw = null;
        JsonObject? duplicateTarget = null;
        KeyValuePair<string, JsonNode?> duplicate = default;
        string description;
        switch (category)
        {
            case "TypeSwap":
            {
                Leaf leaf = random.Pick(leaves.Count > 1 ? leaves.Skip(1).ToList() : leaves);
                (JsonNode? value, string text) = OtherKind(random, leaf.Node);
                root = leaf.Replace(root, value);
                raw = text;
                description = $"{leaf.Path} became {text}";
                break;
            }

            case "Truncation":
            {
                byte[] bytes = Encoding.UTF8.GetBytes(random.Next(2) == 0 ? json : JsonText.Write(root, indented: false));
                int cut = random.Next(0, bytes.Length);
                return new PayloadCase(category, fixtureName, type, seed, $"cut at byte {cut} of {bytes.Length}", bytes.AsSpan(0, cut).ToArray());
            }

            case "RandomBytes":
            {
                var bytes = new List<byte>(Encoding.UTF8.GetBytes(json));
                int edits = random.Next(1, 8);
                var what = new List<string>();
                for (int i = 0; i < edits && bytes.Count > 0; i++)
                {
                    int at = random.Next(bytes.Count);
                    byte b = random.Next(3) == 0 ? (byte)random.Next(256) : random.Pick(new byte[] { 0xFF, 0xC0, 0xAF, 0xED, 0xA0, 0x80, 0x00, (byte)'"', (byte)'\\', (byte)'{', (byte)']', (byte)',', (byte)'u' });
                    switch (random.Next(3))
                    {
                        case 0: bytes[at] = b; what.Add($"set {at}=0x{b:X2}"); break;
                        case 1: bytes.Insert(at, b); what.Add($"insert {at}=0x{b:X2}"); break;
                        default: bytes.RemoveAt(at); what.Add($"delete {at}"); break;
                    }
                }

                return new PayloadCase(category, fixtureName, type, seed, string.Join(", ", what), bytes.ToArray());
            }

            case "HugeString":
            {
                int length = random.Pick(new[] { 10_000, Fuzz.Count(50_000, 1_000_000), Fuzz.Count(100_000, 4_000_000) });
                string unit = random.Pick(new[] { "4", "a", "\u00e9", "\"", "\\", "\ud83d\ude00", "=" });
                string huge = new StringBuilder(length).Insert(0, unit, Math.Max(1, length / unit.Length)).ToString();
                if (random.Next(4) == 0 && root is JsonObject obj)
                {
                    obj[huge] = "key";
                    description = $"a property named with {length} characters '{Fuzz.Clip(unit, 4)}'";
                }
                else
                {
                    List<Leaf> strings = leaves.Where(l => l.IsString).ToList();
                    Leaf leaf = random.Pick(strings.Count > 0 ? strings : leaves);
                    root = leaf.Replace(root, huge);
                    description = $"{leaf.Path} became {length} characters '{Fuzz.Clip(unit, 4)}'";
                }

                break;
            }

            case "DeepNesting":
            {
                int depth = random.Pick(new[] { 62, 63, 64, 65, 200, 1000, Fuzz.Count(10_000, 100_000) });
                bool arrays = random.Next(2) == 0;
                var builder = new StringBuilder(depth * 8);
                for (int i = 0; i < depth; i++)
                {
                    builder.Append(arrays ? "[" : "{\"a\":");
                }

                builder.Append('1');
                for (int i = 0; i < depth; i++)
                {
                    builder.Append(arrays ? ']' : '}');
                }

                Leaf leaf = random.Pick(leaves);
                root = leaf.Replace(root, Marker);
                raw = builder.ToString();
                description = $"{leaf.Path} became {depth} nested {(arrays ? "arrays" : "objects")}";
                break;
            }

            case "InvalidBase64":
            {
                List<Leaf> encoded = leaves.Where(l => l.Shape == ValueShape.Encoded).ToList();
                List<Leaf> strings = leaves.Where(l => l.IsString).ToList();
                Leaf leaf = random.Pick(encoded.Count > 0 && random.Next(5) > 0 ? encoded : strings.Count > 0 ? strings : leaves);
                (JsonNode? value, string text) = BadBase64(random, leaf.Node);
                root = leaf.Replace(root, value);
                description = $"{leaf.Path} ({(leaf.Shape == ValueShape.Encoded ? "Base64 JSON" : "string")}) became {Fuzz.Clip(text, 80)}";
                break;
            }

            case "InvalidDate":
            {
                List<Leaf> dates = leaves.Where(l => l.Shape is ValueShape.IsoDateTime or ValueShape.FlexibleTimestamp or ValueShape.DateOnly or ValueShape.DateTime).ToList();
                List<Leaf> strings = leaves.Where(l => l.IsString).ToList();
                Leaf leaf = random.Pick(dates.Count > 0 && random.Next(5) > 0 ? dates : strings.Count > 0 ? strings : leaves);
                JsonNode? value = random.Pick(BadDates)?.DeepClone();
                root = leaf.Replace(root, value);
                description = $"{leaf.Path} ({leaf.Shape?.ToString() ?? "undescribed"}) became {value?.ToJsonString() ?? "null"}";
                break;
            }

            case "DuplicatedKeys":
            {
                List<JsonObject> objects = leaves.Select(l => l.Node).OfType<JsonObject>().Where(o => o.Count > 0).ToList();
                if (objects.Count == 0)
                {
                    goto case "TypeSwap";
                }

                duplicateTarget = random.Pick(objects);
                KeyValuePair<string, JsonNode?> original = random.Pick(duplicateTarget.ToList());
                JsonNode? again = random.Next(4) switch
                {
                    0 => original.Value?.DeepClone(),
                    1 => null,
                    2 => OtherKind(random, original.Value).Value,
                    _ => "duplicate",
                };
                duplicate = new KeyValuePair<string, JsonNode?>(original.Key, again);
                description = $"'{original.Key}' repeated at {duplicateTarget.GetPath()} with {again?.ToJsonString() ?? "null"}";
                break;
            }

            case "Unicode":
            {
                string text = random.Pick(new[] { "\ud800", "\udfff", "a\ud800b", "\ufeff", "\u202e", "\u0000", "\uffff", "\ud83d\ude00", "e\u0301", "\u2028", "İ", "ß" });
                if (random.Next(3) == 0 && leaves.Select(l => l.Node).OfType<JsonObject>().ToList() is { Count: > 0 } objects)
                {
                    JsonObject target = random.Pick(objects);
                    if (target.Count > 0 && random.Next(2) == 0)
                    {
                        KeyValuePair<string, JsonNode?> member = random.Pick(target.ToList());
                        int at = target.IndexOf(member.Key);
                        target.RemoveAt(at);
                        target.Insert(at, member.Key + text, member.Value);
                        description = $"key '{member.Key}' at {target.GetPath()} got {JsonText.Quote(text)}";
                    }
                    else
                    {
                        target[text] = "x";
                        description = $"key {JsonText.Quote(text)} added at {target.GetPath()}";
                    }
                }
                else
                {
                    List<Leaf> strings = leaves.Where(l => l.IsString).ToList();
                    Leaf leaf = random.Pick(strings.Count > 0 ? strings : leaves);
                    string current = leaf.IsString ? leaf.Node!.GetValue<string>() : string.Empty;
                    int at = random.Next(current.Length + 1);
                    root = leaf.Replace(root, current.Insert(at, text));
                    description = $"{leaf.Path} got {JsonText.Quote(text)} at {at}";
                }

                if (random.Next(4) == 0)
                {
                    // Raw invalid UTF-8 inside a string instead of an escape.
                    byte[] bytes = Encoding.UTF8.GetBytes(JsonText.Write(root));
                    int quote = Array.IndexOf(bytes, (byte)'"', random.Next(bytes.Length));
                    if (quote > 0)
                    {
                        var list = new List<byte>(bytes);
                        list.InsertRange(quote + 1, random.Pick(new[] { new byte[] { 0xFF }, new byte[] { 0xC0, 0xAF }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xE2, 0x82 } }));
                        return new PayloadCase(category, fixtureName, type, seed, description + ", and invalid UTF-8 after byte " + quote, list.ToArray());
                    }
                }

                break;
            }

            case "NumberEdges":
            {
                List<Leaf> numbers = leaves.Where(l => l.Node is JsonValue v && v.GetValueKind() == JsonValueKind.Number).ToList();
                Leaf leaf = random.Pick(numbers.Count > 0 && random.Next(4) > 0 ? numbers : leaves.Skip(1).DefaultIfEmpty(leaves[0]).ToList());
                string number = random.Pick(new[]
                {
                    "1e400", "-1e400", "1E-400", "123456789012345678901234567890", "-0", "0.0000000000000000000000000001", "2147483648",
                    "-2147483649", "9223372036854775808", "-9223372036854775809", "1.5", "79228162514264337593543950336", "1e28", "0e0",
                    "-0.0", "100000000000000000000000000000000000000000000000000000000000000000000",
                });
                root = leaf.Replace(root, Marker);
                raw = number;
                description = $"{leaf.Path} became {number}";
                break;
            }

            case "NullsAndMissing":
            {
                int variant = random.Next(4);
                if (variant == 0 && leaves.Count > 1)
                {
                    Leaf leaf = random.Pick(leaves.Skip(1).ToList());
                    root = leaf.Replace(root, null);
                    description = $"{leaf.Path} became null";
                }
                else if (variant <= 2 && leaves.Where(l => l.Parent is JsonObject).ToList() is { Count: > 0 } members)
                {
                    int count = variant == 1 ? 1 : random.Next(2, 6);
                    var removed = new List<string>();
                    for (int i = 0; i < count; i++)
                    {
                        Leaf leaf = random.Pick(members);
                        if (((JsonObject)leaf.Parent!).Remove(leaf.Key!))
                        {
                            removed.Add(leaf.Path);
                        }
                    }

                    description = "removed " + string.Join(", ", removed);
                }
                else
                {
                    string text = random.Pick(new[] { "null", "[]", "\"\"", "0", "{}", "true", "[{}]" });
                    return new PayloadCase(category, fixtureName, type, seed, "the payload is " + text, Encoding.UTF8.GetBytes(text));
                }

                break;
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(category), category, null);
        }

        string output = JsonText.Write(
            root,
            indented: random.Next(2) == 0,
            extraMembers: duplicateTarget is null ? null : o => ReferenceEquals(o, duplicateTarget) ? new[] { duplicate } : Array.Empty<KeyValuePair<string, JsonNode?>>());
        if (raw is not null)
        {
            output = output.Replace(JsonText.Quote(Marker), raw);
        }

        return new PayloadCase(category, fixtureName, type, seed, description, Encoding.UTF8.GetBytes(output));
    }

    private static readonly JsonNode?[] BadDates =
    {
        "2023-02-30", "2023-13-01T00:00:00Z", "9999-12-31T23:59:59+14:01", "0000-01-01", string.Empty, " ", "yesterday", "2023-01-09T22:07:22-25:00",
        "-2023-01-01", "99999-01-01T00:00:00Z", "2023-01-09T23:59:60Z", "20230230", "31-02-2023", "2023-01-09T22:07:22.123456789012Z", "\u0662\u0660\u0662\u0663-01-01",
        "2023-01-09T22:07", "2023-01-09 22:07:22", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", "202301011200", "01-01-202312:60", "1e9",
        new JsonObject { ["seconds"] = JsonValue.Create(1e30) }, new JsonObject { ["seconds"] = "abc" }, new JsonObject { ["seconds"] = -62135596801L },
        new JsonObject { ["seconds"] = 253402300800L }, new JsonObject { ["nanos"] = 5 }, new JsonObject { ["seconds"] = 1, ["nanos"] = JsonValue.Create(1e20) },
        new JsonObject { ["seconds"] = "9223372036854775807" }, new JsonObject { ["seconds"] = null }, new JsonObject { ["seconds"] = 253402300799L, ["nanos"] = 999999999 },
        new JsonObject { ["seconds"] = -62135596800L, ["nanos"] = -1 }, new JsonObject { ["seconds"] = 1, ["nanos"] = -9223372036854775808L },
        new JsonArray(), 20230101, null, true,
    };

    private static (JsonNode? Value, string Text) OtherKind(Random random, JsonNode? current)
    {
        JsonValueKind kind = current?.GetValueKind() ?? JsonValueKind.Null;
        while (true)
        {
            (JsonNode? value, string text) = random.Next(12) switch
            {
                0 => ((JsonNode?)0, "0"),
                1 => (-1, "-1"),
                2 => (1.5, "1.5"),
                3 => (true, "true"),
                4 => (false, "false"),
                5 => (null, "null"),
                6 => (string.Empty, "\"\""),
                7 => ("x", "\"x\""),
                8 => (new JsonArray(), "[]"),
                9 => (new JsonArray(1, "a", null), "[1,\"a\",null]"),
                10 => (new JsonObject(), "{}"),
                _ => (new JsonObject { ["a"] = 1 }, "{\"a\":1}"),
            };
            if ((value?.GetValueKind() ?? JsonValueKind.Null) != kind || random.Next(6) == 0)
            {
                return (value, text);
            }
        }
    }

    private static (JsonNode? Value, string Text) BadBase64(Random random, JsonNode? current)
    {
        static string B64(string s) => Convert.ToBase64String(Encoding.UTF8.GetBytes(s));
        string? decoded = null;
        if (current is JsonValue v && v.GetValueKind() == JsonValueKind.String && ContractBase64(v.GetValue<string>()) is { } bytes)
        {
            decoded = Encoding.UTF8.GetString(bytes);
        }

        var options = new List<JsonNode?>
        {
            "!!!!", "a", "abcde", "====", "YQ", B64("[1,2]"), B64("{\"a\":"), B64("{}garbage"), B64(new string('[', 200) + new string(']', 200)),
            B64(string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100)), "77u/" + B64("{}"), B64("null"), B64("{\"x\":1}"),
            B64("\"str\""), Convert.ToBase64String(new byte[] { 0xFF, 0xFE, 0x7B, 0x7D }), new JsonObject(), 5, new JsonArray(B64("{}")), B64(B64("{}")),
            "e30=\n", " e 3 0 = ", "e30", "e30=====", "e3-_", "\u00e9\u00e9\u00e9\u00e9", B64("{\"a\":1,\"a\":2}"), B64("{\"\ud800\":1}"),
        };
        if (decoded is not null)
        {
            // The real content with one value of the wrong type, and truncated.
            JsonNode? inner;
            try
            {
                inner = JsonText.Parse(decoded);
            }
            catch (JsonException)
            {
                inner = null;
            }

            if (inner is JsonObject innerObject && innerObject.Count > 0)
            {
                KeyValuePair<string, JsonNode?> member = random.Pick(innerObject.ToList());
                innerObject[member.Key] = OtherKind(random, member.Value).Value;
                options.Add(B64(JsonText.Write(innerObject, indented: false)));
            }

            options.Add(B64(decoded.Substring(0, random.Next(decoded.Length))));
            options.Add(B64(decoded).TrimEnd('=').Substring(0, Math.Max(0, B64(decoded).TrimEnd('=').Length - 1)));
        }

        JsonNode? chosen = random.Pick(options)?.DeepClone();
        return (chosen, chosen?.ToJsonString() ?? "null");
    }

    private static byte[]? ContractBase64(string text) => Serialization.ContractJson.DecodeBase64(text);
}
