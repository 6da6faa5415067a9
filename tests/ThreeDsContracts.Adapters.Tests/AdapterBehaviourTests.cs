using System;
using System.Linq;
using ThreeDsContracts.Antom;
using ThreeDsContracts.Canonical;
using ThreeDsContracts.Ecommpay;
using ThreeDsContracts.Gateway;
using ThreeDsContracts.JpmCheckout;
using ThreeDsContracts.JpmPayments;
using Xunit;

namespace ThreeDsContracts.Adapters.Tests;

public class AdapterBehaviourTests
{
    private static readonly DateTimeOffset PurchaseTime = new(2024, 3, 14, 10, 20, 31, TimeSpan.Zero);

    private static JpmPaymentsPaymentRequest Payment() => new()
    {
        Amount = 14500,
        Currency = "USD",
        Merchant = new JpmPaymentsMerchant { MerchantSoftware = new JpmPaymentsMerchantSoftware { CompanyName = "Shop", ProductName = "Cart" } },
        PaymentMethodType = new JpmPaymentsPaymentMethodType { Card = new JpmPaymentsPaymentCard { AccountNumber = "5555555555554444" } },
    };

    private static AuthenticationResult Mastercard() => Repo.Read<AuthenticationResult>("canonical", "mastercard-challenged-result.json");

    [Fact]
    public void Mastercard_pass_through_sends_the_ds_transaction_id_and_the_program_protocol()
    {
        AdapterResult<JpmPaymentsPaymentRequest> result = JpmPaymentsAdapter.WithPassThrough(Payment(), Mastercard());

        JpmPaymentsThreeDs threeDs = result.Value.PaymentMethodType.Card!.Authentication!.ThreeDS!;
        Assert.Equal("3b5b9c2e-6f0a-4d8e-9a41-7c2d8e1f0a55", threeDs.AuthenticationTransactionId);
        Assert.Equal(NumberOrString.FromString("2.2.0"), threeDs.ThreeDSProgramProtocol);
        Assert.Equal(JpmPaymentsElectronicCommerceIndicator.Eci02, result.Value.PaymentMethodType.Card.Authentication.ElectronicCommerceIndicator);
        Assert.Empty(result.Value.Validate(CardBrand.Mastercard));
    }

    [Fact]
    public void Mastercard_pass_through_without_program_protocol_is_reported_by_brand_validation()
    {
        AuthenticationResult withoutVersion = Mastercard() with { MessageVersion = null };

        AdapterResult<JpmPaymentsPaymentRequest> result = JpmPaymentsAdapter.WithPassThrough(Payment(), withoutVersion);

        Assert.Null(result.Value.PaymentMethodType.Card!.Authentication!.ThreeDS!.ThreeDSProgramProtocol);
        Assert.Contains(result.Value.Validate(CardBrand.Mastercard), f => f.RuleId == "jpm-payments-passthrough-program-protocol");
    }

    [Fact]
    public void Visa_pass_through_sends_the_xid_and_reports_the_ds_transaction_id()
    {
        AuthenticationResult visa = Repo.Read<AuthenticationResult>("canonical", "visa-frictionless-result.json") with { Xid = "01ade6ae340005c681c3a1890418" };

        AdapterResult<JpmPaymentsAuthentication> result = JpmPaymentsAdapter.ToPassThroughAuthentication(visa);

        Assert.Equal("01ade6ae340005c681c3a1890418", result.Value.ThreeDS!.AuthenticationTransactionId);
        Assert.Contains(result.Gaps, g => g.Field == "dsTransId");
        Assert.DoesNotContain(result.Gaps, g => g.Field == "xid");
    }

    [Fact]
    public void Visa_pass_through_without_xid_sends_no_transaction_id_and_validation_says_so()
    {
        AuthenticationResult visa = Repo.Read<AuthenticationResult>("canonical", "visa-frictionless-result.json");

        AdapterResult<JpmPaymentsPaymentRequest> result = JpmPaymentsAdapter.WithPassThrough(Payment(), visa);

        Assert.Null(result.Value.PaymentMethodType.Card!.Authentication!.ThreeDS!.AuthenticationTransactionId);
        Assert.Contains(result.Value.Validate(CardBrand.Visa), f => f.RuleId == "jpm-payments-passthrough-transaction-id");
    }

    [Fact]
    public void Pass_through_without_a_brand_reports_the_transaction_ids_instead_of_guessing()
    {
        AuthenticationResult unknownBrand = Mastercard() with { Brand = null, Xid = "x" };

        AdapterResult<JpmPaymentsAuthentication> result = JpmPaymentsAdapter.ToPassThroughAuthentication(unknownBrand);

        Assert.Null(result.Value.ThreeDS!.AuthenticationTransactionId);
        Assert.Contains(result.Gaps, g => g.Field == "dsTransId");
        Assert.Contains(result.Gaps, g => g.Field == "xid");
    }

    [Fact]
    public void Program_protocol_as_major_version_reports_the_minor_version_as_not_carried()
    {
        AdapterResult<JpmPaymentsAuthentication> result = JpmPaymentsAdapter.ToPassThroughAuthentication(Mastercard(), protocolForm: ProgramProtocolForm.MajorVersion);

        Assert.Equal(NumberOrString.FromNumber(2), result.Value.ThreeDS!.ThreeDSProgramProtocol);
        Assert.Contains(result.Gaps, g => g.Field == "messageVersion");
    }

    [Theory]
    [InlineData("03")]
    [InlineData("04")]
    public void Eci_without_a_JPM_code_is_reported_not_defaulted(string eci)
    {
        AuthenticationResult result = Mastercard() with { Eci = EciExtensions.ParseWireValue(eci) };

        AdapterResult<JpmPaymentsAuthentication> sent = JpmPaymentsAdapter.ToPassThroughAuthentication(result);

        Assert.Null(sent.Value.ElectronicCommerceIndicator);
        Assert.Contains(sent.Gaps, g => g.Field == "eci" && g.Reason.Contains(eci, StringComparison.Ordinal));
    }

    [Fact]
    public void Unrecognized_canonical_code_is_reported_not_defaulted()
    {
        AuthenticationResult result = Mastercard() with { TransStatus = Code<TransStatus>.Unrecognized("Q") };

        AdapterResult<JpmPaymentsAuthentication> sent = JpmPaymentsAdapter.ToPassThroughAuthentication(result);

        Assert.Null(sent.Value.ThreeDS!.Version2?.ThreeDSTransactionStatus);
        Assert.Contains(sent.Gaps, g => g.Field == "transStatus");
    }

    [Fact]
    public void Secure_payment_confirmation_status_has_no_JPM_code_and_is_reported()
    {
        AdapterResult<JpmPaymentsAuthentication> sent = JpmPaymentsAdapter.ToPassThroughAuthentication(Mastercard() with { TransStatus = TransStatus.SecurePaymentConfirmation });

        Assert.Contains(sent.Gaps, g => g.Field == "transStatus");
    }

    [Fact]
    public void Antom_mpi_data_disables_Antom_3ds_and_the_authentication_upgrade()
    {
        AdapterResult<AntomCardPaymentMethodMetaData> result = AntomAdapter.ToThirdPartyMetaData(Mastercard());

        Assert.False(result.Value.Is3DsAuthentication);
        Assert.False(result.Value.EnableAuthenticationUpgrade);
        Assert.Equal(AntomEci.Eci02, result.Value.MpiData!.Eci);
        Assert.Equal("2.2.0", result.Value.MpiData.ThreeDsVersion);
        Assert.Equal("3b5b9c2e-6f0a-4d8e-9a41-7c2d8e1f0a55", result.Value.MpiData.DsTransactionId);
    }

    [Fact]
    public void Antom_mpi_data_without_authentication_value_is_not_built_and_the_rest_is_reported()
    {
        AdapterResult<AntomCardPaymentMethodMetaData> result = AntomAdapter.ToThirdPartyMetaData(Mastercard() with { AuthenticationValue = null });

        Assert.Null(result.Value.MpiData);
        Assert.Contains(result.Gaps, g => g.Field == "eci" && g.Reason.Contains("authenticationValue", StringComparison.Ordinal));
        Assert.Contains(result.Gaps, g => g.Field == "dsTransId");
        Assert.Contains(result.Gaps, g => g.Field == "messageVersion");
    }

    [Fact]
    public void Account_created_12_days_before_the_purchase_is_age_indicator_03_on_the_ecommpay_page()
    {
        var context = new RequestContext { AcctInfo = new AccountInfo { ChAccDate = DateOnly.FromDateTime(PurchaseTime.UtcDateTime).AddDays(-12) } };

        AdapterResult<EcommpayPaymentPage> page = EcommpayAdapter.ToPaymentPage(context, PurchaseTime);

        EcommpayAccount account = page.Value.CustomerAccountInfo!.Value!.Customer.Account!;
        Assert.Equal(EcommpayAccountAgeIndicator.LessThan30Days, account.AgeIndicator);
        Assert.Equal("03", account.AgeIndicator!.Value.ToWireValue());
        Assert.Empty(page.Gaps);
    }

    [Fact]
    public void JPM_Checkout_dates_become_ecommpay_codes_for_the_given_purchase_time()
    {
        var intent = Repo.Read<JpmCheckoutIntentRequest>("jpm-checkout", "checkout-intent-3ds.json");
        var purchase = new DateTimeOffset(2023, 12, 16, 9, 0, 0, TimeSpan.Zero);
        RequestContext context = JpmCheckoutAdapter.ToRequestContext(intent).Value;

        EcommpayAccount account = EcommpayAdapter.ToPaymentPage(context, purchase).Value.CustomerAccountInfo!.Value!.Customer.Account!;
        EcommpayShipping shipping = EcommpayAdapter.ToPaymentPage(context, purchase).Value.CustomerShipping!.Value!.Customer.Shipping;

        Assert.Equal(EcommpayAccountAgeIndicator.MoreThan60Days, account.AgeIndicator);
        Assert.Equal(EcommpayAccountChangeIndicator.MoreThan60Days, account.ChangeIndicator);
        Assert.Equal(EcommpayPasswordChangeIndicator.LessThan30Days, account.PassChangeIndicator);
        Assert.Equal(EcommpayPaymentAgeIndicator.MoreThan60Days, account.PaymentAgeIndicator);
        Assert.Equal(EcommpayAddressUsageIndicator.LessThan30Days, shipping.AddressUsageIndicator);
    }

    [Fact]
    public void Without_a_purchase_time_no_code_is_derived_from_dates()
    {
        var context = new RequestContext { AcctInfo = new AccountInfo { ChAccDate = new DateOnly(2024, 3, 2) } };

        EcommpayAccount account = EcommpayAdapter.ToPaymentPage(context).Value.CustomerAccountInfo!.Value!.Customer.Account!;

        Assert.Null(account.AgeIndicator);
        Assert.Equal(new DateOnly(2024, 3, 2), account.Date);
    }

    [Fact]
    public void A_code_already_given_is_kept_even_when_the_date_says_otherwise()
    {
        var context = new RequestContext { AcctInfo = new AccountInfo { ChAccDate = new DateOnly(2024, 3, 2), ChAccAgeInd = AccountAge.MoreThan60Days } };

        EcommpayAccount account = EcommpayAdapter.ToPaymentPage(context, PurchaseTime).Value.CustomerAccountInfo!.Value!.Customer.Account!;

        Assert.Equal(EcommpayAccountAgeIndicator.MoreThan60Days, account.AgeIndicator);
    }

    [Fact]
    public void A_date_after_the_purchase_derives_no_code_and_is_reported()
    {
        var context = new RequestContext { AcctInfo = new AccountInfo { ChAccDate = new DateOnly(2024, 4, 1) } };

        AdapterResult<EcommpayPaymentPage> page = EcommpayAdapter.ToPaymentPage(context, PurchaseTime);

        Assert.Null(page.Value.CustomerAccountInfo!.Value!.Customer.Account!.AgeIndicator);
        Assert.Contains(page.Gaps, g => g.Field == "acctInfo.chAccDate");
    }

    [Theory]
    [InlineData(0, AccountAge.CreatedThisTransaction)]
    [InlineData(1, AccountAge.LessThan30Days)]
    [InlineData(29, AccountAge.LessThan30Days)]
    [InlineData(30, AccountAge.From30To60Days)]
    [InlineData(60, AccountAge.From30To60Days)]
    [InlineData(61, AccountAge.MoreThan60Days)]
    public void Account_age_code_follows_the_days_before_the_purchase(int days, AccountAge expected)
    {
        DateOnly created = DateOnly.FromDateTime(PurchaseTime.UtcDateTime).AddDays(-days);

        Assert.Equal(expected, AccountIndicators.AccountAgeOf(created, PurchaseTime));
    }

    [Fact]
    public void Days_are_counted_between_UTC_dates_of_the_purchase()
    {
        var lateEveningWest = new DateTimeOffset(2024, 3, 13, 23, 30, 0, TimeSpan.FromHours(-5));

        Assert.Equal(1, AccountIndicators.DaysBefore(new DateOnly(2024, 3, 13), lateEveningWest));
    }

    [Theory]
    [InlineData("EUR", 50, 5000)]
    [InlineData("JPY", 50, 50)]
    [InlineData("KWD", 50, 50000)]
    public void Ecommpay_gift_card_amount_is_sent_in_minor_units(string currency, long major, long minor)
    {
        var context = new RequestContext { MerchantRiskIndicator = new MerchantRiskIndicator { GiftCardAmount = major, GiftCardCurr = currency, GiftCardCount = 1 } };

        AdapterResult<EcommpayPaymentPage> page = EcommpayAdapter.ToPaymentPage(context);

        Assert.Equal(minor, page.Value.PaymentMerchantRisk!.Value!.Payment.GiftCard!.Amount);
        Assert.Empty(page.Gaps);
    }

    [Fact]
    public void Gift_card_amount_without_a_currency_is_reported_not_guessed()
    {
        var context = new RequestContext { MerchantRiskIndicator = new MerchantRiskIndicator { GiftCardAmount = 50 } };

        AdapterResult<EcommpayPaymentPage> page = EcommpayAdapter.ToPaymentPage(context);

        Assert.Null(page.Value.PaymentMerchantRisk!.Value!.Payment.GiftCard!.Amount);
        Assert.Contains(page.Gaps, g => g.Field == "merchantRiskIndicator.giftCardAmount");
    }

    [Theory]
    [InlineData("10")]
    [InlineData("14")]
    public void EMV_2_3_challenge_indicator_has_no_ecommpay_code_and_is_reported(string code)
    {
        var context = new RequestContext { ChallengeIndicator = ChallengeIndicatorExtensions.ParseWireValue(code) };

        AdapterResult<EcommpayPaymentPage> page = EcommpayAdapter.ToPaymentPage(context);

        Assert.Null(page.Value.PaymentMerchantRisk);
        Assert.Contains(page.Gaps, g => g.Field == "challengeIndicator" && g.Reason.Contains(code, StringComparison.Ordinal));
    }

    [Fact]
    public void Ecommpay_page_sections_are_written_as_base64_json()
    {
        RequestContext context = Repo.Read<RequestContext>("canonical", "request-context-full.json");

        string json = System.Text.Json.JsonSerializer.Serialize(EcommpayAdapter.ToPaymentPage(context, PurchaseTime).Value);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        string section = document.RootElement.GetProperty("customer_account_info").GetString()!;
        string decoded = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(section));

        Assert.StartsWith("{\"customer\":{", decoded, StringComparison.Ordinal);
        Assert.Contains("\"additional\":\"jane.doe.1984\"", decoded, StringComparison.Ordinal);
        Assert.Contains("\"date\":\"15-03-2021\"", decoded, StringComparison.Ordinal);
    }

    [Fact]
    public void Decoupled_authentication_has_no_ecommpay_flow_so_flow_and_challenged_are_reported()
    {
        var result = new AuthenticationResult { AuthenticationFlow = AuthenticationFlow.Decoupled, Challenged = true, AcsTransId = "acs" };

        AdapterResult<EcommpayCustomerMpiResult> sent = EcommpayAdapter.ToMpiResult(result);

        Assert.Null(sent.Value.Customer.MpiResult.AuthenticationFlow);
        Assert.Equal(new[] { "authenticationFlow", "challenged" }, sent.Gaps.Select(g => g.Field).ToArray());
    }

    [Fact]
    public void Frictionless_result_without_a_flow_is_sent_as_ecommpay_flow_01()
    {
        AdapterResult<EcommpayCustomerMpiResult> sent = EcommpayAdapter.ToMpiResult(new AuthenticationResult { Challenged = false });

        Assert.Equal(EcommpayAuthenticationFlow.Frictionless, sent.Value.Customer.MpiResult.AuthenticationFlow!.Value.Value);
        Assert.Empty(sent.Gaps);
    }

    [Fact]
    public void Gateway_browser_info_without_java_enabled_is_not_built_and_its_fields_are_reported()
    {
        var context = new RequestContext { BrowserInfo = Repo.Read<BrowserInfo>("canonical", "browser-info.json") with { JavaEnabled = null } };

        AdapterResult<GatewayAuthorizeRequest> result = GatewayAdapter.ToAuthorizeRequest(context);

        Assert.Null(result.Value.BrowserInfo);
        Assert.Contains(result.Gaps, g => g.Field == "browserInfo.userAgent" && g.Reason.Contains("javaEnabled", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("01", "PAYMENT_TRANSACTION")]
    [InlineData("02", "RECURRING_TRANSACTION")]
    [InlineData("03", "INSTALLMENT_TRANSACTION")]
    [InlineData("04", "ADD_CARD")]
    [InlineData("05", "MAINTAIN_CARD")]
    [InlineData("06", "CARDHOLDER_VERIFICATION")]
    [InlineData("07", "BILLING_AGREEMENT")]
    [InlineData("08", null)]
    [InlineData("09", null)]
    [InlineData("10", null)]
    public void Authentication_indicator_maps_to_the_JPM_authentication_purpose_both_ways(string indicator, string? purpose)
    {
        var context = new RequestContext { AuthenticationIndicator = AuthenticationIndicatorExtensions.ParseWireValue(indicator) };

        AdapterResult<JpmPaymentsPaymentRequest> sent = JpmPaymentsAdapter.WithRequestContext(Payment(), context);
        JpmPaymentsAuthenticationPurpose? written = sent.Value.PaymentMethodType.Card!.PaymentAuthenticationRequest!.ThreeDSRequestorAuthenticationInfo?.AuthenticationPurpose;

        Assert.Equal(purpose, written?.ToWireValue());
        Assert.Equal(purpose is null, sent.Gaps.Any(g => g.Field == "authenticationIndicator"));
        if (purpose is not null)
        {
            Assert.Equal(indicator, JpmPaymentsAdapter.ToRequestContext(sent.Value).Value.AuthenticationIndicator!.Value.Value.ToWireValue());
        }
    }

    [Fact]
    public void Every_JPM_authentication_purpose_and_transaction_type_has_an_EMV_code()
    {
        Assert.All(JpmPaymentsAuthenticationPurposeExtensions.Members, purpose => Assert.Empty(ContextOf(purpose, null).Gaps));
        Assert.All(JpmPaymentsThreeDsTransactionTypeExtensions.Members, type => Assert.Empty(ContextOf(null, type).Gaps));
    }

    private static AdapterResult<RequestContext> ContextOf(JpmPaymentsAuthenticationPurpose? purpose, JpmPaymentsThreeDsTransactionType? type)
    {
        JpmPaymentsPaymentRequest request = Payment();
        request = request with
        {
            PaymentMethodType = new JpmPaymentsPaymentMethodType
            {
                Card = request.PaymentMethodType.Card! with
                {
                    PaymentAuthenticationRequest = new JpmPaymentsAuthenticationRequest
                    {
                        ThreeDSRequestorAuthenticationInfo = new JpmPaymentsThreeDsRequestorAuthenticationInfo { AuthenticationPurpose = purpose },
                        ThreeDSPurchaseInfo = new JpmPaymentsThreeDsPurchaseInfo { ThreeDomainSecureTransactionType = type },
                    },
                },
            },
        };
        return JpmPaymentsAdapter.ToRequestContext(request);
    }

    [Theory]
    [InlineData("01", "GOODS_SERVICES")]
    [InlineData("03", "CHECK")]
    [InlineData("10", "ACCOUNT_FUNDING")]
    [InlineData("11", "QUASI_CASH")]
    [InlineData("28", "PREPAID")]
    public void Transaction_type_maps_to_the_JPM_transaction_type_both_ways(string transType, string jpm)
    {
        var context = new RequestContext { Purchase = new PurchaseInfo { TransactionType = TransactionTypeExtensions.ParseWireValue(transType) } };

        AdapterResult<JpmPaymentsPaymentRequest> sent = JpmPaymentsAdapter.WithRequestContext(Payment(), context);

        Assert.Equal(jpm, sent.Value.PaymentMethodType.Card!.PaymentAuthenticationRequest!.ThreeDSPurchaseInfo!.ThreeDomainSecureTransactionType!.Value.ToWireValue());
        Assert.Equal(transType, JpmPaymentsAdapter.ToRequestContext(sent.Value).Value.Purchase!.TransactionType!.Value.Value.ToWireValue());
    }

    [Theory]
    [InlineData("STATIC_PASSCODE", "01")]
    [InlineData("SMS_OTP", "02")]
    [InlineData("KEY_FOB", "03")]
    [InlineData("APP_OPT", "04")]
    [InlineData("OPT_OTHER", "05")]
    [InlineData("KBA", "06")]
    [InlineData("OOB_BIOMETRICS", "07")]
    [InlineData("OOB_LOGIN", "08")]
    [InlineData("OOB_OTHER", "09")]
    [InlineData("OTHER", "10")]
    [InlineData("PUSH_CONFIRMATION", "11")]
    public void JPM_Checkout_challenge_method_maps_to_the_EMV_authentication_method(string jpm, string emv)
    {
        var transaction = new JpmCheckoutThreeDomainSecureTransaction { ChallengeAuthenticationMethod = JpmCheckoutChallengeAuthenticationMethodExtensions.ParseWireValue(jpm) };

        AuthenticationResult result = JpmCheckoutAdapter.ToAuthenticationResult(transaction).Value;

        Assert.Equal(emv, result.AuthenticationMethod!.Value.Value.ToWireValue());
    }

    [Fact]
    public void Every_JPM_Checkout_challenge_method_is_in_the_table()
    {
        Assert.Equal(11, JpmCheckoutChallengeAuthenticationMethodExtensions.Members.Count);
    }

    [Fact]
    public void JPM_Checkout_code_without_a_documented_value_is_reported()
    {
        var context = new RequestContext { MerchantRiskIndicator = new MerchantRiskIndicator { ShipIndicator = ShipIndicator.DigitalGoods } };

        AdapterResult<JpmCheckoutIntentRequest> intent = JpmCheckoutAdapter.ToCheckoutIntent(context);

        Assert.Null(intent.Value.CheckoutOptions!.PaymentCardAuthenticationRequest!.PurchaseInfo!.MerchantFraudRiskAssessment!.ShipmentType);
        Assert.Contains(intent.Gaps, g => g.Field == "merchantRiskIndicator.shipIndicator");
    }

    [Fact]
    public void Reports_never_show_card_numbers_or_authentication_values()
    {
        AuthenticationResult result = Mastercard() with { Brand = null, Eci = Eci.Eci04, TransStatus = TransStatus.SecurePaymentConfirmation, CbScore = "not-a-number" };
        var notification = Repo.Read<AntomNotifyPayment>("antom", "notify-payment-hosted-visa-3ds.json");

        string[] reports = JpmPaymentsAdapter.ToPassThroughAuthentication(result).Gaps
            .Concat(AntomAdapter.ToThirdPartyMetaData(result with { DsTransId = null }).Gaps)
            .Concat(EcommpayAdapter.ToMpiResult(result).Gaps)
            .Concat(AntomAdapter.ToAuthenticationResult(notification, CardBrand.Mastercard).Gaps)
            .Concat(JpmPaymentsAdapter.WithRequestContext(Payment(), Repo.Read<RequestContext>("canonical", "request-context-full.json")).Gaps)
            .Select(g => g.ToString())
            .ToArray();

        Assert.NotEmpty(reports);
        Assert.All(reports, text =>
        {
            Assert.DoesNotContain(result.AuthenticationValue!, text, StringComparison.Ordinal);
            Assert.DoesNotContain(notification.PaymentResultInfo!.ThreeDsResult!.Cavv!, text, StringComparison.Ordinal);
            Assert.DoesNotContain("5555555555554444", text, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("2.2.0", ProgramProtocolForm.MessageVersion, "2.2.0", false)]
    [InlineData("2.2.0", ProgramProtocolForm.MajorVersion, "2", true)]
    [InlineData("2.1.0", ProgramProtocolForm.MajorVersion, "2", true)]
    public void Program_protocol_is_written_in_the_requested_form(string messageVersion, ProgramProtocolForm form, string text, bool isNumber)
    {
        Assert.True(ThreeDsProgramProtocol.TryFromMessageVersion(messageVersion, form, out NumberOrString protocol));
        Assert.Equal(text, protocol.Text);
        Assert.Equal(isNumber, protocol.IsNumber);
    }

    [Theory]
    [InlineData("2.x")]
    [InlineData("")]
    [InlineData("2..1")]
    [InlineData(".2")]
    public void Program_protocol_is_not_made_from_a_non_version(string messageVersion)
    {
        Assert.False(ThreeDsProgramProtocol.TryFromMessageVersion(messageVersion, ProgramProtocolForm.MessageVersion, out _));
    }

    [Fact]
    public void Program_protocol_2_matches_any_2_x_version_but_gives_no_message_version()
    {
        NumberOrString two = NumberOrString.FromNumber(2);

        Assert.True(ThreeDsProgramProtocol.Matches(two, "2.2.0"));
        Assert.True(ThreeDsProgramProtocol.Matches(two, "2.1.0"));
        Assert.False(ThreeDsProgramProtocol.Matches(NumberOrString.FromString("2.2.0"), "2.1.0"));
        Assert.False(ThreeDsProgramProtocol.TryGetMessageVersion(two, out _));
        Assert.True(ThreeDsProgramProtocol.TryGetMessageVersion(NumberOrString.FromString("2.3.1"), out string version));
        Assert.Equal("2.3.1", version);
        Assert.True(ThreeDsProgramProtocol.TryGetMajorVersion(NumberOrString.FromString("2.3.1"), out int major));
        Assert.Equal(2, major);
    }
}
