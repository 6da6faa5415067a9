using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ThreeDsContracts.Generator.Diagnostics;
using ThreeDsContracts.Generator.Model;

namespace ThreeDsContracts.Generator.Parsing;

// Objects, properties and value types: a schema node becomes a TypeSpec / PropertySpec / ValueTypeSpec.
internal sealed partial class SchemaParser
{
    private void ParseObject(JObject schema, string pointer, string typeName, bool isRoot)
    {
        if (++_depth > 64)
        {
            Report(DiagnosticDescriptors.UnsupportedConstruct, schema, _file.Id, pointer, "schemas nested deeper than 64 levels are not generated");
            _depth--;
            return;
        }

        try
        {
            RegisterTypeName(typeName, schema, pointer);
            _exports.Add(new ExportSpec(pointer, ExportKind.Named, typeName, _segment, _explicitNamespace, false, false, null, null, null));
            CheckCombinators(schema, pointer);
            var required = new HashSet<string>(StringComparer.Ordinal);
            if (schema["required"] is JArray requiredArray)
            {
                foreach (JToken item in requiredArray)
                {
                    if (item.Type == JTokenType.String)
                    {
                        required.Add(item.ToString());
                    }
                }
            }

            var properties = new List<PropertySpec>();
            var usedNames = new HashSet<string>(StringComparer.Ordinal);
            var usedWire = new HashSet<string>(StringComparer.Ordinal);
            foreach (JProperty property in ((JObject)schema["properties"]!).Properties())
            {
                string propertyPointer = pointer + "/properties/" + EscapePointer(property.Name);
                if (property.Value is not JObject propertySchema)
                {
                    if (property.Value.Type == JTokenType.Boolean)
                    {
                        properties.Add(CreateProperty(property.Name, new JObject(), propertyPointer, typeName, required, usedNames, ValueTypeSpec.Json));
                        continue;
                    }

                    Report(DiagnosticDescriptors.UnsupportedConstruct, property.Value, _file.Id, propertyPointer, "a property schema must be an object");
                    continue;
                }

                usedWire.Add(property.Name);
                string nestedName = ExplicitTypeName(propertySchema, propertyPointer) ?? typeName + Naming.ToPascal(property.Name);
                ValueTypeSpec type = ParseValue(propertySchema, propertyPointer, nestedName, out bool nullable);
                if (type.Kind is not (ValueKind.Object or ValueKind.Enum))
                {
                    // So that other schemas can $ref a property (`other.schema.json#/properties/status`); object and
                    // enum properties export themselves as named types at the same pointer.
                    _exports.Add(new ExportSpec(propertyPointer, ExportKind.Scalar, null, _segment, _explicitNamespace, false, false, type, null, null));
                }

                PropertySpec spec = CreateProperty(property.Name, propertySchema, propertyPointer, typeName, required, usedNames, type) with { AcceptsNull = nullable };
                properties.Add(nullable && !spec.Nullable ? spec with { Nullable = true } : spec);
            }

            foreach (PropertySpec property in properties)
            {
                foreach (string alias in property.Aliases)
                {
                    if (usedWire.Contains(alias))
                    {
                        Report(DiagnosticDescriptors.InvalidExtension, schema["properties"], _file.Id, pointer + "/properties", $"x-aliases: '{alias}' is also a property of its own");
                    }
                }
            }

            List<BaseRefSpec> bases = _basesOf.TryGetValue(schema, out List<BaseRefSpec>? found) ? found : new List<BaseRefSpec>();
            EquatableArray<BrandRuleSpec> rules = schema["x-brand-rules"] is JToken rulesToken
                ? ParseBrandRules(rulesToken, pointer + "/x-brand-rules")
                : EquatableArray<BrandRuleSpec>.Empty;
            _types.Add(new TypeSpec(
                TypeKind.Object,
                typeName,
                string.Empty,
                _file.Id,
                pointer,
                DescriptionOf(schema),
                properties.ToEquatableArray(),
                EquatableArray<EnumMemberSpec>.Empty,
                false,
                EquatableArray<EligibilitySpec>.Empty,
                null,
                rules,
                isRoot,
                Bases: bases.ToEquatableArray(),
                BaseRequired: bases.Count == 0 ? EquatableArray<string>.Empty : required.Where(r => !usedWire.Contains(r)).OrderBy(r => r, StringComparer.Ordinal).ToEquatableArray())
            {
                RequiredGroups = ConstraintParser.RequiredGroups(schema),
            });
        }
        finally
        {
            _depth--;
        }
    }

    private PropertySpec CreateProperty(string wireName, JObject schema, string pointer, string typeName, HashSet<string> required, HashSet<string> usedNames, ValueTypeSpec type)
    {
        string candidate = Naming.ToPascal(wireName);
        if (schema["x-property-name"] is JToken explicitName)
        {
            if (explicitName.Type == JTokenType.String && Naming.IsValidIdentifier(explicitName.ToString()))
            {
                candidate = explicitName.ToString();
            }
            else
            {
                Report(DiagnosticDescriptors.InvalidExtension, explicitName, _file.Id, pointer + "/x-property-name", "x-property-name must be a C# identifier");
            }
        }

        var aliases = new List<string>();
        if (schema["x-aliases"] is JToken aliasToken)
        {
            if (aliasToken is JArray aliasArray && aliasArray.All(a => a.Type == JTokenType.String))
            {
                aliases.AddRange(aliasArray.Select(a => a.ToString()).Where(a => a != wireName));
            }
            else
            {
                Report(DiagnosticDescriptors.InvalidExtension, aliasToken, _file.Id, pointer + "/x-aliases", "x-aliases must be an array of strings");
            }
        }

        string sensitive = string.Empty;
        if (schema["x-sensitive"] is JToken sensitiveToken)
        {
            if (sensitiveToken.Type == JTokenType.String && SensitiveKinds.Contains(sensitiveToken.ToString()))
            {
                sensitive = sensitiveToken.ToString();
            }
            else
            {
                Report(DiagnosticDescriptors.InvalidExtension, sensitiveToken, _file.Id, pointer + "/x-sensitive", "x-sensitive must be one of pan, cvv, authentication-value, secret");
            }
        }

        bool isRequired = required.Contains(wireName);
        bool nullable = !isRequired || TypesOf(schema).Contains("null") || IsOpenApiNullable(schema);
        string? canonicalField = schema["x-canonical-field"]?.Type == JTokenType.String ? schema["x-canonical-field"]!.ToString() : null;
        return WithAdapterKeywords(
            new PropertySpec(
                wireName,
                Naming.UniqueMemberName(candidate, typeName, usedNames),
                DescriptionOf(schema),
                isRequired,
                nullable,
                aliases.ToEquatableArray(),
                type,
                sensitive,
                canonicalField),
            schema,
            pointer);
    }

    /// <summary>The value type of a property, array item or scalar definition; inline objects and enums become types.</summary>
    private ValueTypeSpec ParseValue(JObject schema, string pointer, string nestedTypeName, out bool nullable) =>
        WithConstraints(ParseValueType(schema, pointer, nestedTypeName, out nullable), schema, pointer);

    private ValueTypeSpec ParseValueType(JObject schema, string pointer, string nestedTypeName, out bool nullable)
    {
        nestedTypeName = Naming.SafeTypeName(nestedTypeName);
        IReadOnlyList<string> types = TypesOf(schema);
        nullable = types.Contains("null") || IsOpenApiNullable(schema) || (schema["enum"] is JArray withNull && withNull.Any(v => v.Type == JTokenType.Null));
        if (schema["$ref"] is null && WrappedReference(schema, out bool wrappedNullable) is JObject wrapped)
        {
            // {"allOf": [{"$ref": …}], "description": …} and {"oneOf": [{"$ref": …}, {"type": "null"}]}: the common
            // ways to describe or null a reference.
            ValueTypeSpec inner = ParseValue(wrapped, pointer, nestedTypeName, out bool innerNullable);
            nullable |= wrappedNullable || innerNullable;
            return inner;
        }

        if (schema["$ref"] is JToken reference)
        {
            return TryReference(reference, pointer, out string id, out string target)
                ? new ValueTypeSpec(ValueKind.Ref, RefSchemaId: id, RefPointer: target)
                : ValueTypeSpec.Json;
        }

        if (schema["x-date-format"] is JToken dateFormat)
        {
            string format = dateFormat.Type == JTokenType.String ? dateFormat.ToString() : string.Empty;
            if (!KnownDateFormats.Contains(format))
            {
                Report(DiagnosticDescriptors.InvalidExtension, dateFormat, _file.Id, pointer + "/x-date-format", "x-date-format must be one of " + string.Join(", ", KnownDateFormats));
                return ValueTypeSpec.String;
            }

            return format switch
            {
                "jpm-timestamp" => new ValueTypeSpec(ValueKind.FlexibleTimestamp, WriteAs: schema["x-write-as"]?.ToString()),
                "dd-MM-yyyy" or "yyyyMMdd" or "yyyy-MM-dd" => new ValueTypeSpec(ValueKind.DateOnly, Format: format),
                _ => new ValueTypeSpec(ValueKind.DateTime, Format: format),
            };
        }

        schema = FlattenAllOf(schema);
        switch (Classify(schema))
        {
            case Shape.Object:
                ParseObject(schema, pointer, nestedTypeName, isRoot: false);
                return new ValueTypeSpec(ValueKind.Object, TypeName: nestedTypeName);
            case Shape.Enum:
                bool preserve = ParseEnum(schema, pointer, nestedTypeName, isRoot: false);
                return new ValueTypeSpec(ValueKind.Enum, TypeName: nestedTypeName, PreserveUnknown: preserve) { Constraints = _exports[_exports.Count - 1].UnknownValueChecks };
        }

        CheckCombinators(schema, pointer);
        var concrete = types.Where(t => t != "null").ToList();
        if (concrete.Count == 0 && schema["const"] is JToken constant)
        {
            concrete.Add(constant.Type switch
            {
                JTokenType.String => "string",
                JTokenType.Integer => "integer",
                JTokenType.Float => "number",
                JTokenType.Boolean => "boolean",
                _ => "any",
            });
        }

        if (concrete.Count == 0 && schema["enum"] is JArray values && values.Count > 0)
        {
            concrete.Add(values.All(v => v.Type == JTokenType.Integer) ? "integer" : values.All(v => v.Type is JTokenType.Integer or JTokenType.Float) ? "number" : "any");
        }

        if (concrete.Count == 2 && concrete.Contains("string") && (concrete.Contains("integer") || concrete.Contains("number")))
        {
            return new ValueTypeSpec(ValueKind.NumberOrString, WriteAs: schema["x-write-as"]?.ToString());
        }

        if (concrete.Count != 1)
        {
            return ValueTypeSpec.Json;
        }

        switch (concrete[0])
        {
            case "string":
                return ParseString(schema, pointer, nestedTypeName);
            case "integer":
                return IsInt32(schema) ? new ValueTypeSpec(ValueKind.Int32) : new ValueTypeSpec(ValueKind.Int64);
            case "number":
                return new ValueTypeSpec(ValueKind.Decimal);
            case "boolean":
                return new ValueTypeSpec(ValueKind.Boolean);
            case "array":
                if (schema["items"] is JObject items)
                {
                    string itemName = ExplicitTypeName(items, pointer + "/items") ?? nestedTypeName + "Item";
                    ValueTypeSpec item = ParseValue(items, pointer + "/items", itemName, out _);
                    return new ValueTypeSpec(ValueKind.Array, Item: item);
                }

                if (schema["items"] is JArray)
                {
                    Report(DiagnosticDescriptors.UnsupportedConstruct, schema["items"], _file.Id, pointer + "/items", "tuple arrays (items as an array) are read as untyped JSON");
                }

                return new ValueTypeSpec(ValueKind.Array, Item: ValueTypeSpec.Json);
            case "object":
                if (schema["additionalProperties"] is JObject valueSchema && valueSchema.HasValues)
                {
                    string valueName = ExplicitTypeName(valueSchema, pointer + "/additionalProperties") ?? nestedTypeName + "Value";
                    return new ValueTypeSpec(ValueKind.Map, Item: ParseValue(valueSchema, pointer + "/additionalProperties", valueName, out _));
                }

                return ValueTypeSpec.Json;
            default:
                return ValueTypeSpec.Json;
        }
    }

    private ValueTypeSpec ParseString(JObject schema, string pointer, string nestedTypeName)
    {
        if (schema["contentEncoding"]?.ToString() == "base64" && schema["x-content-schema"] is JToken content)
        {
            if (schema["contentMediaType"] is JToken media && media.ToString() != "application/json")
            {
                Report(DiagnosticDescriptors.InvalidExtension, media, _file.Id, pointer + "/contentMediaType", "x-content-schema needs contentMediaType application/json");
                return ValueTypeSpec.String;
            }

            if (content is not JObject contentSchema)
            {
                Report(DiagnosticDescriptors.InvalidExtension, content, _file.Id, pointer + "/x-content-schema", "x-content-schema must be a schema object");
                return ValueTypeSpec.String;
            }

            ValueTypeSpec inner = ParseValue(contentSchema, pointer + "/x-content-schema", ExplicitTypeName(contentSchema, pointer) ?? nestedTypeName + "Content", out _);
            if (inner.Kind is not (ValueKind.Object or ValueKind.Ref))
            {
                Report(DiagnosticDescriptors.InvalidExtension, content, _file.Id, pointer + "/x-content-schema", "x-content-schema must describe an object");
                return ValueTypeSpec.String;
            }

            return new ValueTypeSpec(ValueKind.Base64Json, Item: inner);
        }

        if (schema["x-content-schema"] is JToken orphan)
        {
            Report(DiagnosticDescriptors.InvalidExtension, orphan, _file.Id, pointer + "/x-content-schema", "x-content-schema needs contentEncoding base64");
        }

        return schema["format"]?.ToString() == "date-time" ? new ValueTypeSpec(ValueKind.IsoDateTime) : ValueTypeSpec.String;
    }

    private static bool IsInt32(JObject schema)
    {
        if (schema["format"]?.ToString() == "int64")
        {
            return false;
        }

        decimal? min = NumberOf(schema["minimum"]) ?? NumberOf(schema["exclusiveMinimum"]);
        decimal? max = NumberOf(schema["maximum"]) ?? NumberOf(schema["exclusiveMaximum"]);
        return schema["format"]?.ToString() == "int32" || (min is { } lo && max is { } hi && lo >= int.MinValue && hi <= int.MaxValue);
    }

    private static decimal? NumberOf(JToken? token) =>
        token is { Type: JTokenType.Integer or JTokenType.Float } && decimal.TryParse(token.ToString(Formatting.None), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value) ? value : null;

    /// <summary>OpenAPI 3.0's <c>"nullable": true</c> (and Swagger's <c>x-nullable</c>), as provider documents write it.</summary>
    private static bool IsOpenApiNullable(JObject schema) =>
        schema["nullable"] is { Type: JTokenType.Boolean } nullable && (bool)nullable!
        || schema["x-nullable"] is { Type: JTokenType.Boolean } xNullable && (bool)xNullable!;

    private static IReadOnlyList<string> TypesOf(JObject schema) => schema["type"] switch
    {
        JValue { Type: JTokenType.String } single => new[] { single.ToString() },
        JArray many => many.Where(t => t.Type == JTokenType.String).Select(t => t.ToString()).ToList(),
        _ => Array.Empty<string>(),
    };
}
