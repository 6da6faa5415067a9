using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ThreeDsContracts.Analyzers.Rules;
using ThreeDsContracts.Analyzers.Tests.Verifiers;
using Xunit;

namespace ThreeDsContracts.Analyzers.Tests.LastForm;

/// <summary>
/// The payload is checked in its last form in the method: a brand or an ECI set after construction (property
/// assignment on a settable type, <c>with</c>) counts for the brand-specific rules and TDS1006; one that may not run
/// (under a condition) makes the value unknown.
/// </summary>
public class LastFormTests
{
    private const string ShopPayment = """
        using System.Text.Json.Serialization;
        using ThreeDsContracts.Canonical;
        using ThreeDsContracts.Metadata;

        [BrandRule("shop-mastercard-protocol", Brands = new[] { "mastercard" }, Require = new[] { "protocol" }, Message = "Mastercard needs the protocol")]
        public sealed class ShopPayment
        {
            [JsonPropertyName("brand")] public CardBrand? Brand { get; set; }
            [JsonPropertyName("eci")] public Eci? Eci { get; set; }
            [JsonPropertyName("protocol")] public string? Protocol { get; set; }
        }

        """;

    private static DiagnosticResult Expected(string id, int location) =>
        new DiagnosticResult(id, DiagnosticSeverity.Warning).WithLocation(location).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    [Fact]
    public async Task A_brand_assigned_after_construction_makes_the_brand_rules_apply()
    {
        var test = new CSharpAnalyzerVerifier<BrandRequiredMemberMissingAnalyzer>.Test
        {
            TestCode = ShopPayment + """
                public static class Payments
                {
                    public static ShopPayment Build()
                    {
                        var payment = {|#0:new ShopPayment|} { Eci = Eci.Eci02 };
                        payment.Brand = CardBrand.Mastercard;
                        return payment;
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Expected("TDS1001", 0));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_brand_assigned_under_a_condition_is_not_known()
    {
        var test = new CSharpAnalyzerVerifier<BrandRequiredMemberMissingAnalyzer>.Test
        {
            TestCode = ShopPayment + """
                public static class Payments
                {
                    public static ShopPayment Build(bool debit)
                    {
                        var payment = new ShopPayment { Eci = Eci.Eci02 };
                        if (debit)
                        {
                            payment.Brand = CardBrand.Mastercard;
                        }

                        return payment;
                    }
                }
                """,
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task An_eci_assigned_after_construction_is_checked_against_the_brand()
    {
        var test = new CSharpAnalyzerVerifier<EciContradictsBrandAnalyzer>.Test
        {
            TestCode = ShopPayment + """
                public static class Payments
                {
                    public static ShopPayment Build()
                    {
                        var payment = new ShopPayment { Brand = CardBrand.Mastercard, Protocol = "2.2.0" };
                        payment.Eci = {|#0:Eci.Eci05|};
                        return payment;
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Expected("TDS1006", 0));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_brand_given_in_a_with_applies_to_the_members_the_with_copies()
    {
        var test = new CSharpAnalyzerVerifier<BrandRequiredMemberMissingAnalyzer>.Test
        {
            TestCode = """
                using ThreeDsContracts.Canonical;
                using ThreeDsContracts.JpmPayments;

                public static class Payments
                {
                    public static JpmPaymentsAuthentication Build(string cavv)
                    {
                        var draft = new JpmPaymentsPaymentRequest
                        {
                            Amount = 1000,
                            Currency = "EUR",
                            Merchant = new JpmPaymentsMerchant { MerchantSoftware = new JpmPaymentsMerchantSoftware { CompanyName = "Shop", ProductName = "Checkout" } },
                            PaymentMethodType = new JpmPaymentsPaymentMethodType
                            {
                                Card = new JpmPaymentsPaymentCard
                                {
                                    AccountNumber = "5100000000000008",
                                    Authentication = new JpmPaymentsAuthentication { ElectronicCommerceIndicator = JpmPaymentsElectronicCommerceIndicator.Eci02, ThreeDS = {|#0:new JpmPaymentsThreeDs|} { AuthenticationValue = cavv, AuthenticationTransactionId = "ds-1" } },
                                },
                            },
                        };
                        var final = draft with { Amount = 1200 };
                        _ = final.Validate(CardBrand.Mastercard);
                        return final.PaymentMethodType!.Card!.Authentication!;
                    }
                }
                """,
        };

        // The draft itself has no brand; the copy is checked for mastercard and reports on the draft's object, once.
        test.ExpectedDiagnostics.Add(Expected("TDS1001", 0));
        await test.RunAsync();
    }
}
