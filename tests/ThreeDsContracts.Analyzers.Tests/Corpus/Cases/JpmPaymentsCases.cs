using System;
using ThreeDsContracts.Canonical;
using ThreeDsContracts.JpmPayments;
using ThreeDsContracts.Metadata;

namespace ThreeDsContracts.Analyzers.Tests.Corpus.Cases;

/// <summary>J.P. Morgan Online Payments /payments requests as an integration builds them (seed 003: pass-through, orchestrated, exemptions).</summary>
internal static class JpmPaymentsCases
{
    private static readonly JpmPaymentsMerchant Merchant = new() { MerchantSoftware = new JpmPaymentsMerchantSoftware { CompanyName = "Shop", ProductName = "Checkout" } };

    /// <summary>The account holder and browser of the seed's orchestrated example, as an integration keeps them at hand.</summary>
    private static readonly JpmPaymentsAccountHolder Holder = new()
    {
        FirstName = "John",
        LastName = "Doe",
        Email = "example@example.com",
        BillingAddress = new JpmPaymentsAddress { Line1 = "1234 Main Street", City = "New York", PostalCode = "10111", CountryCode = "US" },
        Phone = new JpmPaymentsPhone { CountryCode = "1", PhoneNumber = "1234567890" },
    };

    private static readonly JpmPaymentsBrowserInfo Browser = new()
    {
        BrowserAcceptHeader = "application/json",
        DeviceIPAddress = "192.168.1.11",
        BrowserLanguage = "en",
        BrowserColorDepth = "24",
        BrowserScreenHeight = "1080",
        BrowserScreenWidth = "1920",
        DeviceLocalTimeZone = "-60",
        BrowserUserAgent = "Mozilla/5.0",
        ChallengeWindowSize = JpmPaymentsChallengeWindowSize.FullScreen,
        JavaEnabled = false,
        JavaScriptEnabled = true,
    };

    private static JpmPaymentsPaymentRequest Request(JpmPaymentsAuthentication authentication) => new()
    {
        Amount = 14500,
        Currency = "EUR",
        Merchant = Merchant,
        PaymentMethodType = new JpmPaymentsPaymentMethodType { Card = new JpmPaymentsPaymentCard { AccountNumber = "4111111111111111", Authentication = authentication } },
    };

    [Case("visa")]
    [ThreeDsCardBrand("visa")]
    public static JpmPaymentsPaymentRequest VisaFrictionlessPassThrough() => new()
    {
        Amount = 14500,
        Currency = "EUR",
        Merchant = Merchant,
        PaymentMethodType = new JpmPaymentsPaymentMethodType
        {
            Card = new JpmPaymentsPaymentCard
            {
                AccountNumber = "4110144110144115",
                Authentication = new JpmPaymentsAuthentication
                {
                    ElectronicCommerceIndicator = JpmPaymentsElectronicCommerceIndicator.Eci05,
                    ThreeDS = new JpmPaymentsThreeDs { AuthenticationValue = "AABAIcJIo5DIzAgVAkiAAAAAAA=", AuthenticationTransactionId = "01ade6ae340005c681c3a1890418", ThreeDSProgramProtocol = 2 },
                },
            },
        },
    };

    [Case("mastercard")]
    [ThreeDsCardBrand("mastercard")]
    public static JpmPaymentsPaymentRequest MastercardChallengePassThrough()
    {
        var threeDs = new JpmPaymentsThreeDs { AuthenticationValue = "kBOHIZADoQAAAABBAAAAAAAAAAA=", AuthenticationTransactionId = "f25084f0-5b16-4c0a-ae5d-b24808a95e4b", ThreeDSProgramProtocol = "2.2.0" };
        var authentication = new JpmPaymentsAuthentication { ElectronicCommerceIndicator = JpmPaymentsElectronicCommerceIndicator.Eci02, ThreeDS = threeDs };
        return new JpmPaymentsPaymentRequest
        {
            Amount = 14500,
            Currency = "EUR",
            Merchant = Merchant,
            PaymentMethodType = new JpmPaymentsPaymentMethodType { Card = new JpmPaymentsPaymentCard { AccountNumber = "5100000000000008", Authentication = authentication } },
        };
    }

    [Case("mastercard")]
    public static JpmPaymentsPaymentRequest MastercardAttemptedCheckedWithValidate()
    {
        var request = new JpmPaymentsPaymentRequest
        {
            Amount = 2000,
            Currency = "GBP",
            Merchant = Merchant,
            PaymentMethodType = new JpmPaymentsPaymentMethodType
            {
                Card = new JpmPaymentsPaymentCard
                {
                    AccountNumber = "5100000000000008",
                    Authentication = new JpmPaymentsAuthentication
                    {
                        ElectronicCommerceIndicator = JpmPaymentsElectronicCommerceIndicator.Eci01,
                        ThreeDS = new JpmPaymentsThreeDs { AuthenticationValue = "AAABBEg0VhI0VniQEjRWAAAAAAA=", AuthenticationTransactionId = "ds-7", ThreeDSProgramProtocol = "2.1.0" },
                    },
                },
            },
        };
        _ = request.Validate(CardBrand.Mastercard);
        return request;
    }

    [Case("amex")]
    [ThreeDsCardBrand("amex")]
    public static JpmPaymentsPaymentRequest AmexPassThrough() => Request(new JpmPaymentsAuthentication
    {
        ElectronicCommerceIndicator = JpmPaymentsElectronicCommerceIndicator.Eci05,
        ThreeDS = new JpmPaymentsThreeDs { AuthenticationValue = "AAMBBBBBBBBBBBBBBBBBBBBBBBB=" },
    });

    [Case("discover")]
    [ThreeDsCardBrand("discover")]
    public static JpmPaymentsAuthentication DiscoverAttemptedPassThrough() => new()
    {
        ElectronicCommerceIndicator = JpmPaymentsElectronicCommerceIndicator.Eci06,
        ThreeDS = new JpmPaymentsThreeDs { AuthenticationValue = "AAMBBBBBBBBBBBBBBBBBBBBBBBB=" },
    };

    [Case("visa")]
    [ThreeDsCardBrand("visa")]
    public static JpmPaymentsPaymentRequest VisaThreeDs1FallbackWithXid() => new()
    {
        Amount = 990,
        Currency = "EUR",
        Merchant = Merchant,
        PaymentMethodType = new JpmPaymentsPaymentMethodType
        {
            Card = new JpmPaymentsPaymentCard
            {
                AccountNumber = "4111111111111111",
                Authentication = new JpmPaymentsAuthentication
                {
                    ElectronicCommerceIndicator = JpmPaymentsElectronicCommerceIndicator.Eci06,
                    ThreeDS = new JpmPaymentsThreeDs { AuthenticationValue = "CAACCVVUlwCXUyhQNlSXAAAAAAA=", AuthenticationTransactionId = "b2RlcmlkLTEyMzQ1Njc4OTAxMg==", ThreeDSProgramProtocol = "1.0.2" },
                },
            },
        },
    };

    [Case("mastercard")]
    [ThreeDsCardBrand("mastercard")]
    public static JpmPaymentsPaymentRequest MastercardRecurringExemptionOnly() => new()
    {
        Amount = 999,
        Currency = "EUR",
        Merchant = Merchant,
        PaymentMethodType = new JpmPaymentsPaymentMethodType
        {
            Card = new JpmPaymentsPaymentCard
            {
                AccountNumber = "5100000000000008",
                Authentication = new JpmPaymentsAuthentication { ScaExemptionReason = JpmPaymentsScaExemptionReason.RecurringPayment },
            },
        },
    };

    [Case("maestro")]
    [ThreeDsCardBrand("maestro")]
    public static JpmPaymentsPaymentRequest MaestroMerchantInitiatedExemption() =>
        Request(new JpmPaymentsAuthentication { ScaExemptionReason = JpmPaymentsScaExemptionReason.MerchantInitiatedTransaction });

    [Case("visa")]
    [ThreeDsCardBrand("visa")]
    public static JpmPaymentsAuthentication VisaTrustedMerchantExemption() => new() { ScaExemptionReason = JpmPaymentsScaExemptionReason.TrustedMerchant };

    [Case("visa")]
    public static JpmPaymentsPaymentRequest VisaLowValueExemptionCheckedWithValidate()
    {
        var request = new JpmPaymentsPaymentRequest
        {
            Amount = 1500,
            Currency = "EUR",
            Merchant = Merchant,
            PaymentMethodType = new JpmPaymentsPaymentMethodType
            {
                Card = new JpmPaymentsPaymentCard { AccountNumber = "4111111111111111", Authentication = new JpmPaymentsAuthentication { ScaExemptionReason = JpmPaymentsScaExemptionReason.LowValuePayment } },
            },
        };
        _ = request.Validate("visa");
        return request;
    }

    [Case("mastercard")]
    [ThreeDsCardBrand("mastercard")]
    public static JpmPaymentsPaymentRequest MastercardOrchestrated(string ipAddress, string userAgent) => new()
    {
        Amount = 14500,
        Currency = "USD",
        Merchant = Merchant,
        AccountHolder = Holder,
        BrowserInfo = Browser,
        PaymentMethodType = new JpmPaymentsPaymentMethodType
        {
            Card = new JpmPaymentsPaymentCard
            {
                AccountNumber = "5100000000000008",
                PaymentAuthenticationRequest = new JpmPaymentsAuthenticationRequest
                {
                    AuthenticationReturnUrl = "https://shop.example/3ds/return",
                    ThreeDSRequestorAuthenticationInfo = new JpmPaymentsThreeDsRequestorAuthenticationInfo { AuthenticationPurpose = JpmPaymentsAuthenticationPurpose.PaymentTransaction },
                    ThreeDSPurchaseInfo = new JpmPaymentsThreeDsPurchaseInfo { PurchaseDate = DateTimeOffset.UnixEpoch, ThreeDomainSecureTransactionType = JpmPaymentsThreeDsTransactionType.GoodsServices },
                },
            },
        },
    };

    [Case("mastercard", Wrong = true)]
    [ThreeDsCardBrand("mastercard")]
    public static JpmPaymentsPaymentRequest MastercardPassThroughWithoutProgramProtocol() => new()
    {
        Amount = 14500,
        Currency = "EUR",
        Merchant = Merchant,
        PaymentMethodType = new JpmPaymentsPaymentMethodType
        {
            Card = new JpmPaymentsPaymentCard
            {
                AccountNumber = "5100000000000008",
                Authentication = new JpmPaymentsAuthentication
                {
                    ElectronicCommerceIndicator = JpmPaymentsElectronicCommerceIndicator.Eci02,
                    ThreeDS = /*!TDS1001 ThreeDSProgramProtocol*/new JpmPaymentsThreeDs { AuthenticationValue = "kBOHIZADoQAAAABBAAAAAAAAAAA=", AuthenticationTransactionId = "ds-1" },
                },
            },
        },
    };

    [Case("visa", Wrong = true)]
    [ThreeDsCardBrand("visa")]
    public static JpmPaymentsPaymentRequest VisaPassThroughWithoutXid()
    {
        var threeDs = /*!TDS1001 AuthenticationTransactionId*/new JpmPaymentsThreeDs { AuthenticationValue = "AABAIcJIo5DIzAgVAkiAAAAAAA=" };
        var card = new JpmPaymentsPaymentCard { AccountNumber = "4111111111111111", Authentication = new JpmPaymentsAuthentication { ElectronicCommerceIndicator = JpmPaymentsElectronicCommerceIndicator.Eci05, ThreeDS = threeDs } };
        return new JpmPaymentsPaymentRequest { Amount = 100, Currency = "EUR", Merchant = Merchant, PaymentMethodType = new JpmPaymentsPaymentMethodType { Card = card } };
    }

    [Case("visa", Wrong = true)]
    [ThreeDsCardBrand("visa")]
    public static JpmPaymentsPaymentRequest VisaPassThroughWithoutThreeDs() => new()
    {
        Amount = 100,
        Currency = "EUR",
        Merchant = Merchant,
        PaymentMethodType = new JpmPaymentsPaymentMethodType
        {
            Card = new JpmPaymentsPaymentCard
            {
                AccountNumber = "4111111111111111",
                Authentication = /*!TDS1001 ThreeDS.AuthenticationValue*//*!TDS1001 ThreeDS.AuthenticationTransactionId*/new JpmPaymentsAuthentication { ElectronicCommerceIndicator = JpmPaymentsElectronicCommerceIndicator.Eci05 },
            },
        },
    };

    [Case("amex", Wrong = true)]
    [ThreeDsCardBrand("amex")]
    public static JpmPaymentsAuthentication AmexWithMastercardEci() => new()
    {
        ElectronicCommerceIndicator = /*!TDS1006 Eci02*/JpmPaymentsElectronicCommerceIndicator.Eci02,
        ThreeDS = new JpmPaymentsThreeDs { AuthenticationValue = "AAMBBBBBBBBBBBBBBBBBBBBBBBB=" },
    };

    [Case("mastercard", Wrong = true)]
    [ThreeDsCardBrand("mastercard")]
    public static JpmPaymentsAuthentication MastercardWithVisaEci() => new()
    {
        ElectronicCommerceIndicator = /*!TDS1006 Eci05*/JpmPaymentsElectronicCommerceIndicator.Eci05,
        ThreeDS = new JpmPaymentsThreeDs { AuthenticationValue = "kBOHIZADoQAAAABBAAAAAAAAAAA=", AuthenticationTransactionId = "ds-1", ThreeDSProgramProtocol = 2 },
    };

    [Case("mastercard", Wrong = true)]
    [ThreeDsCardBrand("mastercard")]
    public static JpmPaymentsAuthentication MastercardTrustedMerchantExemption() => new() { ScaExemptionReason = /*!TDS1004 TrustedMerchant*/JpmPaymentsScaExemptionReason.TrustedMerchant };

    [Case("visa", Wrong = true)]
    [ThreeDsCardBrand("visa")]
    public static JpmPaymentsPaymentRequest VisaRecurringExemption() =>
        Request(new JpmPaymentsAuthentication { ScaExemptionReason = /*!TDS1004 RecurringPayment*/JpmPaymentsScaExemptionReason.RecurringPayment });

    [Case("amex", Wrong = true)]
    [ThreeDsCardBrand("amex")]
    public static JpmPaymentsAuthentication AmexMerchantInitiatedExemption() => new() { ScaExemptionReason = /*!TDS1004 MerchantInitiatedTransaction*/JpmPaymentsScaExemptionReason.MerchantInitiatedTransaction };

    [Case("mastercard", Wrong = true)]
    public static JpmPaymentsPaymentRequest MastercardWithoutProgramProtocolCheckedWithValidate()
    {
        var threeDs = /*!TDS1001 ThreeDSProgramProtocol*/new JpmPaymentsThreeDs { AuthenticationValue = "kBOHIZADoQAAAABBAAAAAAAAAAA=", AuthenticationTransactionId = "ds-2" };
        var request = new JpmPaymentsPaymentRequest
        {
            Amount = 500,
            Currency = "EUR",
            Merchant = Merchant,
            PaymentMethodType = new JpmPaymentsPaymentMethodType
            {
                Card = new JpmPaymentsPaymentCard { AccountNumber = "5100000000000008", Authentication = new JpmPaymentsAuthentication { ElectronicCommerceIndicator = JpmPaymentsElectronicCommerceIndicator.Eci02, ThreeDS = threeDs } },
            },
        };
        _ = request.Validate(CardBrand.Mastercard);
        return request;
    }

    [Case("mastercard", Wrong = true)]
    [ThreeDsCardBrand("mastercard")]
    public static JpmPaymentsPaymentRequest OrchestratedWithoutReturnUrl() => new()
    {
        Amount = 14500,
        Currency = "USD",
        Merchant = Merchant,
        AccountHolder = Holder,
        BrowserInfo = Browser,
        PaymentMethodType = new JpmPaymentsPaymentMethodType
        {
            Card = new JpmPaymentsPaymentCard
            {
                AccountNumber = "5100000000000008",
                PaymentAuthenticationRequest = /*!TDS1003 AuthenticationReturnUrl*/new JpmPaymentsAuthenticationRequest
                {
                    ThreeDSRequestorAuthenticationInfo = new JpmPaymentsThreeDsRequestorAuthenticationInfo { AuthenticationPurpose = JpmPaymentsAuthenticationPurpose.PaymentTransaction },
                    ThreeDSPurchaseInfo = new JpmPaymentsThreeDsPurchaseInfo { PurchaseDate = DateTimeOffset.UnixEpoch, ThreeDomainSecureTransactionType = JpmPaymentsThreeDsTransactionType.GoodsServices },
                },
            },
        },
    };
}
