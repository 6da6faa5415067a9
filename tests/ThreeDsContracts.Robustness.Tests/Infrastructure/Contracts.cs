using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ThreeDsContracts.Metadata;

namespace ThreeDsContracts.Robustness.Tests.Infrastructure;

/// <summary>The kinds of value a generated property holds, as the payload walkers see them.</summary>
internal enum ValueShape
{
    String,
    Enum,
    Code,
    List,
    Map,
    Encoded,
    Object,
    NumberOrString,
    IsoDateTime,
    FlexibleTimestamp,
    DateOnly,
    DateTime,
    Integer,
    Decimal,
    Boolean,
    Json,
}

/// <summary>A property of a generated record with its wire name.</summary>
internal sealed record WireMember(PropertyInfo Property, string WireName, SensitiveKind Sensitive)
{
    public Type Type => Property.PropertyType;
}

/// <summary>The generated contracts of ThreeDsContracts.dll, found by <c>[ThreeDsSchema(id, pointer)]</c>.</summary>
internal static class Contracts
{
    public static readonly Assembly Runtime = typeof(Code<>).Assembly;

    private static readonly Lazy<IReadOnlyList<Type>> AllTypes = new(() =>
        Runtime.GetTypes().Where(t => t.GetCustomAttribute<ThreeDsSchemaAttribute>() is not null).OrderBy(t => t.FullName, StringComparer.Ordinal).ToList());

    private static readonly Dictionary<Type, IReadOnlyList<WireMember>> MemberCache = new();

    public static IReadOnlyList<Type> All => AllTypes.Value;

    /// <summary>Generated records (object schemas).</summary>
    public static IEnumerable<Type> Records => All.Where(t => !t.IsEnum);

    public static bool IsContract(Type type) => !type.IsEnum && type.GetCustomAttribute<ThreeDsSchemaAttribute>() is not null;

    public static Type For(string schemaId, string pointer) =>
        All.SingleOrDefault(t => t.GetCustomAttribute<ThreeDsSchemaAttribute>() is { } a && a.SchemaId == schemaId && a.Pointer == pointer)
        ?? throw new InvalidOperationException($"No generated type for {schemaId} {pointer}.");

    /// <summary>The wire properties of a record (ExtensionData left out).</summary>
    public static IReadOnlyList<WireMember> Members(Type record)
    {
        lock (MemberCache)
        {
            if (!MemberCache.TryGetValue(record, out IReadOnlyList<WireMember>? members))
            {
                members = record.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.GetCustomAttribute<JsonPropertyNameAttribute>() is not null && p.GetCustomAttribute<JsonExtensionDataAttribute>() is null)
                    .Select(p => new WireMember(p, p.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name, p.GetCustomAttribute<SensitiveAttribute>()?.Kind ?? SensitiveKind.None))
                    .ToList();
                MemberCache[record] = members;
            }

            return members;
        }
    }

    public static Type Unwrap(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    public static ValueShape ShapeOf(Type type, out Type? element)
    {
        type = Unwrap(type);
        element = null;
        if (type == typeof(string))
        {
            return ValueShape.String;
        }

        if (type.IsEnum)
        {
            element = type;
            return ValueShape.Enum;
        }

        if (type.IsGenericType)
        {
            Type definition = type.GetGenericTypeDefinition();
            Type[] arguments = type.GetGenericArguments();
            if (definition == typeof(Code<>))
            {
                element = arguments[0];
                return ValueShape.Code;
            }

            if (definition == typeof(IReadOnlyList<>))
            {
                element = arguments[0];
                return ValueShape.List;
            }

            if (definition == typeof(IReadOnlyDictionary<,>))
            {
                element = arguments[1];
                return ValueShape.Map;
            }

            if (definition == typeof(EncodedJson<>))
            {
                element = arguments[0];
                return ValueShape.Encoded;
            }
        }

        return type switch
        {
            _ when type == typeof(NumberOrString) => ValueShape.NumberOrString,
            _ when type == typeof(IsoDateTime) => ValueShape.IsoDateTime,
            _ when type == typeof(FlexibleTimestamp) => ValueShape.FlexibleTimestamp,
            _ when type == typeof(DateOnly) => ValueShape.DateOnly,
            _ when type == typeof(DateTime) => ValueShape.DateTime,
            _ when type == typeof(int) || type == typeof(long) => ValueShape.Integer,
            _ when type == typeof(decimal) => ValueShape.Decimal,
            _ when type == typeof(bool) => ValueShape.Boolean,
            _ when type == typeof(JsonElement) => ValueShape.Json,
            _ when IsContract(type) => ValueShape.Object,
            _ => throw new NotSupportedException("Unexpected generated property type " + type),
        };
    }

    /// <summary>Wire values of a generated enum, in member order.</summary>
    public static IReadOnlyList<string> WireValues(Type enumType) => enumType.GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => f.GetCustomAttribute<WireValueAttribute>()!.Value)
        .ToList();

    /// <summary>The JSON metadata of a type from its provider's JsonSerializerContext.</summary>
    public static JsonTypeInfo ContextInfo(Type type)
    {
        Type context = Runtime.GetTypes().Single(t => t.Namespace == type.Namespace && t.Name.EndsWith("JsonContext", StringComparison.Ordinal) && typeof(JsonSerializerContext).IsAssignableFrom(t));
        var resolver = (JsonSerializerContext)context.GetProperty("Default")!.GetValue(null)!;
        return resolver.GetTypeInfo(type) ?? throw new InvalidOperationException("No context metadata for " + type);
    }

    /// <summary>The generated converter instance of a record.</summary>
    public static JsonConverter Converter(Type type)
    {
        Type converter = type.GetCustomAttribute<JsonConverterAttribute>()!.ConverterType!;
        return (JsonConverter)converter.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
    }

    /// <summary>Brand ids to validate with: every canonical brand, and some that are not brands.</summary>
    public static IReadOnlyList<string> BrandIds { get; } = WireValues(typeof(Canonical.CardBrand)).Concat(new[] { "VISA", "unknown-brand", string.Empty, "visa\"", "\u00e9" }).ToList();

    /// <summary>Calls the generated Validate(string brandId).</summary>
    public static IReadOnlyList<Validation.ValidationFinding> Validate(object value, string brandId) =>
        (IReadOnlyList<Validation.ValidationFinding>)Invoke(value.GetType().GetMethod("Validate", new[] { typeof(string) })!, value, brandId)!;

    /// <summary>Invokes by reflection, surfacing the method's own exception.</summary>
    public static object? Invoke(MethodInfo method, object? target, params object?[] arguments)
    {
        try
        {
            return method.Invoke(target, arguments);
        }
        catch (TargetInvocationException wrapped) when (wrapped.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(wrapped.InnerException).Throw();
            throw;
        }
    }

    /// <summary>Every generated record reachable from a value (the value included), for adapters that take nested parts.</summary>
    public static IEnumerable<object> Graph(object? value, int depth = 0)
    {
        if (value is null || depth > 32)
        {
            yield break;
        }

        Type type = value.GetType();
        if (IsContract(type))
        {
            yield return value;
            foreach (WireMember member in Members(type))
            {
                foreach (object nested in Graph(member.Property.GetValue(value), depth + 1))
                {
                    yield return nested;
                }
            }
        }
        else if (value is System.Collections.IEnumerable items and not string)
        {
            foreach (object? item in items)
            {
                object? inner = item is not null && item.GetType().IsGenericType && item.GetType().GetGenericTypeDefinition() == typeof(KeyValuePair<,>)
                    ? item.GetType().GetProperty("Value")!.GetValue(item)
                    : item;
                foreach (object nested in Graph(inner, depth + 1))
                {
                    yield return nested;
                }
            }
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EncodedJson<>))
        {
            foreach (object nested in Graph(type.GetProperty("Value")!.GetValue(value), depth + 1))
            {
                yield return nested;
            }
        }
    }
}
