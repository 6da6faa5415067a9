using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace ThreeDsContracts.Cli.Tests.Import;

public sealed class ImportOpenApiTests
{
    private static JsonObject Read(string directory, string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(directory, file)))!.AsObject();

    [Fact]
    public void The_fixture_imports_as_one_file_per_component_and_the_shared_definitions()
    {
        using var temp = new TempDirectory();
        string into = Path.Combine(temp.Path, "jpm-import");

        CliResult result = OpenApiFixture.Import(OpenApiFixture.Path, into, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            new[] { "common.schema.json", "payment-response.schema.json", "payment.schema.json", "verification-response.schema.json", "verification.schema.json" },
            Directory.GetFiles(into).Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal).ToArray());
        Assert.All(result.OutJson().GetProperty("files").EnumerateArray(), f => Assert.Equal("created", f.GetProperty("status").GetString()));
        Assert.Equal("2.0.55", result.OutJson().GetProperty("version").GetString());

        JsonObject payment = Read(into, "payment.schema.json");
        Assert.Equal("http://json-schema.org/draft-07/schema#", payment["$schema"]!.GetValue<string>());
        Assert.Equal("JpmImportPayment", payment["x-type-name"]!.GetValue<string>());
        Assert.Equal("#/components/schemas/payment", payment["x-openapi-source"]!.GetValue<string>());
        Assert.Equal(new[] { "amount", "currency", "merchant", "paymentMethodType" }, payment["required"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("common.schema.json#/definitions/paymentMethodType", payment["properties"]!["paymentMethodType"]!["$ref"]!.GetValue<string>());

        // A referenced scalar (amount) is inlined with its description, format, bounds and example.
        JsonNode amount = payment["properties"]!["amount"]!;
        Assert.Equal("integer", amount["type"]!.GetValue<string>());
        Assert.Equal("int64", amount["format"]!.GetValue<string>());
        Assert.Equal(0, amount["minimum"]!.GetValue<long>());
        Assert.Equal(999999999999, amount["maximum"]!.GetValue<long>());
        Assert.Equal(1234, amount["examples"]![0]!.GetValue<int>());

        JsonObject definitions = Read(into, "common.schema.json")["definitions"]!.AsObject();
        JsonNode threeDs = definitions["threeDS"]!;
        Assert.Equal("JpmImportThreeDS", threeDs["x-type-name"]!.GetValue<string>());
        Assert.Equal("#/definitions/version2", threeDs["properties"]!["version2"]!["$ref"]!.GetValue<string>());
        JsonNode cavv = threeDs["properties"]!["authenticationValue"]!;
        Assert.Equal("base64", cavv["format"]!.GetValue<string>());
        Assert.Equal(56, cavv["maxLength"]!.GetValue<int>());
        Assert.True(cavv["writeOnly"]!.GetValue<bool>());
        // card requires accountNumber, which is writeOnly: required in requests only (responses carry the masked number).
        Assert.Null(definitions["card"]!["required"]);
        Assert.Equal("""["accountNumber"]""", definitions["card"]!["x-required-on-write"]!.ToJsonString());
        JsonNode cvv = definitions["card"]!["properties"]!["cvv"]!;
        Assert.Equal(@"^\d{3,6}$", cvv["pattern"]!.GetValue<string>());
        Assert.Equal(3, cvv["minLength"]!.GetValue<int>());
        Assert.Equal(new[] { "SUCCESS", "DENIED", "ERROR" }, definitions["responseStatus"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal("Indicates whether API request resulted in success, error, or denial.", definitions["responseStatus"]!["description"]!.GetValue<string>());
    }

    [Fact]
    public void Nullable_read_and_write_only_discriminator_and_composition_are_translated()
    {
        using var temp = new TempDirectory();
        string document = temp.Write("shapes.yaml", """
            openapi: 3.0.3
            info: { title: Shapes, version: '1' }
            paths: {}
            components:
              schemas:
                order:
                  type: object
                  properties:
                    note: { type: string, nullable: true, maxLength: 10 }
                    id: { type: string, readOnly: true }
                    secret: { type: string, writeOnly: true }
                    payer:
                      nullable: true
                      allOf: [ { $ref: '#/components/schemas/party' } ]
                    instrument:
                      oneOf: [ { $ref: '#/components/schemas/card' }, { $ref: '#/components/schemas/wallet' } ]
                      discriminator:
                        propertyName: kind
                        mapping: { card: '#/components/schemas/card', wallet: '#/components/schemas/wallet' }
                    business: { $ref: '#/components/schemas/business' }
                party:
                  type: object
                  properties: { name: { type: string } }
                business:
                  allOf:
                    - $ref: '#/components/schemas/party'
                    - type: object
                      properties: { vat: { type: string, pattern: '^[A-Z]{2}[0-9]+$' } }
                card:
                  type: object
                  required: [kind]
                  properties: { kind: { type: string }, last4: { type: string, minLength: 4, maxLength: 4 } }
                wallet:
                  type: object
                  properties: { kind: { type: string }, provider: { type: string, enum: [APPLE_PAY, GOOGLE_PAY] } }
            """);
        string into = Path.Combine(temp.Path, "shapes");

        CliResult result = Cli.Run("import", "openapi", document, "--component", "order", "--into", into);

        Assert.True(result.ExitCode == 0, result.ToString());
        JsonNode properties = Read(into, "order.schema.json")["properties"]!;
        Assert.Equal("""["string","null"]""", properties["note"]!["type"]!.ToJsonString());
        Assert.Equal(10, properties["note"]!["maxLength"]!.GetValue<int>());
        Assert.True(properties["id"]!["readOnly"]!.GetValue<bool>());
        Assert.True(properties["secret"]!["writeOnly"]!.GetValue<bool>());
        Assert.Equal("""[{"$ref":"common.schema.json#/definitions/party"},{"type":"null"}]""", properties["payer"]!["oneOf"]!.ToJsonString());
        Assert.Equal("""[{"$ref":"common.schema.json#/definitions/card"},{"$ref":"common.schema.json#/definitions/wallet"}]""", properties["instrument"]!["oneOf"]!.ToJsonString());
        Assert.Equal("""{"propertyName":"kind","mapping":{"card":"common.schema.json#/definitions/card","wallet":"common.schema.json#/definitions/wallet"}}""", properties["instrument"]!["x-discriminator"]!.ToJsonString());
        JsonObject definitions = Read(into, "common.schema.json")["definitions"]!.AsObject();
        Assert.Equal(new[] { "party", "card", "wallet", "business" }, definitions.Select(d => d.Key));
        Assert.Equal("#/definitions/party", definitions["business"]!["allOf"]![0]!["$ref"]!.GetValue<string>());
        Assert.Equal("^[A-Z]{2}[0-9]+$", definitions["business"]!["allOf"]![1]!["properties"]!["vat"]!["pattern"]!.GetValue<string>());
        Assert.Equal("ShapesBusiness", definitions["business"]!["x-type-name"]!.GetValue<string>());
    }

    [Fact]
    public void OpenApi_3_1_type_arrays_and_examples_are_read()
    {
        using var temp = new TempDirectory();
        string document = temp.Write("v31.json", """
            {
              "openapi": "3.1.0",
              "info": { "title": "V31", "version": "1" },
              "components": { "schemas": { "result": { "type": "object", "properties": {
                "eci": { "type": ["string", "null"], "pattern": "^[0-9]{2}$", "examples": ["05"] },
                "score": { "type": "integer", "exclusiveMinimum": 0, "maximum": 99 }
              } } } }
            }
            """);
        string into = Path.Combine(temp.Path, "v31");

        CliResult result = Cli.Run("import", "openapi", document, "--component", "result", "--into", into);

        Assert.True(result.ExitCode == 0, result.ToString());
        JsonNode properties = Read(into, "result.schema.json")["properties"]!;
        Assert.Equal("""{"type":["string","null"],"pattern":"^[0-9]{2}$","examples":["05"]}""", properties["eci"]!.ToJsonString());
        Assert.Equal("""{"type":"integer","exclusiveMinimum":0,"maximum":99}""", properties["score"]!.ToJsonString());
    }

    [Fact]
    public void The_same_document_gives_byte_identical_files_and_a_second_run_changes_nothing()
    {
        using var temp = new TempDirectory();
        string first = Path.Combine(temp.Path, "a", "jpm-import");
        string second = Path.Combine(temp.Path, "b", "jpm-import");
        string fromStdin = Path.Combine(temp.Path, "c", "jpm-import");

        Assert.Equal(0, OpenApiFixture.Import(OpenApiFixture.Path, first).ExitCode);
        Assert.Equal(0, OpenApiFixture.Import(OpenApiFixture.Path, second).ExitCode);
        CliResult piped = Cli.RunWithInput(OpenApiFixture.Text, new[] { "import", "openapi", "-", "--component" }.Concat(OpenApiFixture.Components).Concat(new[] { "--into", fromStdin }).ToArray());
        Assert.True(piped.ExitCode == 0, piped.ToString());

        foreach (string file in Directory.GetFiles(first).Select(f => Path.GetFileName(f)))
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(first, file));
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(second, file)));
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(fromStdin, file)));
            Assert.Equal((byte)'\n', bytes[^1]);
            Assert.DoesNotContain((byte)'\r', bytes);
        }

        DateTime written = File.GetLastWriteTimeUtc(Path.Combine(first, "common.schema.json"));
        CliResult again = OpenApiFixture.Import(OpenApiFixture.Path, first, "--json");
        Assert.Equal(0, again.ExitCode);
        Assert.All(again.OutJson().GetProperty("files").EnumerateArray(), f => Assert.Equal("unchanged", f.GetProperty("status").GetString()));
        Assert.Equal(0, again.OutJson().GetProperty("changes").GetArrayLength());
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(first, "common.schema.json")));
        Assert.Empty(Directory.GetFiles(first, "*.tmp"));
    }

    [Fact]
    public void Check_exits_1_when_the_files_would_change_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        string into = Path.Combine(temp.Path, "jpm-import");

        CliResult missing = OpenApiFixture.Import(OpenApiFixture.Path, into, "--check");
        Assert.True(missing.ExitCode == 1, missing.ToString());
        Assert.Contains("payment.schema.json: would be created", missing.Out);
        Assert.Contains("the schemas are out of date", missing.Out);
        Assert.False(Directory.Exists(into));

        Assert.Equal(0, OpenApiFixture.Import(OpenApiFixture.Path, into).ExitCode);
        CliResult upToDate = OpenApiFixture.Import(OpenApiFixture.Path, into, "--check");
        Assert.True(upToDate.ExitCode == 0, upToDate.ToString());
        Assert.Contains("the schemas are up to date", upToDate.Out);

        string changedSpec = temp.Write("changed.yaml", OpenApiFixture.Text.Replace("maxLength: 56", "maxLength: 40", StringComparison.Ordinal));
        byte[] before = File.ReadAllBytes(Path.Combine(into, "common.schema.json"));
        CliResult stale = OpenApiFixture.Import(changedSpec, into, "--check", "--json");
        Assert.True(stale.ExitCode == 1, stale.ToString());
        Assert.True(stale.OutJson().GetProperty("changed").GetBoolean());
        Assert.Contains(stale.OutJson().GetProperty("changes").EnumerateArray(), c =>
            c.GetProperty("kind").GetString() == "field changed"
            && c.GetProperty("location").GetString() == "common.schema.json#/definitions/threeDS/properties/authenticationValue"
            && c.GetProperty("detail").GetString() == "maxLength 56 → 40");
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(into, "common.schema.json")));
    }
}
