using System;
using ThreeDsContracts.Antom;
using ThreeDsContracts.Canonical;
using ThreeDsContracts.Ecommpay;
using ThreeDsContracts.JpmPayments;
using ThreeDsContracts.Metadata;

namespace ThreeDsContracts.AnalyzerDemo;

/// <summary>One method per analyzer rule; each builds a payload the rule reports.</summary>
internal static class Demo
{
    private static readonly JpmPaymentsMerchant Merchant = new()
    {
        MerchantSoftware = new JpmPaymentsMerchantSoftware { CompanyName = "Demo shop", ProductName = "Checkout" },
    };

    /// <summary>TDS1001: a Mastercard pass-through authentication without threeDSProgramProtocol.</summary>
    [ThreeDsCardBrand("mastercard")]
    internal static JpmPaymentsPaymentRequest Tds1001MastercardPassThrough(string pan, string cavv, string dsTransactionId) => new()
    {
        Amount = 1000,
        Currency = "EUR",
        Merchant = Merchant,
        PaymentMethodType = new JpmPaymentsPaymentMethodType
        {
            Card = new JpmPaymentsPaymentCard
            {
                AccountNumber = pan,
                Authentication = new JpmPaymentsAuthentication
                {
                    ElectronicCommerceIndicator = JpmPaymentsElectronicCommerceIndicator.Eci02,
                    ThreeDS = new JpmPaymentsThreeDs
                    {
                        AuthenticationValue = cavv,
                        AuthenticationTransactionId = dsTransactionId,
                    },
                },
            },
        },
    };

    /// <summary>TDS1002: an ecommpay Visa payment without customer_email or customer_phone.</summary>
    internal static EcommpayPaymentPage Tds1002VisaWithoutContact()
    {
        var page = new EcommpayPaymentPage
        {
            Billing_address = "1 High Street",
            Billing_city = "Exeter",
            Billing_country = "GB",
            Billing_postal = "EX1 1AA",
        };
        _ = page.Validate(CardBrand.Visa);
        return page;
    }

    /// <summary>TDS1003: a J.P. Morgan orchestrated request without authenticationReturnUrl.</summary>
    internal static JpmPaymentsPaymentRequest Tds1003OrchestratedWithoutReturnUrl(string pan, string userAgent, string ipAddress) => new()
    {
        Amount = 1000,
        Currency = "EUR",
        Merchant = Merchant,
        BrowserInfo = new JpmPaymentsBrowserInfo
        {
            BrowserAcceptHeader = "text/html",
            DeviceIPAddress = ipAddress,
            BrowserLanguage = "en-GB",
            BrowserColorDepth = "24",
            BrowserScreenHeight = "1080",
            BrowserScreenWidth = "1920",
            DeviceLocalTimeZone = "-60",
            BrowserUserAgent = userAgent,
            ChallengeWindowSize = JpmPaymentsChallengeWindowSize.FullScreen,
            JavaEnabled = false,
            JavaScriptEnabled = true,
        },
        PaymentMethodType = new JpmPaymentsPaymentMethodType
        {
            Card = new JpmPaymentsPaymentCard
            {
                AccountNumber = pan,
                PaymentAuthenticationRequest = new JpmPaymentsAuthenticationRequest
                {
                    ThreeDSRequestorAuthenticationInfo = new JpmPaymentsThreeDsRequestorAuthenticationInfo { AuthenticationPurpose = JpmPaymentsAuthenticationPurpose.PaymentTransaction },
                    ThreeDSPurchaseInfo = new JpmPaymentsThreeDsPurchaseInfo { PurchaseDate = DateTimeOffset.UnixEpoch, ThreeDomainSecureTransactionType = JpmPaymentsThreeDsTransactionType.GoodsServices },
                },
            },
        },
    };

    /// <summary>TDS1004: the trusted-merchant exemption (Visa only) for a Mastercard payment.</summary>
    [ThreeDsCardBrand("mastercard")]
    internal static JpmPaymentsAuthentication Tds1004ExemptionNotForMastercard() => new()
    {
        ScaExemptionReason = JpmPaymentsScaExemptionReason.TrustedMerchant,
    };

    /// <summary>TDS1005: Antom third-party 3DS (mpiData) while Antom's own 3DS stays on.</summary>
    internal static AntomPayRequest Tds1005ThirdParty3DsWithAntom3Ds(string cavv, string dsTransactionId) => new()
    {
        PaymentMethod = new AntomPaymentMethod
        {
            PaymentMethodType = AntomPaymentMethodType.Card,
            PaymentMethodMetaData = new AntomCardPaymentMethodMetaData
            {
                MpiData = new AntomMpiData { ThreeDsVersion = "2.2.0", Cavv = cavv, DsTransactionId = dsTransactionId, Eci = AntomEci.Eci05 },
                Is3DsAuthentication = true,
                EnableAuthenticationUpgrade = false,
            },
        },
    };

    /// <summary>TDS1006: ECI 05 (Visa's fully authenticated) for a Mastercard result.</summary>
    internal static AuthenticationResult Tds1006EciOfAnotherBrand() => new()
    {
        Brand = CardBrand.Mastercard,
        Eci = Eci.Eci05,
        TransStatus = TransStatus.Authenticated,
    };

    /// <summary>TDS1007: mpiData in an Antom payment session (only pay accepts third-party 3DS).</summary>
    internal static AntomCreatePaymentSessionRequest Tds1007MpiDataInASession(string cavv, string dsTransactionId) => new()
    {
        AvailablePaymentMethod = new AntomAvailablePaymentMethod
        {
            PaymentMethodMetaData = new AntomCardPaymentMethodMetaData
            {
                MpiData = new AntomMpiData { ThreeDsVersion = "2.2.0", Cavv = cavv, DsTransactionId = dsTransactionId, Eci = AntomEci.Eci02 },
                Is3DsAuthentication = false,
                EnableAuthenticationUpgrade = false,
            },
        },
    };
}
