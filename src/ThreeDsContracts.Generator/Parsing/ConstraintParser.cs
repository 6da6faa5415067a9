using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ThreeDsContracts.Generator.Model;

namespace ThreeDsContracts.Generator.Parsing;

/// <summary>
/// Reads the validation keywords of a schema (minLength … maxItems, pattern, format, the JSON types of an untyped
/// value, and oneOf/anyOf groups of required properties) into the specs the validator emitter uses. A keyword whose
/// value cannot be checked is reported (TDS0014) through <c>report(token, pointer, message)</c> and left out.
/// </summary>
internal static class ConstraintParser
{
    /// <summary>Formats the validator checks; others are annotations (as JSON Schema allows).</summary>
    public static readonly IReadOnlyList<string> CheckedFormats = new[] { "uri", "email" };

    private static readonly string[] JsonTypeNames = { "string", "number", "integer", "boolean", "object", "array", "null" };

    public static ConstraintSpec? Parse(JObject schema, ValueKind kind, string pointer, Action<JToken, string, string> report)
    {
        int? minLength = Count(schema, "minLength", pointer, report);
        int? maxLength = Count(schema, "maxLength", pointer, report);
        int? minItems = Count(schema, "minItems", pointer, report);
        int? maxItems = Count(schema, "maxItems", pointer, report);
        string? pattern = Pattern(schema, pointer, report);
        string? minimum = Number(schema, "minimum", pointer, report);
        string? maximum = Number(schema, "maximum", pointer, report);
        string? exclusiveMinimum = Number(schema, "exclusiveMinimum", pointer, report);
        string? exclusiveMaximum = Number(schema, "exclusiveMaximum", pointer, report);
        if (schema["exclusiveMinimum"] is { Type: JTokenType.Boolean } exMin && (bool)exMin!)
        {
            // draft-04 form: "exclusiveMinimum": true makes "minimum" exclusive.
            (exclusiveMinimum, minimum) = (minimum, null);
        }

        if (schema["exclusiveMaximum"] is { Type: JTokenType.Boolean } exMax && (bool)exMax!)
        {
            (exclusiveMaximum, maximum) = (maximum, null);
        }

        string? multipleOf = Number(schema, "multipleOf", pointer, report);
        if (multipleOf is not null && decimal.Parse(multipleOf, NumberStyles.Float, CultureInfo.InvariantCulture) <= 0)
        {
            report(schema["multipleOf"]!, pointer + "/multipleOf", "multipleOf must be greater than 0");
            multipleOf = null;
        }

        string? format = schema["format"] is { Type: JTokenType.String } f && CheckedFormats.Contains(f.ToString()) ? f.ToString() : null;
        EquatableArray<string> jsonTypes = kind == ValueKind.Json ? JsonTypes(schema) : EquatableArray<string>.Empty;
        var spec = new ConstraintSpec(minLength, maxLength, pattern, minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, minItems, maxItems, format)
        {
            JsonTypes = jsonTypes,
            NumberValues = kind is ValueKind.Int32 or ValueKind.Int64 or ValueKind.Decimal ? NumberValues(schema) : EquatableArray<string>.Empty,
        };
        return spec.HasStringChecks || spec.HasNumberChecks || spec.HasArrayChecks || jsonTypes.Count > 0 ? spec : null;
    }

    /// <summary>
    /// The <c>oneOf</c>/<c>anyOf</c> of an object whose every branch is <c>{"required": [...]}</c>, optionally with
    /// <c>"not": {"properties": {"x": {"enum": [null]}}}</c> for each required name (present and not null).
    /// </summary>
    public static EquatableArray<RequiredGroupSpec> RequiredGroups(JObject schema)
    {
        var groups = new List<RequiredGroupSpec>();
        foreach (string keyword in new[] { "oneOf", "anyOf" })
        {
            if (schema[keyword] is not JArray branches || branches.Count == 0)
            {
                continue;
            }

            var parsed = new List<RequiredBranchSpec>();
            foreach (JToken branch in branches)
            {
                if (RequiredBranch(branch) is { } b)
                {
                    parsed.Add(b);
                }
            }

            if (parsed.Count == branches.Count)
            {
                groups.Add(new RequiredGroupSpec(keyword == "oneOf", parsed.ToEquatableArray()));
            }
        }

        return groups.ToEquatableArray();
    }

    private static RequiredBranchSpec? RequiredBranch(JToken branch)
    {
        if (branch is not JObject o || o["required"] is not JArray required || required.Count == 0 || !required.All(r => r.Type == JTokenType.String))
        {
            return null;
        }

        var names = required.Select(r => r.ToString()).ToList();
        foreach (JProperty property in o.Properties())
        {
            if (property.Name is not ("required" or "not" or "description"))
            {
                return null;
            }
        }

        if (o["not"] is null)
        {
            return new RequiredBranchSpec(names.ToEquatableArray(), false);
        }

        // "not": {"properties": {name: {"enum": [null]}}} for exactly the required names.
        if (o["not"] is JObject not && not.Count == 1 && not["properties"] is JObject properties && properties.Count == names.Count
            && names.All(n => properties[n] is JObject p && p.Count == 1 && p["enum"] is JArray e && e.Count == 1 && e[0].Type == JTokenType.Null))
        {
            return new RequiredBranchSpec(names.ToEquatableArray(), true);
        }

        return null;
    }

    private static EquatableArray<string> NumberValues(JObject schema)
    {
        if (schema["enum"] is not JArray values)
        {
            return EquatableArray<string>.Empty;
        }

        var numbers = new List<string>();
        foreach (JToken value in values)
        {
            if (value.Type is JTokenType.Integer or JTokenType.Float
                && decimal.TryParse(value.ToString(Formatting.None), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number))
            {
                numbers.Add(number.ToString(CultureInfo.InvariantCulture));
            }
        }

        return numbers.ToEquatableArray();
    }

    private static EquatableArray<string> JsonTypes(JObject schema)
    {
        var types = schema["type"] switch
        {
            JValue { Type: JTokenType.String } single => new List<string> { single.ToString() },
            JArray many => many.Where(t => t.Type == JTokenType.String).Select(t => t.ToString()).ToList(),
            _ => new List<string>(),
        };
        return types.Where(t => JsonTypeNames.Contains(t)).Distinct().OrderBy(t => t, StringComparer.Ordinal).ToEquatableArray();
    }

    private static int? Count(JObject schema, string keyword, string pointer, Action<JToken, string, string> report)
    {
        if (schema[keyword] is not JToken token)
        {
            return null;
        }

        if (token.Type == JTokenType.Integer && (long)token >= 0 && (long)token <= int.MaxValue)
        {
            return (int)(long)token;
        }

        if (token.Type == JTokenType.Float && (double)token >= 0 && (double)token <= int.MaxValue && Math.Floor((double)token) == (double)token)
        {
            return (int)(double)token;
        }

        report(token, pointer + "/" + keyword, keyword + " must be a non-negative integer");
        return null;
    }

    private static string? Number(JObject schema, string keyword, string pointer, Action<JToken, string, string> report)
    {
        if (schema[keyword] is not JToken token || token.Type == JTokenType.Boolean && keyword.StartsWith("exclusive", StringComparison.Ordinal))
        {
            return null;
        }

        if (token.Type is JTokenType.Integer or JTokenType.Float
            && decimal.TryParse(token.ToString(Formatting.None), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value))
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        report(token, pointer + "/" + keyword, keyword + " must be a number (within the range of decimal)");
        return null;
    }

    private static string? Pattern(JObject schema, string pointer, Action<JToken, string, string> report)
    {
        if (schema["pattern"] is not JToken token)
        {
            return null;
        }

        if (token.Type != JTokenType.String)
        {
            report(token, pointer + "/pattern", "pattern must be a string");
            return null;
        }

        string translated = EcmaPattern.Translate(token.ToString());
        try
        {
            _ = new System.Text.RegularExpressions.Regex(translated, System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            return translated;
        }
        catch (ArgumentException exception)
        {
            report(token, pointer + "/pattern", "pattern is not a regular expression (" + exception.Message.Split('\n')[0].Trim() + ")");
            return null;
        }
    }
}
