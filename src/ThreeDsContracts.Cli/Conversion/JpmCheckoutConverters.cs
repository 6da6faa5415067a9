using System;
using System.Collections.Generic;
using System.Globalization;
using ThreeDsContracts.Adapters;
using ThreeDsContracts.Canonical;
using ThreeDsContracts.JpmCheckout;

namespace ThreeDsContracts.Cli.Conversion;

/// <summary><c>jpm-checkout/checkout-intent</c> → canonical request context: <see cref="JpmCheckoutAdapter.ToRequestContext"/>.</summary>
internal sealed class JpmCheckoutIntentReader : AdapterReader<JpmCheckoutIntentRequest>
{
    public JpmCheckoutIntentReader()
        : base("jpm-checkout/checkout-intent", JpmCheckoutJsonContext.Default.JpmCheckoutIntentRequest, CanonicalDocuments.RequestContext)
    {
    }

    public override string Name => "JpmCheckoutAdapter.ToRequestContext";

    protected override string Unread => "a request context takes the currency, the cart amount, the consumer's e-mail and checkoutOptions.paymentCardAuthenticationRequest";

    protected override IEnumerable<string> Scopes(JpmCheckoutIntentRequest payload) => new[]
    {
        "currencyCode", "cart", "consumer", JpmCheckoutParts.AuthenticationRequest,
    };

    protected override void Convert(JpmCheckoutIntentRequest payload, AdapterReading reading) =>
        reading.Context(JpmCheckoutAdapter.ToRequestContext(payload));
}

/// <summary>
/// <c>jpm-checkout/payment-card-authentication-request</c> → canonical request context: the request as the
/// <c>checkoutOptions.paymentCardAuthenticationRequest</c> of an intent, through <see cref="JpmCheckoutAdapter.ToRequestContext"/>.
/// </summary>
internal sealed class JpmCheckoutAuthenticationRequestReader : AdapterReader<JpmCheckoutPaymentCardAuthenticationRequest>
{
    public JpmCheckoutAuthenticationRequestReader()
        : base("jpm-checkout/payment-card-authentication-request", JpmCheckoutJsonContext.Default.JpmCheckoutPaymentCardAuthenticationRequest, CanonicalDocuments.RequestContext)
    {
    }

    public override string Name => "JpmCheckoutAdapter.ToRequestContext";

    protected override string Unread => "a request context takes the whole request";

    protected override IEnumerable<string> Scopes(JpmCheckoutPaymentCardAuthenticationRequest payload) => new[] { string.Empty };

    protected override void Convert(JpmCheckoutPaymentCardAuthenticationRequest payload, AdapterReading reading)
    {
        var intent = new JpmCheckoutIntentRequest { CheckoutOptions = new JpmCheckoutOptions { PaymentCardAuthenticationRequest = payload } };
        reading.Context(JpmCheckoutAdapter.ToRequestContext(intent), field => "$." + JpmCheckoutParts.Relative(field));
    }
}

/// <summary>
/// <c>jpm-checkout/notifications</c> → canonical result: the 3DS transaction of the first message that has one
/// (<see cref="JpmCheckoutAdapter.ToAuthenticationResult(JpmCheckoutNotificationMessage, CardBrand?)"/>); a conversion carries one result, so
/// the 3DS transactions of further messages are reported.
/// </summary>
internal sealed class JpmCheckoutNotificationsReader : AdapterReader<JpmCheckoutNotifications>
{
    private const string Transaction = ".orderNotification.threeDomainSecureTransaction";

    public JpmCheckoutNotificationsReader()
        : base("jpm-checkout/notifications", JpmCheckoutJsonContext.Default.JpmCheckoutNotifications, CanonicalDocuments.AuthenticationResult)
    {
    }

    public override string Name => "JpmCheckoutAdapter.ToAuthenticationResult(JpmCheckoutNotificationMessage)";

    protected override string Unread => "an authentication result takes the orderNotification.threeDomainSecureTransaction of a message";

    protected override IEnumerable<string> Scopes(JpmCheckoutNotifications payload)
    {
        IReadOnlyList<JpmCheckoutNotificationMessage> messages = payload.Messages ?? Array.Empty<JpmCheckoutNotificationMessage>();
        for (int i = 0; i < messages.Count; i++)
        {
            if (i == Chosen(payload) || messages[i].OrderNotification?.ThreeDomainSecureTransaction is not null)
            {
                yield return Message(i) + Transaction;
            }
        }
    }

    protected override void Convert(JpmCheckoutNotifications payload, AdapterReading reading)
    {
        IReadOnlyList<JpmCheckoutNotificationMessage> messages = payload.Messages ?? Array.Empty<JpmCheckoutNotificationMessage>();
        int chosen = Chosen(payload);
        if (chosen < 0)
        {
            reading.Report("$.messages", "no message: there is no authentication result to convert");
            return;
        }

        reading.Result(JpmCheckoutAdapter.ToAuthenticationResult(messages[chosen], reading.Brand), Message(chosen) + ".");
        for (int i = chosen + 1; i < messages.Count; i++)
        {
            if (messages[i].OrderNotification?.ThreeDomainSecureTransaction is not null)
            {
                reading.Report("$." + Message(i) + Transaction, "a conversion carries one authentication result: that of " + Message(chosen));
            }
        }
    }

    /// <summary>The first message with a 3DS transaction, else the first message, else -1.</summary>
    private static int Chosen(JpmCheckoutNotifications payload)
    {
        IReadOnlyList<JpmCheckoutNotificationMessage> messages = payload.Messages ?? Array.Empty<JpmCheckoutNotificationMessage>();
        for (int i = 0; i < messages.Count; i++)
        {
            if (messages[i].OrderNotification?.ThreeDomainSecureTransaction is not null)
            {
                return i;
            }
        }

        return messages.Count > 0 ? 0 : -1;
    }

    private static string Message(int index) => "messages[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}

/// <summary>canonical request context → <c>jpm-checkout/checkout-intent</c>: <see cref="JpmCheckoutAdapter.ToCheckoutIntent"/>.</summary>
internal sealed class JpmCheckoutIntentWriter : AdapterWriter<JpmCheckoutIntentRequest>
{
    public JpmCheckoutIntentWriter()
        : base("jpm-checkout/checkout-intent", JpmCheckoutJsonContext.Default.JpmCheckoutIntentRequest, CanonicalDocuments.RequestContext)
    {
    }

    public override string Name => "JpmCheckoutAdapter.ToCheckoutIntent";

    protected override JpmCheckoutIntentRequest Build(AdapterWriting writing)
    {
        AdapterResult<JpmCheckoutIntentRequest> intent = JpmCheckoutAdapter.ToCheckoutIntent(writing.Context() ?? new RequestContext());
        writing.ContextGaps(intent.Gaps);
        return intent.Value;
    }
}

/// <summary>
/// canonical request context → <c>jpm-checkout/payment-card-authentication-request</c>: the
/// <c>checkoutOptions.paymentCardAuthenticationRequest</c> of <see cref="JpmCheckoutAdapter.ToCheckoutIntent"/>. What the
/// intent carries outside it (currency, amount, the consumer's e-mail) is reported.
/// </summary>
internal sealed class JpmCheckoutAuthenticationRequestWriter : AdapterWriter<JpmCheckoutPaymentCardAuthenticationRequest>
{
    public JpmCheckoutAuthenticationRequestWriter()
        : base("jpm-checkout/payment-card-authentication-request", JpmCheckoutJsonContext.Default.JpmCheckoutPaymentCardAuthenticationRequest, CanonicalDocuments.RequestContext)
    {
    }

    public override string Name => "JpmCheckoutAdapter.ToCheckoutIntent";

    protected override JpmCheckoutPaymentCardAuthenticationRequest Build(AdapterWriting writing)
    {
        RequestContext context = writing.Context() ?? new RequestContext();
        const string Elsewhere = "the checkout intent carries it ({0}), not its paymentCardAuthenticationRequest";
        if (context.Purchase is { } purchase)
        {
            Outside(writing, purchase.Amount is not null, "purchase.amount", string.Format(CultureInfo.InvariantCulture, Elsewhere, "cart.totalTransactionAmount"));
            Outside(writing, purchase.Currency is not null, "purchase.currency", string.Format(CultureInfo.InvariantCulture, Elsewhere, "currencyCode"));
            context = context with { Purchase = purchase with { Amount = null, Currency = null } };
        }

        if (context.Cardholder is { } cardholder)
        {
            Outside(writing, cardholder.Email is not null, "cardholder.email", string.Format(CultureInfo.InvariantCulture, Elsewhere, "consumer.email"));
            context = context with { Cardholder = cardholder with { Email = null } };
        }

        AdapterResult<JpmCheckoutIntentRequest> intent = JpmCheckoutAdapter.ToCheckoutIntent(context);
        writing.ContextGaps(intent.Gaps);
        return intent.Value.CheckoutOptions?.PaymentCardAuthenticationRequest ?? new JpmCheckoutPaymentCardAuthenticationRequest();
    }

    private static void Outside(AdapterWriting writing, bool present, string field, string reason)
    {
        if (present)
        {
            writing.Report(CanonicalDocuments.RequestContext, field, reason);
        }
    }
}

/// <summary>What the J.P. Morgan Checkout converters share.</summary>
internal static class JpmCheckoutParts
{
    public const string AuthenticationRequest = "checkoutOptions.paymentCardAuthenticationRequest";

    /// <summary>A field of the intent's paymentCardAuthenticationRequest relative to the request itself.</summary>
    public static string Relative(string field) =>
        field.StartsWith(AuthenticationRequest + ".", StringComparison.Ordinal) ? field.Substring(AuthenticationRequest.Length + 1) : field;
}
