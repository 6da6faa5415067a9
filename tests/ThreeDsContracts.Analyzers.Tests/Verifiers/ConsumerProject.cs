using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using ThreeDsContracts.Generator;
using ThreeDsContracts.Testing.Compilation;

namespace ThreeDsContracts.Analyzers.Tests.Verifiers;

/// <summary>
/// What every analyzer and code-fix test project is: a net8.0 library (reference packs from NuGet) that
/// references ThreeDsContracts.dll, with nullable annotations on. A test that adds schemas
/// (<see cref="Schema"/>, in <c>TestState.AdditionalFiles</c>) also gets the package's built-in schemas, the
/// build properties and item metadata of the package's MSBuild targets, and ThreeDsContracts.Generator (the
/// test's source generator in analyzer tests, the workspace's in code-fix tests), so its types exist as in a
/// consumer's build.
/// </summary>
internal static class ConsumerProject
{
    private const string SchemaSuffix = ".schema.json";

    /// <summary>ThreeDsContracts.dll, holding the types of the built-in schemas.</summary>
    public static MetadataReference ThreeDsContractsReference { get; } =
        MetadataReference.CreateFromFile(typeof(ThreeDsContracts.Code<>).Assembly.Location);

    /// <summary>A schema of the consuming project (id as in <c>$ref</c>s, e.g. <c>shop/payment</c>) as an AdditionalFiles item.</summary>
    public static (string Path, string Json) Schema(string id, string json) => (GeneratorHarness.SchemaRoot + id + SchemaSuffix, json);

    /// <summary>An .editorconfig for every source of the test project.</summary>
    public static (string Path, string Text) EditorConfig(string lines) => ("/.editorconfig", "root = true\n\n[*.cs]\n" + lines.Trim() + "\n");

    /// <summary>Sets the reference assemblies and ThreeDsContracts.dll; generated sources are not compared (the generator's own tests snapshot them).</summary>
    public static void Configure<TVerifier>(AnalyzerTest<TVerifier> test)
        where TVerifier : IVerifier, new()
    {
        test.ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
        test.TestState.AdditionalReferences.Add(ThreeDsContractsReference);
        test.TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
    }

    /// <summary>The compilation options of a consumer project: nullable enabled; assembly unification notices off, as the SDK does.</summary>
    public static CompilationOptions CompilationOptions(CompilationOptions options) =>
        ((CSharpCompilationOptions)options)
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions.SetItems(new Dictionary<string, ReportDiagnostic>
            {
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            }));

    /// <summary>
    /// Microsoft.CodeAnalysis.Testing enables the rules under test with an explicit <c>Default</c> entry in the
    /// compilation's specific diagnostic options, and such an entry wins over an .editorconfig severity. The
    /// rules are on by default anyway: the entries are left out, so an .editorconfig applies as in a build.
    /// </summary>
    public static Project LeaveSeveritiesToEditorConfig(Project project, IEnumerable<DiagnosticAnalyzer> analyzers)
    {
        CompilationOptions options = project.CompilationOptions!;
        ImmutableDictionary<string, ReportDiagnostic> specific = options.SpecificDiagnosticOptions;
        foreach (DiagnosticDescriptor descriptor in analyzers.SelectMany(a => a.SupportedDiagnostics).Where(d => d.IsEnabledByDefault))
        {
            if (specific.TryGetValue(descriptor.Id, out ReportDiagnostic report) && report == ReportDiagnostic.Default)
            {
                specific = specific.Remove(descriptor.Id);
            }
        }

        return project.WithCompilationOptions(options.WithSpecificDiagnosticOptions(specific));
    }

    /// <summary>ThreeDsContracts.Generator when the test project has schemas.</summary>
    public static IEnumerable<Type> SourceGenerators(SolutionState state) =>
        state.AdditionalFiles.Any(IsSchema) ? new[] { typeof(ContractsGenerator) } : Array.Empty<Type>();

    /// <summary>
    /// Before a run: ThreeDsContracts.dll for the additional projects, and for a project with schemas the
    /// built-in schemas and the .globalconfig the package's targets would produce.
    /// </summary>
    public static void Complete(SolutionState state)
    {
        foreach (ProjectState project in state.AdditionalProjects.Values)
        {
            if (!project.AdditionalReferences.Contains(ThreeDsContractsReference))
            {
                project.AdditionalReferences.Add(ThreeDsContractsReference);
            }
        }

        List<(string filename, SourceText content)> projectSchemas = state.AdditionalFiles.Where(IsSchema).ToList();
        if (projectSchemas.Count == 0 || state.AdditionalFiles.Any(f => f.filename.StartsWith(GeneratorHarness.BuiltInRoot, StringComparison.Ordinal)))
        {
            return;
        }

        GeneratorHarness harness = new GeneratorHarness().WithBuiltInSchemas();
        foreach ((string path, SourceText json) in projectSchemas)
        {
            harness.WithSchemaAt(path, json.ToString());
        }

        state.AdditionalFiles.RemoveAll(IsSchema);
        state.AdditionalFiles.AddRange(harness.SchemaFiles().Select(f => (f.Path, SourceText.From(f.Text))));
        state.AnalyzerConfigFiles.Add(("/.globalconfig", harness.GlobalConfig()));
    }

    /// <summary>
    /// The test's sources again, without markup and marked <c>// &lt;auto-generated/&gt;</c>: the analyzer must
    /// report nothing in them. (Microsoft.CodeAnalysis.Testing leaves this check out for analyzers that configure
    /// generated-code analysis; this keeps it, as the rules promise it.) Null when the test skips the check.
    /// </summary>
    public static CSharpAnalyzerVerifier<TAnalyzer>.Test? GeneratedCodeCheck<TAnalyzer, TVerifier>(AnalyzerTest<TVerifier> test)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TVerifier : IVerifier, new()
    {
        if (test.TestBehaviors.HasFlag(TestBehaviors.SkipGeneratedCodeCheck))
        {
            return null;
        }

        var check = new CSharpAnalyzerVerifier<TAnalyzer>.Test
        {
            CompilerDiagnostics = CompilerDiagnostics.None,
            TestBehaviors = test.TestBehaviors | TestBehaviors.SkipGeneratedCodeCheck | TestBehaviors.SkipSuppressionCheck,
        };
        check.TestState.MarkupHandling = MarkupMode.None;
        foreach ((string filename, SourceText content) in test.TestState.Sources)
        {
            TestFileMarkupParser.GetPositionsAndSpans(content.ToString(), out string text, out _, out _);
            check.TestState.Sources.Add((filename, "// <auto-generated/>\n" + text));
        }

        check.TestState.AdditionalFiles.AddRange(test.TestState.AdditionalFiles);
        check.TestState.AnalyzerConfigFiles.AddRange(test.TestState.AnalyzerConfigFiles);
        return check;
    }

    private static bool IsSchema((string filename, SourceText content) file) =>
        file.filename.EndsWith(SchemaSuffix, StringComparison.OrdinalIgnoreCase);
}
