using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ThreeDsContracts.Analyzers.Core;

namespace ThreeDsContracts.Analyzers.Rules;

/// <summary>
/// Reports payload members that a brand rule forbids (<c>forbid</c>) and that are set.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BrandForbiddenMemberPresentAnalyzer : BrandRuleAnalyzerBase
{
    internal static readonly DiagnosticDescriptor Descriptor = new(
        RuleIdentifiers.BrandForbiddenMemberPresent,
        title: "A member the card brand rule forbids is set",
        messageFormat: "{0}: {1} must not be set for {2} ({3}: {4})",
        RuleIdentifiers.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The schema's brand rules (forbid) name members that must be absent in some situations, e.g. mpiData in an Antom payment session, which only the server-to-server pay API accepts.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.BrandForbiddenMemberPresent));

    private protected override DiagnosticDescriptor Rule => Descriptor;
}
