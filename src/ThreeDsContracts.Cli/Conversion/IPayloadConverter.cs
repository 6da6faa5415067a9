using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThreeDsContracts.Cli.Schemas;

namespace ThreeDsContracts.Cli.Conversion;

/// <summary>
/// One side of <c>threeds convert</c>: reads a provider payload into the canonical model, and/or writes a
/// provider payload from it. Conversion is always provider → canonical → provider, so a converter per
/// provider payload serves every pair.
/// </summary>
/// <remarks>
/// <para>The <see cref="ConverterRegistry"/> asks its converters in registration order; the first that can
/// read the source and the first that can write the target are used. The typed adapters of the library
/// (issue 5: canonical <c>AuthenticationResult</c> / <c>RequestContext</c> and their provider adapters) are
/// registered before <see cref="SchemaLinkConverter"/>, which covers every schema from its
/// <c>x-canonical-field</c> links and <c>x-canonical</c> code-list maps.</para>
/// <para>An adapter-backed converter deserializes the payload with the generated contract
/// (e.g. <c>JsonSerializer.Deserialize&lt;AntomNotifyPayment&gt;</c>), calls the adapter, serializes the
/// canonical result into <see cref="CanonicalBundle"/> under its canonical schema id, and copies the adapter's
/// report of what it could not carry into <see cref="ConversionContext.NotCarried"/>.</para>
/// </remarks>
internal interface IPayloadConverter
{
    /// <summary>Shown in the report (<c>schema links</c>, <c>Antom adapter</c>).</summary>
    string Name { get; }

    /// <summary>True when this converter reads payloads of <paramref name="source"/> into the canonical model.</summary>
    bool CanRead(SchemaTarget source);

    /// <summary>True when this converter writes payloads of <paramref name="target"/> from the canonical model.</summary>
    bool CanWrite(SchemaTarget target);

    /// <summary>Adds what <paramref name="payload"/> carries to <paramref name="bundle"/>; reports the rest.</summary>
    void Read(SchemaTarget source, JsonElement payload, CanonicalBundle bundle, ConversionContext context);

    /// <summary>Builds a payload of <paramref name="target"/> from <paramref name="bundle"/>, marking what it consumed.</summary>
    JsonNode Write(SchemaTarget target, CanonicalBundle bundle, ConversionContext context);
}

/// <summary>What a conversion works with and what it reports.</summary>
internal sealed class ConversionContext
{
    public ConversionContext(SchemaSet schemas, string? brand)
    {
        Schemas = schemas;
        Brand = brand;
    }

    public SchemaSet Schemas { get; }

    /// <summary>The card brand (<c>--brand</c>, or detected in the source payload).</summary>
    public string? Brand { get; set; }

    /// <summary>Where <see cref="Brand"/> came from.</summary>
    public string BrandSource { get; set; } = "none";

    /// <summary>What could not be carried: never silently dropped.</summary>
    public List<NotCarried> NotCarried { get; } = new();

    public void Report(string side, string path, string reason) => NotCarried.Add(new NotCarried(side, path, reason));
}

/// <summary>One value that could not be carried. <paramref name="Side"/>: <c>from</c> (reading the source) or <c>to</c> (writing the target).</summary>
internal sealed record NotCarried(string Side, string Path, string Reason);
