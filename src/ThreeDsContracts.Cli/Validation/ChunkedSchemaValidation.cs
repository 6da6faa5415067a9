using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ThreeDsContracts.Cli.Validation;

/// <summary>
/// JSON Schema validation with memory bounded by a small multiple of the payload. NJsonSchema validates a
/// Newtonsoft tree, which costs many times the size of the JSON; so a large payload is validated piece by
/// piece: every value up to <see cref="SubtreeBytes"/> goes to NJsonSchema whole, and a larger object or array
/// has its own keywords checked (a shallow copy of an object, with nested containers as empty placeholders,
/// goes to NJsonSchema for required, additionalProperties, oneOf/anyOf/not and its scalar members; array sizes
/// are counted) before its members are validated the same way with their sub-schemas.
/// Payloads up to <see cref="WholeBytes"/> are validated in one piece.
/// </summary>
internal static class ChunkedSchemaValidation
{
    /// <summary>Payloads up to this size are validated by NJsonSchema in one piece.</summary>
    public const int WholeBytes = 4 * 1024 * 1024;

    /// <summary>Values up to this size are handed to NJsonSchema whole.</summary>
    public const int SubtreeBytes = 256 * 1024;

    public static void Validate(JsonSchema schema, JsonElement element, string path, List<Finding> findings, int subtreeBytes = SubtreeBytes)
    {
        ReadOnlySpan<byte> raw = JsonMarshal.GetRawUtf8Value(element);
        if (raw.Length <= subtreeBytes || element.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
        {
            SchemaFindings.Add(schema.Validate(ToToken(raw)), path, findings);
            return;
        }

        JsonSchema actual = schema.ActualSchema;
        if (element.ValueKind == JsonValueKind.Object)
        {
            ValidateObject(schema, actual, element, path, findings, subtreeBytes);
        }
        else
        {
            ValidateArray(actual, element, path, findings, subtreeBytes);
        }
    }

    private static void ValidateObject(JsonSchema schema, JsonSchema actual, JsonElement element, string path, List<Finding> findings, int subtreeBytes)
    {
        var shallow = new JObject();
        var containers = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty property in element.EnumerateObject())
        {
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Object:
                    shallow[property.Name] = new JObject();
                    containers.Add(property.Name);
                    break;
                case JsonValueKind.Array:
                    shallow[property.Name] = new JArray();
                    containers.Add(property.Name);
                    break;
                default:
                    shallow[property.Name] = ToToken(JsonMarshal.GetRawUtf8Value(property.Value));
                    break;
            }
        }

        // Errors about the object itself and its scalar members are exact; errors inside or about a
        // placeholder are not, and the members are validated below with their real values.
        var own = new List<ValidationError>();
        foreach (ValidationError error in schema.Validate(shallow))
        {
            string relative = error.Path is null ? "#" : error.Path;
            string member = MemberOf(relative);
            if (member.Length == 0 || (!containers.Contains(member) && IsDirectMember(relative)))
            {
                own.Add(error);
            }
        }

        SchemaFindings.Add(own, path, findings);
        IReadOnlyDictionary<string, JsonSchemaProperty> properties = actual.ActualProperties;
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (!containers.Contains(property.Name))
            {
                continue;
            }

            JsonSchema? child = properties.TryGetValue(property.Name, out JsonSchemaProperty? known) ? known : actual.AdditionalPropertiesSchema;
            if (child is not null)
            {
                Validate(child, property.Value, ThreeDsContracts.Paths.Property(path, property.Name), findings, subtreeBytes);
            }
        }
    }

    private static void ValidateArray(JsonSchema actual, JsonElement element, string path, List<Finding> findings, int subtreeBytes)
    {
        if (actual.Type != JsonObjectType.None && !actual.Type.HasFlag(JsonObjectType.Array))
        {
            findings.Add(new Finding(FindingKind.Schema, "type", path, "must not be an array"));
            return;
        }

        int count = element.GetArrayLength();
        if (actual.MaxItems > 0 && count > actual.MaxItems)
        {
            findings.Add(new Finding(FindingKind.Schema, "maxItems", path, $"has more than {actual.MaxItems} items"));
        }

        if (count < actual.MinItems)
        {
            findings.Add(new Finding(FindingKind.Schema, "minItems", path, $"has fewer than {actual.MinItems} items"));
        }

        int index = 0;
        foreach (JsonElement item in element.EnumerateArray())
        {
            JsonSchema? itemSchema = actual.Item ?? (index < actual.Items.Count ? actual.Items.ElementAt(index) : actual.AdditionalItemsSchema);
            if (itemSchema is not null)
            {
                Validate(itemSchema, item, ThreeDsContracts.Paths.Index(path, index), findings, subtreeBytes);
            }

            index++;
        }
    }

    /// <summary>The member an NJsonSchema error path starts with (<c>#/name.x</c> → <c>name</c>), empty for the object itself.</summary>
    private static string MemberOf(string relative)
    {
        string rest = relative.StartsWith("#/", StringComparison.Ordinal) ? relative.Substring(2) : relative.TrimStart('#');
        int end = rest.IndexOfAny(new[] { '.', '[' });
        return end < 0 ? rest : rest.Substring(0, end);
    }

    private static bool IsDirectMember(string relative) => relative.IndexOfAny(new[] { '.', '[' }) < 0;

    /// <summary>A Newtonsoft tree of one JSON value, read from its UTF-8 bytes (dates and decimals kept as written).</summary>
    public static JToken ToToken(ReadOnlySpan<byte> utf8)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(utf8.Length, 1));
        try
        {
            utf8.CopyTo(buffer);
            using var stream = new MemoryStream(buffer, 0, utf8.Length, writable: false);
            using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 4096);
            using var reader = new JsonTextReader(text)
            {
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Decimal,
                MaxDepth = 256,
            };
            return JToken.ReadFrom(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Ignore, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Replace });
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
