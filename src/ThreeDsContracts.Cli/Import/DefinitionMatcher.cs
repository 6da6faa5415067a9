using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace ThreeDsContracts.Cli.Import;

/// <summary>
/// On a refresh, finds the definition of the existing shared file that each imported component stands for, so the
/// import keeps the folder's definition names (and their annotations): first by <c>x-openapi-source</c>, then by
/// the place the definition is used (the same property path from the same root file), then by name.
/// </summary>
internal static class DefinitionMatcher
{
    public static IReadOnlyDictionary<string, string> Match(ImportPlan plan, IReadOnlyList<(string File, JsonObject Schema)> fresh, IReadOnlyDictionary<string, JsonObject> existing)
    {
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!existing.TryGetValue(ImportLayout.CommonFile, out JsonObject? common) || common["definitions"] is not JsonObject oldDefinitions)
        {
            return kept;
        }

        var claimed = new HashSet<string>(StringComparer.Ordinal);
        void Claim(string component, string name)
        {
            if (plan.Definitions.Contains(component, StringComparer.Ordinal) && !kept.ContainsKey(component) && !claimed.Contains(name))
            {
                kept[component] = name;
                claimed.Add(name);
            }
        }

        foreach (KeyValuePair<string, JsonNode?> definition in oldDefinitions)
        {
            if (definition.Value?[ImportLayout.SourceKeyword]?.GetValue<string>() is string source && source.StartsWith(ComponentWalker.ComponentsPointer, StringComparison.Ordinal))
            {
                Claim(source.Substring(ComponentWalker.ComponentsPointer.Length), definition.Key);
            }
        }

        JsonObject? freshCommon = fresh.FirstOrDefault(f => f.File == ImportLayout.CommonFile).Schema;
        var visited = new HashSet<(string, string)>();
        foreach ((string file, JsonObject schema) in fresh)
        {
            if (file != ImportLayout.CommonFile && existing.TryGetValue(file, out JsonObject? old))
            {
                Pair(schema, old, freshCommon, oldDefinitions, Claim, visited);
            }
        }

        foreach (string component in plan.Definitions)
        {
            foreach (string name in new[] { component, ImportLayout.Pascal(component) })
            {
                if (oldDefinitions.ContainsKey(name))
                {
                    Claim(component, name);
                }
            }
        }

        return kept;
    }

    /// <summary>Walks an imported schema and the existing one side by side; where both refer to a shared definition, the two are the same type.</summary>
    private static void Pair(JsonObject fresh, JsonObject old, JsonObject? freshCommon, JsonObject oldDefinitions, Action<string, string> claim, HashSet<(string, string)> visited)
    {
        string? freshDefinition = DefinitionOf(fresh);
        string? oldDefinition = DefinitionOf(old);
        if (freshDefinition is not null && oldDefinition is not null)
        {
            if (!visited.Add((freshDefinition, oldDefinition)))
            {
                return;
            }

            if (freshCommon?["definitions"]?[freshDefinition] is JsonObject freshTarget && oldDefinitions[oldDefinition] is JsonObject oldTarget)
            {
                if (freshTarget[ImportLayout.SourceKeyword]?.GetValue<string>() is string source)
                {
                    claim(source.Substring(ComponentWalker.ComponentsPointer.Length), oldDefinition);
                }

                Pair(freshTarget, oldTarget, freshCommon, oldDefinitions, claim, visited);
            }

            return;
        }

        if (fresh["properties"] is JsonObject freshProperties && old["properties"] is JsonObject oldProperties)
        {
            foreach (KeyValuePair<string, JsonNode?> property in freshProperties)
            {
                if (property.Value is JsonObject freshProperty && oldProperties[property.Key] is JsonObject oldProperty)
                {
                    Pair(freshProperty, oldProperty, freshCommon, oldDefinitions, claim, visited);
                }
            }
        }

        if (fresh["items"] is JsonObject freshItems && old["items"] is JsonObject oldItems)
        {
            Pair(freshItems, oldItems, freshCommon, oldDefinitions, claim, visited);
        }
    }

    /// <summary>The shared definition a schema refers to (<c>common.schema.json#/definitions/X</c> or <c>#/definitions/X</c>), directly or as the one branch of a nullable oneOf.</summary>
    private static string? DefinitionOf(JsonObject schema)
    {
        string? reference = schema["$ref"]?.GetValue<string>()
            ?? (schema["oneOf"] as JsonArray)?.OfType<JsonObject>().Select(b => b["$ref"]?.GetValue<string>()).FirstOrDefault(r => r is not null)
            ?? (schema["allOf"] is JsonArray { Count: 1 } allOf ? allOf[0]?["$ref"]?.GetValue<string>() : null);
        if (reference is null)
        {
            return null;
        }

        foreach (string prefix in new[] { ImportLayout.CommonFile + "#/definitions/", "#/definitions/" })
        {
            if (reference.StartsWith(prefix, StringComparison.Ordinal))
            {
                return reference.Substring(prefix.Length);
            }
        }

        return null;
    }
}
