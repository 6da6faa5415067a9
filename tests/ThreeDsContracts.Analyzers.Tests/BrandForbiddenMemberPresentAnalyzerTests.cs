using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using ThreeDsContracts.Analyzers.Rules;
using ThreeDsContracts.Analyzers.Tests.Verifiers;
using Xunit;
using Verify = ThreeDsContracts.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<ThreeDsContracts.Analyzers.Rules.BrandForbiddenMemberPresentAnalyzer>;

namespace ThreeDsContracts.Analyzers.Tests;

public class BrandForbiddenMemberPresentAnalyzerTests
{
    [Fact]
    public async Task Antom_payment_session_with_mpiData_is_reported()
    {
        string source = Sources.Usings + """
            public static class Sessions
            {
                public static AntomCreatePaymentSessionRequest Build(string cavv) => {|#1:new AntomCreatePaymentSessionRequest|}
                {
                    AvailablePaymentMethod = new AntomAvailablePaymentMethod
                    {
                        PaymentMethodMetaData = new AntomCardPaymentMethodMetaData
                        {
                            {|#0:MpiData = new AntomMpiData { ThreeDsVersion = "2.2.0", Cavv = cavv, DsTransactionId = "ds-1", Eci = AntomEci.Eci05 }|},
                            Is3DsAuthentication = false,
                            EnableAuthenticationUpgrade = false,
                        },
                    },
                };
            }
            """;
        await Verify.VerifyAnalyzerAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithLocation(1).WithArguments(
                "AntomCreatePaymentSessionRequest",
                "AvailablePaymentMethod.PaymentMethodMetaData.MpiData",
                "any card brand",
                "antom-session-third-party-3ds-server-to-server-only",
                "Third-party 3DS (mpiData) is only supported by server-to-server card integration (pay), not by Payment Element, Checkout Page, hosted card or SDK sessions"));
    }

    [Fact]
    public async Task Antom_payment_session_without_mpiData_is_not_reported()
    {
        string source = Sources.Usings + """
            public static class Sessions
            {
                public static AntomCreatePaymentSessionRequest Build() => new AntomCreatePaymentSessionRequest
                {
                    AvailablePaymentMethod = new AntomAvailablePaymentMethod { PaymentMethodMetaData = new AntomCardPaymentMethodMetaData { Is3DsAuthentication = true } },
                };
            }
            """;
        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Notification_without_3ds_offered_but_with_an_eci_is_reported_as_information()
    {
        string source = Sources.Usings + """
            public static class Notifications
            {
                public static AntomNotifyPayment Build() => {|#1:new AntomNotifyPayment|}
                {
                    PaymentResultInfo = new AntomPaymentResultInfo
                    {
                        CardBrand = AntomCardBrand.Visa,
                        ThreeDsResult = new AntomThreeDsResult { ThreeDsOffered = false, {|#0:Eci = AntomThreeDsResultEci.Eci05|} },
                    },
                };

                public static AntomNotifyPayment Empty() => new AntomNotifyPayment
                {
                    PaymentResultInfo = new AntomPaymentResultInfo
                    {
                        ThreeDsResult = new AntomThreeDsResult { ThreeDsOffered = false, Eci = AntomThreeDsResultEci.Absent, Cavv = "" },
                    },
                };
            }
            """;
        await Verify.VerifyAnalyzerAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithLocation(1).WithSeverity(DiagnosticSeverity.Info).WithArguments(
                "AntomNotifyPayment",
                "PaymentResultInfo.ThreeDsResult.Eci",
                "any card brand",
                "antom-notify-no-3ds-data-when-not-offered",
                "threeDSOffered is false (third-party 3DS or no Antom 3DS), so the notification should carry no 3DS result data"));
    }

    [Fact]
    public async Task A_users_own_forbid_rule_applies_to_its_brand_only()
    {
        var test = new CSharpAnalyzerVerifier<BrandForbiddenMemberPresentAnalyzer>.Test
        {
            TestCode = """
                using ThreeDsContracts.Canonical;
                using Consumer.Shop;

                public static class Checkout
                {
                    public static ShopPayment Amex() => {|#1:new ShopPayment|} { Brand = CardBrand.Amex, ThreeDs = new ShopThreeDs { {|#0:Loyalty = "L1"|} } };

                    public static ShopPayment Visa() => new ShopPayment { Brand = CardBrand.Visa, Email = "a@b.example", ThreeDs = new ShopThreeDs { Loyalty = "L1" } };

                    public static ShopPayment Unknown(CardBrand brand) => new ShopPayment { Brand = brand, ThreeDs = new ShopThreeDs { Loyalty = "L1" } };
                }
                """,
        };
        test.TestState.AdditionalFiles.Add(ConsumerProject.Schema(UserSchemas.ShopPaymentId, UserSchemas.ShopPayment));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("ShopPayment", "ThreeDs.Loyalty", "amex", "shop-no-loyalty-for-amex", "Amex does not take loyalty ids"));
        await test.RunAsync();
    }
}
