using System;
using System.IO;
using System.Linq;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi.YamlReader;
using SharpYaml;
using SharpYaml.Serialization;
using ThreeDsContracts.Cli.Infrastructure;

namespace ThreeDsContracts.Cli.Import;

/// <summary>An OpenAPI document read from a file or stdin: the reader's model, the document as JSON (for what the model drops) and the name it is reported under.</summary>
internal sealed record OpenApiSource(OpenApiDocument Document, JsonNode Raw, string Name, string Title, string Version)
{
    /// <summary>The raw JSON at a pointer of the document (<c>#/components/schemas/x/properties/y</c>), or null.</summary>
    public JsonNode? At(string pointer)
    {
        JsonNode? node = Raw;
        foreach (string segment in pointer.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            string key = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject o => o[key],
                JsonArray a when int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int i) && i < a.Count => a[i],
                _ => null,
            };
        }

        return node;
    }
}

/// <summary>
/// Reads an OpenAPI 3.0/3.1 document (JSON or YAML) with Microsoft.OpenApi. Whatever keeps it from being one
/// (unreadable file, YAML syntax error, no <c>openapi</c> version, Swagger 2.0, reader errors) is a
/// <see cref="CliUsageException"/> naming the file and the place (line and column, or the JSON pointer).
/// </summary>
internal static class OpenApiSourceReader
{
    public static OpenApiSource Read(string argument, TextReader stdin)
    {
        string name = argument == "-" ? "<stdin>" : argument;
        string text;
        try
        {
            text = argument == "-" ? stdin.ReadToEnd() : File.ReadAllText(argument);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliUsageException($"{name}: cannot read the OpenAPI document ({e.GetType().Name})");
        }

        return Parse(text, name);
    }

    public static OpenApiSource Parse(string text, string name)
    {
        // JSON documents start with an object; anything else goes to the YAML parser (YAML is a superset of JSON).
        bool json = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('{');
        JsonNode raw = json ? ParseJson(text, name) : ParseYaml(text, name);
        var settings = new OpenApiReaderSettings { LoadExternalRefs = false };
        ReadResult result;
        try
        {
            result = new OpenApiJsonReader().Read(raw, new Uri("file:///openapi-document"), settings);
        }
        catch (Exception e) when (e is OpenApiException or FormatException or InvalidOperationException or JsonException)
        {
            throw new CliUsageException($"{name}: not an OpenAPI document: {OneLine(e.Message)}");
        }

        OpenApiDiagnostic? diagnostic = result.Diagnostic;
        if (diagnostic is not null && diagnostic.Errors.Count > 0)
        {
            OpenApiError first = diagnostic.Errors[0];
            string place = string.IsNullOrEmpty(first.Pointer) ? string.Empty : " at " + first.Pointer;
            string message = OneLine(first.Message);
            if (message.Contains("Version node not found", StringComparison.Ordinal))
            {
                message = "no 'openapi' version field; this is not an OpenAPI 3.0/3.1 document";
            }

            throw new CliUsageException($"{name}: {message}{place}" + (diagnostic.Errors.Count > 1 ? $" (and {diagnostic.Errors.Count - 1} more errors)" : string.Empty));
        }

        if (result.Document is null || diagnostic is null)
        {
            throw new CliUsageException($"{name}: not an OpenAPI document");
        }

        if (diagnostic.SpecificationVersion is not (OpenApiSpecVersion.OpenApi3_0 or OpenApiSpecVersion.OpenApi3_1))
        {
            throw new CliUsageException($"{name}: {Describe(diagnostic.SpecificationVersion)} is not supported; import reads OpenAPI 3.0 and 3.1 documents");
        }

        OpenApiInfo? info = result.Document.Info;
        return new OpenApiSource(result.Document, raw, name, info?.Title ?? "OpenAPI document", info?.Version ?? string.Empty);
    }

    private static JsonNode ParseJson(string text, string name)
    {
        try
        {
            return JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 256 }) ?? throw new CliUsageException($"{name}: not an OpenAPI document (JSON null)");
        }
        catch (JsonException e)
        {
            throw new CliUsageException($"{name}: JSON syntax error at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}");
        }
    }

    private static JsonNode ParseYaml(string text, string name)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new CliUsageException($"{name}: YAML error at line {e.Start.Line + 1}, column {e.Start.Column + 1}: {OneLine(e.Message.Substring(e.Message.LastIndexOf(':') + 1))}");
        }

        if (stream.Documents.Count == 0)
        {
            throw new CliUsageException($"{name}: not an OpenAPI document (empty)");
        }

        JsonNode? node = YamlConverter.ToJsonNode(stream.Documents[0]);
        return node is JsonObject ? node : throw new CliUsageException($"{name}: not an OpenAPI document (the top level is not a mapping)");
    }

    private static string Describe(OpenApiSpecVersion version) => version switch
    {
        OpenApiSpecVersion.OpenApi2_0 => "Swagger 2.0",
        _ => "OpenAPI " + version.ToString().Replace("OpenApi", string.Empty, StringComparison.Ordinal).Replace('_', '.'),
    };

    private static string OneLine(string message) => string.Join(" ", message.Split('\n', '\r').Select(l => l.Trim()).Where(l => l.Length > 0));
}
