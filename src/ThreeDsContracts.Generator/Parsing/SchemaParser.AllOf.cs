using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;
using ThreeDsContracts.Generator.Diagnostics;
using ThreeDsContracts.Generator.Model;

namespace ThreeDsContracts.Generator.Parsing;

// allOf composition: bases merged into the object that extends them, and JSON pointer navigation.
internal sealed partial class SchemaParser
{
    /// <summary>
    /// Composition by <c>allOf</c> (<c>{"allOf": [{"$ref": "#/$defs/Base"}, {"properties": …}]}</c>, the way OpenAPI
    /// documents extend a type) becomes one object schema: the properties of the branches in order, then the
    /// schema's own (a later property of the same name replaces an earlier one in place), <c>required</c> and
    /// <c>x-brand-rules</c> united. Branches are object schemas, inline or a <c>$ref</c> within this file, and may
    /// nest further <c>allOf</c>; a <c>$ref</c> to another file is kept as a base (<see cref="BaseRefSpec"/>) that the
    /// resolver merges. What cannot be merged (a branch of another type, a remote <c>$ref</c>, a cycle) leaves the
    /// schema as it is, for <see cref="CheckCombinators"/> to report (TDS0006).
    /// </summary>
    private JObject FlattenAllOf(JObject schema)
    {
        if (schema["allOf"] is not JArray branches || !ComposesMembers(schema, branches))
        {
            return schema;
        }

        if (_flattened.TryGetValue(schema, out JObject? done))
        {
            return done;
        }

        JObject result = Merge(schema, branches) ?? schema;
        _flattened.Add(schema, result);
        return result;
    }

    /// <summary>
    /// Whether an allOf adds members to the type (two or more $ref branches, a branch with properties, or a $ref
    /// beside properties of the schema's own), as opposed to only validating it or describing one $ref.
    /// </summary>
    private static bool ComposesMembers(JObject schema, JArray branches)
    {
        int references = branches.Count(b => b is JObject o && o["$ref"] is not null);
        return references >= 2 || branches.Any(AddsMembers) || (references == 1 && schema["properties"] is JObject);
    }

    private static bool AddsMembers(JToken branch) => branch is JObject o && o["properties"] is JObject properties && properties.Count > 0;

    private JObject? Merge(JObject schema, JArray branches)
    {
        var merge = new AllOfMerge();
        var visiting = new HashSet<JObject> { schema };
        foreach (JToken branch in branches)
        {
            if (!CollectBranch(branch, 0, merge, visiting))
            {
                return null;
            }
        }

        if (!CollectMembers(schema, merge))
        {
            return null;
        }

        var merged = new JObject();
        foreach (JProperty keyword in schema.Properties())
        {
            if (keyword.Name is not ("allOf" or "properties" or "required" or "x-brand-rules"))
            {
                merged.Add(keyword.Name, keyword.Value);
            }
        }

        if (merged["type"] is null)
        {
            merged["type"] = "object";
        }

        merged["properties"] = merge.Properties;
        if (merge.Required.Count > 0)
        {
            merged["required"] = merge.Required;
        }

        if (merge.Rules.Count > 0)
        {
            merged["x-brand-rules"] = merge.Rules;
        }

        if (merge.Bases.Count > 0)
        {
            _basesOf.Add(merged, merge.Bases);
        }

        return merged;
    }

    private bool CollectBranch(JToken branch, int depth, AllOfMerge merge, HashSet<JObject> visiting)
    {
        if (branch is not JObject schema || depth > 64)
        {
            return false;
        }

        if (schema["$ref"] is JToken reference)
        {
            if (reference.Type != JTokenType.String
                || !SchemaIds.TryResolve(_file.Id, reference.ToString(), out string targetId, out string targetPointer, out _))
            {
                return false;
            }

            if (targetId != _file.Id)
            {
                // Another file: the resolver merges that type's properties (it reports a dangling or non-object base).
                if (!TryReference(reference, string.Empty, out targetId, out targetPointer))
                {
                    return false;
                }

                merge.Bases.Add(new BaseRefSpec(targetId, targetPointer));
            }
            else if (Navigate(targetPointer) is not JObject target)
            {
                Report(DiagnosticDescriptors.DanglingReference, reference, _file.Id, reference.ToString(), "no schema at " + targetPointer + " in this file");
                return false;
            }
            else
            {
                if (!visiting.Add(target))
                {
                    return false;
                }

                bool collected = CollectBranch(target, depth + 1, merge, visiting);
                visiting.Remove(target);
                if (!collected)
                {
                    return false;
                }
            }
        }

        IReadOnlyList<string> types = TypesOf(schema);
        if (types.Any(t => t is not ("object" or "null"))
            || schema["enum"] is not null || schema["const"] is not null || schema["items"] is not null || schema["x-date-format"] is not null)
        {
            return false;
        }

        foreach (string keyword in new[] { "oneOf", "anyOf" })
        {
            if (schema[keyword] is JToken combinator && (combinator is not JArray alternatives || !alternatives.All(IsValidationOnly)))
            {
                return false;
            }
        }

        if (schema["allOf"] is JToken nested)
        {
            if (nested is not JArray nestedBranches)
            {
                return false;
            }

            foreach (JToken nestedBranch in nestedBranches)
            {
                if (!CollectBranch(nestedBranch, depth + 1, merge, visiting))
                {
                    return false;
                }
            }
        }

        return CollectMembers(schema, merge);
    }

    private static bool CollectMembers(JObject schema, AllOfMerge merge)
    {
        if (schema["properties"] is JToken properties)
        {
            if (properties is not JObject propertyObject)
            {
                return false;
            }

            foreach (JProperty property in propertyObject.Properties())
            {
                // A later branch that only constrains a property ({"const": …}, {"minLength": …}) keeps its type.
                if (merge.Properties[property.Name] is null || DefinesShape(property.Value))
                {
                    merge.Properties[property.Name] = property.Value;
                }
            }
        }

        if (schema["required"] is JArray required)
        {
            foreach (JToken name in required)
            {
                if (name.Type == JTokenType.String && merge.RequiredNames.Add(name.ToString()))
                {
                    merge.Required.Add(name);
                }
            }
        }

        if (schema["x-brand-rules"] is JToken rules)
        {
            if (rules is not JArray ruleArray)
            {
                return false;
            }

            foreach (JToken rule in ruleArray)
            {
                merge.Rules.Add(rule);
            }
        }

        return true;
    }

    private static bool DefinesShape(JToken schema) =>
        schema is not JObject o
        || new[] { "type", "$ref", "properties", "items", "enum", "allOf", "anyOf", "oneOf", "x-date-format", "x-content-schema", "additionalProperties" }.Any(k => o[k] is not null);

    /// <summary>The schema at a JSON pointer (<c>#/$defs/Base</c>) of this file, or null.</summary>
    private JObject? Navigate(string pointer)
    {
        JToken? current = _root;
        if (pointer == "#")
        {
            return _root;
        }

        if (!pointer.StartsWith("#/", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (string raw in pointer.Substring(2).Split('/'))
        {
            string segment = Uri.UnescapeDataString(raw).Replace("~1", "/").Replace("~0", "~");
            current = current switch
            {
                JObject o => o[segment],
                JArray a when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < a.Count => a[index],
                _ => null,
            };
            if (current is null)
            {
                return null;
            }
        }

        return current as JObject;
    }

    private sealed class AllOfMerge
    {
        public JObject Properties { get; } = new();

        public JArray Required { get; } = new();

        public HashSet<string> RequiredNames { get; } = new(StringComparer.Ordinal);

        public JArray Rules { get; } = new();

        public List<BaseRefSpec> Bases { get; } = new();
    }

    /// <summary>The single $ref branch of an allOf/anyOf/oneOf whose other branches are only validation or null.</summary>
    private static JObject? WrappedReference(JObject schema, out bool nullable)
    {
        nullable = false;
        if (schema["type"] is not null || schema["properties"] is not null || schema["enum"] is not null)
        {
            return null;
        }

        foreach (string keyword in new[] { "allOf", "anyOf", "oneOf" })
        {
            if (schema[keyword] is not JArray branches)
            {
                continue;
            }

            var references = branches.OfType<JObject>().Where(b => b["$ref"] is not null).ToList();
            bool nullBranch = keyword != "allOf" && branches.OfType<JObject>().Any(b => b["type"]?.ToString() == "null" && b.Count == 1);
            bool othersHarmless = branches.All(b => b is JObject o && (o["$ref"] is not null || (o["type"]?.ToString() == "null" && o.Count == 1) || (IsValidationOnly(o) && !AddsMembers(o))));
            if (references.Count == 1 && othersHarmless && (keyword == "allOf" || branches.Count == (nullBranch ? 2 : 1)))
            {
                nullable = nullBranch;
                return references[0];
            }
        }

        return null;
    }
}
