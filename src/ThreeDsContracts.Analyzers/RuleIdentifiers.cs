namespace ThreeDsContracts.Analyzers;

/// <summary>
/// Ids of the analyzer rules (TDS1xxx; TDS0xxx are the generator's schema diagnostics).
/// Shared as source with the code-fix assembly. One doc per rule in docs/rules/&lt;ID&gt;.md.
/// </summary>
internal static class RuleIdentifiers
{
    public const string BrandRequiredMemberMissing = "TDS1001";
    public const string BrandAnyOfMemberMissing = "TDS1002";
    public const string OrchestratedWithoutReturnUrl = "TDS1003";
    public const string ExemptionNotEligibleForBrand = "TDS1004";
    public const string BrandRuleExpectationViolated = "TDS1005";
    public const string EciContradictsBrand = "TDS1006";
    public const string BrandForbiddenMemberPresent = "TDS1007";

    public const string Category = "ThreeDsContracts.Usage";
    public const string HelpBase = "https://github.com/threedscontracts/threedscontracts/blob/main/docs/rules/";

    public static string HelpLink(string id) => HelpBase + id + ".md";
}
