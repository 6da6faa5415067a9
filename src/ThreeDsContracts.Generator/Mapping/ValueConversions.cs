using System.Collections.Generic;
using ThreeDsContracts.Generator.Model;

namespace ThreeDsContracts.Generator.Mapping;

/// <summary>
/// Which conversion carries a value of one type into another (the types the generator knows: codes and their
/// x-canonical maps, numbers, numbers written as strings, dates and times in every format). A pair with no
/// conversion is a TDS0021 finding on the link.
/// </summary>
internal static class ValueConversions
{
    private static readonly HashSet<ValueKind> Dates = new()
    {
        ValueKind.DateOnly, ValueKind.DateTime, ValueKind.IsoDateTime, ValueKind.FlexibleTimestamp,
    };

    /// <summary>The conversion from <paramref name="from"/> to <paramref name="to"/>, or null when there is none.</summary>
    public static (ConversionKind Kind, string? MapType)? Find(ValueTypeSpec from, ValueTypeSpec to, IReadOnlyDictionary<string, TypeSpec> types)
    {
        if (from.Kind == ValueKind.Enum && to.Kind == ValueKind.Enum)
        {
            return FindCode(from, to, types);
        }

        if (from.Kind == ValueKind.String && to.Kind == ValueKind.Enum)
        {
            return (ConversionKind.ParseCode, to.TypeName);
        }

        if (from.Kind == ValueKind.Enum && to.Kind == ValueKind.String)
        {
            return (ConversionKind.CodeText, from.TypeName);
        }

        if (from.Kind == to.Kind && from.Kind is not (ValueKind.Object or ValueKind.Array or ValueKind.Map or ValueKind.Base64Json or ValueKind.Json or ValueKind.Ref))
        {
            return (ConversionKind.Same, null);
        }

        if ((from.Kind == ValueKind.String && IsPhone(to)) || (IsPhone(from) && to.Kind == ValueKind.String))
        {
            return (ConversionKind.PhoneDigits, null);
        }

        if (from.Kind == ValueKind.Object && to.Kind == ValueKind.Object && from.TypeName == to.TypeName)
        {
            return (ConversionKind.Same, null);
        }

        return (from.Kind, to.Kind) switch
        {
            (ValueKind.Int32, ValueKind.Int64) => (ConversionKind.Widen, null),
            (ValueKind.Int64, ValueKind.Int32) => (ConversionKind.Narrow, null),
            (ValueKind.Int32 or ValueKind.Int64, ValueKind.Decimal) => (ConversionKind.ToDecimal, null),
            (ValueKind.NumberOrString, ValueKind.String) => (ConversionKind.NumberText, null),
            (ValueKind.String, ValueKind.NumberOrString) => (ConversionKind.TextNumber, null),
            (ValueKind.String or ValueKind.NumberOrString, ValueKind.Int32 or ValueKind.Int64) => (ConversionKind.ParseNumber, null),
            (ValueKind.Int32 or ValueKind.Int64, ValueKind.String or ValueKind.NumberOrString) => (ConversionKind.NumberToText, null),
            _ when Dates.Contains(from.Kind) && Dates.Contains(to.Kind) => (ConversionKind.DateTime, null),
            _ => null,
        };
    }

    private static (ConversionKind Kind, string? MapType)? FindCode(ValueTypeSpec from, ValueTypeSpec to, IReadOnlyDictionary<string, TypeSpec> types)
    {
        if (from.TypeName == to.TypeName)
        {
            return from.PreserveUnknown == to.PreserveUnknown ? (ConversionKind.Same, null)
                : from.PreserveUnknown ? (ConversionKind.UnwrapCode, null)
                : (ConversionKind.WrapCode, null);
        }

        if (Maps(from.TypeName, to.TypeName, types))
        {
            return (ConversionKind.ToCanonicalCode, from.TypeName);
        }

        if (Maps(to.TypeName, from.TypeName, types))
        {
            return (ConversionKind.FromCanonicalCode, to.TypeName);
        }

        return (ConversionKind.ByWireValue, null);
    }

    /// <summary>The canonical EMV phone (country code and subscriber), which a provider may send as one string of digits.</summary>
    private static bool IsPhone(ValueTypeSpec type) =>
        type.Kind == ValueKind.Object && type.TypeName is { } name && name.EndsWith(".Canonical.Phone", System.StringComparison.Ordinal);

    /// <summary>True when the code list <paramref name="provider"/> has an x-canonical map to <paramref name="set"/>.</summary>
    public static bool Maps(string? provider, string? set, IReadOnlyDictionary<string, TypeSpec> types) =>
        provider is not null && types.TryGetValue(provider, out TypeSpec? type)
        && type.Canonical is { SetTypeName: { } setType } canonical && setType == set
        && canonical.Map.Count > 0 && canonical.SetMembers.Count > 0;

    /// <summary>The wire values of <paramref name="from"/> that <paramref name="to"/> does not have (for a by-wire-value conversion).</summary>
    public static List<string> MissingCodes(ValueTypeSpec from, ValueTypeSpec to, IReadOnlyDictionary<string, TypeSpec> types)
    {
        var missing = new List<string>();
        if (from.TypeName is null || to.TypeName is null || !types.TryGetValue(from.TypeName, out TypeSpec? source) || !types.TryGetValue(to.TypeName, out TypeSpec? target))
        {
            return missing;
        }

        var targetValues = new HashSet<string>();
        foreach (EnumMemberSpec member in target.Members)
        {
            targetValues.Add(member.WireValue);
        }

        foreach (EnumMemberSpec member in source.Members)
        {
            if (!targetValues.Contains(member.WireValue))
            {
                missing.Add(member.WireValue);
            }
        }

        return missing;
    }
}
