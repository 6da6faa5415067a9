using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ThreeDsContracts.Analyzers.Core;

/// <summary>
/// The writes and uses of every local of one method body, found in one walk of its operations and shared by every
/// payload of the method (instead of one walk per payload and question: is the local assigned again, which
/// properties are set later, which Validate calls name it, is it only copied).
/// </summary>
internal sealed class LocalUses
{
    private static readonly ConditionalWeakTable<IOperation, LocalUses> PerBody = new();
    private static readonly List<LocalWrite> NoWrites = new();
    private static readonly List<ILocalReferenceOperation> NoReferences = new();
    private static readonly List<IInvocationOperation> NoInvocations = new();

    private readonly Dictionary<ILocalSymbol, List<LocalWrite>> _writes = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ILocalSymbol, List<ILocalReferenceOperation>> _references = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ILocalSymbol, List<IInvocationOperation>> _invocations = new(SymbolEqualityComparer.Default);

    private LocalUses(IOperation root, ContractSymbols symbols)
    {
        foreach (IOperation operation in root.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator:
                    Add(_writes, declarator.Symbol, new LocalWrite(operation, declarator.Initializer?.Value, null, opaque: false));
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                    Add(_writes, target.Local, new LocalWrite(operation, assignment.Value, null, opaque: false));
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                    when RootLocal(property) is { } local && PropertyPath(symbols, property) is { } path:
                    Add(_writes, local, new LocalWrite(operation, assignment.Value, path, opaque: false));
                    break;
                case ILocalReferenceOperation reference:
                    Add(_references, reference.Local, reference);
                    if (IsOpaqueWrite(reference))
                    {
                        Add(_writes, reference.Local, new LocalWrite(reference, null, null, opaque: true));
                    }

                    break;
                case IInvocationOperation { Instance: ILocalReferenceOperation instance, TargetMethod.Name: "Validate" } invocation:
                    Add(_invocations, instance.Local, invocation);
                    break;
            }
        }
    }

    public static LocalUses Of(IOperation root, ContractSymbols symbols)
    {
        if (PerBody.TryGetValue(root, out LocalUses? known))
        {
            return known;
        }

        var created = new LocalUses(root, symbols);
        return PerBody.GetValue(root, _ => created);
    }

    /// <summary>Writes of the local in document order: declaration, assignments, property assignments, opaque writes.</summary>
    public List<LocalWrite> Writes(ILocalSymbol local) => _writes.TryGetValue(local, out List<LocalWrite>? writes) ? writes : NoWrites;

    public List<ILocalReferenceOperation> References(ILocalSymbol local) => _references.TryGetValue(local, out List<ILocalReferenceOperation>? references) ? references : NoReferences;

    /// <summary>Calls of a method named Validate on the local.</summary>
    public List<IInvocationOperation> ValidateCalls(ILocalSymbol local) => _invocations.TryGetValue(local, out List<IInvocationOperation>? calls) ? calls : NoInvocations;

    private static void Add<T>(Dictionary<ILocalSymbol, List<T>> map, ILocalSymbol local, T item)
    {
        if (!map.TryGetValue(local, out List<T>? list))
        {
            map.Add(local, list = new List<T>(2));
        }

        list.Add(item);
    }

    private static ILocalSymbol? RootLocal(IPropertyReferenceOperation property)
    {
        IOperation? current = property;
        while (current is IPropertyReferenceOperation reference)
        {
            current = reference.Instance;
        }

        return (current as ILocalReferenceOperation)?.Local;
    }

    /// <summary>The wire path of <c>local.A.B</c>, or null when a step is not a payload member.</summary>
    private static string[]? PropertyPath(ContractSymbols symbols, IPropertyReferenceOperation property)
    {
        var names = new List<string>();
        IOperation? current = property;
        while (current is IPropertyReferenceOperation reference)
        {
            if (!reference.Arguments.IsEmpty || symbols.GetShape(reference.Property.ContainingType) is not { } shape || shape.WireName(reference.Property) is not { } wire)
            {
                return null;
            }

            names.Add(wire);
            current = reference.Instance;
        }

        names.Reverse();
        return names.ToArray();
    }

    private static bool IsOpaqueWrite(ILocalReferenceOperation reference) => reference.Parent switch
    {
        IArgumentOperation argument => argument.Parameter?.RefKind is RefKind.Out or RefKind.Ref,
        ICompoundAssignmentOperation compound => compound.Target == reference,
        ICoalesceAssignmentOperation coalesce => coalesce.Target == reference,
        IIncrementOrDecrementOperation => true,
        IDeconstructionAssignmentOperation => true,
        ITupleOperation { Parent: IDeconstructionAssignmentOperation } => true,
        _ => false,
    };
}

/// <summary>A write of a local: its whole value, or a property path below it.</summary>
internal readonly struct LocalWrite
{
    public LocalWrite(IOperation operation, IOperation? value, string[]? path, bool opaque)
    {
        Operation = operation;
        Value = value;
        Path = path;
        Opaque = opaque;
    }

    public IOperation Operation { get; }

    public IOperation? Value { get; }

    /// <summary>Wire path for a property assignment, null for a write of the whole local.</summary>
    public string[]? Path { get; }

    /// <summary>A write whose value cannot be followed (out/ref argument, compound assignment…).</summary>
    public bool Opaque { get; }
}
