using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace ThreeDsContracts.Cli.Import;

/// <summary>
/// Translates one OpenAPI 3.0/3.1 schema into draft-07 JSON Schema in this project's dialect:
/// <c>nullable</c> becomes a type array (and a nullable reference <c>oneOf: [$ref, {type: null}]</c>),
/// <c>example</c> becomes <c>examples</c>, <c>discriminator</c> becomes <c>x-discriminator</c>, a required
/// <c>writeOnly</c> (<c>readOnly</c>) property moves from <c>required</c> to <c>x-required-on-write</c> (<c>-read</c>);
/// descriptions, formats, patterns, lengths, bounds, enums, <c>readOnly</c>/<c>writeOnly</c>, composition and the
/// document's own <c>x-</c> extensions are kept. A reference to a named type is written through
/// <see cref="ReferenceWriter"/>; a referenced scalar is inlined.
/// </summary>
internal sealed class SchemaTranslator
{
    private readonly OpenApiSource _source;
    private readonly ImportPlan _plan;

    public SchemaTranslator(OpenApiSource source, ImportPlan plan)
    {
        _source = source;
        _plan = plan;
    }

    /// <summary>Writes the <c>$ref</c> to a component's file or definition, as seen from the file being written.</summary>
    public delegate string ReferenceWriter(string component);

    public JsonObject Translate(IOpenApiSchema schema, string pointer, ReferenceWriter references) => Translate(schema, pointer, references, new HashSet<string>(StringComparer.Ordinal));

    private JsonObject Translate(IOpenApiSchema schema, string pointer, ReferenceWriter references, HashSet<string> inlining)
    {
        if (schema is OpenApiSchemaReference reference)
        {
            string id = ComponentWalker.Target(_source, reference, pointer);
            IOpenApiSchema target = reference.Target!;
            string? overrideDescription = reference.Reference.Description;
            if (_plan.IsRoot(id) || ComponentWalker.IsNamedType(target))
            {
                var node = new JsonObject { ["$ref"] = references(id) };
                if (overrideDescription is not null)
                {
                    node["description"] = overrideDescription;
                }

                return node;
            }

            if (!inlining.Add(id))
            {
                throw new Infrastructure.CliUsageException($"{_source.Name}: $ref '{ComponentWalker.ComponentsPointer}{id}' at {pointer} refers to itself through scalar schemas");
            }

            JsonObject inlined = Translate(target, ComponentWalker.ComponentsPointer + id, references, inlining);
            inlining.Remove(id);
            if (overrideDescription is not null)
            {
                inlined["description"] = overrideDescription;
            }

            return inlined;
        }

        return TranslateInline(schema, pointer, references, inlining);
    }

    private JsonObject TranslateInline(IOpenApiSchema schema, string pointer, ReferenceWriter references, HashSet<string> inlining)
    {
        var result = new JsonObject();
        Set(result, "title", schema.Title);
        Set(result, "description", schema.Description);

        JsonSchemaType type = schema.Type ?? 0;
        JsonSchemaType withoutNull = type & ~JsonSchemaType.Null;
        // Microsoft.OpenApi folds OpenAPI 3.0's nullable into the type, but drops it where there is no type ({nullable, allOf}).
        bool nullable = (type & JsonSchemaType.Null) != 0 || _source.At(pointer)?["nullable"] is JsonValue flag && flag.TryGetValue(out bool isNullable) && isNullable;
        IList<IOpenApiSchema>? allOf = schema.AllOf;
        if (withoutNull == 0 && nullable && allOf is { Count: 1 } && schema.Properties is not { Count: > 0 })
        {
            // OpenAPI 3.0's nullable reference: {allOf: [{$ref}], nullable: true}.
            result["oneOf"] = new JsonArray(Translate(allOf[0], pointer + "/allOf/0", references, inlining), new JsonObject { ["type"] = "null" });
            allOf = null;
        }
        else if (type != 0)
        {
            List<string> names = TypeNames(type);
            result["type"] = names.Count == 1 ? JsonValue.Create(names[0]) : new JsonArray(names.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray());
        }

        Set(result, "format", schema.Format);
        if (schema.Enum is { Count: > 0 } values)
        {
            result["enum"] = new JsonArray(values.Select(v => v?.DeepClone()).ToArray());
        }

        if (schema.Const is not null)
        {
            result["const"] = schema.Const;
        }

        if (schema.Default is not null)
        {
            result["default"] = schema.Default.DeepClone();
        }

        SetNumber(result, "minimum", schema.Minimum);
        SetNumber(result, "exclusiveMinimum", schema.ExclusiveMinimum);
        SetNumber(result, "maximum", schema.Maximum);
        SetNumber(result, "exclusiveMaximum", schema.ExclusiveMaximum);
        if (schema.MultipleOf is decimal multipleOf)
        {
            result["multipleOf"] = multipleOf;
        }

        Set(result, "minLength", schema.MinLength);
        Set(result, "maxLength", schema.MaxLength);
        Set(result, "pattern", schema.Pattern);
        Set(result, "minItems", schema.MinItems);
        Set(result, "maxItems", schema.MaxItems);
        if (schema.UniqueItems == true)
        {
            result["uniqueItems"] = true;
        }

        if (schema.Items is not null)
        {
            result["items"] = Translate(schema.Items, pointer + "/items", references, inlining);
        }

        Set(result, "minProperties", schema.MinProperties);
        Set(result, "maxProperties", schema.MaxProperties);
        if (schema.Required is { Count: > 0 } required)
        {
            // OpenAPI: a required writeOnly property is required in requests only, a required readOnly one in responses
            // only. draft-07 cannot say so; such properties leave required and are listed in x-required-on-write/-read.
            IDictionary<string, IOpenApiSchema> declared = schema.Properties ?? new Dictionary<string, IOpenApiSchema>();
            bool WriteOnly(string p) => declared.TryGetValue(p, out IOpenApiSchema? s) && s.WriteOnly && !s.ReadOnly;
            bool ReadOnly(string p) => declared.TryGetValue(p, out IOpenApiSchema? s) && s.ReadOnly && !s.WriteOnly;
            AddNames(result, "required", required.Where(p => !WriteOnly(p) && !ReadOnly(p)));
            AddNames(result, "x-required-on-write", required.Where(WriteOnly));
            AddNames(result, "x-required-on-read", required.Where(ReadOnly));
        }

        if (schema.Properties is { Count: > 0 } properties)
        {
            var translated = new JsonObject();
            foreach (KeyValuePair<string, IOpenApiSchema> property in properties)
            {
                translated[property.Key] = Translate(property.Value, pointer + "/properties/" + property.Key, references, inlining);
            }

            result["properties"] = translated;
        }

        if (schema.AdditionalProperties is not null)
        {
            result["additionalProperties"] = Translate(schema.AdditionalProperties, pointer + "/additionalProperties", references, inlining);
        }
        else if (!schema.AdditionalPropertiesAllowed)
        {
            result["additionalProperties"] = false;
        }

        foreach ((string keyword, IList<IOpenApiSchema>? branches) in new[] { ("allOf", allOf), ("oneOf", schema.OneOf), ("anyOf", schema.AnyOf) })
        {
            if (branches is { Count: > 0 })
            {
                result[keyword] = new JsonArray(branches.Select((b, i) => (JsonNode?)Translate(b, pointer + "/" + keyword + "/" + i.ToString(CultureInfo.InvariantCulture), references, inlining)).ToArray());
            }
        }

        if (schema.Not is not null)
        {
            result["not"] = Translate(schema.Not, pointer + "/not", references, inlining);
        }

        if (schema.Discriminator is { } discriminator)
        {
            // draft-07 has no discriminator; kept for readers of the schema (the generator does not dispatch on it).
            var x = new JsonObject();
            Set(x, "propertyName", discriminator.PropertyName);
            if (discriminator.Mapping is { Count: > 0 } mapping)
            {
                var map = new JsonObject();
                foreach (KeyValuePair<string, OpenApiSchemaReference> entry in mapping)
                {
                    map[entry.Key] = references(ComponentWalker.Target(_source, entry.Value, pointer + "/discriminator/mapping/" + entry.Key));
                }

                x["mapping"] = map;
            }

            result["x-discriminator"] = x;
        }

        if (schema.ReadOnly)
        {
            result["readOnly"] = true;
        }

        if (schema.WriteOnly)
        {
            result["writeOnly"] = true;
        }

        if (schema.Deprecated)
        {
            result["deprecated"] = true;
        }

        var examples = new List<JsonNode?>();
#pragma warning disable CS0618 // Example is OpenAPI 3.0's single example; draft-07 has only examples.
        if (schema.Example is not null)
        {
            examples.Add(schema.Example.DeepClone());
        }
#pragma warning restore CS0618
        examples.AddRange((schema.Examples ?? Array.Empty<JsonNode>()).Select(e => e?.DeepClone()));
        if (examples.Count > 0)
        {
            result["examples"] = new JsonArray(examples.ToArray());
        }

        if (schema is IOpenApiExtensible { Extensions: { Count: > 0 } extensions })
        {
            foreach (KeyValuePair<string, IOpenApiExtension> extension in extensions.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                if (extension.Key.StartsWith("x-", StringComparison.Ordinal) && extension.Value is JsonNodeExtension { Node: var node })
                {
                    result[extension.Key] = node?.DeepClone();
                }
            }
        }

        return result;
    }

    private static List<string> TypeNames(JsonSchemaType type)
    {
        var names = new List<string>();
        foreach ((JsonSchemaType flag, string name) in new[]
        {
            (JsonSchemaType.Object, "object"), (JsonSchemaType.Array, "array"), (JsonSchemaType.String, "string"), (JsonSchemaType.Integer, "integer"),
            (JsonSchemaType.Number, "number"), (JsonSchemaType.Boolean, "boolean"), (JsonSchemaType.Null, "null"),
        })
        {
            if ((type & flag) != 0)
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static void AddNames(JsonObject target, string key, IEnumerable<string> names)
    {
        JsonNode?[] values = names.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray();
        if (values.Length > 0)
        {
            target[key] = new JsonArray(values);
        }
    }

    private static void Set(JsonObject target, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            target[key] = value;
        }
    }

    private static void Set(JsonObject target, string key, int? value)
    {
        if (value is int number)
        {
            target[key] = number;
        }
    }

    /// <summary>Bounds are kept as the document wrote them (Microsoft.OpenApi holds them as text).</summary>
    private static void SetNumber(JsonObject target, string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out long integer))
        {
            target[key] = integer;
        }
        else if (decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number))
        {
            target[key] = number;
        }
    }
}
