using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using ThreeDsContracts.Analyzers.Rules;
using ThreeDsContracts.Analyzers.Tests.Verifiers;
using Xunit;
using Verify = ThreeDsContracts.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<ThreeDsContracts.Analyzers.Rules.BrandAnyOfMemberMissingAnalyzer>;

namespace ThreeDsContracts.Analyzers.Tests;

public class BrandAnyOfMemberMissingAnalyzerTests
{
    private const string VisaMessage = "Visa payments with 3-D Secure (from 12 August 2024) require customer_email or customer_phone; not required in Card Verify Payment Page mode";

    private static string Page(string attribute, string members) => Sources.Usings + $$"""
        public static class Pages
        {
            {{attribute}}
            public static EcommpayPaymentPage Build(string? phone) => {{members}};
        }
        """;

    private const string Billing = """BillingCountry = "GB", BillingAddress = "1 Road", BillingCity = "Exeter", BillingPostal = "EX1" """;

    [Fact]
    public async Task Ecommpay_visa_payment_without_email_or_phone_is_reported()
    {
        string source = Page("""[ThreeDsCardBrand("visa")]""", "{|#0:new EcommpayPaymentPage|} { " + Billing + " }");
        await Verify.VerifyAnalyzerAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithLocation(0).WithArguments("EcommpayPaymentPage", "CustomerEmail or CustomerPhone", "visa", "ecommpay-visa-email-or-phone", VisaMessage));
    }

    [Fact]
    public async Task Ecommpay_visa_payment_with_a_phone_is_not_reported()
    {
        string source = Page("""[ThreeDsCardBrand("visa")]""", "new EcommpayPaymentPage { " + Billing + ", CustomerPhone = \"441234567890\" }");
        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task A_phone_that_may_be_null_is_not_a_fact_and_stays_silent()
    {
        string source = Page("""[ThreeDsCardBrand("visa")]""", "new EcommpayPaymentPage { " + Billing + ", CustomerPhone = phone }");
        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task An_empty_email_counts_as_absent()
    {
        string source = Page("""[ThreeDsCardBrand("visa")]""", "{|#0:new EcommpayPaymentPage|} { " + Billing + ", CustomerEmail = \"\" }");
        await Verify.VerifyAnalyzerAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithLocation(0).WithArguments("EcommpayPaymentPage", "CustomerEmail or CustomerPhone", "visa", "ecommpay-visa-email-or-phone", VisaMessage));
    }

    [Fact]
    public async Task Other_brands_get_the_recommendation_as_information()
    {
        string source = Page("""[ThreeDsCardBrand("mastercard")]""", "{|#0:new EcommpayPaymentPage|} { " + Billing + " }");
        await Verify.VerifyAnalyzerAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments(
                "EcommpayPaymentPage",
                "CustomerEmail or CustomerPhone",
                "mastercard",
                "ecommpay-other-brands-email-or-phone-recommended",
                "customer_email or customer_phone is recommended for 3-D Secure payments with cards of other schemes to raise acceptance and lower fraud"));
    }

    [Fact]
    public async Task Brand_unknown_stays_silent()
    {
        string source = Page(string.Empty, "new EcommpayPaymentPage { " + Billing + " }");
        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task A_users_own_one_of_rule_is_reported()
    {
        var test = new CSharpAnalyzerVerifier<BrandAnyOfMemberMissingAnalyzer>.Test
        {
            TestCode = """
                using ThreeDsContracts.Canonical;
                using Consumer.Shop;

                public static class Checkout
                {
                    public static ShopPayment Visa() => {|#0:new ShopPayment|} { Brand = CardBrand.Visa };

                    public static ShopPayment VisaWithPhone() => new ShopPayment { Brand = CardBrand.Visa, Phone = "+441234" };

                    public static ShopPayment Mastercard() => new ShopPayment { Brand = CardBrand.Mastercard, ThreeDs = new ShopThreeDs { Protocol = "2.2.0" } };
                }
                """,
        };
        test.TestState.AdditionalFiles.Add(ConsumerProject.Schema(UserSchemas.ShopPaymentId, UserSchemas.ShopPayment));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithLocation(0).WithArguments("ShopPayment", "Email or Phone", "visa", "shop-contact", "Visa needs a contact"));
        await test.RunAsync();
    }
}
