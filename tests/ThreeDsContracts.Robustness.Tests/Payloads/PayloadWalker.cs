using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThreeDsContracts.Metadata;
using ThreeDsContracts.Robustness.Tests.Infrastructure;

namespace ThreeDsContracts.Robustness.Tests.Payloads;

/// <summary>A value of a payload with the generated type that reads it (null when the schema does not describe it).</summary>
internal sealed record Leaf(JsonNode? Node, JsonNode? Parent, string? Key, int Index, Type? Declared, string Path, SensitiveKind Sensitive)
{
    public ValueShape? Shape => Declared is null ? null : Contracts.ShapeOf(Declared, out _);

    public bool IsString => Node is JsonValue value && value.GetValueKind() == JsonValueKind.String;

    /// <summary>Puts a new node where this one is; returns the (possibly new) root.</summary>
    public JsonNode? Replace(JsonNode? root, JsonNode? replacement)
    {
        switch (Parent)
        {
            case JsonObject obj:
                obj[Key!] = replacement;
                return root;
            case JsonArray array:
                array[Index] = replacement;
                return root;
            default:
                return replacement;
        }
    }
}

/// <summary>Walks a payload alongside its generated type (properties by [JsonPropertyName], lists, maps, plain-JSON Base64 content).</summary>
internal static class PayloadWalker
{
    public static List<Leaf> Walk(JsonNode? root, Type type)
    {
        var leaves = new List<Leaf>();
        Visit(root, null, null, -1, type, "$", SensitiveKind.None, leaves, 0);
        return leaves;
    }

    private static void Visit(JsonNode? node, JsonNode? parent, string? key, int index, Type? declared, string path, SensitiveKind sensitive, List<Leaf> into, int depth)
    {
        into.Add(new Leaf(node, parent, key, index, declared, path, sensitive));
        if (node is null || depth > 40)
        {
            return;
        }

        Type? element = null;
        ValueShape? shape = declared is null ? null : Contracts.ShapeOf(declared, out element);
        switch (node)
        {
            case JsonObject obj:
                var members = new Dictionary<string, WireMember>(StringComparer.Ordinal);
                if (shape == ValueShape.Object || shape == ValueShape.Encoded)
                {
                    foreach (WireMember member in Contracts.Members(shape == ValueShape.Object ? Contracts.Unwrap(declared!) : element!))
                    {
                        members[member.WireName] = member;
                    }
                }

                foreach (KeyValuePair<string, JsonNode?> entry in new List<KeyValuePair<string, JsonNode?>>(obj))
                {
                    string childPath = Paths.Property(path, entry.Key);
                    if (shape == ValueShape.Map)
                    {
                        Visit(entry.Value, obj, entry.Key, -1, element, childPath, SensitiveKind.None, into, depth + 1);
                    }
                    else if (members.TryGetValue(entry.Key, out WireMember? member))
                    {
                        Visit(entry.Value, obj, entry.Key, -1, member.Type, childPath, member.Sensitive, into, depth + 1);
                    }
                    else
                    {
                        Visit(entry.Value, obj, entry.Key, -1, null, childPath, SensitiveKind.None, into, depth + 1);
                    }
                }

                break;
            case JsonArray array:
                for (int i = 0; i < array.Count; i++)
                {
                    Visit(array[i], array, null, i, shape == ValueShape.List ? element : null, Paths.Index(path, i), sensitive, into, depth + 1);
                }

                break;
        }
    }
}
