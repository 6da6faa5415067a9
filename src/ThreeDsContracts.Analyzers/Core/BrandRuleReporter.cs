using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ThreeDsContracts.Analyzers.Core;

/// <summary>Runs the brand rules on every payload creation and <c>with</c> of a compilation and reports the findings of one kind.</summary>
internal sealed class BrandRuleReporter
{
    private readonly ContractSymbols _symbols;
    private readonly DiagnosticDescriptor _descriptor;

    public BrandRuleReporter(ContractSymbols symbols, DiagnosticDescriptor descriptor)
    {
        _symbols = symbols;
        _descriptor = descriptor;
    }

    public void Analyze(OperationAnalysisContext context)
    {
        IOperation operation = context.Operation;
        if (_symbols.GetShape(operation.Type) is not { Rules.IsEmpty: false })
        {
            return;
        }

        // Built once per operation for every analyzer of the package.
        PayloadAnalysis analysis = PayloadAnalysis.For(_symbols, operation, context.ContainingSymbol, context.CancellationToken);
        if (analysis.IsSkipped)
        {
            return;
        }

        List<Finding> findings = analysis.Findings;
        SyntaxNode root = operation.Syntax;
        foreach (Finding finding in findings)
        {
            if (finding.DiagnosticId != _descriptor.Id)
            {
                continue;
            }

            if (Location(finding, root, context) is not { } location)
            {
                continue;
            }

            var additional = new List<Location> { PayloadObject.HeadLocation(finding.Owner.Owner) };
            context.ReportDiagnostic(Diagnostic.Create(
                _descriptor,
                location,
                finding.Rule.IsWarning ? DiagnosticSeverity.Info : _descriptor.DefaultSeverity,
                additional,
                Properties(finding, findings),
                Arguments(finding)));
        }
    }

    /// <summary>
    /// Where a finding is reported, or null when another payload of the method reports it. A finding on an object
    /// written in this expression is reported there (on the offending value for forbid and expect). A finding on
    /// an object written elsewhere (a local used as a member, the local a <c>with</c> copies) is reported on that
    /// object, where the member is to be added, unless that object's own payload reports it already (same rule,
    /// same brands); an object whose own payload is not checked (its local is assigned again, as in
    /// <c>x = x with { … }</c>) has its findings reported here, on this expression.
    /// </summary>
    private Location? Location(Finding finding, SyntaxNode root, OperationAnalysisContext context)
    {
        SyntaxNode anchor = finding.ValueSyntax ?? finding.Owner.Owner;
        bool inside = anchor.SyntaxTree == root.SyntaxTree && root.Span.Contains(anchor.Span);
        bool originInside = finding.Owner.Origin.SyntaxTree == root.SyntaxTree && root.Span.Contains(finding.Owner.Origin.Span);
        if (inside && originInside)
        {
            return finding.ValueSyntax is { } valueSyntax ? valueSyntax.GetLocation() : PayloadObject.HeadLocation(finding.Owner.Owner);
        }

        PayloadAnalysis? around = PayloadAnalysis.Around(_symbols, finding.Owner.Origin, context.Operation, context.ContainingSymbol, context.CancellationToken);
        if (around is not null && !ReferenceEquals(around.Operation, context.Operation) && around.Covers(finding))
        {
            return null;
        }

        if (inside)
        {
            return finding.ValueSyntax is { } valueSyntax ? valueSyntax.GetLocation() : PayloadObject.HeadLocation(finding.Owner.Owner);
        }

        if (around is { IsSkipped: false } && anchor.SyntaxTree == root.SyntaxTree)
        {
            return finding.ValueSyntax is { } valueSyntax ? valueSyntax.GetLocation() : PayloadObject.HeadLocation(finding.Owner.Owner);
        }

        return PayloadObject.HeadLocation(root);
    }

    private object[] Arguments(Finding finding)
    {
        string owner = finding.PathBase.Type.Name;
        string members = string.Join(
            finding.Kind == FindingKind.RequireAnyOf ? " or " : ", ",
            finding.Paths.Select(p => BrandRuleEvaluation.DisplayPath(_symbols, finding.PathBase, p)));
        return finding.Kind switch
        {
            FindingKind.Expect => new object[]
            {
                owner,
                members,
                (finding.Expectation!.Kind == ConditionKind.Equals ? "be " : "not be ") + finding.Expectation.Value,
                finding.BrandText,
                finding.Rule.Id,
                finding.Rule.Message,
            },
            _ => new object[] { owner, members, finding.BrandText, finding.Rule.Id, finding.Rule.Message },
        };
    }

    /// <summary>
    /// What the code fixes need: for missing members, every member missing on the same object for any
    /// require rule (so that the fixes of several diagnostics on one object make the same edit and
    /// "fix all" merges them); for one-of rules, the alternatives.
    /// </summary>
    private static ImmutableDictionary<string, string?> Properties(Finding finding, List<Finding> all)
    {
        ImmutableDictionary<string, string?>.Builder properties = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
        properties[DiagnosticPropertyNames.RuleId] = finding.Rule.Id;
        properties[DiagnosticPropertyNames.Brands] = finding.BrandText;
        switch (finding.Kind)
        {
            case FindingKind.Require:
                var lines = new List<string>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (Finding other in all.Where(f => f.Kind == FindingKind.Require && f.Owner.Owner == finding.Owner.Owner)
                    .OrderBy(f => f.Rule.Id, StringComparer.Ordinal))
                {
                    foreach (string[] path in other.Paths)
                    {
                        string text = string.Join(".", path);
                        if (seen.Add(text))
                        {
                            lines.Add(text + "\t" + other.Rule.Id + "\t" + other.BrandText);
                        }
                    }
                }

                properties[DiagnosticPropertyNames.MissingMembers] = string.Join("\n", lines);
                break;
            case FindingKind.RequireAnyOf:
                properties[DiagnosticPropertyNames.Alternatives] = string.Join("\n", finding.Paths.Select(p => string.Join(".", p)));
                break;
        }

        return properties.ToImmutable();
    }
}
