using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using ThreeDsContracts.Testing.Compilation;
using Xunit;

namespace ThreeDsContracts.Generator.Tests;

/// <summary>What the generated code looks like and does, for schemas written the way users write them.</summary>
public class GeneratedShapeTests
{
    private static Assembly Load(GeneratorRun run)
    {
        run.AssertCompiles();
        var context = new AssemblyLoadContext(Guid.NewGuid().ToString("N"), isCollectible: true);
        return context.LoadFromStream(new MemoryStream(TestCompilation.Emit(run.Output)));
    }

    [Fact]
    public void Any_property_name_becomes_a_valid_distinct_identifier_with_the_wire_name_kept()
    {
        GeneratorRun run = new GeneratorHarness().WithSchema("odd/names", """
            { "type": "object", "x-type-name": "OddNames", "properties": {
                "class": { "type": "string" }, "3ds": { "type": "string" }, "a-b c": { "type": "string" },
                "eci": { "type": "string" }, "ECI": { "type": "string" }, "Eci": { "type": "string" },
                "OddNames": { "type": "string" }, "ExtensionData": { "type": "string" }, "": { "type": "string" },
                "naïve": { "type": "string" }, "quote\"d": { "type": "string" }, "emoji😀": { "type": "string" } } }
            """).Run();

        Assembly assembly = Load(run);
        Type type = assembly.GetType("Consumer.Odd.OddNames")!;
        var wire = type.GetProperties()
            .Select(p => p.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>()?.Name)
            .Where(n => n is not null).ToList();
        Assert.Equal(12, wire.Count);
        Assert.Contains("quote\"d", wire);
        Assert.Contains("emoji😀", wire);

        string json = """{"class":"1","3ds":"2","a-b c":"3","eci":"4","ECI":"5","Eci":"6","OddNames":"7","ExtensionData":"8","":"9","naïve":"10","quote\"d":"11","emoji😀":"12"}""";
        object value = JsonSerializer.Deserialize(json, type)!;
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(json), System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(value, type))));
    }

    [Fact]
    public void Enum_member_names_from_odd_wire_values_compile_and_round_trip()
    {
        GeneratorRun run = new GeneratorHarness().WithSchema("odd/codes", """
            { "type": "object", "x-type-name": "Holder", "properties": { "code": { "type": "string", "x-type-name": "OddCode",
              "enum": ["01", "1", "class", "CHALLENGE_TYPE_NO_PREFERENCE", "", "a b", "A_B", "Ünï", "\"q\""] } } }
            """).Run();

        Type type = Load(run).GetType("Consumer.Odd.Holder")!;
        foreach (string wire in new[] { "01", "1", "class", "CHALLENGE_TYPE_NO_PREFERENCE", "", "a b", "A_B", "Ünï", "\"q\"" })
        {
            string json = JsonSerializer.Serialize(new { code = wire });
            Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize(json, type), type));
        }
    }

    [Fact]
    public void Unknown_codes_are_rejected_naming_the_path_or_preserved_as_the_schema_declares()
    {
        GeneratorRun run = new GeneratorHarness().WithSchema("shop/status", """
            { "type": "object", "x-type-name": "StatusHolder", "properties": {
                "strict": { "type": "string", "enum": ["Y", "N"], "x-type-name": "Strict" },
                "open": { "type": "string", "enum": ["Y", "N"], "x-type-name": "Open", "x-unknown-values": "preserve" },
                "items": { "type": "array", "items": { "type": "object", "x-type-name": "Line", "properties": { "s": { "$ref": "#/properties/strict" } } } } } }
            """).Run();
        Type type = Load(run).GetType("Consumer.Shop.StatusHolder")!;

        var rejected = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize("""{"strict":"X"}""", type));
        Assert.Contains("$.strict", rejected.Message);

        string preserved = """{"open":"X"}""";
        Assert.Equal(preserved, JsonSerializer.Serialize(JsonSerializer.Deserialize(preserved, type), type));
    }

    [Fact]
    public void Recursive_and_cross_file_references_generate_linked_types()
    {
        GeneratorRun run = new GeneratorHarness()
            .WithSchema("tree/node", """{ "type": "object", "x-type-name": "Node", "properties": { "name": { "type": "string" }, "children": { "type": "array", "items": { "$ref": "#" } }, "meta": { "$ref": "common.schema.json#/definitions/Meta" } } }""")
            .WithSchema("tree/common", """{ "type": "object", "x-type-name": "TreeCommon", "properties": {}, "definitions": { "Meta": { "type": "object", "x-type-name": "Meta", "properties": { "tag": { "type": "string" } } } } }""")
            .Run();
        Type node = Load(run).GetType("Consumer.Tree.Node")!;

        string json = """{"name":"root","children":[{"name":"leaf","children":[]}],"meta":{"tag":"t"}}""";
        object value = JsonSerializer.Deserialize(json, node)!;
        Assert.Equal(json, JsonSerializer.Serialize(value, node));
        Assert.Equal("Consumer.Tree.Meta", node.GetProperty("Meta")!.PropertyType.FullName);
    }

    [Fact]
    public void A_user_schema_can_reference_the_built_in_canonical_model()
    {
        GeneratorRun run = new GeneratorHarness().WithBuiltInSchemas()
            .WithSchema("shop/result", """{ "type": "object", "x-type-name": "ShopResult", "properties": { "auth": { "$ref": "../canonical/authentication-result.schema.json" }, "status": { "$ref": "../canonical/trans-status.schema.json" } } }""")
            .Run();

        run.AssertCompiles();
        Assert.Contains("global::ThreeDsContracts.Canonical.AuthenticationResult? Auth", run.Sources["shop.result.g.cs"]);
        Assert.DoesNotContain(run.Sources.Keys, k => k.StartsWith("canonical.", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_required_property_is_an_exception_naming_the_json_path_without_values()
    {
        GeneratorRun run = new GeneratorHarness().WithSchema("shop/card", """
            { "type": "object", "x-type-name": "Card", "required": ["holder"], "properties": {
                "number": { "type": "string", "x-sensitive": "pan" },
                "holder": { "type": "object", "x-type-name": "Holder", "required": ["name"], "properties": { "name": { "type": "string" } } } } }
            """).Run();
        Type type = Load(run).GetType("Consumer.Shop.Card")!;

        var error = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize("""{"number":"4111111111111111","holder":{}}""", type));
        Assert.Contains("$.holder.name", error.Message);
        Assert.DoesNotContain("4111111111111111", error.ToString());

        var typeError = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize("""{"number":4111111111111111,"holder":{"name":"A"}}""", type));
        Assert.Contains("$.number", typeError.Message);
        Assert.DoesNotContain("4111111111111111", typeError.ToString());
    }

    [Fact]
    public void Sensitive_fields_are_masked_in_ToString()
    {
        GeneratorRun run = new GeneratorHarness().WithSchema("shop/card", """
            { "type": "object", "x-type-name": "Card", "properties": {
                "number": { "type": "string", "x-sensitive": "pan" }, "cvv": { "type": "string", "x-sensitive": "cvv" },
                "cavv": { "type": "string", "x-sensitive": "authentication-value" }, "name": { "type": "string" } } }
            """).Run();
        Type type = Load(run).GetType("Consumer.Shop.Card")!;

        string text = JsonSerializer.Deserialize("""{"number":"4111111111111111","cvv":"737","cavv":"AAABBJg0VhI0VniQEjRWAAAAAAA=","name":"Ann"}""", type)!.ToString()!;

        Assert.Contains("411111******1111", text);
        Assert.DoesNotContain("4111111111111111", text);
        Assert.DoesNotContain("737", text);
        Assert.DoesNotContain("AAABBJg0", text);
        Assert.Contains("Ann", text);
    }

    [Fact]
    public void Generated_code_is_internal_by_default_and_public_on_request()
    {
        string schema = """{ "type": "object", "x-type-name": "Thing", "properties": { "a": { "type": "string" } } }""";
        Assert.Contains("internal sealed partial record Thing", new GeneratorHarness().WithProperty("ThreeDsContractsVisibility", "internal").WithSchema("thing", schema).Run().Sources["thing.g.cs"]);
        Assert.Contains("public sealed partial record Thing", new GeneratorHarness().WithSchema("thing", schema).Run().Sources["thing.g.cs"]);
        Assert.Contains("namespace My.Contracts", new GeneratorHarness().WithProperty("ThreeDsContractsNamespace", "My.Contracts").WithSchema("thing", schema).Run().Sources["thing.g.cs"]);
    }

    [Fact]
    public void The_include_option_selects_which_schemas_generate()
    {
        GeneratorRun run = new GeneratorHarness()
            .WithProperty("ThreeDsContractsInclude", "keep/*")
            .WithSchema("keep/a", """{ "type": "object", "x-type-name": "A", "properties": {} }""")
            .WithSchema("drop/b", """{ "type": "object", "x-type-name": "B", "properties": {} }""")
            .Run();

        Assert.Contains("keep.a.g.cs", run.Sources.Keys);
        Assert.DoesNotContain("drop.b.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void Common_reference_idioms_allOf_oneOf_with_null_and_defs_keep_their_types()
    {
        GeneratorRun run = new GeneratorHarness().WithSchema("shop/idioms", """
            { "type": "object", "x-type-name": "Idioms", "properties": {
                "described": { "allOf": [ { "$ref": "#/$defs/Money" } ], "description": "The amount." },
                "optional": { "oneOf": [ { "$ref": "#/$defs/Money" }, { "type": "null" } ] },
                "status": { "type": "string", "enum": ["Y", "N", null], "x-type-name": "YesNo" } },
              "$defs": { "Money": { "type": "object", "x-type-name": "Money", "properties": { "value": { "type": "string" } } } } }
            """).Run();

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        Type type = Load(run).GetType("Consumer.Shop.Idioms")!;
        Assert.Equal("Consumer.Shop.Money", type.GetProperty("Described")!.PropertyType.FullName);
        Assert.Equal("Consumer.Shop.Money", type.GetProperty("Optional")!.PropertyType.FullName);
        Assert.Contains("The amount.", run.Sources["shop.idioms.g.cs"]);
        string json = """{"described":{"value":"1"},"optional":null,"status":"Y"}""";
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(json), System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(JsonSerializer.Deserialize(json, type), type))));
    }
}
