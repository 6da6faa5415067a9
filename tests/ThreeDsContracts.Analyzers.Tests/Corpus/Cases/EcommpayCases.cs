using ThreeDsContracts.Canonical;
using ThreeDsContracts.Ecommpay;
using ThreeDsContracts.Metadata;

namespace ThreeDsContracts.Analyzers.Tests.Corpus.Cases;

/// <summary>ecommpay Payment Page parameters (seed 004: Visa contact data, billing address, region codes).</summary>
internal static class EcommpayCases
{
    [Case("visa")]
    [ThreeDsCardBrand("visa")]
    public static EcommpayPaymentPage VisaWithEmail() => new() { CustomerEmail = "jane@example.com", BillingAddress = "1 High Street", BillingCity = "Exeter", BillingCountry = "GB", BillingPostal = "EX1 1AA" };

    [Case("visa")]
    public static EcommpayPaymentPage VisaWithPhoneCheckedWithValidate()
    {
        var page = new EcommpayPaymentPage { CustomerPhone = "447700900123", BillingAddress = "1 High Street", BillingCity = "Exeter", BillingCountry = "GB", BillingPostal = "EX1 1AA", BillingRegionCode = "DEV" };
        _ = page.Validate(CardBrand.Visa);
        return page;
    }

    [Case("mastercard")]
    [ThreeDsCardBrand("mastercard")]
    public static EcommpayPaymentPage MastercardWithContactAndBilling() => new() { CustomerEmail = "jane@example.com", BillingAddress = "5 Rue de la Paix", BillingCity = "Paris", BillingCountry = "FR", BillingPostal = "75002" };

    [Case("amex")]
    [ThreeDsCardBrand("amex")]
    public static EcommpayPaymentPage AmexWithShipping() => new()
    {
        CustomerPhone = "15551234567",
        BillingAddress = "1 Main St",
        BillingCity = "Austin",
        BillingCountry = "US",
        BillingPostal = "73301",
        CustomerShipping = new EcommpayCustomerShipping { Customer = new EcommpayShippingCustomer { Shipping = new EcommpayShipping { RegionCode = "TX", Country = "US", City = "Austin" } } },
    };

    [Case("visa", Wrong = true)]
    [ThreeDsCardBrand("visa")]
    public static EcommpayPaymentPage VisaWithoutContact() => /*!TDS1002 CustomerEmail*/new EcommpayPaymentPage { BillingAddress = "1 High Street", BillingCity = "Exeter", BillingCountry = "GB", BillingPostal = "EX1 1AA" };

    [Case("mastercard", Wrong = true)]
    [ThreeDsCardBrand("mastercard")]
    public static EcommpayPaymentPage MastercardWithoutContact() => /*?TDS1002 CustomerPhone*/new EcommpayPaymentPage { BillingAddress = "1 High Street", BillingCity = "Exeter", BillingCountry = "GB", BillingPostal = "EX1 1AA" };

    [Case("visa", Wrong = true)]
    [ThreeDsCardBrand("visa")]
    public static EcommpayPaymentPage RegionCodeWithoutCountry() => /*!TDS1001 BillingCountry*/new EcommpayPaymentPage { CustomerEmail = "jane@example.com", BillingRegionCode = "DEV", BillingAddress = "1 High Street", BillingCity = "Exeter", BillingPostal = "EX1 1AA" };

    [Case("visa", Wrong = true)]
    [ThreeDsCardBrand("visa")]
    public static EcommpayPaymentPage WithoutBillingAddress() => /*?TDS1001 BillingAddress*/new EcommpayPaymentPage { CustomerEmail = "jane@example.com" };

    [Case("visa", Wrong = true)]
    [ThreeDsCardBrand("visa")]
    public static EcommpayPaymentPage ShippingRegionWithoutCountry() => new()
    {
        CustomerEmail = "jane@example.com",
        BillingAddress = "1 High Street",
        BillingCity = "Exeter",
        BillingCountry = "GB",
        BillingPostal = "EX1 1AA",
        CustomerShipping = new EcommpayCustomerShipping { Customer = new EcommpayShippingCustomer { Shipping = /*!TDS1001 Country*/new EcommpayShipping { RegionCode = "DEV", City = "Exeter" } } },
    };
}
