using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ThreeDsContracts.Cli.Import;
using Xunit;

namespace ThreeDsContracts.Cli.Tests.Import;

/// <summary>The schemas imported from the fixture generate, compile, validate the document's own examples and round-trip them.</summary>
public sealed class ImportedSchemaTests
{
    private static readonly Lazy<(string Root, Assembly Contracts)> Imported = new(() =>
    {
        string root = Path.Combine(Path.GetTempPath(), "threeds-import-" + Guid.NewGuid().ToString("N"));
        CliResult result = OpenApiFixture.Import(OpenApiFixture.Path, Path.Combine(root, "jpm-import"));
        Assert.True(result.ExitCode == 0, result.ToString());
        return (root, ImportedContracts.Compile(root, "JpmImportContracts"));
    });

    public static TheoryData<string> ExampleNames()
    {
        var data = new TheoryData<string>();
        foreach ((string name, _, _) in OpenApiFixture.Examples())
        {
            data.Add(name);
        }

        return data;
    }

    private static (string Component, JsonNode Value) Example(string name)
    {
        (_, string component, JsonNode value) = OpenApiFixture.Examples().Single(e => e.Name == name);
        return (component, value);
    }

    [Fact]
    public void The_fixture_has_request_and_response_examples_of_both_operations()
    {
        Assert.Equal(10, OpenApiFixture.Examples().Count);
        Assert.Equal(new[] { "payment", "paymentResponse", "verification", "verificationResponse" }, OpenApiFixture.Examples().Select(e => e.Component).Distinct().OrderBy(c => c, StringComparer.Ordinal));
    }

    [Fact]
    public void The_imported_schemas_generate_one_record_per_component_and_definition()
    {
        var types = ImportedContracts.TypeNames(Imported.Value.Contracts);

        foreach (string type in new[] { "JpmImportPayment", "JpmImportVerification", "JpmImportPaymentResponse", "JpmImportVerificationResponse", "JpmImportThreeDS", "JpmImportVersion2", "JpmImportCard", "JpmImportResponseStatus" })
        {
            Assert.Contains("ThreeDsContracts.JpmImport." + type, types);
        }
    }

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void The_documents_own_example_round_trips_through_the_generated_contract(string name)
    {
        (string component, JsonNode value) = Example(name);
        Assembly contracts = Imported.Value.Contracts;
        Type type = contracts.GetType("ThreeDsContracts.JpmImport.JpmImport" + ImportLayout.Pascal(component), throwOnError: true)!;
        var context = (JsonSerializerContext)contracts.GetType("ThreeDsContracts.JpmImport.JpmImportJsonContext", throwOnError: true)!.GetProperty("Default")!.GetValue(null)!;

        object contract = JsonSerializer.Deserialize(value.ToJsonString(), type, context)!;
        JsonNode back = JsonNode.Parse(JsonSerializer.Serialize(contract, type, context))!;

        Assert.True(JsonNode.DeepEquals(value, back), $"{name}\nexpected {value.ToJsonString()}\nactual   {back.ToJsonString()}");
    }

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void The_documents_own_example_validates_against_the_imported_schema(string name)
    {
        (string component, JsonNode value) = Example(name);
        using var temp = new TempDirectory();
        string payload = temp.Write("example.json", value.ToJsonString());

        CliResult result = Cli.Run("validate", "jpm-import/" + ImportLayout.FileName(component).Replace(".schema.json", string.Empty, StringComparison.Ordinal), payload, "--schemas", Imported.Value.Root, "--json");

        Assert.True(result.ExitCode == 0, name + "\n" + result);
        Assert.True(result.OutJson().GetProperty("valid").GetBoolean());
    }
}
