using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ThreeDsContracts.Analyzers.Core;

/// <summary>
/// One payload creation or <c>with</c> in its last form in the method, with the brands it is built for: built
/// once per operation and shared by every analyzer of the package (the driver hands the same
/// <see cref="IOperation"/> to each of them). A creation whose local is assigned again later
/// (<c>x = x with { … }</c>) is not checked itself: the later assignment is its last form.
/// </summary>
internal sealed class PayloadAnalysis
{
    private static readonly ConditionalWeakTable<IOperation, PayloadAnalysis> Cache = new();
    private static readonly PayloadAnalysis SkippedAnalysis = new(null, BrandContext.Unknown, null);

    private List<Finding>? _findings;

    private PayloadAnalysis(PayloadObject? payload, BrandContext brands, IOperation? operation)
    {
        Payload = payload;
        Brands = brands;
        Operation = operation;
    }

    /// <summary>The payload in its last form, or null when the operation is not checked itself.</summary>
    public PayloadObject? Payload { get; }

    public BrandContext Brands { get; }

    public IOperation? Operation { get; }

    public bool IsSkipped => Payload is null;

    /// <summary>The brand-rule findings of the payload (computed on first use).</summary>
    public List<Finding> Findings
    {
        get
        {
            List<Finding>? findings = Volatile.Read(ref _findings);
            if (findings is null && Payload is not null)
            {
                findings = BrandRuleEvaluation.Evaluate(Payload, Brands);
                Interlocked.CompareExchange(ref _findings, findings, null);
                findings = _findings;
            }

            return findings ?? new List<Finding>();
        }
    }

    public static PayloadAnalysis For(ContractSymbols symbols, IOperation operation, ISymbol? containingSymbol, CancellationToken cancellationToken)
    {
        if (Cache.TryGetValue(operation, out PayloadAnalysis? known))
        {
            return known;
        }

        PayloadAnalysis created = Create(symbols, operation, containingSymbol, cancellationToken);
        return Cache.GetValue(operation, _ => created);
    }

    private static PayloadAnalysis Create(ContractSymbols symbols, IOperation operation, ISymbol? containingSymbol, CancellationToken cancellationToken)
    {
        var builder = new PayloadBuilder(symbols, cancellationToken);
        ILocalSymbol? local = PayloadBuilder.TargetLocal(operation);
        if (local is not null && builder.IsReassignedAfter(local, operation))
        {
            return SkippedAnalysis;
        }

        if (builder.BuildFinal(operation) is not { } payload)
        {
            return SkippedAnalysis;
        }

        return new PayloadAnalysis(payload, BrandContext.Determine(builder, operation, containingSymbol, payload), operation);
    }

    /// <summary>
    /// The analysis of the payload written at <paramref name="syntax"/> (outside <paramref name="from"/>: a local
    /// built earlier and used as a member, or the local a <c>with</c> copies): the outermost payload creation or
    /// <c>with</c> around it. Null when the syntax is in no payload expression of the method.
    /// </summary>
    public static PayloadAnalysis? Around(ContractSymbols symbols, SyntaxNode syntax, IOperation from, ISymbol? containingSymbol, CancellationToken cancellationToken)
    {
        if (from.SemanticModel is not { } model || syntax.SyntaxTree != model.SyntaxTree)
        {
            return null;
        }

        for (SyntaxNode? node = syntax; node is not null; node = node.Parent)
        {
            if (node is StatementSyntax or MemberDeclarationSyntax)
            {
                return null;
            }

            if (node is BaseObjectCreationExpressionSyntax or WithExpressionSyntax
                && model.GetOperation(node, cancellationToken) is { } operation
                && operation.Kind is OperationKind.ObjectCreation or OperationKind.With
                && symbols.GetShape(operation.Type) is not null)
            {
                var builder = new PayloadBuilder(symbols, cancellationToken);
                return For(symbols, builder.OutermostPayload(operation), containingSymbol, cancellationToken);
            }
        }

        return null;
    }

    /// <summary>True when this analysis reports the same finding (same rule, object, members) for at least the same brands.</summary>
    public bool Covers(Finding finding)
    {
        if (IsSkipped)
        {
            return false;
        }

        foreach (Finding own in Findings)
        {
            // Every-brand findings have no brands (a superset of none); brand-specific ones need the same brands.
            if (own.OriginKey == finding.OriginKey && own.Brands.IsSupersetOf(finding.Brands))
            {
                return true;
            }
        }

        return false;
    }
}
