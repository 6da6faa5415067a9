using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using ThreeDsContracts.Serialization;

namespace ThreeDsContracts.Validation;

/// <summary>
/// Evaluates brand rules against the JSON form of a payload. Paths are dotted wire names; <c>[]</c> steps
/// into every item of an array; a Base64-JSON string on the way is decoded and walked into.
/// </summary>
public static class BrandRuleEvaluator
{
    /// <summary>Evaluates rules for a brand and appends the findings.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="root">The payload (or the nested object the rules belong to).</param>
    /// <param name="brandId">Brand id, e.g. <c>mastercard</c>.</param>
    /// <param name="rootPath">JSON path of <paramref name="root"/>, <c>$</c> for a whole payload.</param>
    /// <param name="findings">Where findings go.</param>
    public static void Evaluate(IReadOnlyList<BrandRule> rules, JsonElement root, string brandId, string rootPath, List<ValidationFinding> findings)
    {
        foreach (BrandRule rule in rules)
        {
            if (!rule.AppliesTo(brandId) || !AllHold(rule.When, root))
            {
                continue;
            }

            foreach (string path in rule.Require)
            {
                foreach (Located located in Resolve(root, path, rootPath))
                {
                    if (!IsPresent(located.Element))
                    {
                        findings.Add(new ValidationFinding(rule.Id, located.Path, Describe(rule, "is required"), rule.Severity));
                    }
                }
            }

            if (rule.RequireAnyOf.Count > 0)
            {
                bool any = false;
                foreach (string path in rule.RequireAnyOf)
                {
                    any |= Resolve(root, path, rootPath).Exists(l => IsPresent(l.Element));
                }

                if (!any)
                {
                    findings.Add(new ValidationFinding(rule.Id, rootPath, Describe(rule, "needs one of " + string.Join(", ", rule.RequireAnyOf)), rule.Severity));
                }
            }

            foreach (string path in rule.Forbid)
            {
                foreach (Located located in Resolve(root, path, rootPath))
                {
                    if (IsPresent(located.Element))
                    {
                        findings.Add(new ValidationFinding(rule.Id, located.Path, Describe(rule, "must be absent"), rule.Severity));
                    }
                }
            }

            foreach (Condition expectation in rule.Expect)
            {
                foreach (Located located in Resolve(root, expectation.Path, rootPath))
                {
                    if (!Holds(expectation, located.Element))
                    {
                        string what = expectation.Kind == ConditionKind.Equals
                            ? "must be " + expectation.Value
                            : "must not be " + expectation.Value;
                        findings.Add(new ValidationFinding(rule.Id, located.Path, Describe(rule, what), rule.Severity));
                    }
                }
            }
        }
    }

    /// <summary>Evaluates rules on a whole payload given as JSON text.</summary>
    public static IReadOnlyList<ValidationFinding> Evaluate(IReadOnlyList<BrandRule> rules, JsonElement payload, string brandId)
    {
        var findings = new List<ValidationFinding>();
        Evaluate(rules, payload, brandId, "$", findings);
        return findings;
    }

    private static string Describe(BrandRule rule, string what) =>
        rule.Message.Length == 0 ? what : what + ": " + rule.Message;

    private static bool AllHold(IReadOnlyList<Condition> conditions, JsonElement root)
    {
        foreach (Condition condition in conditions)
        {
            List<Located> located = Resolve(root, condition.Path, "$");
            bool holds = condition.Kind switch
            {
                ConditionKind.Present => located.Exists(l => IsPresent(l.Element)),
                ConditionKind.Absent => !located.Exists(l => IsPresent(l.Element)),
                ConditionKind.Equals => located.Exists(l => Holds(condition, l.Element)),
                _ => located.TrueForAll(l => Holds(condition, l.Element)),
            };
            if (!holds)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Holds(Condition condition, JsonElement? element) => condition.Kind switch
    {
        ConditionKind.Present => IsPresent(element),
        ConditionKind.Absent => !IsPresent(element),
        ConditionKind.Equals => IsPresent(element) && ValueEquals(element!.Value, condition.Value!),
        _ => !IsPresent(element) || !ValueEquals(element!.Value, condition.Value!),
    };

    /// <summary>True when the element holds a value: not missing, not null, not an empty string.</summary>
    public static bool IsPresent(JsonElement? element) => element is { } e
        && e.ValueKind != JsonValueKind.Null
        && e.ValueKind != JsonValueKind.Undefined
        && !(e.ValueKind == JsonValueKind.String && e.GetString()!.Length == 0);

    private static bool ValueEquals(JsonElement element, string expected) => element.ValueKind switch
    {
        JsonValueKind.String => string.Equals(element.GetString(), expected, StringComparison.Ordinal),
        JsonValueKind.True => string.Equals(expected, "true", StringComparison.OrdinalIgnoreCase),
        JsonValueKind.False => string.Equals(expected, "false", StringComparison.OrdinalIgnoreCase),
        JsonValueKind.Number => decimal.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal want)
            && element.TryGetDecimal(out decimal have) && want == have,
        _ => false,
    };

    private readonly record struct Located(string Path, JsonElement? Element);

    private static List<Located> Resolve(JsonElement root, string path, string rootPath)
    {
        var current = new List<Located> { new(rootPath, root) };
        foreach (string rawStep in path.Split('.'))
        {
            bool each = rawStep.EndsWith("[]", StringComparison.Ordinal);
            string step = each ? rawStep.Substring(0, rawStep.Length - 2) : rawStep;
            var next = new List<Located>(current.Count);
            foreach (Located item in current)
            {
                string childPath = Paths.Property(item.Path, step);
                JsonElement? container = AsObject(item.Element);
                JsonElement? child = container is { } obj && obj.TryGetProperty(step, out JsonElement value) ? value : null;
                if (!each)
                {
                    next.Add(new Located(childPath, child));
                    continue;
                }

                if (child is { ValueKind: JsonValueKind.Array } array)
                {
                    int index = 0;
                    foreach (JsonElement entry in array.EnumerateArray())
                    {
                        next.Add(new Located(Paths.Index(childPath, index++), entry));
                    }
                }
            }

            current = next;
        }

        return current;
    }

    private static JsonElement? AsObject(JsonElement? element)
    {
        if (element is not { } e)
        {
            return null;
        }

        if (e.ValueKind == JsonValueKind.Object)
        {
            return e;
        }

        if (e.ValueKind == JsonValueKind.String && ContractJson.DecodeBase64(e.GetString()!) is { Length: > 0 } bytes)
        {
            try
            {
                using JsonDocument document = JsonDocument.Parse(bytes);
                return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        return null;
    }
}
