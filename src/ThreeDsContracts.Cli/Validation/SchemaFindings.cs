using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ThreeDsContracts.Cli.Validation;

/// <summary>
/// Turns NJsonSchema validation errors into findings with JSON paths (<c>$.a.b[0]</c>) and messages built from
/// the schema's constraints. The payload value is never quoted.
/// </summary>
internal static class SchemaFindings
{
    private const int MaxListedValues = 12;

    public static void Add(IEnumerable<ValidationError> errors, string rootPath, List<Finding> findings)
    {
        foreach (ValidationError error in errors)
        {
            if (error is ChildSchemaValidationError child && IsContainer(error.Kind))
            {
                // An item or additional property failed: its own errors carry the real paths.
                Add(child.Errors.Values.SelectMany(e => e), rootPath, findings);
                continue;
            }

            if (error is ChildSchemaValidationError all && error.Kind == ValidationErrorKind.NotAllOf)
            {
                Add(all.Errors.Values.SelectMany(e => e), rootPath, findings);
                continue;
            }

            string path = Combine(rootPath, ToJsonPath(error.Path));
            findings.Add(new Finding(FindingKind.Schema, Rule(error), path, Message(error), Severity(error)));
        }
    }

    /// <summary><c>#/a.b[0]</c> → <c>$.a.b[0]</c>.</summary>
    public static string ToJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "#" || path == "#/")
        {
            return "$";
        }

        string rest = path.StartsWith("#/", StringComparison.Ordinal) ? path.Substring(2) : path.TrimStart('#');
        return rest.StartsWith("[", StringComparison.Ordinal) ? "$" + rest : "$." + rest;
    }

    private static string Combine(string root, string path) => root == "$" ? path : ThreeDsContracts.Paths.Combine(root, path);

    private static bool IsContainer(ValidationErrorKind kind) =>
        kind is ValidationErrorKind.ArrayItemNotValid or ValidationErrorKind.AdditionalPropertiesNotValid or ValidationErrorKind.AdditionalItemNotValid;

    private static string Rule(ValidationError error) => error.Kind switch
    {
        ValidationErrorKind.PropertyRequired => "required",
        ValidationErrorKind.StringTooLong => "maxLength",
        ValidationErrorKind.StringTooShort => "minLength",
        ValidationErrorKind.PatternMismatch => "pattern",
        ValidationErrorKind.NotInEnumeration => "enum",
        ValidationErrorKind.NumberTooBig or ValidationErrorKind.IntegerTooBig => "maximum",
        ValidationErrorKind.NumberTooSmall => "minimum",
        ValidationErrorKind.TooManyItems => "maxItems",
        ValidationErrorKind.TooFewItems => "minItems",
        ValidationErrorKind.NotOneOf => "oneOf",
        ValidationErrorKind.NotAnyOf => "anyOf",
        ValidationErrorKind.ExcludedSchemaValidates => "not",
        ValidationErrorKind.NoAdditionalPropertiesAllowed => "additionalProperties",
        ValidationErrorKind.DateTimeExpected or ValidationErrorKind.UriExpected or ValidationErrorKind.EmailExpected
            or ValidationErrorKind.DateExpected or ValidationErrorKind.TimeExpected or ValidationErrorKind.GuidExpected
            or ValidationErrorKind.UuidExpected or ValidationErrorKind.HostnameExpected or ValidationErrorKind.IpV4Expected
            or ValidationErrorKind.IpV6Expected or ValidationErrorKind.Base64Expected => "format",
        _ when error.Kind.ToString().EndsWith("Expected", StringComparison.Ordinal) || error.Kind == ValidationErrorKind.NoTypeValidates => "type",
        _ => Camel(error.Kind.ToString()),
    };

    /// <summary>
    /// A value outside a code list the schema marks <c>x-unknown-values: "preserve"</c> is a notice (the provider may
    /// add codes; the library keeps the value), as the generated <c>Validate()</c> says; every other error stays one.
    /// </summary>
    public static ThreeDsContracts.Validation.FindingSeverity Severity(ValidationError error) =>
        error.Kind == ValidationErrorKind.NotInEnumeration
        && error.Schema?.ActualSchema.ExtensionData is { } extensions
        && extensions.TryGetValue("x-unknown-values", out object? unknown)
        && unknown is string text && text == "preserve"
            ? ThreeDsContracts.Validation.FindingSeverity.Notice
            : ThreeDsContracts.Validation.FindingSeverity.Error;

    /// <summary>What an error means, from the schema constraint (never the value).</summary>
    public static string Message(ValidationError error)
    {
        JsonSchema? schema = error.Schema?.ActualSchema;
        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => "is required",
            ValidationErrorKind.StringTooLong => $"is longer than {schema?.MaxLength} characters",
            ValidationErrorKind.StringTooShort => schema?.MinLength is 1 ? "must not be empty" : $"is shorter than {schema?.MinLength} characters",
            ValidationErrorKind.PatternMismatch => $"does not match the pattern {schema?.Pattern}",
            ValidationErrorKind.NotInEnumeration => EnumMessage(schema),
            ValidationErrorKind.NumberTooBig or ValidationErrorKind.IntegerTooBig => schema?.IsExclusiveMaximum == true || schema?.ExclusiveMaximum is not null
                ? $"must be less than {Number(schema?.ExclusiveMaximum ?? schema?.Maximum)}"
                : $"must be at most {Number(schema?.Maximum)}",
            ValidationErrorKind.NumberTooSmall => schema?.IsExclusiveMinimum == true || schema?.ExclusiveMinimum is not null
                ? $"must be greater than {Number(schema?.ExclusiveMinimum ?? schema?.Minimum)}"
                : $"must be at least {Number(schema?.Minimum)}",
            ValidationErrorKind.TooManyItems => $"has more than {schema?.MaxItems} items",
            ValidationErrorKind.TooFewItems => $"has fewer than {schema?.MinItems} items",
            ValidationErrorKind.StringExpected => "must be a string",
            ValidationErrorKind.IntegerExpected => "must be an integer",
            ValidationErrorKind.NumberExpected => "must be a number",
            ValidationErrorKind.BooleanExpected => "must be true or false",
            ValidationErrorKind.ObjectExpected => "must be an object",
            ValidationErrorKind.ArrayExpected => "must be an array",
            ValidationErrorKind.NullExpected => "must be null",
            ValidationErrorKind.NoTypeValidates => "must be " + string.Join(" or ", TypeNames(schema)),
            ValidationErrorKind.DateTimeExpected => "must be an ISO-8601 date-time (format date-time)",
            ValidationErrorKind.DateExpected => "must be a date (format date)",
            ValidationErrorKind.UriExpected => "must be an absolute URI (format uri)",
            ValidationErrorKind.EmailExpected => "must be an e-mail address (format email)",
            ValidationErrorKind.NotOneOf => "must match exactly one of: " + Branches(schema?.OneOf),
            ValidationErrorKind.NotAnyOf => "must match at least one of: " + Branches(schema?.AnyOf),
            ValidationErrorKind.ExcludedSchemaValidates => "matches a form the schema excludes (not)",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => "is not a property of this object",
            _ => Camel(error.Kind.ToString()),
        };
    }

    private static string EnumMessage(JsonSchema? schema)
    {
        List<string> values = schema?.Enumeration.Select(v => v is null ? "null" : Convert.ToString(v, CultureInfo.InvariantCulture) ?? "null").ToList() ?? new List<string>();
        if (values.Count == 0)
        {
            return "is not one of the allowed values";
        }

        return values.Count <= MaxListedValues
            ? "is not one of " + string.Join(", ", values.Select(v => v.Length == 0 ? "\"\"" : v))
            : $"is not one of the {values.Count} values of the code list";
    }

    private static IEnumerable<string> TypeNames(JsonSchema? schema)
    {
        if (schema is null)
        {
            return new[] { "another type" };
        }

        return Enum.GetValues<JsonObjectType>()
            .Where(t => t != JsonObjectType.None && t != JsonObjectType.File && schema.Type.HasFlag(t))
            .Select(t => t.ToString().ToLowerInvariant() switch
            {
                "integer" => "an integer",
                "array" => "an array",
                "object" => "an object",
                "string" => "a string",
                "number" => "a number",
                "boolean" => "true or false",
                var other => other,
            });
    }

    private static string Branches(ICollection<JsonSchema>? branches)
    {
        if (branches is null || branches.Count == 0)
        {
            return "the alternatives";
        }

        return string.Join("; ", branches.Select((b, i) => b.RequiredProperties.Count > 0
            ? "{" + string.Join(", ", b.RequiredProperties) + "}"
            : "alternative " + (i + 1).ToString(CultureInfo.InvariantCulture)));
    }

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "the limit";

    private static string Camel(string name)
    {
        var chars = new List<char>();
        foreach (char c in name)
        {
            if (char.IsUpper(c) && chars.Count > 0)
            {
                chars.Add(' ');
            }

            chars.Add(char.ToLowerInvariant(c));
        }

        return new string(chars.ToArray());
    }
}
