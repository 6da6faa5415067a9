using System;
using System.IO;
using System.Linq;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;
using ThreeDsContracts.Cli.Infrastructure;

namespace ThreeDsContracts.Cli.Import;

/// <summary>An OpenAPI document read from a file or stdin, with the name it is reported under.</summary>
internal sealed record OpenApiSource(OpenApiDocument Document, string Name, string Title, string Version);

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
        // JSON documents start with an object; anything else goes to the YAML reader (YAML is a superset of JSON).
        string format = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('{') ? OpenApiConstants.Json : OpenApiConstants.Yaml;
        var settings = new OpenApiReaderSettings { LoadExternalRefs = false };
        settings.AddYamlReader();
        ReadResult result;
        try
        {
            result = OpenApiDocument.Parse(text, format, settings);
        }
        catch (Exception e) when (e is OpenApiException or FormatException or InvalidOperationException or System.Text.Json.JsonException)
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

            throw new CliUsageException($"{name}: {(format == OpenApiConstants.Json ? "JSON" : "YAML")} {message}{place}" + (diagnostic.Errors.Count > 1 ? $" (and {diagnostic.Errors.Count - 1} more errors)" : string.Empty));
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
        return new OpenApiSource(result.Document, name, info?.Title ?? "OpenAPI document", info?.Version ?? string.Empty);
    }

    private static string Describe(OpenApiSpecVersion version) => version switch
    {
        OpenApiSpecVersion.OpenApi2_0 => "Swagger 2.0",
        _ => "OpenAPI " + version.ToString().Replace("OpenApi", string.Empty, StringComparison.Ordinal).Replace('_', '.'),
    };

    private static string OneLine(string message) => string.Join(" ", message.Split('\n', '\r').Select(l => l.Trim()).Where(l => l.Length > 0));
}
