using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;
using ThreeDsContracts.Cli.Infrastructure;
using ThreeDsContracts.Cli.Schemas;
using ThreeDsContracts.Cli.Validation;

namespace ThreeDsContracts.Cli.Conversion;

/// <summary>
/// Carries one value from a field of one schema to a field of another: code lists through the
/// <c>x-canonical</c> maps, dates between <c>x-date-format</c>s, numbers written as strings and back, and
/// finally the target field's own constraints. Reasons name codes, never other payload values.
/// </summary>
internal static class ValueConverter
{
    public static bool TryConvert(JsonNode value, SchemaField from, SchemaField to, bool toCanonical, SchemaSet set, out JsonNode? result, out string? reason)
    {
        result = null;
        JsonNode current = value.DeepClone();
        bool isCode = false;

        // 1. Code lists.
        CanonicalCodeMap? map = CanonicalCodeMap.Of(toCanonical ? from : to);
        if (map is not null && CodeText(current) is { } code)
        {
            isCode = true;
            if (toCanonical)
            {
                if (!map.TryToCanonical(code, out string? canonical))
                {
                    reason = $"code {Quote(code)} is not in the code list of {from.Resolved.Location}";
                    return false;
                }

                if (canonical is null)
                {
                    reason = $"code {Quote(code)} has no equivalent in {map.Set}";
                    return false;
                }

                current = JsonValue.Create(canonical);
            }
            else
            {
                string? wire = map.FromCanonical(code);
                if (wire is null)
                {
                    reason = $"{map.Set} code {Quote(code)} has no equivalent in {to.Resolved.Location}";
                    return false;
                }

                current = JsonValue.Create(wire);
            }
        }
        else if (from.Enum is not null || to.Enum is not null)
        {
            isCode = from.Sensitive is null && to.Sensitive is null;
        }

        // 2. Dates and times.
        string? fromFormat = DateFormat(from);
        string? toFormat = DateFormat(to);
        if (fromFormat is not null && toFormat is not null && fromFormat != toFormat)
        {
            if (!TryParseDate(current, fromFormat, out DateTimeOffset instant))
            {
                reason = $"the value is not a date in the format {fromFormat}";
                return false;
            }

            current = WriteDate(instant, toFormat, to);
        }

        // 3. JSON types.
        if (!TryCoerce(current, to, out JsonNode coerced))
        {
            reason = $"a {Kind(current)} cannot be written as {string.Join(" or ", to.Types)}";
            return false;
        }

        current = coerced;

        // 4. The target field's constraints.
        if (Check(current, to, set) is { } problem)
        {
            reason = isCode && AsString(current) is { } shown
                ? $"code {Quote(shown)} does not fit {to.Declared.Location}: {problem}"
                : $"the value does not fit {to.Declared.Location}: {problem}";
            return false;
        }

        result = current;
        reason = null;
        return true;
    }

    public static bool IsAbsent(JsonNode? value) =>
        value is null || (value is JsonValue scalar && scalar.TryGetValue(out string? text) && text.Length == 0);

    private static string Quote(string code) => code.Length == 0 ? "\"\"" : code;

    private static string? CodeText(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => node.ToJsonString(),
        _ => AsString(node),
    };

    private static string? AsString(JsonNode node) => node is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    private static string Kind(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        _ => "null",
    };

    private static string? DateFormat(SchemaField field)
    {
        if (field.FindString("x-date-format") is { } custom)
        {
            return custom;
        }

        return field.FindString("format") switch
        {
            "date-time" => "date-time",
            "date" => "yyyy-MM-dd",
            _ => null,
        };
    }

    private static bool TryParseDate(JsonNode node, string format, out DateTimeOffset instant)
    {
        instant = default;
        if (format == "jpm-timestamp" && node is JsonObject seconds)
        {
            if (seconds["seconds"] is JsonValue s && (s.TryGetValue(out long value) || (s.TryGetValue(out string? text) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value))))
            {
                long nanos = seconds["nanos"] is JsonValue n && n.TryGetValue(out long ns) ? ns : 0;
                instant = DateTimeOffset.FromUnixTimeSeconds(value).AddTicks(nanos / 100);
                return true;
            }

            return false;
        }

        if (AsString(node) is not { } textValue)
        {
            return false;
        }

        if (format is "date-time" or "jpm-timestamp")
        {
            return DateTimeOffset.TryParse(textValue, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant);
        }

        if (DateTime.TryParseExact(textValue, format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTime local))
        {
            instant = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Utc));
            return true;
        }

        return false;
    }

    private static JsonNode WriteDate(DateTimeOffset instant, string format, SchemaField to)
    {
        DateTimeOffset utc = instant.ToUniversalTime();
        if (format == "jpm-timestamp" && to.FindString("x-write-as") == "seconds")
        {
            var obj = new JsonObject { ["seconds"] = utc.ToUnixTimeSeconds() };
            long nanos = utc.UtcTicks % TimeSpan.TicksPerSecond * 100;
            if (nanos != 0)
            {
                obj["nanos"] = nanos;
            }

            return obj;
        }

        return format is "date-time" or "jpm-timestamp"
            ? JsonValue.Create(utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
            : JsonValue.Create(utc.ToString(format, CultureInfo.InvariantCulture));
    }

    private static bool TryCoerce(JsonNode value, SchemaField to, out JsonNode result)
    {
        result = value;
        IReadOnlyList<string> types = to.Types;
        if (types.Count == 0)
        {
            return true;
        }

        JsonValueKind kind = value.GetValueKind();
        string? writeAs = to.FindString("x-write-as");
        if (kind == JsonValueKind.String && AsString(value) is { } text)
        {
            bool integerText = long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer);
            if (types.Contains("integer") && integerText && (!types.Contains("string") || writeAs == "integer"))
            {
                result = JsonValue.Create(integer);
                return true;
            }

            if (types.Contains("string"))
            {
                return true;
            }

            if (types.Contains("number") && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number))
            {
                result = JsonValue.Create(number);
                return true;
            }

            if (types.Contains("boolean") && bool.TryParse(text, out bool flag))
            {
                result = JsonValue.Create(flag);
                return true;
            }

            return false;
        }

        if (kind == JsonValueKind.Number)
        {
            bool isInteger = value.AsValue().TryGetValue(out long _) || (value.AsValue().TryGetValue(out decimal d) && decimal.Truncate(d) == d);
            if (types.Contains("number") || (types.Contains("integer") && isInteger))
            {
                if (types.Contains("string") && writeAs == "string")
                {
                    result = JsonValue.Create(value.ToJsonString());
                }

                return true;
            }

            if (types.Contains("string"))
            {
                result = JsonValue.Create(value.ToJsonString());
                return true;
            }

            return false;
        }

        if (kind is JsonValueKind.True or JsonValueKind.False)
        {
            if (types.Contains("boolean"))
            {
                return true;
            }

            if (types.Contains("string"))
            {
                result = JsonValue.Create(kind == JsonValueKind.True ? "true" : "false");
                return true;
            }

            return false;
        }

        return (kind == JsonValueKind.Object && types.Contains("object")) || (kind == JsonValueKind.Array && types.Contains("array"));
    }

    private static string? Check(JsonNode value, SchemaField to, SchemaSet set)
    {
        JsonSchema schema;
        try
        {
            schema = set.Validators.Get(to.Declared.DocumentId, to.Declared.Pointer);
        }
        catch (CliUsageException)
        {
            return null; // a location NJsonSchema cannot be navigated to (additionalProperties): no check
        }

        ICollection<ValidationError> errors = schema.Validate(PayloadInput.FromBytes("value", JsonOutput.ToUtf8(value, JsonOutput.Compact)).ParseToken());
        ValidationError? first = Flatten(errors).FirstOrDefault();
        return first is null ? null : SchemaFindings.Message(first);
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (ValidationError error in errors)
        {
            if (error is ChildSchemaValidationError child && error.Kind is ValidationErrorKind.ArrayItemNotValid or ValidationErrorKind.AdditionalPropertiesNotValid or ValidationErrorKind.NotAllOf)
            {
                foreach (ValidationError inner in Flatten(child.Errors.Values.SelectMany(e => e)))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return error;
            }
        }
    }
}
