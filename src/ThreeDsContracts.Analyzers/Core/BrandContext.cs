using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ThreeDsContracts.Analyzers.Core;

/// <summary>
/// The card brand(s) a payload is built for, when that is a compile-time fact. In order of precedence:
/// a brand property set in the payload's initializer (a card-brand code list, or a provider list mapped
/// to it); a constant argument to the payload's generated <c>Validate(CardBrand)</c> /
/// <c>Validate(string)</c> on the same local; otherwise <c>[ThreeDsCardBrand("…")]</c> on the enclosing
/// lambda, local function, method, property or type. A brand property or <c>Validate</c> argument that is
/// not constant makes the brand unknown: brand-specific rules then stay silent.
/// </summary>
internal sealed class BrandContext
{
    public static readonly BrandContext Unknown = new(ImmutableArray<string>.Empty, "unknown");

    private BrandContext(ImmutableArray<string> brands, string source)
    {
        Brands = brands;
        Source = source;
    }

    /// <summary>Brand ids (lower case), empty when unknown.</summary>
    public ImmutableArray<string> Brands { get; }

    /// <summary>Where the brand came from (for tests and messages).</summary>
    public string Source { get; }

    public bool IsKnown => !Brands.IsEmpty;

    /// <summary>
    /// The brand context of the payload an operation belongs to. Every analyzer of the package asks for it on
    /// the same operations (the driver hands the same <see cref="IOperation"/> instances to each analyzer), so
    /// it is determined once per outermost payload and shared.
    /// </summary>
    /// <param name="builder">Builds the payload.</param>
    /// <param name="operation">The payload creation or <c>with</c>.</param>
    /// <param name="containingSymbol">The symbol the operation is in.</param>
    /// <param name="built">The operation's payload in its last form, when already built (used when the operation is the outermost payload).</param>
    public static BrandContext Determine(PayloadBuilder builder, IOperation operation, ISymbol? containingSymbol, PayloadObject? built = null)
    {
        IOperation outer = builder.OutermostPayload(operation);
        if (PerPayload.TryGetValue(outer, out BrandContext? known))
        {
            return known;
        }

        // The nested operations of a payload are reached from the outermost one through initializers only (no
        // lambda or local function in between), so the enclosing declarations and their brand are the same.
        BrandContext determined = DetermineFor(builder, outer, operation, containingSymbol, ReferenceEquals(outer, operation) ? built : null);
        return PerPayload.GetValue(outer, _ => determined);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IOperation, BrandContext> PerPayload = new();

    private static BrandContext DetermineFor(PayloadBuilder builder, IOperation outer, IOperation operation, ISymbol? containingSymbol, PayloadObject? built)
    {
        ContractSymbols symbols = builder.Symbols;
        var brands = new SortedSet<string>(StringComparer.Ordinal);
        bool unknown = false;

        // 1. A brand property in the payload in its last form (nested objects and later assignments included).
        if ((built ?? builder.BuildFinal(outer)) is { } payload)
        {
            CollectBrandProperties(symbols, payload, brands, ref unknown, 0);
        }

        // 2. A constant brand passed to Validate on the same local or on the expression itself.
        ILocalSymbol? local = PayloadBuilder.TargetLocal(outer);
        foreach (IInvocationOperation invocation in ValidateCalls(symbols, outer, local))
        {
            if (invocation.Arguments.Length != 1)
            {
                continue;
            }

            string? brand = BrandOfArgument(symbols, invocation.Arguments[0].Value);
            if (brand is null)
            {
                unknown = true;
            }
            else
            {
                brands.Add(brand);
            }
        }

        if (unknown)
        {
            return Unknown;
        }

        if (brands.Count > 0)
        {
            return new BrandContext(brands.ToImmutableArray(), "payload");
        }

        // 3. [ThreeDsCardBrand] on the enclosing function, member or type.
        string? declared = DeclaredBrand(symbols, operation, containingSymbol);
        return declared is null ? Unknown : new BrandContext(ImmutableArray.Create(declared), "attribute");
    }

    private static void CollectBrandProperties(ContractSymbols symbols, PayloadObject payload, SortedSet<string> brands, ref bool unknown, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        foreach (KeyValuePair<string, PayloadValue> member in payload.Members)
        {
            PayloadValue value = member.Value;
            if (value.Object is { } nested)
            {
                CollectBrandProperties(symbols, nested, brands, ref unknown, depth + 1);
                continue;
            }

            if (!payload.Shape.ByWire.TryGetValue(member.Key, out IPropertySymbol? property)
                || symbols.GetCodeList(symbols.Unwrap(property.Type)) is not { IsBrandList: true })
            {
                continue;
            }

            if (value.State == ValueState.Absent)
            {
                continue;
            }

            string? brand = value.EnumMember is { } field ? symbols.BrandIdOf(field) : null;
            if (brand is null)
            {
                unknown = true;
            }
            else
            {
                brands.Add(brand.ToLowerInvariant());
            }
        }
    }

    private static IEnumerable<IInvocationOperation> ValidateCalls(ContractSymbols symbols, IOperation outer, ILocalSymbol? local)
    {
        IOperation self = outer;
        while (self.Parent is IConversionOperation conversion)
        {
            self = conversion;
        }

        if (self.Parent is IInvocationOperation direct && direct.Instance == self && IsGeneratedValidate(symbols, direct))
        {
            yield return direct;
        }

        if (local is null)
        {
            yield break;
        }

        foreach (IInvocationOperation invocation in LocalUses.Of(PayloadBuilder.Root(outer), symbols).ValidateCalls(local))
        {
            if (IsGeneratedValidate(symbols, invocation))
            {
                yield return invocation;
            }
        }
    }

    /// <summary>The generated <c>Validate(CardBrand)</c> / <c>Validate(string)</c> of a payload type.</summary>
    private static bool IsGeneratedValidate(ContractSymbols symbols, IInvocationOperation invocation) =>
        invocation.TargetMethod is { Name: "Validate", IsStatic: false, Parameters.Length: 1 } method
        && symbols.GetShape(method.ContainingType) is not null;

    private static string? BrandOfArgument(ContractSymbols symbols, IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        if (value is IFieldReferenceOperation { Field: { ContainingType.TypeKind: TypeKind.Enum } field })
        {
            return symbols.BrandIdOf(field)?.ToLowerInvariant();
        }

        return value.ConstantValue is { HasValue: true, Value: string text } && text.Length > 0 ? text.ToLowerInvariant() : null;
    }

    private static string? DeclaredBrand(ContractSymbols symbols, IOperation operation, ISymbol? containingSymbol)
    {
        if (symbols.CardBrandAttribute is null)
        {
            return null;
        }

        for (IOperation? current = operation.Parent; current is not null; current = current.Parent)
        {
            ISymbol? function = current switch
            {
                ILocalFunctionOperation localFunction => localFunction.Symbol,
                IAnonymousFunctionOperation lambda => lambda.Symbol,
                _ => null,
            };
            if (function is not null && BrandOf(symbols, function) is { } brand)
            {
                return brand;
            }
        }

        for (ISymbol? symbol = containingSymbol; symbol is not null && symbol is not INamespaceSymbol; symbol = symbol.ContainingSymbol)
        {
            if (BrandOf(symbols, symbol) is { } brand)
            {
                return brand;
            }

            if (symbol is IMethodSymbol { AssociatedSymbol: { } associated } && BrandOf(symbols, associated) is { } associatedBrand)
            {
                return associatedBrand;
            }
        }

        return null;
    }

    private static string? BrandOf(ContractSymbols symbols, ISymbol symbol)
    {
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.CardBrandAttribute)
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string brand
                && brand.Length > 0)
            {
                return brand.ToLowerInvariant();
            }
        }

        return null;
    }
}
