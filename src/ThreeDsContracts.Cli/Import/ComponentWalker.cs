using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using ThreeDsContracts.Cli.Infrastructure;

namespace ThreeDsContracts.Cli.Import;

/// <summary>
/// The components an import writes: the named ones (a file each) and every object, code list or composed
/// schema their <c>$ref</c>s reach (definitions of the shared file), in the order they are first reached.
/// Referenced scalars (<c>currency</c>, <c>month</c>) are inlined where they are used, as the project's schemas do.
/// </summary>
internal sealed record ImportPlan(IReadOnlyList<string> Roots, IReadOnlyList<string> Definitions)
{
    public bool IsRoot(string component) => Roots.Contains(component, StringComparer.Ordinal);
}

/// <summary>Follows the <c>$ref</c>s of the named components; a missing component or a dangling or external <c>$ref</c> is an error naming the place.</summary>
internal static class ComponentWalker
{
    public const string ComponentsPointer = "#/components/schemas/";

    public static ImportPlan Walk(OpenApiSource source, IReadOnlyList<string> components)
    {
        IDictionary<string, IOpenApiSchema> schemas = source.Document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        foreach (string name in components)
        {
            if (!schemas.ContainsKey(name))
            {
                string? near = schemas.Keys.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
                throw new CliUsageException($"{source.Name}: component '{name}' does not exist at {ComponentsPointer}{name}" + (near is null ? $" ({schemas.Count} schema components)" : $"; did you mean '{near}'?"));
            }
        }

        var roots = components.Distinct(StringComparer.Ordinal).ToList();
        var definitions = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (string root in roots)
        {
            Visit(source, root, schemas[root], ComponentsPointer + root, roots, definitions, visited);
        }

        return new ImportPlan(roots, definitions);
    }

    /// <summary>True when a component becomes a named type (a definition) rather than being inlined.</summary>
    public static bool IsNamedType(IOpenApiSchema schema) =>
        schema.Properties is { Count: > 0 }
        || schema.Enum is { Count: > 0 }
        || schema.AllOf is { Count: > 0 } || schema.OneOf is { Count: > 0 } || schema.AnyOf is { Count: > 0 }
        || (schema.Type is JsonSchemaType type && (type & ~JsonSchemaType.Null) == JsonSchemaType.Object);

    /// <summary>The component a reference points at; throws for dangling and external references.</summary>
    public static string Target(OpenApiSource source, OpenApiSchemaReference reference, string pointer)
    {
        string written = reference.Reference.ReferenceV3 ?? reference.Reference.Id ?? "?";
        if (reference.Reference.IsExternal)
        {
            throw new CliUsageException($"{source.Name}: external $ref '{written}' at {pointer} is not followed; bundle the document first");
        }

        string? id = reference.Reference.Id;
        if (id is null || reference.UnresolvedReference || reference.Target is null || source.Document.Components?.Schemas?.ContainsKey(id) != true)
        {
            throw new CliUsageException($"{source.Name}: $ref '{written}' at {pointer} does not point to an existing schema");
        }

        return id;
    }

    private static void Visit(OpenApiSource source, string component, IOpenApiSchema schema, string pointer, IReadOnlyList<string> roots, List<string> definitions, HashSet<string> visited)
    {
        if (!visited.Add(component))
        {
            return;
        }

        Children(source, schema, pointer, roots, definitions, visited);
    }

    private static void Children(OpenApiSource source, IOpenApiSchema schema, string pointer, IReadOnlyList<string> roots, List<string> definitions, HashSet<string> visited)
    {
        if (schema is OpenApiSchemaReference reference)
        {
            string id = Target(source, reference, pointer);
            IOpenApiSchema target = reference.Target!;
            if (IsNamedType(target) && !roots.Contains(id, StringComparer.Ordinal) && !definitions.Contains(id, StringComparer.Ordinal))
            {
                definitions.Add(id);
            }

            Visit(source, id, target, ComponentsPointer + id, roots, definitions, visited);
            return;
        }

        foreach (KeyValuePair<string, IOpenApiSchema> property in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            Children(source, property.Value, pointer + "/properties/" + property.Key, roots, definitions, visited);
        }

        if (schema.Items is not null)
        {
            Children(source, schema.Items, pointer + "/items", roots, definitions, visited);
        }

        if (schema.AdditionalProperties is not null)
        {
            Children(source, schema.AdditionalProperties, pointer + "/additionalProperties", roots, definitions, visited);
        }

        if (schema.Not is not null)
        {
            Children(source, schema.Not, pointer + "/not", roots, definitions, visited);
        }

        foreach ((string keyword, IList<IOpenApiSchema>? branches) in new[] { ("allOf", schema.AllOf), ("oneOf", schema.OneOf), ("anyOf", schema.AnyOf) })
        {
            for (int i = 0; i < (branches?.Count ?? 0); i++)
            {
                Children(source, branches![i], pointer + "/" + keyword + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), roots, definitions, visited);
            }
        }

        foreach (KeyValuePair<string, OpenApiSchemaReference> mapping in schema.Discriminator?.Mapping ?? new Dictionary<string, OpenApiSchemaReference>())
        {
            Children(source, mapping.Value, pointer + "/discriminator/mapping/" + mapping.Key, roots, definitions, visited);
        }
    }
}
