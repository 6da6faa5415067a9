namespace ThreeDsContracts.Analyzers;

/// <summary>
/// Ids of the analyzer rules (TDS1xxx; TDS0xxx are the generator's schema diagnostics).
/// Shared as source with the code-fix assembly. One doc per rule in docs/rules/&lt;ID&gt;.md.
/// </summary>
internal static class RuleIdentifiers
{
    /// <summary>A member that a brand rule requires (<c>require</c>) is not set.</summary>
    public const string BrandRequiredMemberMissing = "TDS1001";

    /// <summary>None of the members of a one-of rule (<c>requireAnyOf</c>) is set.</summary>
    public const string BrandAnyOfMemberMissing = "TDS1002";

    /// <summary>A required member whose absence makes the provider skip 3-D Secure silently (rules with <c>"diagnostic": "TDS1003"</c>).</summary>
    public const string AuthenticationSkippedWithoutMember = "TDS1003";

    /// <summary>An SCA exemption constant the card brand is not eligible for (<c>x-brand-eligibility</c>).</summary>
    public const string ExemptionNotEligibleForBrand = "TDS1004";

    /// <summary>A member holds a value that a brand rule's <c>expect</c> rules out.</summary>
    public const string BrandRuleExpectationViolated = "TDS1005";

    /// <summary>An ECI constant that the card brand does not assign (<c>x-eci-outcomes</c>).</summary>
    public const string EciContradictsBrand = "TDS1006";

    /// <summary>A member that a brand rule forbids (<c>forbid</c>) is set.</summary>
    public const string BrandForbiddenMemberPresent = "TDS1007";

    public const string Category = "ThreeDsContracts.Usage";
    public const string HelpBase = "https://github.com/threedscontracts/threedscontracts/blob/main/docs/rules/";

    public static string HelpLink(string id) => HelpBase + id + ".md";
}

/// <summary>Keys of the diagnostic properties the code fixes read. Shared as source with the code-fix assembly.</summary>
internal static class DiagnosticPropertyNames
{
    /// <summary>The brand rule id.</summary>
    public const string RuleId = "RuleId";

    /// <summary>The brands the finding holds for ("any card brand" for a rule of every brand, or a list).</summary>
    public const string Brands = "Brands";

    /// <summary>Lines <c>wire.path\trule-id\tbrands</c>: every member missing on the object of the diagnostic's additional location.</summary>
    public const string MissingMembers = "MissingMembers";

    /// <summary>Lines <c>wire.path</c>: the alternatives of a one-of rule, relative to the additional location's object.</summary>
    public const string Alternatives = "Alternatives";
}
