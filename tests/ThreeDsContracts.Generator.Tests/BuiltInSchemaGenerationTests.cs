using System.Linq;
using ThreeDsContracts.Testing.Compilation;
using Xunit;

namespace ThreeDsContracts.Generator.Tests;

public class BuiltInSchemaGenerationTests
{
    [Fact]
    public void Every_repository_schema_generates_code_that_compiles_without_diagnostics()
    {
        GeneratorRun run = new GeneratorHarness().WithRepositorySchemasAsProject().Run();

        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Info));
        run.AssertCompiles();
        Assert.Contains(run.Sources.Keys, k => k == "antom.notify-payment.g.cs");
    }
}
