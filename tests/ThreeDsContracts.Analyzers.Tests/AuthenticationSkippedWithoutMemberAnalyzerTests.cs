using System.Threading.Tasks;
using ThreeDsContracts.Analyzers.Rules;
using ThreeDsContracts.Analyzers.Tests.Verifiers;
using Xunit;
using Verify = ThreeDsContracts.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<ThreeDsContracts.Analyzers.Rules.AuthenticationSkippedWithoutMemberAnalyzer>;

namespace ThreeDsContracts.Analyzers.Tests;

public class AuthenticationSkippedWithoutMemberAnalyzerTests
{
    private const string Message = "An orchestrated 3DS request (paymentAuthenticationRequest) needs authenticationReturnUrl; without it J.P. Morgan silently skips 3DS and proceeds directly to authorization";

    private static string Orchestrated(string request) => Sources.Usings + $$"""
        public static class Payments
        {
            public static JpmPaymentsPaymentRequest Build() => new JpmPaymentsPaymentRequest
            {
                {{Sources.JpmMerchant}},
                PaymentMethodType = new JpmPaymentsPaymentMethodType
                {
                    Card = new JpmPaymentsPaymentCard { AccountNumber = "4111111111111111", PaymentAuthenticationRequest = {{request}} },
                },
            };
        }
        """;

    [Fact]
    public async Task Jpm_orchestrated_request_without_return_url_is_reported_for_any_brand()
    {
        string source = Orchestrated("{|#0:new JpmPaymentsAuthenticationRequest|} { ThreeDSPurchaseInfo = new JpmPaymentsThreeDsPurchaseInfo { PurchasedItemCount = 1 } }");
        await Verify.VerifyAnalyzerAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithLocation(0).WithArguments("JpmPaymentsAuthenticationRequest", "AuthenticationReturnUrl", "any card brand", "jpm-payments-orchestrated-return-url", Message));
    }

    [Fact]
    public async Task Jpm_orchestrated_request_with_return_url_is_not_reported()
    {
        string source = Orchestrated("""new JpmPaymentsAuthenticationRequest { AuthenticationReturnUrl = "https://shop.example/3ds" }""");
        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Jpm_verification_without_return_url_is_reported()
    {
        string source = Sources.Usings + """
            public static class Verifications
            {
                public static JpmPaymentsVerificationRequest Build() => new JpmPaymentsVerificationRequest
                {
                    Currency = "EUR",
                    Merchant = new JpmPaymentsMerchant { MerchantSoftware = new JpmPaymentsMerchantSoftware { CompanyName = "Shop", ProductName = "Checkout" } },
                    PaymentMethodType = new JpmPaymentsVerificationPaymentMethodType { Card = new JpmPaymentsVerificationCard { VerificationAuthenticationRequest = {|#0:new JpmPaymentsAuthenticationRequest()|} } },
                };
            }
            """;
        await Verify.VerifyAnalyzerAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithLocation(0).WithArguments(
                "JpmPaymentsAuthenticationRequest",
                "AuthenticationReturnUrl",
                "any card brand",
                "jpm-payments-orchestrated-return-url",
                "An orchestrated 3DS request (verificationAuthenticationRequest) needs authenticationReturnUrl; without it J.P. Morgan silently skips 3DS and proceeds directly to authorization"));
    }

    [Fact]
    public async Task Pass_through_without_orchestration_is_not_reported()
    {
        string source = Sources.Usings + $$"""
            public static class Payments
            {
                public static JpmPaymentsPaymentRequest Build() => new JpmPaymentsPaymentRequest
                {
                    {{Sources.JpmMerchant}},
                    PaymentMethodType = new JpmPaymentsPaymentMethodType { Card = new JpmPaymentsPaymentCard { AccountNumber = "4111111111111111" } },
                };
            }
            """;
        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task A_users_own_rule_marked_TDS1003_is_reported_when_its_condition_holds()
    {
        var test = new CSharpAnalyzerVerifier<AuthenticationSkippedWithoutMemberAnalyzer>.Test
        {
            TestCode = """
                using Consumer.Shop;

                public static class Checkout
                {
                    public static ShopPayment Direct() => {|#0:new ShopPayment|} { Mode = "direct" };

                    public static ShopPayment Hosted() => new ShopPayment { Mode = "hosted" };

                    public static ShopPayment DirectWithUrl() => new ShopPayment { Mode = "direct", ReturnUrl = "https://shop.example" };
                }
                """,
        };
        test.TestState.AdditionalFiles.Add(ConsumerProject.Schema(UserSchemas.ShopPaymentId, UserSchemas.ShopPayment));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithLocation(0).WithArguments("ShopPayment", "ReturnUrl", "any card brand", "shop-direct-return-url", "Without a return URL the shop skips 3DS"));
        await test.RunAsync();
    }
}
