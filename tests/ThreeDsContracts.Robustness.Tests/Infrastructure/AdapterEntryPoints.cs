using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace ThreeDsContracts.Robustness.Tests.Infrastructure;

/// <summary>
/// The adapters of ThreeDsContracts.dll, discovered by reflection so that the fuzzing picks them up as
/// soon as they exist: public static methods of public types in namespace <c>ThreeDsContracts.Adapters</c>
/// whose first parameter is a generated contract and whose other parameters are optional or nullable
/// (called with their default or null). None exist yet on a branch without the adapters; the payload
/// fuzzing then covers reading, validation and writing only.
/// </summary>
internal static class AdapterEntryPoints
{
    public const string Namespace = "ThreeDsContracts.Adapters";

    private static readonly Lazy<IReadOnlyList<MethodInfo>> Methods = new(() => Contracts.Runtime.GetTypes()
        .Where(t => t.IsPublic && t.Namespace == Namespace)
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
        .Where(IsEntryPoint)
        .OrderBy(m => m.DeclaringType!.FullName + "." + m.Name + "(" + string.Join(",", m.GetParameters().Select(p => p.ParameterType.Name)) + ")", StringComparer.Ordinal)
        .ToList());

    public static IReadOnlyList<MethodInfo> All => Methods.Value;

    /// <summary>The adapters that take a value of this generated type first.</summary>
    public static IEnumerable<MethodInfo> For(Type contract) => All.Where(m => m.GetParameters()[0].ParameterType.IsAssignableFrom(contract));

    /// <summary>Arguments after the contract: defaults, or null for nullable parameters.</summary>
    public static object?[] Arguments(MethodInfo method, object contract)
    {
        ParameterInfo[] parameters = method.GetParameters();
        var arguments = new object?[parameters.Length];
        arguments[0] = contract;
        for (int i = 1; i < parameters.Length; i++)
        {
            arguments[i] = parameters[i].HasDefaultValue ? parameters[i].DefaultValue : null;
        }

        return arguments;
    }

    /// <summary>Exceptions an adapter documents for input it cannot convert.</summary>
    public static bool IsDocumented(Exception exception) =>
        exception.GetType() == typeof(ArgumentException) || exception is ThreeDsPayloadException;

    private static bool IsEntryPoint(MethodInfo method)
    {
        ParameterInfo[] parameters = method.GetParameters();
        return !method.IsGenericMethodDefinition
            && !method.IsSpecialName
            && parameters.Length > 0
            && Contracts.IsContract(parameters[0].ParameterType)
            && parameters.Skip(1).All(p => !p.ParameterType.IsByRef && (p.HasDefaultValue || Nullable.GetUnderlyingType(p.ParameterType) is not null));
    }
}
