using ThreeDsContracts.JpmCheckout;
using ThreeDsContracts.Metadata;

namespace ThreeDsContracts.Analyzers.Tests.Corpus.Cases;

/// <summary>J.P. Morgan Checkout intents (seed 002: orchestrated 3DS request, SCA exemptions by brand).</summary>
internal static class JpmCheckoutCases
{
    [Case("visa")]
    [ThreeDsCardBrand("visa")]
    public static JpmCheckoutIntentRequest VisaWithAuthenticationRequest() => new()
    {
        CurrencyCode = "USD",
        MerchantOrderNumber = "order-1",
        CheckoutOptions = new JpmCheckoutOptions { PaymentCardAuthenticationRequest = new JpmCheckoutPaymentCardAuthenticationRequest() },
    };

    [Case("visa")]
    [ThreeDsCardBrand("visa")]
    public static JpmCheckoutIntentRequest VisaLowValueExemption() => new()
    {
        CurrencyCode = "EUR",
        CheckoutOptions = new JpmCheckoutOptions { PaymentCardAuthenticationRequest = new JpmCheckoutPaymentCardAuthenticationRequest { ScaExemptionReason = JpmCheckoutScaExemptionReason.LowValuePayment } },
    };

    [Case("amex", Wrong = true)]
    [ThreeDsCardBrand("amex")]
    public static JpmCheckoutIntentRequest AmexLowValueExemption() => new()
    {
        CurrencyCode = "EUR",
        CheckoutOptions = new JpmCheckoutOptions { PaymentCardAuthenticationRequest = new JpmCheckoutPaymentCardAuthenticationRequest { ScaExemptionReason = /*!TDS1004 LowValuePayment*/JpmCheckoutScaExemptionReason.LowValuePayment } },
    };

    [Case("visa", Wrong = true)]
    public static JpmCheckoutIntentRequest WithoutAuthenticationRequest() => /*?TDS1001 CheckoutOptions.PaymentCardAuthenticationRequest*/new JpmCheckoutIntentRequest { CurrencyCode = "USD", MerchantOrderNumber = "order-2" };
}
