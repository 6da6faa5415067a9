using System.Linq;
using ThreeDsContracts.Testing.Compilation;
using Xunit;

namespace ThreeDsContracts.Generator.Tests;

public class MappingEmitterTests
{
    private const string Status = """
        {
          "$schema": "http://json-schema.org/draft-07/schema#",
          "x-type-name": "AcmeStatus",
          "type": "string",
          "enum": ["OK", "KO", "MAYBE"],
          "x-canonical": { "set": "canonical/trans-status", "map": { "OK": "Y", "KO": "N", "MAYBE": SET_MAYBE } }
        }
        """;

    [Fact]
    public void Consumer_code_list_maps_to_the_built_in_canonical_set_and_compiles()
    {
        GeneratorRun run = new GeneratorHarness()
            .WithBuiltInSchemas()
            .WithSchema("acme/status", Status.Replace("SET_MAYBE", "null"))
            .Run();

        run.AssertCompiles();
        Assert.Empty(run.GeneratorDiagnostics);
        string source = run.Sources["acme.status.g.cs"];
        Assert.Contains("AcmeStatus.Ok => global::ThreeDsContracts.Canonical.TransStatus.Authenticated,", source);
        Assert.Contains("AcmeStatus.Maybe => null, // no canonical equivalent", source);
        Assert.Contains("global::ThreeDsContracts.Canonical.TransStatus.Rejected => null, // no AcmeStatus equivalent", source);
    }

    [Fact]
    public void Canonical_map_to_a_code_the_set_lacks_is_reported()
    {
        GeneratorRun run = new GeneratorHarness()
            .WithBuiltInSchemas()
            .WithSchema("acme/status", Status.Replace("SET_MAYBE", "\"Z\""))
            .Run();

        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "TDS0008" && d.GetMessage().Contains("'Z' is not a code of canonical/trans-status"));
        run.AssertCompiles();
    }

    [Fact]
    public void Canonical_map_to_an_unknown_set_is_reported()
    {
        GeneratorRun run = new GeneratorHarness()
            .WithSchema("acme/status", Status.Replace("SET_MAYBE", "null").Replace("canonical/trans-status", "canonical/nothing"))
            .Run();

        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "TDS0008" && d.GetMessage().Contains("'canonical/nothing' is not a code list"));
        Assert.DoesNotContain("AcmeStatusCanonicalMapping", run.Sources["acme.status.g.cs"]);
    }

    [Fact]
    public void Liability_table_missing_an_outcome_is_reported()
    {
        const string Outcome = """
            { "type": "string", "enum": ["GOOD", "BAD"], "x-liability-shift": { "GOOD": true } }
            """;

        GeneratorRun run = new GeneratorHarness().WithSchema("acme/outcome", Outcome).Run();

        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "TDS0008" && d.GetMessage().Contains("'BAD' needs true or false"));
    }

    [Fact]
    public void Eci_table_with_an_unknown_brand_is_reported()
    {
        GeneratorRun run = new GeneratorHarness()
            .WithRepositorySchemasAsProject(id => id != "canonical/eci")
            .WithSchema("canonical/eci", """
                { "x-type-name": "Eci", "type": "string", "enum": ["05"], "x-eci-outcomes": { "visa": { "05": "FULLY_AUTHENTICATED" }, "acme-card": { "05": "ATTEMPTED" } } }
                """)
            .Run();

        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "TDS0008" && d.GetMessage().Contains("'acme-card' is not a code of canonical/card-brand"));
        run.AssertCompiles();
    }
}
