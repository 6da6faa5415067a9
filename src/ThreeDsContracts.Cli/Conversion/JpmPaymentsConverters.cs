using System.Collections.Generic;
using System.Text.Json.Nodes;
using ThreeDsContracts.Adapters;
using ThreeDsContracts.Canonical;
using ThreeDsContracts.JpmPayments;

namespace ThreeDsContracts.Cli.Conversion;

/// <summary>
/// <c>jpm-payments/common#/definitions/Authentication</c> (pass-through <c>paymentMethodType.card.authentication</c>)
/// → canonical result: <see cref="JpmPaymentsAdapter.ToAuthenticationResult"/>; the brand (<c>--brand</c>) tells
/// whether authenticationTransactionId is the DS transaction id or the XID (Visa).
/// </summary>
internal sealed class JpmAuthenticationReader : AdapterReader<JpmPaymentsAuthentication>
{
    public JpmAuthenticationReader()
        : base(JpmPaymentsParts.Authentication, JpmPaymentsJsonContext.Default.JpmPaymentsAuthentication, CanonicalDocuments.AuthenticationResult)
    {
    }

    public override string Name => "JpmPaymentsAdapter.ToAuthenticationResult";

    protected override string Unread => "an authentication result takes the whole authentication object";

    protected override IEnumerable<string> Scopes(JpmPaymentsAuthentication payload) => new[] { string.Empty };

    protected override void Convert(JpmPaymentsAuthentication payload, AdapterReading reading) =>
        reading.Result(JpmPaymentsAdapter.ToAuthenticationResult(payload, reading.Brand));
}

/// <summary>
/// <c>jpm-payments/payment</c> → canonical request context (<see cref="JpmPaymentsAdapter.ToRequestContext(JpmPaymentsPaymentRequest)"/>)
/// and, when the card carries pass-through authentication data, the canonical result (<see cref="JpmPaymentsAdapter.ToAuthenticationResult"/>).
/// </summary>
internal sealed class JpmPaymentReader : AdapterReader<JpmPaymentsPaymentRequest>
{
    public JpmPaymentReader()
        : base("jpm-payments/payment", JpmPaymentsJsonContext.Default.JpmPaymentsPaymentRequest, CanonicalDocuments.AuthenticationResult, CanonicalDocuments.RequestContext)
    {
    }

    public override string Name => "JpmPaymentsAdapter.ToRequestContext(JpmPaymentsPaymentRequest), ToAuthenticationResult";

    protected override string Unread => "the 3DS request context and result take the amount, currency, browserInfo, accountHolder and the card's paymentAuthenticationRequest and authentication; the card number and the merchant are not part of them";

    protected override IEnumerable<string> Scopes(JpmPaymentsPaymentRequest payload) => new[]
    {
        "amount", "currency", "browserInfo", "accountHolder", "paymentMethodType.card.paymentAuthenticationRequest", "paymentMethodType.card.authentication",
    };

    protected override void Convert(JpmPaymentsPaymentRequest payload, AdapterReading reading)
    {
        JpmPaymentsParts.ReadAuthentication(payload.PaymentMethodType.Card?.Authentication, reading);
        reading.Context(JpmPaymentsAdapter.ToRequestContext(payload));
    }
}

/// <summary>
/// <c>jpm-payments/verification</c> → canonical request context (<see cref="JpmPaymentsAdapter.ToRequestContext(JpmPaymentsVerificationRequest)"/>)
/// and, when the card carries pass-through authentication data, the canonical result.
/// </summary>
internal sealed class JpmVerificationReader : AdapterReader<JpmPaymentsVerificationRequest>
{
    public JpmVerificationReader()
        : base("jpm-payments/verification", JpmPaymentsJsonContext.Default.JpmPaymentsVerificationRequest, CanonicalDocuments.AuthenticationResult, CanonicalDocuments.RequestContext)
    {
    }

    public override string Name => "JpmPaymentsAdapter.ToRequestContext(JpmPaymentsVerificationRequest), ToAuthenticationResult";

    protected override string Unread => "the 3DS request context and result take the currency, browserInfo, accountHolder and the card's verificationAuthenticationRequest and authentication; the card number and the merchant are not part of them";

    protected override IEnumerable<string> Scopes(JpmPaymentsVerificationRequest payload) => new[]
    {
        "currency", "browserInfo", "accountHolder", "paymentMethodType.card.verificationAuthenticationRequest", "paymentMethodType.card.authentication",
    };

    protected override void Convert(JpmPaymentsVerificationRequest payload, AdapterReading reading)
    {
        JpmPaymentsParts.ReadAuthentication(payload.PaymentMethodType.Card?.Authentication, reading);
        reading.Context(JpmPaymentsAdapter.ToRequestContext(payload));
    }
}

/// <summary>canonical result → <c>jpm-payments/common#/definitions/Authentication</c>: <see cref="JpmPaymentsAdapter.ToPassThroughAuthentication"/>.</summary>
internal sealed class JpmAuthenticationWriter : AdapterWriter<JpmPaymentsAuthentication>
{
    public JpmAuthenticationWriter()
        : base(JpmPaymentsParts.Authentication, JpmPaymentsJsonContext.Default.JpmPaymentsAuthentication, CanonicalDocuments.AuthenticationResult)
    {
    }

    public override string Name => "JpmPaymentsAdapter.ToPassThroughAuthentication";

    protected override JpmPaymentsAuthentication Build(AdapterWriting writing)
    {
        AdapterResult<JpmPaymentsAuthentication> authentication = JpmPaymentsAdapter.ToPassThroughAuthentication(writing.Result() ?? new AuthenticationResult(), writing.ChallengeIndicator());
        writing.ResultGaps(authentication.Gaps);
        return authentication.Value;
    }
}

/// <summary>
/// canonical request context and/or result → <c>jpm-payments/payment</c>: <see cref="JpmPaymentsAdapter.WithRequestContext(JpmPaymentsPaymentRequest, RequestContext)"/>
/// then <see cref="JpmPaymentsAdapter.WithPassThrough"/>. The card number and the merchant are not part of the
/// canonical model: they are left out, so the target schema reports them as required.
/// </summary>
internal sealed class JpmPaymentWriter : AdapterWriter<JpmPaymentsPaymentRequest>
{
    public JpmPaymentWriter()
        : base("jpm-payments/payment", JpmPaymentsJsonContext.Default.JpmPaymentsPaymentRequest, CanonicalDocuments.AuthenticationResult, CanonicalDocuments.RequestContext)
    {
    }

    public override string Name => "JpmPaymentsAdapter.WithRequestContext, WithPassThrough";

    protected override JpmPaymentsPaymentRequest Build(AdapterWriting writing)
    {
        RequestContext? context = writing.Context();
        AuthenticationResult? result = writing.Result();
        var request = new JpmPaymentsPaymentRequest
        {
            Amount = 0,
            Currency = string.Empty,
            Merchant = JpmPaymentsParts.NoMerchant,
            PaymentMethodType = new JpmPaymentsPaymentMethodType { Card = new JpmPaymentsPaymentCard { AccountNumber = string.Empty } },
        };
        if (context is not null)
        {
            AdapterResult<JpmPaymentsPaymentRequest> withContext = JpmPaymentsAdapter.WithRequestContext(request, context);
            writing.ContextGaps(withContext.Gaps);
            request = withContext.Value;
        }

        if (result is not null)
        {
            ChallengeIndicator? challenge = context?.ChallengeIndicator is { IsKnown: true } known ? known.Value : null;
            AdapterResult<JpmPaymentsPaymentRequest> withResult = JpmPaymentsAdapter.WithPassThrough(request, result, challenge);
            writing.ResultGaps(withResult.Gaps);
            request = withResult.Value;
        }

        return request;
    }

    protected override void Finish(JsonObject payload, AdapterWriting writing)
    {
        JpmPaymentsParts.RemovePlaceholders(payload, writing);
        if (writing.TakenContext?.Purchase?.Amount is null)
        {
            payload.Remove("amount");
        }
    }
}

/// <summary>
/// canonical request context → <c>jpm-payments/verification</c>: <see cref="JpmPaymentsAdapter.WithRequestContext(JpmPaymentsVerificationRequest, RequestContext)"/>.
/// The card number and the merchant are left out (not part of the canonical model).
/// </summary>
internal sealed class JpmVerificationWriter : AdapterWriter<JpmPaymentsVerificationRequest>
{
    public JpmVerificationWriter()
        : base("jpm-payments/verification", JpmPaymentsJsonContext.Default.JpmPaymentsVerificationRequest, CanonicalDocuments.RequestContext)
    {
    }

    public override string Name => "JpmPaymentsAdapter.WithRequestContext(JpmPaymentsVerificationRequest)";

    protected override JpmPaymentsVerificationRequest Build(AdapterWriting writing)
    {
        var request = new JpmPaymentsVerificationRequest
        {
            Currency = string.Empty,
            Merchant = JpmPaymentsParts.NoMerchant,
            PaymentMethodType = new JpmPaymentsVerificationPaymentMethodType { Card = new JpmPaymentsVerificationCard() },
        };
        AdapterResult<JpmPaymentsVerificationRequest> withContext = JpmPaymentsAdapter.WithRequestContext(request, writing.Context() ?? new RequestContext());
        writing.ContextGaps(withContext.Gaps);
        return withContext.Value;
    }

    protected override void Finish(JsonObject payload, AdapterWriting writing) => JpmPaymentsParts.RemovePlaceholders(payload, writing);
}

/// <summary>What the J.P. Morgan Online Payments converters share.</summary>
internal static class JpmPaymentsParts
{
    public const string Authentication = "jpm-payments/common#/definitions/Authentication";

    /// <summary>The merchant a request needs to be built; removed from the output (not part of the canonical model).</summary>
    public static readonly JpmPaymentsMerchant NoMerchant = new()
    {
        MerchantSoftware = new JpmPaymentsMerchantSoftware { CompanyName = string.Empty, ProductName = string.Empty },
    };

    /// <summary>Reads pass-through authentication data when the card carries some (an SCA exemption alone belongs to the request context).</summary>
    public static void ReadAuthentication(JpmPaymentsAuthentication? authentication, AdapterReading reading)
    {
        if (authentication is { } a && (a.ElectronicCommerceIndicator is not null || a.ThreeDS is not null))
        {
            reading.Result(JpmPaymentsAdapter.ToAuthenticationResult(a, reading.Brand), "paymentMethodType.card.authentication.");
        }
    }

    /// <summary>Removes what the request needed to be built but the canonical model did not give: merchant, card number, currency.</summary>
    public static void RemovePlaceholders(JsonObject payload, AdapterWriting writing)
    {
        payload.Remove("merchant");
        if (payload["paymentMethodType"]?["card"] is JsonObject card && card["accountNumber"] is JsonValue number && number.TryGetValue(out string? text) && text.Length == 0)
        {
            card.Remove("accountNumber");
        }

        if (writing.TakenContext?.Purchase?.Currency is null)
        {
            payload.Remove("currency");
        }
    }
}
