using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using ThreeDsContracts.Cli.Import;

namespace ThreeDsContracts.Cli.Tests.Import;

/// <summary>The excerpt of the J.P. Morgan Online Payments OpenAPI document under tests/fixtures/openapi (see its SOURCE.md).</summary>
internal static class OpenApiFixture
{
    public static readonly string[] Components = { "payment", "verification", "paymentResponse", "verificationResponse" };

    public static string Path => System.IO.Path.Combine(Repo.Root, "tests", "fixtures", "openapi", "jpm-online-payments-excerpt.yaml");

    public static string Text => File.ReadAllText(Path);

    /// <summary>Runs <c>threeds import openapi</c> on a document with the four components into a folder.</summary>
    public static CliResult Import(string document, string into, params string[] extra) =>
        Cli.Run(new[] { "import", "openapi", document, "--component" }.Concat(Components).Concat(new[] { "--into", into }).Concat(extra).ToArray());

    /// <summary>The document's own examples: (operation, request or response, example name, schema component, value).</summary>
    public static IReadOnlyList<(string Name, string Component, JsonNode Value)> Examples()
    {
        OpenApiSource source = OpenApiSourceReader.Parse(Text, Path);
        var examples = new List<(string, string, JsonNode)>();
        foreach ((string path, IOpenApiPathItem item) in source.Document.Paths.OrderBy(p => p.Key, System.StringComparer.Ordinal))
        {
            OpenApiOperation post = (OpenApiOperation)item.Operations![HttpMethod.Post];
            IOpenApiMediaType request = post.RequestBody!.Content!["application/json"];
            IOpenApiMediaType response = post.Responses!["200"].Content!["application/json"];
            foreach ((string kind, IOpenApiMediaType media) in new[] { ("request", request), ("response", response) })
            {
                string component = ((OpenApiSchemaReference)media.Schema!).Reference.Id!;
                foreach ((string name, IOpenApiExample example) in media.Examples!)
                {
                    examples.Add(($"POST {path} {kind} '{name}'", component, example.Value!.DeepClone()));
                }
            }
        }

        return examples;
    }
}
