using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ThreeDsContracts.Analyzers.Core;

/// <summary>
/// Builds what is known at compile time about a payload from the operations of one method: object creations
/// with nested initializers (Base64-JSON members included: <c>new T { … }</c> converted to
/// <c>EncodedJson&lt;T&gt;</c>), <c>with</c> expressions, locals built earlier in the method and property
/// assignments to the created local after construction. Anything that is not a compile-time fact is
/// <see cref="ValueState.Unknown"/>, so that rules stay silent on it.
/// </summary>
internal sealed class PayloadBuilder
{
    private const int MaxDepth = 8;
    private readonly ContractSymbols _symbols;
    private readonly CancellationToken _cancellationToken;

    public PayloadBuilder(ContractSymbols symbols, CancellationToken cancellationToken)
    {
        _symbols = symbols;
        _cancellationToken = cancellationToken;
    }

    public ContractSymbols Symbols => _symbols;

    /// <summary>The object built by a creation or <c>with</c> operation whose type is a payload type.</summary>
    public PayloadObject? BuildObject(IOperation operation, int depth = 0)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (operation)
        {
            case IObjectCreationOperation creation when _symbols.GetShape(creation.Type) is { } shape:
                {
                    // A constructor with arguments (a copy constructor, a hand-written one) sets unknown members.
                    var result = new PayloadObject(shape, creation.Syntax, complete: creation.Arguments.IsEmpty, capacity: creation.Initializer?.Initializers.Length ?? 0);
                    Apply(result, creation.Initializer, depth);
                    return result;
                }

            case IWithOperation with when _symbols.GetShape(with.Type) is { } shape:
                {
                    PayloadValue source = Evaluate(with.Operand, depth + 1);
                    PayloadObject result = source.Object is { } baseObject && SymbolEqualityComparer.Default.Equals(baseObject.Shape.Type, shape.Type)
                        ? baseObject.CopyFor(with.Syntax)
                        : new PayloadObject(shape, with.Syntax, complete: false);
                    Apply(result, with.Initializer, depth);
                    return result;
                }

            default:
                return null;
        }
    }

    private void Apply(PayloadObject target, IObjectOrCollectionInitializerOperation? initializer, int depth)
    {
        if (initializer is null)
        {
            return;
        }

        foreach (IOperation item in initializer.Initializers)
        {
            if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                && target.Shape.WireName(property.Property) is { } wire)
            {
                target.Members[wire] = Evaluate(assignment.Value, depth + 1).WithAssignment(assignment.Syntax);
            }
            else if (item is IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation nested }
                && target.Shape.WireName(nested.Property) is { } nestedWire)
            {
                // Prop = { … } changes the object the property already holds: not a fact we know.
                target.Members[nestedWire] = PayloadValue.UnknownValue.WithAssignment(item.Syntax);
            }
            else
            {
                // An initializer the compiler could not bind: the object is not fully known.
                target.MarkIncomplete();
            }
        }
    }

    /// <summary>
    /// The payload of a creation or <c>with</c> in its last form in the method: the object it builds, with the
    /// property assignments made afterwards to the local it is stored in (<c>x.Brand = …</c>, <c>x.A.Eci = …</c>).
    /// </summary>
    public PayloadObject? BuildFinal(IOperation operation)
    {
        PayloadObject? payload = BuildObject(operation);
        if (payload is not null && TargetLocal(operation) is { } local)
        {
            payload = ApplyLaterAssignments(payload, local, operation);
        }

        return payload;
    }

    /// <summary>What is known about a value expression.</summary>
    public PayloadValue Evaluate(IOperation? operation, int depth = 0)
    {
        if (operation is null || depth > MaxDepth)
        {
            return PayloadValue.UnknownValue;
        }

        switch (operation)
        {
            case IConversionOperation conversion:
                return Evaluate(conversion.Operand, depth);
            case IFieldReferenceOperation { Field: { ContainingType.TypeKind: TypeKind.Enum } field }:
                return _symbols.GetCodeList(field.ContainingType) is { } list && list.WireValues.TryGetValue(field.Name, out string? wire)
                    ? new PayloadValue(wire.Length == 0 ? ValueState.Absent : ValueState.Present, wire, ConstantKind.String, enumMember: field)
                    : PayloadValue.PresentValue;
            case IObjectCreationOperation creation when _symbols.IsEncodedJson(creation.Type):
                return creation.Arguments.Length == 1 ? Evaluate(creation.Arguments[0].Value, depth) : PayloadValue.UnknownValue;
            case IArrayCreationOperation { Initializer: { } arrayInitializer }:
                return Items(arrayInitializer.ElementValues, depth);
            case IObjectCreationOperation { Initializer: { } listInitializer, Arguments.IsEmpty: true } collectionCreation
                when _symbols.GetShape(collectionCreation.Type) is null && AddedItems(listInitializer) is { } added:
                return Items(added, depth);
            case IObjectCreationOperation or IWithOperation:
                PayloadObject? built = BuildObject(operation, depth);
                return built is null ? PayloadValue.PresentValue : new PayloadValue(ValueState.Present, obj: built);
            case ILocalReferenceOperation local:
                if (LocalValue(local.Local, operation, depth) is { } known)
                {
                    // Items of a collection held in a local count only while nothing else can change them
                    // (list.Add, array[i] = …, passing it to a method).
                    return known.Elements is null || IsOnlyCopied(local.Local, operation) ? known : PayloadValue.PresentValue;
                }

                break;
            case IInvalidOperation:
                return PayloadValue.UnknownValue;
            case IDefaultValueOperation when operation.Type is { IsValueType: true } valueType && valueType.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T:
                return PayloadValue.PresentValue;
            case IDefaultValueOperation:
                return PayloadValue.AbsentValue;
        }

        if (operation.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.CollectionExpressionSyntax collection)
        {
            // [a, b] (ICollectionExpressionOperation from Roslyn 4.9 on): its children are the items; a spread
            // (..others) or anything else makes the items unknown.
            var children = new List<IOperation>(operation.ChildOperations);
            return children.Count == collection.Elements.Count && collection.Elements.All(e => e is Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionElementSyntax)
                ? Items(children, depth)
                : PayloadValue.PresentValue;
        }

        if (operation.ConstantValue.HasValue)
        {
            return FromConstant(operation.ConstantValue.Value);
        }

        if (operation.Type is { IsValueType: true } type && type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T && type.TypeKind != TypeKind.Error)
        {
            return PayloadValue.PresentValue;
        }

        return PayloadValue.Deferred(() => IsNotNull(operation) ? ValueState.Present : ValueState.Unknown);
    }

    /// <summary>An array or list whose items are all written here.</summary>
    private PayloadValue Items(IEnumerable<IOperation> items, int depth)
    {
        var values = new List<PayloadValue>();
        foreach (IOperation item in items)
        {
            values.Add(Evaluate(item, depth + 1).WithAssignment(item.Syntax));
        }

        return new PayloadValue(ValueState.Present, elements: values);
    }

    /// <summary>The items of a collection initializer (<c>new List&lt;T&gt; { a, b }</c>): one Add(item) each, or null.</summary>
    private static List<IOperation>? AddedItems(IObjectOrCollectionInitializerOperation initializer)
    {
        var items = new List<IOperation>(initializer.Initializers.Length);
        foreach (IOperation add in initializer.Initializers)
        {
            if (add is not IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } invocation)
            {
                return null;
            }

            items.Add(invocation.Arguments[0].Value);
        }

        return items;
    }

    /// <summary>True when every use of the local in the method copies its value (into a member, another local).</summary>
    private bool IsOnlyCopied(ILocalSymbol local, IOperation at)
    {
        foreach (ILocalReferenceOperation reference in LocalUses.Of(Root(at), _symbols).References(local))
        {
            IOperation use = reference;
            while (use.Parent is IConversionOperation conversion)
            {
                use = conversion;
            }

            bool copied = use.Parent switch
            {
                ISimpleAssignmentOperation assignment => assignment.Value == use,
                IVariableInitializerOperation => true,
                IArrayInitializerOperation => true,
                _ => use.Parent?.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.CollectionExpressionSyntax,
            };
            if (!copied)
            {
                return false;
            }
        }

        return true;
    }

    private static PayloadValue FromConstant(object? value) => value switch
    {
        null => PayloadValue.AbsentValue,
        string text => text.Length == 0 ? PayloadValue.AbsentValue : new PayloadValue(ValueState.Present, text, ConstantKind.String),
        bool flag => new PayloadValue(ValueState.Present, flag ? "true" : "false", ConstantKind.Boolean),
        char c => new PayloadValue(ValueState.Present, c.ToString(), ConstantKind.String),
        IFormattable number => new PayloadValue(ValueState.Present, number.ToString(null, CultureInfo.InvariantCulture), ConstantKind.Number),
        _ => PayloadValue.PresentValue,
    };

    private bool IsNotNull(IOperation operation)
    {
        if (operation.SemanticModel is not { } model || operation.Syntax is null)
        {
            return false;
        }

        try
        {
            return model.GetTypeInfo(operation.Syntax, _cancellationToken).Nullability.FlowState == NullableFlowState.NotNull;
        }
        catch (ArgumentException)
        {
            // The syntax is not part of the model's tree (never expected; stay silent rather than fail).
            return false;
        }
    }

    /// <summary>
    /// The value a local holds at an operation, from its writes earlier in the method: declaration,
    /// assignments (<c>x = x with { … }</c>) and property assignments (<c>x.A = …</c>). Null when unknown.
    /// </summary>
    private PayloadValue? LocalValue(ILocalSymbol local, IOperation at, int depth)
    {
        IOperation root = Root(at);
        PayloadValue? state = null;
        foreach (LocalWrite write in Writes(root, local))
        {
            IOperation node = write.Operation;
            if (node.Syntax.SpanStart >= at.Syntax.SpanStart || node.Syntax.Span.Contains(at.Syntax.Span))
            {
                continue;
            }

            if (write.Opaque || IsInNestedFunction(node, at) || !IsAlwaysExecutedBefore(node, at))
            {
                return null;
            }

            if (write.Path is null)
            {
                state = Evaluate(write.Value, depth + 1);
            }
            else if (state?.Object is { } obj)
            {
                state = new PayloadValue(ValueState.Present, obj: obj.WithPath(write.Path, 0, Evaluate(write.Value, depth + 1).WithAssignment(node.Syntax)));
            }
        }

        return state;
    }

    /// <summary>The local a creation or <c>with</c> is stored in (<c>var x = …</c> or <c>x = …</c>), if any.</summary>
    public static ILocalSymbol? TargetLocal(IOperation operation)
    {
        IOperation current = operation;
        while (current.Parent is IConversionOperation conversion)
        {
            current = conversion;
        }

        return current.Parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when assignment.Value == current => target.Local,
            _ => null,
        };
    }

    /// <summary>True when the local is assigned again after the operation (its value there is not the final one).</summary>
    public bool IsReassignedAfter(ILocalSymbol local, IOperation operation)
    {
        foreach (LocalWrite write in Writes(Root(operation), local))
        {
            if (write.Path is null && write.Operation.Syntax.SpanStart > operation.Syntax.SpanStart && !write.Operation.Syntax.Span.Contains(operation.Syntax.Span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Applies the property assignments made to the local after the operation (<c>x.A.B = v</c>).</summary>
    public PayloadObject ApplyLaterAssignments(PayloadObject obj, ILocalSymbol local, IOperation operation)
    {
        foreach (LocalWrite write in Writes(Root(operation), local))
        {
            if (write.Path is null || write.Operation.Syntax.SpanStart <= operation.Syntax.SpanStart)
            {
                continue;
            }

            bool certain = !write.Opaque && !IsInNestedFunction(write.Operation, operation) && IsUnconditionalFrom(write.Operation, operation);
            PayloadValue value = certain ? Evaluate(write.Value, 1) : PayloadValue.UnknownValue;
            obj = obj.WithPath(write.Path, 0, value.WithAssignment(write.Operation.Syntax));
        }

        return obj;
    }

    private List<LocalWrite> Writes(IOperation root, ILocalSymbol local) => LocalUses.Of(root, _symbols).Writes(local);

    /// <summary>The top of the operation tree (the method body).</summary>
    public static IOperation Root(IOperation operation)
    {
        IOperation current = operation;
        while (current.Parent is not null)
        {
            current = current.Parent;
        }

        return current;
    }

    private static bool IsInNestedFunction(IOperation operation, IOperation reference)
    {
        foreach (IOperation ancestor in Ancestors(operation))
        {
            if (ancestor.Syntax.Span.Contains(reference.Syntax.Span))
            {
                return false;
            }

            if (ancestor is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="operation"/> runs whenever <paramref name="use"/> runs, and before it (by position and branches).</summary>
    private static bool IsAlwaysExecutedBefore(IOperation operation, IOperation use)
    {
        IOperation child = operation;
        foreach (IOperation ancestor in Ancestors(operation))
        {
            if (ancestor.Syntax.Span.Contains(use.Syntax.Span))
            {
                return !CanBeSkipped(ancestor) || child.Syntax.Span.Contains(use.Syntax.Span);
            }

            if (CanBeSkipped(ancestor))
            {
                return false;
            }

            child = ancestor;
        }

        return true;
    }

    /// <summary>True when nothing between the write and the block shared with the anchor can skip the write.</summary>
    private static bool IsUnconditionalFrom(IOperation write, IOperation anchor)
    {
        foreach (IOperation ancestor in Ancestors(write))
        {
            if (ancestor.Syntax.Span.Contains(anchor.Syntax.Span))
            {
                return !CanBeSkipped(ancestor);
            }

            if (CanBeSkipped(ancestor))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<IOperation> Ancestors(IOperation operation)
    {
        for (IOperation? current = operation.Parent; current is not null; current = current.Parent)
        {
            yield return current;
        }
    }

    private static bool CanBeSkipped(IOperation operation) => operation is
        IConditionalOperation or
        ILoopOperation or
        ISwitchOperation or
        ISwitchCaseOperation or
        ISwitchExpressionOperation or
        ISwitchExpressionArmOperation or
        ICatchClauseOperation or
        IConditionalAccessOperation or
        ICoalesceOperation or
        ICoalesceAssignmentOperation or
        IAnonymousFunctionOperation or
        ILocalFunctionOperation or
        IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr };

    /// <summary>
    /// The outermost payload expression that contains the operation through initializers, conversions and
    /// Base64-JSON wrappers (the payload the operation is part of).
    /// </summary>
    public IOperation OutermostPayload(IOperation operation)
    {
        IOperation result = operation;
        for (IOperation? current = operation.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IConversionOperation:
                case IArgumentOperation:
                case ISimpleAssignmentOperation { Parent: IObjectOrCollectionInitializerOperation }:
                case IObjectOrCollectionInitializerOperation:
                case IMemberInitializerOperation:
                    continue;
                case IObjectCreationOperation creation when _symbols.IsEncodedJson(creation.Type):
                    continue;
                case IObjectCreationOperation or IWithOperation when _symbols.GetShape(current.Type) is not null:
                    result = current;
                    continue;
            }

            break;
        }

        return result;
    }

    /// <summary>True when the operation is a payload creation or <c>with</c> nested in another payload's initializer.</summary>
    public bool IsNested(IOperation operation) => !ReferenceEquals(OutermostPayload(operation), operation);
}
