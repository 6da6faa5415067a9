using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using ThreeDsContracts.Cli.Infrastructure;

namespace ThreeDsContracts.Cli.Import;

/// <summary>
/// The project's layout of imported schemas: each named component is a root file
/// (<c>verificationResponse</c> → <c>verification-response.schema.json</c>), every other named type a definition of
/// <c>common.schema.json</c>. Roots and definitions get <c>x-type-name</c> (the type prefix plus the component name in
/// Pascal case) and <c>x-openapi-source</c> (the component's pointer; the import owns it and matches on it when it
/// refreshes a folder).
/// </summary>
internal static class ImportLayout
{
    public const string CommonFile = "common.schema.json";
    public const string SourceKeyword = "x-openapi-source";
    public const string Draft07 = "http://json-schema.org/draft-07/schema#";

    public static string FileName(string component) => Kebab(component) + ".schema.json";

    /// <summary>The schema files of the import, in writing order (roots in the order named, then the shared file).</summary>
    public static IReadOnlyList<(string File, JsonObject Schema)> Build(OpenApiSource source, ImportPlan plan, string typePrefix, IReadOnlyDictionary<string, string> definitionNames)
    {
        var translator = new SchemaTranslator(source, plan);
        IDictionary<string, IOpenApiSchema> schemas = source.Document.Components!.Schemas!;
        var usedTypeNames = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<(string, JsonObject)>();
        var fileNames = new HashSet<string>(StringComparer.Ordinal) { CommonFile };
        foreach (string root in plan.Roots)
        {
            string file = FileName(root);
            if (!fileNames.Add(file))
            {
                throw new CliUsageException($"{source.Name}: component '{root}' would be written to {file}, which another component or the shared definitions already use");
            }

            JsonObject translated = translator.Translate(schemas[root], ComponentWalker.ComponentsPointer + root, c => ReferenceFromRoot(plan, definitionNames, c));
            translated["title"] ??= source.Title + " " + root;
            var schema = new JsonObject { ["$schema"] = Draft07 };
            Compose(schema, translated, UniqueTypeName(typePrefix + Pascal(root), usedTypeNames), ComponentWalker.ComponentsPointer + root);
            files.Add((file, schema));
        }

        if (plan.Definitions.Count > 0)
        {
            var definitions = new JsonObject();
            foreach (string component in plan.Definitions)
            {
                JsonObject translated = translator.Translate(schemas[component], ComponentWalker.ComponentsPointer + component, c => ReferenceFromCommon(plan, definitionNames, c));
                var definition = new JsonObject();
                Compose(definition, translated, UniqueTypeName(typePrefix + Pascal(component), usedTypeNames), ComponentWalker.ComponentsPointer + component);
                definitions[definitionNames[component]] = definition;
            }

            files.Add((CommonFile, new JsonObject
            {
                ["$schema"] = Draft07,
                ["title"] = source.Title + " shared definitions",
                ["description"] = "The schema components of " + source.Title + " that the imported payloads refer to.",
                ["x-type-name"] = UniqueTypeName(typePrefix + "Common", usedTypeNames),
                ["definitions"] = definitions,
            }));
        }

        return files;
    }

    /// <summary>Default definition names: the component name, made unique against the names kept from an earlier import.</summary>
    public static IReadOnlyDictionary<string, string> DefinitionNames(ImportPlan plan, IReadOnlyDictionary<string, string> kept)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(kept.Values, StringComparer.Ordinal);
        foreach (string component in plan.Definitions)
        {
            if (kept.TryGetValue(component, out string? name))
            {
                names[component] = name;
                continue;
            }

            string candidate = component;
            for (int i = 2; taken.Contains(candidate); i++)
            {
                candidate = component + i.ToString(CultureInfo.InvariantCulture);
            }

            taken.Add(candidate);
            names[component] = candidate;
        }

        return names;
    }

    /// <summary>A C# identifier in Pascal case: <c>threeDS</c> → <c>ThreeDS</c>, <c>card-type</c> → <c>CardType</c>, <c>08</c> → <c>Value08</c>.</summary>
    public static string Pascal(string name)
    {
        var builder = new StringBuilder();
        bool upper = true;
        foreach (char c in name)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, "Value");
        }

        return builder.ToString();
    }

    private static void Compose(JsonObject target, JsonObject translated, string typeName, string pointer)
    {
        // title, description, then the names, then the rest in the translator's order.
        foreach (string key in new[] { "title", "description" })
        {
            if (translated[key] is JsonNode value)
            {
                translated.Remove(key);
                target[key] = value;
            }
        }

        target["x-type-name"] = typeName;
        target[SourceKeyword] = pointer;
        foreach (KeyValuePair<string, JsonNode?> entry in translated.ToList())
        {
            translated.Remove(entry.Key);
            target[entry.Key] = entry.Value;
        }
    }

    private static string UniqueTypeName(string name, HashSet<string> used)
    {
        string candidate = name;
        for (int i = 2; !used.Add(candidate); i++)
        {
            candidate = name + i.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private static string ReferenceFromRoot(ImportPlan plan, IReadOnlyDictionary<string, string> names, string component) =>
        plan.IsRoot(component) ? FileName(component) : CommonFile + "#/definitions/" + names[component];

    private static string ReferenceFromCommon(ImportPlan plan, IReadOnlyDictionary<string, string> names, string component) =>
        plan.IsRoot(component) ? FileName(component) : "#/definitions/" + names[component];

    private static string Kebab(string name)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (builder.Length > 0 && builder[^1] != '-')
                {
                    builder.Append('-');
                }

                continue;
            }

            bool boundary = char.IsUpper(c) && i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (boundary && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString().Trim('-');
    }
}
