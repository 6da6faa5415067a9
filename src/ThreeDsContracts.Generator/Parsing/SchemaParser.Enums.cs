using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;
using ThreeDsContracts.Generator.Diagnostics;
using ThreeDsContracts.Generator.Model;

namespace ThreeDsContracts.Generator.Parsing;

// Code lists: enum values, x-enum-names, eligibility tables.
internal sealed partial class SchemaParser
{
    /// <summary>A code list: enum type with wire values; returns whether unknown values are preserved.</summary>
    private bool ParseEnum(JObject schema, string pointer, string typeName, bool isRoot)
    {
        RegisterTypeName(typeName, schema, pointer);
        var values = ((JArray)schema["enum"]!).Where(v => v.Type == JTokenType.String).Select(v => v.ToString()).ToList();
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (string value in values)
        {
            if (!distinct.Add(value))
            {
                Report(DiagnosticDescriptors.InvalidExtension, schema["enum"], _file.Id, pointer + "/enum", $"the wire value '{value}' is listed twice");
            }
        }

        values = distinct.ToList();
        List<string>? names = StringArray(schema, "x-enum-names", pointer, values.Count, mustBeIdentifiers: true);
        List<string>? descriptions = StringArray(schema, "x-enum-descriptions", pointer, values.Count, mustBeIdentifiers: false);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var members = new List<EnumMemberSpec>(values.Count);
        for (int i = 0; i < values.Count; i++)
        {
            string candidate = names?[i] ?? DefaultMemberName(values[i]);
            if (names is not null && used.Contains(candidate))
            {
                Report(DiagnosticDescriptors.InvalidExtension, schema["x-enum-names"], _file.Id, pointer + "/x-enum-names", $"the member name '{candidate}' is used twice");
            }

            members.Add(new EnumMemberSpec(Naming.UniqueMemberName(candidate, typeName, used), values[i], descriptions?[i]));
        }

        bool preserve = false;
        if (schema["x-unknown-values"] is JToken unknown)
        {
            if (unknown.Type == JTokenType.String && unknown.ToString() is "preserve" or "reject")
            {
                preserve = unknown.ToString() == "preserve";
            }
            else
            {
                Report(DiagnosticDescriptors.InvalidExtension, unknown, _file.Id, pointer + "/x-unknown-values", "x-unknown-values must be \"preserve\" or \"reject\"");
            }
        }

        CanonicalMapSpec? canonicalSpec = ParseCanonical(schema, pointer, distinct);
        EquatableArray<EnumMemberSpec> exported = members.Select(m => m with { Description = null }).ToEquatableArray();
        // A kept (unlisted) wire value still has to satisfy the list's own string keywords (pattern, lengths).
        ConstraintSpec? unknownChecks = preserve
            ? ConstraintParser.Parse(schema, ValueKind.String, pointer, (token, at, message) => Report(DiagnosticDescriptors.InvalidConstraint, token, _file.Id, at, message))
            : null;
        _exports.Add(new ExportSpec(pointer, ExportKind.Named, typeName, _segment, _explicitNamespace, true, preserve, null, null, null, exported) { UnknownValueChecks = unknownChecks is { HasStringChecks: true } ? unknownChecks : null });
        _types.Add(new TypeSpec(
            TypeKind.Enum,
            typeName,
            string.Empty,
            _file.Id,
            pointer,
            DescriptionOf(schema),
            EquatableArray<PropertySpec>.Empty,
            members.ToEquatableArray(),
            preserve,
            ParseEligibility(schema, pointer, distinct),
            canonicalSpec,
            EquatableArray<BrandRuleSpec>.Empty,
            isRoot,
            canonicalSpec?.EciOutcomes ?? EquatableArray<EciOutcomeSpec>.Empty));
        return preserve;
    }

    private static string DefaultMemberName(string wireValue)
    {
        string name = Naming.ToPascal(wireValue.ToLowerInvariant());
        return name.StartsWith("_", StringComparison.Ordinal) ? "Code" + name.Substring(1) : name;
    }

    private List<string>? StringArray(JObject schema, string keyword, string pointer, int expected, bool mustBeIdentifiers)
    {
        if (schema[keyword] is not JToken token)
        {
            return null;
        }

        if (token is not JArray array || array.Count != expected || array.Any(a => a.Type != JTokenType.String))
        {
            Report(DiagnosticDescriptors.InvalidExtension, token, _file.Id, pointer + "/" + keyword, $"{keyword} must be an array of {expected} strings, one per enum value");
            return null;
        }

        var list = array.Select(a => a.ToString()).ToList();
        if (mustBeIdentifiers)
        {
            for (int i = 0; i < list.Count; i++)
            {
                if (!Naming.IsValidIdentifier(list[i]))
                {
                    Report(DiagnosticDescriptors.InvalidExtension, array[i], _file.Id, pointer + "/" + keyword + "/" + i.ToString(CultureInfo.InvariantCulture), $"'{list[i]}' is not a valid C# identifier");
                    list[i] = Naming.ToPascal(list[i]);
                }
            }
        }

        return list;
    }

    private EquatableArray<EligibilitySpec> ParseEligibility(JObject schema, string pointer, HashSet<string> values)
    {
        if (schema["x-brand-eligibility"] is not JToken token)
        {
            return EquatableArray<EligibilitySpec>.Empty;
        }

        if (token is not JObject table)
        {
            Report(DiagnosticDescriptors.InvalidExtension, token, _file.Id, pointer + "/x-brand-eligibility", "x-brand-eligibility must map wire values to arrays of brand ids");
            return EquatableArray<EligibilitySpec>.Empty;
        }

        var list = new List<EligibilitySpec>();
        foreach (JProperty entry in table.Properties())
        {
            if (!values.Contains(entry.Name))
            {
                Report(DiagnosticDescriptors.InvalidExtension, entry, _file.Id, pointer + "/x-brand-eligibility", $"'{entry.Name}' is not a value of the enum");
                continue;
            }

            if (entry.Value is not JArray brands || brands.Any(b => b.Type != JTokenType.String))
            {
                Report(DiagnosticDescriptors.InvalidExtension, entry.Value, _file.Id, pointer + "/x-brand-eligibility", $"the brands of '{entry.Name}' must be an array of brand ids");
                continue;
            }

            list.Add(new EligibilitySpec(entry.Name, brands.Select(b => b.ToString()).ToEquatableArray()));
        }

        return list.ToEquatableArray();
    }
}
