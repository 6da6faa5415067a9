using System.Linq;
using Microsoft.CodeAnalysis;
using ThreeDsContracts.Testing.Compilation;
using ThreeDsContracts.Testing.Incremental;
using Xunit;

namespace ThreeDsContracts.Generator.Tests;

/// <summary>The pipeline is incremental: unrelated edits regenerate nothing, a schema edit only that schema.</summary>
public class IncrementalTests
{
    private static readonly string[] AllSteps =
    {
        GeneratorStepNames.SchemaFiles, GeneratorStepNames.ParsedSchemas, GeneratorStepNames.SymbolTable,
        GeneratorStepNames.ResolvedSchemas, GeneratorStepNames.SchemaOutputs, GeneratorStepNames.Contexts,
        GeneratorStepNames.LoadChecks,
    };

    private static GeneratorRun FirstRun() => new GeneratorHarness()
        .WithBuiltInSchemas()
        .WithSchema("shop/order", """{ "type": "object", "x-type-name": "ShopOrder", "description": "An order.", "properties": { "id": { "type": "string" }, "eci": { "$ref": "../canonical/eci.schema.json" } } }""")
        .WithSchema("shop/customer", """{ "type": "object", "x-type-name": "ShopCustomer", "properties": { "name": { "type": "string" } } }""")
        .WithSource("namespace App { public class Existing { } }")
        .Run();

    [Fact]
    public void An_unrelated_csharp_edit_leaves_every_step_cached()
    {
        GeneratorRun second = FirstRun().WithSourceAdded("namespace App { public class Added { } }");

        IncrementalAssert.AllCachedOrUnchanged(second.Result, AllSteps);
    }

    [Fact]
    public void A_rerun_on_a_cloned_compilation_leaves_every_step_cached()
    {
        IncrementalAssert.AllCachedOrUnchanged(FirstRun().Rerun().Result, AllSteps);
    }

    [Fact]
    public void Editing_one_schema_regenerates_only_that_schema()
    {
        GeneratorRun second = FirstRun().WithSchemaEdited("shop/order.schema.json", text => text.Replace("An order.", "A customer order."));

        var outputs = IncrementalAssert.Reasons(second.Result, GeneratorStepNames.SchemaOutputs);
        Assert.Equal(1, outputs.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(outputs.Where(r => r != IncrementalStepRunReason.Modified), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Equal(1, IncrementalAssert.Reasons(second.Result, GeneratorStepNames.ParsedSchemas).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Contains("A customer order.", second.Sources["shop.order.g.cs"]);
    }

    [Fact]
    public void Editing_one_schema_reruns_the_njsonschema_check_of_that_schema_only()
    {
        GeneratorRun second = FirstRun().WithSchemaEdited("shop/order.schema.json", text => text.Replace("An order.", "A customer order."));

        var checks = IncrementalAssert.Reasons(second.Result, GeneratorStepNames.LoadChecks);
        Assert.Equal(1, checks.Count(r => r == IncrementalStepRunReason.Modified || r == IncrementalStepRunReason.Unchanged));
        Assert.True(checks.Count(r => r == IncrementalStepRunReason.Cached) > 50, string.Join(", ", checks));
    }

    [Fact]
    public void Editing_a_base_schema_regenerates_the_types_that_extend_it_through_allOf()
    {
        GeneratorRun first = new GeneratorHarness()
            .WithSchema("core/entity", """{ "type": "object", "x-type-name": "Entity", "properties": { "id": { "type": "string" } } }""")
            .WithSchema("shop/refund", """{ "x-type-name": "Refund", "allOf": [ { "$ref": "../core/entity.schema.json" } ], "properties": { "reason": { "type": "string" } } }""")
            .WithSchema("shop/other", """{ "type": "object", "x-type-name": "Other", "properties": { "o": { "type": "string" } } }""")
            .Run();
        Assert.DoesNotContain("CreatedAt", first.Sources["shop.refund.g.cs"]);

        GeneratorRun second = first.WithSchemaEdited("core/entity.schema.json", text => text.Replace("\"id\": { \"type\": \"string\" }", "\"id\": { \"type\": \"string\" }, \"createdAt\": { \"type\": \"string\" }"));

        Assert.Contains("CreatedAt", second.Sources["core.entity.g.cs"]);
        Assert.Contains("CreatedAt", second.Sources["shop.refund.g.cs"]);
        var outputs = IncrementalAssert.Reasons(second.Result, GeneratorStepNames.SchemaOutputs);
        Assert.Equal(2, outputs.Count(r => r == IncrementalStepRunReason.Modified));
    }

    [Fact]
    public void A_reference_into_another_file_is_not_a_load_check_failure_of_the_referring_schema()
    {
        // The check loads each file on its own; a $ref into another schema's definitions must not be followed
        // there (TDS0004 covers a missing target), and a valid one must not be reported.
        GeneratorRun run = new GeneratorHarness()
            .WithBuiltInSchemas()
            .WithSchema("shop/codes", """{ "definitions": { "Kind": { "type": "string", "enum": ["a", "b"] } } }""")
            .WithSchema("shop/item", """{ "type": "object", "properties": { "kind": { "$ref": "codes.schema.json#/definitions/Kind" }, "eci": { "$ref": "../canonical/eci.schema.json" } } }""")
            .Run();

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "TDS0009");
    }

    [Fact]
    public void Moving_lines_of_a_schema_changes_its_diagnostics_locations_but_not_its_source()
    {
        GeneratorRun second = FirstRun().WithSchemaEdited("shop/customer.schema.json", text => "\n\n" + text);

        Assert.Contains(IncrementalStepRunReason.Modified, IncrementalAssert.Reasons(second.Result, GeneratorStepNames.ParsedSchemas));
        Assert.DoesNotContain(IncrementalStepRunReason.Modified, IncrementalAssert.Reasons(second.Result, GeneratorStepNames.SchemaOutputs));
    }

    [Fact]
    public void Adding_a_property_to_one_schema_changes_its_output_and_the_context_stays_unchanged()
    {
        GeneratorRun second = FirstRun().WithSchemaEdited("shop/customer.schema.json", text => text.Replace("\"name\": { \"type\": \"string\" }", "\"name\": { \"type\": \"string\" }, \"email\": { \"type\": \"string\" }"));

        Assert.Contains("public string? Email { get; init; }", second.Sources["shop.customer.g.cs"]);
        Assert.DoesNotContain(IncrementalStepRunReason.Modified, IncrementalAssert.Reasons(second.Result, GeneratorStepNames.Contexts));
    }

    [Fact]
    public void Pipeline_outputs_hold_no_compiler_or_njsonschema_objects()
    {
        GeneratorRun first = FirstRun();
        IncrementalAssert.NoForbiddenObjects(first.Result);
        IncrementalAssert.NoForbiddenObjects(first.WithSchemaEdited("shop/order.schema.json", t => t.Replace("An order.", "Changed.")).Result);
    }

    [Fact]
    public void Generation_is_deterministic()
    {
        var a = FirstRun().Sources;
        var b = FirstRun().Sources;

        Assert.Equal(a.Keys.OrderBy(k => k), b.Keys.OrderBy(k => k));
        Assert.All(a, pair => Assert.Equal(pair.Value, b[pair.Key]));
    }
}
