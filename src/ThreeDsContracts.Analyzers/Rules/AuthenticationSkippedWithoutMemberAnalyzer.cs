using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ThreeDsContracts.Analyzers.Core;

namespace ThreeDsContracts.Analyzers.Rules;

/// <summary>
/// Reports payload objects that lack a member whose absence makes the provider skip 3-D Secure (brand rules marked <c>diagnostic: TDS1003</c>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AuthenticationSkippedWithoutMemberAnalyzer : BrandRuleAnalyzerBase
{
    internal static readonly DiagnosticDescriptor Descriptor = new(
        RuleIdentifiers.AuthenticationSkippedWithoutMember,
        title: "Without this member the provider skips 3-D Secure silently",
        messageFormat: "{0} is missing {1}: without it the provider skips 3-D Secure for {2} ({3}: {4})",
        RuleIdentifiers.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Some providers do not reject a 3DS request that lacks a member: they skip 3-D Secure and authorize without it (J.P. Morgan orchestrated 3DS without authenticationReturnUrl). The payment then carries no liability shift and may be declined under SCA.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.AuthenticationSkippedWithoutMember));

    private protected override DiagnosticDescriptor Rule => Descriptor;
}
