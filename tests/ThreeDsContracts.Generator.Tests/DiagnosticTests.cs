using System.Linq;
using Microsoft.CodeAnalysis;
using ThreeDsContracts.Testing.Compilation;
using Xunit;

namespace ThreeDsContracts.Generator.Tests;

/// <summary>One test per TDS0xxx id: bad schema input is a located diagnostic, never an exception, and the other schemas still generate.</summary>
public class DiagnosticTests
{
    private const string Healthy = """
        { "type": "object", "x-type-name": "Healthy", "properties": { "id": { "type": "string" } } }
        """;

    private static GeneratorRun Run(string id, string json) =>
        new GeneratorHarness().WithSchema("shop/healthy", Healthy).WithSchema(id, json).Run();

    private static Diagnostic Single(GeneratorRun run, string id)
    {
        Assert.Null(run.Result.Exception);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "CS8784" or "CS8785");
        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == id);
        Assert.True(run.Sources.ContainsKey("shop.healthy.g.cs"), "the other schemas still generate");
        return diagnostic;
    }

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;

    [Fact]
    public void TDS0001_malformed_json_points_at_the_line_of_the_error()
    {
        Diagnostic d = Single(Run("shop/broken", "{\n  \"type\": \"object\",\n  \"properties\": {\n    \"a\": { \"type\": \"string\" \n  }\n"), "TDS0001");
        Assert.EndsWith("shop/broken.schema.json", d.Location.GetLineSpan().Path);
        Assert.True(Line(d) >= 4);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
    }

    [Theory]
    [InlineData("{ \"type\": \"object\", \"properties\": {")]
    [InlineData("{ \"type\": \"object\", \"required\": [\"a\"")]
    [InlineData("{ \"type\": \"object\", \"title\":")]
    [InlineData("{ \"type\": \"object\" } trailing")]
    [InlineData("{ \"type\": \"object\" } { }")]
    [InlineData("{ \"type\": \"object\", \"title\": \"unterminated")]
    public void TDS0001_malformed_json_is_reported_once_and_not_again_as_a_load_failure(string json)
    {
        GeneratorRun run = Run("shop/broken", json);
        Single(run, "TDS0001");
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "TDS0009");
    }

    [Theory]
    [InlineData("{\n  \"type\": \"object\",\n  \"properties\": { \"a\": { \"type\": \"string\" }, },\n  \"x-type-name\": \"Lenient\"\n}", 3, "trailing comma before '}'")]
    [InlineData("{\n  \"type\": \"object\",\n  \"required\": [\"a\",],\n  \"properties\": { \"a\": { \"type\": \"string\" } }\n}", 3, "trailing comma before ']'")]
    [InlineData("{\n  \"type\": \"object\",\n  \"properties\": {},\n}", 3, "trailing comma before '}'")]
    [InlineData("{\n  \"type\": \"object\",\n  // the payload\n  \"properties\": {}\n}", 3, "comment")]
    [InlineData("{\n  \"type\": \"object\",\n  \"properties\": {}\n  /* the payload */\n}", 4, "comment")]
    [InlineData("{ \"type\": \"object\" } // end", 1, "comment")]
    [InlineData("{\n  'type': \"object\"\n}", 2, "single-quoted")]
    [InlineData("{\n  type: \"object\"\n}", 2, "bare word")]
    [InlineData("{\n  \"type\": \"object\",\n  \"maximum\": NaN\n}", 3, "bare word")]
    public void TDS0001_what_only_a_lenient_reader_accepts_is_malformed_json_at_its_line(string json, int line, string reason)
    {
        GeneratorRun run = Run("shop/lenient", json);
        Diagnostic d = Single(run, "TDS0001");
        Assert.EndsWith("shop/lenient.schema.json", d.Location.GetLineSpan().Path);
        Assert.Equal(line, Line(d));
        Assert.Contains(reason, d.GetMessage());
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "TDS0009");
        // Nothing is generated from the file: its source (if any) declares no type.
        Assert.All(run.Sources.Where(s => s.Key.StartsWith("shop.lenient", System.StringComparison.Ordinal)), s => Assert.DoesNotContain(" partial ", s.Value));
    }

    [Fact]
    public void TDS0001_strict_json_with_every_kind_of_value_and_escape_generates()
    {
        const string json = "{\r\n \"type\": \"object\", \"x-type-name\": \"Strict\",\r\n \"description\": \"quote \\\" slash \\/ \\\\ \\b\\f\\n\\r\\t \\u00e9\",\r\n"
            + " \"properties\": { \"a\": { \"type\": [\"number\", \"null\"], \"minimum\": -0.5e+2, \"maximum\": 1E3, \"default\": null, \"examples\": [0, 12, true, false, [], {}] } },\r\n"
            + " \"required\": []\r\n}\r\n";
        GeneratorRun run = Run("shop/strict", json);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "TDS0001" or "TDS0009");
        Assert.Contains(run.Sources, s => s.Key.StartsWith("shop.strict", System.StringComparison.Ordinal) && s.Value.Contains(" partial record Strict"));
    }

    [Fact]
    public void TDS0002_an_empty_schema_file_is_reported()
    {
        Single(Run("shop/empty", "  \n"), "TDS0002");
    }

    [Fact]
    public void TDS0003_a_root_that_is_not_an_object_is_reported()
    {
        Assert.Contains("an array", Single(Run("shop/array", "[1, 2]"), "TDS0003").GetMessage());
    }

    [Fact]
    public void TDS0004_a_dangling_ref_is_reported_at_the_ref_line()
    {
        Diagnostic d = Single(Run("shop/dangling", "{\n \"type\": \"object\",\n \"properties\": {\n  \"a\": { \"$ref\": \"missing.schema.json#/definitions/Nope\" }\n }\n}"), "TDS0004");
        Assert.Equal(4, Line(d));
        Assert.Contains("missing.schema.json", d.GetMessage());
    }

    [Fact]
    public void TDS0004_a_remote_ref_is_not_fetched()
    {
        Assert.Contains("remote", Single(Run("shop/remote", """{ "type": "object", "properties": { "a": { "$ref": "https://example.com/x.schema.json" } } }"""), "TDS0004").GetMessage());
    }

    [Fact]
    public void TDS0005_a_cyclic_ref_is_reported()
    {
        GeneratorRun run = Run("shop/cycle", """
            { "type": "object", "properties": { "a": { "$ref": "#/definitions/A" } },
              "definitions": { "A": { "$ref": "#/definitions/B" }, "B": { "$ref": "#/definitions/A" } } }
            """);

        // Every $ref on the cycle is reported at its own line.
        Assert.Equal(3, run.GeneratorDiagnostics.Count(d => d.Id == "TDS0005"));
        Assert.Null(run.Result.Exception);
        run.AssertCompiles();
    }

    [Fact]
    public void TDS0006_an_unsupported_construct_is_a_warning_and_the_type_still_generates()
    {
        GeneratorRun run = Run("shop/conditional", """{ "type": "object", "x-type-name": "Conditional", "properties": { "a": { "type": "string" } }, "if": { "required": ["a"] }, "then": {} }""");
        Assert.Equal(DiagnosticSeverity.Warning, Single(run, "TDS0006").Severity);
        Assert.Contains("record Conditional", run.Sources["shop.conditional.g.cs"]);
    }

    [Fact]
    public void TDS0007_colliding_type_names_across_schemas_are_reported_once()
    {
        GeneratorRun run = new GeneratorHarness()
            .WithSchema("shop/a", """{ "type": "object", "x-type-name": "Same", "properties": { "a": { "type": "string" } } }""")
            .WithSchema("shop/b", """{ "type": "object", "x-type-name": "Same", "properties": { "b": { "type": "string" } } }""")
            .Run();
        Diagnostic d = Assert.Single(run.GeneratorDiagnostics, x => x.Id == "TDS0007");
        Assert.EndsWith("shop/b.schema.json", d.Location.GetLineSpan().Path);
        run.AssertCompiles();
    }

    [Fact]
    public void TDS0008_an_invalid_extension_value_is_reported_at_its_line()
    {
        Diagnostic d = Single(Run("shop/codes", "{\n \"type\": \"string\",\n \"enum\": [\"01\", \"02\"],\n \"x-enum-names\": [\"One\"]\n}"), "TDS0008");
        Assert.Equal(4, Line(d));
        Assert.Contains("x-enum-names", d.GetMessage());
    }

    [Fact]
    public void TDS0008_an_unknown_sensitive_kind_is_reported()
    {
        Assert.Contains("x-sensitive", Single(Run("shop/secret", """{ "type": "object", "properties": { "pan": { "type": "string", "x-sensitive": "card" } } }"""), "TDS0008").GetMessage());
    }

    [Fact]
    public void TDS0009_a_schema_njsonschema_cannot_load_is_reported()
    {
        // A reference into a definition that does not exist passes JSON parsing but not NJsonSchema's loader.
        GeneratorRun run = Run("shop/unloadable", """{ "type": "object", "properties": { "a": { "$ref": "#/definitions/Missing" } } }""");
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "TDS0009");
    }

    [Fact]
    public void TDS0009_is_not_checked_when_the_project_turns_the_load_check_off()
    {
        const string Unloadable = """{ "type": "object", "properties": { "a": { "$ref": "#/definitions/Missing" } } }""";
        GeneratorRun off = new GeneratorHarness().WithProperty("ThreeDsSchemaLoadCheck", "false").WithSchema("shop/unloadable", Unloadable).Run();
        GeneratorRun on = new GeneratorHarness().WithProperty("ThreeDsSchemaLoadCheck", "true").WithSchema("shop/unloadable", Unloadable).Run();

        Assert.DoesNotContain(off.GeneratorDiagnostics, d => d.Id == "TDS0009");
        Assert.Contains(on.GeneratorDiagnostics, d => d.Id == "TDS0009");
    }

    [Fact]
    public void TDS0010_an_invalid_brand_rule_is_reported()
    {
        Diagnostic d = Single(Run("shop/rules", """{ "type": "object", "properties": { "a": { "type": "string" } }, "x-brand-rules": [ { "id": "r1", "brands": ["visa"] } ] }"""), "TDS0010");
        Assert.Contains("needs require", d.GetMessage());
    }

    [Fact]
    public void TDS0011_overriding_a_built_in_schema_is_reported_as_information()
    {
        GeneratorRun run = new GeneratorHarness().WithBuiltInSchemas()
            .WithSchema("canonical/card-brand", """{ "type": "string", "enum": ["visa"], "x-enum-names": ["Visa"], "x-type-name": "CardBrand" }""")
            .Run();
        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(run.GeneratorDiagnostics, d => d.Id == "TDS0011").Severity);
    }

    [Fact]
    public void TDS0013_two_files_with_the_same_schema_id_are_reported()
    {
        // Outside the schema root a file's id is its name: /consumer/other/a.schema.json is "a", like schemas/a.schema.json.
        var harness = new GeneratorHarness().WithSchema("a", Healthy.Replace("Healthy", "A1")).WithSchemaAt("/consumer/other/a.schema.json", Healthy.Replace("Healthy", "A2"));
        GeneratorRun run = harness.Run();
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "TDS0013");
    }

    [Fact]
    public void Every_descriptor_has_a_documented_id_and_a_help_link()
    {
        string doc = System.IO.File.ReadAllText(System.IO.Path.Combine(ThreeDsContracts.Testing.RepoPaths.Root, "docs", "diagnostics.md"));
        foreach (DiagnosticDescriptor descriptor in ThreeDsContracts.Generator.Diagnostics.DiagnosticDescriptors.All)
        {
            Assert.StartsWith("TDS0", descriptor.Id);
            Assert.Contains("## " + descriptor.Id, doc);
            Assert.EndsWith("#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
        }
    }
}

public class InternalErrorTests
{
    [Fact]
    public void TDS0012_a_failure_inside_the_parser_becomes_a_diagnostic_on_the_file_not_an_exception()
    {
        var file = new ThreeDsContracts.Generator.Model.SchemaFile("shop/x", "/consumer/schemas/shop/x.schema.json", ThreeDsContracts.Generator.Model.SchemaOrigin.Project, "{}");

        var parsed = ThreeDsContracts.Generator.Parsing.SchemaParser.Parse(file, default, (_, _) => throw new System.InvalidOperationException("boom"));

        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal("TDS0012", diagnostic.DescriptorId);
        Assert.Empty(parsed.Types);
        Assert.Contains("boom", diagnostic.ToDiagnostic().GetMessage());
    }
}
