using ThreeDsContracts.Canonical;
using ThreeDsContracts.JpmCheckout;
using static ThreeDsContracts.Adapters.Conversions;

namespace ThreeDsContracts.Adapters;

/// <summary>
/// J.P. Morgan Checkout ↔ canonical: the 3DS transaction of an order notification into the canonical
/// <see cref="AuthenticationResult"/>; a canonical <see cref="RequestContext"/> into a checkout intent with its
/// <c>paymentCardAuthenticationRequest</c>, and back. Checkout carries account history as timestamps, not as
/// EMV codes; the codes are derived from the dates on the way to a provider that wants them
/// (<see cref="AccountIndicators"/>, with an explicit purchase time).
/// </summary>
public static class JpmCheckoutAdapter
{
    private const string Provider = "J.P. Morgan Checkout";

    // The seed lists no value sets for these strings; only the values its examples send are known.
    private const string ShipToBillingAddress = "SHIPPING_METHOD_SHIP_TO_BILLING_ADDRESS";
    private const string SameDayShipping = "DELIVERY_TYPE_SAME_DAY_SHIPPING";
    private const string RequestorCredentials = "REQUESTOR_AUTHENTICATION_METHOD_REQUESTOR_CRED";
    private const string FrictionlessByAcs = "PRIOR_AUTHENTICATION_METHOD_FRICTIONLESS_AUTHENTICATION_BY_ACS";
    private const string UndocumentedCode = "J.P. Morgan Checkout documents no value for this code (its examples show only ";

    private const string CodeFromDate = "J.P. Morgan Checkout carries the date, not the EMV code; derive the code back from the date and the purchase time";

    private static readonly FieldProfile IntentFields = new(
        new[]
        {
            "purchase.amount", "purchase.currency", "purchase.recurringFrequency", "cardholder.email", "challengeIndicator", "exemption", "addrMatch",
            "acctInfo.chAccDate", "acctInfo.chAccChange", "acctInfo.paymentAccAge", "acctInfo.provisionAttemptsDay", "acctInfo.chAccPwChange",
            "acctInfo.txnActivityDay", "acctInfo.txnActivityYear", "acctInfo.nbPurchaseAccount", "acctInfo.suspiciousAccActivity",
            "acctInfo.shipAddressUsage", "acctInfo.shipNameIndicator",
            "merchantRiskIndicator.shipIndicator", "merchantRiskIndicator.deliveryTimeframe", "merchantRiskIndicator.deliveryEmailAddress",
            "merchantRiskIndicator.reorderItemsInd", "merchantRiskIndicator.preOrderPurchaseInd", "merchantRiskIndicator.preOrderDate",
            "requestorAuthentication.method", "requestorAuthentication.timestamp", "requestorAuthentication.data",
            "priorAuthentication.method", "priorAuthentication.timestamp", "priorAuthentication.reference", "priorAuthentication.data",
        },
        "J.P. Morgan Checkout's checkout intent has no field for it",
        FieldProfile.Reason("acctInfo.chAccAgeInd", CodeFromDate + " (accountCreateTimestamp)"),
        FieldProfile.Reason("acctInfo.chAccChangeInd", CodeFromDate + " (accountUpdateTimestamp)"),
        FieldProfile.Reason("acctInfo.chAccPwChangeInd", CodeFromDate + " (consumerAccountPasswordUpdateTimestamp)"),
        FieldProfile.Reason("acctInfo.paymentAccInd", CodeFromDate + " (cardFirstUsedDate)"),
        FieldProfile.Reason("acctInfo.shipAddressUsageInd", CodeFromDate + " (consumerShippingAddressFirstUsageDate)"),
        FieldProfile.Reason("browserInfo.", "J.P. Morgan Checkout collects the browser data on its own page"),
        FieldProfile.Reason("billingAddress.", "the checkout intent carries no billing address"),
        FieldProfile.Reason("shippingAddress.", "the checkout intent carries no shipping address"),
        FieldProfile.Reason("merchantRiskIndicator.giftCardAmount", "merchantFraudRiskAssessment has no gift-card fields"),
        FieldProfile.Reason("merchantRiskIndicator.giftCardCurr", "merchantFraudRiskAssessment has no gift-card fields"),
        FieldProfile.Reason("merchantRiskIndicator.giftCardCount", "merchantFraudRiskAssessment has no gift-card fields"));

    /// <summary>
    /// The 3DS transaction of an order notification. The notification has no ECI, authentication value or
    /// transaction ids (Checkout authorises itself); the card brand is not in it either.
    /// </summary>
    /// <param name="transaction">orderNotification.threeDomainSecureTransaction.</param>
    /// <param name="brand">The card brand, when known.</param>
    /// <returns>The canonical result and what could not be carried.</returns>
    public static AdapterResult<AuthenticationResult> ToAuthenticationResult(JpmCheckoutThreeDomainSecureTransaction transaction, CardBrand? brand = null)
    {
        var gaps = new Gaps();
        AuthenticationResult result = FromTransaction(transaction, brand, inMessage: false, ref gaps);
        return gaps.Result(result);
    }

    /// <summary>The 3DS transaction of one notification message (see the transaction overload).</summary>
    /// <param name="message">One of the messages of GET /checkout/notifications.</param>
    /// <param name="brand">The card brand, when known.</param>
    /// <returns>The canonical result and what could not be carried.</returns>
    public static AdapterResult<AuthenticationResult> ToAuthenticationResult(JpmCheckoutNotificationMessage message, CardBrand? brand = null)
    {
        var gaps = new Gaps();
        if (message.OrderNotification?.ThreeDomainSecureTransaction is not { } transaction)
        {
            gaps.Add("orderNotification.threeDomainSecureTransaction", "the message carries no 3DS transaction");
            return gaps.Result(new AuthenticationResult { Brand = brand is { } b ? b : null });
        }

        return gaps.Result(FromTransaction(transaction, brand, inMessage: true, ref gaps));
    }

    private const string TransactionPrefix = "threeDomainSecureTransaction.";
    private const string MessagePrefix = "orderNotification.threeDomainSecureTransaction.";

    private const string ReasonTextNotCarried = "free text; the canonical result carries the EMV reason code (transStatusReason), which the notification does not give";

    // Fixed path and reason: one shared (immutable) gap each.
    private static readonly MappingGap ReasonTextInMessage = new(MessagePrefix + "authenticationStatusReasonText", ReasonTextNotCarried);
    private static readonly MappingGap ReasonTextInTransaction = new(TransactionPrefix + "authenticationStatusReasonText", ReasonTextNotCarried);

    // The field paths are constants (nothing is concatenated per call), one set for each place the transaction is read from.
    private static AuthenticationResult FromTransaction(JpmCheckoutThreeDomainSecureTransaction t, CardBrand? brand, bool inMessage, ref Gaps gaps)
    {
        if (t.AuthenticationStatusReasonText is not null)
        {
            gaps.Add(inMessage ? ReasonTextInMessage : ReasonTextInTransaction);
        }

        return new AuthenticationResult
        {
            Brand = brand is { } b ? b : null,
            TransStatus = ToCanonical(t.ThreeDsTransactionStatus, CodeMaps.JpmCheckoutThreeDsTransactionStatus, inMessage ? MessagePrefix + "threeDSTransactionStatus" : TransactionPrefix + "threeDSTransactionStatus", Provider, ref gaps),
            AuthenticationType = ToCanonical(t.ChallengeAuthenticationType, CodeMaps.JpmCheckoutChallengeAuthenticationType, inMessage ? MessagePrefix + "challengeAuthenticationType" : TransactionPrefix + "challengeAuthenticationType", Provider, ref gaps),
            AuthenticationMethod = ToCanonical(t.ChallengeAuthenticationMethod, CodeMaps.JpmCheckoutChallengeAuthenticationMethod, inMessage ? MessagePrefix + "challengeAuthenticationMethod" : TransactionPrefix + "challengeAuthenticationMethod", Provider, ref gaps),
        };
    }

    /// <summary>
    /// A checkout intent carrying the request context: currency, cart amount, consumer e-mail and
    /// <c>checkoutOptions.paymentCardAuthenticationRequest</c>. Merchant order number, authorization and
    /// capture options are not part of a request context: set them on the returned value.
    /// </summary>
    /// <param name="context">The canonical request context.</param>
    /// <returns>The checkout intent and what could not be carried.</returns>
    public static AdapterResult<JpmCheckoutIntentRequest> ToCheckoutIntent(RequestContext context)
    {
        var gaps = new Gaps();
        JpmCheckoutPaymentCardAuthenticationRequest authentication = AuthenticationRequest(context, ref gaps);
        var intent = new JpmCheckoutIntentRequest
        {
            CurrencyCode = context.Purchase?.Currency,
            Cart = context.Purchase?.Amount is { } amount ? new JpmCheckoutCart { TotalTransactionAmount = amount } : null,
            Consumer = context.Cardholder?.Email is { } email ? new JpmCheckoutConsumer { Email = email } : null,
            CheckoutOptions = new JpmCheckoutOptions { PaymentCardAuthenticationRequest = authentication },
        };
        CanonicalFields.ReportUnhandled(context, IntentFields, ref gaps);
        return gaps.Result(intent);
    }

    private static JpmCheckoutPaymentCardAuthenticationRequest AuthenticationRequest(RequestContext c, ref Gaps gaps)
    {
        AccountInfo? a = c.AcctInfo;
        MerchantRiskIndicator? m = c.MerchantRiskIndicator;
        RequestorAuthentication? q = c.RequestorAuthentication;
        PriorAuthentication? p = c.PriorAuthentication;
        bool? addressIdentical = c.AddrMatch is { } match ? (match.IsKnown ? match.Value == AddressMatch.Match : UnknownCode<bool>("addrMatch", match.UnrecognizedValue!, ref gaps)) : null;
        JpmCheckoutCardholderAccountHistory? history = a is null && addressIdentical is null ? null : new JpmCheckoutCardholderAccountHistory
        {
            AccountCreateTimestamp = a?.ChAccDate is { } created ? ToTimestamp(created) : null,
            AccountUpdateTimestamp = a?.ChAccChange is { } changed ? ToTimestamp(changed) : null,
            CardFirstUsedDate = a?.PaymentAccAge is { } enrolled ? ToTimestamp(enrolled) : null,
            ConsumerAccount24HoursAddCardCount = a?.ProvisionAttemptsDay,
            ConsumerAccountPasswordUpdateTimestamp = a?.ChAccPwChange is { } password ? ToTimestamp(password) : null,
            Last24HoursTransactionCount = a?.TxnActivityDay,
            LastYearTransactionCount = a?.TxnActivityYear,
            Last6MonthsPurchaseCount = a?.NbPurchaseAccount,
            ConsumerAccountSuspiciousActivityIndicator = a?.SuspiciousAccActivity is { } suspicious ? (suspicious.IsKnown ? suspicious.Value == SuspiciousActivity.SuspiciousActivityObserved : UnknownCode<bool>("acctInfo.suspiciousAccActivity", suspicious.UnrecognizedValue!, ref gaps)) : null,
            ConsumerAccountAddressIdenticalIndicator = addressIdentical,
            ConsumerShippingAddressFirstUsageDate = a?.ShipAddressUsage is { } firstUsed ? ToTimestamp(firstUsed) : null,
            ConsumerShipToNameIdenticalIndicator = a?.ShipNameIndicator is { } sameName ? (sameName.IsKnown ? sameName.Value == ShipNameIndicator.Identical : UnknownCode<bool>("acctInfo.shipNameIndicator", sameName.UnrecognizedValue!, ref gaps)) : null,
        };

        JpmCheckoutMerchantFraudRiskAssessment? risk = m is null ? null : new JpmCheckoutMerchantFraudRiskAssessment
        {
            ShipmentType = KnownString(m.ShipIndicator, ShipIndicator.BillingAddress, ShipToBillingAddress, ShipIndicatorExtensions.ToWireValue, "merchantRiskIndicator.shipIndicator", ref gaps),
            DeliveryTimeframe = KnownString(m.DeliveryTimeframe, Canonical.DeliveryTimeframe.SameDayShipping, SameDayShipping, DeliveryTimeframeExtensions.ToWireValue, "merchantRiskIndicator.deliveryTimeframe", ref gaps),
            OrderEmailAddress = m.DeliveryEmailAddress,
            ProductRepurchase = m.ReorderItemsInd is { } reorder ? (reorder.IsKnown ? reorder.Value == ReorderItems.Reordered : UnknownCode<bool>("merchantRiskIndicator.reorderItemsInd", reorder.UnrecognizedValue!, ref gaps)) : null,
            ProductPreorder = m.PreOrderPurchaseInd is { } preorder ? (preorder.IsKnown ? preorder.Value == PreOrderPurchase.FutureAvailability : UnknownCode<bool>("merchantRiskIndicator.preOrderPurchaseInd", preorder.UnrecognizedValue!, ref gaps)) : null,
            PreorderAvailabilityDate = m.PreOrderDate is { } available ? ToTimestamp(available) : null,
        };

        JpmCheckoutPurchaseInfo? purchase = risk is null && c.Purchase?.RecurringFrequency is null ? null : new JpmCheckoutPurchaseInfo
        {
            PaymentFrequency = c.Purchase?.RecurringFrequency is { } frequency ? NumberOrString.FromString(Text(frequency)) : (NumberOrString?)null,
            MerchantFraudRiskAssessment = risk,
        };

        return new JpmCheckoutPaymentCardAuthenticationRequest
        {
            ThreeDsChallengeType = ToProvider(c.ChallengeIndicator, CodeMaps.JpmCheckoutThreeDsChallengeType, "challengeIndicator", Provider, ref gaps),
            ScaExemptionReason = ToProvider(c.Exemption, CodeMaps.JpmCheckoutScaExemptionReason, "exemption", Provider, ref gaps),
            CardholderAccountHistory = history,
            PurchaseInfo = purchase,
            RequestorAuthenticationInfo = q is null ? null : new JpmCheckoutRequestorAuthenticationInfo
            {
                RequestorAuthenticationMethod = KnownString(q.Method, RequestorAuthenticationMethod.RequestorCredentials, RequestorCredentials, RequestorAuthenticationMethodExtensions.ToWireValue, "requestorAuthentication.method", ref gaps),
                ThreeDsAuthenticationTimestamp = q.Timestamp is { } at ? ToTimestamp(at) : null,
                ThreeDsAuthenticationData = q.Data,
            },
            RequestorPriorTransactionAuthenticationInfo = p is null ? null : new JpmCheckoutRequestorPriorTransactionAuthenticationInfo
            {
                AcsTransactionId = p.Reference,
                RequestorAuthenticationMethod = KnownString(p.Method, PriorAuthenticationMethod.FrictionlessByAcs, FrictionlessByAcs, PriorAuthenticationMethodExtensions.ToWireValue, "priorAuthentication.method", ref gaps),
                ThreeDsAuthenticationTimestamp = p.Timestamp is { } priorAt ? ToTimestamp(priorAt) : null,
                ThreeDsAuthenticationData = p.Data,
            },
        };
    }

    private static T? UnknownCode<T>(string field, string value, ref Gaps gaps)
        where T : struct
    {
        gaps.Add(field, Quote(value) + " is not a code of the canonical list; J.P. Morgan Checkout has no equivalent");
        return null;
    }

    /// <summary>A code J.P. Morgan Checkout spells as a string of which only one value is documented.</summary>
    private static string? KnownString<T>(Code<T>? code, T known, string providerValue, System.Func<T, string> wire, string field, ref Gaps gaps)
        where T : struct, System.Enum
    {
        if (code is not { } value)
        {
            return null;
        }

        if (value.IsKnown && System.Collections.Generic.EqualityComparer<T>.Default.Equals(value.Value, known))
        {
            return providerValue;
        }

        gaps.Add(field, UndocumentedCode + providerValue + " for " + wire(known) + "); code " + (WireText(code, wire) ?? string.Empty) + " is not sent");
        return null;
    }

    /// <summary>
    /// The canonical request context a checkout intent carries. Timestamps become EMV dates (UTC); the EMV codes
    /// Checkout does not send (account age and the like) stay absent: derive them with
    /// <see cref="AccountIndicators.WithDerivedCodes"/> and the purchase time, or let the receiving adapter do it.
    /// </summary>
    /// <param name="intent">The checkout intent.</param>
    /// <returns>The canonical request context and what could not be carried.</returns>
    public static AdapterResult<RequestContext> ToRequestContext(JpmCheckoutIntentRequest intent)
    {
        var gaps = new Gaps();
        const string Prefix = "checkoutOptions.paymentCardAuthenticationRequest.";
        JpmCheckoutPaymentCardAuthenticationRequest? r = intent.CheckoutOptions?.PaymentCardAuthenticationRequest;
        JpmCheckoutCardholderAccountHistory? h = r?.CardholderAccountHistory;
        JpmCheckoutPurchaseInfo? purchase = r?.PurchaseInfo;
        JpmCheckoutMerchantFraudRiskAssessment? risk = purchase?.MerchantFraudRiskAssessment;
        gaps.NotCarried(purchase?.LastPurchaseDate is not null, Prefix + "purchaseInfo.lastPurchaseDate", "EMV and the canonical model have no date of the last purchase");

        int? frequency = null;
        if (purchase?.PaymentFrequency is { } paymentFrequency)
        {
            if (TryParseInt(paymentFrequency.Text, out int days))
            {
                frequency = days;
            }
            else
            {
                gaps.Add(Prefix + "purchaseInfo.paymentFrequency", "not a whole number of days");
            }
        }

        AccountInfo? account = h is null ? null : new AccountInfo
        {
            ChAccDate = h.AccountCreateTimestamp is { } created ? ToDate(created, Prefix + "cardholderAccountHistory.accountCreateTimestamp", ref gaps) : null,
            ChAccChange = h.AccountUpdateTimestamp is { } changed ? ToDate(changed, Prefix + "cardholderAccountHistory.accountUpdateTimestamp", ref gaps) : null,
            PaymentAccAge = h.CardFirstUsedDate is { } firstUsed ? ToDate(firstUsed, Prefix + "cardholderAccountHistory.cardFirstUsedDate", ref gaps) : null,
            ProvisionAttemptsDay = Count(h.ConsumerAccount24HoursAddCardCount, Prefix + "cardholderAccountHistory.consumerAccount24HoursAddCardCount", ref gaps),
            ChAccPwChange = h.ConsumerAccountPasswordUpdateTimestamp is { } password ? ToDate(password, Prefix + "cardholderAccountHistory.consumerAccountPasswordUpdateTimestamp", ref gaps) : null,
            TxnActivityDay = Count(h.Last24HoursTransactionCount, Prefix + "cardholderAccountHistory.last24HoursTransactionCount", ref gaps),
            TxnActivityYear = Count(h.LastYearTransactionCount, Prefix + "cardholderAccountHistory.lastYearTransactionCount", ref gaps),
            NbPurchaseAccount = Count(h.Last6MonthsPurchaseCount, Prefix + "cardholderAccountHistory.last6MonthsPurchaseCount", ref gaps),
            SuspiciousAccActivity = h.ConsumerAccountSuspiciousActivityIndicator is { } suspicious ? (suspicious ? SuspiciousActivity.SuspiciousActivityObserved : SuspiciousActivity.NoSuspiciousActivity) : null,
            ShipAddressUsage = h.ConsumerShippingAddressFirstUsageDate is { } shipFirst ? ToDate(shipFirst, Prefix + "cardholderAccountHistory.consumerShippingAddressFirstUsageDate", ref gaps) : null,
            ShipNameIndicator = h.ConsumerShipToNameIdenticalIndicator is { } sameName ? (sameName ? ShipNameIndicator.Identical : ShipNameIndicator.Different) : null,
        };

        MerchantRiskIndicator? merchantRisk = risk is null ? null : new MerchantRiskIndicator
        {
            ShipIndicator = FromKnownString(risk.ShipmentType, ShipToBillingAddress, ShipIndicator.BillingAddress, Prefix + "purchaseInfo.merchantFraudRiskAssessment.shipmentType", ref gaps),
            DeliveryTimeframe = FromKnownString(risk.DeliveryTimeframe, SameDayShipping, Canonical.DeliveryTimeframe.SameDayShipping, Prefix + "purchaseInfo.merchantFraudRiskAssessment.deliveryTimeframe", ref gaps),
            DeliveryEmailAddress = risk.OrderEmailAddress,
            ReorderItemsInd = risk.ProductRepurchase is { } reorder ? (reorder ? ReorderItems.Reordered : ReorderItems.FirstTimeOrdered) : null,
            PreOrderPurchaseInd = risk.ProductPreorder is { } preorder ? (preorder ? PreOrderPurchase.FutureAvailability : PreOrderPurchase.MerchandiseAvailable) : null,
            PreOrderDate = risk.PreorderAvailabilityDate is { } available ? ToDate(available, Prefix + "purchaseInfo.merchantFraudRiskAssessment.preorderAvailabilityDate", ref gaps) : null,
        };

        JpmCheckoutRequestorAuthenticationInfo? q = r?.RequestorAuthenticationInfo;
        JpmCheckoutRequestorPriorTransactionAuthenticationInfo? p = r?.RequestorPriorTransactionAuthenticationInfo;
        var context = new RequestContext
        {
            Purchase = intent.CurrencyCode is null && intent.Cart?.TotalTransactionAmount is null && frequency is null ? null : new PurchaseInfo
            {
                Currency = intent.CurrencyCode,
                Amount = intent.Cart?.TotalTransactionAmount,
                RecurringFrequency = frequency,
            },
            Cardholder = intent.Consumer?.Email is { } email ? new Cardholder { Email = email } : null,
            ChallengeIndicator = ToCanonical(r?.ThreeDsChallengeType, CodeMaps.JpmCheckoutThreeDsChallengeType, Prefix + "threeDSChallengeType", Provider, ref gaps),
            Exemption = ToCanonical(r?.ScaExemptionReason, CodeMaps.JpmCheckoutScaExemptionReason, Prefix + "SCAExemptionReason", Provider, ref gaps),
            AddrMatch = h?.ConsumerAccountAddressIdenticalIndicator is { } identical ? (identical ? AddressMatch.Match : AddressMatch.NoMatch) : null,
            AcctInfo = account,
            MerchantRiskIndicator = merchantRisk,
            RequestorAuthentication = q is null ? null : new RequestorAuthentication
            {
                Method = FromKnownString(q.RequestorAuthenticationMethod, RequestorCredentials, RequestorAuthenticationMethod.RequestorCredentials, Prefix + "requestorAuthenticationInfo.requestorAuthenticationMethod", ref gaps),
                Timestamp = q.ThreeDsAuthenticationTimestamp is { } at ? ToMinute(at.Value, Prefix + "requestorAuthenticationInfo.threeDSAuthenticationTimestamp", "EMV YYYYMMDDHHMM", ref gaps) : null,
                Data = q.ThreeDsAuthenticationData,
            },
            PriorAuthentication = p is null ? null : new PriorAuthentication
            {
                Reference = p.AcsTransactionId,
                Method = FromKnownString(p.RequestorAuthenticationMethod, FrictionlessByAcs, PriorAuthenticationMethod.FrictionlessByAcs, Prefix + "requestorPriorTransactionAuthenticationInfo.requestorAuthenticationMethod", ref gaps),
                Timestamp = p.ThreeDsAuthenticationTimestamp is { } priorAt ? ToMinute(priorAt.Value, Prefix + "requestorPriorTransactionAuthenticationInfo.threeDSAuthenticationTimestamp", "EMV YYYYMMDDHHMM", ref gaps) : null,
                Data = p.ThreeDsAuthenticationData,
            },
        };
        return gaps.Result(context);
    }

    private static int? Count(long? value, string field, ref Gaps gaps)
    {
        if (value is not { } count)
        {
            return null;
        }

        if (count is >= 0 and <= int.MaxValue)
        {
            return (int)count;
        }

        gaps.Add(field, "not a count the canonical field can hold");
        return null;
    }

    private static Code<T>? FromKnownString<T>(string? text, string providerValue, T canonical, string field, ref Gaps gaps)
        where T : struct, System.Enum
    {
        if (text is null)
        {
            return null;
        }

        if (text == providerValue)
        {
            return canonical;
        }

        gaps.Add(field, Quote(text) + " is not a value J.P. Morgan Checkout documents (its examples show only " + providerValue + "), so its EMV code is unknown");
        return null;
    }

    /// <summary>challengeAuthenticationMethod ↔ EMV authenticationMethod 01–11 (the schema's list is not a canonical set).</summary>
    internal static AuthenticationMethod? MethodOf(JpmCheckoutChallengeAuthenticationMethod method) => method switch
    {
        JpmCheckoutChallengeAuthenticationMethod.StaticPasscode => AuthenticationMethod.StaticPasscode,
        JpmCheckoutChallengeAuthenticationMethod.SmsOtp => AuthenticationMethod.SmsOtp,
        JpmCheckoutChallengeAuthenticationMethod.KeyFob => AuthenticationMethod.KeyFobOrCardReaderOtp,
        JpmCheckoutChallengeAuthenticationMethod.AppOpt => AuthenticationMethod.AppOtp,
        JpmCheckoutChallengeAuthenticationMethod.OptOther => AuthenticationMethod.OtpOther,
        JpmCheckoutChallengeAuthenticationMethod.Kba => AuthenticationMethod.Kba,
        JpmCheckoutChallengeAuthenticationMethod.OobBiometrics => AuthenticationMethod.OobBiometrics,
        JpmCheckoutChallengeAuthenticationMethod.OobLogin => AuthenticationMethod.OobLogin,
        JpmCheckoutChallengeAuthenticationMethod.OobOther => AuthenticationMethod.OobOther,
        JpmCheckoutChallengeAuthenticationMethod.Other => AuthenticationMethod.Other,
        JpmCheckoutChallengeAuthenticationMethod.PushConfirmation => AuthenticationMethod.PushConfirmation,
        _ => null,
    };
}
