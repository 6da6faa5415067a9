using ThreeDsContracts.Antom;
using ThreeDsContracts.Metadata;

namespace ThreeDsContracts.Analyzers.Tests.Corpus.Cases;

/// <summary>Antom pay requests, payment sessions and notifications (seed 000: Antom 3DS, third-party 3DS with mpiData).</summary>
internal static class AntomCases
{
    private static AntomPayRequest Pay(AntomCardPaymentMethodMetaData metaData) => new() { PaymentMethod = new AntomPaymentMethod { PaymentMethodType = AntomPaymentMethodType.Card, PaymentMethodMetaData = metaData } };

    [Case("visa")]
    [ThreeDsCardBrand("visa")]
    public static AntomPayRequest VisaThirdPartyThreeDs() => new()
    {
        PaymentMethod = new AntomPaymentMethod
        {
            PaymentMethodType = AntomPaymentMethodType.Card,
            PaymentMethodMetaData = new AntomCardPaymentMethodMetaData
            {
                MpiData = new AntomMpiData { ThreeDsVersion = "2.2.0", Cavv = "cavvSample", DsTransactionId = "ds-1", Eci = AntomEci.Eci05 },
                Is3DsAuthentication = false,
                EnableAuthenticationUpgrade = false,
            },
        },
    };

    [Case("mastercard")]
    [ThreeDsCardBrand("mastercard")]
    public static AntomPayRequest MastercardThirdPartyThreeDs() => new()
    {
        PaymentMethod = new AntomPaymentMethod
        {
            PaymentMethodType = AntomPaymentMethodType.Card,
            PaymentMethodMetaData = new AntomCardPaymentMethodMetaData
            {
                MpiData = new AntomMpiData { ThreeDsVersion = "2.2.0", Cavv = "cavvSample", DsTransactionId = "ds-2", Eci = AntomEci.Eci02 },
                Is3DsAuthentication = false,
                EnableAuthenticationUpgrade = false,
            },
        },
    };

    [Case("visa")]
    public static AntomPayRequest HighRiskAntomThreeDs() => Pay(new AntomCardPaymentMethodMetaData { Is3DsAuthentication = true });

    [Case("visa")]
    public static AntomPayRequest LowRiskWithUpgrade() => Pay(new AntomCardPaymentMethodMetaData { Is3DsAuthentication = false, EnableAuthenticationUpgrade = true });

    [Case("mastercard")]
    public static AntomPayRequest LowRiskWithoutRetry() => Pay(new AntomCardPaymentMethodMetaData { Is3DsAuthentication = false, EnableAuthenticationUpgrade = false });

    [Case("visa")]
    public static AntomCreatePaymentSessionRequest SessionWithAntomThreeDs() => new()
    {
        AvailablePaymentMethod = new AntomAvailablePaymentMethod { PaymentMethodMetaData = new AntomCardPaymentMethodMetaData { Is3DsAuthentication = true } },
    };

    [Case("visa", Wrong = true)]
    public static AntomPayRequest ThirdPartyWithAntomThreeDsOn()
    {
        var metaData = new AntomCardPaymentMethodMetaData
        {
            MpiData = new AntomMpiData { ThreeDsVersion = "2.2.0", Cavv = "cavvSample", DsTransactionId = "ds-3", Eci = AntomEci.Eci05 },
            /*!TDS1005 Is3DsAuthentication*/Is3DsAuthentication = true,
            EnableAuthenticationUpgrade = false,
        };
        return new AntomPayRequest { PaymentMethod = new AntomPaymentMethod { PaymentMethodType = AntomPaymentMethodType.Card, PaymentMethodMetaData = metaData } };
    }

    [Case("visa", Wrong = true)]
    public static AntomPayRequest ThirdPartyWithoutUpgradeOff() => new()
    {
        PaymentMethod = new AntomPaymentMethod
        {
            PaymentMethodType = AntomPaymentMethodType.Card,
            PaymentMethodMetaData = /*!TDS1005 EnableAuthenticationUpgrade*/new AntomCardPaymentMethodMetaData
            {
                MpiData = new AntomMpiData { ThreeDsVersion = "2.2.0", Cavv = "cavvSample", DsTransactionId = "ds-4", Eci = AntomEci.Eci05 },
                Is3DsAuthentication = false,
            },
        },
    };

    [Case("visa", Wrong = true)]
    public static AntomPayRequest ThirdPartyWithIs3DsLeftEmpty() => new()
    {
        PaymentMethod = new AntomPaymentMethod
        {
            PaymentMethodType = AntomPaymentMethodType.Card,
            PaymentMethodMetaData = /*?TDS1005 Is3DsAuthentication*/new AntomCardPaymentMethodMetaData
            {
                MpiData = new AntomMpiData { ThreeDsVersion = "2.2.0", Cavv = "cavvSample", DsTransactionId = "ds-5", Eci = AntomEci.Eci05 },
                EnableAuthenticationUpgrade = false,
            },
        },
    };

    [Case("visa", Wrong = true)]
    public static AntomPayRequest AntomThreeDsWithIgnoredUpgrade() => new()
    {
        PaymentMethod = new AntomPaymentMethod
        {
            PaymentMethodType = AntomPaymentMethodType.Card,
            PaymentMethodMetaData = new AntomCardPaymentMethodMetaData { Is3DsAuthentication = true, /*?TDS1007 EnableAuthenticationUpgrade*/EnableAuthenticationUpgrade = true },
        },
    };

    [Case("mastercard", Wrong = true)]
    [ThreeDsCardBrand("mastercard")]
    public static AntomPayRequest MastercardThirdPartyWithVisaEci() => new()
    {
        PaymentMethod = new AntomPaymentMethod
        {
            PaymentMethodType = AntomPaymentMethodType.Card,
            PaymentMethodMetaData = new AntomCardPaymentMethodMetaData
            {
                MpiData = new AntomMpiData { ThreeDsVersion = "2.2.0", Cavv = "cavvSample", DsTransactionId = "ds-6", Eci = /*!TDS1006 Eci05*/AntomEci.Eci05 },
                Is3DsAuthentication = false,
                EnableAuthenticationUpgrade = false,
            },
        },
    };

    [Case("visa", Wrong = true)]
    public static AntomCreatePaymentSessionRequest SessionWithThirdPartyThreeDs() => new()
    {
        AvailablePaymentMethod = new AntomAvailablePaymentMethod
        {
            PaymentMethodMetaData = new AntomCardPaymentMethodMetaData
            {
                /*!TDS1007 MpiData*/MpiData = new AntomMpiData { ThreeDsVersion = "2.2.0", Cavv = "cavvSample", DsTransactionId = "ds-7", Eci = AntomEci.Eci05 },
                Is3DsAuthentication = false,
                EnableAuthenticationUpgrade = false,
            },
        },
    };
}
