using System.Collections.Generic;
using System.Linq;
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
    /// The registry the tool uses. Adapter-backed converters (issue 5) are added here, before the schema-link
    /// fallback, so that they win for the payloads they cover.
    /// </summary>
    public static ConverterRegistry CreateDefault() => new ConverterRegistry()
        .Add(new SchemaLinkConverter());

    public IReadOnlyList<IPayloadConverter> Converters => _converters;

    public ConverterRegistry Add(IPayloadConverter converter)
    {
        _converters.Add(converter);
        return this;
    }

    /// <summary>The first converter that reads <paramref name="from"/>.</summary>
    public IPayloadConverter ReaderFor(SchemaTarget from) => _converters.FirstOrDefault(c => c.CanRead(from))
        ?? throw new CliUsageException($"--from {from.Display}: no converter reads it (no field links to the canonical model)");

    /// <summary>The first converter that writes <paramref name="to"/>.</summary>
    public IPayloadConverter WriterFor(SchemaTarget to) => _converters.FirstOrDefault(c => c.CanWrite(to))
        ?? throw new CliUsageException($"--to {to.Display}: no converter writes it (no field links to the canonical model)");

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
