using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;
using ThreeDsContracts.Robustness.Tests.Infrastructure;
using ThreeDsContracts.Testing;

namespace ThreeDsContracts.Robustness.Tests.Payloads;

/// <summary>
/// Builds valid variants of a fixture by changing string values within the schema's constraints: a code
/// becomes another code of its list, free text keeps its length and character classes (digits stay digits,
/// so lengths and patterns hold) or takes Unicode, Base64-JSON content is changed inside and re-encoded.
/// Dates are left alone (a pattern-valid date need not be a real date). A variant counts only when
/// NJsonSchema, the validator the CLI uses, accepts it.
/// </summary>
internal static class ValidVariants
{
    private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new();

    private static readonly string[] UnicodeText = { "ñandú", "日本語テキスト", "emoji 😀 text", "e\u0301", "\u202Eright-to-left", "tab\tand\nnewline", "quote \" and \\ slash", "\u0000nul", "</script>&amp;", "İıßﬁ" };

    public static string? Create(Fixture fixture, Type type, Random random, out string description)
    {
        JsonNode? root = JsonText.Parse(fixture.Text);
        var changes = new List<string>();
        int edits = random.Next(1, 5);
        for (int i = 0; i < edits; i++)
        {
            List<Leaf> candidates = PayloadWalker.Walk(root, type).Where(IsChangeable).ToList();
            if (candidates.Count == 0)
            {
                break;
            }

            Leaf leaf = random.Pick(candidates);
            string? replacement = Change(leaf, random);
            if (replacement is not null)
            {
                root = leaf.Replace(root, replacement);
                changes.Add(leaf.Path);
            }
        }

        description = string.Join(", ", changes);
        return changes.Count == 0 ? null : JsonText.Write(root);
    }

    public static bool IsSchemaValid(Fixture fixture, string json) => Schema(fixture).Validate(json).Count == 0;

    private static bool IsChangeable(Leaf leaf) => leaf.IsString && leaf.Shape is ValueShape.String or ValueShape.Enum or ValueShape.Code or ValueShape.NumberOrString or ValueShape.Encoded;

    private static string? Change(Leaf leaf, Random random)
    {
        string current = leaf.Node!.GetValue<string>();
        Contracts.ShapeOf(leaf.Declared!, out Type? element);
        switch (leaf.Shape)
        {
            case ValueShape.Enum:
            case ValueShape.Code:
                IReadOnlyList<string> codes = Contracts.WireValues(element!);
                if (leaf.Shape == ValueShape.Code && random.Next(4) == 0)
                {
                    return "NEW_" + random.Next(1000);
                }

                return random.Pick(codes);
            case ValueShape.Encoded:
                byte[]? bytes = Serialization.ContractJson.DecodeBase64(current);
                if (bytes is null)
                {
                    return null;
                }

                JsonNode? inner;
                try
                {
                    inner = JsonText.Parse(Encoding.UTF8.GetString(bytes));
                }
                catch (JsonException)
                {
                    return null;
                }

                List<Leaf> innerLeaves = PayloadWalker.Walk(inner, element!).Where(IsChangeable).ToList();
                if (innerLeaves.Count == 0)
                {
                    return null;
                }

                Leaf target = random.Pick(innerLeaves);
                string? changed = Change(target, random);
                if (changed is null)
                {
                    return null;
                }

                inner = target.Replace(inner, changed);
                return Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonText.Write(inner, indented: false)));
            default:
                if (random.Next(3) == 0 && !current.Any(char.IsDigit))
                {
                    return random.Pick(UnicodeText);
                }

                var builder = new StringBuilder(current.Length);
                foreach (char c in current)
                {
                    builder.Append(c switch
                    {
                        >= '0' and <= '9' => (char)('0' + random.Next(10)),
                        >= 'a' and <= 'z' => (char)('a' + random.Next(26)),
                        >= 'A' and <= 'Z' => (char)('A' + random.Next(26)),
                        _ => c,
                    });
                }

                return builder.ToString();
        }
    }

    private static JsonSchema Schema(Fixture fixture) => Schemas.GetOrAdd(fixture.SchemaId + fixture.Pointer, _ =>
    {
        JsonSchema root = JsonSchema.FromFileAsync(RepoPaths.Schema(fixture.SchemaId)).GetAwaiter().GetResult();
        if (fixture.Pointer == "#")
        {
            return root;
        }

        JsonSchema definition = root.Definitions[fixture.Pointer.Substring("#/definitions/".Length)];
        return definition.HasReference ? definition.Reference! : definition;
    });
}
