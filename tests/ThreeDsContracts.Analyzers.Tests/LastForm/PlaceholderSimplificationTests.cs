using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ThreeDsContracts.Analyzers.Rules;
using ThreeDsContracts.Analyzers.Tests.Verifiers;
using ThreeDsContracts.CodeFixes;
using Xunit;

namespace ThreeDsContracts.Analyzers.Tests.LastForm;

/// <summary>The placeholder's type names read as the user's own code would (Simplifier annotation, using-aware).</summary>
public class PlaceholderSimplificationTests
{

    [Theory]
    [InlineData("using System;\nusing ThreeDsContracts;\nusing ThreeDsContracts.JpmPayments;\nusing ThreeDsContracts.Metadata;\n", "default(NumberOrString?) ?? throw new NotImplementedException(")]
    [InlineData("using ThreeDsContracts.JpmPayments;\nusing ThreeDsContracts.Metadata;\n", "default(ThreeDsContracts.NumberOrString?) ?? throw new System.NotImplementedException(")]
    public async Task The_placeholder_uses_the_type_names_the_file_can_write(string usings, string placeholder)
    {
        string source = usings + """
            [ThreeDsCardBrand("mastercard")]
            public static class Payments
            {
                public static JpmPaymentsPaymentRequest Request(string cavv) => new()
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
            }
            """;
        string fixedSource = source.Replace("{|#0:new JpmPaymentsThreeDs|} { AuthenticationValue = cavv, AuthenticationTransactionId = \"ds-1\" }", "new JpmPaymentsThreeDs { AuthenticationValue = cavv, AuthenticationTransactionId = \"ds-1\", ThreeDSProgramProtocol = " + placeholder + "\"TODO: threeDSProgramProtocol for mastercard (jpm-payments-passthrough-program-protocol)\") }");
        var test = new CSharpCodeFixVerifier<BrandRequiredMemberMissingAnalyzer, AddRequiredMembersCodeFixProvider>.Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("TDS1001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        await test.RunAsync();
    }
}
