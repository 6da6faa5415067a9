using ThreeDsContracts.Generator.Diagnostics;

namespace ThreeDsContracts.Generator.Model;

internal enum ExportKind
{
    /// <summary>A generated object or enum type.</summary>
    Named,

    /// <summary>A scalar (or array/map) shape inlined where it is referenced.</summary>
    Scalar,

    /// <summary>A schema that is only a $ref to another one.</summary>
    Alias,
}

/// <summary>What a JSON pointer of a schema file offers to $ref (root and definitions); code lists also offer their members (names and wire values, for mappings).</summary>
internal sealed record ExportSpec(
    string Pointer,
    ExportKind Kind,
    string? TypeName,
    string? Segment,
    string? ExplicitNamespace,
    bool IsEnum,
    bool PreserveUnknown,
    ValueTypeSpec? Scalar,
    string? AliasSchemaId,
    string? AliasPointer,
    EquatableArray<EnumMemberSpec> Members = default)
{
    /// <summary>For a preserve code list: the string keywords (pattern, lengths) that an unlisted wire value must satisfy.</summary>
    public ConstraintSpec? UnknownValueChecks { get; init; }
}

/// <summary>The result of parsing one schema file: types with unresolved references, exports, diagnostics.</summary>
internal sealed record ParsedSchema(
    string Id,
    string Path,
    SchemaOrigin Origin,
    string Segment,
    string? ExplicitNamespace,
    string Description,
    EquatableArray<TypeSpec> Types,
    EquatableArray<ExportSpec> Exports,
    EquatableArray<RefSite> References,
    EquatableArray<TypeSite> TypeSites,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Where a generated type is declared, so that a collision can be reported at its line.</summary>
internal sealed record TypeSite(string TypeName, DiagnosticInfo Location);

/// <summary>Where a $ref occurs, so an unresolvable one can be reported at its line.</summary>
internal sealed record RefSite(string SchemaId, string Pointer, string RefText, DiagnosticInfo Location);

/// <summary>Every export of every schema: what cross-file $ref resolves against.</summary>
internal sealed record SymbolTable(EquatableArray<SymbolEntry> Entries, EquatableArray<BaseTypeEntry> BaseTypes = default);

internal sealed record SymbolEntry(string SchemaId, SchemaOrigin Origin, string Segment, string? ExplicitNamespace, EquatableArray<ExportSpec> Exports);

/// <summary>Everything one schema file generates (no locations: moving a line does not regenerate source).</summary>
internal sealed record SchemaOutput(
    string SchemaId,
    string HintName,
    string Namespace,
    bool IsPublic,
    EquatableArray<TypeSpec> Types);

/// <summary>The result of resolving one schema: its output (null when nothing is generated) and its diagnostics.</summary>
internal sealed record ResolvedSchema(SchemaOutput? Output, EquatableArray<DiagnosticInfo> Diagnostics);
