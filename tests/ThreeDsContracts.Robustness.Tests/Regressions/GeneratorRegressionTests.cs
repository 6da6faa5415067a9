using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using ThreeDsContracts.Robustness.Tests.Infrastructure;
using ThreeDsContracts.Robustness.Tests.Schemas;
using ThreeDsContracts.Testing.Compilation;
using Xunit;

namespace ThreeDsContracts.Robustness.Tests.Regressions;

/// <summary>
/// Failures the schema fuzzing found, each with its minimal schema (docs/reliability.md lists them).
/// Generated code is compiled as a consumer with GenerateDocumentationFile would (XML doc warnings on).
/// </summary>
public class GeneratorRegressionTests
{
    private static SchemaVerdict Run(string json, string id = "shop/order")
    {
        SchemaVerdict verdict = SchemaFuzzRunner.Shared.Run(id, json);
        Assert.Empty(verdict.Failures());
        return verdict;
    }

    [Fact]
    public void A_line_separator_in_a_code_value_does_not_end_the_doc_comment_and_break_the_code()
    {
        SchemaVerdict verdict = Run("""{ "type": "string", "x-type-name": "Code", "enum": ["a\u2028b", "c\u2029d", "e\u0085f"] }""");

        Assert.Empty(verdict.CompileProblems);
        Assert.Contains("[global::ThreeDsContracts.Metadata.WireValue(\"a\\u2028b\")]", verdict.Sources["shop.order.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_in_descriptions_and_property_names_keep_the_xml_docs_well_formed()
    {
        SchemaVerdict verdict = Run("""
            {
              "type": "object", "x-type-name": "Order", "description": "nul \u0000, unit separator \u001f, \uffff",
              "properties": {
                "\u0000": { "type": "string" },
                "\u001f": { "type": "string", "description": "lone \ud800 surrogate" },
                "a\nb": { "type": "object", "properties": { "c": { "type": "string" } } }
              }
            }
            """);

        Assert.Empty(verdict.CompileProblems);
    }

    [Fact]
    public void A_large_code_list_compiles_to_table_lookups_that_read_and_write_every_code()
    {
        // Found with 1,500 codes (a 25-second compile); any list above EnumEmitter.LargeCodeList (128) takes this path.
        string[] codes = Enumerable.Range(0, 400).Select(i => i % 7 == 0 ? "é" + i.ToString(CultureInfo.InvariantCulture) : i % 5 == 0 ? "Z" + i.ToString(CultureInfo.InvariantCulture) : i.ToString("D5", CultureInfo.InvariantCulture)).ToArray();
        string schema = "{ \"type\": \"string\", \"x-type-name\": \"Huge\", \"enum\": [" + string.Join(", ", codes.Select(c => "\"" + c + "\"")) + "] }";

        SchemaVerdict verdict = Run(schema);

        Assert.Empty(verdict.CompileProblems);
        string source = verdict.Sources["shop.order.g.cs"];
        Assert.Contains("__SortedWireValues", source, StringComparison.Ordinal);
        Assert.DoesNotContain("case \"00001\"", source, StringComparison.Ordinal);

        Type extensions = Load(verdict).GetType("Consumer.Shop.HugeExtensions")!;
        MethodInfo parse = extensions.GetMethod("ParseWireValue")!;
        MethodInfo write = extensions.GetMethod("ToWireValue")!;
        foreach (string code in codes)
        {
            Assert.Equal(code, write.Invoke(null, new[] { parse.Invoke(null, new object[] { code }) }));
        }

        var unknown = Assert.Throws<TargetInvocationException>(() => parse.Invoke(null, new object[] { "00001x" }));
        Assert.IsType<FormatException>(unknown.InnerException);
        var outOfRange = Assert.Throws<TargetInvocationException>(() => write.Invoke(null, new[] { Enum.ToObject(parse.ReturnType, 0) }));
        Assert.IsType<ArgumentOutOfRangeException>(outOfRange.InnerException);
    }

    [Fact]
    public void A_code_longer_than_the_stack_buffer_of_the_converter_is_read_and_written()
    {
        // Found while reviewing the code-list converter for the HugeCodeList cases: TryRead refused any
        // value longer than its 512-character buffer, so a valid long code was "not a code".
        string code = new string('A', 600);
        SchemaVerdict verdict = Run("{ \"type\": \"object\", \"x-type-name\": \"Order\", \"properties\": { \"code\": { \"type\": \"string\", \"enum\": [\"" + code + "\", \"short\"] } } }");
        Assert.Empty(verdict.CompileProblems);
        Type order = Load(verdict).GetType("Consumer.Shop.Order")!;

        string plain = "{\"code\":\"" + code + "\"}";
        string escaped = "{\"code\":\"" + string.Concat(Enumerable.Repeat("\\u0041", 600)) + "\"}";
        Assert.Equal(plain, System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonSerializer.Deserialize(plain, order), order));
        Assert.Equal(plain, System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonSerializer.Deserialize(escaped, order), order));
        Assert.Throws<ThreeDsPayloadException>(() => System.Text.Json.JsonSerializer.Deserialize("{\"code\":\"" + new string('A', 4000) + "\"}", order));
    }

    [Fact]
    public void An_x_type_name_that_is_a_member_name_of_the_generated_code_is_reported_and_not_used()
    {
        SchemaVerdict verdict = Run("""
            {
              "type": "string",
              "x-type-name": "ToString",
              "enum": ["a", "b"]
            }
            """);

        Diagnostic diagnostic = Assert.Single(verdict.GeneratorDiagnostics, d => d.Id == "TDS0008");
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Empty(verdict.CompileProblems);
    }

    [Fact]
    public void A_definition_whose_derived_name_is_a_member_name_gets_a_safe_type_name()
    {
        SchemaVerdict verdict = Run("""
            {
              "type": "object", "x-type-name": "Order",
              "properties": { "a": { "$ref": "#/definitions/to-string" }, "b": { "$ref": "#/definitions/members" } },
              "definitions": {
                "to-string": { "type": "string", "enum": ["x"] },
                "members": { "type": "object", "properties": { "c": { "type": "string" } } }
              }
            }
            """);

        Assert.Empty(verdict.CompileProblems);
        Assert.Contains("enum ToStringType", verdict.Sources["shop.order.g.cs"], StringComparison.Ordinal);
        Assert.Contains("record MembersType", verdict.Sources["shop.order.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_schema_cannot_move_its_types_into_the_package_namespace()
    {
        SchemaVerdict verdict = Run("""
            {
              "type": "object", "x-type-name": "Order",
              "x-namespace": "ThreeDsContracts.Antom",
              "properties": { "a": { "type": "string" } }
            }
            """);

        Diagnostic diagnostic = Assert.Single(verdict.GeneratorDiagnostics, d => d.Id == "TDS0008");
        Assert.Contains("x-namespace", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(verdict.CompileProblems);
        Assert.Contains("namespace Consumer.Shop", verdict.Sources["shop.order.g.cs"], StringComparison.Ordinal);
    }

    private static Assembly Load(SchemaVerdict verdict)
    {
        var compilation = TestCompilation.Create(verdict.Sources.Values, "HugeCodes");
        var context = new AssemblyLoadContext("huge-codes", isCollectible: true);
        return context.LoadFromStream(new MemoryStream(TestCompilation.Emit(compilation)));
    }
}
