using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ThreeDsContracts.Testing.Compilation;

namespace ThreeDsContracts.Generator.Tests.Verifiers;

/// <summary>
/// A generator test on Microsoft.CodeAnalysis.CSharp.SourceGenerators.Testing: the schemas of a
/// <see cref="GeneratorHarness"/> as AdditionalFiles with the .globalconfig of the package's MSBuild targets,
/// a net8.0 project referencing ThreeDsContracts.dll, and the expected generator diagnostics (TDS0xxx, with
/// file and position). Generated text is not compared here (the provider snapshots do that); the test
/// sources use generated types, so a schema that did not generate fails as a compiler error.
/// </summary>
internal sealed class ContractsGeneratorTest : CSharpSourceGeneratorTest<ContractsGenerator, DefaultVerifier>
{
    public ContractsGeneratorTest(GeneratorHarness harness)
    {
        ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
        TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(ThreeDsContracts.Code<>).Assembly.Location));
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        foreach ((string path, string text) in harness.SchemaFiles())
        {
            TestState.AdditionalFiles.Add((path, text));
        }

        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", harness.GlobalConfig()));
    }

    /// <summary>The path of a project schema, as diagnostics name it.</summary>
    public static string SchemaPath(string id) => GeneratorHarness.SchemaRoot + id + ".schema.json";

    protected override CompilationOptions CreateCompilationOptions() =>
        ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
}
