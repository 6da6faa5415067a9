using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ThreeDsContracts.Cli.Infrastructure;
using ThreeDsContracts.Generator.Parsing;

namespace ThreeDsContracts.Cli.Schemas;

/// <summary>One schema file of a <see cref="SchemaSet"/>: its id, where it came from and its parsed JSON.</summary>
internal sealed class SchemaDocument
{
    private JObject? _root;

    public SchemaDocument(string id, string path, string origin, string text)
    {
        Id = id;
        Path = path;
        Origin = origin;
        Text = text;
    }

    /// <summary>Schema id: the path under the schema root without <c>.schema.json</c>.</summary>
    public string Id { get; }

    /// <summary>The file it was read from.</summary>
    public string Path { get; }

    /// <summary><c>built-in</c>, <c>--schemas</c> or <c>file</c>.</summary>
    public string Origin { get; }

    /// <summary>The schema text.</summary>
    public string Text { get; }

    /// <summary>The parsed schema (dates and floats kept as written).</summary>
    public JObject Root => _root ??= Parse();

    /// <summary>The one-line description: <c>description</c>, else <c>title</c>.</summary>
    public string Description
    {
        get
        {
            string text = (string?)Root["description"] ?? (string?)Root["title"] ?? string.Empty;
            int newline = text.IndexOfAny(new[] { '\r', '\n' });
            return newline < 0 ? text : text.Substring(0, newline);
        }
    }

    private JObject Parse()
    {
        try
        {
            using var reader = new JsonTextReader(new System.IO.StringReader(Text))
            {
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Decimal,
            };
            JToken token = JToken.ReadFrom(reader);
            // Newtonsoft also reads comments and trailing commas; a schema must be strict JSON, as for the generator (TDS0001).
            if (StrictJson.Find(Text) is StrictJson.Violation violation)
            {
                throw new CliUsageException($"schema {Id} ({Path}) is not valid JSON (TDS0001): line {violation.Line}, position {violation.Column}: {violation.Message}");
            }

            return token as JObject ?? throw new CliUsageException($"schema {Id} ({Path}) is not a JSON object");
        }
        catch (JsonReaderException e)
        {
            throw new CliUsageException($"schema {Id} ({Path}) is not valid JSON: line {e.LineNumber}, position {e.LinePosition}");
        }
    }
}
