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
                        BrowserInfo = new GatewayBrowserInfo
                        {
                            UserAgent = default(string?) ?? throw new System.NotImplementedException("TODO: browser_info.user_agent for any card brand (gateway-browser-info-required)"),
                            AcceptHeader = default(string?) ?? throw new System.NotImplementedException("TODO: browser_info.accept_header for any card brand (gateway-browser-info-required)"),
                            JavaEnabled = default(bool?) ?? throw new System.NotImplementedException("TODO: browser_info.java_enabled for any card brand (gateway-browser-info-required)"),
                            ColorDepth = default(int?) ?? throw new System.NotImplementedException("TODO: browser_info.color_depth for any card brand (gateway-browser-info-required)"),
                            ScreenHeight = default(int?) ?? throw new System.NotImplementedException("TODO: browser_info.screen_height for any card brand (gateway-browser-info-required)"),
                            ScreenWidth = default(int?) ?? throw new System.NotImplementedException("TODO: browser_info.screen_width for any card brand (gateway-browser-info-required)"),
                            TimeZoneOffset = default(int?) ?? throw new System.NotImplementedException("TODO: browser_info.time_zone_offset for any card brand (gateway-browser-info-required)"),
                            Language = default(string?) ?? throw new System.NotImplementedException("TODO: browser_info.language for any card brand (gateway-browser-info-required)"),
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
                    public static EcommpayPaymentPage Build() => {|#0:new EcommpayPaymentPage|} { BillingRegionCode = "DEV", BillingAddress = "1 Road", BillingCity = "Exeter", BillingPostal = "EX1" };
                }
                """,
            FixedCode = Sources.Usings + """
                public static class Pages
                {
                    public static EcommpayPaymentPage Build() => new EcommpayPaymentPage { BillingRegionCode = "DEV", BillingAddress = "1 Road", BillingCity = "Exeter", BillingPostal = "EX1", BillingCountry = default(string?) ?? throw new System.NotImplementedException("TODO: billing_country for any card brand (ecommpay-billing-region-code-requires-country)") };
                }
                """,
        };
        // billing_country is missing for two rules (a requirement and a recommendation): reported once, by the requirement.
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
                        var page = new EcommpayPaymentPage { BillingAddress = "1 Road", BillingCity = "Exeter", BillingCountry = "GB", BillingPostal = "EX1" };
                        return {|#0:page with|} { BillingRegionCode = "DEV", BillingCountry = null };
                    }
                }
                """,
            FixedCode = Sources.Usings + """
                public static class Pages
                {
                    public static EcommpayPaymentPage Build()
                    {
                        var page = new EcommpayPaymentPage { BillingAddress = "1 Road", BillingCity = "Exeter", BillingCountry = "GB", BillingPostal = "EX1" };
                        return page with { BillingRegionCode = "DEV", BillingCountry = default(string?) ?? throw new System.NotImplementedException("TODO: billing_country for any card brand (ecommpay-billing-region-code-requires-country)") };
                    }
                }
                """,
        };
        // billing_country is missing for two rules (a requirement and a recommendation): reported once, by the requirement.
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
