using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using ThreeDsContracts.Generator;
using ThreeDsContracts.Testing.Compilation;

namespace ThreeDsContracts.Robustness.Tests.Schemas;

/// <summary>What the compiler would show for one mutated schema.</summary>
internal sealed record SchemaVerdict(
    string Path,
    string Text,
    Exception? GeneratorException,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    Lazy<IReadOnlyList<Diagnostic>> CompileResult,
    IReadOnlyDictionary<string, string> Sources)
{
    /// <summary>Errors and warnings of the consumer's compilation with the generated code (compiled on first use).</summary>
    public IReadOnlyList<Diagnostic> CompileProblems => CompileResult.Value;

    /// <summary>TDS diagnostics of warning or error severity located in the mutated file.</summary>
    public IEnumerable<Diagnostic> Explanations => GeneratorDiagnostics.Where(d =>
        d.Id.StartsWith("TDS", StringComparison.Ordinal)
        && d.Severity >= DiagnosticSeverity.Warning
        && d.Location.GetLineSpan().Path == Path);

    /// <summary>Every way this outcome breaks the contract of the generator (empty when it holds).</summary>
    public IReadOnlyList<string> Failures()
    {
        var failures = new List<string>();
        if (GeneratorException is not null)
        {
            failures.Add("the generator threw " + GeneratorException.GetType().Name + ": " + GeneratorException.Message);
        }

        foreach (Diagnostic crash in GeneratorDiagnostics.Where(d => d.Id is "CS8784" or "CS8785"))
        {
            failures.Add(crash.Id + ": " + crash.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (Diagnostic internalError in GeneratorDiagnostics.Where(d => d.Id == "TDS0012"))
        {
            failures.Add("TDS0012 (an exception caught inside the generator): " + internalError.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        int lines = Text.Split('\n').Length;
        foreach (Diagnostic diagnostic in GeneratorDiagnostics.Where(d => d.Id.StartsWith("TDS", StringComparison.Ordinal)))
        {
            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            bool located = diagnostic.Location.Kind == LocationKind.ExternalFile
                && span.IsValid
                && !string.IsNullOrEmpty(span.Path)
                && (span.Path != Path || span.StartLinePosition.Line < lines);
            if (!located)
            {
                failures.Add($"{diagnostic.Id} has no location in a schema file: {diagnostic.Location}");
            }
        }

        // With a TDS diagnostic on the schema, the outcome holds either way: the compilation is skipped.
        if (!Explanations.Any() && CompileProblems.Count > 0)
        {
            failures.Add("the generated code does not compile cleanly and no TDS diagnostic says why:\n  "
                + string.Join("\n  ", CompileProblems.Take(8).Select(d => d.ToString())));
        }

        return failures;
    }
}

/// <summary>
/// Runs the real generator on one mutated schema the way a consumer build does: every built-in schema
/// is present (origin BuiltIn, types in ThreeDsContracts.dll) and the mutated schema is a project
/// schema with the built-in's id (an override), so its relative $refs resolve as in the original.
/// The driver is warmed once with the built-ins; each case adds one file to it.
/// </summary>
internal sealed class SchemaFuzzRunner
{
    public static readonly SchemaFuzzRunner Shared = new();

    private readonly GeneratorDriver _warm;
    private readonly CSharpCompilation _input;

    private SchemaFuzzRunner()
    {
        var harness = new GeneratorHarness().WithBuiltInSchemas();
        _input = TestCompilation.Create(Array.Empty<string>(), "Consumer");
        _warm = CSharpGeneratorDriver.Create(
                new[] { new ContractsGenerator().AsSourceGenerator() },
                harness.AdditionalTexts(),
                // As a consumer with GenerateDocumentationFile: malformed XML docs are warnings (CS1570...).
                TestCompilation.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose),
                harness.Options(),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false))
            .RunGenerators(_input);
    }

    public SchemaVerdict Run(string schemaId, string text)
    {
        string path = GeneratorHarness.SchemaRoot + schemaId + ".schema.json";
        GeneratorDriver driver = _warm
            .AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(path, text)))
            .RunGeneratorsAndUpdateCompilation(_input, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        return new SchemaVerdict(
            path,
            text,
            result.Exception,
            diagnostics,
            new Lazy<IReadOnlyList<Diagnostic>>(() => TestCompilation.Problems(output)),
            result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal));
    }
}
