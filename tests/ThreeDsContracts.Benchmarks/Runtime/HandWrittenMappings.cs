using System;
using System.Globalization;
using ThreeDsContracts.Antom;
using ThreeDsContracts.Canonical;
using ThreeDsContracts.Ecommpay;
using ThreeDsContracts.Gateway;
using ThreeDsContracts.JpmCheckout;
using ThreeDsContracts.JpmPayments;

namespace ThreeDsContracts.Benchmarks.Runtime;

/// <summary>
/// What a developer would write by hand for the same fields as each adapter: direct property copies and the
/// generated code switches (or a switch of its own), no gap report. Each produces a value equal to the adapter's
/// (checked in the benchmark's setup).
/// </summary>
public static class HandWrittenMappings
{
    public static AuthenticationResult AntomNotification(AntomNotifyPayment n)
    {
        AntomPaymentResultInfo? info = n.PaymentResultInfo;
        Code<CardBrand>? brand = info?.CardBrand is { IsKnown: true } b && b.Value.ToCanonicalOrNull() is { } cb ? cb : null;
        AntomThreeDsResult? r = info?.ThreeDsResult;
        if (r is null)
        {
            return new AuthenticationResult { Brand = brand };
        }

        Code<Eci>? eci = r.Eci is { IsKnown: true } e && e.Value.ToCanonicalOrNull() is { } ce ? ce : null;
        TransStatus? status = null;
        if (r.ThreeDsOffered != false && eci is { } code && brand is { IsKnown: true } known)
        {
            status = EciOutcomes.For(known.Value, code.Value) switch
            {
                EciOutcome.FullyAuthenticated => TransStatus.Authenticated,
                EciOutcome.Attempted => TransStatus.Attempted,
                _ => null,
            };
        }

        return new AuthenticationResult
        {
            Brand = brand,
            Eci = eci,
            AuthenticationValue = string.IsNullOrEmpty(r.Cavv) ? null : r.Cavv,
            DsTransId = string.IsNullOrEmpty(r.DsTransactionId) ? null : r.DsTransactionId,
            MessageVersion = string.IsNullOrEmpty(r.ThreeDsVersion) ? null : r.ThreeDsVersion,
            Challenged = r.Challenged,
            ChallengeCancel = Parse<ChallengeCancel>(r.ChallengeCancel, ChallengeCancelExtensions.TryParseWireValue),
            TransStatusReason = Parse<TransStatusReason>(r.ThreeDsTransactionStatusReason, TransStatusReasonExtensions.TryParseWireValue),
            TransStatus = status,
        };
    }

    public static AntomCardPaymentMethodMetaData AntomMetaData(AuthenticationResult r)
    {
        AntomEci? eci = r.Eci is { IsKnown: true } e ? AntomEciCanonicalMapping.FromCanonicalOrNull(e.Value) : null;
        return new AntomCardPaymentMethodMetaData
        {
            Is3DsAuthentication = false,
            EnableAuthenticationUpgrade = false,
            MpiData = eci is { } code && r.MessageVersion is { } version && r.AuthenticationValue is { } cavv && r.DsTransId is { } ds
                ? new AntomMpiData { Eci = code, ThreeDsVersion = version, Cavv = cavv, DsTransactionId = ds }
                : null,
        };
    }

    public static AuthenticationResult GatewayChallenge(GatewayChallengeResponseMessage cres, GatewayToken token, CardBrand brand) => new()
    {
        Brand = brand,
        TransStatus = cres.TransStatus is { IsKnown: true } s && s.Value.ToCanonicalOrNull() is { } status ? status : null,
        Challenged = true,
        AuthenticationFlow = AuthenticationFlow.Challenge,
        MessageVersion = token.MessageVersion,
        ThreeDSServerTransId = token.ThreeDsServerTransId,
        AcsTransId = token.AcsTransID,
    };

    public static AuthenticationResult JpmCheckoutNotification(JpmCheckoutNotificationMessage message, CardBrand brand)
    {
        JpmCheckoutThreeDomainSecureTransaction? t = message.OrderNotification?.ThreeDomainSecureTransaction;
        if (t is null)
        {
            return new AuthenticationResult { Brand = brand };
        }

        return new AuthenticationResult
        {
            Brand = brand,
            TransStatus = t.ThreeDsTransactionStatus is { IsKnown: true } s && s.Value.ToCanonicalOrNull() is { } status ? status : null,
            AuthenticationType = t.ChallengeAuthenticationType is { IsKnown: true } a && a.Value.ToCanonicalOrNull() is { } type ? type : null,
            AuthenticationMethod = t.ChallengeAuthenticationMethod is { IsKnown: true } m && Method(m.Value) is { } method ? method : null,
        };
    }

    public static JpmPaymentsAuthentication JpmPassThrough(AuthenticationResult r)
    {
        CardBrand? brand = r.Brand is { IsKnown: true } b ? b.Value : null;
        string? transactionId = brand is null ? null : brand == CardBrand.Visa ? r.Xid : r.DsTransId;
        JpmPaymentsThreeDsTransactionStatus? status = r.TransStatus is { IsKnown: true } s ? JpmPaymentsThreeDsTransactionStatusCanonicalMapping.FromCanonicalOrNull(s.Value) : null;
        string? reason = r.TransStatusReason is { } code ? (code.IsKnown ? code.Value.ToWireValue() : code.UnrecognizedValue) : null;
        string? method = r.AuthenticationMethod is { } am ? (am.IsKnown ? am.Value.ToWireValue() : am.UnrecognizedValue) : null;
        NumberOrString? protocol = r.MessageVersion is { Length: > 0 } version && char.IsDigit(version[0]) ? NumberOrString.FromString(version) : (NumberOrString?)null;
        long? score = r.CbScore is { } text && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long parsed) ? parsed : null;
        bool any = r.AuthenticationValue is not null || transactionId is not null || protocol is not null || status is not null || reason is not null
            || r.CbAuthenticationValueCalculationMethod is not null || r.CbExemption is not null || score is not null || method is not null;
        return new JpmPaymentsAuthentication
        {
            ElectronicCommerceIndicator = r.Eci is { IsKnown: true } e ? JpmPaymentsElectronicCommerceIndicatorCanonicalMapping.FromCanonicalOrNull(e.Value) : null,
            ScaExemptionReason = r.Exemption is { IsKnown: true } x ? JpmPaymentsScaExemptionReasonCanonicalMapping.FromCanonicalOrNull(x.Value) : null,
            ThreeDS = !any ? null : new JpmPaymentsThreeDs
            {
                AuthenticationValue = r.AuthenticationValue,
                AuthenticationTransactionId = transactionId,
                ThreeDSProgramProtocol = protocol,
                Version2 = status is null && reason is null ? null : new JpmPaymentsThreeDsVersion2 { ThreeDSTransactionStatus = status, ThreeDSTransactionStatusReasonCode = reason },
                AuthenticationValueCalculationMethod = r.CbAuthenticationValueCalculationMethod,
                IssuerAssignedAuthenticationExemptionEncoded = r.CbExemption,
                IssuerAssignedAuthenticationFraudScore = score,
                ThreeDomainSecureAuthenticationMethodCode = method,
            },
        };
    }

    public static AuthenticationResult JpmAuthentication(JpmPaymentsAuthentication authentication, CardBrand brand)
    {
        JpmPaymentsThreeDs? t = authentication.ThreeDS;
        string? id = t?.AuthenticationTransactionId;
        string? protocol = t?.ThreeDSProgramProtocol?.Text;
        return new AuthenticationResult
        {
            Brand = brand,
            Eci = authentication.ElectronicCommerceIndicator is { IsKnown: true } e && e.Value.ToCanonicalOrNull() is { } eci ? eci : null,
            Exemption = authentication.ScaExemptionReason?.ToCanonicalOrNull() is { } exemption ? exemption : null,
            AuthenticationValue = t?.AuthenticationValue,
            DsTransId = brand == CardBrand.Visa ? null : id,
            Xid = brand == CardBrand.Visa ? id : null,
            MessageVersion = protocol is not null && protocol.IndexOf('.') > 0 && protocol.IndexOf('.') != protocol.LastIndexOf('.') ? protocol : null,
            TransStatus = t?.Version2?.ThreeDSTransactionStatus?.ToCanonicalOrNull() is { } status ? status : null,
            TransStatusReason = Parse<TransStatusReason>(t?.Version2?.ThreeDSTransactionStatusReasonCode, TransStatusReasonExtensions.TryParseWireValue),
            AuthenticationMethod = Parse<AuthenticationMethod>(t?.ThreeDomainSecureAuthenticationMethodCode, AuthenticationMethodExtensions.TryParseWireValue),
            CbAuthenticationValueCalculationMethod = t?.AuthenticationValueCalculationMethod,
            CbExemption = t?.IssuerAssignedAuthenticationExemptionEncoded,
            CbScore = t?.IssuerAssignedAuthenticationFraudScore is { } score ? score.ToString(CultureInfo.InvariantCulture) : null,
        };
    }

    public static AuthenticationResult EcommpayMpi(EcommpayCustomerMpiResult section, CardBrand brand)
    {
        EcommpayMpiResult mpi = section.Customer.MpiResult;
        AuthenticationFlow? flow = mpi.AuthenticationFlow is { IsKnown: true } f ? f.Value.ToCanonicalOrNull() : null;
        return new AuthenticationResult
        {
            Brand = brand,
            AcsTransId = mpi.AcsOperationId,
            AuthenticationFlow = flow,
            Challenged = flow is { } known ? known != AuthenticationFlow.Frictionless : null,
            AuthenticationTimestamp = mpi.AuthenticationTimestamp is { } at ? new IsoDateTime(new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc))) : null,
        };
    }

    public static EcommpayCustomerMpiResult EcommpayFromResult(AuthenticationResult r)
    {
        EcommpayAuthenticationFlow? flow = r.AuthenticationFlow is { IsKnown: true } f ? EcommpayAuthenticationFlowCanonicalMapping.FromCanonicalOrNull(f.Value) : null;
        if (flow is null && r.AuthenticationFlow is null && r.Challenged == false)
        {
            flow = EcommpayAuthenticationFlow.Frictionless;
        }

        DateTime? minute = null;
        if (r.AuthenticationTimestamp is { } at)
        {
            DateTime utc = at.Value.UtcDateTime;
            minute = new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, 0, DateTimeKind.Utc);
        }

        return new EcommpayCustomerMpiResult
        {
            Customer = new EcommpayMpiResultCustomer
            {
                MpiResult = new EcommpayMpiResult { AcsOperationId = r.AcsTransId, AuthenticationFlow = flow is { } value ? value : null, AuthenticationTimestamp = minute },
            },
        };
    }

    private static Code<T>? Parse<T>(string? text, TryParse<T> parse)
        where T : struct, Enum =>
        string.IsNullOrEmpty(text) ? null : parse(text.AsSpan(), out T value) ? value : Code<T>.Unrecognized(text);

    private static AuthenticationMethod? Method(JpmCheckoutChallengeAuthenticationMethod method) => method switch
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

    /// <summary>The authorize request's browser_info and return_url as a canonical context (what the generated GatewayAuthorizeRequestAdapter does).</summary>
    public static RequestContext GatewayRequestContext(GatewayAuthorizeRequest request)
    {
        GatewayBrowserInfo? b = request.BrowserInfo;
        return new RequestContext
        {
            AuthenticationReturnUrl = request.ReturnUrl,
            BrowserInfo = b is null ? null : new BrowserInfo
            {
                UserAgent = b.UserAgent,
                AcceptHeader = b.AcceptHeader,
                JavaEnabled = b.JavaEnabled,
                ColorDepth = b.ColorDepth,
                ScreenHeight = b.ScreenHeight,
                ScreenWidth = b.ScreenWidth,
                TimeZoneOffset = b.TimeZoneOffset,
                Language = b.Language,
            },
        };
    }

    /// <summary>Antom's mpiData as a canonical result (what the generated AntomMpiDataAdapter does).</summary>
    public static AuthenticationResult AntomMpiDataResult(AntomMpiData m) => new()
    {
        Eci = m.Eci.ToCanonicalOrNull() is { } eci ? eci : null,
        MessageVersion = m.ThreeDsVersion,
        AuthenticationValue = m.Cavv,
        DsTransId = m.DsTransactionId,
    };
}

/// <summary>The generated TryParseWireValue.</summary>
public delegate bool TryParse<T>(ReadOnlySpan<char> wire, out T value);
