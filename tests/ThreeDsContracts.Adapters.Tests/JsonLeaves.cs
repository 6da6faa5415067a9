using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace ThreeDsContracts.Adapters.Tests;

/// <summary>
/// The leaves of a JSON document by dotted path. A canonical phone counts as one leaf (country code and
/// subscriber digits together), since providers carry it as one string; date-times compare as instants.
/// </summary>
internal static class JsonLeaves
{
    private static readonly HashSet<string> Phones = new(StringComparer.Ordinal) { "cardholder.homePhone", "cardholder.mobilePhone", "cardholder.workPhone" };

    public static Dictionary<string, string> Of(string json)
    {
        var leaves = new Dictionary<string, string>(StringComparer.Ordinal);
        using JsonDocument document = JsonDocument.Parse(json);
        Walk(document.RootElement, string.Empty, leaves);
        return leaves;
    }

    public static Dictionary<string, string> Of<T>(T value) => Of(JsonSerializer.Serialize(value));

    private static void Walk(JsonElement element, string path, Dictionary<string, string> leaves)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object when Phones.Contains(path):
                string cc = element.TryGetProperty("cc", out JsonElement c) ? c.GetString()! : string.Empty;
                leaves[path] = cc + element.GetProperty("subscriber").GetString();
                break;
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    Walk(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name, leaves);
                }

                break;
            case JsonValueKind.Array:
                int i = 0;
                foreach (JsonElement item in element.EnumerateArray())
                {
                    Walk(item, path + "[" + i++ + "]", leaves);
                }

                break;
            case JsonValueKind.Null:
                break;
            default:
                leaves[path] = Normalize(element);
                break;
        }
    }

    private static string Normalize(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            string text = element.GetString()!;
            return text.Contains('T', StringComparison.Ordinal) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset instant)
                ? instant.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)
                : text;
        }

        return element.GetRawText();
    }
}
