using System;
using System.Collections.Generic;

namespace ThreeDsContracts.Cli.Conversion;

/// <summary>
/// Code-list mappings the schemas do not (yet) declare with <c>x-canonical</c>, for provider fields whose
/// <c>x-canonical-field</c> points at a canonical code list. Keyed by the provider field's schema location.
/// Values the provider documents only by example map only those examples; anything else is reported.
/// When the canonical mappings of issue 5 are generated for these fields (or the schemas gain
/// <c>x-canonical</c>), the schema's map wins and the entry here becomes unused.
/// </summary>
internal static class CliCodeMaps
{
    private const string Checkout = "jpm-checkout/payment-card-authentication-request#/definitions/";

    /// <summary>Location → (canonical set, wire value → canonical code). Booleans are keyed "true" / "false".</summary>
    public static readonly IReadOnlyDictionary<string, (string Set, IReadOnlyDictionary<string, string?> Map)> ByLocation =
        new Dictionary<string, (string, IReadOnlyDictionary<string, string?>)>(StringComparer.Ordinal)
        {
            // JPM Online Payments: EMV threeDSRequestorAuthenticationInd and transType by name.
            ["jpm-payments/common#/definitions/AuthenticationPurpose"] = ("canonical/request-context#/definitions/AuthenticationIndicator", Map(
                ("PAYMENT_TRANSACTION", "01"), ("RECURRING_TRANSACTION", "02"), ("INSTALLMENT_TRANSACTION", "03"), ("ADD_CARD", "04"),
                ("MAINTAIN_CARD", "05"), ("CARDHOLDER_VERIFICATION", "06"), ("BILLING_AGREEMENT", "07"))),
            ["jpm-payments/common#/definitions/ThreeDsTransactionType"] = ("canonical/request-context#/definitions/TransactionType", Map(
                ("GOODS_SERVICES", "01"), ("CHECK", "03"), ("ACCOUNT_FUNDING", "10"), ("QUASI_CASH", "11"), ("PREPAID", "28"))),

            // JPM Checkout: boolean indicators for the EMV two-value code lists.
            [Checkout + "CardholderAccountHistory/properties/consumerAccountSuspiciousActivityIndicator"] = ("canonical/suspicious-activity", Map(("false", "01"), ("true", "02"))),
            [Checkout + "CardholderAccountHistory/properties/consumerShipToNameIdenticalIndicator"] = ("canonical/ship-name-indicator", Map(("true", "01"), ("false", "02"))),
            [Checkout + "MerchantFraudRiskAssessment/properties/productRepurchase"] = ("canonical/reorder-items", Map(("false", "01"), ("true", "02"))),
            [Checkout + "MerchantFraudRiskAssessment/properties/productPreorder"] = ("canonical/pre-order-purchase", Map(("false", "01"), ("true", "02"))),

            // JPM Checkout: free strings whose only documented values are the seed's examples.
            [Checkout + "MerchantFraudRiskAssessment/properties/shipmentType"] = ("canonical/ship-indicator", Map(("SHIPPING_METHOD_SHIP_TO_BILLING_ADDRESS", "01"))),
            [Checkout + "MerchantFraudRiskAssessment/properties/deliveryTimeframe"] = ("canonical/delivery-timeframe", Map(("DELIVERY_TYPE_SAME_DAY_SHIPPING", "02"))),
            [Checkout + "RequestorAuthenticationInfo/properties/requestorAuthenticationMethod"] = ("canonical/requestor-authentication-method", Map(("REQUESTOR_AUTHENTICATION_METHOD_REQUESTOR_CRED", "02"))),
            [Checkout + "RequestorPriorTransactionAuthenticationInfo/properties/requestorAuthenticationMethod"] = ("canonical/prior-authentication-method", Map(("PRIOR_AUTHENTICATION_METHOD_FRICTIONLESS_AUTHENTICATION_BY_ACS", "01"))),
        };

    private static IReadOnlyDictionary<string, string?> Map(params (string Wire, string? Canonical)[] pairs)
    {
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach ((string wire, string? canonical) in pairs)
        {
            map[wire] = canonical;
        }

        return map;
    }
}
