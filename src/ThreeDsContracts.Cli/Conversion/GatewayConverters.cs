using System;
using System.Collections.Generic;
using ThreeDsContracts.Adapters;
using ThreeDsContracts.Canonical;
using ThreeDsContracts.Gateway;

namespace ThreeDsContracts.Cli.Conversion;

/// <summary><c>gateway/cres-message</c> (the CHALLENGE_RESPONSE window message) → canonical result: <see cref="GatewayAdapter.ToAuthenticationResult(GatewayChallengeResponseMessage, Code{GatewayTransactionStatus}?, GatewayToken?, CardBrand?)"/>.</summary>
internal sealed class GatewayCresMessageReader : AdapterReader<GatewayChallengeResponseMessage>
{
    public GatewayCresMessageReader()
        : base("gateway/cres-message", GatewayJsonContext.Default.GatewayChallengeResponseMessage, CanonicalDocuments.AuthenticationResult)
    {
    }

    public override string Name => "GatewayAdapter.ToAuthenticationResult(GatewayChallengeResponseMessage)";

    protected override string Unread => "an authentication result takes the CRes trans_status; the message type only names the window message";

    protected override IEnumerable<string> Scopes(GatewayChallengeResponseMessage payload) => new[] { "trans_status" };

    protected override void Convert(GatewayChallengeResponseMessage payload, AdapterReading reading) =>
        reading.Result(GatewayAdapter.ToAuthenticationResult(payload, brand: reading.Brand));
}

/// <summary><c>gateway/authentication-completed</c> → canonical result: its CRes <c>trans_status</c> through <see cref="GatewayAdapter.ToAuthenticationResult(Code{GatewayTransStatus}?, Code{GatewayTransactionStatus}?, GatewayToken?, CardBrand?)"/>.</summary>
internal sealed class GatewayAuthenticationCompletedReader : AdapterReader<GatewayAuthenticationCompletedRequest>
{
    public GatewayAuthenticationCompletedReader()
        : base("gateway/authentication-completed", GatewayJsonContext.Default.GatewayAuthenticationCompletedRequest, CanonicalDocuments.AuthenticationResult)
    {
    }

    public override string Name => "GatewayAdapter.ToAuthenticationResult(trans_status)";

    protected override string Unread => "an authentication result takes the CRes trans_status; the session and transaction ids are the gateway's own";

    protected override IEnumerable<string> Scopes(GatewayAuthenticationCompletedRequest payload) => new[] { "trans_status" };

    protected override void Convert(GatewayAuthenticationCompletedRequest payload, AdapterReading reading) =>
        reading.Result(GatewayAdapter.ToAuthenticationResult(payload.TransStatus, brand: reading.Brand));
}

/// <summary><c>gateway/token</c> (decoded action token) → canonical result: message version and transaction ids through <see cref="GatewayAdapter.ToAuthenticationResult(Code{GatewayTransStatus}?, Code{GatewayTransactionStatus}?, GatewayToken?, CardBrand?)"/>.</summary>
internal sealed class GatewayTokenReader : AdapterReader<GatewayToken>
{
    private const string Prefix = "token.";

    public GatewayTokenReader()
        : base("gateway/token", GatewayJsonContext.Default.GatewayToken, CanonicalDocuments.AuthenticationResult)
    {
    }

    public override string Name => "GatewayAdapter.ToAuthenticationResult(GatewayToken)";

    protected override string Unread => "the URLs of the token are transport data, not part of an authentication result";

    protected override IEnumerable<string> Scopes(GatewayToken payload) => new[] { "messageVersion", "threeDsServerTransId", "acsTransID", "challengeWindowSize" };

    protected override void Convert(GatewayToken payload, AdapterReading reading) =>
        reading.Result(
            GatewayAdapter.ToAuthenticationResult((Code<GatewayTransStatus>?)null, token: payload, brand: reading.Brand),
            field => "$." + (field.StartsWith(Prefix, StringComparison.Ordinal) ? field.Substring(Prefix.Length) : field));
}

/// <summary><c>gateway/authorize-request</c> → canonical request context: <see cref="GatewayAdapter.ToRequestContext"/>.</summary>
internal sealed class GatewayAuthorizeRequestReader : AdapterReader<GatewayAuthorizeRequest>
{
    public GatewayAuthorizeRequestReader()
        : base("gateway/authorize-request", GatewayJsonContext.Default.GatewayAuthorizeRequest, CanonicalDocuments.RequestContext)
    {
    }

    public override string Name => "GatewayAdapter.ToRequestContext";

    protected override string Unread => "a request context takes the whole request";

    protected override IEnumerable<string> Scopes(GatewayAuthorizeRequest payload) => new[] { string.Empty };

    protected override void Convert(GatewayAuthorizeRequest payload, AdapterReading reading) =>
        reading.Context(GatewayAdapter.ToRequestContext(payload));
}

/// <summary>canonical request context → <c>gateway/authorize-request</c>: <see cref="GatewayAdapter.ToAuthorizeRequest"/>.</summary>
internal sealed class GatewayAuthorizeRequestWriter : AdapterWriter<GatewayAuthorizeRequest>
{
    public GatewayAuthorizeRequestWriter()
        : base("gateway/authorize-request", GatewayJsonContext.Default.GatewayAuthorizeRequest, CanonicalDocuments.RequestContext)
    {
    }

    public override string Name => "GatewayAdapter.ToAuthorizeRequest";

    protected override GatewayAuthorizeRequest Build(AdapterWriting writing)
    {
        AdapterResult<GatewayAuthorizeRequest> request = GatewayAdapter.ToAuthorizeRequest(writing.Context() ?? new RequestContext());
        writing.ContextGaps(request.Gaps);
        return request.Value;
    }
}
