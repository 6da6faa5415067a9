using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThreeDsContracts.Robustness.Tests.Infrastructure;
using ThreeDsContracts.Testing;

namespace ThreeDsContracts.Robustness.Tests.Schemas;

/// <summary>One mutated schema: reproducible from its category and seed.</summary>
internal sealed record SchemaCase(string Category, string SchemaId, int Seed, string Description, string Text)
{
    public override string ToString() => $"{Category} seed {Seed} on {SchemaId}: {Description}";
}

/// <summary>
/// Mutates the repository's built-in schemas. Each category is one kind of damage; a case picks a schema
/// and the place to damage with <c>new Random(seed)</c>.
/// </summary>
internal static class SchemaMutator
{
    public static readonly IReadOnlyList<string> Categories = new[]
    {
        "DeleteKeyword", "RenameKeyword", "WrongKeywordType", "DanglingRef", "CyclicRef", "KeywordPropertyNames",
        "DigitAndSymbolPropertyNames", "CaseCollidingPropertyNames", "UnicodeNames", "TrickyEnumValues", "HugeCodeList",
        "EmptyFile", "DeepNesting", "NonObjectRoot", "InvalidExtension", "TruncatedJson", "CorruptedText", "AllOfComposition",
    };

    private static readonly string[] Keywords =
    {
        "type", "properties", "items", "enum", "required", "$ref", "definitions", "additionalProperties", "format", "minimum",
        "maximum", "minLength", "maxLength", "pattern", "description", "title", "const", "oneOf", "anyOf", "allOf", "not",
        "contentEncoding", "contentMediaType", "$schema", "$id", "if", "then", "else", "patternProperties", "dependencies",
    };

    private static readonly string[] Extensions =
    {
        "x-type-name", "x-property-name", "x-aliases", "x-namespace", "x-enum-names", "x-enum-descriptions", "x-unknown-values",
        "x-canonical", "x-brand-eligibility", "x-date-format", "x-write-as", "x-sensitive", "x-brand-rules", "x-content-schema",
        "x-canonical-field", "x-eci-outcomes", "x-liability-shift", "x-source",
    };

    private static readonly Lazy<IReadOnlyList<(string Id, string Text)>> BuiltIns = new(() =>
        Directory.EnumerateFiles(RepoPaths.Schemas, "*.schema.json", SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f =>
            {
                string relative = Path.GetRelativePath(RepoPaths.Schemas, f).Replace('\\', '/');
                return (relative.Substring(0, relative.Length - ".schema.json".Length), File.ReadAllText(f));
            })
            .ToList());

    public static IReadOnlyList<(string Id, string Text)> Schemas => BuiltIns.Value;

    public static SchemaCase Create(string category, int seed)
    {
        var random = new Random(seed);
        (string id, string text) = random.Pick(Schemas);
        JsonObject root = JsonText.Parse(text)!.AsObject();
        var m = new Mutation(random, root, id);
        string description = category switch
        {
            "DeleteKeyword" => m.DeleteKeyword(),
            "RenameKeyword" => m.RenameKeyword(),
            "WrongKeywordType" => m.WrongKeywordType(),
            "DanglingRef" => m.DanglingRef(),
            "CyclicRef" => m.CyclicRef(),
            "KeywordPropertyNames" => m.PropertyNames(NastyText.CSharpKeywords),
            "DigitAndSymbolPropertyNames" => m.PropertyNames(NastyText.DigitsAndSymbols),
            "CaseCollidingPropertyNames" => m.CaseColliding(),
            "UnicodeNames" => m.UnicodeNames(),
            "TrickyEnumValues" => m.TrickyEnum(),
            "HugeCodeList" => m.HugeCodeList(Fuzz.Count(1500, 20000)),
            "DeepNesting" => m.DeepNesting(),
            "InvalidExtension" => m.InvalidExtension(),
            "AllOfComposition" => m.AllOfComposition(Schemas.Select(s => s.Id).ToList()),
            "EmptyFile" or "NonObjectRoot" or "TruncatedJson" or "CorruptedText" => string.Empty,
            _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
        };

        string output = JsonText.Write(root);
        switch (category)
        {
            case "EmptyFile":
                output = random.Pick(new[] { string.Empty, " ", "\n\n", "\uFEFF", "\t\r\n", "\uFEFF  ", "{}", "{ }", "\u0000" });
                description = "file text " + JsonText.Quote(output);
                break;
            case "NonObjectRoot":
                output = random.Pick(new[] { "[]", "[{}]", "\"schema\"", "42", "true", "false", "null", "-0", "1e999", "[" + text + "]", "\"" + new string('x', 5000) + "\"", "[[[[]]]]" });
                description = "root " + Fuzz.Clip(output, 40);
                break;
            case "TruncatedJson":
            {
                int cut = random.Next(0, Math.Max(1, text.Length - 1));
                output = text.Substring(0, cut);
                description = $"cut at {cut} of {text.Length}";
                break;
            }

            case "CorruptedText":
            {
                var builder = new StringBuilder(text);
                int edits = random.Next(1, 6);
                var what = new List<string>();
                for (int i = 0; i < edits; i++)
                {
                    int at = random.Next(builder.Length);
                    char c = random.Pick(new[] { '{', '}', '[', ']', '"', ',', ':', '\\', '\0', '\n', 'x', '1', '\uD800', '\u00e9', '/', '*' });
                    switch (random.Next(3))
                    {
                        case 0: builder[at] = c; what.Add($"set {at}"); break;
                        case 1: builder.Insert(at, c); what.Add($"insert {at}"); break;
                        default: builder.Remove(at, 1); what.Add($"delete {at}"); break;
                    }
                }

                output = builder.ToString();
                description = string.Join(", ", what);
                break;
            }
        }

        return new SchemaCase(category, id, seed, description, output);
    }

    /// <summary>The edits of one case on the parsed tree of one schema.</summary>
    private sealed class Mutation
    {
        private readonly Random _r;
        private readonly JsonObject _root;
        private readonly string _id;

        public Mutation(Random random, JsonObject root, string id)
        {
            _r = random;
            _root = root;
            _id = id;
        }

        private string Name => _id.Substring(_id.LastIndexOf('/') + 1);

        /// <summary>
        /// Rewrites an object schema as an allOf composition: a base in this file or in another built-in file
        /// (object, code list or scalar), property redefinitions of another type, nested and cyclic allOf, bases
        /// that do not exist, branches of the wrong type.
        /// </summary>
        public string AllOfComposition(IReadOnlyList<string> ids)
        {
            JsonObject target = _r.Pick(ObjectSchemas().ToList());
            string relative = "../" + _r.Pick(ids) + ".schema.json";
            var own = new JsonObject();
            foreach (KeyValuePair<string, JsonNode?> member in target.ToList())
            {
                if (member.Key is "properties" or "required")
                {
                    target.Remove(member.Key);
                    own[member.Key] = member.Value;
                }
            }

            var defs = _root["definitions"] as JsonObject ?? new JsonObject();
            _root["definitions"] = defs;
            string baseName = "FuzzBase" + _r.Next(1000);
            defs[baseName] = new JsonObject
            {
                ["type"] = "object",
                ["required"] = new JsonArray("id"),
                ["properties"] = new JsonObject { ["id"] = new JsonObject { ["type"] = "string" }, ["amount"] = new JsonObject { ["type"] = "integer" } },
            };
            JsonNode local = new JsonObject { ["$ref"] = "#/definitions/" + baseName };
            int variant = _r.Next(9);
            JsonArray branches = variant switch
            {
                0 => new JsonArray(local, own),
                1 => new JsonArray(new JsonObject { ["$ref"] = relative }, own),
                2 => new JsonArray(local, new JsonObject { ["$ref"] = relative }, own),
                3 => new JsonArray(local, own, new JsonObject { ["properties"] = new JsonObject { ["amount"] = new JsonObject { ["type"] = _r.Pick(new[] { "string", "array", "boolean" }) } } }),
                4 => new JsonArray(new JsonObject { ["allOf"] = new JsonArray(new JsonObject { ["allOf"] = new JsonArray(local) }) }, own),
                5 => new JsonArray(new JsonObject { ["$ref"] = "#" }, own),
                6 => new JsonArray(new JsonObject { ["$ref"] = _r.Pick(new[] { "#/definitions/Missing", "missing.schema.json", "https://example.com/x.schema.json", relative + "#/definitions/Nope" }) }, own),
                7 => new JsonArray(new JsonObject { ["type"] = _r.Pick(new[] { "string", "array", "integer" }) }, own, local),
                _ => new JsonArray(local, own, new JsonObject { ["properties"] = new JsonObject { [_r.Pick(NastyText.All)] = new JsonObject { ["$ref"] = relative } } }),
            };
            if (variant == 4)
            {
                // Make the base refer back to the composed schema when it is a definition: a cycle through allOf.
                defs[baseName]!["allOf"] = new JsonArray(new JsonObject { ["$ref"] = target.Parent is null ? "#" : "#/definitions/" + baseName });
            }

            target["allOf"] = branches;
            return $"allOf variant {variant} at {target.GetPath()} (base {relative})";
        }

        public string DeleteKeyword()
        {
            var candidates = Objects().Where(o => o.Count > 0).ToList();
            JsonObject target = _r.Pick(candidates);
            var keys = target.Select(p => p.Key).ToList();
            var interesting = keys.Where(k => Keywords.Contains(k) || k.StartsWith("x-", StringComparison.Ordinal)).ToList();
            string key = interesting.Count > 0 && _r.Next(4) > 0 ? _r.Pick(interesting) : _r.Pick(keys);
            target.Remove(key);
            return $"deleted '{key}' at {target.GetPath()}";
        }

        public string RenameKeyword()
        {
            JsonObject target = _r.Pick(Objects().Where(o => o.Count > 0).ToList());
            string key = _r.Pick(target.Select(p => p.Key).ToList());
            string renamed = _r.Next(6) switch
            {
                0 => key.ToUpperInvariant(),
                1 => key.Length > 1 ? key.Substring(1) : key + key,
                2 => key + "s",
                3 => key.StartsWith("x-", StringComparison.Ordinal) ? key.Substring(2) : "x-" + key,
                4 => key.Length > 2 ? key.Substring(0, key.Length / 2) + key.Substring(key.Length / 2 + 1) : "$" + key,
                _ => _r.Pick(NastyText.All),
            };
            Rename(target, key, renamed);
            return $"renamed '{key}' to {JsonText.Quote(renamed)} at {target.GetPath()}";
        }

        public string WrongKeywordType()
        {
            var sites = Objects().SelectMany(o => o.Where(p => Keywords.Contains(p.Key) || p.Key.StartsWith("x-", StringComparison.Ordinal)).Select(p => (Obj: o, p.Key))).ToList();
            (JsonObject obj, string key) = _r.Pick(sites);
            JsonValueKind current = obj[key]?.GetValueKind() ?? JsonValueKind.Null;
            JsonNode? replacement;
            do
            {
                replacement = RandomValue();
            }
            while ((replacement?.GetValueKind() ?? JsonValueKind.Null) == current && _r.Next(5) > 0);

            obj[key] = replacement;
            return $"'{key}' at {obj.GetPath()} set to {Fuzz.Clip(replacement?.ToJsonString() ?? "null", 60)}";
        }

        public string DanglingRef()
        {
            string[] targets =
            {
                "#/definitions/Nope", "missing.schema.json", "missing.schema.json#/definitions/X", "../../../etc/passwd",
                "http://example.com/a.schema.json", "https://example.com/a.schema.json#/definitions/A", "file:///etc/passwd", string.Empty, "#/",
                "#/properties", "#/definitions/", "#/definitions/a~2b", "#/%ZZ", "common.schema.json#/definitions/DoesNotExist", "./", "..",
                "urn:uuid:1", "//host/x.schema.json", "\\\\server\\share\\x.schema.json", "C:\\x.schema.json", "#definitions/x", "##",
                "#/definitions/" + _r.Pick(NastyText.All), "../canonical/nope.schema.json", "../" + new string('a', 300) + ".schema.json",
                "#/properties/" + (Objects().FirstOrDefault(o => o.Parent is JsonObject p && p.ContainsKey("properties"))?.GetPropertyName() ?? "x"),
                "#/definitions/x#/y", "data:application/json,{}", "%", "#\u0000", "../../../../../../../../x.schema.json",
            };
            string target = _r.Pick(targets);
            JsonObject schema = _r.Pick(SchemaObjects().ToList());
            if (_r.Next(2) == 0)
            {
                schema.Clear();
            }

            schema["$ref"] = target;
            return $"$ref {JsonText.Quote(target)} at {schema.GetPath()}";
        }

        public string CyclicRef()
        {
            List<string> definitions = (_root["definitions"] as JsonObject)?.Select(p => p.Key).ToList() ?? new List<string>();
            int variant = _r.Next(7);
            if (definitions.Count == 0 && variant < 3)
            {
                var defs = new JsonObject
                {
                    ["A"] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["b"] = new JsonObject { ["$ref"] = "#/definitions/B" } } },
                    ["B"] = new JsonObject { ["$ref"] = "#/definitions/A" },
                };
                _root["definitions"] = defs;
                definitions = new List<string> { "A", "B" };
            }

            JsonObject defsObject = (_root["definitions"] as JsonObject)!;
            switch (variant)
            {
                case 0:
                {
                    string d = _r.Pick(definitions);
                    defsObject[d] = new JsonObject { ["$ref"] = "#/definitions/" + Escape(d) };
                    AddProperty(_r.Pick(PropertyMaps().ToList()), "cyc", new JsonObject { ["$ref"] = "#/definitions/" + Escape(d) });
                    return $"definition {d} is an alias of itself";
                }

                case 1:
                {
                    string a = _r.Pick(definitions);
                    string b = _r.Pick(definitions);
                    defsObject[a] = new JsonObject { ["$ref"] = "#/definitions/" + Escape(b) };
                    defsObject[b] = new JsonObject { ["$ref"] = "#/definitions/" + Escape(a) };
                    AddProperty(_r.Pick(PropertyMaps().ToList()), "cyc", new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/definitions/" + Escape(a) } });
                    return $"definitions {a} and {b} refer to each other";
                }

                case 2:
                {
                    // Recursion through an object definition: a legal recursive record.
                    string d = _r.Pick(definitions);
                    if (defsObject[d] is JsonObject def && def["properties"] is JsonObject props)
                    {
                        props["self"] = new JsonObject { ["$ref"] = "#/definitions/" + Escape(d) };
                        props["selves"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/definitions/" + Escape(d) } };
                        return $"definition {d} contains itself";
                    }

                    defsObject[d] = new JsonObject { ["$ref"] = "#/definitions/" + Escape(d) };
                    return $"definition {d} is an alias of itself";
                }

                case 3:
                    AddProperty(_r.Pick(PropertyMaps().ToList()), "root", new JsonObject { ["$ref"] = "#" });
                    return "a property refers to the root";
                case 4:
                    _root.Clear();
                    _root["$ref"] = "#";
                    return "the root is an alias of itself";
                case 5:
                    AddProperty(_r.Pick(PropertyMaps().ToList()), "own", new JsonObject { ["$ref"] = Name + ".schema.json" });
                    return "a property refers to its own file by name";
                default:
                    _root.Clear();
                    _root["$ref"] = Name + ".schema.json#";
                    return "the root is an alias of its own file";
            }
        }

        public string PropertyNames(IReadOnlyList<string> names)
        {
            JsonObject map = _r.Pick(PropertyMaps().ToList());
            int count = _r.Next(1, 6);
            var added = new List<string>();
            for (int i = 0; i < count; i++)
            {
                string name = _r.Pick(names);
                if (_r.Next(3) == 0 && map.Count > 0)
                {
                    Rename(map, _r.Pick(map.Select(p => p.Key).ToList()), name);
                }
                else
                {
                    AddProperty(map, name, RandomSchema(2));
                }

                added.Add(JsonText.Quote(name));
            }

            MaybeRequire(map, added.Select(a => JsonText.Parse(a)!.GetValue<string>()));
            return $"properties {string.Join(", ", added)} at {map.GetPath()}";
        }

        public string CaseColliding()
        {
            JsonObject map = _r.Pick(PropertyMaps().Where(m => m.Count > 0).DefaultIfEmpty(PropertyMaps().First()).ToList());
            string name = map.Count > 0 ? _r.Pick(map.Select(p => p.Key).ToList()) : "cardNumber";
            if (name.Length == 0)
            {
                name = "a";
            }

            JsonNode? schema = map[name]?.DeepClone() ?? new JsonObject { ["type"] = "string" };
            var names = NastyText.CaseColliding(name).Where(n => n != name).ToList();
            foreach (string n in names)
            {
                AddProperty(map, n, schema?.DeepClone());
            }

            MaybeRequire(map, names);
            return $"{names.Count} variants of '{name}' at {map.GetPath()}";
        }

        public string UnicodeNames()
        {
            var done = new List<string>();
            int count = _r.Next(1, 4);
            for (int i = 0; i < count; i++)
            {
                string name = _r.Pick(NastyText.Unicode);
                switch (_r.Next(4))
                {
                    case 0:
                        AddProperty(_r.Pick(PropertyMaps().ToList()), name, RandomSchema(1));
                        done.Add("property " + JsonText.Quote(name));
                        break;
                    case 1:
                        JsonArray values = _r.Pick(EnumArrays().DefaultIfEmpty(NewEnum()).ToList());
                        values.Add(name);
                        done.Add("enum value " + JsonText.Quote(name));
                        break;
                    case 2:
                        JsonObject schema = _r.Pick(ObjectSchemas().ToList());
                        schema["x-type-name"] = name;
                        done.Add("x-type-name " + JsonText.Quote(name));
                        break;
                    default:
                        var defs = _root["definitions"] as JsonObject ?? new JsonObject();
                        _root["definitions"] = defs;
                        defs[name] = RandomSchema(1);
                        done.Add("definition " + JsonText.Quote(name));
                        break;
                }
            }

            return string.Join(", ", done);
        }

        public string TrickyEnum()
        {
            JsonArray values = _r.Pick(EnumArrays().DefaultIfEmpty(NewEnum()).ToList());
            JsonObject owner = (JsonObject)values.Parent!;
            int variant = _r.Next(5);
            switch (variant)
            {
                case 0:
                    for (int i = 0, n = _r.Next(1, 8); i < n; i++)
                    {
                        values.Add(_r.Pick(NastyText.All));
                    }

                    break;
                case 1:
                    string first = values.Count > 0 && values[0]?.GetValueKind() == JsonValueKind.String ? values[0]!.GetValue<string>() : "ab";
                    foreach (string v in NastyText.CaseColliding(first.Length == 0 ? "x" : first))
                    {
                        values.Add(v);
                    }

                    break;
                case 2:
                    values.Add(values.Count > 0 ? values[0]?.DeepClone() : "dup");
                    values.Add(string.Empty);
                    break;
                case 3:
                    values.Add(_r.Next(2) == 0 ? JsonValue.Create(1) : null);
                    values.Add(true);
                    break;
                default:
                    values.Clear();
                    break;
            }

            string keep = owner.ContainsKey("x-enum-names") ? " (x-enum-names kept)" : string.Empty;
            return $"enum at {owner.GetPath()} variant {variant}{keep}";
        }

        public string HugeCodeList(int size)
        {
            JsonArray values = _r.Pick(EnumArrays().DefaultIfEmpty(NewEnum()).ToList());
            JsonObject owner = (JsonObject)values.Parent!;
            values.Clear();
            for (int i = 0; i < size; i++)
            {
                values.Add(_r.Next(10) == 0 ? _r.Pick(NastyText.All) + i.ToString(CultureInfo.InvariantCulture) : i.ToString("D5", CultureInfo.InvariantCulture));
            }

            if (_r.Next(2) == 0)
            {
                owner.Remove("x-enum-names");
                owner.Remove("x-enum-descriptions");
                owner.Remove("x-canonical");
                owner.Remove("x-brand-eligibility");
            }

            return $"{size} codes at {owner.GetPath()}";
        }

        public string DeepNesting()
        {
            int[] depths = { 5, 20, 31, 40, 63, 64, 100, 500 };
            int depth = _r.Pick(depths);
            int variant = _r.Next(4);
            JsonNode nested;
            switch (variant)
            {
                case 0:
                    nested = new JsonObject { ["type"] = "string" };
                    for (int i = 0; i < depth; i++)
                    {
                        nested = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["n"] = nested } };
                    }

                    break;
                case 1:
                    nested = new JsonObject { ["type"] = "integer" };
                    for (int i = 0; i < depth; i++)
                    {
                        nested = new JsonObject { ["type"] = "array", ["items"] = nested };
                    }

                    break;
                case 2:
                    nested = new JsonObject { ["type"] = "string" };
                    for (int i = 0; i < depth; i++)
                    {
                        nested = new JsonObject { ["type"] = "object", ["additionalProperties"] = nested };
                    }

                    break;
                default:
                    nested = new JsonArray();
                    for (int i = 0; i < depth; i++)
                    {
                        nested = new JsonArray(nested);
                    }

                    JsonObject holder = _r.Pick(SchemaObjects().ToList());
                    holder[_r.Pick(new[] { "x-enum-descriptions", "description", "x-brand-rules", "default", "examples" })] = nested;
                    return $"array nesting {depth} under {holder.GetPath()}";
            }

            AddProperty(_r.Pick(PropertyMaps().ToList()), "deep", nested);
            return $"schema nesting {depth} (variant {variant})";
        }

        public string InvalidExtension()
        {
            string keyword = _r.Pick(Extensions);
            JsonNode? value = BadExtensionValue(keyword);
            JsonObject target = keyword switch
            {
                "x-namespace" => _root,
                "x-enum-names" or "x-enum-descriptions" or "x-unknown-values" or "x-canonical" or "x-brand-eligibility" or "x-liability-shift" =>
                    (JsonObject)_r.Pick(EnumArrays().DefaultIfEmpty(NewEnum()).ToList()).Parent!,
                "x-brand-rules" => _r.Pick(ObjectSchemas().ToList()),
                "x-property-name" or "x-aliases" or "x-sensitive" or "x-date-format" or "x-write-as" or "x-content-schema" or "x-canonical-field" =>
                    _r.Pick(PropertyMaps().SelectMany(m => m.Select(p => p.Value).OfType<JsonObject>()).DefaultIfEmpty(_root).ToList()),
                _ => _r.Pick(SchemaObjects().ToList()),
            };
            target[keyword] = value;
            if (keyword == "x-content-schema" && _r.Next(2) == 0)
            {
                target["type"] = "string";
                target["contentEncoding"] = "base64";
            }

            return $"{keyword} = {Fuzz.Clip(value?.ToJsonString() ?? "null", 80)} at {target.GetPath()}";
        }

        private JsonNode? BadExtensionValue(string keyword)
        {
            string otherProperty = PropertyMaps().SelectMany(m => m.Select(p => p.Key)).DefaultIfEmpty("other").First();
            List<JsonNode?> options = keyword switch
            {
                "x-type-name" or "x-property-name" => new List<JsonNode?>
                {
                    string.Empty, "class", "3Ds", "a b", 42, null, new JsonObject(), "System", "String", "Object", "ExtensionData", "JsonConverter",
                    "ThreeDsSchema", new string('A', 2000), "Ñandú", "@class", "Validate", "EqualityContract", otherProperty,
                    Naming(otherProperty), "AntomNotifyPayment", "CardBrand", "Code", "ToString", "Instance", "global",
                },
                "x-aliases" => new List<JsonNode?> { "notArray", new JsonArray(1), new JsonArray(otherProperty), new JsonArray(string.Empty), new JsonArray("a", "a"), new JsonArray(_r.Pick(NastyText.All)) },
                "x-namespace" => new List<JsonNode?> { string.Empty, "1abc", "a..b", "System", "ThreeDsContracts.Antom", "ThreeDsContracts", "global", "Consumer", "class.x", "A.B.", 5, "ThreeDsContracts.Canonical", "Ñ.Ü" },
                "x-enum-names" => new List<JsonNode?> { new JsonArray("A"), new JsonArray(1, 2), "A", new JsonArray(Enumerable.Repeat<JsonNode?>("Same", 40).Select(n => n?.DeepClone()).ToArray()), new JsonArray(NastyText.CSharpKeywords.Take(40).Select(k => (JsonNode?)k).ToArray()) },
                "x-enum-descriptions" => new List<JsonNode?> { new JsonArray("*/ </summary> <x>"), 7, new JsonArray(new JsonArray()), new JsonArray(NastyText.DigitsAndSymbols.Take(40).Select(k => (JsonNode?)k).ToArray()) },
                "x-unknown-values" => new List<JsonNode?> { "keep", 1, null, true, "PRESERVE", new JsonArray("preserve") },
                "x-date-format" => new List<JsonNode?> { "yyyy", string.Empty, 5, "jpm-timestamp", "dd-MM-yyyy", "\"; throw null; \"", "yyyy-MM-dd\\" },
                "x-write-as" => new List<JsonNode?> { "seconds", "banana", 3, new JsonObject(), "\"" },
                "x-sensitive" => new List<JsonNode?> { "PAN", "credit", true, "pan", "cvv", "authentication-value", "secret", 0 },
                "x-content-schema" => new List<JsonNode?> { "string", new JsonArray(), new JsonObject(), new JsonObject { ["type"] = "array" }, new JsonObject { ["$ref"] = "#/nope" }, new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["a"] = new JsonObject { ["type"] = "string" } } } },
                "x-brand-rules" => new List<JsonNode?>
                {
                    "rules", new JsonArray(1, "x"), new JsonArray(new JsonObject()),
                    new JsonArray(new JsonObject { ["id"] = "r", ["require"] = new JsonArray("a..b") }),
                    new JsonArray(new JsonObject { ["id"] = "r", ["require"] = new JsonArray(otherProperty) }, new JsonObject { ["id"] = "r", ["forbid"] = new JsonArray(otherProperty) }),
                    new JsonArray(new JsonObject { ["id"] = "\"quoted\" {0} \n", ["brands"] = new JsonArray("visa\"", "*"), ["require"] = new JsonArray(otherProperty + "[]", "ñ.ü", "a.b[].c"), ["message"] = "\"; } class X { \"\n{0}", ["severity"] = "warning", ["source"] = "\\" }),
                    new JsonArray(new JsonObject { ["id"] = "w", ["when"] = new JsonObject { ["all"] = new JsonArray() }, ["require"] = new JsonArray(otherProperty) }),
                    new JsonArray(new JsonObject { ["id"] = "e", ["expect"] = new JsonArray(new JsonObject { ["path"] = otherProperty, ["equals"] = new JsonObject() }) }),
                    new JsonArray(new JsonObject { ["id"] = "s", ["severity"] = "fatal", ["require"] = new JsonArray(otherProperty) }),
                    new JsonArray(new JsonObject { ["id"] = "c", ["when"] = new JsonObject { ["path"] = otherProperty, ["equals"] = "a=b:c" }, ["expect"] = new JsonArray(new JsonObject { ["path"] = otherProperty, ["notEquals"] = 1.5 }) }),
                },
                "x-brand-eligibility" => new List<JsonNode?> { "x", new JsonObject { ["nope"] = new JsonArray("visa") }, new JsonObject { ["01"] = "visa" }, new JsonObject { ["01"] = new JsonArray(1) }, new JsonObject { ["01"] = new JsonArray("vi\"sa", "\\") } },
                "x-canonical" => new List<JsonNode?>
                {
                    "canonical/trans-status", new JsonObject(), new JsonObject { ["set"] = "canonical/nope", ["map"] = new JsonObject() },
                    new JsonObject { ["set"] = 5, ["map"] = "x" }, new JsonObject { ["set"] = "canonical/trans-status", ["map"] = new JsonObject { ["zz"] = "Y" }, ["write"] = new JsonObject { ["Y"] = "nope" } },
                    new JsonObject { ["set"] = "canonical/trans-status", ["map"] = new JsonObject { ["01"] = new JsonArray() } },
                },
                "x-source" => new List<JsonNode?>
                {
                    5, string.Empty, new JsonArray(), new JsonObject { ["url"] = "https://example.com" }, new JsonArray(1), new JsonArray(new JsonArray("x")),
                    new JsonArray(new JsonObject { ["repo"] = "a/b", ["path"] = "p", ["commit"] = "\"; } {0}" }),
                    new JsonArray(new JsonObject { ["url"] = "ftp://example.com" }), new JsonArray(new JsonObject { ["url"] = "https://a.example", ["repo"] = "a/b" }),
                    new JsonArray(new JsonObject { ["repo"] = _r.Pick(NastyText.All), ["path"] = "p", ["commit"] = "54a565b" }), new JsonArray(new JsonObject { ["note"] = 1 }),
                },
                _ => new List<JsonNode?> { 5, "x", new JsonArray(), new JsonObject { ["a"] = new JsonObject { ["b"] = "c" } }, null, true },
            };
            JsonNode? chosen = _r.Pick(options);
            return chosen?.DeepClone();
        }

        private static string Naming(string wire) => wire.Length == 0 ? "Value" : char.ToUpperInvariant(wire[0]) + wire.Substring(1);

        private JsonObject RandomSchema(int depth)
        {
            int kind = _r.Next(depth <= 0 ? 10 : 14);
            List<string> definitions = (_root["definitions"] as JsonObject)?.Select(p => p.Key).ToList() ?? new List<string>();
            return kind switch
            {
                0 => new JsonObject { ["type"] = "string" },
                1 => new JsonObject { ["type"] = "integer" },
                2 => new JsonObject { ["type"] = "number" },
                3 => new JsonObject { ["type"] = "boolean" },
                4 => new JsonObject { ["type"] = new JsonArray("string", "null") },
                5 => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(_r.Pick(NastyText.All), _r.Pick(NastyText.All), "01") },
                6 => new JsonObject { ["type"] = "string", ["format"] = "date-time" },
                7 => new JsonObject { ["type"] = new JsonArray("string", "integer") },
                8 => new JsonObject { ["type"] = "string", ["x-sensitive"] = "pan" },
                9 => definitions.Count > 0 ? new JsonObject { ["$ref"] = "#/definitions/" + Escape(_r.Pick(definitions)) } : new JsonObject { ["type"] = "string", ["x-date-format"] = "yyyyMMdd" },
                10 => new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { [_r.Pick(NastyText.All)] = RandomSchema(depth - 1), ["b"] = RandomSchema(depth - 1) } },
                11 => new JsonObject { ["type"] = "array", ["items"] = RandomSchema(depth - 1) },
                12 => new JsonObject { ["type"] = "object", ["additionalProperties"] = RandomSchema(depth - 1) },
                _ => new JsonObject
                {
                    ["type"] = "string", ["contentEncoding"] = "base64", ["contentMediaType"] = "application/json",
                    ["x-content-schema"] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { [_r.Pick(NastyText.All)] = RandomSchema(depth - 1) } },
                },
            };
        }

        private JsonNode? RandomValue() => _r.Next(12) switch
        {
            0 => 42,
            1 => -1.5,
            2 => true,
            3 => null,
            4 => "text",
            5 => new JsonArray(),
            6 => new JsonArray(1, "a", null, new JsonObject()),
            7 => new JsonObject(),
            8 => new JsonObject { ["a"] = 1 },
            9 => JsonValue.Create(new RawNumber("1e400")),
            10 => string.Empty,
            _ => JsonValue.Create(new RawNumber("-99999999999999999999999")),
        };

        private void MaybeRequire(JsonObject map, IEnumerable<string> names)
        {
            if (_r.Next(2) == 0 && map.Parent is JsonObject owner)
            {
                var required = owner["required"] as JsonArray ?? new JsonArray();
                owner["required"] = required;
                foreach (string n in names)
                {
                    required.Add(n);
                }
            }
        }

        private JsonArray NewEnum()
        {
            JsonObject map = _r.Pick(PropertyMaps().ToList());
            var values = new JsonArray("01", "02");
            AddProperty(map, "code", new JsonObject { ["type"] = "string", ["enum"] = values });
            return values;
        }

        private static void AddProperty(JsonObject map, string name, JsonNode? schema)
        {
            map[name] = schema;
        }

        private static void Rename(JsonObject obj, string key, string renamed)
        {
            if (key == renamed)
            {
                return;
            }

            int index = obj.IndexOf(key);
            JsonNode? value = obj[key];
            obj.RemoveAt(index);
            if (obj.ContainsKey(renamed))
            {
                obj[renamed] = value;
            }
            else
            {
                obj.Insert(index, renamed, value);
            }
        }

        private static string Escape(string name) => name.Replace("~", "~0").Replace("/", "~1");

        private IEnumerable<JsonObject> Objects()
        {
            var stack = new Stack<JsonNode>();
            stack.Push(_root);
            while (stack.Count > 0)
            {
                JsonNode node = stack.Pop();
                if (node is JsonObject obj)
                {
                    yield return obj;
                    foreach (KeyValuePair<string, JsonNode?> member in obj.ToList())
                    {
                        if (member.Value is not null)
                        {
                            stack.Push(member.Value);
                        }
                    }
                }
                else if (node is JsonArray array)
                {
                    foreach (JsonNode? item in array.ToList())
                    {
                        if (item is not null)
                        {
                            stack.Push(item);
                        }
                    }
                }
            }
        }

        /// <summary>Objects in schema position (not maps of properties or definitions, not extension values).</summary>
        private IEnumerable<JsonObject> SchemaObjects() => Objects().Where(o =>
            o.Parent is null
            || (o.Parent is JsonObject parentMap && parentMap.Parent is JsonObject && parentMap.GetPropertyName() is "properties" or "definitions")
            || (o.Parent is JsonObject && o.GetPropertyName() is "items" or "additionalProperties" or "x-content-schema"));

        private IEnumerable<JsonObject> ObjectSchemas()
        {
            var list = SchemaObjects().Where(o => o["properties"] is JsonObject).ToList();
            return list.Count > 0 ? list : new[] { _root };
        }

        private IEnumerable<JsonObject> PropertyMaps()
        {
            var maps = Objects().Where(o => o.Parent is JsonObject && o.GetPropertyName() == "properties").ToList();
            if (maps.Count == 0)
            {
                var map = new JsonObject();
                _root["type"] = "object";
                _root["properties"] = map;
                maps.Add(map);
            }

            return maps;
        }

        private IEnumerable<JsonArray> EnumArrays() =>
            Objects().SelectMany(o => o.Where(p => p.Key == "enum" && p.Value is JsonArray).Select(p => (JsonArray)p.Value!)).ToList();
    }
}
