using System.Linq;
using Microsoft.CodeAnalysis;
using ThreeDsContracts.Testing.Compilation;
using Xunit;

namespace ThreeDsContracts.Generator.Tests;

/// <summary>The metadata the analyzers read: ECI outcomes, canonical maps and the diagnostic id of brand rules.</summary>
public class AnalyzerMetadataEmissionTests
{
    private const string Schema = """
        {
          "$schema": "http://json-schema.org/draft-07/schema#",
          "x-type-name": "ShopPayment",
          "type": "object",
          "properties": {
            "eci": {
              "type": "string",
              "x-type-name": "ShopEci",
              "enum": ["5", "2", "x"],
              "x-canonical": { "set": "canonical/eci", "map": { "5": "05", "2": "02", "x": null } }
            },
            "returnUrl": { "type": "string" }
          },
          "x-brand-rules": [
            { "id": "shop-return-url", "diagnostic": "TDS1003", "require": ["returnUrl"], "message": "m" },
            { "id": "shop-plain", "require": ["eci"], "message": "m" }
          ]
        }
        """;

    [Fact]
    public void The_canonical_eci_enum_carries_its_outcomes_per_brand()
    {
        GeneratorRun run = new GeneratorHarness().WithRepositorySchemasAsProject(id => id.StartsWith("canonical/", System.StringComparison.Ordinal)).Run().AssertCompiles();
        string eci = run.Sources["canonical.eci.g.cs"];
        Assert.Contains("[global::ThreeDsContracts.Metadata.EciOutcome(\"mastercard\", \"02\", \"FULLY_AUTHENTICATED\")]", eci, System.StringComparison.Ordinal);
        Assert.Contains("[global::ThreeDsContracts.Metadata.EciOutcome(\"visa\", \"05\", \"FULLY_AUTHENTICATED\")]", eci, System.StringComparison.Ordinal);
        Assert.DoesNotContain("EciOutcome(\"visa\", \"02\"", eci, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_provider_code_list_carries_its_canonical_map_and_a_rule_its_diagnostic_id()
    {
        GeneratorRun run = new GeneratorHarness().WithBuiltInSchemas().WithSchema("shop/payment", Schema).Run().AssertCompiles();
        string source = run.Sources.Single(s => s.Key.StartsWith("shop.", System.StringComparison.Ordinal)).Value;
        Assert.Contains("[global::ThreeDsContracts.Metadata.CanonicalMap(typeof(global::ThreeDsContracts.Canonical.Eci), \"5=05\", \"2=02\", \"x=\")]", source, System.StringComparison.Ordinal);
        Assert.Contains("BrandRule(\"shop-return-url\", Require = new[] { \"returnUrl\" }, Severity = \"error\", Message = \"m\", Diagnostic = \"TDS1003\")", source, System.StringComparison.Ordinal);
        Assert.DoesNotContain("BrandRule(\"shop-plain\", Require = new[] { \"eci\" }, Severity = \"error\", Message = \"m\", Diagnostic", source, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"diagnostic\": \"X1\",")]
    [InlineData("\"diagnostic\": \"TDS0001\",")]
    [InlineData("\"diagnostic\": 1003,")]
    public void A_diagnostic_that_is_not_an_analyzer_rule_id_is_reported(string diagnostic)
    {
        GeneratorRun run = new GeneratorHarness().WithBuiltInSchemas().WithSchema("shop/payment", Schema.Replace("\"diagnostic\": \"TDS1003\",", diagnostic)).Run();
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "TDS0010" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("diagnostic must be an analyzer rule id", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Eci_outcomes_for_a_value_outside_the_enum_are_reported()
    {
        const string Bad = """
            { "$schema": "http://json-schema.org/draft-07/schema#", "x-type-name": "ShopCode", "type": "string", "enum": ["01"],
              "x-eci-outcomes": { "visa": { "01": "FULLY_AUTHENTICATED", "09": "ATTEMPTED" } } }
            """;
        GeneratorRun run = new GeneratorHarness().WithSchema("shop/code", Bad).Run();
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "TDS0008" && d.Severity == DiagnosticSeverity.Error && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'09'", System.StringComparison.Ordinal));
        Assert.Contains("EciOutcome(\"visa\", \"01\", \"FULLY_AUTHENTICATED\")", run.Sources.Single(s => s.Key.StartsWith("shop.", System.StringComparison.Ordinal)).Value, System.StringComparison.Ordinal);
    }
}
