using ThreeDsContracts.Gateway;

namespace ThreeDsContracts.Analyzers.Tests.Corpus.Cases;

/// <summary>Payment Gateway authorize requests (seed 001: browser_info is required for all card transactions).</summary>
internal static class GatewayCases
{
    [Case("visa")]
    public static GatewayAuthorizeRequest VisaBrowserPayment(string userAgent) => new()
    {
        ReturnUrl = "https://shop.example/return",
        BrowserInfo = new GatewayBrowserInfo { UserAgent = userAgent, AcceptHeader = "text/html", JavaEnabled = false, ColorDepth = 24, ScreenHeight = 1080, ScreenWidth = 1920, TimeZoneOffset = -60, Language = "en-GB" },
    };

    [Case("mastercard")]
    public static GatewayAuthorizeRequest MastercardBrowserPayment() => new()
    {
        BrowserInfo = new GatewayBrowserInfo { UserAgent = "Mozilla/5.0", AcceptHeader = "text/html", JavaEnabled = true, ColorDepth = 32, ScreenHeight = 900, ScreenWidth = 1440, TimeZoneOffset = 0, Language = "fr-FR" },
    };

    [Case("visa", Wrong = true)]
    public static GatewayAuthorizeRequest WithoutBrowserInfo() => /*!TDS1001 BrowserInfo.UserAgent*/new GatewayAuthorizeRequest { ReturnUrl = "https://shop.example/return" };

    [Case("visa", Wrong = true)]
    public static GatewayAuthorizeRequest WithoutLanguage() => new()
    {
        BrowserInfo = /*!TDS1001 Language*/new GatewayBrowserInfo { UserAgent = "Mozilla/5.0", AcceptHeader = "text/html", JavaEnabled = false, ColorDepth = 24, ScreenHeight = 1080, ScreenWidth = 1920, TimeZoneOffset = -60, Language = "" },
    };
}
