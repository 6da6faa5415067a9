using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ThreeDsContracts.Canonical;
using ThreeDsContracts.Validation;
using Xunit;

namespace ThreeDsContracts.Analyzers.Tests.Corpus;

/// <summary>
/// The run-time checks give the corpus the same verdicts as the analyzers: each case is called, and its payload checked
/// with the generated <c>Validate(brand)</c> (brand rules), <c>IsEligibleFor</c> (SCA exemptions) and
/// <c>EciOutcomes.For</c> (ECI by brand) for the case's brand.
/// </summary>
public class RuntimeAgreementTests
{
    public static IEnumerable<object[]> Cases => typeof(RuntimeAgreementTests).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(Cases.CanonicalCases).Namespace)
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
        .Where(m => m.GetCustomAttribute<CaseAttribute>() is not null)
        .OrderBy(m => m.DeclaringType!.Name + "." + m.Name, StringComparer.Ordinal)
        .Select(m => new object[] { m.DeclaringType!.Name + "." + m.Name });

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_runtime_checks_agree_with_the_analyzers(string name)
    {
        string[] parts = name.Split('.');
        MethodInfo method = typeof(RuntimeAgreementTests).Assembly.GetTypes().Single(t => t.Name == parts[0] && t.Namespace == typeof(Cases.CanonicalCases).Namespace).GetMethod(parts[1])!;
        CaseAttribute @case = method.GetCustomAttribute<CaseAttribute>()!;
        object payload = method.Invoke(null, method.GetParameters().Select(p => (object?)"Mozilla/5.0").ToArray())!;

        var findings = new List<string>();
        if (payload.GetType().GetMethod("Validate", new[] { typeof(string) }) is { } validate)
        {
            findings.AddRange(((IReadOnlyList<ValidationFinding>)validate.Invoke(payload, new object[] { @case.Brand })!).Select(f => f.RuleId + " at " + f.JsonPath));
        }

        Walk(payload, CardBrandExtensions.ParseWireValue(@case.Brand), @case.Brand, findings, 0);
        Assert.True(@case.Wrong == findings.Count > 0, name + (@case.Wrong ? ": wrong for the analyzers, no run-time finding" : ": correct for the analyzers, run-time findings: " + string.Join("; ", findings)));
    }

    private static void Walk(object? value, CardBrand brand, string brandId, List<string> findings, int depth)
    {
        if (value is null || depth > 12)
        {
            return;
        }

        Type type = value.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Code<>))
        {
            Walk(type.GetProperty(nameof(Code<Eci>.Known))!.GetValue(value), brand, brandId, findings, depth + 1);
            return;
        }

        if (type.IsEnum)
        {
            Check(value, brand, brandId, findings);
            return;
        }

        if (value is IEnumerable items and not string)
        {
            foreach (object? item in items)
            {
                Walk(item, brand, brandId, findings, depth + 1);
            }

            return;
        }

        if (type.Assembly != typeof(Code<>).Assembly || type.IsPrimitive)
        {
            return;
        }

        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.Name != "ExtensionData")
            {
                Walk(property.GetValue(value), brand, brandId, findings, depth + 1);
            }
        }
    }

    private static void Check(object member, CardBrand brand, string brandId, List<string> findings)
    {
        Type enumType = member.GetType();
        Type? extensions = enumType.Assembly.GetType(enumType.FullName + "Extensions");
        if (extensions?.GetMethod("IsEligibleFor", new[] { enumType, typeof(string) }) is { } eligible && !(bool)eligible.Invoke(null, new[] { member, brandId })!)
        {
            findings.Add(enumType.Name + "." + member + " not eligible for " + brandId);
        }

        // Not `member as Eci?`: the runtime unboxes any enum of the same underlying type.
        Eci? eci = enumType == typeof(Eci) ? (Eci)member : null;
        // A provider ECI list reaches canonical/eci through its generated ToCanonicalOrNull (x-canonical).
        MethodInfo? toCanonical = eci is not null ? null : enumType.Assembly.GetTypes().Where(t => t.IsAbstract && t.IsSealed)
            .Select(t => t.GetMethod("ToCanonicalOrNull", BindingFlags.Public | BindingFlags.Static, new[] { enumType }))
            .FirstOrDefault(m => m?.ReturnType == typeof(Eci?));
        if (toCanonical is not null)
        {
            eci = (Eci?)toCanonical.Invoke(null, new[] { member });
        }

        if (eci is { } known && EciOutcomes.For(brand, known) is null)
        {
            findings.Add("ECI " + known + " not assigned by " + brandId);
        }
    }
}
