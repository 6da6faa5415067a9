using ThreeDsContracts.Antom;
using ThreeDsContracts.Canonical;
using static ThreeDsContracts.Adapters.Conversions;

namespace ThreeDsContracts.Adapters;

/// <summary>
/// Antom ↔ canonical: the 3DS result of a <c>notifyPayment</c> notification into the canonical
/// <see cref="AuthenticationResult"/>, and a canonical result into the <c>mpiData</c> of a third-party-3DS
/// <c>pay</c> request (with <c>is3DSAuthentication</c> and <c>enableAuthenticationUpgrade</c> false, as Antom requires).
/// </summary>
public static class AntomAdapter
{
    private const string Provider = "Antom";

    private static readonly FieldProfile MpiDataFields = new(
        new[] { "eci", "messageVersion", "authenticationValue", "dsTransId" },
        "Antom's mpiData carries only eci, threeDSVersion, cavv and dsTransactionId",
        FieldProfile.Reason("brand", "Antom's mpiData has no brand; Antom reads it from the card number"),
        FieldProfile.Reason("transStatus", "Antom's mpiData has no transaction status; Antom reads the outcome from the ECI"),
        FieldProfile.Reason("transStatusReason", "Antom's mpiData has no transaction status reason"));

    /// <summary>
    /// The 3DS result of a notifyPayment notification. Antom sends no transStatus: it is derived from the ECI
    /// (read for the card brand) when the outcome is unambiguous: fully authenticated → Y, attempted → A.
    /// Empty strings stand for absent values. <c>threeDSOffered</c> false means Antom did not authenticate.
    /// Only the 3DS fields of the notification are read (not the payment amount or result).
    /// </summary>
    /// <param name="notification">The notification.</param>
    /// <param name="knownBrand">The card brand as the merchant knows it, used when the notification carries no <c>cardBrand</c>.</param>
    /// <returns>The canonical result and what could not be carried or derived.</returns>
    public static AdapterResult<AuthenticationResult> ToAuthenticationResult(AntomNotifyPayment notification, CardBrand? knownBrand = null)
    {
        var gaps = new Gaps();
        AntomPaymentResultInfo? info = notification.PaymentResultInfo;
        Code<CardBrand>? brand = ToCanonical(info?.CardBrand, CodeMaps.AntomCardBrand, "paymentResultInfo.cardBrand", Provider, ref gaps);
        if (brand is { } fromNotification && knownBrand is { } known && fromNotification.Value != known)
        {
            gaps.Add("paymentResultInfo.cardBrand", "the notification's brand differs from the brand given by the caller (" + known.ToWireValue() + "); the notification's is used");
        }

        if (brand is null && info?.CardBrand is null && knownBrand is { } given)
        {
            brand = given;
        }

        if (info?.ThreeDsResult is not { } threeDs)
        {
            gaps.Add("paymentResultInfo.threeDSResult", "the notification carries no 3DS result");
            return gaps.Result(new AuthenticationResult { Brand = brand });
        }

        return gaps.Result(FromThreeDsResult(threeDs, brand, "paymentResultInfo.threeDSResult.", ref gaps));
    }

    /// <summary>The 3DS result object of a notification, for a known brand (see the notification overload).</summary>
    /// <param name="threeDsResult">paymentResultInfo.threeDSResult.</param>
    /// <param name="brand">The card brand, needed to read the ECI.</param>
    /// <returns>The canonical result and what could not be carried or derived.</returns>
    public static AdapterResult<AuthenticationResult> ToAuthenticationResult(AntomThreeDsResult threeDsResult, CardBrand? brand)
    {
        var gaps = new Gaps();
        AuthenticationResult result = FromThreeDsResult(threeDsResult, brand is { } b ? b : null, "threeDSResult.", ref gaps);
        return gaps.Result(result);
    }

    private static AuthenticationResult FromThreeDsResult(AntomThreeDsResult r, Code<CardBrand>? brand, string prefix, ref Gaps gaps)
    {
        Code<Eci>? eci = null;
        if (r.Eci is { } antomEci)
        {
            if (!antomEci.IsKnown)
            {
                gaps.Add(prefix + "eci", Quote(antomEci.UnrecognizedValue!) + " is not an ECI");
            }
            else if (antomEci.Value.ToCanonicalOrNull() is { } canonicalEci)
            {
                eci = canonicalEci;
            }
        }

        // The status is derived before the result is built: one AuthenticationResult, no copy through `with`.
        TransStatus? status = null;
        if (r.ThreeDsOffered == false)
        {
            gaps.Add(prefix + "threeDSOffered", "false: Antom did not authenticate the cardholder, so there is no transaction status");
        }
        else if (eci is not { } code)
        {
            gaps.Add(prefix + "threeDSOffered", "Antom sends no transaction status and the result has no ECI to derive it from");
        }
        else
        {
            status = DeriveStatus(brand, code.Value, prefix, ref gaps);
        }

        return new AuthenticationResult
        {
            Brand = brand,
            Eci = eci,
            AuthenticationValue = Blank(r.Cavv),
            DsTransId = Blank(r.DsTransactionId),
            MessageVersion = Blank(r.ThreeDsVersion),
            Challenged = r.Challenged,
            ChallengeCancel = ParseCode<CodeMaps.ChallengeCancelText, ChallengeCancel>(r.ChallengeCancel),
            TransStatusReason = ParseCode<CodeMaps.TransStatusReasonText, TransStatusReason>(r.ThreeDsTransactionStatusReason),
            TransStatus = status,
        };
    }

    /// <summary>Fully authenticated → Y, attempted → A; other outcomes do not tell N, U and R apart.</summary>
    private static TransStatus? DeriveStatus(Code<CardBrand>? brand, Eci eci, string prefix, ref Gaps gaps)
    {
        if (brand is not { IsKnown: true } known)
        {
            gaps.Add(prefix + "eci", "the ECI's meaning depends on the card brand, which is not known; no transaction status is derived");
            return null;
        }

        switch (EciOutcomes.For(known.Value, eci))
        {
            case EciOutcome.FullyAuthenticated:
                return TransStatus.Authenticated;
            case EciOutcome.Attempted:
                return TransStatus.Attempted;
            case null:
                gaps.Add(prefix + "eci", "ECI " + eci.ToWireValue() + " is not assigned for " + known.Value.ToWireValue() + "; no transaction status is derived");
                return null;
            case { } other:
                gaps.Add(prefix + "eci", "ECI " + eci.ToWireValue() + " means " + other.ToWireValue() + " for " + known.Value.ToWireValue() + ", which does not tell the transaction status (N, U, R or I); none is derived");
                return null;
        }
    }

    /// <summary>
    /// The <c>paymentMethodMetaData</c> of a third-party-3DS pay request: <c>mpiData</c> from the result, with
    /// <c>is3DSAuthentication</c> and <c>enableAuthenticationUpgrade</c> false as Antom requires. The card data
    /// (number, expiry, CVV, name) is not part of a 3DS result: set it on the returned value. When one of
    /// eci, threeDSVersion, cavv and dsTransactionId is missing, Antom cannot take the result and no mpiData is built.
    /// </summary>
    /// <param name="result">The canonical result.</param>
    /// <returns>The metadata and what could not be carried.</returns>
    public static AdapterResult<AntomCardPaymentMethodMetaData> ToThirdPartyMetaData(AuthenticationResult result)
    {
        var gaps = new Gaps();
        AntomEci? eci = ToProvider(result.Eci, CodeMaps.AntomEci, "eci", Provider, ref gaps);
        string? missing = eci is null ? "eci" : result.MessageVersion is null ? "messageVersion" : result.AuthenticationValue is null ? "authenticationValue" : result.DsTransId is null ? "dsTransId" : null;
        AntomMpiData? mpiData = null;
        if (missing is null)
        {
            mpiData = new AntomMpiData
            {
                Eci = eci!.Value,
                ThreeDsVersion = result.MessageVersion!,
                Cavv = result.AuthenticationValue!,
                DsTransactionId = result.DsTransId!,
            };
        }
        else
        {
            string reason = "Antom's mpiData needs eci, threeDSVersion, cavv and dsTransactionId; without " + missing + " no mpiData is built";
            gaps.NotCarried(result.Eci is not null && eci is not null, "eci", reason);
            gaps.NotCarried(result.MessageVersion is not null, "messageVersion", reason);
            gaps.NotCarried(result.AuthenticationValue is not null, "authenticationValue", reason);
            gaps.NotCarried(result.DsTransId is not null, "dsTransId", reason);
        }

        CanonicalFields.ReportUnhandled(result, MpiDataFields, ref gaps);
        return gaps.Result(new AntomCardPaymentMethodMetaData
        {
            Is3DsAuthentication = false,
            EnableAuthenticationUpgrade = false,
            MpiData = mpiData,
        });
    }

    /// <summary>The result a third-party-3DS <c>mpiData</c> carries (the reverse of <see cref="ToThirdPartyMetaData"/>).</summary>
    /// <param name="mpiData">The mpiData.</param>
    /// <param name="brand">The card brand, when known (mpiData has none).</param>
    /// <returns>The canonical result.</returns>
    public static AdapterResult<AuthenticationResult> ToAuthenticationResult(AntomMpiData mpiData, CardBrand? brand = null)
    {
        var gaps = new Gaps();
        var result = new AuthenticationResult
        {
            Brand = brand is { } b ? b : null,
            Eci = ToCanonical((AntomEci?)mpiData.Eci, CodeMaps.AntomEci, "mpiData.eci", Provider, ref gaps),
            MessageVersion = mpiData.ThreeDsVersion,
            AuthenticationValue = mpiData.Cavv,
            DsTransId = mpiData.DsTransactionId,
        };
        return gaps.Result(result);
    }
}
