namespace ThreeDsContracts.Generator.Model;

/// <summary>
/// The validation keywords of one value schema that the generated <c>Validate()</c> checks beyond what the type and
/// its converter already enforce (JSON types, required members, code lists). Numbers are kept as invariant decimal
/// literal text so that the record stays value-equatable and the emitted code exact.
/// </summary>
internal sealed record ConstraintSpec(
    int? MinLength = null,
    int? MaxLength = null,
    string? Pattern = null,
    string? Minimum = null,
    string? Maximum = null,
    string? ExclusiveMinimum = null,
    string? ExclusiveMaximum = null,
    string? MultipleOf = null,
    int? MinItems = null,
    int? MaxItems = null,
    string? Format = null)
{
    /// <summary>JSON types an untyped (<c>Json</c>) value may have: string, number, integer, boolean, object, array, null.</summary>
    public EquatableArray<string> JsonTypes { get; init; }

    /// <summary>Allowed values of a number (<c>enum</c> of numbers), as invariant decimal text.</summary>
    public EquatableArray<string> NumberValues { get; init; }

    public bool HasStringChecks => MinLength is not null || MaxLength is not null || Pattern is not null || Format is not null;

    public bool HasNumberChecks => NumberValues.Count > 0 || Minimum is not null || Maximum is not null || ExclusiveMinimum is not null || ExclusiveMaximum is not null || MultipleOf is not null;

    public bool HasArrayChecks => MinItems is not null || MaxItems is not null;
}

/// <summary>
/// A <c>oneOf</c>/<c>anyOf</c> of an object whose branches only require properties (optionally "and not null", the
/// <c>{"not": {"properties": {"x": {"enum": [null]}}}}</c> form): how many branches must hold.
/// </summary>
internal sealed record RequiredGroupSpec(bool ExactlyOne, EquatableArray<RequiredBranchSpec> Branches);

/// <summary>One branch of a <see cref="RequiredGroupSpec"/>: wire names that must be present (and, if <see cref="NotNull"/>, not null).</summary>
internal sealed record RequiredBranchSpec(EquatableArray<string> Names, bool NotNull);
