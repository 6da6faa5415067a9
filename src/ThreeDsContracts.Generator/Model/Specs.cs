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
    string? CanonicalField);

/// <summary>A member of a generated enum.</summary>
internal sealed record EnumMemberSpec(string Name, string WireValue, string? Description);

/// <summary>Brands for which one code value may be sent.</summary>
internal sealed record EligibilitySpec(string WireValue, EquatableArray<string> Brands);

/// <summary>The canonical equivalent of one provider code (null = none).</summary>
internal sealed record CanonicalCodeSpec(string WireValue, string? CanonicalValue);

/// <summary>How a provider code list maps to a canonical value set.</summary>
internal sealed record CanonicalMapSpec(
    string SetSchemaId,
    EquatableArray<CanonicalCodeSpec> Map,
    EquatableArray<CanonicalCodeSpec> Write,
    string? SetTypeName = null);

/// <summary>The meaning of one ECI value for one brand (x-eci-outcomes).</summary>
internal sealed record EciOutcomeSpec(string Brand, string Eci, string Outcome);

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
    EquatableArray<EciOutcomeSpec> EciOutcomes = default)
{
    public string FullName => "global::" + (Namespace.Length == 0 ? Name : Namespace + "." + Name);
}
