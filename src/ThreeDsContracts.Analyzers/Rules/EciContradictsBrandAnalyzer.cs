using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ThreeDsContracts.Analyzers.Core;

namespace ThreeDsContracts.Analyzers.Rules;

/// <summary>
/// Reports an ECI constant in a payload whose card brand (known at compile time) does not assign that
/// ECI, from the <c>[EciOutcome]</c> table generated from <c>x-eci-outcomes</c> of canonical/eci (provider
/// ECI lists reach it through their <c>[CanonicalMap]</c>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EciContradictsBrandAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = new(
        RuleIdentifiers.EciContradictsBrand,
        title: "ECI value contradicts the card brand",
        messageFormat: "{0}.{1} (ECI '{2}') is not an ECI that {3} assigns; {3} uses {4}",
        RuleIdentifiers.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The Electronic Commerce Indicator means different things per card brand: Visa and the brands that follow it use 05, 06 and 07, Mastercard and Maestro 00, 01, 02, 04, 06 and 07. An ECI the brand does not assign (05 for Mastercard) is a mapping mistake: the authorization carries a wrong authentication outcome and loses the liability shift or is declined.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.EciContradictsBrand));

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
            if (symbols?.EciOutcomeAttribute is null)
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
            foreach ((PayloadConstant constant, string brand) in PayloadConstants.ForBrands(_symbols, context, PayloadConstants.Kind.Eci))
            {
                Dictionary<string, Dictionary<string, string>> table = constant.List.EciOutcomes!;
                if (constant.List.EciValueOf(constant.WireValue) is not { } eci)
                {
                    continue;
                }

                if (table.TryGetValue(brand, out Dictionary<string, string>? outcomes) && !outcomes.ContainsKey(eci))
                {
                    string assigned = string.Join(", ", outcomes.OrderBy(o => o.Key, System.StringComparer.Ordinal).Select(o => o.Key + " " + o.Value));
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptor,
                        constant.Syntax.GetLocation(),
                        constant.List.Type.Name,
                        constant.Field.Name,
                        eci,
                        brand,
                        assigned));
                }
            }
        }
    }
}
