using System;
using System.Collections.Generic;
using System.Globalization;
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
/// read the source and the first that can write the target are used. One <see cref="AdapterConverter"/> per
/// direction of the library's adapters (issue 5: <c>AntomAdapter</c>, <c>JpmPaymentsAdapter</c>,
/// <c>JpmCheckoutAdapter</c>, <c>GatewayAdapter</c>, <c>EcommpayAdapter</c>) comes first, then
/// <see cref="CanonicalConverter"/> for the canonical documents, then <see cref="SchemaLinkConverter"/>, which
/// covers every other schema from its <c>x-canonical-field</c> links and <c>x-canonical</c> code-list maps.</para>
/// <para>An adapter reader deserializes the payload with the generated contract
/// (e.g. <c>JsonSerializer.Deserialize&lt;AntomNotifyPayment&gt;</c>), calls the adapter, stores the canonical
/// result in <see cref="CanonicalBundle"/> under its canonical schema id, and copies the adapter's report of
/// what it could not carry into <see cref="ConversionContext.NotCarried"/>, with every value outside the part of
/// the payload the adapter reads. An adapter writer calls the adapter with the canonical document and
/// serializes the provider payload it returns.</para>
/// </remarks>
internal interface IPayloadConverter
{
    /// <summary>Shown in the report (<c>schema links</c>, <c>Antom adapter</c>).</summary>
    string Name { get; }

    /// <summary>True when this converter reads payloads of <paramref name="source"/> into the canonical model.</summary>
    bool CanRead(SchemaTarget source);

    /// <summary>True when this converter writes payloads of <paramref name="target"/> from the canonical model.</summary>
    bool CanWrite(SchemaTarget target);

    /// <summary>
    /// The canonical documents (<c>canonical/authentication-result</c>, <c>canonical/request-context</c>) that a
    /// payload of <paramref name="target"/> carries when this converter reads or writes it: a pair converts only
    /// when what the reader produces and what the writer takes have one in common.
    /// </summary>
    IReadOnlyCollection<string> Carries(SchemaTarget target);

    /// <summary>Adds what <paramref name="payload"/> carries to <paramref name="bundle"/>; reports the rest.</summary>
    void Read(SchemaTarget source, JsonElement payload, CanonicalBundle bundle, ConversionContext context);

    /// <summary>Builds a payload of <paramref name="target"/> from <paramref name="bundle"/>, marking what it consumed.</summary>
    JsonNode Write(SchemaTarget target, CanonicalBundle bundle, ConversionContext context);
}

/// <summary>What a conversion works with and what it reports.</summary>
internal sealed class ConversionContext
{
    public ConversionContext(SchemaSet schemas, string? brand, DateTimeOffset? purchaseTime = null)
    {
        Schemas = schemas;
        Brand = brand;
        PurchaseTime = purchaseTime;
    }

    public SchemaSet Schemas { get; }

    /// <summary>The card brand (<c>--brand</c>, or detected in the source payload).</summary>
    public string? Brand { get; set; }

    /// <summary>Where <see cref="Brand"/> came from.</summary>
    public string BrandSource { get; set; } = "none";

    /// <summary>
    /// When the purchase takes place (<c>--purchase-time</c>): adapters derive EMV codes from dates with it
    /// (account age "03" for an account created 12 days before). Never the machine clock.
    /// </summary>
    public DateTimeOffset? PurchaseTime { get; }

    /// <summary>True once a writer derived codes from dates with <see cref="PurchaseTime"/>.</summary>
    public bool PurchaseTimeUsed { get; set; }

    /// <summary><see cref="PurchaseTime"/> as ISO-8601 UTC, for the report.</summary>
    public string? PurchaseTimeText => PurchaseTime?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>What could not be carried: never silently dropped.</summary>
    public List<NotCarried> NotCarried { get; } = new();

    public void Report(string side, string path, string reason) => NotCarried.Add(new NotCarried(side, path, reason));
}

/// <summary>One value that could not be carried. <paramref name="Side"/>: <c>from</c> (reading the source) or <c>to</c> (writing the target).</summary>
internal sealed record NotCarried(string Side, string Path, string Reason);
