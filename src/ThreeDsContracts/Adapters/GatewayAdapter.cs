using ThreeDsContracts.Canonical;
using ThreeDsContracts.Gateway;
using static ThreeDsContracts.Adapters.Conversions;

namespace ThreeDsContracts.Adapters;

/// <summary>
/// Payment Gateway ↔ canonical: the challenge result (CRes <c>trans_status</c>), the final transaction status
/// and the decoded action token into the canonical <see cref="AuthenticationResult"/>; a canonical
/// <see cref="RequestContext"/> into the authorize request's <c>browser_info</c> and <c>return_url</c>, and back.
/// </summary>
public static class GatewayAdapter
{
    private const string Provider = "the Payment Gateway";

    private static readonly FieldProfile AuthorizeFields = new(
        new[]
        {
            "browserInfo.acceptHeader", "browserInfo.javaEnabled", "browserInfo.language", "browserInfo.colorDepth", "browserInfo.screenHeight",
            "browserInfo.screenWidth", "browserInfo.timeZoneOffset", "browserInfo.userAgent", "authenticationReturnUrl",
        },
        "the Payment Gateway's authorize request (as documented) carries only browser_info and return_url",
        FieldProfile.Reason("browserInfo.ipAddress", "browser_info has no IP address; the gateway sees the connection itself"),
        FieldProfile.Reason("browserInfo.javascriptEnabled", "browser_info has no JavaScript flag"),
        FieldProfile.Reason("browserInfo.challengeWindowSize", "the gateway chooses the challenge window itself (token challengeWindowSize)"));

    /// <summary>
    /// The result of a Payment Gateway 3DS flow. A CRes status means the cardholder was challenged. The final
    /// status is the transaction's (authorisation) outcome: CANCELED means the cardholder cancelled the
    /// challenge (challengeCancel 01); APPROVED, DECLINED and SESSION_EXPIRED give no EMV code and are reported.
    /// The URLs of the token are transport data, not part of a result.
    /// </summary>
    /// <param name="cresTransStatus">trans_status of the CRes (window message or authentication-completed request), when there was a challenge.</param>
    /// <param name="finalStatus">The transaction status after authentication, when known.</param>
    /// <param name="token">The decoded action token (message version, server and ACS transaction ids), when available.</param>
    /// <param name="brand">The card brand, when known (the gateway's messages do not carry it).</param>
    /// <returns>The canonical result and what could not be carried.</returns>
    public static AdapterResult<AuthenticationResult> ToAuthenticationResult(
        Code<GatewayTransStatus>? cresTransStatus, Code<GatewayTransactionStatus>? finalStatus = null, GatewayToken? token = null, CardBrand? brand = null)
    {
        var gaps = new Gaps();
        Code<TransStatus>? status = ToCanonical(cresTransStatus, CodeMaps.GatewayTransStatus, "trans_status", Provider, ref gaps);
        bool challenged = cresTransStatus is not null;
        Code<ChallengeCancel>? cancel = null;
        if (finalStatus is { } final)
        {
            if (!final.IsKnown)
            {
                gaps.Add("status", Quote(final.UnrecognizedValue!) + " is not a documented Payment Gateway status");
            }
            else
            {
                switch (final.Value)
                {
                    case GatewayTransactionStatus.Canceled:
                        cancel = ChallengeCancel.CardholderCancelled;
                        challenged = true;
                        break;
                    case GatewayTransactionStatus.SessionExpired:
                        gaps.Add("status", "SESSION_EXPIRED does not say where the session timed out (at the ACS, challengeCancel 04/05, or elsewhere); no challengeCancel code is set");
                        break;
                    default:
                        gaps.Add("status", final.Value.ToWireValue() + " is the transaction's outcome (authentication and authorisation together); it gives no EMV transaction status");
                        break;
                }
            }
        }

        gaps.NotCarried(token?.ChallengeWindowSize is not null, "token.challengeWindowSize", "the challenge window belongs to the request context (browserInfo.challengeWindowSize), not to the result");
        var result = new AuthenticationResult
        {
            Brand = brand is { } b ? b : null,
            TransStatus = status,
            Challenged = challenged ? true : null,
            AuthenticationFlow = cresTransStatus is not null ? AuthenticationFlow.Challenge : null,
            ChallengeCancel = cancel,
            MessageVersion = token?.MessageVersion,
            ThreeDSServerTransId = token?.ThreeDsServerTransId,
            AcsTransId = token?.AcsTransID,
        };
        return gaps.Result(result);
    }

    /// <summary>The result of a challenge whose CRes arrived as a window message (see the status overload).</summary>
    /// <param name="cres">The CHALLENGE_RESPONSE window message.</param>
    /// <param name="finalStatus">The transaction status after authentication, when known.</param>
    /// <param name="token">The decoded action token, when available.</param>
    /// <param name="brand">The card brand, when known.</param>
    /// <returns>The canonical result and what could not be carried.</returns>
    public static AdapterResult<AuthenticationResult> ToAuthenticationResult(
        GatewayChallengeResponseMessage cres, Code<GatewayTransactionStatus>? finalStatus = null, GatewayToken? token = null, CardBrand? brand = null) =>
        ToAuthenticationResult(cres.TransStatus, finalStatus, token, brand);

    /// <summary>
    /// The authorize request's <c>browser_info</c> and <c>return_url</c>. The gateway requires every field of
    /// browser_info; when one is missing from the context, no browser_info is built and its fields are reported.
    /// </summary>
    /// <param name="context">The canonical request context.</param>
    /// <returns>The authorize request and what could not be carried.</returns>
    public static AdapterResult<GatewayAuthorizeRequest> ToAuthorizeRequest(RequestContext context)
    {
        var gaps = new Gaps();
        GatewayBrowserInfo? browserInfo = null;
        if (context.BrowserInfo is { } b)
        {
            string? missing = b.JavaEnabled is null ? "javaEnabled" : b.ColorDepth is null ? "colorDepth" : b.ScreenHeight is null ? "screenHeight"
                : b.ScreenWidth is null ? "screenWidth" : b.TimeZoneOffset is null ? "timeZoneOffset" : b.Language is null ? "language" : null;
            if (missing is null && b.ColorDepth is > int.MaxValue or < int.MinValue)
            {
                missing = "colorDepth";
            }

            if (missing is null)
            {
                browserInfo = new GatewayBrowserInfo
                {
                    UserAgent = b.UserAgent,
                    AcceptHeader = b.AcceptHeader,
                    JavaEnabled = b.JavaEnabled!.Value,
                    ColorDepth = (int)b.ColorDepth!.Value,
                    ScreenHeight = b.ScreenHeight!.Value,
                    ScreenWidth = b.ScreenWidth!.Value,
                    TimeZoneOffset = b.TimeZoneOffset!.Value,
                    Language = b.Language!,
                };
            }
            else
            {
                string reason = "the Payment Gateway requires every browser_info field and browserInfo." + missing + " is missing, so no browser_info is built";
                gaps.Add("browserInfo.acceptHeader", reason);
                gaps.Add("browserInfo.userAgent", reason);
                gaps.NotCarried(b.JavaEnabled is not null, "browserInfo.javaEnabled", reason);
                gaps.NotCarried(b.ColorDepth is not null, "browserInfo.colorDepth", reason);
                gaps.NotCarried(b.ScreenHeight is not null, "browserInfo.screenHeight", reason);
                gaps.NotCarried(b.ScreenWidth is not null, "browserInfo.screenWidth", reason);
                gaps.NotCarried(b.TimeZoneOffset is not null, "browserInfo.timeZoneOffset", reason);
                gaps.NotCarried(b.Language is not null, "browserInfo.language", reason);
            }
        }

        CanonicalFields.ReportUnhandled(context, AuthorizeFields, ref gaps);
        return gaps.Result(new GatewayAuthorizeRequest { BrowserInfo = browserInfo, ReturnUrl = context.AuthenticationReturnUrl });
    }

    /// <summary>The canonical request context of an authorize request (browser_info and return_url), generated from the schema's links.</summary>
    /// <param name="request">The authorize request.</param>
    /// <returns>The canonical request context (nothing of the documented request is lost).</returns>
    public static AdapterResult<RequestContext> ToRequestContext(GatewayAuthorizeRequest request) =>
        GatewayAuthorizeRequestAdapter.ToRequestContext(request);
}
