using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ThreeDsContracts.Analyzers.Core;

/// <summary>
/// The ThreeDsContracts metadata types of one compilation, resolved once at compilation start, and the
/// metadata read from generated types (wire names, brand rules, code-list tables), cached per type.
/// </summary>
internal sealed class ContractSymbols
{
    private readonly ConcurrentDictionary<ITypeSymbol, ObjectShape?> _shapes = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, CodeList?> _codeLists = new(SymbolEqualityComparer.Default);

    /// <summary>Per payload type: whether it can hold an ECI code list at any depth (see <see cref="PayloadConstants"/>).</summary>
    public ConcurrentDictionary<ITypeSymbol, bool> MayHoldEci { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>Per payload type: whether it can hold an exemption code list (with brand eligibility) at any depth.</summary>
    public ConcurrentDictionary<ITypeSymbol, bool> MayHoldExemption { get; } = new(SymbolEqualityComparer.Default);

    private ContractSymbols(Compilation compilation, INamedTypeSymbol brandRule)
    {
        BrandRuleAttribute = brandRule;
        BrandEligibilityAttribute = compilation.GetTypeByMetadataName("ThreeDsContracts.Metadata.BrandEligibilityAttribute");
        WireValueAttribute = compilation.GetTypeByMetadataName("ThreeDsContracts.Metadata.WireValueAttribute");
        CardBrandAttribute = compilation.GetTypeByMetadataName("ThreeDsContracts.Metadata.ThreeDsCardBrandAttribute");
        SchemaAttribute = compilation.GetTypeByMetadataName("ThreeDsContracts.Metadata.ThreeDsSchemaAttribute");
        EciOutcomeAttribute = compilation.GetTypeByMetadataName("ThreeDsContracts.Metadata.EciOutcomeAttribute");
        CanonicalMapAttribute = compilation.GetTypeByMetadataName("ThreeDsContracts.Metadata.CanonicalMapAttribute");
        JsonPropertyNameAttribute = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonPropertyNameAttribute");
        EncodedJson = compilation.GetTypeByMetadataName("ThreeDsContracts.EncodedJson`1");
        Code = compilation.GetTypeByMetadataName("ThreeDsContracts.Code`1");
    }

    public INamedTypeSymbol BrandRuleAttribute { get; }

    public INamedTypeSymbol? BrandEligibilityAttribute { get; }

    public INamedTypeSymbol? WireValueAttribute { get; }

    public INamedTypeSymbol? CardBrandAttribute { get; }

    public INamedTypeSymbol? SchemaAttribute { get; }

    public INamedTypeSymbol? EciOutcomeAttribute { get; }

    public INamedTypeSymbol? CanonicalMapAttribute { get; }

    public INamedTypeSymbol? JsonPropertyNameAttribute { get; }

    public INamedTypeSymbol? EncodedJson { get; }

    public INamedTypeSymbol? Code { get; }

    /// <summary>Resolves the metadata types; null when the compilation does not reference ThreeDsContracts.</summary>
    /// <remarks>
    /// One instance per compilation, shared by every analyzer of the package: the shapes and code lists read
    /// from the generated types are built once, not once per analyzer.
    /// </remarks>
    public static ContractSymbols? TryCreate(Compilation compilation) =>
        PerCompilation.GetValue(compilation, static c => new Holder(Create(c))).Symbols;

    private static ContractSymbols? Create(Compilation compilation)
    {
        INamedTypeSymbol? brandRule = compilation.GetTypeByMetadataName("ThreeDsContracts.Metadata.BrandRuleAttribute");
        return brandRule is null ? null : new ContractSymbols(compilation, brandRule);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, Holder> PerCompilation = new();

    private sealed class Holder
    {
        public Holder(ContractSymbols? symbols) => Symbols = symbols;

        public ContractSymbols? Symbols { get; }
    }

    /// <summary>
    /// The wire shape of a payload type: a type generated from a schema (or annotated with brand rules, or with
    /// [JsonPropertyName] properties). Null for any other type.
    /// </summary>
    public ObjectShape? GetShape(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named || named.TypeKind is not (TypeKind.Class or TypeKind.Struct) || named.SpecialType != SpecialType.None)
        {
            return null;
        }

        return _shapes.GetOrAdd(named, t => CreateShape((INamedTypeSymbol)t));
    }

    /// <summary>The code-list metadata of a generated enum (wire values, eligibility, ECI and canonical tables).</summary>
    public CodeList? GetCodeList(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } named)
        {
            return null;
        }

        return _codeLists.GetOrAdd(named, t => CreateCodeList((INamedTypeSymbol)t));
    }

    /// <summary>Strips <c>Nullable&lt;T&gt;</c>, <c>Code&lt;T&gt;</c> and <c>EncodedJson&lt;T&gt;</c>.</summary>
    public ITypeSymbol? Unwrap(ITypeSymbol? type)
    {
        for (int i = 0; i < 3 && type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic; i++)
        {
            INamedTypeSymbol definition = generic.OriginalDefinition;
            if (definition.SpecialType == SpecialType.System_Nullable_T
                || SymbolEqualityComparer.Default.Equals(definition, Code)
                || SymbolEqualityComparer.Default.Equals(definition, EncodedJson))
            {
                type = generic.TypeArguments[0];
            }
            else
            {
                break;
            }
        }

        return type;
    }

    /// <summary>The item type of an array or a generic collection (<c>IReadOnlyList&lt;T&gt;</c>, <c>List&lt;T&gt;</c>), or null.</summary>
    public static ITypeSymbol? ItemType(ITypeSymbol? type) => type switch
    {
        IArrayTypeSymbol array => array.ElementType,
        INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named => named.TypeArguments[0],
        _ => null,
    };

    /// <summary>True when the type is <c>EncodedJson&lt;T&gt;</c>.</summary>
    public bool IsEncodedJson(ITypeSymbol? type) =>
        type is INamedTypeSymbol { IsGenericType: true } named && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, EncodedJson);

    /// <summary>The canonical brand id a brand enum member stands for, or null.</summary>
    public string? BrandIdOf(IFieldSymbol member)
    {
        CodeList? list = GetCodeList(member.ContainingType);
        if (list is null || !list.IsBrandList || !list.WireValues.TryGetValue(member.Name, out string? wire))
        {
            return null;
        }

        if (list.CanonicalSet is null)
        {
            return wire;
        }

        return list.CanonicalMap.TryGetValue(wire, out string? canonical) && canonical.Length > 0 ? canonical : null;
    }

    private ObjectShape? CreateShape(INamedTypeSymbol type)
    {
        var rules = ImmutableArray.CreateBuilder<RuleInfo>();
        bool generated = false;
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, BrandRuleAttribute))
            {
                generated = true;
                RuleInfo? rule = RuleInfo.TryCreate(attribute);
                if (rule is not null)
                {
                    rules.Add(rule);
                }
            }
            else if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, SchemaAttribute))
            {
                generated = true;
            }
        }

        var byWire = new Dictionary<string, IPropertySymbol>(StringComparer.Ordinal);
        var wireOf = new Dictionary<IPropertySymbol, string>(SymbolEqualityComparer.Default);
        bool anyJsonName = false;
        foreach (ISymbol member in type.GetMembers())
        {
            if (member is not IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public } property)
            {
                continue;
            }

            string? wire = null;
            foreach (AttributeData attribute in property.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, JsonPropertyNameAttribute)
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is string name)
                {
                    wire = name;
                    anyJsonName = true;
                }
            }

            wire ??= property.Name;
            if (!byWire.ContainsKey(wire))
            {
                byWire.Add(wire, property);
                wireOf[property] = wire;
            }
        }

        return generated || anyJsonName ? new ObjectShape(type, byWire, wireOf, rules.ToImmutable()) : null;
    }

    private CodeList? CreateCodeList(INamedTypeSymbol type)
    {
        var wires = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ISymbol member in type.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field)
            {
                foreach (AttributeData attribute in field.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, WireValueAttribute)
                        && attribute.ConstructorArguments.Length == 1
                        && attribute.ConstructorArguments[0].Value is string wire)
                    {
                        wires[field.Name] = wire;
                    }
                }
            }
        }

        if (wires.Count == 0)
        {
            return null;
        }

        var eligibility = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        var eciOutcomes = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        var canonicalMap = new Dictionary<string, string>(StringComparer.Ordinal);
        INamedTypeSymbol? canonicalSet = null;
        string? schemaId = null;
        foreach (AttributeData attribute in type.GetAttributes())
        {
            ImmutableArray<TypedConstant> args = attribute.ConstructorArguments;
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, BrandEligibilityAttribute))
            {
                if (args.Length == 2 && args[0].Value is string wire && args[1].Kind == TypedConstantKind.Array && !args[1].IsNull)
                {
                    eligibility[wire] = args[1].Values.Select(v => v.Value as string).Where(v => v is not null).Select(v => v!).ToImmutableArray();
                }
            }
            else if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, EciOutcomeAttribute))
            {
                if (args.Length == 3 && args[0].Value is string brand && args[1].Value is string eci && args[2].Value is string outcome)
                {
                    if (!eciOutcomes.TryGetValue(brand, out Dictionary<string, string>? table))
                    {
                        eciOutcomes.Add(brand, table = new Dictionary<string, string>(StringComparer.Ordinal));
                    }

                    table[eci] = outcome;
                }
            }
            else if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, CanonicalMapAttribute))
            {
                if (args.Length == 2 && args[0].Value is INamedTypeSymbol set && args[1].Kind == TypedConstantKind.Array && !args[1].IsNull)
                {
                    canonicalSet = set;
                    foreach (TypedConstant entry in args[1].Values)
                    {
                        if (entry.Value is string text && text.IndexOf('=') is int eq && eq >= 0)
                        {
                            canonicalMap[text.Substring(0, eq)] = text.Substring(eq + 1);
                        }
                    }
                }
            }
            else if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, SchemaAttribute))
            {
                schemaId = args.Length >= 1 ? args[0].Value as string : null;
            }
        }

        bool isBrandList = schemaId == "canonical/card-brand";
        CodeList? set2 = null;
        if (canonicalSet is not null && !SymbolEqualityComparer.Default.Equals(canonicalSet, type))
        {
            set2 = GetCodeList(canonicalSet);
            isBrandList |= set2?.SchemaId == "canonical/card-brand";
        }

        return new CodeList(type, schemaId, wires, eligibility, eciOutcomes, canonicalSet is null ? null : set2, canonicalMap, isBrandList);
    }
}

/// <summary>The properties of a payload type by wire name, and its brand rules.</summary>
internal sealed class ObjectShape
{
    public ObjectShape(INamedTypeSymbol type, Dictionary<string, IPropertySymbol> byWire, Dictionary<IPropertySymbol, string> wireOf, ImmutableArray<RuleInfo> rules)
    {
        Type = type;
        ByWire = byWire;
        WireOf = wireOf;
        Rules = rules;
    }

    public INamedTypeSymbol Type { get; }

    public Dictionary<string, IPropertySymbol> ByWire { get; }

    public Dictionary<IPropertySymbol, string> WireOf { get; }

    public ImmutableArray<RuleInfo> Rules { get; }

    public string? WireName(IPropertySymbol property) =>
        WireOf.TryGetValue(property, out string? wire) ? wire : WireOf.TryGetValue(property.OriginalDefinition, out wire) ? wire : null;
}

/// <summary>The metadata of a generated code list.</summary>
internal sealed class CodeList
{
    public CodeList(
        INamedTypeSymbol type,
        string? schemaId,
        Dictionary<string, string> wireValues,
        Dictionary<string, ImmutableArray<string>> eligibility,
        Dictionary<string, Dictionary<string, string>> eciOutcomes,
        CodeList? canonicalSet,
        Dictionary<string, string> canonicalMap,
        bool isBrandList)
    {
        Type = type;
        SchemaId = schemaId;
        WireValues = wireValues;
        Eligibility = eligibility;
        OwnEciOutcomes = eciOutcomes;
        CanonicalSet = canonicalSet;
        CanonicalMap = canonicalMap;
        IsBrandList = isBrandList;
    }

    public INamedTypeSymbol Type { get; }

    public string? SchemaId { get; }

    /// <summary>Wire value by member name.</summary>
    public Dictionary<string, string> WireValues { get; }

    /// <summary>Brands allowed to send a wire value (x-brand-eligibility).</summary>
    public Dictionary<string, ImmutableArray<string>> Eligibility { get; }

    /// <summary>ECI outcomes declared on this enum: brand → (value → outcome).</summary>
    public Dictionary<string, Dictionary<string, string>> OwnEciOutcomes { get; }

    /// <summary>The canonical set this list maps to, when it has an x-canonical map.</summary>
    public CodeList? CanonicalSet { get; }

    /// <summary>Canonical value by wire value ("" = no equivalent).</summary>
    public Dictionary<string, string> CanonicalMap { get; }

    /// <summary>True for canonical/card-brand and the provider lists mapped to it.</summary>
    public bool IsBrandList { get; }

    /// <summary>The ECI table that applies to this list (its own, or its canonical set's).</summary>
    public Dictionary<string, Dictionary<string, string>>? EciOutcomes =>
        OwnEciOutcomes.Count > 0 ? OwnEciOutcomes : CanonicalSet is { OwnEciOutcomes.Count: > 0 } set ? set.OwnEciOutcomes : null;

    /// <summary>The value in the ECI table's terms: the wire value itself, or its canonical equivalent.</summary>
    public string? EciValueOf(string wire)
    {
        if (OwnEciOutcomes.Count > 0)
        {
            return wire;
        }

        return CanonicalMap.TryGetValue(wire, out string? canonical) && canonical.Length > 0 ? canonical : null;
    }
}
