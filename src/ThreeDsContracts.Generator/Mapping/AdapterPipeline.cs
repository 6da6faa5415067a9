using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ThreeDsContracts.Generator.Diagnostics;
using ThreeDsContracts.Generator.Emitting;
using ThreeDsContracts.Generator.Model;
using ThreeDsContracts.Generator.Parsing;

namespace ThreeDsContracts.Generator.Mapping;

/// <summary>
/// The adapter steps of the generator: x-canonical-field links → <see cref="MappingTable"/> (every schema's types) →
/// <see cref="AdapterBuilder"/> per schema (specs without locations, and findings) → <see cref="AdapterEmitter"/>;
/// the findings are put on their link's line by the link sites of the file (<see cref="LinkSiteScanner"/>), in a
/// step of their own, so a moved line reports anew without regenerating source.
/// </summary>
internal static class AdapterPipeline
{
    public static void Register(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<SchemaFile> files,
        IncrementalValueProvider<ImmutableArray<ParsedSchema>> allParsed,
        IncrementalValueProvider<SymbolTable> table,
        IncrementalValueProvider<GeneratorOptions> options,
        IncrementalValuesProvider<SchemaOutput> outputs)
    {
        IncrementalValueProvider<MappingTable> mappingTable = allParsed
            .Combine(table)
            .Combine(options)
            .Select(static (pair, _) => MappingTableBuilder.Build(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(GeneratorStepNames.MappingTable);

        IncrementalValuesProvider<SchemaLinkSites> sites = files
            .Select(static (file, cancellationToken) => LinkSiteScanner.Scan(file, cancellationToken))
            .WithTrackingName(GeneratorStepNames.LinkSites);

        // Provider names only (no locations), so that moving a line does not rebuild any adapter.
        IncrementalValueProvider<EquatableArray<ProviderName>> providerNames = sites
            .Where(static s => s.ProviderName is not null)
            .Select(static (s, _) => new ProviderName(s.SchemaId, s.Origin, s.ProviderName!))
            .Collect()
            .Select(static (all, _) => all.OrderBy(p => p.Origin).ThenBy(p => p.SchemaId, StringComparer.Ordinal).ToEquatableArray());

        // The x-canonical-values tables of every file (links of nested types of other files need theirs), no locations.
        IncrementalValueProvider<EquatableArray<LinkValueTable>> valueTables = sites
            .Select(static (s, _) => s.Sites.Where(site => site.Values is not null).Select(site => site.Values!).ToEquatableArray())
            .Collect()
            .Select(static (all, _) => all.SelectMany(t => t).OrderBy(t => t.SchemaId, StringComparer.Ordinal).ThenBy(t => t.PropertyWireName, StringComparer.Ordinal).ToEquatableArray());

        IncrementalValueProvider<EquatableArray<NotCarriedTable>> notCarried = sites
            .Select(static (s, _) => s.NotCarried)
            .Collect()
            .Select(static (all, _) => all.SelectMany(t => t).OrderBy(t => t.SchemaId, StringComparer.Ordinal).ThenBy(t => t.TypeName, StringComparer.Ordinal).ToEquatableArray());

        IncrementalValuesProvider<AdapterBuild> builds = outputs
            .Combine(mappingTable)
            .Combine(providerNames)
            .Combine(valueTables)
            .Combine(notCarried)
            .Select(static (pair, _) => Build(pair.Left.Left.Left.Left, pair.Left.Left.Left.Right, pair.Left.Left.Right, pair.Left.Right, pair.Right))
            .WithTrackingName(GeneratorStepNames.AdapterBuilds);

        IncrementalValuesProvider<AdapterOutput> adapterOutputs = builds
            .Where(static b => b.Output is not null)
            .Select(static (b, _) => b.Output!)
            .WithTrackingName(GeneratorStepNames.AdapterOutputs);

        IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> diagnostics = builds
            .Where(static b => b.Issues.Count > 0)
            .Select(static (b, _) => b.Issues)
            .Combine(sites.Collect())
            .Select(static (pair, _) => Locate(pair.Left, pair.Right))
            .WithTrackingName(GeneratorStepNames.MappingDiagnostics);

        context.RegisterSourceOutput(adapterOutputs, static (spc, output) =>
            spc.AddSource(output.HintName + ".g.cs", SourceText.From(AdapterEmitter.Emit(output), Encoding.UTF8)));
        context.RegisterSourceOutput(diagnostics, static (spc, list) => ContractsGenerator.Report(spc, list));
    }

    private static AdapterBuild Build(SchemaOutput output, MappingTable table, EquatableArray<ProviderName> names, EquatableArray<LinkValueTable> valueTables, EquatableArray<NotCarriedTable> notCarried)
    {
        try
        {
            string? name = names.FirstOrDefault(n => n.SchemaId == output.SchemaId)?.Name;
            return AdapterBuilder.Build(output, table, name, valueTables.AsImmutableArray(), notCarried.Where(t => t.SchemaId == output.SchemaId).ToList());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A failure becomes a finding on the schema (TDS0012), never a generator exception.
            return new AdapterBuild(null, new[]
            {
                new MappingIssue(DiagnosticDescriptors.InternalError.Id, output.SchemaId, string.Empty, null, new[] { output.SchemaId, "adapters: " + exception.GetType().Name }.ToEquatableArray()),
            }.ToEquatableArray());
        }
    }

    /// <summary>Each finding on the line of its link (the first site of the property and link text), else on the file.</summary>
    private static EquatableArray<DiagnosticInfo> Locate(EquatableArray<MappingIssue> issues, ImmutableArray<SchemaLinkSites> sites)
    {
        var result = new List<DiagnosticInfo>();
        foreach (MappingIssue issue in issues)
        {
            SchemaLinkSites? file = sites.Where(s => s.SchemaId == issue.SchemaId).OrderBy(s => s.Origin).FirstOrDefault();
            if (file is null)
            {
                continue;
            }

            LinkSite? site = file.Sites.FirstOrDefault(s => s.PropertyWireName == issue.PropertyWireName && s.Link == issue.Link);
            DiagnosticInfo at = site?.Location ?? file.FileLocation;
            result.Add(at with { DescriptorId = issue.DescriptorId, Arguments = issue.Arguments });
        }

        return result.ToEquatableArray();
    }

    private sealed record ProviderName(string SchemaId, SchemaOrigin Origin, string Name);
}
