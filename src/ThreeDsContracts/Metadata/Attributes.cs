using System;

namespace ThreeDsContracts.Metadata;

/// <summary>Marks a generated type with the schema (id and JSON pointer) it was generated from.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum, Inherited = false)]
public sealed class ThreeDsSchemaAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public ThreeDsSchemaAttribute(string schemaId, string pointer = "#")
    {
        SchemaId = schemaId;
        Pointer = pointer;
    }

    /// <summary>Schema id, e.g. <c>antom/notify-payment</c>.</summary>
    public string SchemaId { get; }

    /// <summary>JSON pointer of the type's schema inside the file, e.g. <c>#/definitions/Address</c>.</summary>
    public string Pointer { get; }
}

/// <summary>The wire value of a generated enum member (<c>"01"</c>, <c>"Y"</c>, <c>"NO_CHALLENGE"</c>).</summary>
[AttributeUsage(AttributeTargets.Field, Inherited = false)]
public sealed class WireValueAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public WireValueAttribute(string value) => Value = value;

    /// <summary>The wire value.</summary>
    public string Value { get; }
}

/// <summary>The kind of sensitive card data a property holds.</summary>
public enum SensitiveKind
{
    /// <summary>Not sensitive.</summary>
    None = 0,

    /// <summary>A primary account number: shown as the first six and last four digits.</summary>
    Pan = 1,

    /// <summary>A card verification value: never shown.</summary>
    Cvv = 2,

    /// <summary>A 3DS authentication value or cryptogram (CAVV, AAV): never shown.</summary>
    AuthenticationValue = 3,

    /// <summary>Any other secret: never shown.</summary>
    Secret = 4,
}

/// <summary>Marks a generated property that holds sensitive card data (<c>x-sensitive</c>).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class SensitiveAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public SensitiveAttribute(SensitiveKind kind) => Kind = kind;

    /// <summary>The kind of data.</summary>
    public SensitiveKind Kind { get; }
}

/// <summary>
/// A card-brand rule of a payload (<c>x-brand-rules</c>), emitted on the generated root type so that
/// the analyzers can check object creations at compile time. The same rules are evaluated at run time
/// by the generated <c>Validate</c> method.
/// Conditions use the forms <c>present:path</c>, <c>absent:path</c>, <c>equals:path=value</c>,
/// <c>notEquals:path=value</c>; expectations <c>path=value</c> (equals) or <c>path!=value</c>.
/// Paths are dotted wire names relative to the annotated type.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class BrandRuleAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public BrandRuleAttribute(string id) => Id = id;

    /// <summary>Rule id.</summary>
    public string Id { get; }

    /// <summary>Brand ids the rule applies to; empty = every brand.</summary>
    public string[] Brands { get; set; } = Array.Empty<string>();

    /// <summary>Paths that must all be present.</summary>
    public string[] Require { get; set; } = Array.Empty<string>();

    /// <summary>Paths of which at least one must be present.</summary>
    public string[] RequireAnyOf { get; set; } = Array.Empty<string>();

    /// <summary>Paths that must be absent.</summary>
    public string[] Forbid { get; set; } = Array.Empty<string>();

    /// <summary>Expectations <c>path=value</c> or <c>path!=value</c>.</summary>
    public string[] Expect { get; set; } = Array.Empty<string>();

    /// <summary>Conditions that must all hold for the rule to apply.</summary>
    public string[] When { get; set; } = Array.Empty<string>();

    /// <summary><c>error</c> or <c>warning</c>.</summary>
    public string Severity { get; set; } = "error";

    /// <summary>What is wrong.</summary>
    public string Message { get; set; } = string.Empty;

    /// <summary>Where the provider documents the rule.</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>
    /// The analyzer rule id that reports a violation at compile time (<c>diagnostic</c> of the schema rule, e.g.
    /// <c>TDS1003</c>); null = the id of the rule kind (TDS1001 require, TDS1002 requireAnyOf, TDS1005 expect,
    /// TDS1007 forbid).
    /// </summary>
    public string? Diagnostic { get; set; }
}

/// <summary>
/// The meaning of one ECI value for one brand (<c>x-eci-outcomes</c> of <c>canonical/eci</c>), emitted on the
/// generated ECI enum so that the analyzers can flag an ECI constant that the brand does not assign.
/// </summary>
[AttributeUsage(AttributeTargets.Enum, AllowMultiple = true, Inherited = false)]
public sealed class EciOutcomeAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public EciOutcomeAttribute(string brand, string eci, string outcome)
    {
        Brand = brand;
        Eci = eci;
        Outcome = outcome;
    }

    /// <summary>Brand id, e.g. <c>mastercard</c>.</summary>
    public string Brand { get; }

    /// <summary>The ECI wire value, e.g. <c>02</c>.</summary>
    public string Eci { get; }

    /// <summary>The outcome (a wire value of <c>canonical/eci-outcome</c>), e.g. <c>FULLY_AUTHENTICATED</c>.</summary>
    public string Outcome { get; }
}

/// <summary>
/// The canonical code each value of a provider code list stands for (<c>x-canonical</c>), emitted on the
/// generated enum. Entries are <c>wire=canonical</c>; <c>wire=</c> means "no canonical equivalent".
/// </summary>
[AttributeUsage(AttributeTargets.Enum, Inherited = false)]
public sealed class CanonicalMapAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public CanonicalMapAttribute(Type set, params string[] map)
    {
        Set = set;
        Map = map;
    }

    /// <summary>The generated enum of the canonical value set.</summary>
    public Type Set { get; }

    /// <summary>Entries <c>wire=canonical</c> (empty canonical part: no equivalent).</summary>
    public string[] Map { get; }
}

/// <summary>
/// Values of a code list allowed only for some brands (<c>x-brand-eligibility</c>, e.g. SCA exemptions).
/// Emitted on the generated enum, one attribute per restricted value.
/// </summary>
[AttributeUsage(AttributeTargets.Enum, AllowMultiple = true, Inherited = false)]
public sealed class BrandEligibilityAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public BrandEligibilityAttribute(string wireValue, params string[] brands)
    {
        WireValue = wireValue;
        Brands = brands;
    }

    /// <summary>The restricted wire value.</summary>
    public string WireValue { get; }

    /// <summary>The brands allowed to send it.</summary>
    public string[] Brands { get; }
}

/// <summary>
/// Declares the card brand of the payloads built in a method or type, so that the analyzers can check
/// brand rules at compile time: <c>[ThreeDsCardBrand("mastercard")]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Constructor | AttributeTargets.Property, Inherited = false)]
public sealed class ThreeDsCardBrandAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public ThreeDsCardBrandAttribute(string brand) => Brand = brand;

    /// <summary>The brand id (<c>visa</c>, <c>mastercard</c>, <c>amex</c>, …).</summary>
    public string Brand { get; }
}
