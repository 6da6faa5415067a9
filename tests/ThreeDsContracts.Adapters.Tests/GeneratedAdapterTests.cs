using ThreeDsContracts.Adapters;
using ThreeDsContracts.Antom;
using ThreeDsContracts.Canonical;
using ThreeDsContracts.Gateway;
using Xunit;

namespace ThreeDsContracts.Adapters.Tests;

/// <summary>The adapters generated from the built-in schemas' links, against the fixtures and the hand-written adapters.</summary>
public class GeneratedAdapterTests
{
    [Fact]
    public void Generated_gateway_request_context_carries_every_browser_field_of_the_fixture()
    {
        var request = Repo.Read<GatewayAuthorizeRequest>("gateway", "authorize-request.json");

        AdapterResult<RequestContext> result = request.ToRequestContext();

        Assert.Empty(result.Gaps);
        Assert.Equal(request.ReturnUrl, result.Value.AuthenticationReturnUrl);
        Assert.Equal(request.BrowserInfo!.UserAgent, result.Value.BrowserInfo!.UserAgent);
        Assert.Equal(request.BrowserInfo.ColorDepth, result.Value.BrowserInfo.ColorDepth);
        Assert.Equal(-120, result.Value.BrowserInfo.TimeZoneOffset);
    }

    [Fact]
    public void Generated_gateway_request_round_trips_through_the_canonical_context()
    {
        var request = Repo.Read<GatewayAuthorizeRequest>("gateway", "authorize-request.json");

        AdapterResult<GatewayAuthorizeRequest> back = GatewayAuthorizeRequestAdapter.FromRequestContext(request.ToRequestContext().Value);

        Assert.Equal(request, back.Value);
        Assert.Empty(back.Gaps);
    }

    [Fact]
    public void Generated_from_context_reports_canonical_fields_the_gateway_has_no_field_for()
    {
        var context = new RequestContext
        {
            BrowserInfo = new BrowserInfo { UserAgent = "UA", AcceptHeader = "text/html", IpAddress = "192.0.2.1" },
            AcctId = "account-1",
        };

        AdapterResult<GatewayAuthorizeRequest> result = GatewayAuthorizeRequestAdapter.FromRequestContext(context);

        // browser_info requires every field: with only two of them none is built, and that is reported per field.
        Assert.Null(result.Value.BrowserInfo);
        Assert.Contains(result.Gaps, g => g.Field == "browserInfo.userAgent" && g.Reason.StartsWith("the Payment Gateway's browser_info needs user_agent, accept_header, java_enabled", System.StringComparison.Ordinal)
            && g.Reason.EndsWith("; without java_enabled no browser_info is built", System.StringComparison.Ordinal));
        Assert.Contains(result.Gaps, g => g.Field == "browserInfo.ipAddress" && g.Reason == "GatewayAuthorizeRequest (gateway/authorize-request) has no field linked to it");
        Assert.Contains(result.Gaps, g => g.Field == "acctId");
        Assert.DoesNotContain(result.Gaps, g => g.Field == "browserInfo.language");
    }

    [Fact]
    public void Generated_antom_result_maps_codes_through_x_canonical_and_carries_the_values()
    {
        var result = new AntomThreeDsResult { Eci = AntomThreeDsResultEci.Eci05, Cavv = "AAAA", DsTransactionId = "ds-1", Challenged = true };

        AdapterResult<AuthenticationResult> canonical = result.ToAuthenticationResult();

        Assert.Equal(Eci.Eci05, canonical.Value.Eci!.Value.Value);
        Assert.Equal("AAAA", canonical.Value.AuthenticationValue);
        Assert.Equal("ds-1", canonical.Value.DsTransId);
        Assert.True(canonical.Value.Challenged);
        Assert.Empty(canonical.Gaps);
    }

    [Fact]
    public void Generated_antom_result_reports_an_undocumented_code_without_its_value_reaching_the_canonical_result()
    {
        var result = new AntomThreeDsResult { Eci = Code<AntomThreeDsResultEci>.Unrecognized("99") };

        AdapterResult<AuthenticationResult> canonical = result.ToAuthenticationResult();

        Assert.Null(canonical.Value.Eci);
        MappingGap gap = Assert.Single(canonical.Gaps);
        Assert.Equal("eci", gap.Field);
        Assert.Equal("'99' is not a documented Antom code", gap.Reason);
    }

    [Fact]
    public void Generated_antom_metadata_reports_uncarried_fields_with_the_schema_s_x_not_carried_reasons()
    {
        var result = new AuthenticationResult { Brand = CardBrand.Visa, TransStatus = TransStatus.Authenticated, AcsTransId = "acs-1", Eci = Eci.Eci05 };

        AdapterResult<AntomCardPaymentMethodMetaData> metadata = AntomCardPaymentMethodMetaDataAdapter.FromAuthenticationResult(result);

        Assert.Null(metadata.Value.MpiData);
        Assert.Contains(metadata.Gaps, g => g.Field == "brand" && g.Reason == "Antom's mpiData has no brand; Antom reads it from the card number");
        Assert.Contains(metadata.Gaps, g => g.Field == "transStatus" && g.Reason == "Antom's mpiData has no transaction status; Antom reads the outcome from the ECI");
        Assert.Contains(metadata.Gaps, g => g.Field == "acsTransId" && g.Reason == "Antom's mpiData carries only eci, threeDSVersion, cavv and dsTransactionId");
        Assert.Contains(metadata.Gaps, g => g.Field == "eci" && g.Reason == "Antom's mpiData needs threeDSVersion, cavv, dsTransactionId and eci; without threeDSVersion no mpiData is built");
    }
}
