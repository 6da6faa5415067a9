using System.Threading.Tasks;
using ThreeDsContracts.Analyzers.Rules;
using ThreeDsContracts.Analyzers.Tests.Verifiers;
using ThreeDsContracts.CodeFixes;
using Xunit;

namespace ThreeDsContracts.Analyzers.Tests;

public class AuthenticationSkippedCodeFixTests
{
    [Fact]
    public async Task The_return_url_is_added_with_the_other_members_orchestration_requires_on_the_same_object()
    {
        // threeDomainSecureTransactionType belongs to the existing ThreeDSPurchaseInfo object: it is that object's own
        // TDS1001 diagnostic (and fix); this fix completes the object the TDS1003 diagnostic is on.
        var test = new CSharpCodeFixVerifier<AuthenticationSkippedWithoutMemberAnalyzer, AddRequiredMembersCodeFixProvider>.Test
        {
            TestCode = Sources.Usings + """
                public static class Orchestrated
                {
                    public static JpmPaymentsVerificationRequest Build() => new JpmPaymentsVerificationRequest
                    {
                        Currency = "EUR",
                        Merchant = new JpmPaymentsMerchant { MerchantSoftware = new JpmPaymentsMerchantSoftware { CompanyName = "Shop", ProductName = "Checkout" } },
                        PaymentMethodType = new JpmPaymentsVerificationPaymentMethodType
                        {
                            Card = new JpmPaymentsVerificationCard
                            {
                                VerificationAuthenticationRequest = [|new JpmPaymentsAuthenticationRequest|]
                                {
                                    ThreeDSPurchaseInfo = new JpmPaymentsThreeDsPurchaseInfo { PurchaseDate = System.DateTimeOffset.UnixEpoch },
                                },
                            },
                        },
                    };
                }
                """,
            FixedCode = Sources.Usings + """
                public static class Orchestrated
                {
                    public static JpmPaymentsVerificationRequest Build() => new JpmPaymentsVerificationRequest
                    {
                        Currency = "EUR",
                        Merchant = new JpmPaymentsMerchant { MerchantSoftware = new JpmPaymentsMerchantSoftware { CompanyName = "Shop", ProductName = "Checkout" } },
                        PaymentMethodType = new JpmPaymentsVerificationPaymentMethodType
                        {
                            Card = new JpmPaymentsVerificationCard
                            {
                                VerificationAuthenticationRequest = new JpmPaymentsAuthenticationRequest
                                {
                                    ThreeDSPurchaseInfo = new JpmPaymentsThreeDsPurchaseInfo { PurchaseDate = System.DateTimeOffset.UnixEpoch },
                                    ThreeDSRequestorAuthenticationInfo = new JpmPaymentsThreeDsRequestorAuthenticationInfo
                                    {
                                        AuthenticationPurpose = default(JpmPaymentsAuthenticationPurpose?) ?? throw new System.NotImplementedException("TODO: threeDSRequestorAuthenticationInfo.authenticationPurpose for any card brand (jpm-payments-orchestrated-all-brands)"),
                                    },
                                    AuthenticationReturnUrl = default(string?) ?? throw new System.NotImplementedException("TODO: authenticationReturnUrl for any card brand (jpm-payments-orchestrated-return-url)"),
                                },
                            },
                        },
                    };
                }
                """,
        };
        await test.RunAsync();
    }
}
