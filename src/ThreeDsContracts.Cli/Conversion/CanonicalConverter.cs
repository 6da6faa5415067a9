using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using ThreeDsContracts.Canonical;
using ThreeDsContracts.Cli.Infrastructure;
using ThreeDsContracts.Cli.Schemas;

namespace ThreeDsContracts.Cli.Conversion;

/// <summary>
/// The canonical documents themselves (<c>canonical/authentication-result</c>, <c>canonical/request-context</c>),
/// read and written with the generated <see cref="AuthenticationResult"/> and <see cref="RequestContext"/>: what an
/// adapter receives and returns is exactly what the library's contract holds. Built-in schemas only, as for the adapters.
/// </summary>
internal sealed class CanonicalConverter : IPayloadConverter
{
    public string Name => "canonical model (AuthenticationResult / RequestContext)";

    public bool CanRead(SchemaTarget source) => Matches(source);

    public bool CanWrite(SchemaTarget target) => Matches(target);

    public IReadOnlyCollection<string> Carries(SchemaTarget target) => Matches(target) ? new[] { target.Id } : Array.Empty<string>();

    public void Read(SchemaTarget source, JsonElement payload, CanonicalBundle bundle, ConversionContext context)
    {
        // Each value keeps its path: the canonical document is the source ("$.eci" is carried from "$.eci").
        bundle.SetDocument(source.Id, RoundTrip(source.Id, payload.Deserialize<JsonNode>()) as JsonObject ?? new JsonObject(), "$");
    }

    public JsonNode Write(SchemaTarget target, CanonicalBundle bundle, ConversionContext context)
    {
        bundle.ConsumeDocument(target.Id);
        return RoundTrip(target.Id, bundle.Document(target.Id)?.DeepClone()) ?? new JsonObject();
    }

    private static bool Matches(SchemaTarget target) =>
        target.Pointer == "#"
        && target.Id is CanonicalDocuments.AuthenticationResult or CanonicalDocuments.RequestContext
        && target.Set.TryGet(target.Id, out SchemaDocument document) && document.Origin == "built-in";

    /// <summary>The document as the generated contract reads and writes it.</summary>
    private static JsonNode? RoundTrip(string id, JsonNode? document)
    {
        if (document is null)
        {
            return null;
        }

        return id == CanonicalDocuments.AuthenticationResult
            ? Through(document, CanonicalJsonContext.Default.AuthenticationResult)
            : Through(document, CanonicalJsonContext.Default.RequestContext);
    }

    private static JsonNode? Through<T>(JsonNode document, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return document.Deserialize(type) is { } value ? JsonSerializer.SerializeToNode(value, type) : null;
        }
        catch (JsonException e)
        {
            string path = e is ThreeDsPayloadException payloadException ? payloadException.JsonPath : e.Path ?? "$";
            throw new CliUsageException($"{typeof(T).Name} cannot read the canonical document at {path}");
        }
    }
}
