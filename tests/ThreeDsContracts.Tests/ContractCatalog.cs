using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ThreeDsContracts.Metadata;

namespace ThreeDsContracts.Tests;

/// <summary>The generated built-in contracts of ThreeDsContracts.dll, found by their [ThreeDsSchema].</summary>
internal static class ContractCatalog
{
    private static readonly Lazy<IReadOnlyDictionary<(string, string), Type>> Types = new(() =>
        typeof(Code<>).Assembly.GetTypes()
            .Select(t => (Type: t, Attribute: t.GetCustomAttribute<ThreeDsSchemaAttribute>()))
            .Where(x => x.Attribute is not null)
            .ToDictionary(x => (x.Attribute!.SchemaId, x.Attribute.Pointer), x => x.Type));

    public static Type For(string schemaId, string pointer) =>
        Types.Value.TryGetValue((schemaId, pointer), out Type? type)
            ? type
            : throw new InvalidOperationException($"No generated type for {schemaId} {pointer}.");

    public static IEnumerable<Type> All => Types.Value.Values;
}
