using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ThreeDsContracts.Generator.Diagnostics;
using ThreeDsContracts.Generator.Model;

namespace ThreeDsContracts.Generator.Parsing;

/// <summary>
/// Parse step: one schema file's text → types with symbolic $refs, the pointers it exports, and
/// diagnostics located at the offending line. Reads JSON with Newtonsoft (for line information);
/// never touches the disk or the network.
/// </summary>
internal sealed partial class SchemaParser
{
    private static readonly string[] KnownDateFormats = { "dd-MM-yyyy", "dd-MM-yyyyHH:mm", "yyyyMMddHHmm", "yyyyMMdd", "yyyy-MM-dd", "yyyyMMddHHmmss", "jpm-timestamp" };
    private static readonly string[] SensitiveKinds = { "pan", "cvv", "authentication-value", "secret" };
    private static readonly HashSet<string> ValidationOnlyKeywords = new(StringComparer.Ordinal)
    {
        "required", "not", "properties", "const", "enum", "minLength", "maxLength", "pattern", "minimum", "maximum",
        "description", "title", "type", "anyOf", "oneOf", "allOf", "minProperties", "maxProperties", "$comment",
    };

    private readonly SchemaFile _file;
    private readonly LineMap _lines;
    private readonly List<TypeSpec> _types = new();
    private readonly List<ExportSpec> _exports = new();
    private readonly List<RefSite> _references = new();
    private readonly List<TypeSite> _typeSites = new();
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly HashSet<string> _typeNames = new(StringComparer.Ordinal);
    private readonly string _segment;
    private string? _explicitNamespace;
    private int _depth;
    private JObject? _root;
    private readonly Dictionary<JObject, JObject> _flattened = new();
    private readonly Dictionary<JObject, List<BaseRefSpec>> _basesOf = new();

    private SchemaParser(SchemaFile file)
    {
        _file = file;
        _lines = new LineMap(file.Text);
        _segment = SchemaIds.Folder(file.Id);
    }

    public static ParsedSchema Parse(SchemaFile file, CancellationToken cancellationToken) =>
        Parse(file, cancellationToken, static (parser, token) => parser.Run(token));

    /// <summary>Runs <paramref name="body"/> with the guard that turns any parser failure into TDS0012 (tests inject failures here).</summary>
    internal static ParsedSchema Parse(SchemaFile file, CancellationToken cancellationToken, Func<SchemaParser, CancellationToken, string> body)
    {
        var parser = new SchemaParser(file);
        string description = string.Empty;
        try
        {
            description = body(parser, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            // A bug in the parser must never reach the compiler as CS8785: report it on the file.
            parser._types.Clear();
            parser._exports.Clear();
            parser._references.Clear();
            parser._typeSites.Clear();
            parser.Report(DiagnosticDescriptors.InternalError, null, file.Id, exception.GetType().Name + ": " + exception.Message);
        }

        return new ParsedSchema(
            file.Id,
            file.Path,
            file.Origin,
            parser._segment,
            parser._explicitNamespace,
            description,
            parser._types.ToEquatableArray(),
            parser._exports.ToEquatableArray(),
            parser._references.ToEquatableArray(),
            parser._typeSites.ToEquatableArray(),
            parser._diagnostics.ToEquatableArray());
    }

    private string Run(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(_file.Text))
        {
            Report(DiagnosticDescriptors.EmptySchema, null, _file.Id);
            return string.Empty;
        }

        JToken root;
        try
        {
            root = JToken.Parse(_file.Text, new JsonLoadSettings
            {
                LineInfoHandling = LineInfoHandling.Load,
                DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
                CommentHandling = CommentHandling.Ignore,
            });
        }
        catch (JsonReaderException exception)
        {
            ReportAt(DiagnosticDescriptors.MalformedJson, Math.Max(exception.LineNumber, 1), Math.Max(exception.LinePosition, 1), _file.Id, FirstSentence(exception.Message));
            return string.Empty;
        }

        // Newtonsoft also reads comments, trailing commas, single quotes and bare names; a schema must be strict JSON.
        if (StrictJson.Find(_file.Text) is StrictJson.Violation violation)
        {
            ReportAt(DiagnosticDescriptors.MalformedJson, violation.Line, violation.Column, _file.Id, violation.Message);
            return string.Empty;
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (root is not JObject schema)
        {
            Report(DiagnosticDescriptors.RootNotObject, root, _file.Id, Describe(root.Type));
            return string.Empty;
        }

        _root = schema;
        SourceReferences.Validate(schema, _file, _lines, _diagnostics);
        if (schema["x-namespace"] is JToken ns)
        {
            if (ns.Type == JTokenType.String && ns.ToString().Split('.').All(Naming.IsValidIdentifier) && !IsPackageNamespace(ns.ToString()))
            {
                _explicitNamespace = ns.ToString();
            }
            else
            {
                Report(DiagnosticDescriptors.InvalidExtension, ns, _file.Id, "#/x-namespace", "x-namespace must be a dotted C# namespace outside ThreeDsContracts (the package's own types live there)");
            }
        }

        string rootName = TypeNameFor(schema, "#", DefaultRootName());
        ParseExport(schema, "#", rootName, isRoot: true);

        if (schema["$defs"] is JObject defs)
        {
            ParseDefinitions(defs, "#/$defs");
        }

        if (schema["definitions"] is JObject definitions)
        {
            ParseDefinitions(definitions, "#/definitions");
        }
        else if (schema["definitions"] is JToken badDefinitions)
        {
            Report(DiagnosticDescriptors.UnsupportedConstruct, badDefinitions, _file.Id, "#/definitions", "definitions must be an object of schemas");
        }

        return schema["description"]?.Type == JTokenType.String ? FirstLine(schema["description"]!.ToString())
            : schema["title"]?.Type == JTokenType.String ? schema["title"]!.ToString() : string.Empty;
    }

    /// <summary>The namespaces of ThreeDsContracts.dll: a project schema placed there would clash with the built-in types.</summary>
    private static bool IsPackageNamespace(string ns) =>
        ns == SchemaResolver.BuiltInNamespace || ns.StartsWith(SchemaResolver.BuiltInNamespace + ".", StringComparison.Ordinal);

    private void ParseDefinitions(JObject definitions, string pointer)
    {
        foreach (JProperty definition in definitions.Properties())
        {
            string defPointer = pointer + "/" + EscapePointer(definition.Name);
            if (definition.Value is not JObject defSchema)
            {
                Report(DiagnosticDescriptors.UnsupportedConstruct, definition.Value, _file.Id, defPointer, "a definition must be a schema object");
                continue;
            }

            ParseExport(defSchema, defPointer, TypeNameFor(defSchema, defPointer, Naming.ToPascal(definition.Name)), isRoot: false);
            if (defSchema["definitions"] is JObject nested)
            {
                ParseDefinitions(nested, defPointer + "/definitions");
            }

            if (defSchema["$defs"] is JObject nestedDefs)
            {
                ParseDefinitions(nestedDefs, defPointer + "/$defs");
            }
        }
    }

    /// <summary>Root or definition: a named type, a scalar shape, or an alias of another schema.</summary>
    private void ParseExport(JObject schema, string pointer, string typeName, bool isRoot)
    {
        typeName = Naming.SafeTypeName(typeName);
        if (schema["$ref"] is JToken reference)
        {
            if (TryReference(reference, pointer, out string targetId, out string targetPointer))
            {
                _exports.Add(new ExportSpec(pointer, ExportKind.Alias, null, _segment, _explicitNamespace, false, false, null, targetId, targetPointer));
            }

            return;
        }

        schema = FlattenAllOf(schema);
        switch (Classify(schema))
        {
            case Shape.Object:
                ParseObject(schema, pointer, typeName, isRoot);
                break;
            case Shape.Enum:
                ParseEnum(schema, pointer, typeName, isRoot);
                break;
            default:
                ValueTypeSpec scalar = ParseValue(schema, pointer, typeName, out _);
                _exports.Add(new ExportSpec(pointer, ExportKind.Scalar, null, _segment, _explicitNamespace, false, false, scalar, null, null));
                if (isRoot && schema["x-brand-rules"] is JToken rules)
                {
                    Report(DiagnosticDescriptors.InvalidBrandRule, rules, _file.Id, pointer + "/x-brand-rules", "rules need an object schema with properties");
                }

                break;
        }
    }

    private enum Shape
    {
        Object,
        Enum,
        Other,
    }

    private static Shape Classify(JObject schema)
    {
        if (schema["enum"] is JArray values && values.Any(v => v.Type == JTokenType.String) && values.All(v => v.Type is JTokenType.String or JTokenType.Null))
        {
            return Shape.Enum;
        }

        if (schema["x-date-format"] is not null || schema["enum"] is not null || schema["const"] is not null)
        {
            return Shape.Other;
        }

        IReadOnlyList<string> types = TypesOf(schema);
        bool objectish = types.Count == 0 ? schema["properties"] is JObject : types.Contains("object") && types.All(t => t is "object" or "null");
        return objectish && schema["properties"] is JObject ? Shape.Object : Shape.Other;
    }

    private void ParseObject(JObject schema, string pointer, string typeName, bool isRoot)
    {
        if (++_depth > 64)
        {
            Report(DiagnosticDescriptors.UnsupportedConstruct, schema, _file.Id, pointer, "schemas nested deeper than 64 levels are not generated");
            _depth--;
            return;
        }

        try
        {
            RegisterTypeName(typeName, schema, pointer);
            _exports.Add(new ExportSpec(pointer, ExportKind.Named, typeName, _segment, _explicitNamespace, false, false, null, null, null));
            CheckCombinators(schema, pointer);
            var required = new HashSet<string>(StringComparer.Ordinal);
            if (schema["required"] is JArray requiredArray)
            {
                foreach (JToken item in requiredArray)
                {
                    if (item.Type == JTokenType.String)
                    {
                        required.Add(item.ToString());
                    }
                }
            }

            var properties = new List<PropertySpec>();
            var usedNames = new HashSet<string>(StringComparer.Ordinal);
            var usedWire = new HashSet<string>(StringComparer.Ordinal);
            foreach (JProperty property in ((JObject)schema["properties"]!).Properties())
            {
                string propertyPointer = pointer + "/properties/" + EscapePointer(property.Name);
                if (property.Value is not JObject propertySchema)
                {
                    if (property.Value.Type == JTokenType.Boolean)
                    {
                        properties.Add(CreateProperty(property.Name, new JObject(), propertyPointer, typeName, required, usedNames, ValueTypeSpec.Json));
                        continue;
                    }

                    Report(DiagnosticDescriptors.UnsupportedConstruct, property.Value, _file.Id, propertyPointer, "a property schema must be an object");
                    continue;
                }

                usedWire.Add(property.Name);
                string nestedName = ExplicitTypeName(propertySchema, propertyPointer) ?? typeName + Naming.ToPascal(property.Name);
                ValueTypeSpec type = ParseValue(propertySchema, propertyPointer, nestedName, out bool nullable);
                if (type.Kind is not (ValueKind.Object or ValueKind.Enum))
                {
                    // So that other schemas can $ref a property (`other.schema.json#/properties/status`); object and
                    // enum properties export themselves as named types at the same pointer.
                    _exports.Add(new ExportSpec(propertyPointer, ExportKind.Scalar, null, _segment, _explicitNamespace, false, false, type, null, null));
                }

                PropertySpec spec = CreateProperty(property.Name, propertySchema, propertyPointer, typeName, required, usedNames, type) with { AcceptsNull = nullable };
                properties.Add(nullable && !spec.Nullable ? spec with { Nullable = true } : spec);
            }

            foreach (PropertySpec property in properties)
            {
                foreach (string alias in property.Aliases)
                {
                    if (usedWire.Contains(alias))
                    {
                        Report(DiagnosticDescriptors.InvalidExtension, schema["properties"], _file.Id, pointer + "/properties", $"x-aliases: '{alias}' is also a property of its own");
                    }
                }
            }

            List<BaseRefSpec> bases = _basesOf.TryGetValue(schema, out List<BaseRefSpec>? found) ? found : new List<BaseRefSpec>();
            EquatableArray<BrandRuleSpec> rules = schema["x-brand-rules"] is JToken rulesToken
                ? ParseBrandRules(rulesToken, pointer + "/x-brand-rules")
                : EquatableArray<BrandRuleSpec>.Empty;
            _types.Add(new TypeSpec(
                TypeKind.Object,
                typeName,
                string.Empty,
                _file.Id,
                pointer,
                DescriptionOf(schema),
                properties.ToEquatableArray(),
                EquatableArray<EnumMemberSpec>.Empty,
                false,
                EquatableArray<EligibilitySpec>.Empty,
                null,
                rules,
                isRoot,
                Bases: bases.ToEquatableArray(),
                BaseRequired: bases.Count == 0 ? EquatableArray<string>.Empty : required.Where(r => !usedWire.Contains(r)).OrderBy(r => r, StringComparer.Ordinal).ToEquatableArray())
            {
                RequiredGroups = ConstraintParser.RequiredGroups(schema),
            });
        }
        finally
        {
            _depth--;
        }
    }

    private PropertySpec CreateProperty(string wireName, JObject schema, string pointer, string typeName, HashSet<string> required, HashSet<string> usedNames, ValueTypeSpec type)
    {
        string candidate = Naming.ToPascal(wireName);
        if (schema["x-property-name"] is JToken explicitName)
        {
            if (explicitName.Type == JTokenType.String && Naming.IsValidIdentifier(explicitName.ToString()))
            {
                candidate = explicitName.ToString();
            }
            else
            {
                Report(DiagnosticDescriptors.InvalidExtension, explicitName, _file.Id, pointer + "/x-property-name", "x-property-name must be a C# identifier");
            }
        }

        var aliases = new List<string>();
        if (schema["x-aliases"] is JToken aliasToken)
        {
            if (aliasToken is JArray aliasArray && aliasArray.All(a => a.Type == JTokenType.String))
            {
                aliases.AddRange(aliasArray.Select(a => a.ToString()).Where(a => a != wireName));
            }
            else
            {
                Report(DiagnosticDescriptors.InvalidExtension, aliasToken, _file.Id, pointer + "/x-aliases", "x-aliases must be an array of strings");
            }
        }

        string sensitive = string.Empty;
        if (schema["x-sensitive"] is JToken sensitiveToken)
        {
            if (sensitiveToken.Type == JTokenType.String && SensitiveKinds.Contains(sensitiveToken.ToString()))
            {
                sensitive = sensitiveToken.ToString();
            }
            else
            {
                Report(DiagnosticDescriptors.InvalidExtension, sensitiveToken, _file.Id, pointer + "/x-sensitive", "x-sensitive must be one of pan, cvv, authentication-value, secret");
            }
        }

        bool isRequired = required.Contains(wireName);
        bool nullable = !isRequired || TypesOf(schema).Contains("null") || IsOpenApiNullable(schema);
        string? canonicalField = schema["x-canonical-field"]?.Type == JTokenType.String ? schema["x-canonical-field"]!.ToString() : null;
        return new PropertySpec(
            wireName,
            Naming.UniqueMemberName(candidate, typeName, usedNames),
            DescriptionOf(schema),
            isRequired,
            nullable,
            aliases.ToEquatableArray(),
            type,
            sensitive,
            canonicalField);
    }

    /// <summary>The value type of a property, array item or scalar definition; inline objects and enums become types.</summary>
    private ValueTypeSpec ParseValue(JObject schema, string pointer, string nestedTypeName, out bool nullable) =>
        WithConstraints(ParseValueType(schema, pointer, nestedTypeName, out nullable), schema, pointer);

    private ValueTypeSpec ParseValueType(JObject schema, string pointer, string nestedTypeName, out bool nullable)
    {
        nestedTypeName = Naming.SafeTypeName(nestedTypeName);
        IReadOnlyList<string> types = TypesOf(schema);
        nullable = types.Contains("null") || IsOpenApiNullable(schema) || (schema["enum"] is JArray withNull && withNull.Any(v => v.Type == JTokenType.Null));
        if (schema["$ref"] is null && WrappedReference(schema, out bool wrappedNullable) is JObject wrapped)
        {
            // {"allOf": [{"$ref": …}], "description": …} and {"oneOf": [{"$ref": …}, {"type": "null"}]}: the common
            // ways to describe or null a reference.
            ValueTypeSpec inner = ParseValue(wrapped, pointer, nestedTypeName, out bool innerNullable);
            nullable |= wrappedNullable || innerNullable;
            return inner;
        }

        if (schema["$ref"] is JToken reference)
        {
            return TryReference(reference, pointer, out string id, out string target)
                ? new ValueTypeSpec(ValueKind.Ref, RefSchemaId: id, RefPointer: target)
                : ValueTypeSpec.Json;
        }

        if (schema["x-date-format"] is JToken dateFormat)
        {
            string format = dateFormat.Type == JTokenType.String ? dateFormat.ToString() : string.Empty;
            if (!KnownDateFormats.Contains(format))
            {
                Report(DiagnosticDescriptors.InvalidExtension, dateFormat, _file.Id, pointer + "/x-date-format", "x-date-format must be one of " + string.Join(", ", KnownDateFormats));
                return ValueTypeSpec.String;
            }

            return format switch
            {
                "jpm-timestamp" => new ValueTypeSpec(ValueKind.FlexibleTimestamp, WriteAs: schema["x-write-as"]?.ToString()),
                "dd-MM-yyyy" or "yyyyMMdd" or "yyyy-MM-dd" => new ValueTypeSpec(ValueKind.DateOnly, Format: format),
                _ => new ValueTypeSpec(ValueKind.DateTime, Format: format),
            };
        }

        schema = FlattenAllOf(schema);
        switch (Classify(schema))
        {
            case Shape.Object:
                ParseObject(schema, pointer, nestedTypeName, isRoot: false);
                return new ValueTypeSpec(ValueKind.Object, TypeName: nestedTypeName);
            case Shape.Enum:
                bool preserve = ParseEnum(schema, pointer, nestedTypeName, isRoot: false);
                return new ValueTypeSpec(ValueKind.Enum, TypeName: nestedTypeName, PreserveUnknown: preserve);
        }

        CheckCombinators(schema, pointer);
        var concrete = types.Where(t => t != "null").ToList();
        if (concrete.Count == 0 && schema["const"] is JToken constant)
        {
            concrete.Add(constant.Type switch
            {
                JTokenType.String => "string",
                JTokenType.Integer => "integer",
                JTokenType.Float => "number",
                JTokenType.Boolean => "boolean",
                _ => "any",
            });
        }

        if (concrete.Count == 0 && schema["enum"] is JArray values && values.Count > 0)
        {
            concrete.Add(values.All(v => v.Type == JTokenType.Integer) ? "integer" : values.All(v => v.Type is JTokenType.Integer or JTokenType.Float) ? "number" : "any");
        }

        if (concrete.Count == 2 && concrete.Contains("string") && (concrete.Contains("integer") || concrete.Contains("number")))
        {
            return new ValueTypeSpec(ValueKind.NumberOrString, WriteAs: schema["x-write-as"]?.ToString());
        }

        if (concrete.Count != 1)
        {
            return ValueTypeSpec.Json;
        }

        switch (concrete[0])
        {
            case "string":
                return ParseString(schema, pointer, nestedTypeName);
            case "integer":
                return IsInt32(schema) ? new ValueTypeSpec(ValueKind.Int32) : new ValueTypeSpec(ValueKind.Int64);
            case "number":
                return new ValueTypeSpec(ValueKind.Decimal);
            case "boolean":
                return new ValueTypeSpec(ValueKind.Boolean);
            case "array":
                if (schema["items"] is JObject items)
                {
                    string itemName = ExplicitTypeName(items, pointer + "/items") ?? nestedTypeName + "Item";
                    ValueTypeSpec item = ParseValue(items, pointer + "/items", itemName, out _);
                    return new ValueTypeSpec(ValueKind.Array, Item: item);
                }

                if (schema["items"] is JArray)
                {
                    Report(DiagnosticDescriptors.UnsupportedConstruct, schema["items"], _file.Id, pointer + "/items", "tuple arrays (items as an array) are read as untyped JSON");
                }

                return new ValueTypeSpec(ValueKind.Array, Item: ValueTypeSpec.Json);
            case "object":
                if (schema["additionalProperties"] is JObject valueSchema && valueSchema.HasValues)
                {
                    string valueName = ExplicitTypeName(valueSchema, pointer + "/additionalProperties") ?? nestedTypeName + "Value";
                    return new ValueTypeSpec(ValueKind.Map, Item: ParseValue(valueSchema, pointer + "/additionalProperties", valueName, out _));
                }

                return ValueTypeSpec.Json;
            default:
                return ValueTypeSpec.Json;
        }
    }

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

    private ValueTypeSpec ParseString(JObject schema, string pointer, string nestedTypeName)
    {
        if (schema["contentEncoding"]?.ToString() == "base64" && schema["x-content-schema"] is JToken content)
        {
            if (schema["contentMediaType"] is JToken media && media.ToString() != "application/json")
            {
                Report(DiagnosticDescriptors.InvalidExtension, media, _file.Id, pointer + "/contentMediaType", "x-content-schema needs contentMediaType application/json");
                return ValueTypeSpec.String;
            }

            if (content is not JObject contentSchema)
            {
                Report(DiagnosticDescriptors.InvalidExtension, content, _file.Id, pointer + "/x-content-schema", "x-content-schema must be a schema object");
                return ValueTypeSpec.String;
            }

            ValueTypeSpec inner = ParseValue(contentSchema, pointer + "/x-content-schema", ExplicitTypeName(contentSchema, pointer) ?? nestedTypeName + "Content", out _);
            if (inner.Kind is not (ValueKind.Object or ValueKind.Ref))
            {
                Report(DiagnosticDescriptors.InvalidExtension, content, _file.Id, pointer + "/x-content-schema", "x-content-schema must describe an object");
                return ValueTypeSpec.String;
            }

            return new ValueTypeSpec(ValueKind.Base64Json, Item: inner);
        }

        if (schema["x-content-schema"] is JToken orphan)
        {
            Report(DiagnosticDescriptors.InvalidExtension, orphan, _file.Id, pointer + "/x-content-schema", "x-content-schema needs contentEncoding base64");
        }

        return schema["format"]?.ToString() == "date-time" ? new ValueTypeSpec(ValueKind.IsoDateTime) : ValueTypeSpec.String;
    }

    private static bool IsInt32(JObject schema)
    {
        if (schema["format"]?.ToString() == "int64")
        {
            return false;
        }

        decimal? min = NumberOf(schema["minimum"]) ?? NumberOf(schema["exclusiveMinimum"]);
        decimal? max = NumberOf(schema["maximum"]) ?? NumberOf(schema["exclusiveMaximum"]);
        return schema["format"]?.ToString() == "int32" || (min is { } lo && max is { } hi && lo >= int.MinValue && hi <= int.MaxValue);
    }

    private static decimal? NumberOf(JToken? token) =>
        token is { Type: JTokenType.Integer or JTokenType.Float } && decimal.TryParse(token.ToString(Formatting.None), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value) ? value : null;

    /// <summary>A code list: enum type with wire values; returns whether unknown values are preserved.</summary>
    private bool ParseEnum(JObject schema, string pointer, string typeName, bool isRoot)
    {
        RegisterTypeName(typeName, schema, pointer);
        var values = ((JArray)schema["enum"]!).Where(v => v.Type == JTokenType.String).Select(v => v.ToString()).ToList();
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (string value in values)
        {
            if (!distinct.Add(value))
            {
                Report(DiagnosticDescriptors.InvalidExtension, schema["enum"], _file.Id, pointer + "/enum", $"the wire value '{value}' is listed twice");
            }
        }

        values = distinct.ToList();
        List<string>? names = StringArray(schema, "x-enum-names", pointer, values.Count, mustBeIdentifiers: true);
        List<string>? descriptions = StringArray(schema, "x-enum-descriptions", pointer, values.Count, mustBeIdentifiers: false);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var members = new List<EnumMemberSpec>(values.Count);
        for (int i = 0; i < values.Count; i++)
        {
            string candidate = names?[i] ?? DefaultMemberName(values[i]);
            if (names is not null && used.Contains(candidate))
            {
                Report(DiagnosticDescriptors.InvalidExtension, schema["x-enum-names"], _file.Id, pointer + "/x-enum-names", $"the member name '{candidate}' is used twice");
            }

            members.Add(new EnumMemberSpec(Naming.UniqueMemberName(candidate, typeName, used), values[i], descriptions?[i]));
        }

        bool preserve = false;
        if (schema["x-unknown-values"] is JToken unknown)
        {
            if (unknown.Type == JTokenType.String && unknown.ToString() is "preserve" or "reject")
            {
                preserve = unknown.ToString() == "preserve";
            }
            else
            {
                Report(DiagnosticDescriptors.InvalidExtension, unknown, _file.Id, pointer + "/x-unknown-values", "x-unknown-values must be \"preserve\" or \"reject\"");
            }
        }

        CanonicalMapSpec? canonicalSpec = ParseCanonical(schema, pointer, distinct);
        EquatableArray<EnumMemberSpec> exported = members.Select(m => m with { Description = null }).ToEquatableArray();
        _exports.Add(new ExportSpec(pointer, ExportKind.Named, typeName, _segment, _explicitNamespace, true, preserve, null, null, null, exported));
        _types.Add(new TypeSpec(
            TypeKind.Enum,
            typeName,
            string.Empty,
            _file.Id,
            pointer,
            DescriptionOf(schema),
            EquatableArray<PropertySpec>.Empty,
            members.ToEquatableArray(),
            preserve,
            ParseEligibility(schema, pointer, distinct),
            canonicalSpec,
            EquatableArray<BrandRuleSpec>.Empty,
            isRoot,
            canonicalSpec?.EciOutcomes ?? EquatableArray<EciOutcomeSpec>.Empty));
        return preserve;
    }

    private static string DefaultMemberName(string wireValue)
    {
        string name = Naming.ToPascal(wireValue.ToLowerInvariant());
        return name.StartsWith("_", StringComparison.Ordinal) ? "Code" + name.Substring(1) : name;
    }

    private List<string>? StringArray(JObject schema, string keyword, string pointer, int expected, bool mustBeIdentifiers)
    {
        if (schema[keyword] is not JToken token)
        {
            return null;
        }

        if (token is not JArray array || array.Count != expected || array.Any(a => a.Type != JTokenType.String))
        {
            Report(DiagnosticDescriptors.InvalidExtension, token, _file.Id, pointer + "/" + keyword, $"{keyword} must be an array of {expected} strings, one per enum value");
            return null;
        }

        var list = array.Select(a => a.ToString()).ToList();
        if (mustBeIdentifiers)
        {
            for (int i = 0; i < list.Count; i++)
            {
                if (!Naming.IsValidIdentifier(list[i]))
                {
                    Report(DiagnosticDescriptors.InvalidExtension, array[i], _file.Id, pointer + "/" + keyword + "/" + i.ToString(CultureInfo.InvariantCulture), $"'{list[i]}' is not a valid C# identifier");
                    list[i] = Naming.ToPascal(list[i]);
                }
            }
        }

        return list;
    }

    private EquatableArray<EligibilitySpec> ParseEligibility(JObject schema, string pointer, HashSet<string> values)
    {
        if (schema["x-brand-eligibility"] is not JToken token)
        {
            return EquatableArray<EligibilitySpec>.Empty;
        }

        if (token is not JObject table)
        {
            Report(DiagnosticDescriptors.InvalidExtension, token, _file.Id, pointer + "/x-brand-eligibility", "x-brand-eligibility must map wire values to arrays of brand ids");
            return EquatableArray<EligibilitySpec>.Empty;
        }

        var list = new List<EligibilitySpec>();
        foreach (JProperty entry in table.Properties())
        {
            if (!values.Contains(entry.Name))
            {
                Report(DiagnosticDescriptors.InvalidExtension, entry, _file.Id, pointer + "/x-brand-eligibility", $"'{entry.Name}' is not a value of the enum");
                continue;
            }

            if (entry.Value is not JArray brands || brands.Any(b => b.Type != JTokenType.String))
            {
                Report(DiagnosticDescriptors.InvalidExtension, entry.Value, _file.Id, pointer + "/x-brand-eligibility", $"the brands of '{entry.Name}' must be an array of brand ids");
                continue;
            }

            list.Add(new EligibilitySpec(entry.Name, brands.Select(b => b.ToString()).ToEquatableArray()));
        }

        return list.ToEquatableArray();
    }

    /// <summary>x-canonical (map of a provider list, versions of a canonical set), x-eci-outcomes and x-liability-shift.</summary>
    private CanonicalMapSpec? ParseCanonical(JObject schema, string pointer, HashSet<string> values)
    {
        CanonicalMapSpec? map = ParseCanonicalMap(schema, pointer, values);
        EquatableArray<VersionMeaningSpec> versions = schema["x-canonical"] is JObject canonical && canonical["versions"] is JToken versionsToken
            ? ParseVersions(versionsToken, pointer + "/x-canonical/versions", values)
            : EquatableArray<VersionMeaningSpec>.Empty;
        EquatableArray<EciOutcomeSpec> outcomes = schema["x-eci-outcomes"] is JToken outcomesToken
            ? ParseEciOutcomes(outcomesToken, pointer + "/x-eci-outcomes", values)
            : EquatableArray<EciOutcomeSpec>.Empty;
        EquatableArray<LiabilityShiftSpec> liability = schema["x-liability-shift"] is JToken liabilityToken
            ? ParseLiabilityShift(liabilityToken, pointer + "/x-liability-shift", values)
            : EquatableArray<LiabilityShiftSpec>.Empty;
        if (versions.Count == 0 && outcomes.Count == 0 && liability.Count == 0)
        {
            return map;
        }

        map ??= new CanonicalMapSpec(string.Empty, EquatableArray<CanonicalCodeSpec>.Empty, EquatableArray<CanonicalCodeSpec>.Empty);
        return map with { Versions = versions, EciOutcomes = outcomes, LiabilityShift = liability };
    }

    private EquatableArray<VersionMeaningSpec> ParseVersions(JToken token, string pointer, HashSet<string> values)
    {
        var list = new List<VersionMeaningSpec>();
        if (token is not JObject table)
        {
            Report(DiagnosticDescriptors.InvalidExtension, token, _file.Id, pointer, "x-canonical.versions must map wire values to { \"<version prefix>\": \"<meaning>\" }");
            return list.ToEquatableArray();
        }

        foreach (JProperty code in table.Properties())
        {
            if (!values.Contains(code.Name))
            {
                Report(DiagnosticDescriptors.InvalidExtension, code, _file.Id, pointer, $"'{code.Name}' is not a value of the enum");
                continue;
            }

            if (code.Value is not JObject meanings)
            {
                Report(DiagnosticDescriptors.InvalidExtension, code.Value, _file.Id, pointer, $"the versions of '{code.Name}' must be an object of version prefix to meaning");
                continue;
            }

            foreach (JProperty meaning in meanings.Properties())
            {
                if (!IsVersionPrefix(meaning.Name) || meaning.Value.Type != JTokenType.String || meaning.Value.ToString().Length == 0)
                {
                    Report(DiagnosticDescriptors.InvalidExtension, meaning, _file.Id, pointer, $"'{code.Name}': '{meaning.Name}' needs a version prefix such as \"2.1\" and a non-empty meaning");
                    continue;
                }

                list.Add(new VersionMeaningSpec(code.Name, meaning.Name, meaning.Value.ToString()));
            }
        }

        return list.ToEquatableArray();
    }

    private static bool IsVersionPrefix(string text) =>
        text.Length > 0 && text.Split('.').All(part => part.Length > 0 && part.All(c => c >= '0' && c <= '9'));

    private EquatableArray<EciOutcomeSpec> ParseEciOutcomes(JToken token, string pointer, HashSet<string> values)
    {
        var list = new List<EciOutcomeSpec>();
        if (token is not JObject brands)
        {
            Report(DiagnosticDescriptors.InvalidExtension, token, _file.Id, pointer, "x-eci-outcomes must map brand ids to { \"<eci>\": \"<outcome>\" }");
            return list.ToEquatableArray();
        }

        foreach (JProperty brand in brands.Properties())
        {
            if (brand.Value is not JObject cells)
            {
                Report(DiagnosticDescriptors.InvalidExtension, brand.Value, _file.Id, pointer, $"the outcomes of '{brand.Name}' must be an object of ECI to outcome");
                continue;
            }

            foreach (JProperty cell in cells.Properties())
            {
                if (!values.Contains(cell.Name))
                {
                    Report(DiagnosticDescriptors.InvalidExtension, cell, _file.Id, pointer, $"'{brand.Name}': '{cell.Name}' is not a value of the enum");
                    continue;
                }

                if (cell.Value.Type != JTokenType.String || cell.Value.ToString().Length == 0)
                {
                    Report(DiagnosticDescriptors.InvalidExtension, cell, _file.Id, pointer, $"'{brand.Name}': the outcome of '{cell.Name}' must be a wire value of canonical/eci-outcome");
                    continue;
                }

                list.Add(new EciOutcomeSpec(brand.Name, cell.Name, cell.Value.ToString()));
            }
        }

        return list.ToEquatableArray();
    }

    private EquatableArray<LiabilityShiftSpec> ParseLiabilityShift(JToken token, string pointer, HashSet<string> values)
    {
        var list = new List<LiabilityShiftSpec>();
        if (token is not JObject table)
        {
            Report(DiagnosticDescriptors.InvalidExtension, token, _file.Id, pointer, "x-liability-shift must map wire values to true or false");
            return list.ToEquatableArray();
        }

        foreach (string value in values)
        {
            if (table[value] is not JToken shifts || shifts.Type != JTokenType.Boolean)
            {
                Report(DiagnosticDescriptors.InvalidExtension, table, _file.Id, pointer, $"the wire value '{value}' needs true or false");
                continue;
            }

            list.Add(new LiabilityShiftSpec(value, (bool)shifts!));
        }

        foreach (JProperty extra in table.Properties())
        {
            if (!values.Contains(extra.Name))
            {
                Report(DiagnosticDescriptors.InvalidExtension, extra, _file.Id, pointer, $"'{extra.Name}' is not a value of the enum");
            }
        }

        return list.ToEquatableArray();
    }

    private CanonicalMapSpec? ParseCanonicalMap(JObject schema, string pointer, HashSet<string> values)
    {
        if (schema["x-canonical"] is not JToken token)
        {
            return null;
        }

        if (token is not JObject canonical)
        {
            Report(DiagnosticDescriptors.InvalidExtension, token, _file.Id, pointer + "/x-canonical", "x-canonical must be an object with set and map");
            return null;
        }

        if (canonical["set"] is null && canonical["map"] is null)
        {
            return null; // canonical sets carry only x-canonical.versions
        }

        if (canonical["set"]?.Type != JTokenType.String || canonical["map"] is not JObject map)
        {
            Report(DiagnosticDescriptors.InvalidExtension, token, _file.Id, pointer + "/x-canonical", "x-canonical needs a string 'set' (a schema id) and an object 'map'");
            return null;
        }

        var entries = new List<CanonicalCodeSpec>();
        foreach (string value in values)
        {
            if (map[value] is not JToken target)
            {
                Report(DiagnosticDescriptors.InvalidExtension, map, _file.Id, pointer + "/x-canonical/map", $"the wire value '{value}' has no entry; use null for 'no canonical equivalent'");
                continue;
            }

            entries.Add(new CanonicalCodeSpec(value, target.Type == JTokenType.Null ? null : target.ToString()));
        }

        foreach (JProperty extra in map.Properties())
        {
            if (!values.Contains(extra.Name))
            {
                Report(DiagnosticDescriptors.InvalidExtension, extra, _file.Id, pointer + "/x-canonical/map", $"'{extra.Name}' is not a value of the enum");
            }
        }

        var write = new List<CanonicalCodeSpec>();
        if (canonical["write"] is JObject writeMap)
        {
            foreach (JProperty entry in writeMap.Properties())
            {
                if (entry.Value.Type != JTokenType.String || !values.Contains(entry.Value.ToString()))
                {
                    Report(DiagnosticDescriptors.InvalidExtension, entry, _file.Id, pointer + "/x-canonical/write", $"x-canonical.write must name a value of the enum for '{entry.Name}'");
                    continue;
                }

                write.Add(new CanonicalCodeSpec(entry.Value.ToString(), entry.Name));
            }
        }

        return new CanonicalMapSpec(canonical["set"]!.ToString(), entries.ToEquatableArray(), write.ToEquatableArray());
    }

    private EquatableArray<BrandRuleSpec> ParseBrandRules(JToken token, string pointer)
    {
        if (token is not JArray array)
        {
            Report(DiagnosticDescriptors.InvalidBrandRule, token, _file.Id, pointer, "x-brand-rules must be an array of rule objects");
            return EquatableArray<BrandRuleSpec>.Empty;
        }

        var rules = new List<BrandRuleSpec>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < array.Count; i++)
        {
            string rulePointer = pointer + "/" + i.ToString(CultureInfo.InvariantCulture);
            if (array[i] is not JObject rule)
            {
                Report(DiagnosticDescriptors.InvalidBrandRule, array[i], _file.Id, rulePointer, "must be an object");
                continue;
            }

            string? error = null;
            string id = rule["id"]?.Type == JTokenType.String ? rule["id"]!.ToString() : string.Empty;
            if (id.Length == 0)
            {
                error = "needs a string id";
            }
            else if (!ids.Add(id))
            {
                error = $"id '{id}' is used twice";
            }

            List<string> brands = Strings(rule, "brands", ref error);
            List<string> require = Paths(rule, "require", ref error);
            List<string> anyOf = Paths(rule, "requireAnyOf", ref error);
            List<string> forbid = Paths(rule, "forbid", ref error);
            var expect = new List<string>();
            if (rule["expect"] is JToken expectToken)
            {
                if (expectToken is JArray expectArray)
                {
                    foreach (JToken e in expectArray)
                    {
                        string? text = e is JObject eo ? ComparisonText(eo, string.Empty, asExpectation: true) : null;
                        if (text is null)
                        {
                            error ??= "expect entries need path and equals or notEquals";
                        }
                        else
                        {
                            expect.Add(text);
                        }
                    }
                }
                else
                {
                    error ??= "expect must be an array";
                }
            }

            var when = new List<string>();
            if (rule["when"] is JToken whenToken && !ParseCondition(whenToken, when))
            {
                error ??= "when must be {present|absent: path}, {path, equals|notEquals} or {all: [...]}";
            }

            if (require.Count + anyOf.Count + forbid.Count + expect.Count == 0)
            {
                error ??= "needs require, requireAnyOf, forbid or expect";
            }

            string? diagnostic = null;
            if (rule["diagnostic"] is JToken diagnosticToken)
            {
                diagnostic = diagnosticToken.Type == JTokenType.String ? diagnosticToken.ToString() : string.Empty;
                if (!IsAnalyzerRuleId(diagnostic))
                {
                    error ??= "diagnostic must be an analyzer rule id such as TDS1003";
                }
            }

            string severity = rule["severity"]?.ToString() ?? "error";
            if (severity is not ("error" or "warning"))
            {
                error ??= "severity must be error or warning";
            }

            if (error is not null)
            {
                Report(DiagnosticDescriptors.InvalidBrandRule, rule, _file.Id, rulePointer, (id.Length > 0 ? "'" + id + "' " : string.Empty) + error);
                continue;
            }

            rules.Add(new BrandRuleSpec(
                id,
                brands.Where(b => b != "*").ToEquatableArray(),
                require.ToEquatableArray(),
                anyOf.ToEquatableArray(),
                forbid.ToEquatableArray(),
                expect.ToEquatableArray(),
                when.ToEquatableArray(),
                severity,
                rule["message"]?.ToString() ?? string.Empty,
                rule["source"]?.ToString() ?? string.Empty,
                diagnostic));
        }

        return rules.ToEquatableArray();
    }

    private static bool IsAnalyzerRuleId(string text) =>
        text.Length == 7 && text.StartsWith("TDS1", StringComparison.Ordinal) && text.Skip(3).All(c => c >= '0' && c <= '9');

    private static List<string> Strings(JObject rule, string key, ref string? error)
    {
        if (rule[key] is not JToken token)
        {
            return new List<string>();
        }

        if (token is JArray array && array.All(a => a.Type == JTokenType.String && a.ToString().Length > 0))
        {
            return array.Select(a => a.ToString()).ToList();
        }

        error ??= key + " must be an array of non-empty strings";
        return new List<string>();
    }

    private static List<string> Paths(JObject rule, string key, ref string? error)
    {
        List<string> paths = Strings(rule, key, ref error);
        foreach (string path in paths)
        {
            if (path.Split('.').Any(step => step.Length == 0 || step == "[]") || path.Contains('=') || path.Contains(':'))
            {
                error ??= $"'{path}' is not a dotted path";
            }
        }

        return paths;
    }

    private static bool ParseCondition(JToken token, List<string> into)
    {
        if (token is not JObject condition)
        {
            return false;
        }

        if (condition["all"] is JArray all)
        {
            return all.Count > 0 && all.All(c => ParseCondition(c, into));
        }

        if (condition["present"]?.Type == JTokenType.String)
        {
            into.Add("present:" + condition["present"]);
            return true;
        }

        if (condition["absent"]?.Type == JTokenType.String)
        {
            into.Add("absent:" + condition["absent"]);
            return true;
        }

        string? text = ComparisonText(condition, string.Empty, asExpectation: false);
        if (text is null)
        {
            return false;
        }

        into.Add(text);
        return true;
    }

    private static string? ComparisonText(JObject comparison, string prefix, bool asExpectation)
    {
        if (comparison["path"]?.Type != JTokenType.String || comparison["path"]!.ToString().Length == 0)
        {
            return null;
        }

        string path = prefix + comparison["path"];
        if (comparison["equals"] is JToken equals && IsScalar(equals))
        {
            return asExpectation ? path + "=" + ScalarText(equals) : "equals:" + path + "=" + ScalarText(equals);
        }

        if (comparison["notEquals"] is JToken notEquals && IsScalar(notEquals))
        {
            return asExpectation ? path + "!=" + ScalarText(notEquals) : "notEquals:" + path + "=" + ScalarText(notEquals);
        }

        return null;
    }

    private static bool IsScalar(JToken token) => token.Type is JTokenType.String or JTokenType.Integer or JTokenType.Float or JTokenType.Boolean;

    private static string ScalarText(JToken token) => token.Type switch
    {
        JTokenType.Boolean => (bool)token! ? "true" : "false",
        JTokenType.String => token.ToString(),
        _ => token.ToString(Formatting.None),
    };

    private void CheckCombinators(JObject schema, string pointer)
    {
        if (WrappedReference(schema, out _) is not null)
        {
            return;
        }

        foreach (string keyword in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema[keyword] is not JToken combinator)
            {
                continue;
            }

            if (combinator is not JArray branches || !branches.All(IsValidationOnly) || (keyword == "allOf" && ComposesMembers(schema, branches)))
            {
                string detail = keyword == "allOf"
                    ? "allOf is merged into the type only from object schemas, inline or by $ref to this or another schema file, without cycles; this one (a remote $ref, a branch of another type or a cycle) is kept for validation and the generated type ignores it"
                    : keyword + " is supported only for validation (branches of required/not/const); the generated type ignores it";
                Report(DiagnosticDescriptors.UnsupportedConstruct, combinator, _file.Id, pointer + "/" + keyword, detail);
            }
        }

        foreach (string keyword in new[] { "if", "patternProperties", "dependencies" })
        {
            if (schema[keyword] is JToken unsupported)
            {
                Report(DiagnosticDescriptors.UnsupportedConstruct, unsupported, _file.Id, pointer + "/" + keyword, (keyword == "if" ? "if/then/else" : keyword) + " is not used by the generated types (validation only)");
            }
        }
    }

    private static bool IsValidationOnly(JToken branch) =>
        branch is JObject o && o.Properties().All(p => ValidationOnlyKeywords.Contains(p.Name) && (p.Name != "properties" || p.Value is JObject));

    private bool TryReference(JToken reference, string pointer, out string targetId, out string targetPointer)
    {
        targetPointer = "#";
        if (reference.Type != JTokenType.String)
        {
            targetId = string.Empty;
            Report(DiagnosticDescriptors.DanglingReference, reference, _file.Id, reference.ToString(Formatting.None), "$ref must be a string");
            return false;
        }

        string text = reference.ToString();
        if (!SchemaIds.TryResolve(_file.Id, text, out targetId, out targetPointer, out string? error))
        {
            Report(DiagnosticDescriptors.DanglingReference, reference, _file.Id, text, error!);
            return false;
        }

        _references.Add(new RefSite(targetId, targetPointer, text, Locate(DiagnosticDescriptors.DanglingReference, reference, _file.Id, text, "not found")));
        return true;
    }

    private void RegisterTypeName(string typeName, JToken at, string pointer)
    {
        if (!_typeNames.Add(typeName))
        {
            Report(DiagnosticDescriptors.TypeNameCollision, at, _file.Id, pointer, typeName, "another schema of this file");
        }

        _typeSites.Add(new TypeSite(typeName, Locate(DiagnosticDescriptors.TypeNameCollision, at, _file.Id, pointer, typeName, string.Empty)));
    }

    private string TypeNameFor(JObject schema, string pointer, string fallback) => ExplicitTypeName(schema, pointer) ?? fallback;

    private string? ExplicitTypeName(JObject schema, string pointer)
    {
        if (schema["x-type-name"] is not JToken name)
        {
            return null;
        }

        if (name.Type == JTokenType.String && Naming.IsValidIdentifier(name.ToString()) && !Naming.IsReservedTypeName(name.ToString()))
        {
            return name.ToString();
        }

        Report(DiagnosticDescriptors.InvalidExtension, name, _file.Id, pointer + "/x-type-name", "x-type-name must be a C# identifier that is not a member name of the generated code (ToString, Equals, GetType, Members, ToWireValue, …)");
        return null;
    }

    private string DefaultRootName()
    {
        string folder = SchemaIds.Folder(_file.Id);
        string name = Naming.ToPascal(SchemaIds.Name(_file.Id));
        return folder.Length == 0 || folder == "canonical" ? name : Naming.ToPascal(folder) + name.TrimStart('_');
    }

    private static string? DescriptionOf(JObject schema)
    {
        string? text = schema["description"]?.Type == JTokenType.String ? schema["description"]!.ToString()
            : schema["title"]?.Type == JTokenType.String ? schema["title"]!.ToString() : null;
        return string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
    }

    /// <summary>OpenAPI 3.0's <c>"nullable": true</c> (and Swagger's <c>x-nullable</c>), as provider documents write it.</summary>
    private static bool IsOpenApiNullable(JObject schema) =>
        schema["nullable"] is { Type: JTokenType.Boolean } nullable && (bool)nullable!
        || schema["x-nullable"] is { Type: JTokenType.Boolean } xNullable && (bool)xNullable!;

    private static IReadOnlyList<string> TypesOf(JObject schema) => schema["type"] switch
    {
        JValue { Type: JTokenType.String } single => new[] { single.ToString() },
        JArray many => many.Where(t => t.Type == JTokenType.String).Select(t => t.ToString()).ToList(),
        _ => Array.Empty<string>(),
    };

    private static string EscapePointer(string name) => name.Replace("~", "~0").Replace("/", "~1");

    private static string Describe(JTokenType type) => type switch
    {
        JTokenType.Array => "an array",
        JTokenType.String => "a string",
        JTokenType.Integer or JTokenType.Float => "a number",
        JTokenType.Boolean => "a boolean",
        JTokenType.Null => "null",
        _ => type.ToString(),
    };

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" Path '", StringComparison.Ordinal);
        return cut > 0 ? message.Substring(0, cut) : message;
    }

    private static string FirstLine(string text)
    {
        int cut = text.IndexOfAny(new[] { '\r', '\n' });
        return (cut < 0 ? text : text.Substring(0, cut)).Trim();
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, JToken? at, params string[] arguments) =>
        _diagnostics.Add(Locate(descriptor, at, arguments));

    private DiagnosticInfo Locate(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, JToken? at, params string[] arguments)
    {
        int line = 1;
        int column = 1;
        if (at is IJsonLineInfo info && info.HasLineInfo())
        {
            line = info.LineNumber;
            column = info.LinePosition;
        }

        return _lines.Create(descriptor.Id, _file.Path, line, column, arguments);
    }

    private void ReportAt(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, int line, int column, params string[] arguments) =>
        _diagnostics.Add(_lines.Create(descriptor.Id, _file.Path, line, column, arguments));
}

/// <summary>Turns 1-based line/column pairs (Newtonsoft) into spans of the file.</summary>
internal sealed class LineMap
{
    private readonly List<int> _starts = new() { 0 };
    private readonly int _length;

    public LineMap(string text)
    {
        _length = text.Length;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _starts.Add(i + 1);
            }
        }
    }

    public DiagnosticInfo Create(string id, string path, int line, int column, string[] arguments)
    {
        int lineIndex = Math.Min(Math.Max(line - 1, 0), _starts.Count - 1);
        int lineStart = _starts[lineIndex];
        int lineEnd = lineIndex + 1 < _starts.Count ? _starts[lineIndex + 1] - 1 : _length;

        // Newtonsoft reports the position after the token; point at the token's line from its start.
        int columnIndex = Math.Min(Math.Max(column - 1, 0), Math.Max(lineEnd - lineStart, 0));
        int start = lineStart + columnIndex;
        return new DiagnosticInfo(id, path, start, 0, lineIndex, columnIndex, lineIndex, columnIndex, arguments.ToEquatableArray());
    }
}
