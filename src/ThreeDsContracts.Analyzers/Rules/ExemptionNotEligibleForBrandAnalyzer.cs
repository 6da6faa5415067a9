using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ThreeDsContracts.Analyzers.Core;

namespace ThreeDsContracts.Analyzers.Rules;

/// <summary>
/// Reports an SCA exemption constant in a payload whose card brand (known at compile time) is not eligible
/// for it, from the <c>[BrandEligibility]</c> table generated from <c>x-brand-eligibility</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ExemptionNotEligibleForBrandAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = new(
        RuleIdentifiers.ExemptionNotEligibleForBrand,
        title: "SCA exemption not eligible for the card brand",
        messageFormat: "{0}.{1} ('{2}') is not eligible for {3}; the provider accepts it for {4} only",
        RuleIdentifiers.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Providers accept an SCA exemption only for the card brands whose rules define it (J.P. Morgan: a trusted-merchant exemption only for Visa, merchant-initiated and recurring only for Mastercard and Maestro). For another brand the exemption is refused and the payment declined or sent to a challenge.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.ExemptionNotEligibleForBrand));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            ContractSymbols? symbols = ContractSymbols.TryCreate(start.Compilation);
            if (symbols?.BrandEligibilityAttribute is null)
            {
                return;
            }

            var analyzerContext = new AnalyzerContext(symbols);
            start.RegisterOperationAction(analyzerContext.AnalyzePayload, OperationKind.ObjectCreation, OperationKind.With);
        });
    }

    private sealed class AnalyzerContext
    {
        private readonly ContractSymbols _symbols;

        public AnalyzerContext(ContractSymbols symbols) => _symbols = symbols;

        public void AnalyzePayload(OperationAnalysisContext context)
        {
            foreach ((PayloadConstant constant, string brand) in PayloadConstants.ForBrands(_symbols, context, PayloadConstants.Kind.Exemption))
            {
                ImmutableArray<string> eligible = constant.List.Eligibility[constant.WireValue];
                if (!eligible.Any(b => string.Equals(b, brand, StringComparison.OrdinalIgnoreCase)))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptor,
                        constant.Syntax.GetLocation(),
                        constant.List.Type.Name,
                        constant.Field.Name,
                        constant.WireValue,
                        brand,
                        eligible.IsEmpty ? "no brand" : string.Join(", ", eligible)));
                }
            }
        }
    }
}
