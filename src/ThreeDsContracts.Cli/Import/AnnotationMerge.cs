using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace ThreeDsContracts.Cli.Import;

/// <summary>One thing a refresh did or wants reviewed, at <c>file#/json/pointer</c>.</summary>
internal sealed record ImportChange(string Kind, string Location, string Detail)
{
    public const string FieldAdded = "field added";
    public const string FieldRemoved = "field removed";
    public const string FieldChanged = "field changed";
    public const string DescriptionChanged = "description changed";
    public const string DefinitionAdded = "definition added";
    public const string DefinitionRemoved = "definition removed";
    public const string CodeAdded = "code value added";
    public const string CodeRemoved = "code value removed";
}

/// <summary>
/// Carries the project's annotations from the existing schema files onto freshly imported ones. The import owns
/// every JSON Schema keyword (the provider's document is the truth about structure, constraints and wording); the
/// folder owns every other <c>x-</c> keyword (canonical links, code maps, brand rules, enum names, sensitive markers,
/// aliases, sources); the <c>x-type-name</c> the folder gave a type replaces the import's default. Annotations of a field that disappeared are reported, as are
/// changed fields (their annotations kept) and the code-list annotations a new or removed code value touches.
/// </summary>
internal sealed class AnnotationMerge
{
    private static readonly string[] Structural = { "properties", "definitions", "items", "allOf", "oneOf", "anyOf", "not", "additionalProperties", "examples", "title", "$schema" };
    private static readonly string[] EnumParallel = { "x-enum-names", "x-enum-descriptions" };

    /// <summary>Written by the import from the document, never kept from the folder (even when the document no longer has them).</summary>
    private static readonly string[] ImportOwned = { ImportLayout.SourceKeyword, "x-discriminator", "x-required-on-write", "x-required-on-read" };

    private readonly List<ImportChange> _changes = new();

    public IReadOnlyList<ImportChange> Changes => _changes;

    /// <summary>Merges one file: the fresh schema gets the existing one's annotations.</summary>
    public void MergeFile(string file, JsonObject fresh, JsonObject existing)
    {
        Merge(fresh, existing, file + "#");
        if (fresh["definitions"] is JsonObject freshDefinitions || existing["definitions"] is JsonObject)
        {
            var oldDefinitions = existing["definitions"] as JsonObject ?? new JsonObject();
            freshDefinitions = fresh["definitions"] as JsonObject ?? new JsonObject();
            foreach (KeyValuePair<string, JsonNode?> old in oldDefinitions)
            {
                string location = file + "#/definitions/" + old.Key;
                if (freshDefinitions[old.Key] is JsonObject match && old.Value is JsonObject oldDefinition)
                {
                    Merge(match, oldDefinition, location);
                }
                else
                {
                    _changes.Add(new ImportChange(ImportChange.DefinitionRemoved, location, Dropped(old.Value)));
                }
            }

            foreach (KeyValuePair<string, JsonNode?> added in freshDefinitions.Where(d => !oldDefinitions.ContainsKey(d.Key)))
            {
                _changes.Add(new ImportChange(ImportChange.DefinitionAdded, file + "#/definitions/" + added.Key, Summary(added.Value)));
            }
        }
    }

    private void Merge(JsonObject fresh, JsonObject old, string location)
    {
        List<string> changed = ChangedKeywords(fresh, old);
        foreach (KeyValuePair<string, JsonNode?> annotation in old.Where(k => IsAnnotation(k.Key)).ToList())
        {
            // The import owns the x- keywords it writes from the document (its own extensions, x-openapi-source,
            // x-discriminator, x-required-on-*); x-type-name is only its default name, which the folder's replaces.
            bool imported = ImportOwned.Contains(annotation.Key) || (fresh.ContainsKey(annotation.Key) && annotation.Key != "x-type-name");
            if (imported || EnumParallel.Contains(annotation.Key) || annotation.Key is "x-canonical" or "x-brand-eligibility")
            {
                continue;
            }

            fresh[annotation.Key] = annotation.Value?.DeepClone();
        }

        MergeCodeList(fresh, old, location);
        if (changed.Count > 0)
        {
            _changes.Add(new ImportChange(ImportChange.FieldChanged, location, string.Join("; ", changed) + (HasAnnotations(old) ? " (annotations kept)" : string.Empty)));
        }

        if (!JsonNode.DeepEquals(fresh["description"], old["description"]))
        {
            _changes.Add(new ImportChange(ImportChange.DescriptionChanged, location, "reworded"));
        }

        if (old["properties"] is JsonObject oldProperties)
        {
            var freshProperties = fresh["properties"] as JsonObject;
            foreach (KeyValuePair<string, JsonNode?> property in oldProperties)
            {
                string at = location + "/properties/" + property.Key;
                if (freshProperties?[property.Key] is JsonObject match && property.Value is JsonObject oldProperty)
                {
                    Merge(match, oldProperty, at);
                }
                else
                {
                    _changes.Add(new ImportChange(ImportChange.FieldRemoved, at, Dropped(property.Value)));
                }
            }
        }

        if (fresh["properties"] is JsonObject newProperties)
        {
            foreach (KeyValuePair<string, JsonNode?> added in newProperties.Where(p => old["properties"]?[p.Key] is null))
            {
                _changes.Add(new ImportChange(ImportChange.FieldAdded, location + "/properties/" + added.Key, Summary(added.Value)));
            }
        }

        foreach (string keyword in new[] { "items", "additionalProperties", "not" })
        {
            if (fresh[keyword] is JsonObject freshChild && old[keyword] is JsonObject oldChild)
            {
                Merge(freshChild, oldChild, location + "/" + keyword);
            }
        }

        foreach (string keyword in new[] { "allOf", "oneOf", "anyOf" })
        {
            if (fresh[keyword] is JsonArray freshBranches && old[keyword] is JsonArray oldBranches)
            {
                for (int i = 0; i < Math.Min(freshBranches.Count, oldBranches.Count); i++)
                {
                    if (freshBranches[i] is JsonObject freshBranch && oldBranches[i] is JsonObject oldBranch)
                    {
                        Merge(freshBranch, oldBranch, location + "/" + keyword + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }
                }
            }
        }
    }

    /// <summary>
    /// The annotations that run beside <c>enum</c> follow the values: kept for values that stay, dropped for values
    /// removed, and for a new value an <c>x-enum-names</c> entry made from the value and an <c>x-canonical</c> entry of
    /// <c>null</c> ("no canonical equivalent"), both reported for review.
    /// </summary>
    private void MergeCodeList(JsonObject fresh, JsonObject old, string location)
    {
        JsonArray? oldEnum = old["enum"] as JsonArray;
        JsonArray? freshEnum = fresh["enum"] as JsonArray;
        bool annotated = EnumParallel.Any(k => old[k] is not null) || old["x-canonical"] is not null || old["x-brand-eligibility"] is not null;
        if (oldEnum is null || freshEnum is null)
        {
            if (annotated)
            {
                _changes.Add(new ImportChange(ImportChange.FieldChanged, location, "no longer a code list: " + string.Join(", ", EnumParallel.Append("x-canonical").Append("x-brand-eligibility").Where(k => old[k] is not null)) + " dropped"));
            }

            return;
        }

        List<string> oldValues = oldEnum.Select(Wire).ToList();
        List<string> freshValues = freshEnum.Select(Wire).ToList();
        foreach (string removed in oldValues.Except(freshValues))
        {
            _changes.Add(new ImportChange(ImportChange.CodeRemoved, location, Text(removed) + (annotated ? " (its x-enum-names, x-enum-descriptions and x-canonical entries dropped)" : string.Empty)));
        }

        foreach (string added in freshValues.Except(oldValues))
        {
            _changes.Add(new ImportChange(ImportChange.CodeAdded, location, Text(added) + (annotated ? " (review: x-enum-names entry made from the value, x-canonical maps it to null)" : string.Empty)));
        }

        foreach (string keyword in EnumParallel)
        {
            if (old[keyword] is JsonArray parallel && parallel.Count == oldValues.Count)
            {
                var aligned = new JsonArray();
                foreach (string value in freshValues)
                {
                    int index = oldValues.IndexOf(value);
                    aligned.Add(index >= 0 ? parallel[index]?.DeepClone() : JsonValue.Create(keyword == "x-enum-names" ? ImportLayout.Pascal(Text(value)) : string.Empty));
                }

                fresh[keyword] = aligned;
            }
            else if (old[keyword] is JsonNode unaligned)
            {
                fresh[keyword] = unaligned.DeepClone();
            }
        }

        if (old["x-canonical"] is JsonObject canonical)
        {
            var copy = (JsonObject)canonical.DeepClone();
            if (copy["map"] is JsonObject map)
            {
                var aligned = new JsonObject();
                foreach (string value in freshValues)
                {
                    string key = Text(value);
                    aligned[key] = map.ContainsKey(key) ? map[key]?.DeepClone() : null;
                }

                copy["map"] = aligned;
            }

            if (copy["write"] is JsonObject write)
            {
                foreach (KeyValuePair<string, JsonNode?> entry in write.ToList().Where(e => e.Value is JsonValue v && !freshValues.Contains(Wire(v))))
                {
                    write.Remove(entry.Key);
                }
            }

            fresh["x-canonical"] = copy;
        }

        if (old["x-brand-eligibility"] is JsonObject eligibility)
        {
            var kept = new JsonObject();
            foreach (KeyValuePair<string, JsonNode?> entry in eligibility.Where(e => freshValues.Contains(Wire(JsonValue.Create(e.Key)))))
            {
                kept[entry.Key] = entry.Value?.DeepClone();
            }

            fresh["x-brand-eligibility"] = kept;
        }
    }

    private static List<string> ChangedKeywords(JsonObject fresh, JsonObject old)
    {
        var changed = new List<string>();
        foreach (string key in fresh.Select(k => k.Key).Concat(old.Select(k => k.Key)).Distinct(StringComparer.Ordinal))
        {
            if (IsAnnotation(key) || Structural.Contains(key) || key == "description" || JsonNode.DeepEquals(fresh[key], old[key]))
            {
                continue;
            }

            if (key == "enum" && fresh[key] is JsonArray freshCodes && old[key] is JsonArray oldCodes)
            {
                // Values added or removed are reported one by one (code value added/removed); only a new order is a change here.
                if (freshCodes.Select(Wire).OrderBy(v => v, StringComparer.Ordinal).SequenceEqual(oldCodes.Select(Wire).OrderBy(v => v, StringComparer.Ordinal)))
                {
                    changed.Add("enum order " + Short(oldCodes) + " → " + Short(freshCodes));
                }

                continue;
            }

            changed.Add(key + " " + Short(old[key]) + " → " + Short(fresh[key]));
        }

        return changed;
    }

    private static string Dropped(JsonNode? removed)
    {
        var annotations = new SortedSet<string>(StringComparer.Ordinal);
        Collect(removed, annotations);
        annotations.ExceptWith(ImportOwned);
        return annotations.Count == 0 ? "no annotations" : "annotations dropped: " + string.Join(", ", annotations);
    }

    private static void Collect(JsonNode? node, SortedSet<string> annotations)
    {
        if (node is JsonObject o)
        {
            foreach (KeyValuePair<string, JsonNode?> entry in o)
            {
                if (IsAnnotation(entry.Key))
                {
                    annotations.Add(entry.Key);
                }
                else
                {
                    Collect(entry.Value, annotations);
                }
            }
        }
        else if (node is JsonArray a)
        {
            foreach (JsonNode? item in a)
            {
                Collect(item, annotations);
            }
        }
    }

    private static bool HasAnnotations(JsonObject node) => node.Any(k => IsAnnotation(k.Key) && !ImportOwned.Contains(k.Key));

    private static bool IsAnnotation(string key) => key.StartsWith("x-", StringComparison.Ordinal);

    private static string Summary(JsonNode? node) => node?["$ref"]?.GetValue<string>() ?? (node?["type"] is JsonNode type ? Short(type) : "schema");

    private static string Wire(JsonNode? value) => value?.ToJsonString() ?? "null";

    private static string Text(string wire) => wire.Length >= 2 && wire[0] == '"' ? System.Text.Json.JsonSerializer.Deserialize<string>(wire)! : wire;

    private static string Short(JsonNode? node)
    {
        if (node is null)
        {
            return "(none)";
        }

        string text = node is JsonValue v && v.TryGetValue(out string? s) ? s : node.ToJsonString();
        return text.Length > 60 ? text.Substring(0, 57) + "..." : text;
    }
}
