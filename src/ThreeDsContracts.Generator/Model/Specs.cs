namespace ThreeDsContracts.Generator.Model;

/// <summary>The kinds of value a property can hold.</summary>
internal enum ValueKind
{
    String,
    Int32,
    Int64,
    Decimal,
    Boolean,
    DateOnly,
    DateTime,
    IsoDateTime,
    FlexibleTimestamp,
    NumberOrString,
    Json,
    Object,
    Enum,
    Array,
    Map,
    Base64Json,

    /// <summary>An unresolved $ref (parse output only).</summary>
    Ref,
}

/// <summary>
/// The type of a property value. After resolution <see cref="TypeName"/> holds the fully qualified
/// C# name for objects and enums (global::Ns.Name); <see cref="Item"/> the element type of arrays and maps.
/// </summary>
internal sealed record ValueTypeSpec(
    ValueKind Kind,
    string? TypeName = null,
    string? Format = null,
    ValueTypeSpec? Item = null,
    bool PreserveUnknown = false,
    string? RefSchemaId = null,
    string? RefPointer = null,
    string? WriteAs = null)
{
    public static readonly ValueTypeSpec String = new(ValueKind.String);
    public static readonly ValueTypeSpec Json = new(ValueKind.Json);

    /// <summary>The validation keywords of the value's schema (null when it states none).</summary>
    public ConstraintSpec? Constraints { get; init; }

    public bool IsValueType => Kind is ValueKind.Int32 or ValueKind.Int64 or ValueKind.Decimal or ValueKind.Boolean
        or ValueKind.DateOnly or ValueKind.DateTime or ValueKind.IsoDateTime or ValueKind.FlexibleTimestamp
        or ValueKind.NumberOrString or ValueKind.Json or ValueKind.Enum;
}

/// <summary>A property of a generated object type.</summary>
internal sealed record PropertySpec(
    string WireName,
    string Name,
    string? Description,
    bool Required,
    bool Nullable,
    EquatableArray<string> Aliases,
    ValueTypeSpec Type,
    string Sensitive,
    string? CanonicalField)
{
    /// <summary>Whether the schema lets the property be an explicit null (type null, nullable, an enum with null).</summary>
    public bool AcceptsNull { get; init; }
}

/// <summary>A member of a generated enum.</summary>
internal sealed record EnumMemberSpec(string Name, string WireValue, string? Description);

/// <summary>Brands for which one code value may be sent.</summary>
internal sealed record EligibilitySpec(string WireValue, EquatableArray<string> Brands);

/// <summary>The canonical equivalent of one provider code (null = none).</summary>
internal sealed record CanonicalCodeSpec(string WireValue, string? CanonicalValue);

/// <summary>
/// The canonical meaning of a code list. For a provider list: the map to a canonical value set
/// (x-canonical set/map/write; <see cref="SetTypeName"/> and <see cref="SetMembers"/> are filled by the
/// resolver). For a canonical set: its version-dependent meanings (x-canonical.versions), the ECI table
/// (x-eci-outcomes) or the liability shift of each outcome (x-liability-shift); <see cref="SetSchemaId"/>
/// is empty then.
/// </summary>
internal sealed record CanonicalMapSpec(
    string SetSchemaId,
    EquatableArray<CanonicalCodeSpec> Map,
    EquatableArray<CanonicalCodeSpec> Write,
    string? SetTypeName = null)
{
    /// <summary>Members of the canonical set (resolved; descriptions dropped).</summary>
    public EquatableArray<EnumMemberSpec> SetMembers { get; init; }

    /// <summary>Version-dependent meanings of codes (canonical sets only).</summary>
    public EquatableArray<VersionMeaningSpec> Versions { get; init; }

    /// <summary>ECI outcome per brand (canonical/eci only).</summary>
    public EquatableArray<EciOutcomeSpec> EciOutcomes { get; init; }

    /// <summary>The card-brand and ECI-outcome code lists the ECI table refers to (resolved).</summary>
    public EnumRefSpec? Brands { get; init; }

    /// <summary>See <see cref="Brands"/>.</summary>
    public EnumRefSpec? Outcomes { get; init; }

    /// <summary>Whether each outcome shifts liability (canonical/eci-outcome only).</summary>
    public EquatableArray<LiabilityShiftSpec> LiabilityShift { get; init; }
}

/// <summary>The meaning of one code under message versions starting with <see cref="VersionPrefix"/>.</summary>
internal sealed record VersionMeaningSpec(string WireValue, string VersionPrefix, string Meaning);

/// <summary>One cell of the ECI table: for <see cref="Brand"/>, ECI <see cref="Eci"/> means <see cref="Outcome"/> (wire values).</summary>
internal sealed record EciOutcomeSpec(string Brand, string Eci, string Outcome);

/// <summary>Whether an ECI outcome (wire value) shifts fraud liability to the issuer.</summary>
internal sealed record LiabilityShiftSpec(string WireValue, bool Shifts);

/// <summary>A code list referred to by name: its fully qualified type and its members.</summary>
internal sealed record EnumRefSpec(string TypeName, EquatableArray<EnumMemberSpec> Members);

/// <summary>A brand rule (x-brand-rules) in the attribute string forms.</summary>
internal sealed record BrandRuleSpec(
    string Id,
    EquatableArray<string> Brands,
    EquatableArray<string> Require,
    EquatableArray<string> RequireAnyOf,
    EquatableArray<string> Forbid,
    EquatableArray<string> Expect,
    EquatableArray<string> When,
    string Severity,
    string Message,
    string Source,
    string? Diagnostic = null);

internal enum TypeKind
{
    Object,
    Enum,
}

/// <summary>One generated type: an object (record) or a code list (enum).</summary>
internal sealed record TypeSpec(
    TypeKind Kind,
    string Name,
    string Namespace,
    string SchemaId,
    string Pointer,
    string? Description,
    EquatableArray<PropertySpec> Properties,
    EquatableArray<EnumMemberSpec> Members,
    bool PreserveUnknown,
    EquatableArray<EligibilitySpec> Eligibility,
    CanonicalMapSpec? Canonical,
    EquatableArray<BrandRuleSpec> BrandRules,
    bool IsRoot,
    EquatableArray<EciOutcomeSpec> EciOutcomes = default,
    EquatableArray<BaseRefSpec> Bases = default,
    EquatableArray<string> BaseRequired = default)
{
    /// <summary>oneOf/anyOf groups of required properties (validation only).</summary>
    public EquatableArray<RequiredGroupSpec> RequiredGroups { get; init; }

    public string FullName => "global::" + (Namespace.Length == 0 ? Name : Namespace + "." + Name);
}

/// <summary>
/// An allOf branch of an object type that is a $ref to another file: the resolver merges that type's properties
/// (and brand rules) before the type's own. <see cref="TypeSpec.BaseRequired"/> holds the names the type's
/// required list adds to them.
/// </summary>
internal sealed record BaseRefSpec(string SchemaId, string Pointer);

/// <summary>An object type that a type of another file extends through allOf (symbol table; unresolved).</summary>
internal sealed record BaseTypeEntry(string SchemaId, string Pointer, string DeclaringSchemaId, TypeSpec Type);
