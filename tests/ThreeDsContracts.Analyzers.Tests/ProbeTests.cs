using System.Threading.Tasks;
using ThreeDsContracts.Analyzers.Rules;
using ThreeDsContracts.Testing.Analyzers;
using Xunit;

namespace ThreeDsContracts.Analyzers.Tests;

public class ProbeTests
{
    [Fact]
    public async Task Probe()
    {
        string source = Sources.Usings + $$"""
            public static class C
            {
                [ThreeDsCardBrand("mastercard")]
                public static JpmPaymentsPaymentRequest M() => new JpmPaymentsPaymentRequest
                {
                    {{Sources.JpmMerchant}},
                    PaymentMethodType = new JpmPaymentsPaymentMethodType
                    {
                        Card = new JpmPaymentsPaymentCard
                        {
                            AccountNumber = "5100000000000008",
                            Authentication = new JpmPaymentsAuthentication
                            {
                                ElectronicCommerceIndicator = JpmPaymentsElectronicCommerceIndicator.Eci02,
                                ThreeDS = new JpmPaymentsThreeDs { AuthenticationValue = "AAA", AuthenticationTransactionId = "x" },
                            },
                        },
                    },
                };
            }
            """;
        await AnalyzerVerifier<BrandRequiredMemberMissingAnalyzer>.VerifyAnalyzerAsync(source);
    }
}
