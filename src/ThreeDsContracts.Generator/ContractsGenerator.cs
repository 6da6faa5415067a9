using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ThreeDsContracts.Generator.Diagnostics;
using ThreeDsContracts.Generator.Emitting;
using ThreeDsContracts.Generator.Mapping;
using ThreeDsContracts.Generator.Model;
using ThreeDsContracts.Generator.Parsing;

namespace ThreeDsContracts.Generator;

/// <summary>
/// Generates typed 3DS contracts from the *.schema.json AdditionalFiles of a project.
/// Pipeline: SchemaFiles → ParsedSchemas (per file) → SymbolTable (exports of all files) →
/// ResolvedSchemas (per file) → SchemaOutputs → source; diagnostics travel on their own outputs.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ContractsGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<SchemaFile> files = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(SchemaIds.Suffix, StringComparison.OrdinalIgnoreCase))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => ReadFile(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(GeneratorStepNames.SchemaFiles);

        IncrementalValueProvider<GeneratorOptions> options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ReadOptions(provider.GlobalOptions))
            .WithTrackingName(GeneratorStepNames.Options);

        IncrementalValuesProvider<ParsedSchema> parsed = files
            .Select(static (file, cancellationToken) => SchemaParser.Parse(file, cancellationToken))
            .WithTrackingName(GeneratorStepNames.ParsedSchemas);

        IncrementalValueProvider<ImmutableArray<ParsedSchema>> allParsed = parsed.Collect();
        IncrementalValueProvider<SymbolTable> table = allParsed
            .Select(static (schemas, _) => SchemaResolver.BuildTable(schemas))
            .WithTrackingName(GeneratorStepNames.SymbolTable);

        IncrementalValuesProvider<ResolvedSchema> resolved = parsed
            .Combine(table)
            .Combine(options)
            .Select(static (pair, _) => SchemaResolver.Resolve(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(GeneratorStepNames.ResolvedSchemas);

        IncrementalValuesProvider<SchemaOutput> outputs = resolved
            .Where(static r => r.Output is not null)
            .Select(static (r, _) => r.Output!)
            .WithTrackingName(GeneratorStepNames.SchemaOutputs);

        IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> diagnostics = resolved
            .Select(static (r, _) => r.Diagnostics)
            .WithTrackingName(GeneratorStepNames.SchemaDiagnostics);

        // ThreeDsSchemaLoadCheck=false turns the NJsonSchema check off (e.g. in the IDE of a large solution, with
        // `threeds generate --schemas` in CI instead); a per-file step either way, so one edit reruns one check.
        IncrementalValueProvider<bool> loadCheckEnabled = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => !(provider.GlobalOptions.TryGetValue("build_property.ThreeDsSchemaLoadCheck", out string? value)
                && string.Equals(value?.Trim(), "false", StringComparison.OrdinalIgnoreCase)));

        IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> loadChecks = files
            .Combine(loadCheckEnabled)
            .Select(static (pair, cancellationToken) => pair.Right ? JsonSchemaLoadCheck.Check(pair.Left, cancellationToken) : EquatableArray<DiagnosticInfo>.Empty)
            .WithTrackingName(GeneratorStepNames.LoadChecks);

        IncrementalValueProvider<EquatableArray<DiagnosticInfo>> duplicates = files.Collect()
            .Select(static (all, _) => FindDuplicateIds(all));

        IncrementalValuesProvider<ContextSpec> contexts = outputs
            .Select(static (o, _) => new SchemaOutput(o.SchemaId, o.HintName, o.Namespace, o.IsPublic, o.Types.Select(t => t with
            {
                Properties = EquatableArray<PropertySpec>.Empty,
                Members = EquatableArray<EnumMemberSpec>.Empty,
                Description = null,
                BrandRules = EquatableArray<BrandRuleSpec>.Empty,
                Eligibility = EquatableArray<EligibilitySpec>.Empty,
                Canonical = null,
                EciOutcomes = EquatableArray<EciOutcomeSpec>.Empty,
            }).ToEquatableArray()))
            .Collect()
            .SelectMany(static (all, _) => ContextEmitter.Plan(all).ToImmutableArray())
            .WithTrackingName(GeneratorStepNames.Contexts);

        AdapterPipeline.Register(context, files, allParsed, table, options, outputs);
        context.RegisterSourceOutput(outputs, static (spc, output) =>
            spc.AddSource(output.HintName + ".g.cs", SourceText.From(ContractEmitter.Emit(output), Encoding.UTF8)));
        context.RegisterSourceOutput(contexts, static (spc, spec) =>
            spc.AddSource(spec.Namespace + "." + spec.Name + ".g.cs", SourceText.From(ContextEmitter.Emit(spec), Encoding.UTF8)));
        context.RegisterSourceOutput(diagnostics, static (spc, list) => Report(spc, list));
        context.RegisterSourceOutput(loadChecks, static (spc, list) => Report(spc, list));
        context.RegisterSourceOutput(duplicates, static (spc, list) => Report(spc, list));
    }

    internal static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (DiagnosticInfo diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    private static SchemaFile ReadFile(AdditionalText text, AnalyzerConfigOptionsProvider provider, System.Threading.CancellationToken cancellationToken)
    {
        AnalyzerConfigOptions fileOptions = provider.GetOptions(text);
        fileOptions.TryGetValue("build_metadata.AdditionalFiles.ThreeDsSchemaOrigin", out string? origin);
        fileOptions.TryGetValue("build_metadata.AdditionalFiles.ThreeDsSchemaBase", out string? basePath);
        provider.GlobalOptions.TryGetValue("build_property.ThreeDsSchemaRoot", out string? root);
        provider.GlobalOptions.TryGetValue("build_property.MSBuildProjectDirectory", out string? projectDirectory);
        string id = SchemaIds.FromPath(text.Path, string.IsNullOrWhiteSpace(basePath) ? root : basePath, projectDirectory);
        string content = text.GetText(cancellationToken)?.ToString() ?? string.Empty;
        SchemaOrigin schemaOrigin = string.Equals(origin, "BuiltIn", StringComparison.OrdinalIgnoreCase) ? SchemaOrigin.BuiltIn : SchemaOrigin.Project;
        return new SchemaFile(id, text.Path, schemaOrigin, content);
    }

    private static GeneratorOptions ReadOptions(AnalyzerConfigOptions options)
    {
        string rootNamespace = GeneratorOptions.Default.RootNamespace;
        if (options.TryGetValue("build_property.ThreeDsContractsNamespace", out string? ns) && !string.IsNullOrWhiteSpace(ns))
        {
            rootNamespace = ns.Trim();
        }
        else if (options.TryGetValue("build_property.RootNamespace", out string? root) && !string.IsNullOrWhiteSpace(root))
        {
            rootNamespace = root.Trim();
        }

        if (!rootNamespace.Split('.').All(Naming.IsValidIdentifier))
        {
            rootNamespace = GeneratorOptions.Default.RootNamespace;
        }

        bool isPublic = options.TryGetValue("build_property.ThreeDsContractsVisibility", out string? visibility)
            && string.Equals(visibility?.Trim(), "public", StringComparison.OrdinalIgnoreCase);
        var include = new List<string>();
        if (options.TryGetValue("build_property.ThreeDsContractsInclude", out string? includeText) && !string.IsNullOrWhiteSpace(includeText))
        {
            include.AddRange(includeText.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length > 0));
        }

        return new GeneratorOptions(rootNamespace, isPublic, include.ToEquatableArray());
    }

    private static EquatableArray<DiagnosticInfo> FindDuplicateIds(ImmutableArray<SchemaFile> files)
    {
        var result = new List<DiagnosticInfo>();
        foreach (IGrouping<(string, SchemaOrigin), SchemaFile> group in files.GroupBy(f => (f.Id, f.Origin)))
        {
            SchemaFile[] sorted = group.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
            for (int i = 1; i < sorted.Length; i++)
            {
                if (sorted[i].Origin == SchemaOrigin.Project)
                {
                    result.Add(new LineMap(sorted[i].Text).Create(DiagnosticDescriptors.DuplicateSchemaId.Id, sorted[i].Path, 1, 1, new[] { sorted[i].Id, sorted[0].Path, sorted[i].Path }));
                }
            }
        }

        foreach (SchemaFile file in files.Where(f => f.Origin == SchemaOrigin.Project))
        {
            if (files.Any(f => f.Origin == SchemaOrigin.BuiltIn && f.Id == file.Id))
            {
                result.Add(new LineMap(file.Text).Create(DiagnosticDescriptors.BuiltInOverridden.Id, file.Path, 1, 1, new[] { file.Id }));
            }
        }

        return result.ToEquatableArray();
    }
}
