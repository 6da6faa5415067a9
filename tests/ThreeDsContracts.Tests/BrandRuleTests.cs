using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using ThreeDsContracts.Canonical;
using ThreeDsContracts.JpmPayments;
using ThreeDsContracts.Testing;
using ThreeDsContracts.Validation;
using Xunit;

namespace ThreeDsContracts.Tests;

public class BrandRuleTests
{
    public static IEnumerable<object[]> RuleFixtures => Fixtures.Rows(Fixtures.Valid.Where(f => f.File.StartsWith("rules/", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(RuleFixtures))]
    public void Rule_fixture_yields_exactly_the_expected_findings(string name)
    {
        Fixture fixture = Fixtures.Named(name);
        Type type = ContractCatalog.For(fixture.SchemaId, fixture.Pointer);
        object payload = JsonSerializer.Deserialize(fixture.Text, type)!;

        var findings = (IReadOnlyList<ValidationFinding>)type.GetMethod("Validate", new[] { typeof(string) })!.Invoke(payload, new object[] { "visa" })!;

        Assert.Equal(fixture.ExpectRules.OrderBy(r => r), findings.Select(f => f.RuleId).Distinct().OrderBy(r => r));
    }

    private const string PassThrough = """
        { "amount": 14500, "currency": "USD", "merchant": { "merchantSoftware": { "companyName": "Shop", "productName": "Cart" } },
          "paymentMethodType": { "card": { "accountNumber": "5555555555554444", "expiry": { "month": 5, "year": 2040 },
            "authentication": { "electronicCommerceIndicator": "02",
              "threeDS": { "authenticationValue": "AABAIcJIo5DIzAgVAkiAAAAAAA=", "authenticationTransactionId": "01ade6ae340005c681c3a1890418" } } } } }
        """;

    [Fact]
    public void Mastercard_pass_through_without_program_protocol_is_reported_with_its_path()
    {
        JpmPaymentsPaymentRequest request = JsonSerializer.Deserialize<JpmPaymentsPaymentRequest>(PassThrough)!;

        IReadOnlyList<ValidationFinding> findings = request.Validate(CardBrand.Mastercard);

        ValidationFinding finding = Assert.Single(findings, f => f.JsonPath.EndsWith("threeDSProgramProtocol", StringComparison.Ordinal));
        Assert.Equal("$.paymentMethodType.card.authentication.threeDS.threeDSProgramProtocol", finding.JsonPath);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
    }

    [Fact]
    public void Visa_pass_through_does_not_need_the_program_protocol()
    {
        JpmPaymentsPaymentRequest request = JsonSerializer.Deserialize<JpmPaymentsPaymentRequest>(PassThrough)!;

        Assert.DoesNotContain(request.Validate(CardBrand.Visa), f => f.JsonPath.EndsWith("threeDSProgramProtocol", StringComparison.Ordinal));
    }

    [Fact]
    public void Adding_the_program_protocol_clears_the_mastercard_finding()
    {
        string withProtocol = PassThrough.Replace("\"authenticationTransactionId\"", "\"threeDSProgramProtocol\": \"2.2.0\", \"authenticationTransactionId\"", StringComparison.Ordinal);
        JpmPaymentsPaymentRequest request = JsonSerializer.Deserialize<JpmPaymentsPaymentRequest>(withProtocol)!;

        Assert.DoesNotContain(request.Validate(CardBrand.Mastercard), f => f.JsonPath.EndsWith("threeDSProgramProtocol", StringComparison.Ordinal));
    }

    [Fact]
    public void Findings_never_contain_card_data()
    {
        JpmPaymentsPaymentRequest request = JsonSerializer.Deserialize<JpmPaymentsPaymentRequest>(PassThrough)!;

        foreach (ValidationFinding finding in request.Validate(CardBrand.CartesBancaires))
        {
            Assert.DoesNotContain("5555555555554444", finding.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("AABAIcJIo5DIzAgVAkiAAAAAAA=", finding.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Ecommpay_visa_payment_needs_email_or_phone_and_rules_reach_into_base64_sections()
    {
        var page = JsonSerializer.Deserialize<ThreeDsContracts.Ecommpay.EcommpayPaymentPage>("""{ "billing_region_code": "LND" }""")!;

        var findings = page.Validate(CardBrand.Visa);

        Assert.Contains(findings, f => f.RuleId == "ecommpay-visa-email-or-phone");
        Assert.Contains(findings, f => f.RuleId == "ecommpay-billing-region-code-requires-country" && f.JsonPath == "$.billing_country");
        Assert.DoesNotContain(page.Validate(CardBrand.Mastercard), f => f.RuleId == "ecommpay-visa-email-or-phone");
    }

    [Fact]
    public void Generated_brand_rules_match_the_schema_rules()
    {
        foreach (Type type in ContractCatalog.All.Where(t => t.GetProperty("BrandRules", BindingFlags.Public | BindingFlags.Static) is not null))
        {
            var rules = (IReadOnlyList<BrandRule>)type.GetProperty("BrandRules")!.GetValue(null)!;
            var attributes = type.GetCustomAttributes<Metadata.BrandRuleAttribute>().ToList();
            Assert.Equal(attributes.Select(a => a.Id).OrderBy(x => x), rules.Select(r => r.Id).OrderBy(x => x));
        }
    }
}
