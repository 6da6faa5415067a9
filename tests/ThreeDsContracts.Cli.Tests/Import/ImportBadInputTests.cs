using System;
using System.IO;
using Xunit;

namespace ThreeDsContracts.Cli.Tests.Import;

/// <summary>Input that is not a usable OpenAPI document: one line naming the place, exit 2, nothing written.</summary>
public sealed class ImportBadInputTests
{
    private const string Header = "openapi: 3.0.1\ninfo:\n  title: Bad\n  version: '1'\npaths: {}\ncomponents:\n  schemas:\n";

    private static CliResult ImportInto(TempDirectory temp, string document, string component, out string into)
    {
        into = Path.Combine(temp.Path, "out");
        return Cli.Run("import", "openapi", document, "--component", component, "--into", into);
    }

    private static void AssertRejected(CliResult result, string into, params string[] expected)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(string.Empty, result.Out);
        foreach (string part in expected)
        {
            Assert.Contains(part, result.Err);
        }

        Assert.DoesNotContain("internal error", result.Err);
        Assert.False(Directory.Exists(into), "nothing is written");
    }

    [Fact]
    public void A_JSON_document_that_is_not_OpenAPI_is_rejected()
    {
        using var temp = new TempDirectory();
        string document = temp.Write("payload.json", """{ "transStatus": "Y", "eci": "05" }""");

        CliResult result = ImportInto(temp, document, "payment", out string into);

        AssertRejected(result, into, "payload.json", "no 'openapi' version field");
    }

    [Fact]
    public void A_Swagger_2_document_is_rejected_by_name()
    {
        using var temp = new TempDirectory();
        string document = temp.Write("swagger.yaml", "swagger: '2.0'\ninfo:\n  title: Old\n  version: '1'\npaths: {}\ndefinitions:\n  payment:\n    type: object\n");

        CliResult result = ImportInto(temp, document, "payment", out string into);

        AssertRejected(result, into, "swagger.yaml", "Swagger 2.0 is not supported");
    }

    [Fact]
    public void A_YAML_syntax_error_names_line_and_column()
    {
        using var temp = new TempDirectory();
        string document = temp.Write("broken.yaml", Header + "    payment:\n      type: object\n      properties:\n        eci: [unclosed\n");

        CliResult result = ImportInto(temp, document, "payment", out string into);

        AssertRejected(result, into, "broken.yaml: YAML error at line 12, column 1");
    }

    [Fact]
    public void A_JSON_syntax_error_names_the_line()
    {
        using var temp = new TempDirectory();
        string document = temp.Write("broken.json", "{\n  \"openapi\": \"3.0.1\",\n  \"info\": { \"title\": \"x\" \"version\": \"1\" }\n}\n");

        CliResult result = ImportInto(temp, document, "payment", out string into);

        AssertRejected(result, into, "broken.json: JSON syntax error at line 3");
    }

    [Fact]
    public void A_dangling_ref_names_the_reference_and_where_it_is()
    {
        using var temp = new TempDirectory();
        string document = temp.Write("dangling.yaml", Header + "    payment:\n      type: object\n      properties:\n        card:\n          $ref: '#/components/schemas/card'\n");

        CliResult result = ImportInto(temp, document, "payment", out string into);

        AssertRejected(result, into, "dangling.yaml: $ref '#/components/schemas/card' at #/components/schemas/payment/properties/card does not point to an existing schema");
    }

    [Fact]
    public void A_dangling_ref_deeper_down_fails_the_whole_import()
    {
        using var temp = new TempDirectory();
        string document = temp.Write("deep.yaml", Header +
            "    payment:\n      type: object\n      properties:\n        card:\n          $ref: '#/components/schemas/card'\n" +
            "    card:\n      type: object\n      properties:\n        items:\n          type: array\n          items:\n            $ref: '#/components/schemas/gone'\n");

        CliResult result = ImportInto(temp, document, "payment", out string into);

        AssertRejected(result, into, "at #/components/schemas/card/properties/items/items does not point to an existing schema");
    }

    [Fact]
    public void A_component_that_does_not_exist_is_named_with_a_near_match()
    {
        using var temp = new TempDirectory();

        CliResult result = ImportInto(temp, OpenApiFixture.Path, "Payment", out string into);

        AssertRejected(result, into, "component 'Payment' does not exist at #/components/schemas/Payment; did you mean 'payment'?");
    }

    [Fact]
    public void A_missing_file_is_a_usage_error()
    {
        using var temp = new TempDirectory();

        CliResult result = ImportInto(temp, Path.Combine(temp.Path, "nope.yaml"), "payment", out string into);

        AssertRejected(result, into, "nope.yaml: cannot read the OpenAPI document (FileNotFoundException)");
    }

    [Fact]
    public void An_existing_schema_that_is_not_JSON_stops_the_refresh_before_anything_is_written()
    {
        using var temp = new TempDirectory();
        string into = Path.Combine(temp.Path, "out");
        Assert.Equal(0, OpenApiFixture.Import(OpenApiFixture.Path, into).ExitCode);
        string common = Path.Combine(into, "common.schema.json");
        File.WriteAllText(common, "{ \"definitions\": ");
        byte[] payment = File.ReadAllBytes(Path.Combine(into, "payment.schema.json"));
        string changed = temp.Write("changed.yaml", OpenApiFixture.Text.Replace("maxLength: 56", "maxLength: 40", StringComparison.Ordinal));

        CliResult result = OpenApiFixture.Import(changed, into);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("common.schema.json: the existing schema is not valid JSON (line 1", result.Err);
        Assert.Equal("{ \"definitions\": ", File.ReadAllText(common));
        Assert.Equal(payment, File.ReadAllBytes(Path.Combine(into, "payment.schema.json")));
    }
}
