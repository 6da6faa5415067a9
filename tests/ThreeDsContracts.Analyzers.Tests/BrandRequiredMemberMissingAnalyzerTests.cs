using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ThreeDsContracts.Analyzers.Rules;
using ThreeDsContracts.Analyzers.Tests.Verifiers;
using Xunit;
using Verify = ThreeDsContracts.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<ThreeDsContracts.Analyzers.Rules.BrandRequiredMemberMissingAnalyzer>;

namespace ThreeDsContracts.Analyzers.Tests;

public class BrandRequiredMemberMissingAnalyzerTests
{
    private const string ProgramProtocolMessage = "Pass-through 3DS requires threeDS.threeDSProgramProtocol for Mastercard and Cartes Bancaires";

    /// <summary>A JPM pass-through payment whose threeDS object is written by the test.</summary>
    private static string PassThrough(string attribute, string threeDs, string extra = "") => Sources.Usings + $$"""
        public static class Payments
        {
            {{attribute}}
            public static JpmPaymentsPaymentRequest Build(string cavv)
            {
                var request = new JpmPaymentsPaymentRequest
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
                                ThreeDS = {{threeDs}},
                            },
                        },
                    },
                };
                {{extra}}
                return request;
            }
        }
        """;

    /// <summary>TDS1001 at markup location <paramref name="location"/>; its additional location is the object the fix edits (by default the same).</summary>
    private static DiagnosticResult ProgramProtocolMissing(int location, string brands = "mastercard", int? edited = null) =>
        Verify.Diagnostic().WithLocation(location).WithLocation(edited ?? location).WithArguments("JpmPaymentsThreeDs", "ThreeDSProgramProtocol", brands, "jpm-payments-passthrough-program-protocol", ProgramProtocolMessage);

    [Fact]
    public async Task Mastercard_pass_through_without_program_protocol_is_reported()
    {
        string source = PassThrough("""[ThreeDsCardBrand("mastercard")]""", """{|#0:new JpmPaymentsThreeDs|} { AuthenticationValue = cavv, AuthenticationTransactionId = "ds-1" }""");
        await Verify.VerifyAnalyzerAsync(source, ProgramProtocolMissing(0));
    }

    [Fact]
    public async Task Mastercard_pass_through_with_program_protocol_is_not_reported()
    {
        string source = PassThrough("""[ThreeDsCardBrand("mastercard")]""", """new JpmPaymentsThreeDs { AuthenticationValue = cavv, AuthenticationTransactionId = "ds-1", ThreeDSProgramProtocol = "2.2.0" }""");
        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Visa_pass_through_needs_no_program_protocol()
    {
        string source = PassThrough("""[ThreeDsCardBrand("visa")]""", """new JpmPaymentsThreeDs { AuthenticationValue = cavv, AuthenticationTransactionId = "xid" }""");
        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Brand_unknown_keeps_brand_specific_rules_silent()
    {
        string source = PassThrough(string.Empty, """new JpmPaymentsThreeDs()""");
        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Brand_from_an_attribute_on_the_type_is_used()
    {
        string source = PassThrough(string.Empty, """{|#0:new JpmPaymentsThreeDs|} { AuthenticationValue = cavv, AuthenticationTransactionId = "ds-1" }""")
            .Replace("public static class Payments", "[ThreeDsCardBrand(\"mastercard\")]\npublic static class Payments");
        await Verify.VerifyAnalyzerAsync(source, ProgramProtocolMissing(0));
    }

    [Fact]
    public async Task Brand_from_a_constant_Validate_argument_on_the_same_local_is_used()
    {
        string source = PassThrough(string.Empty, """{|#0:new JpmPaymentsThreeDs|} { AuthenticationValue = cavv, AuthenticationTransactionId = "ds-1" }""", "_ = request.Validate(CardBrand.Mastercard);");
        await Verify.VerifyAnalyzerAsync(source, ProgramProtocolMissing(0));
    }

    [Fact]
    public async Task Brand_from_a_constant_string_Validate_argument_is_used()
    {
        string source = PassThrough(string.Empty, """{|#0:new JpmPaymentsThreeDs|} { AuthenticationValue = cavv, AuthenticationTransactionId = "ds-1" }""", "_ = request.Validate(\"cartes-bancaires\");");
        var test = new Verify.Test { TestCode = source };
        test.ExpectedDiagnostics.Add(ProgramProtocolMissing(0, "cartes-bancaires"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithLocation(0).WithArguments(
            "JpmPaymentsThreeDs",
            "Version2.ThreeDSTransactionStatus, AuthenticationValueCalculationMethod, ThreeDSChallengeType, IssuerAssignedAuthenticationExemptionEncoded, ThreeDomainSecureAuthenticationMethodCode, IssuerAssignedAuthenticationFraudScore",
            "cartes-bancaires",
            "jpm-payments-passthrough-cartes-bancaires",
            "Pass-through 3DS for Cartes Bancaires requires version2.threeDSTransactionStatus, authenticationValueCalculationMethod (CB-AVALGO), threeDSChallengeType, issuerAssignedAuthenticationExemptionEncoded (CB-EXEMPTION), threeDomainSecureAuthenticationMethodCode and issuerAssignedAuthenticationFraudScore (CB-SCORE)"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithLocation(0).WithArguments(
            "JpmPaymentsThreeDs",
            "Version2.ThreeDSTransactionStatusReasonCode",
            "cartes-bancaires",
            "jpm-payments-passthrough-cartes-bancaires-status-reason",
            "Pass-through 3DS for Cartes Bancaires requires version2.threeDSTransactionStatusReasonCode unless threeDSTransactionStatus is Y"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Validate_with_a_brand_that_is_not_constant_keeps_brand_rules_silent_even_with_an_attribute()
    {
        string source = PassThrough("""[ThreeDsCardBrand("mastercard")]""", """new JpmPaymentsThreeDs { AuthenticationValue = cavv }""", "_ = request.Validate(cavv);");
        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Several_constant_brands_are_each_checked()
    {
        string source = PassThrough(string.Empty, """{|#0:new JpmPaymentsThreeDs|} { AuthenticationValue = cavv }""", "_ = request.Validate(CardBrand.Visa); _ = request.Validate(CardBrand.Mastercard);");
        await Verify.VerifyAnalyzerAsync(
            source,
            ProgramProtocolMissing(0),
            Verify.Diagnostic().WithLocation(0).WithLocation(0).WithArguments(
                "JpmPaymentsThreeDs",
                "AuthenticationTransactionId",
                "mastercard, visa",
                "jpm-payments-passthrough-transaction-id",
                "Pass-through 3DS requires threeDS.authenticationTransactionId (directory server transaction ID, XID for Visa) for Visa, Mastercard and Cartes Bancaires"));
    }

    [Fact]
    public async Task Missing_nested_object_is_reported_on_the_deepest_object_that_exists()
    {
        string source = Sources.Usings + $$"""
            public static class Payments
            {
                [ThreeDsCardBrand("mastercard")]
                public static JpmPaymentsPaymentRequest Build() => new JpmPaymentsPaymentRequest
                {
                    {{Sources.JpmMerchant}},
                    PaymentMethodType = new JpmPaymentsPaymentMethodType
                    {
                        Card = new JpmPaymentsPaymentCard
                        {
                            AccountNumber = "5100000000000008",
                            Authentication = {|#0:new JpmPaymentsAuthentication|} { ElectronicCommerceIndicator = JpmPaymentsElectronicCommerceIndicator.Eci02 },
                        },
                    },
                };
            }
            """;
        await Verify.VerifyAnalyzerAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithLocation(0).WithArguments("JpmPaymentsAuthentication", "ThreeDS.AuthenticationValue", "mastercard", "jpm-payments-passthrough-eci-authentication-value", "Pass-through 3DS requires electronicCommerceIndicator and threeDS.authenticationValue for Visa, Mastercard, American Express, Discover and Cartes Bancaires"),
            Verify.Diagnostic().WithLocation(0).WithLocation(0).WithArguments("JpmPaymentsAuthentication", "ThreeDS.AuthenticationTransactionId", "mastercard", "jpm-payments-passthrough-transaction-id", "Pass-through 3DS requires threeDS.authenticationTransactionId (directory server transaction ID, XID for Visa) for Visa, Mastercard and Cartes Bancaires"),
            Verify.Diagnostic().WithLocation(0).WithLocation(0).WithArguments("JpmPaymentsAuthentication", "ThreeDS.ThreeDSProgramProtocol", "mastercard", "jpm-payments-passthrough-program-protocol", ProgramProtocolMessage));
    }

    [Fact]
    public async Task A_nested_object_built_in_a_local_beforehand_is_followed()
    {
        string source = Sources.Usings + $$"""
            public static class Payments
            {
                [ThreeDsCardBrand("mastercard")]
                public static JpmPaymentsPaymentRequest Build(string cavv)
                {
                    var threeDs = {|#0:new JpmPaymentsThreeDs|} { AuthenticationValue = cavv, AuthenticationTransactionId = "ds-1" };
                    var authentication = new JpmPaymentsAuthentication { ElectronicCommerceIndicator = JpmPaymentsElectronicCommerceIndicator.Eci02, ThreeDS = threeDs };
                    return new JpmPaymentsPaymentRequest
                    {
                        {{Sources.JpmMerchant}},
                        PaymentMethodType = new JpmPaymentsPaymentMethodType { Card = new JpmPaymentsPaymentCard { AccountNumber = "5100000000000008", Authentication = authentication } },
                    };
                }
            }
            """;

        // Reported on the local's object, where the member is missing (the request is the payload checked).
        await Verify.VerifyAnalyzerAsync(source, ProgramProtocolMissing(0));
    }

    [Fact]
    public async Task A_with_expression_that_adds_the_member_later_in_the_method_counts()
    {
        string source = PassThrough(
            """[ThreeDsCardBrand("mastercard")]""",
            """new JpmPaymentsThreeDs { AuthenticationValue = cavv, AuthenticationTransactionId = "ds-1" }""",
            """
            var threeDs = request.PaymentMethodType.Card!.Authentication!.ThreeDS! with { ThreeDSProgramProtocol = "2.2.0" };
            request = request with { PaymentMethodType = request.PaymentMethodType with { Card = request.PaymentMethodType.Card with { Authentication = request.PaymentMethodType.Card.Authentication with { ThreeDS = threeDs } } } };
            """);
        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task A_with_expression_that_leaves_the_member_out_is_reported_at_the_with()
    {
        string source = PassThrough(
            """[ThreeDsCardBrand("mastercard")]""",
            """{|#1:new JpmPaymentsThreeDs|} { AuthenticationValue = cavv, AuthenticationTransactionId = "ds-1" }""",
            """request = {|#0:request with|} { Amount = 2000 };""");

        // The fix edits the object that lacks the member.
        await Verify.VerifyAnalyzerAsync(source, ProgramProtocolMissing(0, edited: 1));
    }

    [Fact]
    public async Task Property_assignments_after_construction_count()
    {
        string source = """
            using System.Text.Json.Serialization;
            using ThreeDsContracts.Metadata;

            [BrandRule("hand-written-protocol", Brands = new[] { "mastercard" }, Require = new[] { "threeDs.protocol" }, Message = "Mastercard needs the protocol")]
            public sealed class HandWritten
            {
                [JsonPropertyName("threeDs")] public HandWrittenThreeDs? ThreeDs { get; set; }
            }

            public sealed class HandWrittenThreeDs
            {
                [JsonPropertyName("protocol")] public string? Protocol { get; set; }
            }

            [ThreeDsCardBrand("mastercard")]
            public static class Payments
            {
                public static HandWritten Complete()
                {
                    var payment = new HandWritten { ThreeDs = new HandWrittenThreeDs() };
                    payment.ThreeDs.Protocol = "2.2.0";
                    return payment;
                }

                public static HandWritten Incomplete(bool late)
                {
                    var payment = new HandWritten { ThreeDs = {|#0:new HandWrittenThreeDs()|} };
                    payment.ThreeDs.Protocol = null;
                    return payment;
                }

                public static HandWritten Conditional(bool late)
                {
                    var payment = new HandWritten { ThreeDs = new HandWrittenThreeDs() };
                    if (late)
                    {
                        payment.ThreeDs.Protocol = "2.2.0";
                    }

                    return payment;
                }
            }
            """;
        await Verify.VerifyAnalyzerAsync(source, Verify.Diagnostic().WithLocation(0).WithLocation(0).WithArguments("HandWrittenThreeDs", "Protocol", "mastercard", "hand-written-protocol", "Mastercard needs the protocol"));
    }

    [Fact]
    public async Task Dependent_requirement_billing_region_code_needs_billing_country()
    {
        string source = Sources.Usings + """
            public static class Pages
            {
                public static EcommpayPaymentPage Missing() => {|#0:new EcommpayPaymentPage|} { BillingRegionCode = "DEV", BillingAddress = "1 Road", BillingCity = "Exeter", BillingPostal = "EX1" };

                public static EcommpayPaymentPage Present() => new EcommpayPaymentPage { BillingRegionCode = "DEV", BillingCountry = "GB", BillingAddress = "1 Road", BillingCity = "Exeter", BillingPostal = "EX1" };

                public static EcommpayPaymentPage NoRegion() => new EcommpayPaymentPage { BillingCountry = "GB", BillingAddress = "1 Road", BillingCity = "Exeter", BillingPostal = "EX1" };
            }
            """;
        await Verify.VerifyAnalyzerAsync(
            source,
            // Missing for the requirement and for the recommendation of the billing address: reported once, as required.
            Verify.Diagnostic().WithLocation(0).WithLocation(0).WithArguments("EcommpayPaymentPage", "BillingCountry", "any card brand", "ecommpay-billing-region-code-requires-country", "When billing_region_code is specified, billing_country must also be specified and populated"));
    }

    [Fact]
    public async Task Shipping_region_code_inside_Base64_json_needs_the_shipping_country()
    {
        string source = Sources.Usings + """
            public static class Pages
            {
                public static EcommpayPaymentPage Build() => new EcommpayPaymentPage
                {
                    BillingCountry = "GB", BillingAddress = "1 Road", BillingCity = "Exeter", BillingPostal = "EX1",
                    CustomerShipping = new EcommpayCustomerShipping { Customer = new EcommpayShippingCustomer { Shipping = {|#0:new EcommpayShipping|} { RegionCode = "DEV", City = "Exeter" } } },
                };
            }
            """;
        await Verify.VerifyAnalyzerAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithLocation(0).WithArguments("EcommpayShipping", "Country", "any card brand", "ecommpay-shipping-region-code-requires-country", "When the shipping region_code is specified, the shipping country must also be specified and populated"));
    }

    [Fact]
    public async Task Gateway_authorize_request_without_browser_info_is_reported()
    {
        string source = Sources.Usings + """
            public static class Gateway
            {
                public static GatewayAuthorizeRequest Build() => {|#0:new GatewayAuthorizeRequest|} { ReturnUrl = "https://shop.example/back" };
            }
            """;
        await Verify.VerifyAnalyzerAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithLocation(0).WithArguments(
                "GatewayAuthorizeRequest",
                "BrowserInfo.UserAgent, BrowserInfo.AcceptHeader, BrowserInfo.JavaEnabled, BrowserInfo.ColorDepth, BrowserInfo.ScreenHeight, BrowserInfo.ScreenWidth, BrowserInfo.TimeZoneOffset, BrowserInfo.Language",
                "any card brand",
                "gateway-browser-info-required",
                "browser_info with user_agent, accept_header, java_enabled, color_depth, screen_height, screen_width, time_zone_offset and language is required for all card transactions"));
    }

    [Fact]
    public async Task Cartes_Bancaires_status_reason_is_required_unless_the_status_is_Y()
    {
        const string CbFields = """AuthenticationValue = cavv, AuthenticationTransactionId = "ds-1", ThreeDSProgramProtocol = "2.2.0", AuthenticationValueCalculationMethod = "1", ThreeDSChallengeType = JpmPaymentsThreeDsChallengeType.NoPreference, IssuerAssignedAuthenticationExemptionEncoded = "00", ThreeDomainSecureAuthenticationMethodCode = "02", IssuerAssignedAuthenticationFraudScore = 10""";
        string authenticated = PassThrough("""[ThreeDsCardBrand("cartes-bancaires")]""", "new JpmPaymentsThreeDs { " + CbFields + ", Version2 = new JpmPaymentsThreeDsVersion2 { ThreeDSTransactionStatus = JpmPaymentsThreeDsTransactionStatus.Authenticated } }");
        await Verify.VerifyAnalyzerAsync(authenticated);

        string attempted = PassThrough("""[ThreeDsCardBrand("cartes-bancaires")]""", "new JpmPaymentsThreeDs { " + CbFields + ", Version2 = {|#0:new JpmPaymentsThreeDsVersion2|} { ThreeDSTransactionStatus = JpmPaymentsThreeDsTransactionStatus.Attempted } }");
        await Verify.VerifyAnalyzerAsync(
            attempted,
            Verify.Diagnostic().WithLocation(0).WithLocation(0).WithArguments("JpmPaymentsThreeDsVersion2", "ThreeDSTransactionStatusReasonCode", "cartes-bancaires", "jpm-payments-passthrough-cartes-bancaires-status-reason", "Pass-through 3DS for Cartes Bancaires requires version2.threeDSTransactionStatusReasonCode unless threeDSTransactionStatus is Y"));
    }

    [Fact]
    public async Task A_rule_of_a_users_own_schema_is_reported_with_the_brand_from_a_brand_property()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using ThreeDsContracts.Canonical;
                using Consumer.Shop;

                public static class Checkout
                {
                    public static ShopPayment Mastercard() => new ShopPayment { Brand = CardBrand.Mastercard, ThreeDs = {|#0:new ShopThreeDs|} { Loyalty = "L1" } };

                    public static ShopPayment Visa() => new ShopPayment { Brand = CardBrand.Visa, Email = "a@b.example", ThreeDs = new ShopThreeDs() };

                    public static ShopPayment Complete() => new ShopPayment { Brand = CardBrand.Mastercard, ThreeDs = new ShopThreeDs { Protocol = "2.2.0" } };
                }
                """,
        };
        test.TestState.AdditionalFiles.Add(ConsumerProject.Schema(UserSchemas.ShopPaymentId, UserSchemas.ShopPayment));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithLocation(0).WithArguments("ShopThreeDs", "Protocol", "mastercard", "shop-mastercard-protocol", "Mastercard needs the protocol version"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Severity_is_configurable_in_editorconfig()
    {
        var test = new Verify.Test
        {
            TestCode = PassThrough("""[ThreeDsCardBrand("mastercard")]""", """{|#0:new JpmPaymentsThreeDs|} { AuthenticationValue = cavv, AuthenticationTransactionId = "ds-1" }"""),
        };
        test.TestState.AnalyzerConfigFiles.Add(ConsumerProject.EditorConfig("dotnet_diagnostic.TDS1001.severity = error"));
        test.ExpectedDiagnostics.Add(ProgramProtocolMissing(0).WithSeverity(DiagnosticSeverity.Error));
        await test.RunAsync();

        var silenced = new Verify.Test
        {
            TestCode = PassThrough("""[ThreeDsCardBrand("mastercard")]""", """new JpmPaymentsThreeDs { AuthenticationValue = cavv, AuthenticationTransactionId = "ds-1" }"""),
        };
        silenced.TestState.AnalyzerConfigFiles.Add(ConsumerProject.EditorConfig("dotnet_diagnostic.TDS1001.severity = none"));
        await silenced.RunAsync();
    }
}
