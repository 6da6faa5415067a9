using System;
using System.Collections.Generic;
using System.Threading;
using NJsonSchema;
using ThreeDsContracts.Cli.Infrastructure;
using ThreeDsContracts.Generator.Parsing;

namespace ThreeDsContracts.Cli.Schemas;

/// <summary>
/// NJsonSchema documents of a schema set, loaded once each through the generator's loader, which serves
/// every <c>$ref</c> from the set and refuses the disk and the network.
/// </summary>
internal sealed class JsonSchemaCache
{
    private readonly SchemaSet _set;
    private readonly Dictionary<string, JsonSchema> _loaded = new(StringComparer.Ordinal);

    public JsonSchemaCache(SchemaSet set) => _set = set;

    /// <summary>The NJsonSchema schema of a document, or of a definition inside it.</summary>
    /// <exception cref="SchemaLoadException">The schema cannot be loaded (its $refs do not resolve, or it is not a schema).</exception>
    public JsonSchema Get(string id, string pointer)
    {
        if (!_loaded.TryGetValue(id, out JsonSchema? schema))
        {
            SchemaDocument document = _set.Get(id);
            try
            {
                schema = JsonSchemaLoadCheck.Load(id, document.Text, _set.Texts, CancellationToken.None).GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is not CliUsageException)
            {
                // A file that is not strict JSON names itself, also when NJsonSchema reached it through a $ref.
                Exception reason = e;
                for (Exception? inner = e; inner is not null; inner = inner.InnerException)
                {
                    if (inner is JsonSchemaLoadCheck.NotStrictJsonException)
                    {
                        reason = inner;
                    }
                }

                string message = reason.Message.Replace("/threeds-schemas/", string.Empty);
                int newline = message.IndexOfAny(new[] { '\r', '\n' });
                throw new SchemaLoadException(id, newline > 0 ? message.Substring(0, newline) : message);
            }

            _loaded[id] = schema;
        }

        return pointer == "#" ? schema : Navigate(schema, id, pointer);
    }

    private static JsonSchema Navigate(JsonSchema root, string id, string pointer)
    {
        JsonSchema current = root;
        string[] segments = pointer.Substring(2).Split('/');
        for (int i = 0; i < segments.Length; i++)
        {
            string keyword = segments[i];
            string? name = i + 1 < segments.Length ? Uri.UnescapeDataString(segments[i + 1]).Replace("~1", "/").Replace("~0", "~") : null;
            JsonSchema? next = null;
            switch (keyword)
            {
                case "definitions" when name is not null && current.Definitions.TryGetValue(name, out JsonSchema? definition):
                    next = definition;
                    i++;
                    break;
                case "properties" when name is not null && current.ActualSchema.Properties.TryGetValue(name, out JsonSchemaProperty? property):
                    next = property;
                    i++;
                    break;
                case "items" when current.ActualSchema.Item is { } item:
                    next = item;
                    break;
            }

            current = next ?? throw new CliUsageException($"{id}{pointer}: only #/definitions/…, /properties/… and /items pointers are supported");
        }

        return current;
    }
}

/// <summary>A schema that NJsonSchema cannot load: the schema is invalid (exit code 1).</summary>
internal sealed class SchemaLoadException : Exception
{
    public SchemaLoadException(string schemaId, string reason)
        : base($"schema {schemaId} cannot be loaded: {reason}")
    {
        SchemaId = schemaId;
        Reason = reason;
    }

    public string SchemaId { get; }

    public string Reason { get; }
}
