using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ThreeDsContracts.Analyzers.Core;

namespace ThreeDsContracts.Analyzers.Rules;

/// <summary>
/// Reports payload objects that lack a member a brand rule requires (<c>require</c>, also dependent requirements with <c>when</c>) for a brand known at compile time.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BrandRequiredMemberMissingAnalyzer : BrandRuleAnalyzerBase
{
    internal static readonly DiagnosticDescriptor Descriptor = new(
        RuleIdentifiers.BrandRequiredMemberMissing,
        title: "A member the card brand requires is missing",
        messageFormat: "{0} is missing {1}, required for {2} ({3}: {4})",
        RuleIdentifiers.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The schema's brand rules (require) list the members a provider needs for a card brand, e.g. threeDSProgramProtocol for a Mastercard pass-through authentication with J.P. Morgan. The payload is built without one of them, so the provider declines or mis-processes it.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.BrandRequiredMemberMissing));

    private protected override DiagnosticDescriptor Rule => Descriptor;
}
