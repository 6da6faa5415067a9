using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ThreeDsContracts.Analyzers.Core;

/// <summary>A code-list constant assigned to a member of a payload.</summary>
internal readonly struct AssignedConstant
{
    public AssignedConstant(IFieldReferenceOperation reference, CodeList list, string wireValue)
    {
        Reference = reference;
        List = list;
        WireValue = wireValue;
    }

    public IFieldReferenceOperation Reference { get; }

    public CodeList List { get; }

    public string WireValue { get; }
}

/// <summary>Finds the code-list constants assigned in a payload's initializers (nested ones included).</summary>
internal static class PayloadConstants
{
    public static List<AssignedConstant> Find(ContractSymbols symbols, IOperation root)
    {
        var result = new List<AssignedConstant>();
        Walk(symbols, root, result, 0);
        return result;
    }

    private static void Walk(ContractSymbols symbols, IOperation? operation, List<AssignedConstant> result, int depth)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        if (operation is null || depth > 16)
        {
            return;
        }

        IObjectOrCollectionInitializerOperation? initializer = null;
        switch (operation)
        {
            case IObjectCreationOperation creation when symbols.IsEncodedJson(creation.Type):
                if (creation.Arguments.Length == 1)
                {
                    Walk(symbols, creation.Arguments[0].Value, result, depth + 1);
                }

                return;
            case IObjectCreationOperation creation when symbols.GetShape(creation.Type) is not null:
                initializer = creation.Initializer;
                break;
            case IWithOperation with when symbols.GetShape(with.Type) is not null:
                initializer = with.Initializer;
                break;
            case IFieldReferenceOperation { Field: { ContainingType.TypeKind: TypeKind.Enum } field } reference:
                if (symbols.GetCodeList(field.ContainingType) is { } list && list.WireValues.TryGetValue(field.Name, out string? wire))
                {
                    result.Add(new AssignedConstant(reference, list, wire));
                }

                return;
        }

        if (initializer is null)
        {
            return;
        }

        foreach (IOperation item in initializer.Initializers)
        {
            if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation } assignment)
            {
                Walk(symbols, assignment.Value, result, depth + 1);
            }
        }
    }
}
