using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ThreeDsContracts.Analyzers.Core;

/// <summary>A code-list constant held by a member of a payload in its last form.</summary>
internal sealed class PayloadConstant
{
    public PayloadConstant(IFieldSymbol field, CodeList list, string wireValue, SyntaxNode syntax)
    {
        Field = field;
        List = list;
        WireValue = wireValue;
        Syntax = syntax;
    }

    /// <summary>The enum member (<c>Eci.Eci05</c>).</summary>
    public IFieldSymbol Field { get; }

    public CodeList List { get; }

    public string WireValue { get; }

    /// <summary>The expression that assigns it (the constant, or the local holding it).</summary>
    public SyntaxNode Syntax { get; }
}

/// <summary>
/// The code-list constants of a payload in its last form (initializers, nested objects, locals used as members,
/// <c>with</c> expressions and property assignments after construction), each with the brands it is to be
/// checked for; shared by the ECI (TDS1006) and exemption (TDS1004) analyzers.
/// </summary>
internal static class PayloadConstants
{
    /// <summary>Which code lists an analyzer looks at.</summary>
    internal enum Kind
    {
        Eci,
        Exemption,
    }

    /// <summary>
    /// The constants of the operation's payload that an analyzer checks, with each brand to check them for. A
    /// constant written in another payload of the method (a local used as a member, the local a <c>with</c>
    /// copies) is checked here only for the brands that payload is not checked for itself, so that it is reported
    /// once per brand.
    /// </summary>
    public static List<(PayloadConstant Constant, string Brand)> ForBrands(ContractSymbols symbols, OperationAnalysisContext context, Kind kind)
    {
        var result = new List<(PayloadConstant, string)>();
        IOperation operation = context.Operation;
        if (symbols.GetShape(operation.Type) is not { } shape || !MayHold(symbols, shape, kind))
        {
            return result;
        }

        var builder = new PayloadBuilder(symbols, context.CancellationToken);
        if (builder.IsNested(operation))
        {
            return result; // checked with the payload that contains it
        }

        PayloadAnalysis analysis = PayloadAnalysis.For(symbols, operation, context.ContainingSymbol, context.CancellationToken);
        if (analysis.Payload is not { } payload || !analysis.Brands.IsKnown)
        {
            return result;
        }

        var constants = new List<PayloadConstant>();
        Collect(symbols, payload, kind, constants, 0);
        SyntaxNode root = operation.Syntax;
        foreach (PayloadConstant constant in constants)
        {
            bool inside = constant.Syntax.SyntaxTree == root.SyntaxTree && root.Span.Contains(constant.Syntax.Span);
            PayloadAnalysis? around = inside ? null : PayloadAnalysis.Around(symbols, constant.Syntax, operation, context.ContainingSymbol, context.CancellationToken);
            foreach (string brand in analysis.Brands.Brands)
            {
                if (around is { IsSkipped: false } && !ReferenceEquals(around.Operation, operation) && around.Brands.Brands.Contains(brand))
                {
                    continue;
                }

                result.Add((constant, brand));
            }
        }

        return result;
    }

    private static void Collect(ContractSymbols symbols, PayloadObject payload, Kind kind, List<PayloadConstant> constants, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        foreach (PayloadValue value in payload.Members.Values)
        {
            Add(symbols, value, kind, constants, depth);
            if (value.Elements is { } items)
            {
                foreach (PayloadValue item in items)
                {
                    Add(symbols, item, kind, constants, depth);
                }
            }
        }
    }

    private static void Add(ContractSymbols symbols, PayloadValue value, Kind kind, List<PayloadConstant> constants, int depth)
    {
        if (value.Object is { } nested)
        {
            Collect(symbols, nested, kind, constants, depth + 1);
            return;
        }

        if (value.EnumMember is not { } field || value.Constant is not { } wire || value.AssignmentSyntax is not { } syntax
            || symbols.GetCodeList(field.ContainingType) is not { } list || !Relevant(list, kind, wire))
        {
            return;
        }

        SyntaxNode expression = syntax is AssignmentExpressionSyntax assignment ? assignment.Right : syntax;
        constants.Add(new PayloadConstant(field, list, wire, expression));
    }

    private static bool Relevant(CodeList list, Kind kind, string? wire) => kind switch
    {
        Kind.Eci => list.EciOutcomes is not null,
        _ => wire is null ? list.Eligibility.Count > 0 : list.Eligibility.ContainsKey(wire),
    };

    /// <summary>Whether a payload type can hold a code list of the kind at any depth (most payload types cannot: nothing to build).</summary>
    private static bool MayHold(ContractSymbols symbols, ObjectShape shape, Kind kind)
    {
        ConcurrentDictionary<ITypeSymbol, bool> cache = kind == Kind.Eci ? symbols.MayHoldEci : symbols.MayHoldExemption;
        if (cache.TryGetValue(shape.Type, out bool known))
        {
            return known;
        }

        bool holds = Holds(symbols, shape, kind, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default));
        cache.TryAdd(shape.Type, holds);
        return holds;
    }

    private static bool Holds(ContractSymbols symbols, ObjectShape shape, Kind kind, HashSet<ITypeSymbol> visited)
    {
        if (!visited.Add(shape.Type))
        {
            return false;
        }

        foreach (IPropertySymbol property in shape.ByWire.Values)
        {
            ITypeSymbol? type = symbols.Unwrap(property.Type);
            ITypeSymbol? item = symbols.Unwrap(ContractSymbols.ItemType(type));
            foreach (ITypeSymbol? candidate in new[] { type, item })
            {
                if (symbols.GetCodeList(candidate) is { } list && Relevant(list, kind, null))
                {
                    return true;
                }

                if (candidate is not null && symbols.GetShape(candidate) is { } nested && Holds(symbols, nested, kind, visited))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
