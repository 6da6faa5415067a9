using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using ThreeDsContracts.Analyzers;

namespace ThreeDsContracts.CodeFixes;

/// <summary>
/// TDS1002: offers one action per alternative of the one-of rule, each adding that member with a
/// placeholder that throws until a real value is set.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddOneOfMemberCodeFixProvider)), Shared]
public sealed class AddOneOfMemberCodeFixProvider : CodeFixProvider
{
    internal const string EquivalenceKeyPrefix = "ThreeDsContracts.AddOneOf:";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.BrandAnyOfMemberMissing);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (diagnostic.AdditionalLocations.Count == 0
                || !diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.Alternatives, out string? text)
                || string.IsNullOrEmpty(text))
            {
                continue;
            }

            diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.RuleId, out string? ruleId);
            diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.Brands, out string? brands);
            string[] alternatives = text!.Split('\n');
            Location owner = diagnostic.AdditionalLocations[0];
            foreach (string alternative in alternatives)
            {
                var member = new MemberToAdd(
                    alternative.Split('.'),
                    string.Join(" or ", alternatives) + " for " + brands + " (" + ruleId + ")");
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Add " + alternative + " (placeholder that throws until set)",
                        cancellationToken => MemberPlaceholders.AddAsync(context.Document, owner, new[] { member }, cancellationToken),
                        EquivalenceKeyPrefix + alternative),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }
}
