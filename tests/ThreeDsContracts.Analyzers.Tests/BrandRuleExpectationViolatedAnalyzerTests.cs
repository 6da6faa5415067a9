using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using ThreeDsContracts.Analyzers.Rules;
using ThreeDsContracts.Analyzers.Tests.Verifiers;
using Xunit;
using Verify = ThreeDsContracts.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<ThreeDsContracts.Analyzers.Rules.BrandRuleExpectationViolatedAnalyzer>;

namespace ThreeDsContracts.Analyzers.Tests;

public class BrandRuleExpectationViolatedAnalyzerTests
{
    private const string DisablesMessage = "With a third-party 3DS result (mpiData), is3DSAuthentication must be false or empty and enableAuthenticationUpgrade must be false, so Antom does not run its own 3DS";
    private const string ExplicitFalseMessage = "With a third-party 3DS result (mpiData), set is3DSAuthentication to false explicitly (left empty, Antom Shield may decide on 3DS)";

    private static string Pay(string metadata) => Sources.Usings + $$"""
        public static class Payments
        {
            public static AntomPayRequest Build(string cavv) => new AntomPayRequest
            {
                PaymentMethod = new AntomPaymentMethod
                {
                    PaymentMethodType = AntomPaymentMethodType.Card,
                    PaymentMethodMetaData = {{metadata}},
                },
            };
        }
        """;

    private const string MpiData = """MpiData = new AntomMpiData { ThreeDsVersion = "2.2.0", Cavv = cavv, DsTransactionId = "ds-1", Eci = AntomEci.Eci05 }""";

    [Fact]
    public async Task Antom_third_party_3ds_with_is3DSAuthentication_true_is_reported()
    {
        // Reported at the assignment; the additional location is the checked payload.
        string source = Pay("new AntomCardPaymentMethodMetaData { " + MpiData + ", {|#0:Is3DsAuthentication = true|}, EnableAuthenticationUpgrade = false }")
            .Replace("=> new AntomPayRequest", "=> {|#1:new AntomPayRequest|}");
        await Verify.VerifyAnalyzerAsync(
            source,
            // The recommendation "be false" on the same value is not reported beside the requirement "not be true".
            Verify.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("AntomPayRequest", "PaymentMethod.PaymentMethodMetaData.Is3DsAuthentication", "not be true", "any card brand", "antom-pay-third-party-3ds-disables-antom-3ds", DisablesMessage));
    }

    [Fact]
    public async Task Antom_third_party_3ds_without_enableAuthenticationUpgrade_false_is_reported()
    {
        string source = Pay("{|#0:new AntomCardPaymentMethodMetaData|} { " + MpiData + ", Is3DsAuthentication = false }");
        await Verify.VerifyAnalyzerAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithLocation(0).WithArguments("AntomPayRequest", "PaymentMethod.PaymentMethodMetaData.EnableAuthenticationUpgrade", "be false", "any card brand", "antom-pay-third-party-3ds-disables-antom-3ds", DisablesMessage));
    }

    [Fact]
    public async Task Antom_third_party_3ds_with_is3DSAuthentication_left_empty_is_a_suggestion()
    {
        string source = Pay("{|#0:new AntomCardPaymentMethodMetaData|} { " + MpiData + ", EnableAuthenticationUpgrade = false }");
        await Verify.VerifyAnalyzerAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info).WithArguments("AntomPayRequest", "PaymentMethod.PaymentMethodMetaData.Is3DsAuthentication", "be false", "any card brand", "antom-pay-third-party-3ds-is3ds-explicit-false", ExplicitFalseMessage));
    }

    [Fact]
    public async Task Antom_third_party_3ds_with_both_false_is_not_reported()
    {
        string source = Pay("new AntomCardPaymentMethodMetaData { " + MpiData + ", Is3DsAuthentication = false, EnableAuthenticationUpgrade = false }");
        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Without_mpiData_the_rule_does_not_apply()
    {
        string source = Pay("new AntomCardPaymentMethodMetaData { Is3DsAuthentication = false }");
        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task A_value_that_is_not_constant_is_not_judged()
    {
        string source = Sources.Usings + $$"""
            public static class Payments
            {
                public static AntomPayRequest Build(string cavv, bool antom3ds) => new AntomPayRequest
                {
                    PaymentMethod = new AntomPaymentMethod
                    {
                        PaymentMethodType = AntomPaymentMethodType.Card,
                        PaymentMethodMetaData = new AntomCardPaymentMethodMetaData { {{MpiData}}, Is3DsAuthentication = antom3ds, EnableAuthenticationUpgrade = antom3ds },
                    },
                };
            }
            """;
        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task A_users_own_expectation_is_reported()
    {
        var test = new CSharpAnalyzerVerifier<BrandRuleExpectationViolatedAnalyzer>.Test
        {
            TestCode = """
                using Consumer.Shop;

                public static class Checkout
                {
                    public static ShopPayment Legacy() => {|#1:new ShopPayment|} { {|#0:Mode = "legacy"|} };

                    public static ShopPayment Hosted() => new ShopPayment { Mode = "hosted" };
                }
                """,
        };
        test.TestState.AdditionalFiles.Add(ConsumerProject.Schema(UserSchemas.ShopPaymentId, UserSchemas.ShopPayment));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("ShopPayment", "Mode", "not be legacy", "any card brand", "shop-hosted-mode", "The legacy mode is gone"));
        await test.RunAsync();
    }
}
