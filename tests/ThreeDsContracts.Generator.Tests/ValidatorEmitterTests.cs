using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using ThreeDsContracts.Testing.Compilation;
using ThreeDsContracts.Validation;
using Xunit;

namespace ThreeDsContracts.Generator.Tests;

/// <summary>
/// The emitted <c>Validate()</c> for keywords the built-in schemas do not all use (exclusive bounds, multipleOf,
/// item and array bounds, maps, unions, draft-04 booleans), compiled and run; and TDS0014 for unusable keywords.
/// </summary>
public class ValidatorEmitterTests
{
    private const string Schema = """
        { "type": "object", "x-type-name": "Limits", "required": ["id"], "properties": {
            "id": { "type": "string", "minLength": 2, "maxLength": 4, "pattern": "^\\d+$" },
            "rate": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "multipleOf": 0.25 },
            "old": { "type": "integer", "minimum": 0, "maximum": 10, "exclusiveMaximum": true },
            "tags": { "type": "array", "minItems": 1, "maxItems": 2, "items": { "type": "string", "maxLength": 3 } },
            "scores": { "type": "object", "additionalProperties": { "type": "integer", "maximum": 5 } },
            "flag": { "type": ["boolean", "string"], "pattern": "^(yes|no)$" },
            "site": { "type": "string", "format": "uri" },
            "depth": { "type": "integer", "enum": [8, 24] },
            "count": { "type": ["integer", "string"] } } }
        """;

    private static readonly Lazy<Type> Limits = new(() =>
    {
        GeneratorRun run = new GeneratorHarness().WithSchema("shop/limits", Schema).Run().AssertCompiles();
        var context = new AssemblyLoadContext(Guid.NewGuid().ToString("N"), isCollectible: true);
        return context.LoadFromStream(new MemoryStream(TestCompilation.Emit(run.Output))).GetType("Consumer.Shop.Limits")!;
    });

    [Theory]
    [InlineData("""{ "id": "12" }""", "")]
    [InlineData("""{ "id": "1" }""", "minLength $.id")]
    [InlineData("""{ "id": "12345" }""", "maxLength $.id")]
    [InlineData("""{ "id": "١٢" }""", "pattern $.id")]
    [InlineData("""{ "id": "12\n" }""", "pattern $.id")]
    [InlineData("""{ "id": "12", "rate": 0.5 }""", "")]
    [InlineData("""{ "id": "12", "rate": 0 }""", "exclusiveMinimum $.rate")]
    [InlineData("""{ "id": "12", "rate": 1 }""", "exclusiveMaximum $.rate")]
    [InlineData("""{ "id": "12", "rate": 0.3 }""", "multipleOf $.rate")]
    [InlineData("""{ "id": "12", "old": 9 }""", "")]
    [InlineData("""{ "id": "12", "old": 10 }""", "exclusiveMaximum $.old")]
    [InlineData("""{ "id": "12", "tags": [] }""", "minItems $.tags")]
    [InlineData("""{ "id": "12", "tags": ["a", "b", "c"] }""", "maxItems $.tags")]
    [InlineData("""{ "id": "12", "tags": ["a", "long"] }""", "maxLength $.tags[1]")]
    [InlineData("""{ "id": "12", "scores": { "x": 5, "y z": 6 } }""", "maximum $.scores['y z']")]
    [InlineData("""{ "id": "12", "flag": true }""", "")]
    [InlineData("""{ "id": "12", "flag": "yes" }""", "")]
    [InlineData("""{ "id": "12", "flag": "maybe" }""", "pattern $.flag")]
    [InlineData("""{ "id": "12", "flag": 1 }""", "type $.flag")]
    [InlineData("""{ "id": "12", "site": "https://shop.example/a" }""", "")]
    [InlineData("""{ "id": "12", "site": "shop.example/a" }""", "format $.site")]
    [InlineData("""{ "id": "12", "depth": 24 }""", "")]
    [InlineData("""{ "id": "12", "depth": 30 }""", "enum $.depth")]
    [InlineData("""{ "id": "12", "site": null }""", "type $.site")]
    [InlineData("""{ "id": "12", "count": 2e0 }""", "")]
    [InlineData("""{ "id": "12", "count": "two" }""", "")]
    [InlineData("""{ "id": "12", "count": 2.5 }""", "type $.count")]
    public void Each_keyword_is_checked_at_its_path(string json, string expected)
    {
        object payload = JsonSerializer.Deserialize(json, Limits.Value)!;

        var findings = (IReadOnlyList<ValidationFinding>)Limits.Value.GetMethod("Validate", Type.EmptyTypes)!.Invoke(payload, null)!;

        Assert.Equal(expected, string.Join("; ", findings.Select(f => f.RuleId + " " + f.JsonPath)));
    }

    [Theory]
    [InlineData("\"pattern\": \"^[0-9\"", "pattern is not a regular expression")]
    [InlineData("\"maxLength\": -1", "maxLength must be a non-negative integer")]
    [InlineData("\"minimum\": \"5\"", "minimum must be a number")]
    [InlineData("\"multipleOf\": 0", "multipleOf must be greater than 0")]
    public void TDS0014_an_unusable_validation_keyword_is_reported_at_its_line(string keyword, string message)
    {
        GeneratorRun run = new GeneratorHarness()
            .WithSchema("shop/broken", "{\n \"type\": \"object\",\n \"properties\": {\n  \"a\": {\n   \"type\": \"string\",\n   " + keyword + "\n  }\n }\n}")
            .Run();

        Diagnostic d = Assert.Single(run.GeneratorDiagnostics, x => x.Id == "TDS0014");
        Assert.Equal(6, d.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains(message, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        run.AssertCompiles();
    }
}
