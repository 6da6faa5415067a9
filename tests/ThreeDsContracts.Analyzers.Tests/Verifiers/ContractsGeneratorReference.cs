using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ThreeDsContracts.Generator;

namespace ThreeDsContracts.Analyzers.Tests.Verifiers;

/// <summary>
/// ThreeDsContracts.Generator as an analyzer reference of a workspace project, so the workspace runs it as an
/// IDE does: the documents a code fix edits see the generated types. (Microsoft.CodeAnalysis.Testing 1.1.4
/// adds a test's source generators' output only to the compilation it analyses, which a code fix never sees.)
/// </summary>
internal sealed class ContractsGeneratorReference : AnalyzerReference
{
    public static ContractsGeneratorReference Instance { get; } = new();

    // One instance: the workspace keys its generator state by the generator object.
    private readonly ImmutableArray<ISourceGenerator> _generators = ImmutableArray.Create(new ContractsGenerator().AsSourceGenerator());

    public override string? FullPath => null;

    public override object Id => typeof(ContractsGenerator).FullName!;

    public override string Display => "ThreeDsContracts.Generator";

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => ImmutableArray<DiagnosticAnalyzer>.Empty;

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => ImmutableArray<DiagnosticAnalyzer>.Empty;

#pragma warning disable CS0618 // GetGeneratorsForAllLanguages is obsolete in favour of GetGenerators(language); the workspace calls either.
    public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => GetGenerators(LanguageNames.CSharp);
#pragma warning restore CS0618

    public override ImmutableArray<ISourceGenerator> GetGenerators(string language) =>
        language == LanguageNames.CSharp ? _generators : ImmutableArray<ISourceGenerator>.Empty;

    /// <summary>Adds the generator to a project that has schemas among its additional documents.</summary>
    public static Solution AddTo(Solution solution, ProjectId projectId)
    {
        Project project = solution.GetProject(projectId)!;
        bool hasSchemas = project.AdditionalDocuments.Any(d => d.FilePath?.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase) == true);
        return hasSchemas && !project.AnalyzerReferences.Contains(Instance) ? solution.AddAnalyzerReference(projectId, Instance) : solution;
    }
}
