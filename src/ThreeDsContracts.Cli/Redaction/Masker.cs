using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThreeDsContracts.Cli.Infrastructure;
using ThreeDsContracts.Cli.Schemas;
using ThreeDsContracts.Cli.Validation;
using ThreeDsContracts.Metadata;
using ThreeDsContracts.Redaction;
using ThreeDsContracts;
using ThreeDsContracts.Serialization;

namespace ThreeDsContracts.Cli.Redaction;

/// <summary>
/// Masks the values of <c>x-sensitive</c> fields in a JSON tree before the tool prints it: PANs to their first
/// six and last four digits, CVVs, authentication values and secrets to <c>***</c>. Base64-JSON fields whose
/// content holds sensitive fields are decoded, masked and encoded again.
/// </summary>
internal sealed class Masker
{
    private readonly Dictionary<SchemaField, bool> _sensitiveBelow = new(ReferenceEqualityComparer.Instance);

    /// <summary>Masks in place; returns the paths that were masked.</summary>
    public static IReadOnlyList<string> Mask(SchemaField field, JsonNode? node, string path = "$")
    {
        var masked = new List<string>();
        new Masker().Walk(field, node, path, masked, 0);
        return masked;
    }

    public static SensitiveKind KindOf(string? sensitive) => sensitive switch
    {
        null => SensitiveKind.None,
        "pan" => SensitiveKind.Pan,
        "cvv" => SensitiveKind.Cvv,
        "authentication-value" => SensitiveKind.AuthenticationValue,
        _ => SensitiveKind.Secret,
    };

    private void Walk(SchemaField field, JsonNode? node, string path, List<string> masked, int depth)
    {
        if (node is null || depth > 256 || !HasSensitive(field, new HashSet<SchemaField>(ReferenceEqualityComparer.Instance)))
        {
            return;
        }

        switch (node)
        {
            case JsonObject obj:
                foreach (KeyValuePair<string, JsonNode?> property in obj.ToList())
                {
                    if (field.Property(property.Key) is not { } child)
                    {
                        continue;
                    }

                    string childPath = Paths.Property(path, property.Key);
                    if (child.Sensitive is { } kind && property.Value is not null)
                    {
                        obj[property.Key] = MaskValue(property.Value, KindOf(kind));
                        masked.Add(childPath);
                    }
                    else if (child.ContentSchema is { } content && property.Value is JsonValue encoded && encoded.TryGetValue(out string? text))
                    {
                        if (MaskEncoded(content, text, childPath, masked, depth) is { } reencoded)
                        {
                            obj[property.Key] = reencoded;
                        }
                    }
                    else
                    {
                        Walk(child, property.Value, childPath, masked, depth + 1);
                    }
                }

                break;

            case JsonArray array when field.Items is { } items:
                for (int i = 0; i < array.Count; i++)
                {
                    string itemPath = Paths.Index(path, i);
                    if (items.Sensitive is { } kind && array[i] is not null)
                    {
                        array[i] = MaskValue(array[i]!, KindOf(kind));
                        masked.Add(itemPath);
                    }
                    else
                    {
                        Walk(items, array[i], itemPath, masked, depth + 1);
                    }
                }

                break;
        }
    }

    private string? MaskEncoded(SchemaField content, string text, string path, List<string> masked, int depth)
    {
        if (!HasSensitive(content, new HashSet<SchemaField>(ReferenceEqualityComparer.Instance)) || !Base64Json.TryDecode(text, out byte[] json, out _))
        {
            return null;
        }

        JsonNode? inner;
        try
        {
            inner = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }

        int before = masked.Count;
        Walk(content, inner, path, masked, depth + 1);
        return masked.Count == before ? null : Convert.ToBase64String(JsonOutput.ToUtf8(inner, JsonOutput.Compact));
    }

    private static JsonNode MaskValue(JsonNode value, SensitiveKind kind) =>
        value is JsonValue scalar && scalar.TryGetValue(out string? text)
            ? JsonValue.Create(Sensitive.Mask(text, kind))
            : JsonValue.Create(Sensitive.Hidden);

    private bool HasSensitive(SchemaField field, HashSet<SchemaField> visiting)
    {
        if (_sensitiveBelow.TryGetValue(field, out bool known))
        {
            return known;
        }

        if (!visiting.Add(field))
        {
            return false;
        }

        bool result = field.Properties().Any(p => p.Field.Sensitive is not null || (p.Field.ContentSchema is { } c && HasSensitive(c, visiting)) || HasSensitive(p.Field, visiting))
            || (field.Items is { } items && (items.Sensitive is not null || HasSensitive(items, visiting)))
            || (field.Resolved.Json["additionalProperties"] is Newtonsoft.Json.Linq.JObject && field.Property("\u0000") is { } additional && (additional.Sensitive is not null || HasSensitive(additional, visiting)));
        visiting.Remove(field);
        _sensitiveBelow[field] = result;
        return result;
    }
}
