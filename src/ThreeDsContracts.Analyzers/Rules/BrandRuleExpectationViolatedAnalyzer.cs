using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ThreeDsContracts.Analyzers.Core;

namespace ThreeDsContracts.Analyzers.Rules;

/// <summary>
/// Reports payload members whose constant value (or absence) contradicts a brand rule's <c>expect</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BrandRuleExpectationViolatedAnalyzer : BrandRuleAnalyzerBase
{
    internal static readonly DiagnosticDescriptor Descriptor = new(
        RuleIdentifiers.BrandRuleExpectationViolated,
        title: "A member holds a value the card brand rule rules out",
        messageFormat: "{0}: {1} must {2} for {3} ({4}: {5})",
        RuleIdentifiers.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The schema's brand rules (expect) fix the value of a member in some situations, e.g. with a third-party 3DS result (mpiData) Antom needs is3DSAuthentication not true and enableAuthenticationUpgrade false, or it runs its own 3DS on top.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.BrandRuleExpectationViolated));

    private protected override DiagnosticDescriptor Rule => Descriptor;
}
