using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ThreeDsContracts.Generator.Tests.Verifiers;
using ThreeDsContracts.Testing.Compilation;
using Xunit;

namespace ThreeDsContracts.Generator.Tests;

/// <summary>
/// One test per TDS0xxx id, on Microsoft.CodeAnalysis.CSharp.SourceGenerators.Testing: bad schema input is a
/// diagnostic at its file and position, never an exception (CS8784/CS8785 would be unexpected diagnostics),
/// exactly the expected diagnostics are reported, and the other schemas still generate (the test source
/// uses the type of the healthy schema; had it not been generated, CS0246 would fail the test).
/// </summary>
public class DiagnosticTests
{
    private const string Healthy = """
        { "type": "object", "x-type-name": "Healthy", "properties": { "id": { "type": "string" } } }
        """;

    private const string UsesHealthy = """
        internal static class UsesHealthy
        {
            public static Consumer.Shop.Healthy Create() => new Consumer.Shop.Healthy { Id = "h" };
        }
        """;

    /// <summary>The healthy schema, the schema under test and a source that uses the healthy schema's type.</summary>
    private static ContractsGeneratorTest Test(string id, string json, params DiagnosticResult[] expected)
    {
        var test = new ContractsGeneratorTest(new GeneratorHarness().WithSchema("shop/healthy", Healthy).WithSchema(id, json)) { TestCode = UsesHealthy };
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }

    /// <summary>A TDS0xxx diagnostic at a one-based line and column of a project schema.</summary>
    private static DiagnosticResult At(string descriptorId, DiagnosticSeverity severity, string schemaId, int line, int column) =>
        new DiagnosticResult(descriptorId, severity).WithLocation(ContractsGeneratorTest.SchemaPath(schemaId), line, column);

    /// <summary>Also requires the message of every <paramref name="descriptorId"/> diagnostic to contain <paramref name="text"/>.</summary>
    private static ContractsGeneratorTest MessageContains(ContractsGeneratorTest test, string descriptorId, string text)
    {
        test.DiagnosticVerifier = (actual, _, verifier) =>
        {
            if (actual.Id == descriptorId)
            {
                string message = actual.GetMessage(CultureInfo.InvariantCulture);
                verifier.True(message.Contains(text, StringComparison.Ordinal), $"The {descriptorId} message \"{message}\" does not contain \"{text}\".");
            }
        };
        return test;
    }

    /// <summary>
    /// A direct generator run, for the strict-JSON tests that also look at what was (not) generated; the verifier
    /// of the tests above checks the exact diagnostics, these check one diagnostic's line and reason.
    /// </summary>
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
    public async Task TDS0001_malformed_json_points_at_the_line_of_the_error()
    {
        // The property "a" is never closed: the error is past it (line 4 or later), at the end of the text.
        await Test("shop/broken", "{\n  \"type\": \"object\",\n  \"properties\": {\n    \"a\": { \"type\": \"string\" \n  }\n", At("TDS0001", DiagnosticSeverity.Error, "shop/broken", 6, 1)).RunAsync();
    }

    [Theory]
    [InlineData("{ \"type\": \"object\", \"properties\": {", 35)]
    [InlineData("{ \"type\": \"object\", \"required\": [\"a\"", 36)]
    [InlineData("{ \"type\": \"object\", \"title\":", 28)]
    [InlineData("{ \"type\": \"object\" } trailing", 21)]
    [InlineData("{ \"type\": \"object\" } { }", 21)]
    [InlineData("{ \"type\": \"object\", \"title\": \"unterminated", 42)]
    public async Task TDS0001_malformed_json_is_reported_once_and_not_again_as_a_load_failure(string json, int column)
    {
        // Exactly one diagnostic: TDS0001 where the text stops being JSON (the end of a cut text, or just past the
        // root object before extra text), and no TDS0009 for the same file.
        await Test("shop/broken", json, At("TDS0001", DiagnosticSeverity.Error, "shop/broken", 1, column)).RunAsync();
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
    public async Task TDS0002_an_empty_schema_file_is_reported()
    {
        await Test("shop/empty", "  \n", At("TDS0002", DiagnosticSeverity.Error, "shop/empty", 1, 1)).RunAsync();
    }

    [Fact]
    public async Task TDS0003_a_root_that_is_not_an_object_is_reported()
    {
        // Once: NJsonSchema's load check (TDS0009) leaves a root that is not an object to TDS0003, as it leaves malformed JSON to TDS0001.
        await MessageContains(Test("shop/array", "[1, 2]", At("TDS0003", DiagnosticSeverity.Error, "shop/array", 1, 1)), "TDS0003", "an array").RunAsync();
    }

    [Fact]
    public async Task TDS0004_a_dangling_ref_is_reported_at_the_ref_line()
    {
        ContractsGeneratorTest test = Test(
            "shop/dangling",
            "{\n \"type\": \"object\",\n \"properties\": {\n  \"a\": { \"$ref\": \"missing.schema.json#/definitions/Nope\" }\n }\n}",
            At("TDS0004", DiagnosticSeverity.Error, "shop/dangling", 4, 56));
        await MessageContains(test, "TDS0004", "missing.schema.json").RunAsync();
    }

    [Fact]
    public async Task TDS0004_a_remote_ref_is_not_fetched()
    {
        // NJsonSchema's load check cannot resolve it either (TDS0009, at the start of the file).
        ContractsGeneratorTest test = Test(
            "shop/remote",
            """{ "type": "object", "properties": { "a": { "$ref": "https://example.com/x.schema.json" } } }""",
            At("TDS0004", DiagnosticSeverity.Error, "shop/remote", 1, 86),
            At("TDS0009", DiagnosticSeverity.Error, "shop/remote", 1, 1));
        await MessageContains(test, "TDS0004", "remote").RunAsync();
    }

    [Fact]
    public async Task TDS0005_a_cyclic_ref_is_reported()
    {
        // Every $ref on the cycle is reported at its own position; the rest compiles without warnings.
        ContractsGeneratorTest test = Test(
            "shop/cycle",
            """
            { "type": "object", "properties": { "a": { "$ref": "#/definitions/A" } },
              "definitions": { "A": { "$ref": "#/definitions/B" }, "B": { "$ref": "#/definitions/A" } } }
            """,
            At("TDS0005", DiagnosticSeverity.Error, "shop/cycle", 1, 68),
            At("TDS0005", DiagnosticSeverity.Error, "shop/cycle", 2, 51),
            At("TDS0005", DiagnosticSeverity.Error, "shop/cycle", 2, 87));
        test.CompilerDiagnostics = CompilerDiagnostics.Warnings;
        await test.RunAsync();
    }

    [Fact]
    public async Task TDS0006_an_unsupported_construct_is_a_warning_and_the_type_still_generates()
    {
        ContractsGeneratorTest test = Test(
            "shop/conditional",
            """{ "type": "object", "x-type-name": "Conditional", "properties": { "a": { "type": "string" } }, "if": { "required": ["a"] }, "then": {} }""",
            At("TDS0006", DiagnosticSeverity.Warning, "shop/conditional", 1, 102));
        test.TestState.Sources.Add("internal static class UsesConditional { public static Consumer.Shop.Conditional Create() => new Consumer.Shop.Conditional { A = \"a\" }; }");
        await test.RunAsync();
    }

    [Fact]
    public async Task TDS0007_colliding_type_names_across_schemas_are_reported_once()
    {
        var harness = new GeneratorHarness()
            .WithSchema("shop/a", """{ "type": "object", "x-type-name": "Same", "properties": { "a": { "type": "string" } } }""")
            .WithSchema("shop/b", """{ "type": "object", "x-type-name": "Same", "properties": { "b": { "type": "string" } } }""");
        var test = new ContractsGeneratorTest(harness)
        {
            TestCode = "internal static class UsesSame { public static Consumer.Shop.Same Create() => new Consumer.Shop.Same { A = \"a\" }; }",
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
        };
        test.ExpectedDiagnostics.Add(At("TDS0007", DiagnosticSeverity.Error, "shop/b", 1, 1));
        await test.RunAsync();
    }

    [Fact]
    public async Task TDS0008_an_invalid_extension_value_is_reported_at_its_line()
    {
        ContractsGeneratorTest test = Test(
            "shop/codes",
            "{\n \"type\": \"string\",\n \"enum\": [\"01\", \"02\"],\n \"x-enum-names\": [\"One\"]\n}",
            At("TDS0008", DiagnosticSeverity.Error, "shop/codes", 4, 18));
        await MessageContains(test, "TDS0008", "x-enum-names").RunAsync();
    }

    [Fact]
    public async Task TDS0008_an_unknown_sensitive_kind_is_reported()
    {
        ContractsGeneratorTest test = Test(
            "shop/secret",
            """{ "type": "object", "properties": { "pan": { "type": "string", "x-sensitive": "card" } } }""",
            At("TDS0008", DiagnosticSeverity.Error, "shop/secret", 1, 84));
        await MessageContains(test, "TDS0008", "x-sensitive").RunAsync();
    }

    [Fact]
    public async Task TDS0009_a_schema_njsonschema_cannot_load_is_reported()
    {
        // A reference into a definition that does not exist passes JSON parsing but not NJsonSchema's loader
        // (TDS0009, at the start of the file); the generator's own resolver reports it at the $ref (TDS0004).
        await Test(
            "shop/unloadable",
            """{ "type": "object", "properties": { "a": { "$ref": "#/definitions/Missing" } } }""",
            At("TDS0009", DiagnosticSeverity.Error, "shop/unloadable", 1, 1),
            At("TDS0004", DiagnosticSeverity.Error, "shop/unloadable", 1, 74)).RunAsync();
    }

    [Fact]
    public async Task TDS0009_is_not_checked_when_the_project_turns_the_load_check_off()
    {
        const string Unloadable = """{ "type": "object", "properties": { "a": { "$ref": "#/definitions/Missing" } } }""";
        const string Source = "internal static class Placeholder { }";
        var off = new ContractsGeneratorTest(new GeneratorHarness().WithProperty("ThreeDsSchemaLoadCheck", "false").WithSchema("shop/unloadable", Unloadable)) { TestCode = Source };
        var on = new ContractsGeneratorTest(new GeneratorHarness().WithProperty("ThreeDsSchemaLoadCheck", "true").WithSchema("shop/unloadable", Unloadable)) { TestCode = Source };
        off.ExpectedDiagnostics.Add(At("TDS0004", DiagnosticSeverity.Error, "shop/unloadable", 1, 74));
        on.ExpectedDiagnostics.Add(At("TDS0004", DiagnosticSeverity.Error, "shop/unloadable", 1, 74));
        on.ExpectedDiagnostics.Add(At("TDS0009", DiagnosticSeverity.Error, "shop/unloadable", 1, 1));

        await off.RunAsync();
        await on.RunAsync();
    }

    [Fact]
    public async Task TDS0010_an_invalid_brand_rule_is_reported()
    {
        ContractsGeneratorTest test = Test(
            "shop/rules",
            """{ "type": "object", "properties": { "a": { "type": "string" } }, "x-brand-rules": [ { "id": "r1", "brands": ["visa"] } ] }""",
            At("TDS0010", DiagnosticSeverity.Error, "shop/rules", 1, 85));
        await MessageContains(test, "TDS0010", "needs require").RunAsync();
    }

    [Fact]
    public async Task TDS0011_overriding_a_built_in_schema_is_reported_as_information()
    {
        GeneratorHarness harness = new GeneratorHarness().WithBuiltInSchemas()
            .WithSchema("canonical/card-brand", """{ "type": "string", "enum": ["visa"], "x-enum-names": ["Visa"], "x-type-name": "CardBrand" }""");
        var test = new ContractsGeneratorTest(harness) { TestCode = "internal static class Placeholder { }" };
        test.ExpectedDiagnostics.Add(At("TDS0011", DiagnosticSeverity.Info, "canonical/card-brand", 1, 1));
        await test.RunAsync();
    }

    [Fact]
    public async Task TDS0013_two_files_with_the_same_schema_id_are_reported()
    {
        // Outside the schema root a file's id is its name: /consumer/other/a.schema.json is "a", like schemas/a.schema.json.
        var harness = new GeneratorHarness().WithSchema("a", Healthy.Replace("Healthy", "A1")).WithSchemaAt("/consumer/other/a.schema.json", Healthy.Replace("Healthy", "A2"));
        var test = new ContractsGeneratorTest(harness) { TestCode = "internal static class Placeholder { }" };
        test.ExpectedDiagnostics.Add(At("TDS0013", DiagnosticSeverity.Error, "a", 1, 1));
        await test.RunAsync();
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
