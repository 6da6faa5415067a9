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
}
