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
    // The runtime's own attribute: this project also references NJsonSchema's netstandard2.0 build (beside the
    // generator), which declares a public RequiredMemberAttribute of the same name, so the name alone is ambiguous.
    private static readonly Type RequiredMemberAttribute = typeof(object).Assembly.GetType("System.Runtime.CompilerServices.RequiredMemberAttribute", throwOnError: true)!;

    private static Attribute? RequiredMember(PropertyInfo property) => Attribute.GetCustomAttribute(property, RequiredMemberAttribute);

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

    [Fact]
    public void AllOf_of_a_base_definition_and_own_properties_is_one_flattened_type()
    {
        GeneratorRun run = new GeneratorHarness().WithSchema("shop/extended", """
            {
              "x-type-name": "Refund",
              "allOf": [
                { "$ref": "#/$defs/Operation" },
                { "type": "object", "required": ["reason"],
                  "properties": { "reason": { "type": "string" }, "amount": { "type": "integer" } } }
              ],
              "$defs": {
                "Entity": { "type": "object", "required": ["id"], "properties": { "id": { "type": "string" } } },
                "Operation": {
                  "allOf": [ { "$ref": "#/$defs/Entity" } ],
                  "type": "object",
                  "properties": { "amount": { "type": "string" }, "status": { "type": "string", "enum": ["ok", "failed"] } },
                  "x-brand-rules": [ { "id": "base-rule", "brands": ["visa"], "require": ["status"], "message": "status is needed" } ]
                }
              }
            }
            """).Run();

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        Assembly assembly = Load(run);
        Type refund = assembly.GetType("Consumer.Shop.Refund")!;
        Assert.Equal(new[] { "Id", "Amount", "Status", "Reason" }, refund.GetProperties().Where(p => p.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>() is not null).Select(p => p.Name));
        Assert.Equal(typeof(long), Nullable.GetUnderlyingType(refund.GetProperty("Amount")!.PropertyType) ?? refund.GetProperty("Amount")!.PropertyType);
        Assert.True(RequiredMember(refund.GetProperty("Id")!) is not null
            || refund.GetProperty("Id")!.GetCustomAttribute<System.Text.Json.Serialization.JsonRequiredAttribute>() is not null,
            "required of the base definition is kept");
        var rules = (System.Collections.IEnumerable)refund.GetProperty("BrandRules", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        Assert.Single(rules.Cast<object>());

        // The base definitions still generate as types of their own.
        Assert.NotNull(assembly.GetType("Consumer.Shop.Operation"));
        Assert.NotNull(assembly.GetType("Consumer.Shop.Entity"));

        string json = """{"id":"r-1","amount":500,"status":"ok","reason":"duplicate","unknown":{"kept":true}}""";
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(json), System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(JsonSerializer.Deserialize(json, refund), refund))));
    }

    [Fact]
    public void AllOf_inside_a_property_merges_inline_branches()
    {
        GeneratorRun run = new GeneratorHarness().WithSchema("shop/holder", """
            { "type": "object", "x-type-name": "Holder", "properties": {
                "address": { "allOf": [
                  { "type": "object", "properties": { "line1": { "type": "string" } } },
                  { "type": "object", "properties": { "city": { "type": "string" } } } ] } } }
            """).Run();

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        Type holder = Load(run).GetType("Consumer.Shop.Holder")!;
        Type address = holder.GetProperty("Address")!.PropertyType;
        Assert.NotNull(address.GetProperty("Line1"));
        Assert.NotNull(address.GetProperty("City"));
    }

    [Theory]
    [InlineData("""{ "x-type-name": "Looped", "allOf": [ { "$ref": "#/$defs/A" } , { "properties": { "x": { "type": "string" } } } ], "$defs": { "A": { "allOf": [ { "$ref": "#/$defs/B" } ] }, "B": { "allOf": [ { "$ref": "#/$defs/A" }, { "properties": { "y": { "type": "string" } } } ] } } }""")]
    [InlineData("""{ "x-type-name": "Remote", "allOf": [ { "$ref": "https://example.com/other.schema.json" }, { "properties": { "x": { "type": "string" } } } ] }""")]
    [InlineData("""{ "x-type-name": "Mixed", "allOf": [ { "type": "string" }, { "properties": { "x": { "type": "string" } } } ] }""")]
    public void AllOf_that_cannot_be_flattened_is_a_TDS0006_warning_not_a_failure(string json)
    {
        GeneratorRun run = new GeneratorHarness()
            .WithSchema("shop/other", """{ "type": "object", "x-type-name": "Other", "properties": { "o": { "type": "string" } } }""")
            .WithSchema("shop/composed", json).Run();

        Assert.Null(run.Result.Exception);
        Assert.Contains(run.GeneratorDiagnostics, d => (d.Id == "TDS0006" && d.GetMessage().Contains("allOf")) || d.Id == "TDS0005");
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error && d.Id.StartsWith("CS"));
    }

    [Fact]
    public void AllOf_base_property_diagnostics_point_at_the_base_definition()
    {
        GeneratorRun run = new GeneratorHarness().WithSchema("shop/located", "{\n \"x-type-name\": \"Located\",\n \"allOf\": [ { \"$ref\": \"#/$defs/Base\" } , { \"properties\": { \"a\": { \"type\": \"string\" } } } ],\n \"$defs\": {\n  \"Base\": { \"type\": \"object\", \"properties\": {\n   \"when\": { \"type\": \"string\", \"x-date-format\": \"someday\" } } } } }").Run();

        Microsoft.CodeAnalysis.Diagnostic[] invalid = run.GeneratorDiagnostics.Where(d => d.Id == "TDS0008").ToArray();
        Assert.NotEmpty(invalid);
        Assert.All(invalid, d => Assert.Equal(6, d.Location.GetLineSpan().StartLinePosition.Line + 1));
    }

    [Fact]
    public void AllOf_of_a_built_in_canonical_type_extends_it_with_its_properties_required_and_redaction()
    {
        GeneratorRun run = new GeneratorHarness().WithBuiltInSchemas().WithSchema("shop/my-result", """
            { "x-type-name": "MyResult",
              "allOf": [
                { "$ref": "../canonical/authentication-result.schema.json" },
                { "type": "object", "required": ["transStatus", "merchantReference"],
                  "properties": { "merchantReference": { "type": "string" } } } ] }
            """).Run();

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        Type result = Load(run).GetType("Consumer.Shop.MyResult")!;
        Assert.Equal("ThreeDsContracts.Canonical.AuthenticationResult", typeof(ThreeDsContracts.Canonical.AuthenticationResult).FullName);
        string[] canonical = typeof(ThreeDsContracts.Canonical.AuthenticationResult).GetProperties()
            .Where(p => p.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>() is not null).Select(p => p.Name).ToArray();
        string[] mine = result.GetProperties()
            .Where(p => p.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>() is not null).Select(p => p.Name).ToArray();
        Assert.Equal(canonical.Append("MerchantReference"), mine);
        Assert.Equal(
            typeof(ThreeDsContracts.Canonical.AuthenticationResult).GetProperty("TransStatus")!.PropertyType,
            result.GetProperty("TransStatus")!.PropertyType);
        Assert.NotNull(RequiredMember(result.GetProperty("TransStatus")!) is null
            ? null : result);
        Assert.Null(RequiredMember(typeof(ThreeDsContracts.Canonical.AuthenticationResult).GetProperty("TransStatus")!));

        const string Sentinel = "AAABBBCCCDDDEEEFFF0123456789";
        string json = "{\"transStatus\":\"Y\",\"eci\":\"05\",\"authenticationValue\":\"" + Sentinel + "\",\"merchantReference\":\"order-1\",\"extra\":[1,2]}";
        object value = JsonSerializer.Deserialize(json, result)!;
        Assert.DoesNotContain(Sentinel, value.ToString());
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(json), System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(value, result))));
    }

    [Fact]
    public void AllOf_across_project_files_and_namespaces_keeps_the_base_nested_types()
    {
        GeneratorRun run = new GeneratorHarness()
            .WithSchema("core/entity", """
                { "type": "object", "x-type-name": "Entity", "required": ["id"], "properties": {
                    "id": { "type": "string" },
                    "address": { "type": "object", "properties": { "city": { "type": "string" } } },
                    "kind": { "type": "string", "enum": ["a", "b"] } } }
                """)
            .WithSchema("core/operation", """
                { "x-type-name": "Operation", "allOf": [ { "$ref": "entity.schema.json" } ],
                  "properties": { "amount": { "type": "integer" } },
                  "x-brand-rules": [ { "id": "op", "brands": ["visa"], "require": ["amount"], "message": "amount" } ] }
                """)
            .WithSchema("shop/refund", """
                { "x-type-name": "Refund", "allOf": [ { "$ref": "../core/operation.schema.json" },
                  { "properties": { "reason": { "type": "string" }, "id": { "type": "string", "description": "Refund id." } } } ] }
                """)
            .Run();

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        Assembly assembly = Load(run);
        Type refund = assembly.GetType("Consumer.Shop.Refund")!;
        Assert.Equal(new[] { "Id", "Address", "Kind", "Amount", "Reason" }, refund.GetProperties()
            .Where(p => p.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>() is not null).Select(p => p.Name));
        Assert.Equal("Consumer.Core.EntityAddress", refund.GetProperty("Address")!.PropertyType.FullName);
        Assert.NotNull(RequiredMember(refund.GetProperty("Id")!));
        var rules = (System.Collections.IEnumerable)refund.GetProperty("BrandRules", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        Assert.Single(rules.Cast<object>());

        string json = """{"id":"r","address":{"city":"Paris"},"kind":"b","amount":5,"reason":"x"}""";
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(json), System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(JsonSerializer.Deserialize(json, refund), refund))));
    }

    [Fact]
    public void AllOf_bases_across_files_that_loop_or_are_not_objects_are_reported_and_the_rest_generates()
    {
        GeneratorRun run = new GeneratorHarness()
            .WithSchema("loop/a", """{ "x-type-name": "LoopA", "allOf": [ { "$ref": "b.schema.json" } ], "properties": { "a": { "type": "string" } } }""")
            .WithSchema("loop/b", """{ "x-type-name": "LoopB", "allOf": [ { "$ref": "a.schema.json" } ], "properties": { "b": { "type": "string" } } }""")
            .WithSchema("loop/code", """{ "type": "string", "enum": ["x", "y"], "x-type-name": "Code" }""")
            .WithSchema("loop/on-code", """{ "x-type-name": "OnCode", "allOf": [ { "$ref": "code.schema.json" } ], "properties": { "c": { "type": "string" } } }""")
            .Run();

        Assert.Null(run.Result.Exception);
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "TDS0006" && d.GetMessage().Contains("extends itself"));
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "TDS0006" && d.GetMessage().Contains("code.schema.json") && d.GetMessage().Contains("not an object schema"));
        Assembly assembly = Load(run);
        Assert.NotNull(assembly.GetType("Consumer.Loop.LoopA")!.GetProperty("B"));
        Assert.NotNull(assembly.GetType("Consumer.Loop.OnCode")!.GetProperty("C"));
    }

    [Fact]
    public void OpenApi_nullable_makes_a_required_property_accept_null()
    {
        GeneratorRun run = new GeneratorHarness().WithSchema("shop/nullable", """
            { "type": "object", "x-type-name": "Nullables", "required": ["reason", "count"], "properties": {
                "reason": { "type": "string", "nullable": true },
                "count": { "type": "integer", "x-nullable": true },
                "kind": { "type": "string", "enum": ["a", "b"], "nullable": true } } }
            """).Run();

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        Type type = Load(run).GetType("Consumer.Shop.Nullables")!;
        Assert.NotNull(Nullable.GetUnderlyingType(type.GetProperty("Count")!.PropertyType));
        string json = """{"reason":null,"count":null,"kind":null}""";
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(json), System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(JsonSerializer.Deserialize(json, type), type))));
    }

    [Fact]
    public void A_ref_into_a_property_of_another_schema_takes_that_property_type()
    {
        GeneratorRun run = new GeneratorHarness().WithBuiltInSchemas()
            .WithSchema("shop/codes", """
                { "type": "object", "x-type-name": "Codes", "properties": {
                    "status": { "type": "string", "enum": ["on", "off"], "x-type-name": "Switch" },
                    "reference": { "type": "string", "maxLength": 20 },
                    "address": { "type": "object", "properties": { "city": { "type": "string" } } } } }
                """)
            .WithSchema("shop/uses", """
                { "type": "object", "x-type-name": "Uses", "properties": {
                    "status": { "$ref": "codes.schema.json#/properties/status" },
                    "reference": { "$ref": "codes.schema.json#/properties/reference" },
                    "address": { "$ref": "codes.schema.json#/properties/address" },
                    "eci": { "$ref": "../canonical/authentication-result.schema.json#/properties/eci" },
                    "dsTransId": { "$ref": "../canonical/authentication-result.schema.json#/properties/dsTransId" } } }
                """)
            .Run();

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        Assembly assembly = Load(run);
        Type uses = assembly.GetType("Consumer.Shop.Uses")!;
        Assert.Equal("Consumer.Shop.Switch", (Nullable.GetUnderlyingType(uses.GetProperty("Status")!.PropertyType) ?? uses.GetProperty("Status")!.PropertyType).FullName);
        Assert.Equal(typeof(string), uses.GetProperty("Reference")!.PropertyType);
        Assert.Equal("Consumer.Shop.CodesAddress", uses.GetProperty("Address")!.PropertyType.FullName);
        Assert.Equal(typeof(ThreeDsContracts.Canonical.AuthenticationResult).GetProperty("Eci")!.PropertyType, uses.GetProperty("Eci")!.PropertyType);
        Assert.Equal(typeof(string), uses.GetProperty("DsTransId")!.PropertyType);
    }
}
