using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ThreeDsContracts.Analyzers.Core;

namespace ThreeDsContracts.Analyzers.Rules;

/// <summary>
/// Reports payload objects on which none of the alternatives of a one-of brand rule (<c>requireAnyOf</c>) is set.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BrandAnyOfMemberMissingAnalyzer : BrandRuleAnalyzerBase
{
    internal static readonly DiagnosticDescriptor Descriptor = new(
        RuleIdentifiers.BrandAnyOfMemberMissing,
        title: "None of the members a card brand rule asks one of is set",
        messageFormat: "{0} needs {1} for {2} ({3}: {4})",
        RuleIdentifiers.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The schema's brand rules (requireAnyOf) ask for at least one of several members, e.g. customer_email or customer_phone for ecommpay Visa payments. None of them is set.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.BrandAnyOfMemberMissing));

    private protected override DiagnosticDescriptor Rule => Descriptor;
}
