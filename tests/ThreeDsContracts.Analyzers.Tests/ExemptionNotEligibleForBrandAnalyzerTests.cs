using System.Threading.Tasks;
using ThreeDsContracts.Analyzers.Rules;
using ThreeDsContracts.Analyzers.Tests.Verifiers;
using Xunit;
using Verify = ThreeDsContracts.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<ThreeDsContracts.Analyzers.Rules.ExemptionNotEligibleForBrandAnalyzer>;

namespace ThreeDsContracts.Analyzers.Tests;

public class ExemptionNotEligibleForBrandAnalyzerTests
{
    private static string Exemption(string attribute, string reason, string extra = "") => Sources.Usings + $$"""
        public static class Payments
        {
            {{attribute}}
            public static JpmPaymentsPaymentRequest Build()
            {
                var request = new JpmPaymentsPaymentRequest
                {
                    {{Sources.JpmMerchant}},
                    PaymentMethodType = new JpmPaymentsPaymentMethodType
                    {
                        Card = new JpmPaymentsPaymentCard
                        {
                            AccountNumber = "5100000000000008",
                            Authentication = new JpmPaymentsAuthentication { ScaExemptionReason = {{reason}} },
                        },
                    },
                };
                {{extra}}
                return request;
            }
        }
        """;

    [Fact]
    public async Task Trusted_merchant_exemption_for_mastercard_is_reported()
    {
        string source = Exemption("""[ThreeDsCardBrand("mastercard")]""", "{|#0:JpmPaymentsScaExemptionReason.TrustedMerchant|}");
        await Verify.VerifyAnalyzerAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments("JpmPaymentsScaExemptionReason", "TrustedMerchant", "TRUSTED_MERCHANT", "mastercard", "visa"));
    }

    [Fact]
    public async Task Trusted_merchant_exemption_for_visa_is_not_reported()
    {
        string source = Exemption("""[ThreeDsCardBrand("visa")]""", "JpmPaymentsScaExemptionReason.TrustedMerchant");
        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Recurring_payment_exemption_with_a_constant_Validate_brand_is_reported()
    {
        string source = Exemption(string.Empty, "{|#0:JpmPaymentsScaExemptionReason.RecurringPayment|}", "_ = request.Validate(CardBrand.Visa);");
        await Verify.VerifyAnalyzerAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments("JpmPaymentsScaExemptionReason", "RecurringPayment", "RECURRING_PAYMENT", "visa", "mastercard, maestro"));
    }

    [Fact]
    public async Task Brand_unknown_stays_silent()
    {
        string source = Exemption(string.Empty, "JpmPaymentsScaExemptionReason.TrustedMerchant");
        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Jpm_checkout_exemption_in_a_nested_request_is_reported()
    {
        string source = Sources.Usings + """
            [ThreeDsCardBrand("amex")]
            public static class Checkout
            {
                public static JpmCheckoutIntentRequest Build() => new JpmCheckoutIntentRequest
                {
                    CheckoutOptions = new JpmCheckoutOptions
                    {
                        PaymentCardAuthenticationRequest = new JpmCheckoutPaymentCardAuthenticationRequest { ScaExemptionReason = {|#0:JpmCheckoutScaExemptionReason.LowValuePayment|} },
                    },
                };
            }
            """;
        await Verify.VerifyAnalyzerAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments("JpmCheckoutScaExemptionReason", "LowValuePayment", "SCA_EXEMPTION_LOW_VALUE_PAYMENT", "amex", "visa, mastercard, maestro"));
    }

    [Fact]
    public async Task A_users_own_eligibility_table_is_used_with_the_brand_property()
    {
        var test = new CSharpAnalyzerVerifier<ExemptionNotEligibleForBrandAnalyzer>.Test
        {
            TestCode = """
                using ThreeDsContracts.Canonical;
                using Consumer.Shop;

                public static class Checkout
                {
                    public static ShopPayment Mastercard() => new ShopPayment { Brand = CardBrand.Mastercard, ThreeDs = new ShopThreeDs { Exemption = {|#0:ShopExemption.Trusted|} } };

                    public static ShopPayment Visa() => new ShopPayment { Brand = CardBrand.Visa, ThreeDs = new ShopThreeDs { Exemption = ShopExemption.Trusted } };

                    public static ShopPayment LowValue() => new ShopPayment { Brand = CardBrand.Mastercard, ThreeDs = new ShopThreeDs { Exemption = ShopExemption.LowValue } };
                }
                """,
        };
        test.TestState.AdditionalFiles.Add(ConsumerProject.Schema(UserSchemas.ShopPaymentId, UserSchemas.ShopPayment));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("ShopExemption", "Trusted", "TRUSTED", "mastercard", "visa"));
        await test.RunAsync();
    }
}
