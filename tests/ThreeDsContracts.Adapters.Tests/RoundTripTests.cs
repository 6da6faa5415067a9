using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ThreeDsContracts.Antom;
using ThreeDsContracts.Canonical;
using ThreeDsContracts.Ecommpay;
using ThreeDsContracts.Gateway;
using ThreeDsContracts.JpmCheckout;
using ThreeDsContracts.JpmPayments;
using Xunit;

namespace ThreeDsContracts.Adapters.Tests;

/// <summary>
/// Canonical → provider (over the wire, as JSON) → canonical, for every canonical fixture and every adapter:
/// each field of the fixture either comes back unchanged or is in the forward report, never both and never
/// neither; the report names no field the fixture does not have.
/// </summary>
public class RoundTripTests
{
    private static readonly string[] ResultFixtures =
    {
        "visa-frictionless-result.json", "mastercard-challenged-result.json", "maestro-challenge-cancelled-result.json",
        "cartes-bancaires-frictionless-result.json", "unionpay-unavailable-ds-reason-result.json", "visa-passthrough-eci-only-result.json",
    };

    private static readonly string[] ContextFixtures =
    {
        "request-context-full.json", "request-context-cartes-bancaires.json", "request-context-phone-without-cc.json", "browser-info.json",
    };

    public static IEnumerable<object[]> ResultTrips() =>
        from file in ResultFixtures from provider in new[] { "jpm-payments", "antom", "ecommpay" } select new object[] { file, provider };

    public static IEnumerable<object[]> ContextTrips() =>
        from file in ContextFixtures from provider in new[] { "jpm-payments", "jpm-checkout", "ecommpay", "gateway" } select new object[] { file, provider };

    [Theory]
    [MemberData(nameof(ResultTrips))]
    public void Result_round_trip_keeps_what_the_provider_carries_and_reports_the_rest(string file, string provider)
    {
        AuthenticationResult original = Repo.Read<AuthenticationResult>("canonical", file);

        (AuthenticationResult back, IReadOnlyList<MappingGap> gaps) = provider switch
        {
            "jpm-payments" => ViaJpmPayments(original),
            "antom" => ViaAntom(original),
            _ => ViaEcommpay(original),
        };

        AssertExactReport(JsonLeaves.Of(original), JsonLeaves.Of(back), gaps, lostOnTheWayBack: Array.Empty<string>());
    }

    [Theory]
    [MemberData(nameof(ContextTrips))]
    public void Request_context_round_trip_keeps_what_the_provider_carries_and_reports_the_rest(string file, string provider)
    {
        RequestContext original = file == "browser-info.json"
            ? new RequestContext { BrowserInfo = Repo.Read<BrowserInfo>("canonical", file) }
            : Repo.Read<RequestContext>("canonical", file);
        string[] lost = Array.Empty<string>();
        (RequestContext back, IReadOnlyList<MappingGap> gaps) = provider switch
        {
            "jpm-payments" => ViaJpmPayments(original),
            "jpm-checkout" => ViaJpmCheckout(original),
            "ecommpay" => ViaEcommpay(original, out lost),
            _ => ViaGateway(original),
        };

        AssertExactReport(JsonLeaves.Of(original), JsonLeaves.Of(back), gaps, lost);
    }

    private static void AssertExactReport(Dictionary<string, string> original, Dictionary<string, string> back, IReadOnlyList<MappingGap> gaps, IReadOnlyCollection<string> lostOnTheWayBack)
    {
        var reported = gaps.Select(g => g.Field).ToHashSet(StringComparer.Ordinal);
        Assert.All(reported, field => Assert.True(original.ContainsKey(field), "the report names '" + field + "', which the input does not have"));
        foreach ((string path, string value) in original)
        {
            bool kept = back.TryGetValue(path, out string? returned) && returned == value;
            if (lostOnTheWayBack.Contains(path))
            {
                Assert.False(kept, path + " was expected to be lost on the way back");
                continue;
            }

            Assert.True(kept != reported.Contains(path), kept
                ? path + " came back unchanged but is reported as not carried"
                : path + " did not come back (" + (returned ?? "absent") + ") and is not reported");
        }
    }

    private static T Wire<T>(T value) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value))!;

    private static (AuthenticationResult, IReadOnlyList<MappingGap>) ViaJpmPayments(AuthenticationResult original)
    {
        AdapterResult<JpmPaymentsAuthentication> sent = JpmPaymentsAdapter.ToPassThroughAuthentication(original);
        CardBrand? brand = original.Brand?.Known;
        AuthenticationResult back = JpmPaymentsAdapter.ToAuthenticationResult(Wire(sent.Value), brand).Value;

        // The brand is the caller's knowledge, used to read authenticationTransactionId; J.P. Morgan does not carry it.
        return (back with { Brand = null }, sent.Gaps);
    }

    private static (AuthenticationResult, IReadOnlyList<MappingGap>) ViaAntom(AuthenticationResult original)
    {
        AdapterResult<AntomCardPaymentMethodMetaData> sent = ToAntom(original);
        AntomCardPaymentMethodMetaData received = Wire(sent.Value);
        Assert.False(received.Is3DsAuthentication);
        Assert.False(received.EnableAuthenticationUpgrade);
        AuthenticationResult back = received.MpiData is { } mpi ? AntomAdapter.ToAuthenticationResult(mpi).Value : new AuthenticationResult();
        return (back, sent.Gaps);
    }

    private static AdapterResult<AntomCardPaymentMethodMetaData> ToAntom(AuthenticationResult original) => AntomAdapter.ToThirdPartyMetaData(original);

    private static (AuthenticationResult, IReadOnlyList<MappingGap>) ViaEcommpay(AuthenticationResult original)
    {
        AdapterResult<EcommpayCustomerMpiResult> sent = EcommpayAdapter.ToMpiResult(original);
        EcommpayPaymentPage page = Wire(new EcommpayPaymentPage { CustomerMpiResult = new EncodedJson<EcommpayCustomerMpiResult>(sent.Value) });
        Assert.True(page.CustomerMpiResult!.IsDecoded);
        return (EcommpayAdapter.ToAuthenticationResult(page.CustomerMpiResult.Value!).Value, sent.Gaps);
    }

    private static (RequestContext, IReadOnlyList<MappingGap>) ViaJpmPayments(RequestContext original)
    {
        var template = new JpmPaymentsPaymentRequest
        {
            Amount = 1,
            Currency = "XXX",
            Merchant = new JpmPaymentsMerchant { MerchantSoftware = new JpmPaymentsMerchantSoftware { CompanyName = "Shop", ProductName = "Cart" } },
            PaymentMethodType = new JpmPaymentsPaymentMethodType { Card = new JpmPaymentsPaymentCard { AccountNumber = "4111111111111111" } },
        };
        AdapterResult<JpmPaymentsPaymentRequest> sent = JpmPaymentsAdapter.WithRequestContext(template, original);
        return (JpmPaymentsAdapter.ToRequestContext(Wire(sent.Value)).Value, sent.Gaps);
    }

    private static (RequestContext, IReadOnlyList<MappingGap>) ViaJpmCheckout(RequestContext original)
    {
        AdapterResult<JpmCheckoutIntentRequest> sent = JpmCheckoutAdapter.ToCheckoutIntent(original);
        return (JpmCheckoutAdapter.ToRequestContext(Wire(sent.Value)).Value, sent.Gaps);
    }

    private static (RequestContext, IReadOnlyList<MappingGap>) ViaEcommpay(RequestContext original, out string[] lost)
    {
        AdapterResult<EcommpayPaymentPage> sent = EcommpayAdapter.ToPaymentPage(original);
        AdapterResult<RequestContext> back = EcommpayAdapter.ToRequestContext(Wire(sent.Value));

        // ecommpay carries the challenge window, but the canonical browserInfo cannot exist without the accept
        // header and user agent, which ecommpay's page collects itself: the way back reports it.
        lost = original.BrowserInfo?.ChallengeWindowSize is null ? Array.Empty<string>() : new[] { "browserInfo.challengeWindowSize" };
        if (lost.Length > 0)
        {
            Assert.Contains(back.Gaps, g => g.Field == "payment_merchant_risk.payment.challenge_window");
        }

        return (back.Value, sent.Gaps);
    }

    private static (RequestContext, IReadOnlyList<MappingGap>) ViaGateway(RequestContext original)
    {
        AdapterResult<GatewayAuthorizeRequest> sent = GatewayAdapter.ToAuthorizeRequest(original);
        return (GatewayAdapter.ToRequestContext(Wire(sent.Value)).Value, sent.Gaps);
    }
}
