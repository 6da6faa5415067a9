using System.Threading.Tasks;
using ThreeDsContracts.Analyzers.Rules;
using ThreeDsContracts.Analyzers.Tests.Verifiers;
using ThreeDsContracts.CodeFixes;
using Xunit;

namespace ThreeDsContracts.Analyzers.Tests;

public class AddOneOfMemberCodeFixTests
{
    private const string Before = Sources.Usings + """
        [ThreeDsCardBrand("visa")]
        public static class Pages
        {
            public static EcommpayPaymentPage First() => [|new EcommpayPaymentPage|]
            {
                BillingCountry = "GB",
            };

            public static EcommpayPaymentPage Second() => [|new EcommpayPaymentPage()|];
        }
        """;

    [Fact]
    public async Task The_first_alternative_is_added_by_default()
    {
        var test = new CSharpCodeFixVerifier<BrandAnyOfMemberMissingAnalyzer, AddOneOfMemberCodeFixProvider>.Test
        {
            TestCode = Before,
            FixedCode = Sources.Usings + """
                [ThreeDsCardBrand("visa")]
                public static class Pages
                {
                    public static EcommpayPaymentPage First() => new EcommpayPaymentPage
                    {
                        BillingCountry = "GB",
                        CustomerEmail = default(string?) ?? throw new System.NotImplementedException("TODO: customer_email or customer_phone for visa (ecommpay-visa-email-or-phone)"),
                    };

                    public static EcommpayPaymentPage Second() => new EcommpayPaymentPage()
                    {
                        CustomerEmail = default(string?) ?? throw new System.NotImplementedException("TODO: customer_email or customer_phone for visa (ecommpay-visa-email-or-phone)"),
                    };
                }
                """,
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task Another_alternative_is_chosen_by_its_equivalence_key_in_every_fix_all_scope()
    {
        var test = new CSharpCodeFixVerifier<BrandAnyOfMemberMissingAnalyzer, AddOneOfMemberCodeFixProvider>.Test
        {
            TestCode = Before,
            FixedCode = Sources.Usings + """
                [ThreeDsCardBrand("visa")]
                public static class Pages
                {
                    public static EcommpayPaymentPage First() => new EcommpayPaymentPage
                    {
                        BillingCountry = "GB",
                        CustomerPhone = default(string?) ?? throw new System.NotImplementedException("TODO: customer_email or customer_phone for visa (ecommpay-visa-email-or-phone)"),
                    };

                    public static EcommpayPaymentPage Second() => new EcommpayPaymentPage()
                    {
                        CustomerPhone = default(string?) ?? throw new System.NotImplementedException("TODO: customer_email or customer_phone for visa (ecommpay-visa-email-or-phone)"),
                    };
                }
                """,
            CodeActionEquivalenceKey = "ThreeDsContracts.AddOneOf:customer_phone",
            NumberOfIncrementalIterations = 2,
            NumberOfFixAllIterations = 1,
        };
        await test.RunAsync();
    }
}
