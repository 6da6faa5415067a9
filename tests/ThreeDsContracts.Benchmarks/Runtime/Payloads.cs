using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Serialization.Metadata;
using ThreeDsContracts.Antom;
using ThreeDsContracts.Ecommpay;
using ThreeDsContracts.Gateway;
using ThreeDsContracts.JpmCheckout;
using ThreeDsContracts.JpmPayments;
using ThreeDsContracts.Testing;

namespace ThreeDsContracts.Benchmarks.Runtime;

/// <summary>The largest fixture of each provider and the generated type it reads into.</summary>
public static class Payloads
{
    public sealed record Payload(string Provider, string Fixture, Type Contract, Type Newtonsoft, JsonTypeInfo TypeInfo)
    {
        public byte[] Utf8 { get; } = File.ReadAllBytes(Path.Combine(RepoPaths.Fixtures, Fixture));

        public override string ToString() => Provider;
    }

    public static IReadOnlyList<Payload> All { get; } = new[]
    {
        new Payload("antom", "antom/notify-payment-hosted-visa-3ds.json", typeof(AntomNotifyPayment), typeof(Newtonsoft.NAntomNotifyPayment), AntomJsonContext.Default.AntomNotifyPayment),
        new Payload("gateway", "gateway/authorize-response-fingerprint-decodable.json", typeof(GatewayAuthorizeResponse), typeof(Newtonsoft.NGatewayAuthorizeResponse), GatewayJsonContext.Default.GatewayAuthorizeResponse),
        new Payload("jpm-checkout", "jpm-checkout/checkout-intent-sca-exemption.json", typeof(JpmCheckoutIntentRequest), typeof(Newtonsoft.NJpmCheckoutIntentRequest), JpmCheckoutJsonContext.Default.JpmCheckoutIntentRequest),
        new Payload("jpm-payments", "jpm-payments/verification-orchestrated-3ds-cartes-bancaires.json", typeof(JpmPaymentsVerificationRequest), typeof(Newtonsoft.NJpmPaymentsVerificationRequest), JpmPaymentsJsonContext.Default.JpmPaymentsVerificationRequest),
        new Payload("ecommpay", "ecommpay/payment-page-base64-parameters.json", typeof(EcommpayPaymentPage), typeof(Newtonsoft.NEcommpayPaymentPage), EcommpayJsonContext.Default.EcommpayPaymentPage),
    };
}
