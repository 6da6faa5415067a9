namespace ThreeDsContracts.Generator.Model;

/// <summary>
/// The shapes of every schema's types (the project's and the package's), resolved, without descriptions and
/// brand rules: what the mapping builder needs to follow a link into a canonical document, a nested object of
/// another file or a provider code list's canonical map. Equal as long as no type, property or link changes.
/// </summary>
internal sealed record MappingTable(EquatableArray<TypeSpec> Types);

/// <summary>How one value converts from one side of a link to the other (in one direction).</summary>
internal enum ConversionKind
{
    /// <summary>The same C# type on both sides.</summary>
    Same,

    /// <summary>A code into the <c>Code&lt;T&gt;</c> of the same list.</summary>
    WrapCode,

    /// <summary>A <c>Code&lt;T&gt;</c> into the plain code of the same list; an unrecognized value is a gap.</summary>
    UnwrapCode,

    /// <summary>A provider code through its x-canonical map (<c>…CanonicalMapping.ToCanonicalOrNull</c>).</summary>
    ToCanonicalCode,

    /// <summary>A canonical code through the provider list's x-canonical map (<c>…CanonicalMapping.FromCanonicalOrNull</c>).</summary>
    FromCanonicalCode,

    /// <summary>A code of one list into another list that has every one of its wire values.</summary>
    ByWireValue,

    /// <summary>A string into a code list (an unknown text is kept in <c>Code&lt;T&gt;</c> or reported).</summary>
    ParseCode,

    /// <summary>A code into its wire text.</summary>
    CodeText,

    /// <summary>int into long.</summary>
    Widen,

    /// <summary>long into int (a value out of range is a gap).</summary>
    Narrow,

    /// <summary>An integer into decimal.</summary>
    ToDecimal,

    /// <summary>A number written as a string into a string (its text), or a string into it.</summary>
    NumberText,

    /// <summary>A string holding a number into NumberOrString.</summary>
    TextNumber,

    /// <summary>A number written as a string (or NumberOrString) into an integer; a text that is not one is a gap.</summary>
    ParseNumber,

    /// <summary>An integer into its invariant text (or NumberOrString).</summary>
    NumberToText,

    /// <summary>Through the link's own value table (x-canonical-values): codes or booleans into codes and back.</summary>
    ValueTable,

    /// <summary>A phone number as one string of digits into the EMV phone (country code and subscriber) and back.</summary>
    PhoneDigits,

    /// <summary>Between the date and time kinds (ISO date-time, provider date formats, {seconds, nanos}).</summary>
    DateTime,
}

/// <summary>
/// One step of a member path: the C# member, its wire name, and what it holds. <see cref="TypeName"/> is the fully
/// qualified object type the step leads to (for a Base64-JSON section, the decoded type) when the path goes on.
/// </summary>
internal sealed record MemberStep(string Name, string WireName, bool Required, bool Nullable, bool IsValueType, bool Encoded, string? TypeName);

/// <summary>
/// One conversion of a link in one direction: from the member path <see cref="From"/> of the adapter's input to
/// <see cref="To"/> of its output. <see cref="MapType"/> is the code list whose generated mapping or extensions
/// are called (provider list for the x-canonical maps, target list for parsing).
/// </summary>
internal sealed record ValueMappingSpec(
    EquatableArray<MemberStep> From,
    ValueTypeSpec FromType,
    EquatableArray<MemberStep> To,
    ValueTypeSpec ToType,
    ConversionKind Conversion,
    string? MapType,
    EquatableArray<ValuePairSpec> Pairs = default);

/// <summary>One row of an x-canonical-values table as C# constants: input value → output value (null: no counterpart).</summary>
internal sealed record ValuePairSpec(string From, string? To);

/// <summary>The x-canonical-values table of one link: provider value (wire text, or true/false) → canonical wire value.</summary>
internal sealed record LinkValueTable(string SchemaId, string PropertyWireName, string Link, EquatableArray<CanonicalCodeSpec> Rows);

/// <summary>A present input field that the output has no place for (reported as a gap with <see cref="Reason"/>).</summary>
internal sealed record UncarriedFieldSpec(EquatableArray<MemberStep> From, string Reason);

/// <summary>
/// One generated conversion method: <paramref name="MethodName"/> from <paramref name="InputType"/> into
/// <paramref name="OutputType"/>, the values it carries and the fields it reports as not carried.
/// <paramref name="OutputDescription"/> names the output for the output's own gap reasons.
/// </summary>
internal sealed record ConversionMethodSpec(
    string MethodName,
    bool IsExtension,
    string InputType,
    string OutputType,
    string OutputDescription,
    EquatableArray<ValueMappingSpec> Values,
    EquatableArray<UncarriedFieldSpec> Uncarried);

/// <summary>
/// The adapter class of one provider object type: its conversions into the canonical documents it links to and
/// back. Provider is the name the gap reasons use (x-provider-name, or the schema folder).
/// </summary>
internal sealed record AdapterSpec(
    string ClassName,
    string SourceTypeName,
    string SourceTypeFullName,
    string SchemaId,
    string Provider,
    EquatableArray<ConversionMethodSpec> Methods);

/// <summary>Everything one schema file's adapters generate (no locations, as <see cref="SchemaOutput"/>).</summary>
internal sealed record AdapterOutput(string SchemaId, string HintName, string Namespace, bool IsPublic, EquatableArray<AdapterSpec> Adapters);

/// <summary>
/// A mapping finding without a location: the property (wire name) and link text it is about, so that the
/// diagnostics step can put it on the schema line of that link.
/// </summary>
internal sealed record MappingIssue(string DescriptorId, string SchemaId, string PropertyWireName, string? Link, EquatableArray<string> Arguments);

/// <summary>The result of the mapping builder for one schema: its adapters (null when none) and its findings.</summary>
internal sealed record AdapterBuild(AdapterOutput? Output, EquatableArray<MappingIssue> Issues);

/// <summary>
/// The x-not-carried table of one object type: why a canonical field (exact dotted path, a prefix ending in '.', or
/// '*' for every other) has no place in the type, for the gap reports of its From conversion.
/// </summary>
internal sealed record NotCarriedTable(string SchemaId, string? TypeName, bool IsRoot, EquatableArray<CanonicalCodeSpec> Reasons);

/// <summary>Where each x-canonical-field of a schema file is (property wire name, link text, line).</summary>
internal sealed record LinkSite(string PropertyWireName, string Link, Diagnostics.DiagnosticInfo Location, LinkValueTable? Values = null);

/// <summary>The link sites and root mapping keywords of one schema file.</summary>
internal sealed record SchemaLinkSites(string SchemaId, string Path, SchemaOrigin Origin, string? ProviderName, Diagnostics.DiagnosticInfo FileLocation, EquatableArray<LinkSite> Sites)
{
    /// <summary>The x-not-carried tables of the file's object types.</summary>
    public EquatableArray<NotCarriedTable> NotCarried { get; init; }
}
