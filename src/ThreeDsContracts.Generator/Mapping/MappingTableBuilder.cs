using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ThreeDsContracts.Generator.Model;
using ThreeDsContracts.Generator.Parsing;

namespace ThreeDsContracts.Generator.Mapping;

/// <summary>
/// Builds the <see cref="MappingTable"/>: the resolved types of every schema (a project schema hides a built-in one
/// of the same id), stripped of what no mapping reads (descriptions, brand rules, eligibility, ECI tables), so that
/// editing a description leaves the table equal and no adapter is regenerated.
/// </summary>
internal static class MappingTableBuilder
{
    public static MappingTable Build(ImmutableArray<ParsedSchema> schemas, SymbolTable table, GeneratorOptions options)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var types = new List<TypeSpec>();
        foreach (ParsedSchema schema in schemas.OrderBy(s => s.Origin).ThenBy(s => s.Id, StringComparer.Ordinal).ThenBy(s => s.Path, StringComparer.Ordinal))
        {
            if (!seen.Add(schema.Id))
            {
                continue;
            }

            try
            {
                foreach (TypeSpec type in SchemaResolver.ResolveTypesForMapping(schema, table, options))
                {
                    types.Add(Strip(type));
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A schema that does not resolve is reported by the resolve step (TDS0012); links into it do not resolve (TDS0020).
            }
        }

        return new MappingTable(types.ToEquatableArray());
    }

    private static TypeSpec Strip(TypeSpec type) => type with
    {
        Description = null,
        Properties = type.Properties.Select(p => p with { Description = null, Aliases = EquatableArray<string>.Empty }).ToEquatableArray(),
        Members = type.Members.Select(m => m with { Description = null }).ToEquatableArray(),
        Eligibility = EquatableArray<EligibilitySpec>.Empty,
        BrandRules = EquatableArray<BrandRuleSpec>.Empty,
        EciOutcomes = EquatableArray<EciOutcomeSpec>.Empty,
        Canonical = type.Canonical is { } canonical
            ? canonical with
            {
                SetMembers = canonical.SetMembers.Select(m => m with { Description = null }).ToEquatableArray(),
                Versions = EquatableArray<VersionMeaningSpec>.Empty,
                EciOutcomes = EquatableArray<EciOutcomeSpec>.Empty,
                Brands = null,
                Outcomes = null,
                LiabilityShift = EquatableArray<LiabilityShiftSpec>.Empty,
            }
            : null,
    };
}
