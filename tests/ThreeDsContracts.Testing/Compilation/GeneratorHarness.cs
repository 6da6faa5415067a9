using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ThreeDsContracts.Generator;

namespace ThreeDsContracts.Testing.Compilation;

/// <summary>
/// Runs ThreeDsContracts.Generator in a CSharpGeneratorDriver the way the compiler does in a consumer:
/// schemas as AdditionalFiles with their MSBuild metadata, build properties, C# sources.
/// </summary>
public sealed class GeneratorHarness
{
    public const string ProjectDirectory = "/consumer";
    public const string SchemaRoot = ProjectDirectory + "/schemas/";
    public const string BuiltInRoot = "/package/schemas/";

    private readonly List<(string Path, string Text, string Origin, string Base)> _schemas = new();
    private readonly List<string> _sources = new();
    private readonly Dictionary<string, string> _properties = new(StringComparer.Ordinal)
    {
        ["build_property.ThreeDsContractsNamespace"] = "Consumer",
        ["build_property.ThreeDsContractsVisibility"] = "public",
        ["build_property.ThreeDsSchemaRoot"] = SchemaRoot,
        ["build_property.MSBuildProjectDirectory"] = ProjectDirectory,
    };

    /// <summary>Adds a schema of the consuming project under schemas/ (id = path without .schema.json).</summary>
    public GeneratorHarness WithSchema(string id, string json)
    {
        _schemas.Add((SchemaRoot + id + ".schema.json", json, "Project", SchemaRoot));
        return this;
    }

    /// <summary>Adds a project schema at any path (its id is computed as the build would).</summary>
    public GeneratorHarness WithSchemaAt(string path, string json)
    {
        _schemas.Add((path, json, "Project", SchemaRoot));
        return this;
    }

    /// <summary>Adds every schema of the repository as the package's built-in schemas (their types live in ThreeDsContracts.dll).</summary>
    public GeneratorHarness WithBuiltInSchemas()
    {
        foreach (string file in Directory.EnumerateFiles(RepoPaths.Schemas, "*.schema.json", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(RepoPaths.Schemas, file).Replace('\\', '/');
            _schemas.Add((BuiltInRoot + relative, File.ReadAllText(file), "BuiltIn", BuiltInRoot));
        }

        return this;
    }

    /// <summary>Adds every schema of the repository as project schemas (as the runtime library builds itself).</summary>
    public GeneratorHarness WithRepositorySchemasAsProject(Func<string, bool>? filter = null)
    {
        foreach (string file in Directory.EnumerateFiles(RepoPaths.Schemas, "*.schema.json", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(RepoPaths.Schemas, file).Replace('\\', '/');
            if (filter is null || filter(relative.Substring(0, relative.Length - ".schema.json".Length)))
            {
                _schemas.Add((SchemaRoot + relative, File.ReadAllText(file), "Project", SchemaRoot));
            }
        }

        return this;
    }

    public GeneratorHarness WithSource(string source)
    {
        _sources.Add(source);
        return this;
    }

    /// <summary>Sets an MSBuild property visible to the generator (name without build_property.).</summary>
    public GeneratorHarness WithProperty(string name, string value)
    {
        _properties["build_property." + name] = value;
        return this;
    }

    /// <summary>The schemas as AdditionalFiles (path, text), for a test framework that builds the project itself.</summary>
    public IReadOnlyList<(string Path, string Text)> SchemaFiles() =>
        _schemas.Select(s => (s.Path, s.Text)).ToList();

    /// <summary>
    /// The build properties and each schema's item metadata as a .globalconfig, the way the package's MSBuild
    /// targets hand them to the compiler (CompilerVisibleProperty and CompilerVisibleItemMetadata).
    /// </summary>
    public string GlobalConfig()
    {
        var builder = new System.Text.StringBuilder("is_global = true\n");
        foreach (KeyValuePair<string, string> property in _properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            builder.Append(property.Key).Append(" = ").Append(property.Value).Append('\n');
        }

        foreach ((string path, _, string origin, string basePath) in _schemas)
        {
            builder.Append("\n[").Append(path).Append("]\n")
                .Append("build_metadata.AdditionalFiles.ThreeDsSchemaOrigin = ").Append(origin).Append('\n')
                .Append("build_metadata.AdditionalFiles.ThreeDsSchemaBase = ").Append(basePath).Append('\n');
        }

        return builder.ToString();
    }

    public IReadOnlyList<AdditionalText> AdditionalTexts() =>
        _schemas.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).ToList();

    public TestOptionsProvider Options() => new(
        _properties,
        _schemas.ToDictionary(
            s => s.Path,
            s => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
            {
                ["build_metadata.AdditionalFiles.ThreeDsSchemaOrigin"] = s.Origin,
                ["build_metadata.AdditionalFiles.ThreeDsSchemaBase"] = s.Base,
            }));

    /// <summary>Runs the generator once (steps tracked).</summary>
    public GeneratorRun Run(string assemblyName = "Consumer", IEnumerable<MetadataReference>? extraReferences = null)
    {
        CSharpCompilation compilation = TestCompilation.Create(_sources, assemblyName, extraReferences);
        IReadOnlyList<AdditionalText> texts = AdditionalTexts();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new ContractsGenerator().AsSourceGenerator() },
            texts,
            TestCompilation.ParseOptions,
            Options(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Microsoft.CodeAnalysis.Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        return new GeneratorRun(driver, compilation, output, diagnostics, texts);
    }
}

/// <summary>The outcome of a generator run, and the means to run it again after an edit.</summary>
public sealed class GeneratorRun
{
    private readonly IReadOnlyList<AdditionalText> _texts;

    public GeneratorRun(GeneratorDriver driver, CSharpCompilation input, Microsoft.CodeAnalysis.Compilation output, ImmutableArray<Diagnostic> diagnostics, IReadOnlyList<AdditionalText> texts)
    {
        _texts = texts;
        Driver = driver;
        Input = input;
        Output = output;
        GeneratorDiagnostics = diagnostics;
    }

    public GeneratorDriver Driver { get; }

    public CSharpCompilation Input { get; }

    public Microsoft.CodeAnalysis.Compilation Output { get; }

    /// <summary>Diagnostics reported by the generator (TDS0xxx) and any generator failure (CS8784/CS8785).</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    public GeneratorRunResult Result => Driver.GetRunResult().Results.Single();

    /// <summary>Generated sources by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources => Result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    /// <summary>Errors and warnings of the compilation with the generated code.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems => TestCompilation.Problems(Output);

    /// <summary>Throws unless the generator ran without exception and its output compiles without warnings.</summary>
    public GeneratorRun AssertCompiles()
    {
        if (Result.Exception is not null)
        {
            throw new InvalidOperationException("The generator threw: " + Result.Exception);
        }

        var problems = CompilationProblems;
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The generated code does not compile cleanly:\n" + string.Join("\n", problems.Take(30)));
        }

        return this;
    }

    /// <summary>Replaces a schema's text and runs again.</summary>
    public GeneratorRun WithSchemaEdited(string pathSuffix, Func<string, string> edit)
    {
        AdditionalText old = _texts.Single(t => t.Path.EndsWith(pathSuffix, StringComparison.Ordinal));
        var replacement = new InMemoryAdditionalText(old.Path, edit(old.GetText()!.ToString()));
        GeneratorDriver driver = Driver.ReplaceAdditionalText(old, replacement).RunGeneratorsAndUpdateCompilation(Input, out Microsoft.CodeAnalysis.Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        return new GeneratorRun(driver, Input, output, diagnostics, _texts.Select(t => ReferenceEquals(t, old) ? replacement : t).ToList());
    }

    /// <summary>Adds an unrelated C# file and runs again.</summary>
    public GeneratorRun WithSourceAdded(string source)
    {
        CSharpCompilation input = Input.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions, path: "Added" + Input.SyntaxTrees.Count() + ".cs"));
        GeneratorDriver driver = Driver.RunGeneratorsAndUpdateCompilation(input, out Microsoft.CodeAnalysis.Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        return new GeneratorRun(driver, input, output, diagnostics, _texts);
    }

    /// <summary>Runs again on a clone of the same compilation (nothing changed).</summary>
    public GeneratorRun Rerun()
    {
        CSharpCompilation input = Input.Clone();
        GeneratorDriver driver = Driver.RunGeneratorsAndUpdateCompilation(input, out Microsoft.CodeAnalysis.Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        return new GeneratorRun(driver, input, output, diagnostics, _texts);
    }
}
