using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using ThreeDsContracts.Generator.Diagnostics;
using ThreeDsContracts.Generator.Model;

namespace ThreeDsContracts.Generator.Parsing;

// Code maps of a code list: x-canonical, versions, ECI outcomes and liability shift.
internal sealed partial class SchemaParser
{
    /// <summary>x-canonical (map of a provider list, versions of a canonical set), x-eci-outcomes and x-liability-shift.</summary>
    private CanonicalMapSpec? ParseCanonical(JObject schema, string pointer, HashSet<string> values)
    {
        CanonicalMapSpec? map = ParseCanonicalMap(schema, pointer, values);
        EquatableArray<VersionMeaningSpec> versions = schema["x-canonical"] is JObject canonical && canonical["versions"] is JToken versionsToken
            ? ParseVersions(versionsToken, pointer + "/x-canonical/versions", values)
            : EquatableArray<VersionMeaningSpec>.Empty;
        EquatableArray<EciOutcomeSpec> outcomes = schema["x-eci-outcomes"] is JToken outcomesToken
            ? ParseEciOutcomes(outcomesToken, pointer + "/x-eci-outcomes", values)
            : EquatableArray<EciOutcomeSpec>.Empty;
        EquatableArray<LiabilityShiftSpec> liability = schema["x-liability-shift"] is JToken liabilityToken
            ? ParseLiabilityShift(liabilityToken, pointer + "/x-liability-shift", values)
            : EquatableArray<LiabilityShiftSpec>.Empty;
        if (versions.Count == 0 && outcomes.Count == 0 && liability.Count == 0)
        {
            return map;
        }

        map ??= new CanonicalMapSpec(string.Empty, EquatableArray<CanonicalCodeSpec>.Empty, EquatableArray<CanonicalCodeSpec>.Empty);
        return map with { Versions = versions, EciOutcomes = outcomes, LiabilityShift = liability };
    }

    private EquatableArray<VersionMeaningSpec> ParseVersions(JToken token, string pointer, HashSet<string> values)
    {
        var list = new List<VersionMeaningSpec>();
        if (token is not JObject table)
        {
            Report(DiagnosticDescriptors.InvalidExtension, token, _file.Id, pointer, "x-canonical.versions must map wire values to { \"<version prefix>\": \"<meaning>\" }");
            return list.ToEquatableArray();
        }

        foreach (JProperty code in table.Properties())
        {
            if (!values.Contains(code.Name))
            {
                Report(DiagnosticDescriptors.InvalidExtension, code, _file.Id, pointer, $"'{code.Name}' is not a value of the enum");
                continue;
            }

            if (code.Value is not JObject meanings)
            {
                Report(DiagnosticDescriptors.InvalidExtension, code.Value, _file.Id, pointer, $"the versions of '{code.Name}' must be an object of version prefix to meaning");
                continue;
            }

            foreach (JProperty meaning in meanings.Properties())
            {
                if (!IsVersionPrefix(meaning.Name) || meaning.Value.Type != JTokenType.String || meaning.Value.ToString().Length == 0)
                {
                    Report(DiagnosticDescriptors.InvalidExtension, meaning, _file.Id, pointer, $"'{code.Name}': '{meaning.Name}' needs a version prefix such as \"2.1\" and a non-empty meaning");
                    continue;
                }

                list.Add(new VersionMeaningSpec(code.Name, meaning.Name, meaning.Value.ToString()));
            }
        }

        return list.ToEquatableArray();
    }

    private static bool IsVersionPrefix(string text) =>
        text.Length > 0 && text.Split('.').All(part => part.Length > 0 && part.All(c => c >= '0' && c <= '9'));

    private EquatableArray<EciOutcomeSpec> ParseEciOutcomes(JToken token, string pointer, HashSet<string> values)
    {
        var list = new List<EciOutcomeSpec>();
        if (token is not JObject brands)
        {
            Report(DiagnosticDescriptors.InvalidExtension, token, _file.Id, pointer, "x-eci-outcomes must map brand ids to { \"<eci>\": \"<outcome>\" }");
            return list.ToEquatableArray();
        }

        foreach (JProperty brand in brands.Properties())
        {
            if (brand.Value is not JObject cells)
            {
                Report(DiagnosticDescriptors.InvalidExtension, brand.Value, _file.Id, pointer, $"the outcomes of '{brand.Name}' must be an object of ECI to outcome");
                continue;
            }

            foreach (JProperty cell in cells.Properties())
            {
                if (!values.Contains(cell.Name))
                {
                    Report(DiagnosticDescriptors.InvalidExtension, cell, _file.Id, pointer, $"'{brand.Name}': '{cell.Name}' is not a value of the enum");
                    continue;
                }

                if (cell.Value.Type != JTokenType.String || cell.Value.ToString().Length == 0)
                {
                    Report(DiagnosticDescriptors.InvalidExtension, cell, _file.Id, pointer, $"'{brand.Name}': the outcome of '{cell.Name}' must be a wire value of canonical/eci-outcome");
                    continue;
                }

                list.Add(new EciOutcomeSpec(brand.Name, cell.Name, cell.Value.ToString()));
            }
        }

        return list.ToEquatableArray();
    }

    private EquatableArray<LiabilityShiftSpec> ParseLiabilityShift(JToken token, string pointer, HashSet<string> values)
    {
        var list = new List<LiabilityShiftSpec>();
        if (token is not JObject table)
        {
            Report(DiagnosticDescriptors.InvalidExtension, token, _file.Id, pointer, "x-liability-shift must map wire values to true or false");
            return list.ToEquatableArray();
        }

        foreach (string value in values)
        {
            if (table[value] is not JToken shifts || shifts.Type != JTokenType.Boolean)
            {
                Report(DiagnosticDescriptors.InvalidExtension, table, _file.Id, pointer, $"the wire value '{value}' needs true or false");
                continue;
            }

            list.Add(new LiabilityShiftSpec(value, (bool)shifts!));
        }

        foreach (JProperty extra in table.Properties())
        {
            if (!values.Contains(extra.Name))
            {
                Report(DiagnosticDescriptors.InvalidExtension, extra, _file.Id, pointer, $"'{extra.Name}' is not a value of the enum");
            }
        }

        return list.ToEquatableArray();
    }

    private CanonicalMapSpec? ParseCanonicalMap(JObject schema, string pointer, HashSet<string> values)
    {
        if (schema["x-canonical"] is not JToken token)
        {
            return null;
        }

        if (token is not JObject canonical)
        {
            Report(DiagnosticDescriptors.InvalidExtension, token, _file.Id, pointer + "/x-canonical", "x-canonical must be an object with set and map");
            return null;
        }

        if (canonical["set"] is null && canonical["map"] is null)
        {
            return null; // canonical sets carry only x-canonical.versions
        }

        if (canonical["set"]?.Type != JTokenType.String || canonical["map"] is not JObject map)
        {
            Report(DiagnosticDescriptors.InvalidExtension, token, _file.Id, pointer + "/x-canonical", "x-canonical needs a string 'set' (a schema id) and an object 'map'");
            return null;
        }

        var entries = new List<CanonicalCodeSpec>();
        foreach (string value in values)
        {
            if (map[value] is not JToken target)
            {
                Report(DiagnosticDescriptors.InvalidExtension, map, _file.Id, pointer + "/x-canonical/map", $"the wire value '{value}' has no entry; use null for 'no canonical equivalent'");
                continue;
            }

            entries.Add(new CanonicalCodeSpec(value, target.Type == JTokenType.Null ? null : target.ToString()));
        }

        foreach (JProperty extra in map.Properties())
        {
            if (!values.Contains(extra.Name))
            {
                Report(DiagnosticDescriptors.InvalidExtension, extra, _file.Id, pointer + "/x-canonical/map", $"'{extra.Name}' is not a value of the enum");
            }
        }

        var write = new List<CanonicalCodeSpec>();
        if (canonical["write"] is JObject writeMap)
        {
            foreach (JProperty entry in writeMap.Properties())
            {
                if (entry.Value.Type != JTokenType.String || !values.Contains(entry.Value.ToString()))
                {
                    Report(DiagnosticDescriptors.InvalidExtension, entry, _file.Id, pointer + "/x-canonical/write", $"x-canonical.write must name a value of the enum for '{entry.Name}'");
                    continue;
                }

                write.Add(new CanonicalCodeSpec(entry.Value.ToString(), entry.Name));
            }
        }

        return new CanonicalMapSpec(canonical["set"]!.ToString(), entries.ToEquatableArray(), write.ToEquatableArray());
    }
}
