using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using ThreeDsContracts.Cli.Schemas;

namespace ThreeDsContracts.Cli.Conversion;

/// <summary>
/// The <c>x-canonical</c> map of a provider code list: which canonical code each wire value stands for, and
/// which wire value to write for a canonical code. A value with no equivalent is reported, never defaulted.
/// </summary>
internal sealed class CanonicalCodeMap
{
    private readonly Dictionary<string, string?> _toCanonical;
    private readonly Dictionary<string, string> _write;
    private readonly IReadOnlyList<string?> _order;

    private CanonicalCodeMap(string set, Dictionary<string, string?> toCanonical, Dictionary<string, string> write, IReadOnlyList<string?> order)
    {
        Set = set;
        _toCanonical = toCanonical;
        _write = write;
        _order = order;
    }

    /// <summary>True for a map the tool supplies (<see cref="CliCodeMaps"/>), not the schema.</summary>
    public bool IsSupplied { get; private init; }

    /// <summary>The canonical code list, e.g. <c>canonical/eci</c>.</summary>
    public string Set { get; }

    public static CanonicalCodeMap? Of(SchemaField field)
    {
        if (field.Find("x-canonical") is not JObject canonical || (string?)canonical["set"] is not { } set)
        {
            foreach (SchemaNode node in field.Chain)
            {
                if (CliCodeMaps.ByLocation.TryGetValue(node.Location, out (string Set, IReadOnlyDictionary<string, string?> Map) supplied))
                {
                    return new CanonicalCodeMap(supplied.Set, new Dictionary<string, string?>(supplied.Map, StringComparer.Ordinal), new Dictionary<string, string>(StringComparer.Ordinal), supplied.Map.Keys.ToArray())
                    {
                        IsSupplied = true,
                    };
                }
            }

            return null;
        }

        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (canonical["map"] is JObject entries)
        {
            foreach (JProperty entry in entries.Properties())
            {
                map[entry.Name] = entry.Value.Type == JTokenType.Null ? null : (string?)entry.Value;
            }
        }

        var write = new Dictionary<string, string>(StringComparer.Ordinal);
        if (canonical["write"] is JObject writes)
        {
            foreach (JProperty entry in writes.Properties())
            {
                if ((string?)entry.Value is { } wire)
                {
                    write[entry.Name] = wire;
                }
            }
        }

        return new CanonicalCodeMap(set, map, write, field.Enum ?? map.Keys.ToArray());
    }

    /// <summary>The canonical code of a wire value: false when the value is not in the map; null code when it has no equivalent.</summary>
    public bool TryToCanonical(string wire, out string? canonical) => _toCanonical.TryGetValue(wire, out canonical);

    /// <summary>The wire value to write for a canonical code, or null when the code list has none.</summary>
    public string? FromCanonical(string canonical)
    {
        if (_write.TryGetValue(canonical, out string? wire))
        {
            return wire;
        }

        foreach (string? value in _order)
        {
            if (value is not null && _toCanonical.TryGetValue(value, out string? mapped) && mapped == canonical)
            {
                return value;
            }
        }

        return null;
    }
}

/// <summary>Card-brand detection from payload fields.</summary>
internal static class CanonicalCodes
{
    public const string CardBrandSet = "canonical/card-brand";

    /// <summary>True for a field that names the card brand (canonical card-brand, or a code list mapped to it).</summary>
    public static bool IsBrandField(SchemaField field) =>
        (field.Resolved.DocumentId == CardBrandSet && field.Resolved.IsDocumentRoot)
        || CanonicalCodeMap.Of(field)?.Set == CardBrandSet;

    /// <summary>The canonical brand id a brand field's value stands for, or null.</summary>
    public static string? BrandOf(SchemaField field, string value)
    {
        if (field.Resolved.DocumentId == CardBrandSet && field.Resolved.IsDocumentRoot)
        {
            return field.Enum?.Contains(value) == true ? value : null;
        }

        CanonicalCodeMap? map = CanonicalCodeMap.Of(field);
        return map?.Set == CardBrandSet && map.TryToCanonical(value, out string? brand) ? brand : null;
    }
}
