using System.Linq;
using Microsoft.CodeAnalysis;
using ThreeDsContracts.Testing.Compilation;
using Xunit;

namespace ThreeDsContracts.Generator.Tests;

/// <summary>The x-source keyword: every documented form is accepted, a malformed one is TDS0008 at its line.</summary>
public class SourceReferenceTests
{
    private static GeneratorRun Run(string json) => new GeneratorHarness().WithSchema("shop/sourced", json).Run();

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;

    [Fact]
    public void Citation_strings_repository_files_and_urls_are_accepted_on_roots_properties_items_and_definitions()
    {
        GeneratorRun run = Run("""
            {
              "type": "object",
              "x-source": "Provider guide, section 3",
              "properties": {
                "eci": {
                  "type": "string",
                  "x-source": [
                    { "repo": "jpmorgan-payments/online-payments", "path": "app/client/online-payments-specification.yaml", "commit": "54a565b", "note": "Authentication.electronicCommerceIndicator" },
                    { "url": "https://docs.antom.com/ac/ams/pay" },
                    "seed 003"
                  ]
                },
                "codes": { "type": "array", "items": { "type": "string", "x-source": [{ "url": "http://example.com/codes" }] } },
                "x-source": { "type": "string", "description": "a wire property that happens to be called x-source" }
              },
              "definitions": { "Inner": { "type": "object", "x-source": "inner", "properties": { "a": { "type": "string" } } } }
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Info));
        run.AssertCompiles();
    }

    [Theory]
    [InlineData("42", "citation string or an array")]
    [InlineData("[]", "citation string or an array")]
    [InlineData("\"  \"", "must not be empty")]
    [InlineData("[{ \"repo\": \"a/b\", \"path\": \"x.yaml\" }]", "needs repo, path and commit")]
    [InlineData("[{ \"repo\": \"a/b\", \"path\": \"x.yaml\", \"commit\": \"main\" }]", "commit 'main'")]
    [InlineData("[{ \"repo\": \"not-a-repo\", \"path\": \"x.yaml\", \"commit\": \"54a565b\" }]", "owner/name")]
    [InlineData("[{ \"url\": \"docs/page\" }]", "absolute http(s) URL")]
    [InlineData("[{ \"url\": \"https://a.example\", \"repo\": \"a/b\" }]", "not both")]
    [InlineData("[{ \"url\": \"https://a.example\", \"page\": 3 }]", "unknown member 'page'")]
    [InlineData("[\"ok\", 7]", "citation string or an array")]
    public void A_malformed_x_source_is_TDS0008_at_its_line(string value, string expected)
    {
        GeneratorRun run = Run("{\n  \"type\": \"object\",\n  \"properties\": {\n    \"eci\": {\n      \"type\": \"string\",\n      \"x-source\": " + value + "\n    }\n  }\n}");

        Assert.Null(run.Result.Exception);
        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "TDS0008");
        Assert.Contains(expected, diagnostic.GetMessage());
        Assert.Contains("#/properties/eci/x-source", diagnostic.GetMessage());
        Assert.Equal(6, Line(diagnostic));
        Assert.EndsWith("shop/sourced.schema.json", diagnostic.Location.GetLineSpan().Path);
        run.AssertCompiles();
    }
}
