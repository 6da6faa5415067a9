using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ThreeDsContracts.Cli.Schemas;
using ThreeDsContracts.Generator;

namespace ThreeDsContracts.Cli.Generation;

/// <summary>One generated file.</summary>
internal sealed record GeneratedFile(string HintName, string Text);

/// <summary>A generator diagnostic, with the real schema file.</summary>
internal sealed record GeneratorMessage(string Id, string Severity, string File, int Line, int Column, string Message);

/// <summary>What the generator produced.</summary>
internal sealed record GenerationResult(IReadOnlyList<GeneratedFile> Files, IReadOnlyList<GeneratorMessage> Diagnostics, string? Failure)
{
    public bool HasErrors => Failure is not null || Diagnostics.Any(d => d.Severity == "error");
}

/// <summary>
/// Runs the real source generator (<see cref="ContractsGenerator"/>) in-process through a
/// <see cref="CSharpGeneratorDriver"/>, with the schema files as AdditionalFiles and the MSBuild properties a
/// project would give it. Without <c>--schemas</c> every schema is a project schema (what the runtime library
/// compiles); with it, the schemas of those folders are the project's and the built-in ones are offered for
/// <c>$ref</c> only, as in a consuming project.
/// </summary>
internal static class CodeGenerator
{
    private const string ProjectRoot = "/threeds/project/schemas/";
    private const string BuiltInRoot = "/threeds/package/schemas/";

    public static GenerationResult Run(SchemaSet set, bool projectSchemasOnly, string rootNamespace, bool isPublic)
    {
        var texts = new List<AdditionalText>();
        var metadata = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var realPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (SchemaDocument document in set.Documents)
        {
            bool project = !projectSchemasOnly || document.Origin != "built-in";
            string root = project ? ProjectRoot : BuiltInRoot;
            string path = root + document.Id + SchemaSet.Suffix;
            texts.Add(new MemoryText(path, document.Text));
            realPaths[path] = document.Path;
            metadata[path] = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["build_metadata.AdditionalFiles.ThreeDsSchemaOrigin"] = project ? "Project" : "BuiltIn",
                ["build_metadata.AdditionalFiles.ThreeDsSchemaBase"] = root,
            };
        }

        var global = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["build_property.ThreeDsContractsNamespace"] = rootNamespace,
            ["build_property.ThreeDsContractsVisibility"] = isPublic ? "public" : "internal",
            ["build_property.ThreeDsSchemaRoot"] = ProjectRoot,
            ["build_property.MSBuildProjectDirectory"] = "/threeds/project",
        };

        CSharpCompilation compilation = CSharpCompilation.Create(
            "ThreeDsContracts.Generated",
            Array.Empty<SyntaxTree>(),
            Array.Empty<MetadataReference>(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new ContractsGenerator().AsSourceGenerator() },
            texts,
            new CSharpParseOptions(LanguageVersion.Latest),
            new OptionsProvider(global, metadata));
        driver = driver.RunGenerators(compilation, CancellationToken.None);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        IReadOnlyList<GeneratedFile> files = result.GeneratedSources
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => new GeneratedFile(s.HintName, s.SourceText.ToString()))
            .ToList();
        IReadOnlyList<GeneratorMessage> diagnostics = result.Diagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => ToMessage(d, realPaths))
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ToList();
        string? failure = result.Exception is null ? null : "the generator failed with " + result.Exception.GetType().Name + ": " + result.Exception.Message;
        return new GenerationResult(files, diagnostics, failure);
    }

    private static GeneratorMessage ToMessage(Diagnostic diagnostic, IReadOnlyDictionary<string, string> realPaths)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        string file = span.Path is { Length: > 0 } path && realPaths.TryGetValue(path, out string? real) ? real : span.Path ?? string.Empty;
        return new GeneratorMessage(
            diagnostic.Id,
            diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning",
            file,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    private sealed class MemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public MemoryText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, System.Text.Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _perFile;

        public OptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> perFile)
        {
            GlobalOptions = new Options(global);
            _perFile = perFile;
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            _perFile.TryGetValue(textFile.Path, out IReadOnlyDictionary<string, string>? values) ? new Options(values) : Options.Empty;
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

        private readonly IReadOnlyDictionary<string, string> _values;

        public Options(IReadOnlyDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => _values.Keys;
    }
}
