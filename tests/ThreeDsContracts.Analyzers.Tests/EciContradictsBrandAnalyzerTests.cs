using System.Threading.Tasks;
using ThreeDsContracts.Analyzers.Rules;
using ThreeDsContracts.Analyzers.Tests.Verifiers;
using Xunit;
using Verify = ThreeDsContracts.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<ThreeDsContracts.Analyzers.Rules.EciContradictsBrandAnalyzer>;

namespace ThreeDsContracts.Analyzers.Tests;

public class EciContradictsBrandAnalyzerTests
{
    private const string MastercardEcis = "00 NOT_AUTHENTICATED, 01 ATTEMPTED, 02 FULLY_AUTHENTICATED, 04 DATA_ONLY, 06 EXEMPT, 07 RECURRING_3RI";
    private const string VisaEcis = "05 FULLY_AUTHENTICATED, 06 ATTEMPTED, 07 NOT_AUTHENTICATED";

    [Fact]
    public async Task Eci_05_for_mastercard_in_the_canonical_result_is_reported()
    {
        string source = Sources.Usings + """
            public static class Results
            {
                public static AuthenticationResult Build() => new AuthenticationResult { Brand = CardBrand.Mastercard, Eci = {|#0:Eci.Eci05|} };
            }
            """;
        await Verify.VerifyAnalyzerAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments("Eci", "Eci05", "05", "mastercard", MastercardEcis));
    }

    [Fact]
    public async Task Eci_02_for_mastercard_and_05_for_visa_are_not_reported()
    {
        string source = Sources.Usings + """
            public static class Results
            {
                public static AuthenticationResult Mastercard() => new AuthenticationResult { Brand = CardBrand.Mastercard, Eci = Eci.Eci02 };

                public static AuthenticationResult Visa() => new AuthenticationResult { Brand = CardBrand.Visa, Eci = Eci.Eci05 };
            }
            """;
        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Brand_unknown_stays_silent()
    {
        string source = Sources.Usings + """
            public static class Results
            {
                public static AuthenticationResult Build(CardBrand brand) => new AuthenticationResult { Brand = brand, Eci = Eci.Eci05 };

                public static AuthenticationResult NoBrand() => new AuthenticationResult { Eci = Eci.Eci00 };
            }
            """;
        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Jpm_pass_through_eci_with_the_brand_from_an_attribute_is_reported()
    {
        string source = Sources.Usings + $$"""
            public static class Payments
            {
                [ThreeDsCardBrand("visa")]
                public static JpmPaymentsPaymentRequest Build() => new JpmPaymentsPaymentRequest
                {
                    {{Sources.JpmMerchant}},
                    PaymentMethodType = new JpmPaymentsPaymentMethodType
                    {
                        Card = new JpmPaymentsPaymentCard
                        {
                            AccountNumber = "4111111111111111",
                            Authentication = new JpmPaymentsAuthentication { ElectronicCommerceIndicator = {|#0:JpmPaymentsElectronicCommerceIndicator.Eci02|} },
                        },
                    },
                };
            }
            """;
        await Verify.VerifyAnalyzerAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments("JpmPaymentsElectronicCommerceIndicator", "Eci02", "02", "visa", VisaEcis));
    }

    [Fact]
    public async Task Antom_notification_eci_with_the_brand_of_the_payload_is_reported()
    {
        string source = Sources.Usings + """
            public static class Notifications
            {
                public static AntomNotifyPayment Build() => new AntomNotifyPayment
                {
                    PaymentResultInfo = new AntomPaymentResultInfo
                    {
                        CardBrand = AntomCardBrand.Mastercard,
                        ThreeDsResult = new AntomThreeDsResult { ThreeDsOffered = true, Eci = {|#0:AntomThreeDsResultEci.Eci05|} },
                    },
                };

                public static AntomNotifyPayment Unmapped() => new AntomNotifyPayment
                {
                    PaymentResultInfo = new AntomPaymentResultInfo
                    {
                        CardBrand = AntomCardBrand.Mir,
                        ThreeDsResult = new AntomThreeDsResult { ThreeDsOffered = true, Eci = AntomThreeDsResultEci.Eci05 },
                    },
                };
            }
            """;
        await Verify.VerifyAnalyzerAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments("AntomThreeDsResultEci", "Eci05", "05", "mastercard", MastercardEcis));
    }

    [Fact]
    public async Task A_with_expression_keeps_the_brand_of_its_source()
    {
        string source = Sources.Usings + """
            public static class Results
            {
                public static AuthenticationResult Build()
                {
                    var result = new AuthenticationResult { Brand = CardBrand.Maestro, Eci = Eci.Eci02 };
                    return result with { Eci = {|#0:Eci.Eci05|} };
                }
            }
            """;
        await Verify.VerifyAnalyzerAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments("Eci", "Eci05", "05", "maestro", MastercardEcis));
    }

    [Fact]
    public async Task A_users_own_schema_with_the_canonical_eci_is_checked()
    {
        var test = new CSharpAnalyzerVerifier<EciContradictsBrandAnalyzer>.Test
        {
            TestCode = """
                using ThreeDsContracts.Canonical;
                using Consumer.Shop;

                public static class Checkout
                {
                    public static ShopPayment Visa() => new ShopPayment { Brand = CardBrand.Visa, Email = "a@b.example", Eci = {|#0:Eci.Eci01|} };

                    public static ShopPayment Mastercard() => new ShopPayment { Brand = CardBrand.Mastercard, Eci = Eci.Eci01, ThreeDs = new ShopThreeDs { Protocol = "2.2.0" } };
                }
                """,
        };
        test.TestState.AdditionalFiles.Add(ConsumerProject.Schema(UserSchemas.ShopPaymentId, UserSchemas.ShopPayment));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Eci", "Eci01", "01", "visa", VisaEcis));
        await test.RunAsync();
    }
}
