using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using ThreeDsContracts.Testing;
using Xunit;

namespace ThreeDsContracts.Tests;

public class TypedReadTests
{
    public static IEnumerable<object[]> ValidFixtures => Fixtures.Rows(Fixtures.Valid);

    [Theory]
    [MemberData(nameof(ValidFixtures))]
    public void Known_fields_of_a_fixture_land_in_typed_properties_not_in_extension_data(string name)
    {
        Fixture fixture = Fixtures.Named(name);
        Type type = ContractCatalog.For(fixture.SchemaId, fixture.Pointer);
        object value = JsonSerializer.Deserialize(fixture.Text, type)!;

        var misplaced = new List<string>();
        Walk(value, "$", misplaced);

        Assert.Empty(misplaced);
    }

    [Fact]
    public void Typed_properties_hold_the_seed_values()
    {
        Fixture fixture = Fixtures.All.First(f => f.SchemaId == "antom/notify-payment" && f.Text.Contains("\"eci\"", StringComparison.Ordinal) && !f.Invalid);
        var notify = JsonSerializer.Deserialize<ThreeDsContracts.Antom.AntomNotifyPayment>(fixture.Text)!;
        using JsonDocument document = JsonDocument.Parse(fixture.Text);
        string eci = document.RootElement.GetProperty("paymentResultInfo").GetProperty("threeDSResult").GetProperty("eci").GetString()!;

        Code<ThreeDsContracts.Antom.AntomThreeDsResultEci>? typed = notify.PaymentResultInfo?.ThreeDsResult?.Eci;
        Assert.NotNull(typed);
        Assert.True(typed!.Value.IsKnown);
        Assert.Equal(eci, ThreeDsContracts.Antom.AntomThreeDsResultEciExtensions.ToWireValue(typed.Value.Value));
    }

    private static void Walk(object? value, string path, List<string> misplaced)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        Type type = value.GetType();
        if (value is IEnumerable items && type.GetCustomAttribute<Metadata.ThreeDsSchemaAttribute>() is null)
        {
            int index = 0;
            foreach (object? item in items)
            {
                Walk(item, path + "[" + index++ + "]", misplaced);
            }

            return;
        }

        if (type.GetCustomAttribute<Metadata.ThreeDsSchemaAttribute>() is null)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EncodedJson<>))
            {
                Walk(type.GetProperty("Value")!.GetValue(value), path, misplaced);
            }

            return;
        }

        var wireNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (PropertyInfo property in type.GetProperties())
        {
            if (property.GetCustomAttribute<JsonPropertyNameAttribute>() is { } wire)
            {
                wireNames.Add(wire.Name);
                Walk(property.GetValue(value), path + "." + wire.Name, misplaced);
            }
        }

        var extension = (IReadOnlyDictionary<string, JsonElement>?)type.GetProperty("ExtensionData")!.GetValue(value);
        foreach (KeyValuePair<string, JsonElement> entry in extension ?? new Dictionary<string, JsonElement>())
        {
            if (wireNames.Contains(entry.Key) && entry.Value.ValueKind != JsonValueKind.Null)
            {
                misplaced.Add(path + "." + entry.Key);
            }
        }
    }
}
