using System.Collections.Generic;
using ThreeDsContracts.Adapters;
using ThreeDsContracts.Antom;
using ThreeDsContracts.Canonical;

namespace ThreeDsContracts.Cli.Conversion;

/// <summary><c>antom/notify-payment</c> → canonical result: <see cref="AntomAdapter.ToAuthenticationResult(AntomNotifyPayment, CardBrand?)"/> (the brand of <c>--brand</c> when the notification has none).</summary>
internal sealed class AntomNotifyPaymentReader : AdapterReader<AntomNotifyPayment>
{
    public AntomNotifyPaymentReader()
        : base("antom/notify-payment", AntomJsonContext.Default.AntomNotifyPayment, CanonicalDocuments.AuthenticationResult)
    {
    }

    public override string Name => "AntomAdapter.ToAuthenticationResult(AntomNotifyPayment)";

    protected override string Unread => "an authentication result takes the card brand and the 3DS result (paymentResultInfo.cardBrand, paymentResultInfo.threeDSResult)";

    protected override IEnumerable<string> Scopes(AntomNotifyPayment payload) => new[] { "paymentResultInfo.cardBrand", "paymentResultInfo.threeDSResult" };

    protected override void Convert(AntomNotifyPayment payload, AdapterReading reading) =>
        reading.Result(AntomAdapter.ToAuthenticationResult(payload, reading.Brand));
}

/// <summary><c>antom/card-metadata</c> → canonical result: the third-party 3DS <c>mpiData</c> (<see cref="AntomAdapter.ToAuthenticationResult(AntomMpiData, CardBrand?)"/>).</summary>
internal sealed class AntomCardMetaDataReader : AdapterReader<AntomCardPaymentMethodMetaData>
{
    public AntomCardMetaDataReader()
        : base("antom/card-metadata", AntomJsonContext.Default.AntomCardPaymentMethodMetaData, CanonicalDocuments.AuthenticationResult)
    {
    }

    public override string Name => "AntomAdapter.ToAuthenticationResult(AntomMpiData)";

    protected override string Unread => "an authentication result takes the third-party 3DS result (mpiData); the card data and Antom's 3DS flags are not part of it";

    protected override IEnumerable<string> Scopes(AntomCardPaymentMethodMetaData payload) => new[] { "mpiData" };

    protected override void Convert(AntomCardPaymentMethodMetaData payload, AdapterReading reading) =>
        AntomMpi.Read(payload, string.Empty, reading);
}

/// <summary><c>antom/pay</c> → canonical result: the <c>mpiData</c> of a third-party-3DS pay request (<see cref="AntomAdapter.ToAuthenticationResult(AntomMpiData, CardBrand?)"/>).</summary>
internal sealed class AntomPayReader : AdapterReader<AntomPayRequest>
{
    private const string MetaData = "paymentMethod.paymentMethodMetaData.";

    public AntomPayReader()
        : base("antom/pay", AntomJsonContext.Default.AntomPayRequest, CanonicalDocuments.AuthenticationResult)
    {
    }

    public override string Name => "AntomAdapter.ToAuthenticationResult(AntomMpiData)";

    protected override string Unread => "an authentication result takes the third-party 3DS result (paymentMethod.paymentMethodMetaData.mpiData); the card data and Antom's 3DS flags are not part of it";

    protected override IEnumerable<string> Scopes(AntomPayRequest payload) => new[] { MetaData + "mpiData" };

    protected override void Convert(AntomPayRequest payload, AdapterReading reading) =>
        AntomMpi.Read(payload.PaymentMethod.PaymentMethodMetaData, MetaData, reading);
}

/// <summary>canonical result → <c>antom/card-metadata</c>: <see cref="AntomAdapter.ToThirdPartyMetaData"/>.</summary>
internal sealed class AntomCardMetaDataWriter : AdapterWriter<AntomCardPaymentMethodMetaData>
{
    public AntomCardMetaDataWriter()
        : base("antom/card-metadata", AntomJsonContext.Default.AntomCardPaymentMethodMetaData, CanonicalDocuments.AuthenticationResult)
    {
    }

    public override string Name => "AntomAdapter.ToThirdPartyMetaData";

    protected override AntomCardPaymentMethodMetaData Build(AdapterWriting writing) => AntomMpi.Write(writing);
}

/// <summary>canonical result → <c>antom/pay</c>: a card pay request whose metadata is <see cref="AntomAdapter.ToThirdPartyMetaData"/>.</summary>
internal sealed class AntomPayWriter : AdapterWriter<AntomPayRequest>
{
    public AntomPayWriter()
        : base("antom/pay", AntomJsonContext.Default.AntomPayRequest, CanonicalDocuments.AuthenticationResult)
    {
    }

    public override string Name => "AntomAdapter.ToThirdPartyMetaData";

    protected override AntomPayRequest Build(AdapterWriting writing) => new()
    {
        PaymentMethod = new AntomPaymentMethod { PaymentMethodType = AntomPaymentMethodType.Card, PaymentMethodMetaData = AntomMpi.Write(writing) },
    };
}

/// <summary>The mpiData both Antom payloads carry.</summary>
internal static class AntomMpi
{
    public static void Read(AntomCardPaymentMethodMetaData? metaData, string prefix, AdapterReading reading)
    {
        if (metaData?.MpiData is { } mpiData)
        {
            reading.Result(AntomAdapter.ToAuthenticationResult(mpiData, reading.Brand), prefix);
        }
        else
        {
            reading.Report("$." + prefix + "mpiData", "absent: the payload carries no third-party 3DS result, so there is no authentication result to convert");
        }
    }

    public static AntomCardPaymentMethodMetaData Write(AdapterWriting writing)
    {
        AdapterResult<AntomCardPaymentMethodMetaData> metaData = AntomAdapter.ToThirdPartyMetaData(writing.Result() ?? new AuthenticationResult());
        writing.ResultGaps(metaData.Gaps);
        return metaData.Value;
    }
}
