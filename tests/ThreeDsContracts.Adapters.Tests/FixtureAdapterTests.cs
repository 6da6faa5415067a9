using System;
using System.Collections.Generic;
using System.Linq;
using ThreeDsContracts.Antom;
using ThreeDsContracts.Canonical;
using ThreeDsContracts.Ecommpay;
using ThreeDsContracts.Gateway;
using ThreeDsContracts.JpmCheckout;
using ThreeDsContracts.JpmPayments;
using Xunit;

namespace ThreeDsContracts.Adapters.Tests;

/// <summary>Every seed example an adapter takes, through its adapter, with what it must yield and report.</summary>
public class FixtureAdapterTests
{
    /// <summary>Schemas the adapters read; each valid fixture of them must be covered below.</summary>
    private static readonly string[] AdaptedSchemas =
    {
        "antom/notify-payment", "antom/card-metadata", "gateway/cres-message", "gateway/authentication-completed", "gateway/token",
        "gateway/authorize-request", "gateway/authorize-request#/definitions/BrowserInfo", "jpm-checkout/checkout-intent", "jpm-checkout/notifications",
        "jpm-payments/payment", "jpm-payments/verification", "ecommpay/payment-page", "ecommpay/payment-merchant-risk",
        "ecommpay/customer-account-info", "ecommpay/customer-shipping", "ecommpay/customer-mpi-result",
    };

    private static readonly HashSet<string> Covered = new(StringComparer.Ordinal)
    {
        "antom/notify-payment-antom-3ds-challenge.json", "antom/notify-payment-hosted-visa-3ds.json", "antom/notify-payment-no-3ds.json",
        "antom/rules/notify-payment-not-offered-with-eci.json", "antom/pay-s2s-third-party-3ds-metadata.json",
        "gateway/cres-message.json", "gateway/token-decoded.json", "gateway/authentication-completed.json", "gateway/authorize-request.json", "gateway/browser-info.json",
        "jpm-checkout/notifications-3ds.json", "jpm-checkout/checkout-intent-3ds.json", "jpm-checkout/checkout-intent-sca-exemption.json",
        "jpm-payments/payment-passthrough-3ds.json", "jpm-payments/payment-passthrough-cartes-bancaires.json", "jpm-payments/payment-orchestrated-3ds.json",
        "jpm-payments/verification-orchestrated-3ds-cartes-bancaires.json",
        "ecommpay/payment-page-base64-parameters.json", "ecommpay/payment-merchant-risk-example.json", "ecommpay/customer-account-info-example.json",
        "ecommpay/customer-shipping-example.json", "ecommpay/customer-mpi-result-example.json", "ecommpay/customer-mpi-result-decoded-seed-string.json",
    };

    [Fact]
    public void Every_valid_fixture_of_an_adapted_schema_is_run_through_its_adapter()
    {
        string[] providers = { "antom", "gateway", "jpm-checkout", "jpm-payments", "ecommpay" };
        var missing = providers
            .SelectMany(p => Repo.ValidFixtures(p).Where(f => AdaptedSchemas.Contains(f.Schema)).Select(f => p + "/" + f.File))
            .Where(f => !Covered.Contains(f) && !SpecFixtureAdapterTests.Files.Contains(f))
            .ToList();

        Assert.Empty(missing);
    }

    private static string[] Fields(IReadOnlyList<MappingGap> gaps) => gaps.Select(g => g.Field).ToArray();

    [Fact]
    public void Antom_challenge_notification_of_a_Mastercard_is_authenticated_with_status_Y()
    {
        var notification = Repo.Read<AntomNotifyPayment>("antom", "notify-payment-antom-3ds-challenge.json");

        AdapterResult<AuthenticationResult> result = AntomAdapter.ToAuthenticationResult(notification, CardBrand.Mastercard);

        AuthenticationResult r = result.Value;
        Assert.Equal(CardBrand.Mastercard, r.Brand!.Value.Value);
        Assert.Equal(Eci.Eci02, r.Eci!.Value.Value);
        Assert.Equal(TransStatus.Authenticated, r.TransStatus!.Value.Value);
        Assert.True(r.Challenged);
        Assert.Equal("2.2.0", r.MessageVersion);
        Assert.Equal("7ab0a8ad-*******-eed10f4b772", r.DsTransId);
        Assert.NotNull(r.AuthenticationValue);
        Assert.Null(r.ChallengeCancel);
        Assert.Null(r.TransStatusReason);
        Assert.Empty(result.Gaps);
    }

    [Fact]
    public void Antom_challenge_notification_without_a_brand_derives_no_status_and_says_why()
    {
        var notification = Repo.Read<AntomNotifyPayment>("antom", "notify-payment-antom-3ds-challenge.json");

        AdapterResult<AuthenticationResult> result = AntomAdapter.ToAuthenticationResult(notification);

        Assert.Null(result.Value.TransStatus);
        Assert.Equal(new[] { "paymentResultInfo.threeDSResult.eci" }, Fields(result.Gaps));
    }

    [Fact]
    public void Antom_hosted_Visa_notification_is_fully_authenticated_and_shifts_liability()
    {
        var notification = Repo.Read<AntomNotifyPayment>("antom", "notify-payment-hosted-visa-3ds.json");

        AdapterResult<AuthenticationResult> result = AntomAdapter.ToAuthenticationResult(notification);

        Assert.Equal(CardBrand.Visa, result.Value.Brand!.Value.Value);
        Assert.Equal(TransStatus.Authenticated, result.Value.TransStatus!.Value.Value);
        Assert.Equal("2.1.0", result.Value.MessageVersion);
        Assert.Empty(result.Gaps);
        Assert.True(LiabilityShift.Evaluate(result.Value).Shifts);
    }

    [Theory]
    [InlineData("notify-payment-no-3ds.json", null)]
    [InlineData("rules/notify-payment-not-offered-with-eci.json", "05")]
    public void Antom_notification_without_3ds_offered_has_no_status_and_reports_it(string file, string? eci)
    {
        var notification = Repo.Read<AntomNotifyPayment>("antom", file);

        AdapterResult<AuthenticationResult> result = AntomAdapter.ToAuthenticationResult(notification, CardBrand.Visa);

        Assert.Null(result.Value.TransStatus);
        Assert.Null(result.Value.AuthenticationValue);
        Assert.False(result.Value.Challenged);
        Assert.Equal(eci, result.Value.Eci?.Value.ToWireValue());
        Assert.Equal(new[] { "paymentResultInfo.threeDSResult.threeDSOffered" }, Fields(result.Gaps));
    }

    [Fact]
    public void Antom_third_party_mpi_data_becomes_a_result_and_goes_back_unchanged()
    {
        var metadata = Repo.Read<AntomCardPaymentMethodMetaData>("antom", "pay-s2s-third-party-3ds-metadata.json");

        AuthenticationResult result = AntomAdapter.ToAuthenticationResult(metadata.MpiData!).Value;
        AdapterResult<AntomCardPaymentMethodMetaData> back = AntomAdapter.ToThirdPartyMetaData(result);

        Assert.Equal(Eci.Eci02, result.Eci!.Value.Value);
        Assert.Equal("2.2.0", result.MessageVersion);
        Assert.Equal(metadata.MpiData, back.Value.MpiData);
        Assert.Empty(back.Gaps);
    }

    [Fact]
    public void Gateway_cres_with_token_is_a_challenged_result()
    {
        var cres = Repo.Read<GatewayChallengeResponseMessage>("gateway", "cres-message.json");
        var token = Repo.Read<GatewayToken>("gateway", "token-decoded.json");

        AdapterResult<AuthenticationResult> result = GatewayAdapter.ToAuthenticationResult(cres, GatewayTransactionStatus.Approved, token);

        AuthenticationResult r = result.Value;
        Assert.Equal(TransStatus.Authenticated, r.TransStatus!.Value.Value);
        Assert.True(r.Challenged);
        Assert.Equal(AuthenticationFlow.Challenge, r.AuthenticationFlow!.Value.Value);
        Assert.Equal("2.2.0", r.MessageVersion);
        Assert.Equal("abc123-server-trans-id", r.ThreeDSServerTransId);
        Assert.Equal("xyz789-acs-trans-id", r.AcsTransId);
        Assert.Equal(new[] { "status", "token.challengeWindowSize" }, Fields(result.Gaps));
    }

    [Fact]
    public void Gateway_authentication_completed_carries_the_cres_status()
    {
        var completed = Repo.Read<GatewayAuthenticationCompletedRequest>("gateway", "authentication-completed.json");

        AdapterResult<AuthenticationResult> result = GatewayAdapter.ToAuthenticationResult(completed.TransStatus);

        Assert.Equal(TransStatus.Authenticated, result.Value.TransStatus!.Value.Value);
        Assert.Empty(result.Gaps);
    }

    [Fact]
    public void Gateway_canceled_status_is_a_cardholder_cancel_and_session_expiry_is_reported()
    {
        AdapterResult<AuthenticationResult> canceled = GatewayAdapter.ToAuthenticationResult(cresTransStatus: null, finalStatus: GatewayTransactionStatus.Canceled);
        AdapterResult<AuthenticationResult> expired = GatewayAdapter.ToAuthenticationResult(cresTransStatus: null, finalStatus: GatewayTransactionStatus.SessionExpired);

        Assert.Equal(ChallengeCancel.CardholderCancelled, canceled.Value.ChallengeCancel!.Value.Value);
        Assert.Empty(canceled.Gaps);
        Assert.Null(expired.Value.ChallengeCancel);
        Assert.Equal(new[] { "status" }, Fields(expired.Gaps));
    }

    [Theory]
    [InlineData("authorize-request.json")]
    [InlineData("browser-info.json")]
    public void Gateway_browser_info_round_trips_through_the_canonical_context(string file)
    {
        GatewayAuthorizeRequest request = file == "browser-info.json"
            ? new GatewayAuthorizeRequest { BrowserInfo = Repo.Read<GatewayBrowserInfo>("gateway", file) }
            : Repo.Read<GatewayAuthorizeRequest>("gateway", file);

        AdapterResult<RequestContext> context = GatewayAdapter.ToRequestContext(request);
        AdapterResult<GatewayAuthorizeRequest> back = GatewayAdapter.ToAuthorizeRequest(context.Value);

        Assert.Equal(-120, context.Value.BrowserInfo!.TimeZoneOffset);
        Assert.Equal(24, context.Value.BrowserInfo.ColorDepth);
        Assert.Equal(request, back.Value);
        Assert.Empty(context.Gaps);
        Assert.Empty(back.Gaps);
    }

    [Fact]
    public void JPM_Checkout_notification_is_a_result_with_status_method_and_type()
    {
        var notifications = Repo.Read<JpmCheckoutNotifications>("jpm-checkout", "notifications-3ds.json");

        AdapterResult<AuthenticationResult> result = JpmCheckoutAdapter.ToAuthenticationResult(notifications.Messages![0]);

        Assert.Equal(TransStatus.Authenticated, result.Value.TransStatus!.Value.Value);
        Assert.Equal(AuthenticationMethod.SmsOtp, result.Value.AuthenticationMethod!.Value.Value);
        Assert.Equal(AuthenticationType.Dynamic, result.Value.AuthenticationType!.Value.Value);
        Assert.Equal(new[] { "orderNotification.threeDomainSecureTransaction.authenticationStatusReasonText" }, Fields(result.Gaps));
    }

    [Fact]
    public void JPM_Checkout_3ds_intent_becomes_a_request_context_with_dates_and_known_codes()
    {
        var intent = Repo.Read<JpmCheckoutIntentRequest>("jpm-checkout", "checkout-intent-3ds.json");

        AdapterResult<RequestContext> result = JpmCheckoutAdapter.ToRequestContext(intent);

        RequestContext c = result.Value;
        Assert.Equal(ChallengeIndicator.NoChallengeRequested, c.ChallengeIndicator!.Value.Value);
        Assert.Equal(new DateOnly(2023, 6, 4), c.AcctInfo!.ChAccDate);
        Assert.Equal(new DateOnly(2022, 10, 2), c.AcctInfo.PaymentAccAge);
        Assert.Null(c.AcctInfo.ChAccAgeInd);
        Assert.Equal(1, c.AcctInfo.ProvisionAttemptsDay);
        Assert.Equal(5, c.AcctInfo.NbPurchaseAccount);
        Assert.Equal(SuspiciousActivity.NoSuspiciousActivity, c.AcctInfo.SuspiciousAccActivity!.Value.Value);
        Assert.Equal(ShipNameIndicator.Identical, c.AcctInfo.ShipNameIndicator!.Value.Value);
        Assert.Equal(AddressMatch.Match, c.AddrMatch!.Value.Value);
        Assert.Equal(ShipIndicator.BillingAddress, c.MerchantRiskIndicator!.ShipIndicator!.Value.Value);
        Assert.Equal(DeliveryTimeframe.SameDayShipping, c.MerchantRiskIndicator.DeliveryTimeframe!.Value.Value);
        Assert.Equal(RequestorAuthenticationMethod.RequestorCredentials, c.RequestorAuthentication!.Method!.Value.Value);
        Assert.Equal(new DateTime(2023, 12, 6, 16, 31, 0, DateTimeKind.Utc), c.RequestorAuthentication.Timestamp);
        Assert.Equal(PriorAuthenticationMethod.FrictionlessByAcs, c.PriorAuthentication!.Method!.Value.Value);
        Assert.Equal("USD", c.Purchase!.Currency);
        Assert.Equal(1000, c.Purchase.Amount);
        const string P = "checkoutOptions.paymentCardAuthenticationRequest.";
        Assert.Equal(
            new[]
            {
                P + "purchaseInfo.lastPurchaseDate",
                P + "cardholderAccountHistory.accountCreateTimestamp", P + "cardholderAccountHistory.accountUpdateTimestamp",
                P + "cardholderAccountHistory.cardFirstUsedDate", P + "cardholderAccountHistory.consumerAccountPasswordUpdateTimestamp",
                P + "cardholderAccountHistory.consumerShippingAddressFirstUsageDate",
                P + "requestorAuthenticationInfo.threeDSAuthenticationTimestamp",
                P + "requestorPriorTransactionAuthenticationInfo.threeDSAuthenticationTimestamp",
            },
            Fields(result.Gaps));
    }

    [Fact]
    public void JPM_Checkout_exemption_intent_reads_second_timestamps_and_the_string_frequency()
    {
        var intent = Repo.Read<JpmCheckoutIntentRequest>("jpm-checkout", "checkout-intent-sca-exemption.json");

        RequestContext c = JpmCheckoutAdapter.ToRequestContext(intent).Value;

        Assert.Equal(ScaExemption.LowValuePayment, c.Exemption!.Value.Value);
        Assert.Equal(10, c.Purchase!.RecurringFrequency);
        Assert.Equal(DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(1706558896).UtcDateTime), c.AcctInfo!.ChAccDate);
        Assert.Equal("450083445", c.PriorAuthentication!.Reference);
        Assert.Equal(ReorderItems.FirstTimeOrdered, c.MerchantRiskIndicator!.ReorderItemsInd!.Value.Value);
        Assert.Equal(PreOrderPurchase.MerchandiseAvailable, c.MerchantRiskIndicator.PreOrderPurchaseInd!.Value.Value);
    }

    [Fact]
    public void JPM_pass_through_example_is_a_Visa_result_whose_protocol_2_lacks_the_full_version()
    {
        var request = Repo.Read<JpmPaymentsPaymentRequest>("jpm-payments", "payment-passthrough-3ds.json");

        AdapterResult<AuthenticationResult> result = JpmPaymentsAdapter.ToAuthenticationResult(request.PaymentMethodType.Card!.Authentication!, CardBrand.Visa);

        Assert.Equal(Eci.Eci05, result.Value.Eci!.Value.Value);
        Assert.Equal("01ade6ae340005c681c3a1890418", result.Value.Xid);
        Assert.Null(result.Value.DsTransId);
        Assert.Null(result.Value.MessageVersion);
        Assert.Equal(new[] { "threeDS.threeDSProgramProtocol" }, Fields(result.Gaps));
        Assert.Empty(request.Validate(CardBrand.Visa));
    }

    [Fact]
    public void JPM_Cartes_Bancaires_pass_through_carries_the_message_extensions()
    {
        var request = Repo.Read<JpmPaymentsPaymentRequest>("jpm-payments", "payment-passthrough-cartes-bancaires.json");

        AdapterResult<AuthenticationResult> result = JpmPaymentsAdapter.ToAuthenticationResult(request.PaymentMethodType.Card!.Authentication!, CardBrand.CartesBancaires);

        AuthenticationResult r = result.Value;
        Assert.Equal("f25084f0-5b16-4c0a-ae5d-b24808a95e4b", r.DsTransId);
        Assert.Equal("2.2.0", r.MessageVersion);
        Assert.Equal(TransStatus.NotAuthenticated, r.TransStatus!.Value.Value);
        Assert.Equal(TransStatusReason.CardAuthenticationFailed, r.TransStatusReason!.Value.Value);
        Assert.Equal("2", r.CbAuthenticationValueCalculationMethod);
        Assert.Equal("AAAA", r.CbExemption);
        Assert.Equal("12", r.CbScore);
        Assert.Equal(AuthenticationMethod.SmsOtp, r.AuthenticationMethod!.Value.Value);
        Assert.Equal(new[] { "threeDS.threeDSChallengeType", "threeDS.initialThreeDSAuthenticationResults" }, Fields(result.Gaps));
    }

    [Fact]
    public void JPM_orchestrated_payment_becomes_a_request_context()
    {
        var request = Repo.Read<JpmPaymentsPaymentRequest>("jpm-payments", "payment-orchestrated-3ds.json");

        AdapterResult<RequestContext> result = JpmPaymentsAdapter.ToRequestContext(request);

        RequestContext c = result.Value;
        Assert.Equal(8, c.BrowserInfo!.ColorDepth);
        Assert.Equal(1, c.BrowserInfo.TimeZoneOffset);
        Assert.Equal(ChallengeWindowSize.FullScreen, c.BrowserInfo.ChallengeWindowSize!.Value.Value);
        Assert.Equal("John Doe", c.Cardholder!.Name);
        Assert.Equal("11234567890", new[] { c.Cardholder.MobilePhone! }.Select(p => p.Cc + p.Subscriber).Single());
        Assert.Equal(AuthenticationIndicator.PaymentTransaction, c.AuthenticationIndicator!.Value.Value);
        Assert.Equal(TransactionType.GoodsOrServicePurchase, c.Purchase!.TransactionType!.Value.Value);
        Assert.Equal(14500, c.Purchase.Amount);
        Assert.Equal("merchantCheckoutPage.com", c.AuthenticationReturnUrl);
        Assert.Empty(result.Gaps);
    }

    [Fact]
    public void JPM_Cartes_Bancaires_verification_becomes_a_request_context()
    {
        var request = Repo.Read<JpmPaymentsVerificationRequest>("jpm-payments", "verification-orchestrated-3ds-cartes-bancaires.json");

        AdapterResult<RequestContext> result = JpmPaymentsAdapter.ToRequestContext(request);

        Assert.Equal(AuthenticationIndicator.AddCard, result.Value.AuthenticationIndicator!.Value.Value);
        Assert.Equal(ChallengeIndicator.ChallengeMandated, result.Value.ChallengeIndicator!.Value.Value);
        Assert.Equal("01", result.Value.CbUseCase);
        Assert.Null(result.Value.Purchase!.Amount);
        Assert.Equal("EUR", result.Value.Purchase.Currency);
    }

    [Fact]
    public void Ecommpay_seed_base64_parameters_decode_into_a_request_context()
    {
        var page = Repo.Read<EcommpayPaymentPage>("ecommpay", "payment-page-base64-parameters.json");

        AdapterResult<RequestContext> result = EcommpayAdapter.ToRequestContext(page);

        RequestContext c = result.Value;
        Assert.Equal(ChallengeIndicator.NoPreference, c.ChallengeIndicator!.Value.Value);
        Assert.Equal(123, c.MerchantRiskIndicator!.GiftCardAmount);
        Assert.Equal("USD", c.MerchantRiskIndicator.GiftCardCurr);
        Assert.Equal(AccountAge.NoAccount, c.AcctInfo!.ChAccAgeInd!.Value.Value);
        Assert.Equal(2222, c.AcctInfo.TxnActivityYear);
        Assert.Equal("442055526608", c.Cardholder!.HomePhone!.Subscriber);
        Assert.Equal("gamer12345", c.AcctId);
        Assert.Equal("Blackheath Ave", c.ShippingAddress!.Line1);
        Assert.Equal(PriorAuthenticationMethod.FrictionlessByAcs, c.PriorAuthentication!.Method!.Value.Value);
        Assert.Equal(new DateTime(2022, 10, 10, 10, 50, 0), c.PriorAuthentication.Timestamp);
        Assert.Equal(new[] { "payment_merchant_risk.payment.gift_card.amount", "payment_merchant_risk.payment.challenge_window" }, Fields(result.Gaps));
    }

    [Fact]
    public void Ecommpay_section_examples_decode_into_a_request_context()
    {
        var page = new EcommpayPaymentPage
        {
            PaymentMerchantRisk = new EncodedJson<EcommpayPaymentMerchantRisk>(Repo.Read<EcommpayPaymentMerchantRisk>("ecommpay", "payment-merchant-risk-example.json")),
            CustomerAccountInfo = new EncodedJson<EcommpayCustomerAccountInfo>(Repo.Read<EcommpayCustomerAccountInfo>("ecommpay", "customer-account-info-example.json")),
            CustomerShipping = new EncodedJson<EcommpayCustomerShipping>(Repo.Read<EcommpayCustomerShipping>("ecommpay", "customer-shipping-example.json")),
            CustomerMpiResult = new EncodedJson<EcommpayCustomerMpiResult>(Repo.Read<EcommpayCustomerMpiResult>("ecommpay", "customer-mpi-result-example.json")),
        };

        RequestContext c = EcommpayAdapter.ToRequestContext(page).Value;

        Assert.Equal(new DateOnly(2022, 10, 11), c.MerchantRiskIndicator!.PreOrderDate);
        Assert.Equal(222, c.AcctInfo!.TxnActivityYear);
        Assert.Equal(new DateTime(2022, 10, 1, 13, 12, 0), c.RequestorAuthentication!.Timestamp);
        Assert.Equal(RequestorAuthenticationMethod.NoAuthentication, c.RequestorAuthentication.Method!.Value.Value);
        Assert.Equal(ShipIndicator.BillingAddress, c.MerchantRiskIndicator.ShipIndicator!.Value.Value);
        Assert.Equal("LND", c.ShippingAddress!.State);
        Assert.Equal(new DateTime(2022, 10, 11, 10, 50, 0), c.PriorAuthentication!.Timestamp);
    }

    [Fact]
    public void Ecommpay_mpi_result_is_a_frictionless_result()
    {
        var mpi = Repo.Read<EcommpayCustomerMpiResult>("ecommpay", "customer-mpi-result-decoded-seed-string.json");

        AdapterResult<AuthenticationResult> result = EcommpayAdapter.ToAuthenticationResult(mpi);

        Assert.Equal("00000000-0005-5a5a-8000-016d3ea31d54", result.Value.AcsTransId);
        Assert.Equal(AuthenticationFlow.Frictionless, result.Value.AuthenticationFlow!.Value.Value);
        Assert.False(result.Value.Challenged);
        Assert.Equal(new DateTimeOffset(2022, 10, 10, 10, 50, 0, TimeSpan.Zero), result.Value.AuthenticationTimestamp!.Value.Value);
        Assert.Empty(result.Gaps);
    }
}
