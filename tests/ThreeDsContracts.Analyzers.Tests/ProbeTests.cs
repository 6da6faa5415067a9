using System.Threading.Tasks;
using ThreeDsContracts.Analyzers.Rules;
using ThreeDsContracts.CodeFixes;
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
                            },
                        },
                    },
                };
            }
            """;
        var test = new CodeFixTest<BrandRequiredMemberMissingAnalyzer, AddRequiredMembersCodeFixProvider> { TestCode = source, FixedCode = "x" };
        test.CompilerDiagnostics = CompilerDiagnostics.Errors;
        test.ExpectedDiagnostics.Add(new DiagnosticResult("TDS1001")); test.ExpectedDiagnostics.Add(new DiagnosticResult("TDS1001")); test.ExpectedDiagnostics.Add(new DiagnosticResult("TDS1001"));
        await test.RunAsync();
    }
}
