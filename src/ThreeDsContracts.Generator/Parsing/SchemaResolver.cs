using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using ThreeDsContracts.Generator.Diagnostics;
using ThreeDsContracts.Generator.Model;

namespace ThreeDsContracts.Generator.Parsing;

/// <summary>
/// Resolve step: symbolic $refs → fully qualified C# types, using the exports of every schema
/// (the project's and the package's built-in ones). Reports dangling and cyclic references and type
/// names that collide across files.
/// </summary>
internal static class SchemaResolver
{
    /// <summary>Namespace of the built-in contracts compiled into ThreeDsContracts.dll.</summary>
    public const string BuiltInNamespace = "ThreeDsContracts";

    /// <summary>The code lists x-eci-outcomes refers to (brand ids and outcome wire values).</summary>
    public const string CardBrandSchemaId = "canonical/card-brand";

    /// <summary>See <see cref="CardBrandSchemaId"/>.</summary>
    public const string EciOutcomeSchemaId = "canonical/eci-outcome";

    /// <summary>Every export of every schema; a project schema hides a built-in one of the same id.</summary>
    public static SymbolTable BuildTable(ImmutableArray<ParsedSchema> schemas)
    {
        var projectIds = new HashSet<string>(schemas.Where(s => s.Origin == SchemaOrigin.Project).Select(s => s.Id), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<SymbolEntry>();
        var winners = new Dictionary<string, ParsedSchema>(StringComparer.Ordinal);
        foreach (ParsedSchema schema in schemas.OrderBy(s => s.Origin).ThenBy(s => s.Id, StringComparer.Ordinal).ThenBy(s => s.Path, StringComparer.Ordinal))
        {
            if (schema.Origin == SchemaOrigin.BuiltIn && projectIds.Contains(schema.Id))
            {
                continue;
            }

            if (!seen.Add(schema.Id))
            {
                continue;
            }

            winners.Add(schema.Id, schema);
            entries.Add(new SymbolEntry(schema.Id, schema.Origin, schema.Segment, schema.ExplicitNamespace, schema.Exports));
        }

        return new SymbolTable(entries.ToEquatableArray(), CollectBaseTypes(winners));
    }

    /// <summary>
    /// The object types that types of other files extend through allOf (and, transitively, their bases): only
    /// those, so that editing a schema nobody extends leaves the table as it was.
    /// </summary>
    private static EquatableArray<BaseTypeEntry> CollectBaseTypes(Dictionary<string, ParsedSchema> winners)
    {
        var pending = new Queue<BaseRefSpec>();
        foreach (ParsedSchema schema in winners.Values)
        {
            foreach (TypeSpec type in schema.Types)
            {
                foreach (BaseRefSpec reference in type.Bases)
                {
                    pending.Enqueue(reference);
                }
            }
        }

        if (pending.Count == 0)
        {
            return EquatableArray<BaseTypeEntry>.Empty;
        }

        var found = new Dictionary<BaseRefSpec, BaseTypeEntry>();
        var tried = new HashSet<BaseRefSpec>();
        while (pending.Count > 0)
        {
            BaseRefSpec reference = pending.Dequeue();
            if (!tried.Add(reference))
            {
                continue;
            }

            string id = reference.SchemaId;
            string pointer = reference.Pointer;
            for (int depth = 0; depth < 16 && winners.TryGetValue(id, out ParsedSchema? declaring); depth++)
            {
                ExportSpec? export = declaring.Exports.FirstOrDefault(e => e.Pointer == pointer);
                if (export is { Kind: ExportKind.Alias })
                {
                    id = export.AliasSchemaId!;
                    pointer = export.AliasPointer!;
                    continue;
                }

                TypeSpec? type = declaring.Types.FirstOrDefault(t => t.Kind == TypeKind.Object && t.Pointer == pointer);
                if (type is not null)
                {
                    found[reference] = new BaseTypeEntry(reference.SchemaId, reference.Pointer, id, type);
                    foreach (BaseRefSpec next in type.Bases)
                    {
                        pending.Enqueue(next);
                    }
                }

                break;
            }
        }

        return found.Values
            .OrderBy(e => e.SchemaId, StringComparer.Ordinal)
            .ThenBy(e => e.Pointer, StringComparer.Ordinal)
            .ToEquatableArray();
    }

    /// <summary>The namespace of a schema's types.</summary>
    public static string NamespaceOf(SchemaOrigin origin, string segment, string? explicitNamespace, GeneratorOptions options)
    {
        if (explicitNamespace is not null)
        {
            return explicitNamespace;
        }

        string root = origin == SchemaOrigin.BuiltIn ? BuiltInNamespace : options.RootNamespace;
        return segment.Length == 0 ? root : root + "." + Naming.ToPascal(segment);
    }

    public static ResolvedSchema Resolve(ParsedSchema schema, SymbolTable table, GeneratorOptions options, ImmutableArray<ParsedSchema> duplicates = default)
    {
        var diagnostics = new List<DiagnosticInfo>(schema.Diagnostics);
        if (schema.Origin == SchemaOrigin.BuiltIn)
        {
            return new ResolvedSchema(null, EquatableArray<DiagnosticInfo>.Empty);
        }

        TableIndex index = TableIndex.Of(table, options);
        index.ProjectById.TryGetValue(schema.Id, out SymbolEntry? self);
        if (self is null || !self.Exports.Equals(schema.Exports))
        {
            // Another file with the same id won the table (the duplicate is reported by the pipeline).
            return new ResolvedSchema(null, diagnostics.ToEquatableArray());
        }

        if (!options.Includes(schema.Id))
        {
            return new ResolvedSchema(null, diagnostics.ToEquatableArray());
        }

        var resolver = new Context(schema, table, options, diagnostics, index);
        string ns = NamespaceOf(schema.Origin, schema.Segment, schema.ExplicitNamespace, options);
        var types = new List<TypeSpec>();
        foreach (TypeSpec type in schema.Types)
        {
            if (resolver.IsTakenByOtherSchema(ns, type.Name))
            {
                TypeSite? site = schema.TypeSites.FirstOrDefault(s => s.TypeName == type.Name);
                string other = resolver.OwnerOf(ns, type.Name);
                if (site is not null)
                {
                    diagnostics.Add(site.Location with { DescriptorId = DiagnosticDescriptors.TypeNameCollision.Id, Arguments = new[] { schema.Id, type.Pointer, type.Name, other }.ToEquatableArray() });
                }

                continue;
            }

            types.Add(resolver.ResolveType(type, ns));
        }

        foreach (RefSite site in schema.References)
        {
            resolver.CheckReference(site);
        }

        string hint = schema.Id.Replace('/', '.').Replace('\\', '.');
        var output = new SchemaOutput(schema.Id, hint, ns, options.IsPublic, types.ToEquatableArray());
        return new ResolvedSchema(output, diagnostics.Distinct().ToEquatableArray());
    }

    /// <summary>
    /// The resolved types of any schema, the package's built-in ones included, for the mapping table (adapters
    /// follow links into them); nothing is emitted from them here and their findings are the resolve step's.
    /// </summary>
    public static IEnumerable<TypeSpec> ResolveTypesForMapping(ParsedSchema schema, SymbolTable table, GeneratorOptions options)
    {
        TableIndex index = TableIndex.Of(table, options);
        var resolver = new Context(schema, table, options, new List<DiagnosticInfo>(), index);
        string ns = NamespaceOf(schema.Origin, schema.Segment, schema.ExplicitNamespace, options);
        foreach (TypeSpec type in schema.Types)
        {
            yield return resolver.ResolveType(type, ns);
        }
    }

    /// <summary>
    /// Lookups over one symbol table for one set of options, built once and shared by every schema resolved
    /// against that table (building them per schema made the resolve step quadratic in the number of schemas).
    /// </summary>
    private sealed class TableIndex
    {
        private static readonly ConditionalWeakTable<SymbolTable, ConcurrentDictionary<GeneratorOptions, TableIndex>> Cache = new();

        private TableIndex(SymbolTable table, GeneratorOptions options)
        {
            foreach (BaseTypeEntry entry in table.BaseTypes)
            {
                BaseTypes[new BaseRefSpec(entry.SchemaId, entry.Pointer)] = entry;
            }

            foreach (SymbolEntry entry in table.Entries)
            {
                if (!ById.ContainsKey(entry.SchemaId))
                {
                    ById.Add(entry.SchemaId, entry);
                }

                if (entry.Origin == SchemaOrigin.Project && !ProjectById.ContainsKey(entry.SchemaId))
                {
                    ProjectById.Add(entry.SchemaId, entry);
                }

                string ns = NamespaceOf(entry.Origin, entry.Segment, entry.ExplicitNamespace, options);
                foreach (ExportSpec export in entry.Exports)
                {
                    if (export.Kind == ExportKind.Named && export.TypeName is not null)
                    {
                        AddOwner(ns, export.TypeName, entry);
                        AddOwner(ns, export.TypeName + "JsonConverter", entry);
                        AddOwner(ns, export.TypeName + "Extensions", entry);
                    }
                }
            }
        }

        /// <summary>The types extended through allOf across files, by the $ref that names them.</summary>
        public Dictionary<BaseRefSpec, BaseTypeEntry> BaseTypes { get; } = new();

        /// <summary>The first entry of each schema id, in table order.</summary>
        public Dictionary<string, SymbolEntry> ById { get; } = new(StringComparer.Ordinal);

        /// <summary>The first project entry of each schema id, in table order.</summary>
        public Dictionary<string, SymbolEntry> ProjectById { get; } = new(StringComparer.Ordinal);

        /// <summary>Namespace + type name (and its converter and extensions class names) → the entries exporting it.</summary>
        public Dictionary<(string Namespace, string Name), List<SymbolEntry>> Owners { get; } = new();

        public static TableIndex Of(SymbolTable table, GeneratorOptions options) =>
            Cache.GetValue(table, static _ => new ConcurrentDictionary<GeneratorOptions, TableIndex>())
                .GetOrAdd(options, o => new TableIndex(table, o));

        private void AddOwner(string ns, string name, SymbolEntry entry)
        {
            if (!Owners.TryGetValue((ns, name), out List<SymbolEntry>? owners))
            {
                Owners[(ns, name)] = owners = new List<SymbolEntry>();
            }

            owners.Add(entry);
        }
    }

    private sealed class Context
    {
        private readonly ParsedSchema _schema;
        private readonly SymbolTable _table;
        private readonly GeneratorOptions _options;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly Dictionary<string, SymbolEntry> _byId;
        private readonly TableIndex _index;

        public Context(ParsedSchema schema, SymbolTable table, GeneratorOptions options, List<DiagnosticInfo> diagnostics, TableIndex index)
        {
            _schema = schema;
            _table = table;
            _options = options;
            _diagnostics = diagnostics;
            _index = index;
            _byId = index.ById;
        }

        /// <summary>True when another schema's type (or its converter or extensions class) in <paramref name="ns"/> has this name.</summary>
        public bool IsTakenByOtherSchema(string ns, string name)
        {
            if (!_index.Owners.TryGetValue((ns, name), out List<SymbolEntry>? owners))
            {
                return false;
            }

            foreach (SymbolEntry entry in owners)
            {
                // Only earlier ids win a collision, so exactly one of two colliding schemas reports it.
                if (entry.SchemaId == _schema.Id || string.CompareOrdinal(entry.SchemaId, _schema.Id) > 0 && entry.Origin == SchemaOrigin.Project)
                {
                    continue;
                }

                return true;
            }

            return false;
        }

        public string OwnerOf(string ns, string typeName)
        {
            foreach (SymbolEntry entry in _table.Entries)
            {
                if (entry.SchemaId != _schema.Id
                    && NamespaceOf(entry.Origin, entry.Segment, entry.ExplicitNamespace, _options) == ns
                    && entry.Exports.Any(e => e.TypeName is not null && (typeName == e.TypeName || typeName == e.TypeName + "JsonConverter" || typeName == e.TypeName + "Extensions")))
                {
                    return entry.SchemaId;
                }
            }

            return "another schema";
        }

        public TypeSpec ResolveType(TypeSpec type, string ns)
        {
            if (type.Kind == TypeKind.Enum)
            {
                return type with { Namespace = ns, Canonical = type.Canonical is null ? null : ResolveCanonical(type, type.Canonical) };
            }

            var properties = new List<PropertySpec>(type.Properties.Count);
            if (type.Bases.Count == 0)
            {
                foreach (PropertySpec property in type.Properties)
                {
                    properties.Add(property with { Type = ResolveValue(property.Type, ns, _schema.Id) });
                }

                return type with { Namespace = ns, Properties = properties.ToEquatableArray() };
            }

            // allOf across files: the bases' properties first, then the type's own, merged by wire name.
            var rules = new List<BrandRuleSpec>();
            MergeBases(type, type.Bases, new HashSet<BaseRefSpec>(), properties, rules);
            foreach (PropertySpec property in type.Properties)
            {
                Put(properties, property with { Type = ResolveValue(property.Type, ns, _schema.Id) });
            }

            Require(properties, type.BaseRequired);
            var used = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < properties.Count; i++)
            {
                properties[i] = properties[i] with { Name = Naming.UniqueMemberName(properties[i].Name, type.Name, used) };
            }

            rules.AddRange(type.BrandRules);
            return type with
            {
                Namespace = ns,
                Properties = properties.ToEquatableArray(),
                BrandRules = rules.ToEquatableArray(),
                Bases = EquatableArray<BaseRefSpec>.Empty,
                BaseRequired = EquatableArray<string>.Empty,
            };
        }

        /// <summary>
        /// allOf across files: the properties and brand rules of each base (its own bases first), with the base's
        /// nested types named in the base's namespace. A base that is not an object type of the project or the
        /// package, or that extends itself, is reported where its $ref is (TDS0006) and skipped.
        /// </summary>
        private void MergeBases(TypeSpec type, EquatableArray<BaseRefSpec> bases, HashSet<BaseRefSpec> visiting, List<PropertySpec> properties, List<BrandRuleSpec> rules)
        {
            foreach (BaseRefSpec reference in bases)
            {
                if (!_index.BaseTypes.TryGetValue(reference, out BaseTypeEntry? entry) || !_byId.TryGetValue(entry.DeclaringSchemaId, out SymbolEntry? declaring))
                {
                    ReportBase(type, reference, "it is not an object schema of the project or the package; its properties are not part of the type");
                    continue;
                }

                if (!visiting.Add(reference))
                {
                    ReportBase(type, reference, "the base extends itself through allOf; it is merged once");
                    continue;
                }

                MergeBases(type, entry.Type.Bases, visiting, properties, rules);
                string baseNs = NamespaceOf(declaring.Origin, declaring.Segment, declaring.ExplicitNamespace, _options);
                foreach (PropertySpec property in entry.Type.Properties)
                {
                    Put(properties, property with { Type = ResolveValue(property.Type, baseNs, declaring.SchemaId) });
                }

                Require(properties, entry.Type.BaseRequired);
                rules.AddRange(entry.Type.BrandRules);
                visiting.Remove(reference);
            }
        }

        private static void Put(List<PropertySpec> properties, PropertySpec property)
        {
            int existing = properties.FindIndex(p => p.WireName == property.WireName);
            if (existing >= 0)
            {
                // allOf: a property the base requires stays required when a later branch redefines it.
                PropertySpec earlier = properties[existing];
                properties[existing] = earlier.Required && !property.Required
                    ? property with { Required = true, Nullable = earlier.Nullable }
                    : property;
            }
            else
            {
                properties.Add(property);
            }
        }

        private static void Require(List<PropertySpec> properties, EquatableArray<string> names)
        {
            foreach (string name in names)
            {
                int index = properties.FindIndex(p => p.WireName == name);
                if (index >= 0 && !properties[index].Required)
                {
                    properties[index] = properties[index] with { Required = true };
                }
            }
        }

        private void ReportBase(TypeSpec type, BaseRefSpec reference, string message)
        {
            RefSite? site = _schema.References.FirstOrDefault(r => r.SchemaId == reference.SchemaId && r.Pointer == reference.Pointer);
            if (site is not null)
            {
                _diagnostics.Add(site.Location with
                {
                    DescriptorId = DiagnosticDescriptors.UnsupportedConstruct.Id,
                    Arguments = new[] { _schema.Id, type.Pointer + "/allOf", "allOf $ref '" + site.RefText + "': " + message }.ToEquatableArray(),
                });
            }
        }

        /// <summary>Names the canonical set of a mapping and the brand and outcome lists of the ECI table; reports codes they lack.</summary>
        private CanonicalMapSpec ResolveCanonical(TypeSpec type, CanonicalMapSpec canonical)
        {
            if (canonical.SetSchemaId.Length > 0)
            {
                if (TryCodeList(canonical.SetSchemaId, "#", 0, out EnumRefSpec? set))
                {
                    canonical = canonical with { SetTypeName = set!.TypeName, SetMembers = set.Members };
                    foreach (CanonicalCodeSpec code in canonical.Map)
                    {
                        ReportUnknownCode(type, "/x-canonical/map", code.CanonicalValue, set, canonical.SetSchemaId);
                    }

                    foreach (CanonicalCodeSpec code in canonical.Write)
                    {
                        ReportUnknownCode(type, "/x-canonical/write", code.CanonicalValue, set, canonical.SetSchemaId);
                        if (!canonical.Map.Any(m => m.WireValue == code.WireValue && m.CanonicalValue == code.CanonicalValue))
                        {
                            ReportOnType(type, "/x-canonical/write", $"'{code.WireValue}' does not map to '{code.CanonicalValue}' in x-canonical.map");
                        }
                    }
                }
                else
                {
                    ReportOnType(type, "/x-canonical/set", $"'{canonical.SetSchemaId}' is not a code list of the project or the package; no mapping is generated");
                }
            }

            if (canonical.EciOutcomes.Count > 0)
            {
                TryCodeList(CardBrandSchemaId, "#", 0, out EnumRefSpec? brands);
                TryCodeList(EciOutcomeSchemaId, "#", 0, out EnumRefSpec? outcomes);
                if (brands is null || outcomes is null)
                {
                    ReportOnType(type, "/x-eci-outcomes", $"the ECI table needs the code lists {CardBrandSchemaId} and {EciOutcomeSchemaId}; no table is generated");
                }
                else
                {
                    foreach (EciOutcomeSpec cell in canonical.EciOutcomes)
                    {
                        ReportUnknownCode(type, "/x-eci-outcomes", cell.Brand, brands, CardBrandSchemaId);
                        ReportUnknownCode(type, "/x-eci-outcomes", cell.Outcome, outcomes, EciOutcomeSchemaId);
                    }

                    canonical = canonical with { Brands = brands, Outcomes = outcomes };
                }
            }

            return canonical;
        }

        private void ReportUnknownCode(TypeSpec type, string pointerSuffix, string? wireValue, EnumRefSpec list, string listId)
        {
            if (wireValue is not null && !list.Members.Any(m => m.WireValue == wireValue))
            {
                ReportOnType(type, pointerSuffix, $"'{wireValue}' is not a code of {listId}");
            }
        }

        private void ReportOnType(TypeSpec type, string pointerSuffix, string message)
        {
            TypeSite? site = _schema.TypeSites.FirstOrDefault(s => s.TypeName == type.Name);
            if (site is not null)
            {
                _diagnostics.Add(site.Location with
                {
                    DescriptorId = DiagnosticDescriptors.InvalidExtension.Id,
                    Arguments = new[] { _schema.Id, type.Pointer + pointerSuffix, message }.ToEquatableArray(),
                });
            }
        }

        /// <summary>The code list at id + pointer (following aliases): its type and members.</summary>
        private bool TryCodeList(string id, string pointer, int depth, out EnumRefSpec? list)
        {
            list = null;
            if (depth > 16 || !_byId.TryGetValue(id, out SymbolEntry? entry))
            {
                return false;
            }

            ExportSpec? export = entry.Exports.FirstOrDefault(e => e.Pointer == pointer);
            if (export is { Kind: ExportKind.Alias })
            {
                return TryCodeList(export.AliasSchemaId!, export.AliasPointer!, depth + 1, out list);
            }

            if (export is not { Kind: ExportKind.Named, IsEnum: true })
            {
                return false;
            }

            list = new EnumRefSpec("global::" + NamespaceOf(entry.Origin, entry.Segment, entry.ExplicitNamespace, _options) + "." + export.TypeName, export.Members);
            return true;
        }

        public void CheckReference(RefSite site)
        {
            if (!Lookup(site.SchemaId, site.Pointer, new HashSet<string>(StringComparer.Ordinal), out _, out string? error))
            {
                bool cyclic = error!.StartsWith("cycle:", StringComparison.Ordinal);
                _diagnostics.Add(site.Location with
                {
                    DescriptorId = cyclic ? DiagnosticDescriptors.CyclicReference.Id : DiagnosticDescriptors.DanglingReference.Id,
                    Arguments = new[] { _schema.Id, site.RefText, cyclic ? error.Substring(6) : error }.ToEquatableArray(),
                });
            }
        }

        private ValueTypeSpec ResolveValue(ValueTypeSpec value, string ns, string fromId)
        {
            switch (value.Kind)
            {
                case ValueKind.Object:
                case ValueKind.Enum:
                    return value.TypeName!.StartsWith("global::", StringComparison.Ordinal)
                        ? value
                        : value with { TypeName = "global::" + ns + "." + value.TypeName };
                case ValueKind.Array:
                case ValueKind.Map:
                case ValueKind.Base64Json:
                    ValueTypeSpec item = ResolveValue(value.Item!, ns, fromId);
                    if (value.Kind == ValueKind.Base64Json && item.Kind != ValueKind.Object)
                    {
                        return ValueTypeSpec.String;
                    }

                    return value with { Item = item };
                case ValueKind.Ref:
                    ValueTypeSpec target = Lookup(value.RefSchemaId!, value.RefPointer!, new HashSet<string>(StringComparer.Ordinal), out ValueTypeSpec? resolved, out _)
                        ? resolved!
                        : ValueTypeSpec.Json;

                    // {"allOf": [{"$ref": …}], "maxLength": …}: the wrapper's keywords apply to the target's value.
                    return value.Constraints is null || target.Constraints is not null ? target : target with { Constraints = value.Constraints };
                default:
                    return value;
            }
        }

        /// <summary>Resolves id + pointer to a value type, following aliases; false with a reason when it cannot.</summary>
        private bool Lookup(string id, string pointer, HashSet<string> visited, out ValueTypeSpec? result, out string? error)
        {
            result = null;
            if (!visited.Add(id + pointer))
            {
                error = "cycle:" + string.Join(" → ", visited);
                return false;
            }

            if (!_byId.TryGetValue(id, out SymbolEntry? entry))
            {
                error = $"no schema with id '{id}'";
                return false;
            }

            ExportSpec? export = entry.Exports.FirstOrDefault(e => e.Pointer == pointer);
            if (export is null)
            {
                error = $"'{id}' has no definition at {pointer}";
                return false;
            }

            string ns = NamespaceOf(entry.Origin, entry.Segment, entry.ExplicitNamespace, _options);
            switch (export.Kind)
            {
                case ExportKind.Named:
                    result = new ValueTypeSpec(export.IsEnum ? ValueKind.Enum : ValueKind.Object, TypeName: "global::" + ns + "." + export.TypeName, PreserveUnknown: export.PreserveUnknown);
                    error = null;
                    return true;
                case ExportKind.Alias:
                    return Lookup(export.AliasSchemaId!, export.AliasPointer!, visited, out result, out error);
                default:
                    if (ContainsRef(export.Scalar!) && !ResolveScalarRefs(export.Scalar!, ns, id, visited, out result, out error))
                    {
                        return false;
                    }

                    result ??= ResolveValue(export.Scalar!, ns, id);
                    error = null;
                    return true;
            }
        }

        private bool ResolveScalarRefs(ValueTypeSpec scalar, string ns, string fromId, HashSet<string> visited, out ValueTypeSpec? result, out string? error)
        {
            if (scalar.Kind == ValueKind.Ref)
            {
                return Lookup(scalar.RefSchemaId!, scalar.RefPointer!, visited, out result, out error);
            }

            if (scalar.Item is not null && ContainsRef(scalar.Item))
            {
                if (!ResolveScalarRefs(scalar.Item, ns, fromId, visited, out ValueTypeSpec? item, out error))
                {
                    result = null;
                    return false;
                }

                result = scalar with { Item = item };
                return true;
            }

            result = ResolveValue(scalar, ns, fromId);
            error = null;
            return true;
        }

        private static bool ContainsRef(ValueTypeSpec value) =>
            value.Kind == ValueKind.Ref || (value.Item is not null && ContainsRef(value.Item));
    }
}
