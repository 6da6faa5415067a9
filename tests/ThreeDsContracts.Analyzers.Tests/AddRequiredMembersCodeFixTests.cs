using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ThreeDsContracts.Analyzers.Rules;
using ThreeDsContracts.Analyzers.Tests.Verifiers;
using ThreeDsContracts.CodeFixes;
using Xunit;
using Verify = ThreeDsContracts.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<ThreeDsContracts.Analyzers.Rules.BrandRequiredMemberMissingAnalyzer, ThreeDsContracts.CodeFixes.AddRequiredMembersCodeFixProvider>;

namespace ThreeDsContracts.Analyzers.Tests;

public class AddRequiredMembersCodeFixTests
{
    private const string EciAuthenticationValueMessage = "Pass-through 3DS requires electronicCommerceIndicator and threeDS.authenticationValue for Visa, Mastercard, American Express, Discover and Cartes Bancaires";
    private const string TransactionIdMessage = "Pass-through 3DS requires threeDS.authenticationTransactionId (directory server transaction ID, XID for Visa) for Visa, Mastercard and Cartes Bancaires";
    private const string ProgramProtocolMessage = "Pass-through 3DS requires threeDS.threeDSProgramProtocol for Mastercard and Cartes Bancaires";
    private const string RegionCodeMessage = "When billing_region_code is specified, billing_country must also be specified and populated";
    private const string BillingAddressMessage = "Billing address information is recommended for 3-D Secure payments to raise acceptance and lower fraud";

    /// <summary>TDS1001 at markup location <paramref name="location"/>, the object the fix completes.</summary>
    private static DiagnosticResult Missing(int location, string type, string members, string brands, string rule, string message) =>
        Verify.Diagnostic().WithLocation(location).WithLocation(location).WithArguments(type, members, brands, rule, message);

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
        var test = new Verify.Test
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
        var test = new Verify.Test
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
        test.ExpectedDiagnostics.Add(Missing(0, "JpmPaymentsAuthentication", "ThreeDS.AuthenticationValue", "mastercard", "jpm-payments-passthrough-eci-authentication-value", EciAuthenticationValueMessage));
        test.ExpectedDiagnostics.Add(Missing(0, "JpmPaymentsAuthentication", "ThreeDS.AuthenticationTransactionId", "mastercard", "jpm-payments-passthrough-transaction-id", TransactionIdMessage));
        test.ExpectedDiagnostics.Add(Missing(0, "JpmPaymentsAuthentication", "ThreeDS.ThreeDSProgramProtocol", "mastercard", "jpm-payments-passthrough-program-protocol", ProgramProtocolMessage));

        // The three diagnostics on one object make the same edit: one fix, and one fix-all pass.
        test.NumberOfIncrementalIterations = 1;
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    [Fact]
    public async Task A_new_object_gets_the_members_the_compiler_requires_too()
    {
        var test = new Verify.Test
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
        var test = new Verify.Test
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
        test.ExpectedDiagnostics.Add(Missing(0, "EcommpayPaymentPage", "BillingCountry", "any card brand", "ecommpay-billing-region-code-requires-country", RegionCodeMessage));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_member_set_to_null_in_a_with_expression_gets_the_placeholder_instead()
    {
        var test = new Verify.Test
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
        test.ExpectedDiagnostics.Add(Missing(0, "EcommpayPaymentPage", "BillingCountry", "any card brand", "ecommpay-billing-region-code-requires-country", RegionCodeMessage));
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
        var test = new Verify.Test
        {
            TestCode = Mastercard.Replace("ThreeDS = new()", "ThreeDS = [|new()|]"),
            FixedCode = MastercardFixed,
        };
        test.TestState.Sources.Add(Mastercard.Replace("class PassThrough", "class PassThrough2").Replace("ThreeDS = new()", "ThreeDS = [|new()|]"));
        test.FixedState.Sources.Add(MastercardFixed.Replace("class PassThrough", "class PassThrough2"));
        test.TestState.AdditionalProjects["OtherProject"].Sources.Add(Mastercard.Replace("ThreeDS = new()", "ThreeDS = [|new()|]"));
        test.FixedState.AdditionalProjects["OtherProject"].Sources.Add(MastercardFixed);
        await test.RunAsync();
    }
}
