using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThreeDsContracts.Cli.Infrastructure;
using ThreeDsContracts.Cli.Schemas;
using ThreeDsContracts.Cli.Validation;
using ThreeDsContracts;
using ThreeDsContracts.Serialization;

namespace ThreeDsContracts.Cli.Conversion;

/// <summary>
/// Converts any schema through its <c>x-canonical-field</c> links: every linked provider field is carried to
/// its canonical field (codes through <c>x-canonical</c> maps, dates between formats), and written back into
/// every target field linked to the same canonical field; Base64-JSON sections of the target are built and
/// encoded. Whatever has no link, no equivalent code or no place in the target is reported.
/// This is the fallback after the typed adapters: it knows what the schemas say, not provider logic such as
/// deriving transStatus from an ECI.
/// </summary>
internal sealed class SchemaLinkConverter : IPayloadConverter
{
    private readonly Dictionary<SchemaField, bool> _hasLinks = new(ReferenceEqualityComparer.Instance);

    public string Name => "schema links (x-canonical-field, x-canonical)";

    public static bool IsCanonical(SchemaTarget target) => target.Id.StartsWith("canonical/", StringComparison.Ordinal) && target.Pointer == "#";

    public bool CanRead(SchemaTarget source) => IsCanonical(source) || HasLinks(new SchemaField(source.Node));

    public bool CanWrite(SchemaTarget target) => IsCanonical(target) || HasLinks(new SchemaField(target.Node));

    public void Read(SchemaTarget source, JsonElement payload, CanonicalBundle bundle, ConversionContext context)
    {
        if (IsCanonical(source))
        {
            if (JsonNode.Parse(payload.GetRawText()) is JsonObject document)
            {
                bundle.SetDocument(source.Id, document, "$");
            }

            return;
        }

        using var visitor = new ReadVisitor(this, bundle, context);
        PayloadWalker.Walk(new SchemaField(source.Node), payload, "$", visitor);
    }

    public JsonNode Write(SchemaTarget target, CanonicalBundle bundle, ConversionContext context)
    {
        if (IsCanonical(target))
        {
            bundle.ConsumeDocument(target.Id);
            return bundle.Document(target.Id)?.DeepClone() ?? new JsonObject();
        }

        var visiting = new HashSet<string>(StringComparer.Ordinal);
        return Build(new SchemaField(target.Node), "$", bundle, context, visiting) ?? new JsonObject();
    }

    private JsonObject? Build(SchemaField field, string path, CanonicalBundle bundle, ConversionContext context, HashSet<string> visiting)
    {
        string key = field.Resolved.Location;
        if (!visiting.Add(key))
        {
            return null;
        }

        var result = new JsonObject();
        foreach ((string name, SchemaField child) in field.Properties())
        {
            string childPath = Paths.Property(path, name);
            if (child.CanonicalField is { } link)
            {
                if (ResolveLink(context.Schemas, link) is not { } canonical)
                {
                    continue;
                }

                JsonNode? value = bundle.Get(canonical.Id, canonical.Path);
                if (ValueConverter.IsAbsent(value))
                {
                    continue;
                }

                bundle.Consume(canonical.Id, canonical.Path);
                string origin = bundle.Origin(canonical.Id, canonical.Path) ?? link;
                if (ValueConverter.TryConvert(value!, canonical.Field, child, toCanonical: false, context.Schemas, out JsonNode? converted, out string? reason))
                {
                    result[name] = converted;
                }
                else
                {
                    context.Report("to", childPath, $"{reason} (carried from {origin})");
                }

                continue;
            }

            if (child.ContentSchema is { } content)
            {
                if (Build(content, childPath, bundle, context, visiting) is { } inner)
                {
                    result[name] = Convert.ToBase64String(JsonOutput.ToUtf8(inner, JsonOutput.Compact));
                }

                continue;
            }

            if ((child.Types.Contains("object") || child.Resolved.Json["properties"] is not null) && Build(child, childPath, bundle, context, visiting) is { } nested)
            {
                result[name] = nested;
            }
        }

        visiting.Remove(key);
        return result.Count > 0 ? result : null;
    }

    /// <summary>True when the field or anything under it (including Base64-JSON content) links to the canonical model.</summary>
    public bool HasLinks(SchemaField field) => HasLinks(field, new HashSet<SchemaField>(ReferenceEqualityComparer.Instance));

    private bool HasLinks(SchemaField field, HashSet<SchemaField> visiting)
    {
        if (_hasLinks.TryGetValue(field, out bool known))
        {
            return known;
        }

        if (!visiting.Add(field))
        {
            return false;
        }

        bool result = field.CanonicalField is not null
            || (field.ContentSchema is { } content && HasLinks(content, visiting))
            || field.Properties().Any(p => HasLinks(p.Field, visiting))
            || (field.Items is { } items && HasLinks(items, visiting));
        visiting.Remove(field);
        _hasLinks[field] = result;
        return result;
    }

    /// <summary>Resolves <c>canonical/x#a.b</c> to the canonical field; null when it does not exist.</summary>
    public static CanonicalLink? ResolveLink(SchemaSet set, string link)
    {
        int hash = link.IndexOf('#');
        if (hash <= 0 || !set.TryGet(link.Substring(0, hash), out _))
        {
            return null;
        }

        string id = link.Substring(0, hash);
        string path = link.Substring(hash + 1);
        SchemaField? field = new SchemaField(SchemaNode.At(set, id, "#"));
        foreach (string step in path.Split('.'))
        {
            field = field.Property(step);
            if (field is null)
            {
                return null;
            }
        }

        return new CanonicalLink(id, path, field);
    }

    internal sealed record CanonicalLink(string Id, string Path, SchemaField Field);

    private sealed class ReadVisitor : PayloadVisitor
    {
        private readonly SchemaLinkConverter _owner;
        private readonly CanonicalBundle _bundle;
        private readonly ConversionContext _context;

        public ReadVisitor(SchemaLinkConverter owner, CanonicalBundle bundle, ConversionContext context)
        {
            _owner = owner;
            _bundle = bundle;
            _context = context;
        }

        public override bool ShouldDescend(SchemaField field) => field.CanonicalField is null && _owner.HasLinks(field);

        public override void Value(SchemaField field, JsonElement value, string path)
        {
            if (_context.Brand is null && value.ValueKind == JsonValueKind.String && CanonicalCodes.BrandOf(field, value.GetString()!) is { } brand)
            {
                _context.Brand = brand;
                _context.BrandSource = path;
            }

            if (field.CanonicalField is { } link)
            {
                Carry(field, link, value, path);
            }
            else if (!_owner.HasLinks(field) && IsPresent(value))
            {
                _context.Report("from", path, "no canonical field (no x-canonical-field)");
            }
        }

        public override void Unknown(string path, JsonElement value)
        {
            if (IsPresent(value))
            {
                _context.Report("from", path, "not described by the schema");
            }
        }

        public override void ContentError(SchemaField field, string path, string reason) => _context.Report("from", path, reason);

        private void Carry(SchemaField field, string link, JsonElement value, string path)
        {
            JsonNode? node = JsonNode.Parse(value.GetRawText());
            if (ValueConverter.IsAbsent(node))
            {
                return;
            }

            if (ResolveLink(_context.Schemas, link) is not { } canonical)
            {
                _context.Report("from", path, $"x-canonical-field {link} names no canonical field");
                return;
            }

            if (!ValueConverter.TryConvert(node!, field, canonical.Field, toCanonical: true, _context.Schemas, out JsonNode? converted, out string? reason))
            {
                _context.Report("from", path, reason!);
                return;
            }

            if (!_bundle.TrySet(canonical.Id, canonical.Path, converted!, path))
            {
                _context.Report("from", path, $"{link} already carries the value from {_bundle.Origin(canonical.Id, canonical.Path) ?? "another field"}");
            }
        }

        private static bool IsPresent(JsonElement value) =>
            value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            && !(value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0);
    }
}
