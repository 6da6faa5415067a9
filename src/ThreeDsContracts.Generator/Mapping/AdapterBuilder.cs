using System;
using System.Collections.Generic;
using System.Linq;
using ThreeDsContracts.Generator.Diagnostics;
using ThreeDsContracts.Generator.Model;
using ThreeDsContracts.Generator.Parsing;

namespace ThreeDsContracts.Generator.Mapping;

/// <summary>
/// The mapping builder: from the x-canonical-field links of one schema's object types (directly, in nested objects
/// and in Base64-JSON sections, of this file or another) to <see cref="AdapterSpec"/>s, one per object type that
/// links into a canonical document, with a conversion into each such document and back. Every link is resolved
/// against the <see cref="MappingTable"/>; what cannot be generated is a <see cref="MappingIssue"/>: a link to a
/// field that does not exist (TDS0020), types that do not convert (TDS0021), codes without a counterpart
/// (TDS0022), a required member nothing fills (TDS0023).
/// </summary>
internal static class AdapterBuilder
{
    public static AdapterBuild Build(SchemaOutput output, MappingTable table, string? providerName, IReadOnlyList<LinkValueTable>? valueTables = null, IReadOnlyList<NotCarriedTable>? notCarried = null)
    {
        var types = new Dictionary<string, TypeSpec>(StringComparer.Ordinal);
        var roots = new Dictionary<string, TypeSpec>(StringComparer.Ordinal);
        foreach (TypeSpec type in table.Types)
        {
            if (!types.ContainsKey(type.FullName))
            {
                types.Add(type.FullName, type);
            }

            if (type.IsRoot && type.Kind == TypeKind.Object && !roots.ContainsKey(type.SchemaId))
            {
                roots.Add(type.SchemaId, type);
            }
        }

        // The schema's own types as resolved (the table holds the same, but the output is what is emitted).
        foreach (TypeSpec type in output.Types)
        {
            types[type.FullName] = type;
        }

        string provider = providerName ?? (output.SchemaId.IndexOf('/') is > 0 and var slash ? output.SchemaId.Substring(0, slash) : output.SchemaId);
        var context = new BuildContext(output.SchemaId, types, roots, provider, valueTables ?? Array.Empty<LinkValueTable>(), notCarried ?? Array.Empty<NotCarriedTable>());
        var adapters = new List<AdapterSpec>();
        foreach (TypeSpec type in output.Types)
        {
            if (type.Kind != TypeKind.Object || output.SchemaId.StartsWith("canonical/", StringComparison.Ordinal))
            {
                continue;
            }

            var links = new List<Link>();
            context.Collect(type, new List<MemberStep>(), new HashSet<string>(StringComparer.Ordinal) { type.FullName }, links, reportIssues: true);
            if (links.Count == 0)
            {
                continue;
            }

            var methods = new List<ConversionMethodSpec>();
            foreach (IGrouping<string, Link> document in links.GroupBy(l => l.CanonicalSchemaId).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                TypeSpec canonicalRoot = roots[document.Key];
                methods.Add(context.ToCanonical(type, canonicalRoot, document.ToList()));
                if (context.FromCanonical(type, canonicalRoot, document.ToList()) is { } from)
                {
                    methods.Add(from);
                }
            }

            adapters.Add(new AdapterSpec(type.Name + "Adapter", type.Name, type.FullName, output.SchemaId, provider, methods.ToEquatableArray()));
        }

        AdapterOutput? result = adapters.Count == 0
            ? null
            : new AdapterOutput(output.SchemaId, output.HintName + ".Adapters", output.Namespace, output.IsPublic, adapters.ToEquatableArray());
        return new AdapterBuild(result, context.Issues.Distinct().ToEquatableArray());
    }

    /// <summary>One resolved link: the provider member path and the canonical member path, with both leaf types.</summary>
    private sealed record Link(
        List<MemberStep> Provider,
        ValueTypeSpec ProviderType,
        string CanonicalSchemaId,
        List<MemberStep> Canonical,
        ValueTypeSpec CanonicalType,
        string PropertyWireName,
        string LinkText,
        bool Reported,
        EquatableArray<ValuePairSpec> ToPairs = default,
        EquatableArray<ValuePairSpec> FromPairs = default);

    private sealed class BuildContext
    {
        private readonly string _schemaId;
        private readonly Dictionary<string, TypeSpec> _types;
        private readonly Dictionary<string, TypeSpec> _roots;
        private readonly string _provider;
        private readonly IReadOnlyList<LinkValueTable> _valueTables;
        private readonly IReadOnlyList<NotCarriedTable> _notCarried;

        public BuildContext(string schemaId, Dictionary<string, TypeSpec> types, Dictionary<string, TypeSpec> roots, string provider, IReadOnlyList<LinkValueTable> valueTables, IReadOnlyList<NotCarriedTable> notCarried)
        {
            _valueTables = valueTables;
            _notCarried = notCarried;
            _schemaId = schemaId;
            _types = types;
            _roots = roots;
            _provider = provider;
        }

        public List<MappingIssue> Issues { get; } = new();

        /// <summary>
        /// The links of <paramref name="type"/> and of the objects it nests. Findings are reported only for the
        /// type's own properties (a nested type reports its own, as a type of its schema).
        /// </summary>
        public void Collect(TypeSpec type, List<MemberStep> prefix, HashSet<string> visiting, List<Link> links, bool reportIssues)
        {
            foreach (PropertySpec property in type.Properties)
            {
                if (property.CanonicalField is { } link)
                {
                    Link? resolved = Resolve(type, property, link, prefix, reportIssues);
                    if (resolved is not null)
                    {
                        links.Add(resolved);
                    }

                    continue;
                }

                (bool encoded, string? nested) = property.Type.Kind switch
                {
                    ValueKind.Object => (false, property.Type.TypeName),
                    ValueKind.Base64Json => (true, property.Type.Item?.TypeName),
                    _ => (false, null),
                };
                if (nested is null || !_types.TryGetValue(nested, out TypeSpec? nestedType) || nestedType.Kind != TypeKind.Object || !visiting.Add(nested))
                {
                    continue;
                }

                var steps = new List<MemberStep>(prefix) { Step(property, encoded, nested) };
                Collect(nestedType, steps, visiting, links, reportIssues: false);
                visiting.Remove(nested);
            }
        }

        private Link? Resolve(TypeSpec owner, PropertySpec property, string link, List<MemberStep> prefix, bool report)
        {
            int hash = link.IndexOf('#');
            string schemaId = hash > 0 ? link.Substring(0, hash) : link;
            string path = hash > 0 ? link.Substring(hash + 1) : string.Empty;
            if (!_roots.TryGetValue(schemaId, out TypeSpec? current) || !schemaId.StartsWith("canonical/", StringComparison.Ordinal))
            {
                Report(report, DiagnosticDescriptors.UnknownCanonicalField, property, link, "'" + schemaId + "' is not a canonical object schema of the project or the package");
                return null;
            }

            if (path.Length == 0)
            {
                Report(report, DiagnosticDescriptors.UnknownCanonicalField, property, link, "the link names no field after '#'");
                return null;
            }

            var steps = new List<MemberStep>();
            string[] segments = path.Split('.');
            PropertySpec? leaf = null;
            for (int i = 0; i < segments.Length; i++)
            {
                PropertySpec? member = current.Properties.FirstOrDefault(p => p.WireName == segments[i]);
                if (member is null)
                {
                    Report(report, DiagnosticDescriptors.UnknownCanonicalField, property, link, current.Name + " has no property '" + segments[i] + "'");
                    return null;
                }

                if (i == segments.Length - 1)
                {
                    leaf = member;
                    break;
                }

                if (member.Type.Kind != ValueKind.Object || member.Type.TypeName is null || !_types.TryGetValue(member.Type.TypeName, out TypeSpec? next))
                {
                    Report(report, DiagnosticDescriptors.UnknownCanonicalField, property, link, current.Name + "." + segments[i] + " is not an object, so it has no '" + segments[i + 1] + "'");
                    return null;
                }

                steps.Add(Step(member, false, member.Type.TypeName));
                current = next;
            }

            steps.Add(Step(leaf!, false, null));
            var providerSteps = new List<MemberStep>(prefix) { Step(property, false, null) };
            LinkValueTable? values = null;
            foreach (LinkValueTable candidate in _valueTables)
            {
                if (candidate.SchemaId == owner.SchemaId && candidate.PropertyWireName == property.WireName && candidate.Link == link)
                {
                    values = candidate;
                    break;
                }
            }

            if (values is not null)
            {
                return ResolveTable(property, link, values, providerSteps, schemaId, steps, leaf!, report);
            }

            if (ValueConversions.Find(property.Type, leaf!.Type, _types) is not { } to || ValueConversions.Find(leaf.Type, property.Type, _types) is null)
            {
                Report(report, DiagnosticDescriptors.UnconvertibleLink, property, link, Describe(property.Type), Describe(leaf.Type));
                return null;
            }

            if (to.Kind == ConversionKind.ByWireValue && ValueConversions.MissingCodes(property.Type, leaf.Type, _types) is { Count: > 0 } missing)
            {
                Report(report, DiagnosticDescriptors.CodeWithoutCounterpart, property, link, string.Join(", ", missing.Select(m => "'" + m + "'")), Describe(leaf.Type));
                return null;
            }

            return new Link(providerSteps, property.Type, schemaId, steps, leaf.Type, property.WireName, link, report);
        }

        /// <summary>
        /// A link with x-canonical-values: a provider code list or boolean into a canonical code list through the
        /// table. Every provider value needs a row; every row names a provider value and a canonical code (or null).
        /// </summary>
        private Link? ResolveTable(PropertySpec property, string link, LinkValueTable table, List<MemberStep> providerSteps, string schemaId, List<MemberStep> canonicalSteps, PropertySpec leaf, bool report)
        {
            Dictionary<string, string>? providerCodes = Codes(property.Type);
            Dictionary<string, string>? canonicalCodes = leaf.Type.Kind == ValueKind.Enum ? Codes(leaf.Type) : null;
            if (providerCodes is null || canonicalCodes is null)
            {
                Report(report, DiagnosticDescriptors.UnconvertibleLink, property, link, Describe(property.Type) + " (x-canonical-values needs a code list or a boolean)", Describe(leaf.Type));
                return null;
            }

            var problems = new List<string>();
            if (table.Rows.Count == 0)
            {
                problems.Add("x-canonical-values must be an object of provider value → canonical code or null");
            }

            foreach (CanonicalCodeSpec row in table.Rows)
            {
                if (!providerCodes.ContainsKey(row.WireValue))
                {
                    problems.Add("'" + row.WireValue + "' is not a value of " + Describe(property.Type));
                }

                if (row.CanonicalValue is { } canonical && !canonicalCodes.ContainsKey(canonical))
                {
                    problems.Add("'" + canonical + "' is not a code of " + Describe(leaf.Type));
                }
            }

            List<string> unmapped = providerCodes.Keys.Where(k => table.Rows.All(r => r.WireValue != k)).ToList();
            if (unmapped.Count > 0 && table.Rows.Count > 0)
            {
                problems.Add("x-canonical-values has no row for " + string.Join(", ", unmapped.Select(u => "'" + u + "'")));
            }

            if (problems.Count > 0)
            {
                Report(report, DiagnosticDescriptors.CodeWithoutCounterpart, property, link, string.Join("; ", problems), Describe(leaf.Type));
                return null;
            }

            var toPairs = table.Rows.Select(r => new ValuePairSpec(providerCodes[r.WireValue], r.CanonicalValue is null ? null : canonicalCodes[r.CanonicalValue])).ToEquatableArray();
            var fromPairs = new List<ValuePairSpec>();
            foreach (KeyValuePair<string, string> code in canonicalCodes)
            {
                CanonicalCodeSpec? row = table.Rows.FirstOrDefault(r => r.CanonicalValue == code.Key);
                fromPairs.Add(new ValuePairSpec(code.Value, row is null ? null : providerCodes[row.WireValue]));
            }

            return new Link(providerSteps, property.Type, schemaId, canonicalSteps, leaf.Type, property.WireName, link, report, toPairs, fromPairs.ToEquatableArray());
        }

        /// <summary>Wire value → C# constant of a code list or a boolean (null for other types).</summary>
        private Dictionary<string, string>? Codes(ValueTypeSpec type)
        {
            if (type.Kind == ValueKind.Boolean)
            {
                return new Dictionary<string, string>(StringComparer.Ordinal) { ["true"] = "true", ["false"] = "false" };
            }

            if (type.Kind != ValueKind.Enum || type.TypeName is null || !_types.TryGetValue(type.TypeName, out TypeSpec? list))
            {
                return null;
            }

            var codes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (EnumMemberSpec member in list.Members)
            {
                codes[member.WireValue] = type.TypeName + "." + member.Name;
            }

            return codes;
        }

        public ConversionMethodSpec ToCanonical(TypeSpec type, TypeSpec canonicalRoot, List<Link> links)
        {
            List<Link> carried = Constructible(canonicalRoot, links, l => l.Canonical, "the canonical " + canonicalRoot.Name);
            var values = carried.Select(l =>
            {
                if (l.ToPairs.Count > 0)
                {
                    return new ValueMappingSpec(l.Provider.ToEquatableArray(), l.ProviderType, l.Canonical.ToEquatableArray(), l.CanonicalType, ConversionKind.ValueTable, null, l.ToPairs);
                }

                (ConversionKind kind, string? map) = ValueConversions.Find(l.ProviderType, l.CanonicalType, _types)!.Value;
                return new ValueMappingSpec(l.Provider.ToEquatableArray(), l.ProviderType, l.Canonical.ToEquatableArray(), l.CanonicalType, kind, map);
            });
            return new ConversionMethodSpec("To" + canonicalRoot.Name, true, type.FullName, canonicalRoot.FullName, "the canonical ", values.ToEquatableArray(), EquatableArray<UncarriedFieldSpec>.Empty);
        }

        public ConversionMethodSpec? FromCanonical(TypeSpec type, TypeSpec canonicalRoot, List<Link> links)
        {
            PropertySpec? unfilled = type.Properties.FirstOrDefault(p => p.Required);
            if (unfilled is not null)
            {
                // The root must always be built: a member it requires cannot wait for a canonical value.
                Link first = links[0];
                if (first.Reported)
                {
                    Issues.Add(new MappingIssue(DiagnosticDescriptors.RequiredTargetUnfilled.Id, _schemaId, first.PropertyWireName, first.LinkText,
                        new[]
                        {
                            _schemaId, "From" + canonicalRoot.Name + " of " + type.Name, type.Name + "." + unfilled.WireName,
                            unfilled.CanonicalField is null ? "no link fills it" : "the canonical value it is linked to may be absent",
                        }.ToEquatableArray()));
                }

                return null;
            }

            List<Link> carried = Constructible(type, links, l => l.Provider, _provider + "'s " + type.Name);
            var values = carried.Select(l =>
            {
                if (l.FromPairs.Count > 0)
                {
                    return new ValueMappingSpec(l.Canonical.ToEquatableArray(), l.CanonicalType, l.Provider.ToEquatableArray(), l.ProviderType, ConversionKind.ValueTable, null, l.FromPairs);
                }

                (ConversionKind kind, string? map) = ValueConversions.Find(l.CanonicalType, l.ProviderType, _types)!.Value;
                return new ValueMappingSpec(l.Canonical.ToEquatableArray(), l.CanonicalType, l.Provider.ToEquatableArray(), l.ProviderType, kind, map);
            }).ToList();

            var linked = new HashSet<string>(values.Select(v => Path(v.From)), StringComparer.Ordinal);
            var uncarried = new List<UncarriedFieldSpec>();
            var reasons = new NotCarriedReasons(type.Name + " (" + _schemaId + ") has no field linked to it", NotCarriedOf(type));
            CollectLeaves(canonicalRoot, new List<MemberStep>(), new HashSet<string>(StringComparer.Ordinal) { canonicalRoot.FullName }, linked, reasons, uncarried);
            return new ConversionMethodSpec("From" + canonicalRoot.Name, false, canonicalRoot.FullName, type.FullName, _provider + "'s ", values.ToEquatableArray(), uncarried.ToEquatableArray());
        }

        /// <summary>
        /// The links whose target object can be built: every object on the target path must have each member it
        /// requires filled by a link. A link into an object that cannot be built is left out and reported (TDS0023).
        /// </summary>
        private List<Link> Constructible(TypeSpec root, List<Link> links, Func<Link, List<MemberStep>> target, string description)
        {
            var result = new List<Link>();
            foreach (Link link in links)
            {
                List<MemberStep> steps = target(link);
                TypeSpec current = root;
                string? missing = null;
                string owner = root.Name;
                for (int depth = 0; depth < steps.Count - 1 && missing is null; depth++)
                {
                    if (steps[depth].TypeName is not { } typeName || !_types.TryGetValue(typeName, out TypeSpec? next))
                    {
                        break;
                    }

                    current = next;
                    owner = current.Name;
                    foreach (PropertySpec required in current.Properties.Where(p => p.Required && !p.Nullable))
                    {
                        bool filled = links.Any(other => Covers(target(other), steps, depth + 1, required.WireName));
                        if (!filled)
                        {
                            missing = required.WireName;
                            break;
                        }
                    }
                }

                if (missing is null)
                {
                    result.Add(link);
                }
                else if (link.Reported)
                {
                    Issues.Add(new MappingIssue(DiagnosticDescriptors.RequiredTargetUnfilled.Id, _schemaId, link.PropertyWireName, link.LinkText,
                        new[] { _schemaId, "the link into " + description, owner + "." + missing, "no link fills it" }.ToEquatableArray()));
                }
            }

            return result;
        }

        /// <summary>True when <paramref name="other"/> goes through the first <paramref name="depth"/> steps of <paramref name="steps"/> and then into <paramref name="member"/>.</summary>
        private static bool Covers(List<MemberStep> other, List<MemberStep> steps, int depth, string member)
        {
            if (other.Count <= depth)
            {
                return false;
            }

            for (int i = 0; i < depth; i++)
            {
                if (other[i].WireName != steps[i].WireName)
                {
                    return false;
                }
            }

            return other[depth].WireName == member;
        }

        /// <summary>The x-not-carried table declared on <paramref name="type"/> (by its x-type-name, or the schema root), checked once.</summary>
        private NotCarriedTable? NotCarriedOf(TypeSpec type)
        {
            NotCarriedTable? table = _notCarried.FirstOrDefault(t => t.TypeName is { } name ? name == type.Name : t.IsRoot && type.IsRoot);
            if (table is not null)
            {
                foreach (CanonicalCodeSpec row in table.Reasons.Where(r => string.IsNullOrEmpty(r.CanonicalValue)))
                {
                    Issues.Add(new MappingIssue(DiagnosticDescriptors.InvalidExtension.Id, _schemaId, LinkSiteScanner.NotCarriedKeyword, table.TypeName ?? string.Empty,
                        new[] { _schemaId, "x-not-carried", "the reason for '" + row.WireValue + "' must be a non-empty string" }.ToEquatableArray()));
                }
            }

            return table;
        }

        private void CollectLeaves(TypeSpec type, List<MemberStep> prefix, HashSet<string> visiting, HashSet<string> linked, NotCarriedReasons reasons, List<UncarriedFieldSpec> leaves)
        {
            foreach (PropertySpec property in type.Properties)
            {
                if (property.Type.Kind == ValueKind.Object && property.Type.TypeName is { } nested && _types.TryGetValue(nested, out TypeSpec? nestedType) && visiting.Add(nested))
                {
                    CollectLeaves(nestedType, new List<MemberStep>(prefix) { Step(property, false, nested) }, visiting, linked, reasons, leaves);
                    visiting.Remove(nested);
                    continue;
                }

                var steps = new List<MemberStep>(prefix) { Step(property, false, null) };
                string path = Path(steps);
                if (!linked.Contains(path))
                {
                    leaves.Add(new UncarriedFieldSpec(steps.ToEquatableArray(), reasons.For(path)));
                }
            }
        }

        private void Report(bool report, Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, PropertySpec property, string link, params string[] details)
        {
            if (report)
            {
                var arguments = new List<string> { _schemaId, property.WireName, link };
                arguments.AddRange(details);
                Issues.Add(new MappingIssue(descriptor.Id, _schemaId, property.WireName, link, arguments.ToEquatableArray()));
            }
        }

        private static string Describe(ValueTypeSpec type) => type.Kind switch
        {
            ValueKind.Enum or ValueKind.Object => (type.TypeName ?? type.Kind.ToString()).Replace("global::", string.Empty),
            ValueKind.Base64Json => "Base64 JSON of " + (type.Item?.TypeName ?? "?").Replace("global::", string.Empty),
            ValueKind.DateOnly or ValueKind.DateTime => type.Kind + " (" + type.Format + ")",
            _ => type.Kind.ToString(),
        };
    }

    /// <summary>The reason of a canonical field: its exact row, else the longest prefix row ending in '.', else '*', else the default.</summary>
    private sealed class NotCarriedReasons
    {
        private readonly string _default;
        private readonly NotCarriedTable? _table;

        public NotCarriedReasons(string fallback, NotCarriedTable? table)
        {
            _table = table;
            _default = table?.Reasons.FirstOrDefault(r => r.WireValue == "*" && !string.IsNullOrEmpty(r.CanonicalValue))?.CanonicalValue ?? fallback;
        }

        public string For(string path)
        {
            if (_table is null)
            {
                return _default;
            }

            CanonicalCodeSpec? best = null;
            foreach (CanonicalCodeSpec row in _table.Reasons)
            {
                if (string.IsNullOrEmpty(row.CanonicalValue))
                {
                    continue;
                }

                if (row.WireValue == path)
                {
                    return row.CanonicalValue!;
                }

                if (row.WireValue.EndsWith(".", StringComparison.Ordinal) && path.StartsWith(row.WireValue, StringComparison.Ordinal) && (best is null || row.WireValue.Length > best.WireValue.Length))
                {
                    best = row;
                }
            }

            return best?.CanonicalValue ?? _default;
        }
    }

    public static string Path(IEnumerable<MemberStep> steps) => string.Join(".", steps.Select(s => s.WireName));

    private static MemberStep Step(PropertySpec property, bool encoded, string? typeName) =>
        new(property.Name, property.WireName, property.Required, property.Nullable, property.Type.IsValueType, encoded, typeName);
}
