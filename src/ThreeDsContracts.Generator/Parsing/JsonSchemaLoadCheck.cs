using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using NJsonSchema;
using NJsonSchema.References;
using ThreeDsContracts.Generator.Diagnostics;
using ThreeDsContracts.Generator.Model;

namespace ThreeDsContracts.Generator.Parsing;

/// <summary>
/// Loads a schema with NJsonSchema, the JSON Schema implementation the runtime validator and the CLI use,
/// serving every file $ref from the AdditionalFiles set (never the disk or the network). What NJsonSchema
/// cannot load is reported as TDS0009 on the file.
/// </summary>
internal static class JsonSchemaLoadCheck
{
    private const string VirtualRoot = "/threeds-schemas/";

    public static EquatableArray<DiagnosticInfo> Check(SchemaFile file, CancellationToken cancellationToken)
    {
        if (file.Origin != SchemaOrigin.Project || string.IsNullOrWhiteSpace(file.Text))
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        // Malformed JSON is the parser's TDS0001 and a root that is not an object its TDS0003; NJsonSchema would only repeat them
        // (also for what strict JSON refuses: trailing commas, comments).
        // A token pass, not a JToken tree: the check only needs to know the text is a well-formed JSON object.
        if (!IsWellFormedJsonObject(file.Text) || StrictJson.Find(file.Text) is not null)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        try
        {
            Task<JsonSchema> load = JsonSchema.FromJsonAsync(
                file.Text, VirtualRoot + file.Id + SchemaIds.Suffix, schema => new DocumentOnlyResolver(schema), cancellationToken);
            load.GetAwaiter().GetResult();
            return EquatableArray<DiagnosticInfo>.Empty;
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            string message = exception.Message.Replace(VirtualRoot, string.Empty);
            int newline = message.IndexOfAny(new[] { '\r', '\n' });
            if (newline > 0)
            {
                message = message.Substring(0, newline);
            }

            var lines = new LineMap(file.Text);
            return new[] { lines.Create(DiagnosticDescriptors.SchemaLoadFailed.Id, file.Path, 1, 1, new[] { file.Id, message }) }.ToEquatableArray();
        }
    }

    private static bool IsWellFormedJsonObject(string text)
    {
        try
        {
            // The reader stops quietly at the end of a truncated document; the last token must close the root.
            using var reader = new Newtonsoft.Json.JsonTextReader(new System.IO.StringReader(text));
            var first = Newtonsoft.Json.JsonToken.None;
            var last = Newtonsoft.Json.JsonToken.None;
            int depth = 0;
            while (reader.Read())
            {
                if (reader.TokenType != Newtonsoft.Json.JsonToken.Comment)
                {
                    first = first == Newtonsoft.Json.JsonToken.None ? reader.TokenType : first;
                    last = reader.TokenType;
                    depth = reader.Depth;
                }
            }

            return first == Newtonsoft.Json.JsonToken.StartObject && depth == 0 && last is not (Newtonsoft.Json.JsonToken.None or Newtonsoft.Json.JsonToken.StartObject
                or Newtonsoft.Json.JsonToken.StartArray or Newtonsoft.Json.JsonToken.StartConstructor or Newtonsoft.Json.JsonToken.PropertyName);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return false;
        }
    }

    /// <summary>Loads a schema of a set (the CLI's loader); every file, the root and each one a $ref reaches, must be strict JSON.</summary>
    internal static Task<JsonSchema> Load(string id, string text, IReadOnlyDictionary<string, string> texts, CancellationToken cancellationToken)
    {
        RequireStrictJson(id, text);
        return JsonSchema.FromJsonAsync(text, VirtualRoot + id + SchemaIds.Suffix, schema => new InMemoryResolver(schema, texts), cancellationToken);
    }

    private static void RequireStrictJson(string id, string text)
    {
        if (StrictJson.Find(text) is StrictJson.Violation violation)
        {
            throw new NotStrictJsonException(
                $"{id}{SchemaIds.Suffix} is not valid JSON (TDS0001): line {violation.Line}, position {violation.Column}: {violation.Message}");
        }
    }

    /// <summary>A schema of the set is not strict JSON (NJsonSchema wraps it when a $ref reached the file).</summary>
    internal sealed class NotStrictJsonException : InvalidOperationException
    {
        public NotStrictJsonException(string message)
            : base(message)
        {
        }
    }

    /// <summary>
    /// Checks one document on its own: a $ref to another file resolves to a placeholder instead of loading that
    /// file (and, transitively, everything it refers to). Whether the target exists is the resolver's TDS0004, and
    /// each project file is checked in its own step; so the check of a file depends on its text alone, loads it
    /// once, and an edit of one schema reruns the check of that schema only.
    /// </summary>
    private sealed class DocumentOnlyResolver : JsonReferenceResolver
    {
        public DocumentOnlyResolver(JsonSchema root)
            : base(new JsonSchemaAppender(root, new DefaultTypeNameGenerator()))
        {
        }

        public override Task<IJsonReference> ResolveFileReferenceAsync(string filePath, CancellationToken cancellationToken = default) =>
            Task.FromResult<IJsonReference>(new ExternalDocument());

        public override IJsonReference ResolveDocumentReference(object rootObject, string jsonPath, Type targetType, Newtonsoft.Json.Serialization.IContractResolver contractResolver) =>
            rootObject is ExternalDocument ? new JsonSchema() : base.ResolveDocumentReference(rootObject, jsonPath, targetType, contractResolver);

        public override Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException($"$ref to '{url}' is remote; the generator does not use the network");

        private sealed class ExternalDocument : JsonSchema
        {
        }
    }

    /// <summary>Serves *.schema.json references from the schema set; refuses everything else.</summary>
    private sealed class InMemoryResolver : JsonReferenceResolver
    {
        private readonly IReadOnlyDictionary<string, string> _texts;

        public InMemoryResolver(JsonSchema root, IReadOnlyDictionary<string, string> texts)
            : base(new JsonSchemaAppender(root, new DefaultTypeNameGenerator())) => _texts = texts;

        public override async Task<IJsonReference> ResolveFileReferenceAsync(string filePath, CancellationToken cancellationToken = default)
        {
            string normalized = filePath.Replace('\\', '/');
            int root = normalized.IndexOf(VirtualRoot, StringComparison.Ordinal);
            string id = root >= 0 ? normalized.Substring(root + VirtualRoot.Length) : normalized;
            if (id.EndsWith(SchemaIds.Suffix, StringComparison.OrdinalIgnoreCase))
            {
                id = id.Substring(0, id.Length - SchemaIds.Suffix.Length);
            }

            if (!_texts.TryGetValue(id, out string? text))
            {
                throw new InvalidOperationException($"$ref to '{id}{SchemaIds.Suffix}' is not among the schemas");
            }

            RequireStrictJson(id, text);
            return await JsonSchema.FromJsonAsync(text, VirtualRoot + id + SchemaIds.Suffix, schema => new InMemoryResolver(schema, _texts), cancellationToken).ConfigureAwait(false);
        }

        public override Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException($"$ref to '{url}' is remote; the generator does not use the network");
    }
}
