using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;
using ThreeDsContracts.Cli.Infrastructure;
using ThreeDsContracts.Cli.Schemas;
using ThreeDsContracts.Validation;

namespace ThreeDsContracts.Cli.Validation;

/// <summary>
/// Reads a schema's <c>x-brand-rules</c> into the runtime's <see cref="BrandRule"/>s, the same rules the
/// generated <c>Validate</c> methods evaluate.
/// </summary>
internal static class SchemaBrandRules
{
    public static IReadOnlyList<BrandRule> Read(SchemaNode root)
    {
        if (root.Json["x-brand-rules"] is not JArray rules)
        {
            return Array.Empty<BrandRule>();
        }

        var result = new List<BrandRule>(rules.Count);
        foreach (JToken token in rules)
        {
            if (token is not JObject rule || (string?)rule["id"] is not { Length: > 0 } id)
            {
                throw new SchemaLoadException(root.DocumentId, "an x-brand-rules entry has no id");
            }

            result.Add(new BrandRule
            {
                Id = id,
                Brands = Strings(rule["brands"]),
                Require = Strings(rule["require"]),
                RequireAnyOf = Strings(rule["requireAnyOf"]),
                Forbid = Strings(rule["forbid"]),
                Expect = rule["expect"] is JArray expect ? expect.OfType<JObject>().Select(e => Compare(root, id, e)).ToArray() : Array.Empty<Condition>(),
                When = rule["when"] is JObject when ? Conditions(root, id, when).ToArray() : Array.Empty<Condition>(),
                Severity = string.Equals((string?)rule["severity"], "warning", StringComparison.OrdinalIgnoreCase) ? FindingSeverity.Warning : FindingSeverity.Error,
                Message = (string?)rule["message"] ?? string.Empty,
                Source = (string?)rule["source"] ?? string.Empty,
            });
        }

        return result;
    }

    private static IEnumerable<Condition> Conditions(SchemaNode root, string id, JObject when)
    {
        if (when["all"] is JArray all)
        {
            foreach (JObject inner in all.OfType<JObject>())
            {
                foreach (Condition condition in Conditions(root, id, inner))
                {
                    yield return condition;
                }
            }

            yield break;
        }

        if ((string?)when["present"] is { } present)
        {
            yield return new Condition(ConditionKind.Present, present);
        }
        else if ((string?)when["absent"] is { } absent)
        {
            yield return new Condition(ConditionKind.Absent, absent);
        }
        else
        {
            yield return Compare(root, id, when);
        }
    }

    private static Condition Compare(SchemaNode root, string id, JObject comparison)
    {
        string path = (string?)comparison["path"] ?? throw new SchemaLoadException(root.DocumentId, $"brand rule {id}: a comparison has no path");
        if (comparison.TryGetValue("equals", out JToken? equals))
        {
            return new Condition(ConditionKind.Equals, path, Text(equals));
        }

        if (comparison.TryGetValue("notEquals", out JToken? notEquals))
        {
            return new Condition(ConditionKind.NotEquals, path, Text(notEquals));
        }

        throw new SchemaLoadException(root.DocumentId, $"brand rule {id}: a comparison needs equals or notEquals");
    }

    private static string Text(JToken value) => value.Type switch
    {
        JTokenType.String => (string)value!,
        JTokenType.Boolean => (bool)value ? "true" : "false",
        JTokenType.Integer or JTokenType.Float => Convert.ToString(((JValue)value).Value, CultureInfo.InvariantCulture) ?? string.Empty,
        _ => value.ToString(Newtonsoft.Json.Formatting.None),
    };

    private static string[] Strings(JToken? token) => token switch
    {
        JArray array => array.Select(t => (string?)t).Where(t => t is not null).Select(t => t!).ToArray(),
        JValue { Type: JTokenType.String } single => new[] { (string)single! },
        _ => Array.Empty<string>(),
    };
}

/// <summary>Card brand ids (<c>canonical/card-brand</c>) for <c>--brand</c>.</summary>
internal static class Brands
{
    private static readonly string[] Fallback = { "visa", "mastercard", "maestro", "amex", "discover", "diners", "jcb", "unionpay", "cartes-bancaires" };

    public static IReadOnlyList<string> Known(SchemaSet set) =>
        set.TryGet("canonical/card-brand", out SchemaDocument document) && document.Root["enum"] is JArray values
            ? values.Select(v => (string?)v).Where(v => v is not null).Select(v => v!).ToArray()
            : Fallback;

    /// <summary>Checks a <c>--brand</c> value (case-insensitive) and returns the brand id.</summary>
    public static string? Check(SchemaSet set, string? brand)
    {
        if (brand is null)
        {
            return null;
        }

        IReadOnlyList<string> known = Known(set);
        return known.FirstOrDefault(b => string.Equals(b, brand.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new CliUsageException($"--brand: '{brand}' is not a card brand; use one of {string.Join(", ", known)}");
    }
}
