using System.Linq;
using ThreeDsContracts.Antom;
using ThreeDsContracts.Canonical;
using ThreeDsContracts.JpmPayments;
using Xunit;

namespace ThreeDsContracts.Adapters.Tests;

/// <summary>
/// Fixtures transcribed from the providers' published specifications (tests/fixtures/&lt;provider&gt;/spec), through
/// the adapters: what the canonical model must hold, and that nothing linked is dropped without a gap.
/// </summary>
public class SpecFixtureAdapterTests
{
    internal static readonly string[] Files =
    {
        "antom/spec/notify-payment-3ds1-result.json", "antom/spec/notify-payment-exemption-type.json",
        "jpm-payments/spec/payment-passthrough-3ds-pdp.json", "jpm-payments/spec/payment-orchestrated-3ds-pdp.json",
        "jpm-payments/spec/payment-passthrough-3ds1-version1.json",
    };

    [Fact]
    public void Antom_3ds_1_0_2_result_keeps_its_version_eci_and_cavv_in_the_canonical_model()
    {
        var notification = Repo.Read<AntomNotifyPayment>("antom", "spec/notify-payment-3ds1-result.json");

        AuthenticationResult r = AntomAdapter.ToAuthenticationResult(notification).Value;
        Assert.Equal("1.0.2", r.MessageVersion);
        Assert.Equal(Eci.Eci05, r.Eci!.Value.Value);
        Assert.Equal(CardBrand.Visa, r.Brand!.Value.Value);
        Assert.Equal("AAABBZEEBgAAAAAAAAQGAAAAAAA=", r.AuthenticationValue);
        Assert.Null(r.DsTransId);
    }

    [Fact]
    public void Antom_exempted_mastercard_result_is_authenticated_with_eci_02()
    {
        var notification = Repo.Read<AntomNotifyPayment>("antom", "spec/notify-payment-exemption-type.json");

        AuthenticationResult r = AntomAdapter.ToAuthenticationResult(notification).Value;

        Assert.Equal(CardBrand.Mastercard, r.Brand!.Value.Value);
        Assert.Equal(Eci.Eci02, r.Eci!.Value.Value);
        Assert.Equal("7ab0a8ad-6f0a-4d8e-9a41-eed10f4b772", r.DsTransId);
        Assert.Null(r.Xid);
    }

    [Fact]
    public void JPM_pdp_pass_through_example_with_a_numeric_cvv_is_a_mastercard_result_with_eci_05()
    {
        var request = Repo.Read<JpmPaymentsPaymentRequest>("jpm-payments", "spec/payment-passthrough-3ds-pdp.json");

        AdapterResult<AuthenticationResult> result = JpmPaymentsAdapter.ToAuthenticationResult(request.PaymentMethodType.Card!.Authentication!, CardBrand.Mastercard);

        Assert.True(request.PaymentMethodType.Card.Cvv!.Value.IsNumber);
        Assert.Equal(Eci.Eci05, result.Value.Eci!.Value.Value);
        Assert.Equal("JAmi21makAifmwqo2120cjq1AAA=", result.Value.AuthenticationValue);
        Assert.Equal("{3ds-auth-transaction-id}", result.Value.DsTransId);
    }

    [Fact]
    public void JPM_pdp_orchestrated_example_becomes_a_request_context_with_its_challenge_preference()
    {
        var request = Repo.Read<JpmPaymentsPaymentRequest>("jpm-payments", "spec/payment-orchestrated-3ds-pdp.json");

        RequestContext c = JpmPaymentsAdapter.ToRequestContext(request).Value;

        Assert.Equal(AuthenticationIndicator.PaymentTransaction, c.AuthenticationIndicator!.Value.Value);
        Assert.Equal(ChallengeIndicator.NoChallengeRequested, c.ChallengeIndicator!.Value.Value);
        Assert.Equal("https://yoursite.com/3ds-postback", c.AuthenticationReturnUrl);
        Assert.Equal(ChallengeWindowSize.Size250x400, c.BrowserInfo!.ChallengeWindowSize!.Value.Value);
    }

    [Fact]
    public void JPM_3ds_1_pass_through_keeps_eci_and_cavv_and_the_visa_xid()
    {
        var request = Repo.Read<JpmPaymentsPaymentRequest>("jpm-payments", "spec/payment-passthrough-3ds1-version1.json");

        AuthenticationResult r = JpmPaymentsAdapter.ToAuthenticationResult(request.PaymentMethodType.Card!.Authentication!, CardBrand.Visa).Value;

        Assert.Equal(Eci.Eci05, r.Eci!.Value.Value);
        Assert.Equal("AABAIcJIo5DIzAgVAkiAAAAAAA=", r.AuthenticationValue);
        Assert.Equal("MDAwMDAwMDAwMDAwMDAwMzIyNzY=", r.Xid);
    }
}
