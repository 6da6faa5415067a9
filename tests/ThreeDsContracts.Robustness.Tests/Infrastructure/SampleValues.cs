using System;
using System.Collections;
using System.Collections.Generic;
using System.Text.Json;
using ThreeDsContracts.Metadata;

namespace ThreeDsContracts.Robustness.Tests.Infrastructure;

/// <summary>
/// Builds a value of any generated record with every property set: sensitive properties (and everything
/// inside them) hold sentinels, other text says where it is ("visible-&lt;wire name&gt;").
/// </summary>
internal static class SampleValues
{
    /// <summary>A PAN-like sentinel; a correct mask shows 400000******1234, never the middle digits.</summary>
    public const string Pan = "4000009876541234";

    /// <summary>The digits a masked PAN must never show.</summary>
    public const string PanMiddle = "987654";

    /// <summary>The sentinel of CVV, authentication values and secrets.</summary>
    public const string Secret = "SENTINEL-SECRET-7f3a";

    public static IReadOnlyList<string> Secrets { get; } = new[] { Pan, PanMiddle, Secret };

    public static object Build(Type record, int depth = 0) => Value(record, null, SensitiveKind.None, depth)!;

    private static object? Value(Type declared, string? wire, SensitiveKind sensitive, int depth)
    {
        Type type = Contracts.Unwrap(declared);
        ValueShape shape = Contracts.ShapeOf(type, out Type? element);
        string text = sensitive switch
        {
            SensitiveKind.None => "visible-" + (wire ?? "item"),
            SensitiveKind.Pan => Pan,
            _ => Secret,
        };
        switch (shape)
        {
            case ValueShape.String:
                return text;
            case ValueShape.Enum:
                return Enum.GetValues(type).GetValue(0);
            case ValueShape.Code:
                return Activator.CreateInstance(type, Enum.GetValues(element!).GetValue(0));
            case ValueShape.List:
                if (depth > 4)
                {
                    return null;
                }

                var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element!))!;
                for (int i = 0; i < 2; i++)
                {
                    object? item = Value(element!, wire, sensitive, depth + 1);
                    if (item is null)
                    {
                        return null;
                    }

                    list.Add(item);
                }

                return list;
            case ValueShape.Map:
                if (depth > 4)
                {
                    return null;
                }

                var map = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), element!))!;
                object? entry = Value(element!, wire, sensitive, depth + 1);
                if (entry is null)
                {
                    return null;
                }

                map["key"] = entry;
                return map;
            case ValueShape.Encoded:
                object? content = depth > 4 ? null : Fill(element!, sensitive, depth + 1);
                return content is null ? null : Activator.CreateInstance(type, content);
            case ValueShape.Object:
                return depth > 4 ? null : Fill(type, sensitive, depth + 1);
            case ValueShape.NumberOrString:
                return NumberOrString.FromString(text);
            case ValueShape.IsoDateTime:
                return new IsoDateTime(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero));
            case ValueShape.FlexibleTimestamp:
                return new FlexibleTimestamp(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero));
            case ValueShape.DateOnly:
                return new DateOnly(2024, 1, 2);
            case ValueShape.DateTime:
                return new DateTime(2024, 1, 2, 3, 4, 0);
            case ValueShape.Integer:
                return Convert.ChangeType(1, type, System.Globalization.CultureInfo.InvariantCulture);
            case ValueShape.Decimal:
                return 1.5m;
            case ValueShape.Boolean:
                return true;
            default:
                using (JsonDocument document = JsonDocument.Parse(sensitive == SensitiveKind.None ? "{\"k\":\"visible\"}" : "{\"k\":\"" + text + "\"}"))
                {
                    return document.RootElement.Clone();
                }
        }
    }

    /// <summary>A record with every property set; inside a sensitive property, everything is sensitive.</summary>
    private static object Fill(Type record, SensitiveKind inherited, int depth)
    {
        object value = Activator.CreateInstance(record)!;
        foreach (WireMember member in Contracts.Members(record))
        {
            SensitiveKind sensitive = member.Sensitive != SensitiveKind.None ? member.Sensitive : inherited;
            object? propertyValue = Value(member.Type, member.WireName, sensitive, depth);
            if (propertyValue is not null)
            {
                member.Property.SetValue(value, propertyValue);
            }
        }

        return value;
    }
}
