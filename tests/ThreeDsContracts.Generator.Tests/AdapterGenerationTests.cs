using System.Linq;
using Microsoft.CodeAnalysis;
using ThreeDsContracts.Testing.Compilation;
using ThreeDsContracts.Testing.Incremental;
using Xunit;

namespace ThreeDsContracts.Generator.Tests;

/// <summary>Adapters generated from x-canonical-field links in a consumer's schemas, and the mapping findings.</summary>
public class AdapterGenerationTests
{
    private const string Result = """
        {
          "$schema": "http://json-schema.org/draft-07/schema#",
          "x-type-name": "AcmeResult",
          "x-provider-name": "Acme",
          "type": "object",
          "properties": {
            "status": { "$ref": "#/definitions/Status", "x-canonical-field": "canonical/authentication-result#transStatus" },
            "threeDs": {
              "type": "object",
              "x-type-name": "AcmeThreeDs",
              "properties": {
                "eci": { "type": "string", "x-canonical-field": "canonical/authentication-result#eci" },
                "cavv": { "type": "string", "x-sensitive": "authentication-value", "x-canonical-field": "canonical/authentication-result#authenticationValue" },
                "challenged": { "type": "boolean", "x-canonical-field": "canonical/authentication-result#challenged" }
              }
            },
            "note": { "type": "string" }
          },
          "definitions": {
            "Status": {
              "x-type-name": "AcmeStatus",
              "type": "string",
              "enum": ["OK", "KO", "MAYBE"],
              "x-canonical": { "set": "canonical/trans-status", "map": { "OK": "Y", "KO": "N", "MAYBE": null } }
            }
          }
        }
        """;

    private static GeneratorRun RunWith(string json, string id = "acme/result") =>
        new GeneratorHarness().WithBuiltInSchemas().WithSchema(id, json).Run();

    [Fact]
    public void A_consumer_schema_with_links_gets_adapters_both_ways_that_compile()
    {
        GeneratorRun run = RunWith(Result);

        run.AssertCompiles();
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        string source = run.Sources["acme.result.Adapters.g.cs"];
        Assert.Contains("public static partial class AcmeResultAdapter", source);
        Assert.Contains("ToAuthenticationResult(this global::Consumer.Acme.AcmeResult source)", source);
        Assert.Contains("FromAuthenticationResult(global::ThreeDsContracts.Canonical.AuthenticationResult source)", source);
        Assert.Contains("public const string Provider = \"Acme\";", source);

        // The code list goes through its x-canonical map, a provider code without an equivalent is a gap.
        Assert.Contains("global::Consumer.Acme.AcmeStatusCanonicalMapping.ToCanonicalOrNull(", source);
        Assert.Contains("gaps.NoCanonicalCode(\"status\", Provider, ", source);

        // The nested object is read through null-conditional access and built back only when one of its values is there.
        Assert.Contains("source.ThreeDs?.Eci is { } ", source);
        Assert.Contains("global::Consumer.Acme.AcmeThreeDs? n0 = null;", source);

        // A string carried into a code list is parsed; an unknown text stays verbatim in Code<T> (eci preserves unknown values).
        Assert.Contains("global::ThreeDsContracts.Canonical.EciExtensions.TryParseWireValue(", source);

        // Every canonical field the type has no link for is reported when it is present.
        Assert.Contains("if (source.DsTransId is not null) gaps.Add(\"dsTransId\", \"AcmeResult (acme/result) has no field linked to it\");", source);
        Assert.DoesNotContain("\"note\"", source);
    }

    [Fact]
    public void Nested_types_get_adapters_of_their_own()
    {
        GeneratorRun run = RunWith(Result);

        string source = run.Sources["acme.result.Adapters.g.cs"];
        Assert.Contains("public static partial class AcmeThreeDsAdapter", source);
        Assert.Contains("ToAuthenticationResult(this global::Consumer.Acme.AcmeThreeDs source)", source);
    }

    [Fact]
    public void A_link_to_a_field_the_canonical_schema_lacks_is_reported_on_its_line()
    {
        GeneratorRun run = RunWith(Result.Replace("#challenged", "#challengedd"));

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "TDS0020");
        Assert.Contains("AuthenticationResult has no property 'challengedd'", diagnostic.GetMessage());
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.EndsWith("acme/result.schema.json", span.Path);
        Assert.Equal(Result.Split('\n').ToList().FindIndex(l => l.Contains("\"challenged\": {")), span.StartLinePosition.Line);
        run.AssertCompiles();
    }

    [Fact]
    public void A_link_to_an_unknown_canonical_schema_is_reported()
    {
        GeneratorRun run = RunWith(Result.Replace("canonical/authentication-result#eci", "canonical/nothing#eci"));

        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "TDS0020" && d.GetMessage().Contains("'canonical/nothing' is not a canonical object schema"));
    }

    [Fact]
    public void Types_that_do_not_convert_are_reported()
    {
        GeneratorRun run = RunWith(Result.Replace("\"challenged\": { \"type\": \"boolean\"", "\"challenged\": { \"type\": \"object\""));

        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "TDS0021" && d.GetMessage().Contains("'challenged'") && d.GetMessage().Contains("does not convert to and from Boolean"));
        run.AssertCompiles();
    }

    [Fact]
    public void A_code_list_without_a_map_whose_codes_the_canonical_set_lacks_is_reported()
    {
        string noMap = string.Join("\n", Result.Split('\n').Where(l => !l.Contains("\"x-canonical\":"))).Replace("\"MAYBE\"],", "\"MAYBE\"]");
        Assert.DoesNotContain("x-canonical\"", noMap);

        GeneratorRun run = RunWith(noMap);

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "TDS0022");
        Assert.Contains("the codes 'OK', 'KO', 'MAYBE' have no counterpart in ThreeDsContracts.Canonical.TransStatus", diagnostic.GetMessage());
    }

    [Fact]
    public void A_value_table_carries_a_boolean_into_a_code_list_and_back()
    {
        string table = Result.Replace(
            "\"note\": { \"type\": \"string\" }",
            "\"reordered\": { \"type\": \"boolean\", \"x-canonical-values\": { \"true\": \"02\", \"false\": \"01\" }, \"x-canonical-field\": \"canonical/request-context#merchantRiskIndicator.reorderItemsInd\" }");

        GeneratorRun run = RunWith(table);

        run.AssertCompiles();
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        string source = run.Sources["acme.result.Adapters.g.cs"];
        Assert.Contains("ToRequestContext(this global::Consumer.Acme.AcmeResult source)", source);
        Assert.Contains("case true: v", source);
        Assert.Contains("case global::ThreeDsContracts.Canonical.ReorderItems.Reordered: v", source);
    }

    [Fact]
    public void A_value_table_with_a_code_the_target_lacks_is_reported()
    {
        string table = Result.Replace(
            "\"note\": { \"type\": \"string\" }",
            "\"reordered\": { \"type\": \"boolean\", \"x-canonical-values\": { \"true\": \"09\" }, \"x-canonical-field\": \"canonical/request-context#merchantRiskIndicator.reorderItemsInd\" }");

        GeneratorRun run = RunWith(table);

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "TDS0022");
        Assert.Contains("'09' is not a code of ThreeDsContracts.Canonical.ReorderItems", diagnostic.GetMessage());
        Assert.Contains("x-canonical-values has no row for 'false'", diagnostic.GetMessage());
    }

    [Fact]
    public void A_type_whose_required_member_no_link_fills_gets_no_from_adapter_and_says_why()
    {
        GeneratorRun run = RunWith(Result.Replace("\"type\": \"object\",\n  \"properties\"", "\"type\": \"object\",\n  \"required\": [\"note\"],\n  \"properties\""));

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "TDS0023");
        Assert.Equal(DiagnosticSeverity.Hidden, diagnostic.Severity);
        Assert.Contains("FromAuthenticationResult of AcmeResult is not generated: AcmeResult.note is required and no link fills it", diagnostic.GetMessage());
        string source = run.Sources["acme.result.Adapters.g.cs"];
        Assert.DoesNotContain("AcmeResult> FromAuthenticationResult", source);
        Assert.Contains("ToAuthenticationResult(this global::Consumer.Acme.AcmeResult source)", source);
        run.AssertCompiles();
    }

    [Fact]
    public void Editing_the_links_of_one_schema_regenerates_only_that_schema_s_adapters()
    {
        GeneratorRun first = new GeneratorHarness()
            .WithBuiltInSchemas()
            .WithSchema("acme/result", Result)
            .WithSchema("other/result", Result.Replace("Acme", "Other"))
            .Run();

        GeneratorRun second = first.WithSchemaEdited("acme/result.schema.json", text => text.Replace(
            "\"note\": { \"type\": \"string\" }", "\"note\": { \"type\": \"string\", \"x-canonical-field\": \"canonical/authentication-result#dsTransId\" }"));

        var outputs = IncrementalAssert.Reasons(second.Result, GeneratorStepNames.AdapterOutputs);
        Assert.Equal(1, outputs.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(outputs.Where(r => r != IncrementalStepRunReason.Modified), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Contains("source.Note is { } ", second.Sources["acme.result.Adapters.g.cs"]);
        Assert.DoesNotContain("source.Note is { } ", second.Sources["other.result.Adapters.g.cs"]);
    }

    [Fact]
    public void Moving_a_line_reports_at_the_new_line_without_regenerating_adapters()
    {
        GeneratorRun first = RunWith(Result.Replace("#challenged", "#challengedd"));

        GeneratorRun second = first.WithSchemaEdited("acme/result.schema.json", text => "\n" + text);

        IncrementalAssert.AllCachedOrUnchanged(second.Result, GeneratorStepNames.AdapterOutputs);
        int before = first.GeneratorDiagnostics.Single(d => d.Id == "TDS0020").Location.GetLineSpan().StartLinePosition.Line;
        int after = second.GeneratorDiagnostics.Single(d => d.Id == "TDS0020").Location.GetLineSpan().StartLinePosition.Line;
        Assert.Equal(before + 1, after);
    }

    [Fact]
    public void X_not_carried_gives_the_reasons_of_the_uncarried_canonical_fields()
    {
        string withReasons = Result.Replace("\"x-provider-name\": \"Acme\",", "\"x-provider-name\": \"Acme\",\n  \"x-not-carried\": { \"*\": \"Acme keeps only the outcome\", \"xid\": \"Acme has no XID\", \"cbExemption\": 3 },");

        GeneratorRun run = RunWith(withReasons);

        string source = run.Sources["acme.result.Adapters.g.cs"];
        Assert.Contains("gaps.Add(\"xid\", \"Acme has no XID\")", source);
        Assert.Contains("gaps.Add(\"dsTransId\", \"Acme keeps only the outcome\")", source);
        Diagnostic invalid = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "TDS0008");
        Assert.Contains("the reason for 'cbExemption' must be a non-empty string", invalid.GetMessage());
        Assert.Equal(withReasons.Split('\n').ToList().FindIndex(l => l.Contains("x-not-carried")), invalid.Location.GetLineSpan().StartLinePosition.Line);
    }
}
