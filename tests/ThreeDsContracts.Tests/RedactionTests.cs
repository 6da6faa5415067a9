using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using ThreeDsContracts.Metadata;
using ThreeDsContracts.Redaction;
using Xunit;

namespace ThreeDsContracts.Tests;

public class RedactionTests
{
    private const string Pan = "4000123412341234";
    private const string Secret = "SENTINEL-SECRET-7f3a";

    public static IEnumerable<object[]> TypesWithSensitiveData() => ContractCatalog.All
        .Where(t => t.GetProperties().Any(p => p.GetCustomAttribute<SensitiveAttribute>() is not null))
        .OrderBy(t => t.FullName)
        .Select(t => new object[] { t.FullName! });

    [Theory]
    [MemberData(nameof(TypesWithSensitiveData))]
    public void Sensitive_values_never_appear_in_ToString(string typeName)
    {
        Type type = ContractCatalog.All.Single(t => t.FullName == typeName);
        object value = RuntimeHelpers.GetUninitializedObject(type);
        foreach (PropertyInfo property in type.GetProperties().Where(p => p.GetCustomAttribute<SensitiveAttribute>() is not null))
        {
            string secret = property.GetCustomAttribute<SensitiveAttribute>()!.Kind == SensitiveKind.Pan ? Pan : Secret;
            if (property.PropertyType == typeof(NumberOrString?))
            {
                // A CVV J.P. Morgan's examples send as a number: the sensitive text is hidden in either form.
                property.SetValue(value, NumberOrString.FromString(secret));
                continue;
            }

            Assert.Equal(typeof(string), property.PropertyType);
            property.SetValue(value, secret);
        }

        string text = value.ToString()!;

        Assert.DoesNotContain(Pan, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4111111111111111", "411111******1111")]
    [InlineData("5555555555554444", "555555******4444")]
    [InlineData("4111", "***")]
    [InlineData("4111-1111-1111-1111", "***")]
    [InlineData("", "***")]
    public void Pans_are_masked_to_first_six_and_last_four(string pan, string expected)
    {
        Assert.Equal(expected, Sensitive.MaskPan(pan));
    }
}
