using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace ThreeDsContracts.Cli.Import;

/// <summary>
/// After a refresh, the brand rules the folder kept (<c>x-brand-rules</c> on a root) may name fields the new revision
/// no longer has; the generator reads such a rule without complaint, and the rule then never fires. Each path of each
/// rule is resolved through the imported files (<c>$ref</c>s within the import, <c>allOf</c>/<c>oneOf</c>/<c>anyOf</c>
/// branches, <c>[]</c> into array items) and every one that leads nowhere is reported.
/// </summary>
internal static class BrandRulePaths
{
    public const string Kind = "brand rule path missing";

    public static IEnumerable<ImportChange> Check(IReadOnlyList<(string File, JsonObject Schema)> files)
    {
        var byName = files.ToDictionary(f => f.File, f => f.Schema, StringComparer.Ordinal);
        foreach ((string file, JsonObject root) in files)
        {
            if (root["x-brand-rules"] is not JsonArray rules)
            {
                continue;
            }

            for (int i = 0; i < rules.Count; i++)
            {
                if (rules[i] is not JsonObject rule)
                {
                    continue;
                }

                string id = rule["id"] is JsonValue value && value.TryGetValue(out string? text) ? text : "#" + i.ToString(CultureInfo.InvariantCulture);
                foreach (string path in Paths(rule).Distinct(StringComparer.Ordinal))
                {
                    if (!Resolves(byName, file, root, path))
                    {
                        yield return new ImportChange(Kind, file + "#/x-brand-rules/" + i.ToString(CultureInfo.InvariantCulture), id + ": " + path + " is not in the imported schema");
                    }
                }
            }
        }
    }

    private static IEnumerable<string> Paths(JsonObject rule)
    {
        foreach (string list in new[] { "require", "requireAnyOf", "forbid" })
        {
            foreach (string path in Strings(rule[list] as JsonArray))
            {
                yield return path;
            }
        }

        foreach (JsonObject expectation in (rule["expect"] as JsonArray)?.OfType<JsonObject>() ?? Enumerable.Empty<JsonObject>())
        {
            foreach (string path in Strings(new JsonArray(expectation["path"]?.DeepClone())))
            {
                yield return path;
            }
        }

        foreach (string path in Condition(rule["when"] as JsonObject))
        {
            yield return path;
        }
    }

    private static IEnumerable<string> Condition(JsonObject? condition)
    {
        if (condition is null)
        {
            yield break;
        }

        foreach (string key in new[] { "present", "absent", "path" })
        {
            if (condition[key] is JsonValue value && value.TryGetValue(out string? path))
            {
                yield return path;
            }
        }

        foreach (JsonObject nested in (condition["all"] as JsonArray)?.OfType<JsonObject>() ?? Enumerable.Empty<JsonObject>())
        {
            foreach (string path in Condition(nested))
            {
                yield return path;
            }
        }
    }

    private static IEnumerable<string> Strings(JsonArray? array) =>
        array?.OfType<JsonValue>().Select(v => v.TryGetValue(out string? s) ? s : null).Where(s => !string.IsNullOrEmpty(s)).Select(s => s!) ?? Enumerable.Empty<string>();

    private static bool Resolves(Dictionary<string, JsonObject> files, string file, JsonObject root, string path)
    {
        var current = new List<(string File, JsonObject Node)> { (file, root) };
        foreach (string raw in path.Split('.'))
        {
            bool items = raw.EndsWith("[]", StringComparison.Ordinal);
            string name = items ? raw.Substring(0, raw.Length - 2) : raw;
            var next = new List<(string, JsonObject)>();
            foreach ((string at, JsonObject? node) in current.SelectMany(c => Expand(files, c.File, c.Node, 0)))
            {
                if (node is null)
                {
                    return true; // a $ref outside the import (../canonical/…): not checked here
                }

                if (node["properties"]?[name] is JsonObject property)
                {
                    next.Add((at, property));
                }
            }

            if (next.Count == 0)
            {
                return false;
            }

            current = next;
            if (items)
            {
                current = new List<(string, JsonObject)>();
                foreach ((string at, JsonObject? node) in next.SelectMany(n => Expand(files, n.Item1, n.Item2, 0)))
                {
                    if (node is null)
                    {
                        return true;
                    }

                    if (node["items"] is JsonObject item)
                    {
                        current.Add((at, item));
                    }
                }
            }

            if (current.Count == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The schema and everything it stands for: its <c>$ref</c> target and its composition branches (a null node: a reference the import does not hold).</summary>
    private static IEnumerable<(string File, JsonObject? Node)> Expand(Dictionary<string, JsonObject> files, string file, JsonObject node, int depth)
    {
        if (depth > 32)
        {
            yield break;
        }

        yield return (file, node);
        if (node["$ref"] is JsonValue reference && reference.TryGetValue(out string? target))
        {
            (string File, JsonObject? Node) resolved = Resolve(files, file, target);
            if (resolved.Node is null)
            {
                yield return resolved;
            }
            else
            {
                foreach ((string, JsonObject?) expanded in Expand(files, resolved.File, resolved.Node, depth + 1))
                {
                    yield return expanded;
                }
            }
        }

        foreach (string keyword in new[] { "allOf", "oneOf", "anyOf" })
        {
            foreach (JsonObject branch in (node[keyword] as JsonArray)?.OfType<JsonObject>() ?? Enumerable.Empty<JsonObject>())
            {
                foreach ((string, JsonObject?) expanded in Expand(files, file, branch, depth + 1))
                {
                    yield return expanded;
                }
            }
        }
    }

    private static (string File, JsonObject? Node) Resolve(Dictionary<string, JsonObject> files, string file, string reference)
    {
        int hash = reference.IndexOf('#', StringComparison.Ordinal);
        string targetFile = hash == 0 ? file : hash < 0 ? reference : reference.Substring(0, hash);
        string pointer = hash < 0 ? string.Empty : reference.Substring(hash + 1);
        if (!files.TryGetValue(targetFile, out JsonObject? target))
        {
            return (targetFile, null);
        }

        JsonNode? node = target;
        foreach (string segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node?[segment];
        }

        return (targetFile, node as JsonObject ?? new JsonObject());
    }
}
