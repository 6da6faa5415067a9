using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThreeDsContracts.Cli.Infrastructure;
using ThreeDsContracts.Cli.Schemas;

namespace ThreeDsContracts.Cli.Conversion;

/// <summary>The converters <c>threeds convert</c> chooses from, in order of preference.</summary>
internal sealed class ConverterRegistry
{
    private readonly List<IPayloadConverter> _converters = new();

    /// <summary>
    /// The registry the tool uses: one converter per direction of the library's adapters (issue 5), the canonical
    /// documents through their generated contracts, then the schema-link fallback for every other schema. The first converter that reads (writes) a schema is used.
    /// </summary>
    public static ConverterRegistry CreateDefault() => new ConverterRegistry()
        .Add(new AntomNotifyPaymentReader())
        .Add(new AntomCardMetaDataReader())
        .Add(new AntomPayReader())
        .Add(new AntomCardMetaDataWriter())
        .Add(new AntomPayWriter())
        .Add(new JpmAuthenticationReader())
        .Add(new JpmPaymentReader())
        .Add(new JpmVerificationReader())
        .Add(new JpmAuthenticationWriter())
        .Add(new JpmPaymentWriter())
        .Add(new JpmVerificationWriter())
        .Add(new JpmCheckoutIntentReader())
        .Add(new JpmCheckoutAuthenticationRequestReader())
        .Add(new JpmCheckoutNotificationsReader())
        .Add(new JpmCheckoutIntentWriter())
        .Add(new JpmCheckoutAuthenticationRequestWriter())
        .Add(new GatewayCresMessageReader())
        .Add(new GatewayAuthenticationCompletedReader())
        .Add(new GatewayTokenReader())
        .Add(new GatewayAuthorizeRequestReader())
        .Add(new GatewayAuthorizeRequestWriter())
        .Add(new EcommpayPaymentPageReader())
        .Add(new EcommpayMpiResultReader())
        .Add(new EcommpayPaymentPageWriter())
        .Add(new EcommpayMpiResultWriter())
        .Add(new CanonicalConverter())
        .Add(new SchemaLinkConverter());

    public IReadOnlyList<IPayloadConverter> Converters => _converters;

    public ConverterRegistry Add(IPayloadConverter converter)
    {
        _converters.Add(converter);
        return this;
    }

    /// <summary>The first converter that reads <paramref name="from"/>.</summary>
    public IPayloadConverter ReaderFor(SchemaTarget from) => _converters.FirstOrDefault(c => c.CanRead(from))
        ?? throw new CliUsageException($"--from {from.Display}: no converter reads it (no adapter, no field links to the canonical model)" + SupportedPairs(from.Set));

    /// <summary>The first converter that writes <paramref name="to"/>.</summary>
    public IPayloadConverter WriterFor(SchemaTarget to) => _converters.FirstOrDefault(c => c.CanWrite(to))
        ?? throw new CliUsageException($"--to {to.Display}: no converter writes it (no adapter, no field links to the canonical model)" + SupportedPairs(to.Set));

    /// <summary>
    /// Checks that <paramref name="from"/> converts to <paramref name="to"/>: a converter reads one, a converter writes
    /// the other, and what the reader produces (a canonical result, a request context) is what the writer takes.
    /// A usage error with the supported pairs otherwise.
    /// </summary>
    public void Check(SchemaTarget from, SchemaTarget to)
    {
        IPayloadConverter reader = ReaderFor(from);
        IPayloadConverter writer = WriterFor(to);
        IReadOnlyCollection<string> produced = reader.Carries(from);
        IReadOnlyCollection<string> taken = writer.Carries(to);
        if (!produced.Intersect(taken, StringComparer.Ordinal).Any())
        {
            throw new CliUsageException(
                $"no conversion from {from.Display} to {to.Display}: the first carries {CanonicalDocuments.Describe(produced)}, the second takes {CanonicalDocuments.Describe(taken)}"
                + SupportedPairs(from.Set));
        }
    }

    /// <summary>
    /// The supported pairs, for a usage error: per canonical document, the schemas read into it and the schemas
    /// written from it; any schema of the first list converts to any of the second.
    /// </summary>
    public string SupportedPairs(SchemaSet set)
    {
        var candidates = new List<SchemaTarget>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (AdapterConverter adapter in _converters.OfType<AdapterConverter>())
        {
            if (set.TryGet(adapter.SchemaId, out _) && seen.Add(adapter.Schema))
            {
                candidates.Add(new SchemaTarget(set, adapter.SchemaId, adapter.Pointer));
            }
        }

        foreach (SchemaDocument document in set.Documents)
        {
            if (seen.Add(document.Id))
            {
                candidates.Add(new SchemaTarget(set, document.Id, "#"));
            }
        }

        var text = new StringBuilder();
        text.Append("; supported pairs (--from a schema of the first list, --to one of the second; * through the schema links, the others through the library's adapters):");
        foreach (string canonical in new[] { CanonicalDocuments.AuthenticationResult, CanonicalDocuments.RequestContext })
        {
            text.Append('\n').Append("  ").Append(canonical).Append('\n');
            text.Append("    from: ").Append(List(candidates, canonical, read: true)).Append('\n');
            text.Append("    to:   ").Append(List(candidates, canonical, read: false));
        }

        return text.ToString();
    }

    private string List(IEnumerable<SchemaTarget> candidates, string canonical, bool read)
    {
        var names = new List<string>();
        foreach (SchemaTarget target in candidates)
        {
            IPayloadConverter? converter = _converters.FirstOrDefault(c => read ? c.CanRead(target) : c.CanWrite(target));
            if (converter is not null && converter.Carries(target).Contains(canonical, StringComparer.Ordinal))
            {
                bool viaLinks = converter is SchemaLinkConverter && !SchemaLinkConverter.IsCanonical(target);
                names.Add(target.Display + (viaLinks ? "*" : string.Empty));
            }
        }

        names.Sort(StringComparer.Ordinal);
        return string.Join(", ", names);
    }

    /// <summary>Converts a payload through the canonical model.</summary>
    public ConversionOutcome Convert(SchemaTarget from, JsonElement payload, SchemaTarget to, ConversionContext context)
    {
        IPayloadConverter reader = ReaderFor(from);
        IPayloadConverter writer = WriterFor(to);

        var bundle = new CanonicalBundle();
        reader.Read(from, payload, bundle, context);
        JsonNode output = writer.Write(to, bundle, context);
        foreach ((string id, string path, string? origin) in bundle.Unconsumed())
        {
            context.Report("to", origin ?? id + "#" + path, $"{id}#{path} has no field in {to.Display}");
        }

        return new ConversionOutcome(output, reader.Name, writer.Name, bundle);
    }
}

/// <summary>The converted payload and who produced it.</summary>
internal sealed record ConversionOutcome(JsonNode Output, string Reader, string Writer, CanonicalBundle Bundle);
