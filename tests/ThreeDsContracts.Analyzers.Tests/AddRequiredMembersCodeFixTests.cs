using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using ThreeDsContracts.Analyzers.Rules;
using ThreeDsContracts.CodeFixes;
using ThreeDsContracts.Testing.Analyzers;
using Xunit;

namespace ThreeDsContracts.Analyzers.Tests;

public class AddRequiredMembersCodeFixTests
{
    /// <summary>A JPM pass-through payment; THREEDS is replaced by the test's members of the authentication object.</summary>
    private static string PassThrough(string authenticationMembers) => Sources.Usings + """
        public static class Payments
        {
            [ThreeDsCardBrand("mastercard")]
            public static JpmPaymentsPaymentRequest Build(string cavv) => new JpmPaymentsPaymentRequest
            {
                Amount = 1000,
                Currency = "EUR",
                Merchant = new JpmPaymentsMerchant { MerchantSoftware = new JpmPaymentsMerchantSoftware { CompanyName = "Shop", ProductName = "Checkout" } },
                PaymentMethodType = new JpmPaymentsPaymentMethodType
                {
                    Card = new JpmPaymentsPaymentCard
                    {
                        AccountNumber = "5100000000000008",
                        Authentication = AUTHENTICATION
                    },
                },
            };
        }
        """.Replace("AUTHENTICATION", authenticationMembers);

    [Fact]
    public async Task Missing_program_protocol_is_added_as_a_placeholder_that_throws()
    {
        var test = new CodeFixTest<BrandRequiredMemberMissingAnalyzer, AddRequiredMembersCodeFixProvider>
        {
            TestCode = PassThrough("""
                new JpmPaymentsAuthentication
                                {
                                    ElectronicCommerceIndicator = JpmPaymentsElectronicCommerceIndicator.Eci02,
                                    ThreeDS = [|new JpmPaymentsThreeDs|]
                                    {
                                        AuthenticationValue = cavv,
                                        AuthenticationTransactionId = "ds-1"
                                    },
                                },
                """),
            FixedCode = PassThrough("""
                new JpmPaymentsAuthentication
                                {
                                    ElectronicCommerceIndicator = JpmPaymentsElectronicCommerceIndicator.Eci02,
                                    ThreeDS = new JpmPaymentsThreeDs
                                    {
                                        AuthenticationValue = cavv,
                                        AuthenticationTransactionId = "ds-1",
                                        ThreeDSProgramProtocol = default(NumberOrString?) ?? throw new System.NotImplementedException("TODO: threeDSProgramProtocol for mastercard (jpm-payments-passthrough-program-protocol)")
                                    },
                                },
                """),
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task A_missing_nested_object_is_created_with_every_member_the_brand_requires()
    {
        var test = new CodeFixTest<BrandRequiredMemberMissingAnalyzer, AddRequiredMembersCodeFixProvider>
        {
            TestCode = PassThrough("""
                {|#0:new JpmPaymentsAuthentication|}
                                {
                                    ElectronicCommerceIndicator = JpmPaymentsElectronicCommerceIndicator.Eci02,
                                },
                """),
            FixedCode = PassThrough("""
                new JpmPaymentsAuthentication
                                {
                                    ElectronicCommerceIndicator = JpmPaymentsElectronicCommerceIndicator.Eci02,
                                    ThreeDS = new JpmPaymentsThreeDs
                                    {
                                        AuthenticationValue = default(string?) ?? throw new System.NotImplementedException("TODO: threeDS.authenticationValue for mastercard (jpm-payments-passthrough-eci-authentication-value)"),
                                        ThreeDSProgramProtocol = default(NumberOrString?) ?? throw new System.NotImplementedException("TODO: threeDS.threeDSProgramProtocol for mastercard (jpm-payments-passthrough-program-protocol)"),
                                        AuthenticationTransactionId = default(string?) ?? throw new System.NotImplementedException("TODO: threeDS.authenticationTransactionId for mastercard (jpm-payments-passthrough-transaction-id)"),
                                    },
                                },
                """),
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("TDS1001").WithLocation(0));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("TDS1001").WithLocation(0));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("TDS1001").WithLocation(0));

        // The three diagnostics on one object make the same edit: one fix, and one fix-all pass.
        test.NumberOfIncrementalIterations = 1;
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    [Fact]
    public async Task A_new_object_gets_the_members_the_compiler_requires_too()
    {
        var test = new CodeFixTest<BrandRequiredMemberMissingAnalyzer, AddRequiredMembersCodeFixProvider>
        {
            TestCode = Sources.Usings + """
                public static class Gateway
                {
                    public static GatewayAuthorizeRequest Build() => [|new GatewayAuthorizeRequest()|];
                }
                """,
            FixedCode = Sources.Usings + """
                public static class Gateway
                {
                    public static GatewayAuthorizeRequest Build() => new GatewayAuthorizeRequest()
                    {
                        Browser_info = new GatewayBrowserInfo
                        {
                            User_agent = default(string?) ?? throw new System.NotImplementedException("TODO: browser_info.user_agent for every card brand (gateway-browser-info-required)"),
                            Accept_header = default(string?) ?? throw new System.NotImplementedException("TODO: browser_info.accept_header for every card brand (gateway-browser-info-required)"),
                            Java_enabled = default(bool?) ?? throw new System.NotImplementedException("TODO: browser_info.java_enabled for every card brand (gateway-browser-info-required)"),
                            Color_depth = default(int?) ?? throw new System.NotImplementedException("TODO: browser_info.color_depth for every card brand (gateway-browser-info-required)"),
                            Screen_height = default(int?) ?? throw new System.NotImplementedException("TODO: browser_info.screen_height for every card brand (gateway-browser-info-required)"),
                            Screen_width = default(int?) ?? throw new System.NotImplementedException("TODO: browser_info.screen_width for every card brand (gateway-browser-info-required)"),
                            Time_zone_offset = default(int?) ?? throw new System.NotImplementedException("TODO: browser_info.time_zone_offset for every card brand (gateway-browser-info-required)"),
                            Language = default(string?) ?? throw new System.NotImplementedException("TODO: browser_info.language for every card brand (gateway-browser-info-required)"),
                        },
                    };
                }
                """,
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task A_one_line_initializer_stays_on_one_line()
    {
        var test = new CodeFixTest<BrandRequiredMemberMissingAnalyzer, AddRequiredMembersCodeFixProvider>
        {
            TestCode = Sources.Usings + """
                public static class Pages
                {
                    public static EcommpayPaymentPage Build() => {|#0:new EcommpayPaymentPage|} { Billing_region_code = "DEV", Billing_address = "1 Road", Billing_city = "Exeter", Billing_postal = "EX1" };
                }
                """,
            FixedCode = Sources.Usings + """
                public static class Pages
                {
                    public static EcommpayPaymentPage Build() => new EcommpayPaymentPage { Billing_region_code = "DEV", Billing_address = "1 Road", Billing_city = "Exeter", Billing_postal = "EX1", Billing_country = default(string?) ?? throw new System.NotImplementedException("TODO: billing_country for every card brand (ecommpay-billing-address-recommended)") };
                }
                """,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("TDS1001").WithLocation(0));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("TDS1001").WithLocation(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_member_set_to_null_in_a_with_expression_gets_the_placeholder_instead()
    {
        var test = new CodeFixTest<BrandRequiredMemberMissingAnalyzer, AddRequiredMembersCodeFixProvider>
        {
            TestCode = Sources.Usings + """
                public static class Pages
                {
                    public static EcommpayPaymentPage Build()
                    {
                        var page = new EcommpayPaymentPage { Billing_address = "1 Road", Billing_city = "Exeter", Billing_country = "GB", Billing_postal = "EX1" };
                        return {|#0:page with|} { Billing_region_code = "DEV", Billing_country = null };
                    }
                }
                """,
            FixedCode = Sources.Usings + """
                public static class Pages
                {
                    public static EcommpayPaymentPage Build()
                    {
                        var page = new EcommpayPaymentPage { Billing_address = "1 Road", Billing_city = "Exeter", Billing_country = "GB", Billing_postal = "EX1" };
                        return page with { Billing_region_code = "DEV", Billing_country = default(string?) ?? throw new System.NotImplementedException("TODO: billing_country for every card brand (ecommpay-billing-address-recommended)") };
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("TDS1001").WithLocation(0));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("TDS1001").WithLocation(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_adds_the_members_in_every_document_and_project()
    {
        const string Mastercard = """
            using ThreeDsContracts.Metadata;
            using ThreeDsContracts.JpmPayments;

            [ThreeDsCardBrand("mastercard")]
            public static class PassThrough
            {
                public static JpmPaymentsAuthentication Authentication() => new JpmPaymentsAuthentication();

                public static JpmPaymentsPaymentRequest Build(string cavv) => new JpmPaymentsPaymentRequest
                {
                    Amount = 1, Currency = "EUR",
                    Merchant = new JpmPaymentsMerchant { MerchantSoftware = new JpmPaymentsMerchantSoftware { CompanyName = "Shop", ProductName = "Checkout" } },
                    PaymentMethodType = new JpmPaymentsPaymentMethodType { Card = new JpmPaymentsPaymentCard { AccountNumber = "5100000000000008", Authentication = new() { ElectronicCommerceIndicator = JpmPaymentsElectronicCommerceIndicator.Eci02, ThreeDS = new() { AuthenticationValue = cavv, AuthenticationTransactionId = "ds-1" } } } },
                };
            }
            """;
        const string MastercardFixed = """
            using ThreeDsContracts.Metadata;
            using ThreeDsContracts.JpmPayments;

            [ThreeDsCardBrand("mastercard")]
            public static class PassThrough
            {
                public static JpmPaymentsAuthentication Authentication() => new JpmPaymentsAuthentication();

                public static JpmPaymentsPaymentRequest Build(string cavv) => new JpmPaymentsPaymentRequest
                {
                    Amount = 1, Currency = "EUR",
                    Merchant = new JpmPaymentsMerchant { MerchantSoftware = new JpmPaymentsMerchantSoftware { CompanyName = "Shop", ProductName = "Checkout" } },
                    PaymentMethodType = new JpmPaymentsPaymentMethodType { Card = new JpmPaymentsPaymentCard { AccountNumber = "5100000000000008", Authentication = new() { ElectronicCommerceIndicator = JpmPaymentsElectronicCommerceIndicator.Eci02, ThreeDS = new() { AuthenticationValue = cavv, AuthenticationTransactionId = "ds-1", ThreeDSProgramProtocol = default(ThreeDsContracts.NumberOrString?) ?? throw new System.NotImplementedException("TODO: threeDSProgramProtocol for mastercard (jpm-payments-passthrough-program-protocol)") } } } },
                };
            }
            """;
        var test = new CodeFixTest<BrandRequiredMemberMissingAnalyzer, AddRequiredMembersCodeFixProvider>
        {
            TestCode = Mastercard.Replace("ThreeDS = new()", "ThreeDS = [|new()|]"),
            FixedCode = MastercardFixed,
        };
        test.Sources.Add(Mastercard.Replace("class PassThrough", "class PassThrough2").Replace("ThreeDS = new()", "ThreeDS = [|new()|]"));
        test.FixedSources.Add(MastercardFixed.Replace("class PassThrough", "class PassThrough2"));
        var other = new TestProject("OtherProject");
        other.Sources.Add(Mastercard);
        other.FixedSources.Add(MastercardFixed);
        test.AdditionalProjects.Add(other);
        await test.RunAsync();
    }
}
