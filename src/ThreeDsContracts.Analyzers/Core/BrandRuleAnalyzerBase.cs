using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ThreeDsContracts.Analyzers.Core;

/// <summary>
/// The shape shared by the analyzers of the schema's brand rules (<c>[BrandRule]</c> on generated types):
/// concurrent, generated code skipped, metadata types resolved once per compilation (nothing registered when
/// the compilation does not reference ThreeDsContracts), then every object creation and <c>with</c> of a
/// type with brand rules is checked with the brands known at compile time.
/// </summary>
public abstract class BrandRuleAnalyzerBase : DiagnosticAnalyzer
{
    private protected abstract DiagnosticDescriptor Rule { get; }

    /// <inheritdoc />
    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            ContractSymbols? symbols = ContractSymbols.TryCreate(start.Compilation);
            if (symbols is null)
            {
                return;
            }

            var reporter = new BrandRuleReporter(symbols, Rule);
            start.RegisterOperationAction(reporter.Analyze, OperationKind.ObjectCreation, OperationKind.With);
        });
    }
}
