using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ThreeDsContracts.Cli.Schemas;

namespace ThreeDsContracts.Cli.Diff;

/// <summary>One difference between two versions of a schema.</summary>
internal sealed record SchemaChange(bool Breaking, string Change, string Path, string Detail);

/// <summary>
/// Compares two versions of a schema, following <c>$ref</c>s (and Base64-JSON content schemas) on both sides.
/// Breaking: field removed, type changed or narrowed, newly required, code value removed, a constraint
/// tightened, a brand rule added or tightened. Non-breaking: field added, code added, constraint relaxed,
/// brand rule removed or relaxed, description changes.
/// </summary>
internal sealed class SchemaDiff
{
    private readonly List<SchemaChange> _changes = new();
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);

    public static IReadOnlyList<SchemaChange> Compare(SchemaTarget oldSchema, SchemaTarget newSchema)
    {
        var diff = new SchemaDiff();
        diff.Compare(new SchemaField(oldSchema.Node), new SchemaField(newSchema.Node), "$");
        return diff._changes
            .OrderBy(c => c.Breaking ? 0 : 1)
            .ThenBy(c => c.Path, StringComparer.Ordinal)
            .ThenBy(c => c.Change, StringComparer.Ordinal)
            .ToList();
    }

    private void Add(bool breaking, string change, string path, string detail) => _changes.Add(new SchemaChange(breaking, change, path, detail));

    private void Compare(SchemaField oldField, SchemaField newField, string path)
    {
        if (!_visited.Add(oldField.Resolved.Location + "|" + newField.Resolved.Location + "|" + path) || path.Length > 2000)
        {
            return;
        }

        CompareText(oldField.FindString("description"), newField.FindString("description"), "description changed", path);
        CompareTypes(oldField, newField, path);
        CompareEnum(oldField, newField, path);
        CompareConstraints(oldField, newField, path);
        CompareRules(oldField, newField, path);

        if (!string.Equals(Canonical(oldField), Canonical(newField), StringComparison.Ordinal))
        {
            Add(false, "canonical mapping changed", path, "x-canonical or x-canonical-field differs");
        }

        // Properties and required.
        var oldProperties = oldField.Properties().ToDictionary(p => p.Name, p => p.Field, StringComparer.Ordinal);
        var newProperties = newField.Properties().ToDictionary(p => p.Name, p => p.Field, StringComparer.Ordinal);
        HashSet<string> oldRequired = Required(oldField);
        HashSet<string> newRequired = Required(newField);
        foreach ((string name, SchemaField field) in oldProperties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            string childPath = Child(path, name);
            if (newProperties.TryGetValue(name, out SchemaField? other))
            {
                Compare(field, other, childPath);
            }
            else
            {
                Add(true, "field removed", childPath, Type(field));
            }
        }

        foreach ((string name, SchemaField field) in newProperties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!oldProperties.ContainsKey(name))
            {
                bool required = newRequired.Contains(name);
                Add(required, required ? "required field added" : "field added", Child(path, name), Type(field));
            }
        }

        foreach (string name in newRequired.Except(oldRequired).Where(oldProperties.ContainsKey).OrderBy(n => n, StringComparer.Ordinal))
        {
            Add(true, "newly required", Child(path, name), "the field was optional");
        }

        foreach (string name in oldRequired.Except(newRequired).Where(newProperties.ContainsKey).OrderBy(n => n, StringComparer.Ordinal))
        {
            Add(false, "no longer required", Child(path, name), "the field is optional now");
        }

        if (oldField.Items is { } oldItems && newField.Items is { } newItems)
        {
            Compare(oldItems, newItems, path + "[]");
        }

        if (oldField.ContentSchema is { } oldContent && newField.ContentSchema is { } newContent)
        {
            Compare(oldContent, newContent, path);
        }
        else if (oldField.ContentSchema is not null)
        {
            Add(true, "type changed", path, "no longer Base64-encoded JSON");
        }
        else if (newField.ContentSchema is not null)
        {
            Add(true, "type changed", path, "now Base64-encoded JSON");
        }
    }

    private void CompareText(string? oldText, string? newText, string change, string path)
    {
        if (!string.Equals(oldText ?? string.Empty, newText ?? string.Empty, StringComparison.Ordinal))
        {
            Add(false, change, path, oldText is null ? "added" : newText is null ? "removed" : "reworded");
        }
    }

    private void CompareTypes(SchemaField oldField, SchemaField newField, string path)
    {
        var oldTypes = Types(oldField);
        var newTypes = Types(newField);
        if (oldTypes.SetEquals(newTypes) || oldTypes.Count == 0 && newTypes.Count == 0)
        {
            return;
        }

        string detail = Show(oldTypes) + " → " + Show(newTypes);
        bool widened = newTypes.Count == 0 || (oldTypes.Count > 0 && newTypes.IsSupersetOf(oldTypes));
        Add(!widened, widened ? "type widened" : "type changed", path, detail);
    }

    private void CompareEnum(SchemaField oldField, SchemaField newField, string path)
    {
        IReadOnlyList<string?>? oldEnum = oldField.Enum;
        IReadOnlyList<string?>? newEnum = newField.Enum;
        if (oldEnum is null && newEnum is null)
        {
            return;
        }

        if (oldEnum is null)
        {
            Add(true, "code list added", path, $"only {newEnum!.Count} values are accepted now");
            return;
        }

        if (newEnum is null)
        {
            Add(false, "code list removed", path, "any value is accepted now");
            return;
        }

        foreach (string? value in oldEnum.Except(newEnum))
        {
            Add(true, "code value removed", path, Code(value));
        }

        foreach (string? value in newEnum.Except(oldEnum))
        {
            Add(false, "code value added", path, Code(value));
        }
    }

    private void CompareConstraints(SchemaField oldField, SchemaField newField, string path)
    {
        Limit("maxLength", upper: true);
        Limit("maxItems", upper: true);
        Limit("maximum", upper: true);
        Limit("exclusiveMaximum", upper: true);
        Limit("minLength", upper: false);
        Limit("minItems", upper: false);
        Limit("minimum", upper: false);
        Limit("exclusiveMinimum", upper: false);
        Exact("pattern");
        Exact("format");
        Exact("x-date-format");
        Exact("const");

        void Limit(string keyword, bool upper)
        {
            decimal? before = Number(oldField.Find(keyword));
            decimal? after = Number(newField.Find(keyword));
            if (before == after)
            {
                return;
            }

            bool tightened = after is not null && (before is null || (upper ? after < before : after > before));
            Add(tightened, tightened ? "constraint tightened" : "constraint relaxed", path, $"{keyword} {Show(before)} → {Show(after)}");
        }

        void Exact(string keyword)
        {
            string? before = Text(oldField.Find(keyword));
            string? after = Text(newField.Find(keyword));
            if (string.Equals(before, after, StringComparison.Ordinal))
            {
                return;
            }

            bool relaxed = after is null;
            Add(!relaxed, relaxed ? "constraint relaxed" : "constraint changed", path, $"{keyword} {before ?? "none"} → {after ?? "none"}");
        }
    }

    private void CompareRules(SchemaField oldField, SchemaField newField, string path)
    {
        JArray? oldRules = RootRules(oldField);
        JArray? newRules = RootRules(newField);
        if (oldRules is null && newRules is null)
        {
            return;
        }

        Dictionary<string, JObject> before = Rules(oldRules);
        Dictionary<string, JObject> after = Rules(newRules);
        foreach ((string id, JObject rule) in after.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!before.TryGetValue(id, out JObject? old))
            {
                Add(true, "brand rule added", path, id + Brands(rule) + (IsWarning(rule) ? " warning" : string.Empty));
                continue;
            }

            (bool tightened, bool relaxed) = RuleChange(old, rule);
            if (tightened)
            {
                Add(true, "brand rule tightened", path, id + Brands(rule));
            }
            else if (relaxed)
            {
                Add(false, "brand rule relaxed", path, id + Brands(rule));
            }

            if (!string.Equals((string?)old["message"], (string?)rule["message"], StringComparison.Ordinal)
                || !string.Equals((string?)old["source"], (string?)rule["source"], StringComparison.Ordinal))
            {
                Add(false, "brand rule reworded", path, id);
            }
        }

        foreach (string id in before.Keys.Except(after.Keys).OrderBy(k => k, StringComparer.Ordinal))
        {
            Add(false, "brand rule removed", path, id);
        }
    }

    private static (bool Tightened, bool Relaxed) RuleChange(JObject old, JObject rule)
    {
        bool tightened = false;
        bool relaxed = false;
        foreach (string member in new[] { "require", "requireAnyOf", "forbid", "expect", "brands" })
        {
            HashSet<string> before = Members(old[member]);
            HashSet<string> after = Members(rule[member]);

            // requireAnyOf is looser with more alternatives; brands: an empty list means every brand.
            bool anyOf = member == "requireAnyOf";
            if (member == "brands")
            {
                bool beforeAll = before.Count == 0 || before.Contains("*");
                bool afterAll = after.Count == 0 || after.Contains("*");
                tightened |= !beforeAll && (afterAll || after.Except(before).Any());
                relaxed |= !afterAll && (beforeAll || before.Except(after).Any());
                continue;
            }

            tightened |= anyOf ? before.Except(after).Any() && after.Count > 0 : after.Except(before).Any();
            relaxed |= anyOf ? after.Except(before).Any() : before.Except(after).Any();
        }

        string? whenBefore = Text(old["when"]);
        string? whenAfter = Text(rule["when"]);
        if (!string.Equals(whenBefore, whenAfter, StringComparison.Ordinal))
        {
            // No condition means the rule always applies.
            tightened |= whenAfter is null || whenBefore is not null;
            relaxed |= whenBefore is null || whenAfter is not null;
        }

        bool wasWarning = IsWarning(old);
        bool isWarning = IsWarning(rule);
        tightened |= wasWarning && !isWarning;
        relaxed |= !wasWarning && isWarning;
        return (tightened, relaxed);
    }

    private static bool IsWarning(JObject rule) => string.Equals((string?)rule["severity"], "warning", StringComparison.OrdinalIgnoreCase);

    private static string Brands(JObject rule)
    {
        HashSet<string> brands = Members(rule["brands"]);
        return brands.Count == 0 || brands.Contains("*") ? " (every brand)" : " (" + string.Join(", ", brands.OrderBy(b => b, StringComparer.Ordinal)) + ")";
    }

    private static JArray? RootRules(SchemaField field)
    {
        foreach (SchemaNode node in field.Chain)
        {
            if (node.IsDocumentRoot && node.Json["x-brand-rules"] is JArray rules)
            {
                return rules;
            }
        }

        return null;
    }

    private static Dictionary<string, JObject> Rules(JArray? rules) =>
        (rules ?? new JArray()).OfType<JObject>()
            .Where(r => (string?)r["id"] is not null)
            .GroupBy(r => (string)r["id"]!)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private static HashSet<string> Members(JToken? token) => token switch
    {
        JArray array => array.Select(t => t.Type == JTokenType.String ? (string)t! : t.ToString(Formatting.None)).ToHashSet(StringComparer.Ordinal),
        null => new HashSet<string>(StringComparer.Ordinal),
        _ => new HashSet<string>(StringComparer.Ordinal) { token.ToString(Formatting.None) },
    };

    private static HashSet<string> Required(SchemaField field) => Members(field.Resolved.Json["required"]);

    private static HashSet<string> Types(SchemaField field)
    {
        var types = field.Types.ToHashSet(StringComparer.Ordinal);
        if (types.Count == 0 && field.Resolved.Json["properties"] is not null)
        {
            types.Add("object");
        }

        if (types.Contains("number"))
        {
            types.Add("integer"); // number accepts integers
        }

        return types;
    }

    private static string Type(SchemaField field) =>
        field.Types.Count > 0 ? string.Join(" or ", field.Types) : field.Resolved.Json["properties"] is not null ? "object" : "any";

    private static string? Canonical(SchemaField field) => Text(field.Find("x-canonical")) + "|" + field.CanonicalField;

    private static string Show(HashSet<string> types) =>
        types.Count == 0 ? "any" : string.Join(" or ", types.Where(t => !(t == "integer" && types.Contains("number"))).OrderBy(t => t, StringComparer.Ordinal));

    private static string Show(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "none";

    private static string Code(string? value) => value is null ? "null" : value.Length == 0 ? "\"\"" : value;

    private static decimal? Number(JToken? token) => token is JValue { Type: JTokenType.Integer or JTokenType.Float } value
        ? Convert.ToDecimal(value.Value, CultureInfo.InvariantCulture)
        : null;

    private static string? Text(JToken? token) => token switch
    {
        null => null,
        JValue { Type: JTokenType.String } value => (string?)value,
        _ => token.ToString(Formatting.None),
    };

    private static string Child(string path, string name) => ThreeDsContracts.Paths.Property(path, name);
}
