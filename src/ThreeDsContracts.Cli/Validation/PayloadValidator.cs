using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using ThreeDsContracts.Cli.Conversion;
using ThreeDsContracts.Cli.Infrastructure;
using ThreeDsContracts.Cli.Schemas;
using ThreeDsContracts.Validation;

namespace ThreeDsContracts.Cli.Validation;

/// <summary>The outcome of validating one payload.</summary>
internal sealed record ValidationReport(SchemaTarget Target, string? Brand, string BrandSource, IReadOnlyList<Finding> Findings)
{
    public bool IsValid => !Finding.AnyErrors(Findings);

    public IEnumerable<Finding> SchemaAndEncoding => Findings.Where(f => f.Kind != FindingKind.Brand);

    public IEnumerable<Finding> BrandFindings => Findings.Where(f => f.Kind == FindingKind.Brand);
}

/// <summary>
/// Validates a payload: JSON Schema (NJsonSchema, every $ref served from the schema set), then the JSON inside
/// Base64-JSON fields against their <c>x-content-schema</c>, then the <c>x-brand-rules</c> of every schema
/// document the payload passes through, evaluated by the runtime's <see cref="BrandRuleEvaluator"/>.
/// </summary>
internal static class PayloadValidator
{
    public static ValidationReport Validate(SchemaTarget target, PayloadInput input, string? brand) =>
        Validate(target, input, brand, ChunkedSchemaValidation.WholeBytes, ChunkedSchemaValidation.SubtreeBytes);

    /// <summary>Validates with explicit limits for one-piece validation (tests force the piecewise path).</summary>
    public static ValidationReport Validate(SchemaTarget target, PayloadInput input, string? brand, int wholeBytes, int subtreeBytes)
    {
        JsonSchema schema = target.Set.Validators.Get(target.Id, target.Pointer);
        using JsonDocument document = input.ParseDocument();
        var findings = new List<Finding>();

        if (input.Length <= wholeBytes)
        {
            // The Newtonsoft tree lives only as long as NJsonSchema needs it.
            ValidateToken(schema, input.ParseToken(), "$", findings);
        }
        else
        {
            ChunkedSchemaValidation.Validate(schema, document.RootElement, "$", findings, subtreeBytes);
        }

        return Finish(target, document.RootElement, brand, findings);
    }

    /// <summary>Validates JSON already in memory (decoded or converted payloads).</summary>
    public static ValidationReport Validate(SchemaTarget target, byte[] json, string? brand)
    {
        PayloadInput input = PayloadInput.FromBytes("payload", json);
        return Validate(target, input, brand);
    }

    private static void ValidateToken(JsonSchema schema, JToken token, string rootPath, List<Finding> findings) =>
        SchemaFindings.Add(schema.Validate(token), rootPath, findings);

    private static ValidationReport Finish(SchemaTarget target, JsonElement root, string? brand, List<Finding> findings)
    {
        using var visitor = new ValidationVisitor(target.Set, findings);
        PayloadWalker.Walk(new SchemaField(target.Node), root, "$", visitor);

        string? effective = brand ?? visitor.DetectedBrand;
        string source = brand is not null ? "--brand" : visitor.DetectedBrand is not null ? visitor.DetectedBrandPath! : "none";
        foreach ((IReadOnlyList<BrandRule> rules, JsonElement element, string path) in visitor.RuleScopes)
        {
            var brandFindings = new List<ValidationFinding>();

            // Without a brand only the rules for every brand apply.
            BrandRuleEvaluator.Evaluate(rules, element, effective ?? "*", path, brandFindings);
            findings.AddRange(brandFindings.Select(f => new Finding(FindingKind.Brand, f.RuleId, f.JsonPath, f.Message, f.Severity)));
        }

        return new ValidationReport(target, effective, source, StrictForBuiltIn(target, findings));
    }

    /// <summary>
    /// A code outside a preserve list is a notice for a schema file given at run time (file or --schemas); the
    /// built-in schemas keep it an error here until <c>threeds validate</c> uses the generated validators for them
    /// (their invalid fixtures rely on it).
    /// </summary>
    private static IReadOnlyList<Finding> StrictForBuiltIn(SchemaTarget target, List<Finding> findings)
    {
        if (target.Set.TryGet(target.Id, out SchemaDocument document) && document.Origin != "built-in")
        {
            return findings;
        }

        return findings.Select(f => f.Kind == FindingKind.Schema && f.Severity == FindingSeverity.Notice ? f with { Severity = FindingSeverity.Error } : f).ToList();
    }

    private sealed class ValidationVisitor : PayloadVisitor
    {
        private readonly SchemaSet _set;
        private readonly List<Finding> _findings;
        private readonly Dictionary<SchemaField, bool> _interesting = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<string, IReadOnlyList<BrandRule>> _rules = new(StringComparer.Ordinal);

        public ValidationVisitor(SchemaSet set, List<Finding> findings)
        {
            _set = set;
            _findings = findings;
        }

        public string? DetectedBrand { get; private set; }

        public string? DetectedBrandPath { get; private set; }

        public List<(IReadOnlyList<BrandRule> Rules, JsonElement Element, string Path)> RuleScopes { get; } = new();

        public override bool ShouldDescend(SchemaField field) => IsInteresting(field, new HashSet<SchemaField>(ReferenceEqualityComparer.Instance));

        public override void Value(SchemaField field, JsonElement value, string path)
        {
            if (DetectedBrand is null && value.ValueKind == JsonValueKind.String && CanonicalCodes.BrandOf(field, value.GetString()!) is { } brand)
            {
                DetectedBrand = brand;
                DetectedBrandPath = path;
            }
        }

        public override void DocumentRoot(SchemaNode root, JsonElement value, string path)
        {
            if (!_rules.TryGetValue(root.DocumentId, out IReadOnlyList<BrandRule>? rules))
            {
                rules = SchemaBrandRules.Read(root);
                _rules[root.DocumentId] = rules;
            }

            if (rules.Count > 0)
            {
                RuleScopes.Add((rules, value, path));
            }
        }

        public override void Content(SchemaField field, SchemaField content, byte[] json, string path)
        {
            SchemaNode target = content.Resolved;
            JsonSchema schema;
            try
            {
                schema = _set.Validators.Get(target.DocumentId, target.Pointer);
            }
            catch (CliUsageException)
            {
                _findings.Add(new Finding(FindingKind.Encoding, "x-content-schema", path, $"the content schema {target.Location} cannot be used for validation"));
                return;
            }

            ValidateToken(schema, PayloadInput.FromBytes(path, json).ParseToken(), path, _findings);
        }

        public override void ContentError(SchemaField field, string path, string reason) =>
            _findings.Add(new Finding(FindingKind.Encoding, "contentEncoding", path, reason));

        private bool IsInteresting(SchemaField field, HashSet<SchemaField> visiting)
        {
            if (_interesting.TryGetValue(field, out bool known))
            {
                return known;
            }

            if (!visiting.Add(field))
            {
                return false;
            }

            bool result = field.ContentSchema is not null
                || field.Chain.Any(n => n.IsDocumentRoot && n.Json["x-brand-rules"] is JArray { Count: > 0 })
                || CanonicalCodes.IsBrandField(field)
                || field.Properties().Any(p => IsInteresting(p.Field, visiting))
                || (field.Resolved.Json["additionalProperties"] is JObject && field.Property("\u0000") is { } additional && IsInteresting(additional, visiting))
                || (field.Items is { } items && IsInteresting(items, visiting));
            visiting.Remove(field);
            _interesting[field] = result;
            return result;
        }
    }
}
